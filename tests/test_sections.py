"""Sections are the heading path of an entry, as a reader sees the headings."""

from __future__ import annotations

import awesomelint


def test_sections_are_headings_as_readers_see_them() -> None:
    text = "# **Awesome** `RL`\n\n## [Papers](#papers) \\*2024\\*\n\n- [A Paper](https://example.org/a)\n"
    (entry,) = awesomelint.parse(text).entries
    assert entry.section == ("Awesome RL", "Papers *2024*")
