"""A link whose text goes on past the end of its line (``[Title that`` / ``goes on](…)``) is
no entry until its lines are joined: check says so at the link, and fix joins them."""

from __future__ import annotations

import awesomelint

WRAPPED = (
    "# Papers\n"
    "\n"
    "* [2509] [Sampling for Reinforcement Learning with Flow Matching\n"
    "](https://arxiv.org/abs/2509.05952)\n"
    "\n"
    "- [A Very Long Title That\n"
    "  Goes On](https://example.org/a)\n"
    "  - Ann Lee, Bo Chen\n"
)
#: Joined, the first item is an entry whose "*" fix makes "-" like the list's other bullet.
JOINED = (
    "# Papers\n"
    "\n"
    "- [2509] [Sampling for Reinforcement Learning with Flow Matching]"
    "(https://arxiv.org/abs/2509.05952)\n"
    "\n"
    "- [A Very Long Title That Goes On](https://example.org/a)\n"
    "  - Ann Lee, Bo Chen\n"
)


def test_a_wrapped_link_text_is_reported_at_its_opening_bracket() -> None:
    found = [
        (d.span.line, d.span.column, d.span.end_line, d.span.end_column, d.severity.value)
        for d in awesomelint.check(WRAPPED)
        if d.rule == "entry-title"
    ]
    lines = WRAPPED.splitlines()
    # From the "[" that opens the text to the end of its line.
    assert found == [
        (3, lines[2].index("[Sampling") + 1, 3, len(lines[2]) + 1, "warning"),
        (6, 3, 6, len(lines[5]) + 1, "warning"),
    ]


def test_fix_joins_the_lines_and_the_entries_appear() -> None:
    assert awesomelint.parse(WRAPPED).entries == []
    fixed = awesomelint.fix(WRAPPED)
    assert fixed == JOINED
    first, second = awesomelint.parse(fixed).entries
    assert (first.title, first.arxiv_id) == (
        "Sampling for Reinforcement Learning with Flow Matching",
        "2509.05952",
    )
    assert (second.title, second.authors) == (
        "A Very Long Title That Goes On",
        ["Ann Lee", "Bo Chen"],
    )


def test_a_bracket_inside_a_code_span_opens_no_link() -> None:
    text = "# Notes\n\nWrite `[x` for a list\nand](y) for its end.\n"
    assert [d for d in awesomelint.check(text) if d.rule == "entry-title"] == []
    assert awesomelint.fix(text) == text
