"""Where the expected fields of a section come from."""

from __future__ import annotations

import awesomelint

DECLARED = """# List

```
format:
- [title](paper link)
  - authors
  - keywords
```

## Papers

- [Paper One](https://arxiv.org/abs/2301.00001)
  - Ada Lovelace, Alan Turing
  - Keywords: a, b
- [Paper Two](https://arxiv.org/abs/2301.00002)
  - Grace Hopper

## Books

- [A Book](https://example.org/book)
- [Another Book](https://example.org/book2)
"""

INFERRED = """# List

- [Paper One](https://arxiv.org/abs/2301.00001)
  - Ada Lovelace
  - Keywords: a
- [Paper Two](https://arxiv.org/abs/2301.00002)
  - Alan Turing
  - Keywords: b
- [Paper Three](https://arxiv.org/abs/2301.00003)
  - Grace Hopper
  - Keywords: c
- [Paper Four](https://arxiv.org/abs/2301.00004)
  - Edsger Dijkstra
  - Keywords: d
- [Paper Five](https://arxiv.org/abs/2301.00005)
  - Barbara Liskov
"""


def missing(text: str) -> list[tuple[str, int]]:
    return [
        (d.rule, d.span.line) for d in awesomelint.check(text) if d.message.startswith("missing")
    ]


def test_declared_schema_applies_to_paper_sections_only() -> None:
    assert missing(DECLARED) == [("entry-keywords", 15)]


def test_majority_of_a_section_sets_the_schema() -> None:
    # Keywords on 4 of 5 entries (80 %): expected of the fifth.
    assert missing(INFERRED) == [("entry-keywords", 15)]
    # On 3 of 5 (60 %): expected of nobody.
    assert missing(INFERRED.replace("  - Keywords: d\n", "")) == []


def test_a_format_block_line_that_is_labelled_declares_its_label() -> None:
    """ "- Key: key problems and insights" declares Keywords, before "- ExpEnv: …": fields in
    that order are in order."""
    text = (
        "```\nformat:\n- [title](paper link)\n  - main authors\n"
        "  - Key: key problems and insights\n  - ExpEnv: experiment environments\n```\n\n"
        "- [Paper One](https://arxiv.org/abs/2301.00001)\n  - Ada Lovelace\n"
        "  - Key: rlvr\n  - ExpEnv: math\n"
    )
    assert [d.message for d in awesomelint.check(text) if d.rule == "entry-field"] == []
