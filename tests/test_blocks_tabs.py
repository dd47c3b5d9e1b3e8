"""A tab after a list marker advances to the next multiple of four from where it stands."""

from __future__ import annotations

import awesomelint


def test_sub_bullet_under_a_tab_separated_marker_belongs_to_the_entry() -> None:
    text = "-\t[Attention Is All You Need](https://example.org/paper)\n    - Code: [Official](https://github.com/o/r)\n"
    (entry,) = awesomelint.parse(text).entries
    assert [field.label for field in entry.fields] == ["Code"]
    assert [link.url for link in entry.code] == ["https://github.com/o/r"]
    assert entry.span.end_line == 2
