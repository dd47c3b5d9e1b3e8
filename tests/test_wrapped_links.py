"""A link that goes on past the end of its line (``[Title that`` / ``goes on](…)``, or
``[Title](https://…`` / ``)``) is read wrong until its lines are joined: check says so at the
link, and fix joins them."""

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


def test_a_destination_closed_on_the_next_line_is_a_link_to_join() -> None:
    """Markdown allows the ")" on the next line: no "not closed" error (whose fix would add a
    second ")"), but a join."""
    text = (
        "1. **Structural Deep Clustering.** [[paper]](https://dl.acm.org/doi/10.1145/3366423\n"
        ") [[code]](https://github.com/b/sdcn)\n"
    )
    found = [(d.rule, d.span.line, d.span.column) for d in awesomelint.check(text)]
    assert found == [("entry-title", 1, text.index("[[paper]]") + 1)]
    fixed = awesomelint.fix(text, unsafe=True)
    assert fixed == text.replace("\n)", ")")
    (entry,) = awesomelint.parse(fixed).entries
    assert [link.url for link in entry.code] == ["https://github.com/b/sdcn"]


def test_only_the_join_sends_fix_back_to_parse_the_text_again() -> None:
    """Other fixes are applied together in one pass (on a large list a second pass costs as
    much as the first): the join alone changes what the text reads as."""
    text = "- [ Padded Title ](https://example.org/p)\n" + WRAPPED
    reparsing = [d.message for d in awesomelint.check(text) if d.fix is not None and d.fix.reparse]
    assert reparsing == ["link wrapped across two lines: join them so the entry reads as one"] * 2
