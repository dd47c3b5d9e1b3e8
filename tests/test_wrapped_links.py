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


WRAPPED_BOLD = (
    "### Program Repair\n"
    "\n"
    "* [2024/03] **RepairAgent: An Autonomous Agent for Program Repair.** *Bouzenia et al.* "
    "[[paper](https://arxiv.org/abs/2403.17134)]\n"
    "* [2024/03] **ACFIX: Guiding LLMs with Mined Common\n"
    "  RBAC Practices for Context-Aware Repair of\n"
    "  Access Control Vulnerabilities.** *Zhang et al.* [[paper](https://arxiv.org/abs/2403.06838)]\n"
    "* [2024/01] **SpecGen: Automated Generation of Formal\n"
    "  Program Specifications.** *Ma et al.* [[paper](https://arxiv.org/abs/2401.08807)]\n"
)


def test_a_bold_title_wrapped_over_lines_is_reported_and_fix_joins_it() -> None:
    """Two or three lines of one item whose bold title closes on the last, before its links:
    no entry until the lines are joined; check says so at the opening "**"."""
    found = [
        (d.span.line, d.span.column, d.message)
        for d in awesomelint.check(WRAPPED_BOLD)
        if d.rule == "entry-title"
    ]
    message = "bold title wrapped across lines: join them so the entry reads as one"
    assert found == [(4, 13, message), (7, 13, message)]
    assert [entry.title for entry in awesomelint.parse(WRAPPED_BOLD).entries] == [
        "RepairAgent: An Autonomous Agent for Program Repair"
    ]
    fixed = awesomelint.fix(WRAPPED_BOLD)
    assert fixed == (
        "### Program Repair\n"
        "\n"
        "* [2024/03] **RepairAgent: An Autonomous Agent for Program Repair.** *Bouzenia et al.* "
        "[[paper](https://arxiv.org/abs/2403.17134)]\n"
        "* [2024/03] **ACFIX: Guiding LLMs with Mined Common RBAC Practices for Context-Aware "
        "Repair of Access Control Vulnerabilities.** *Zhang et al.* "
        "[[paper](https://arxiv.org/abs/2403.06838)]\n"
        "* [2024/01] **SpecGen: Automated Generation of Formal Program Specifications.** "
        "*Ma et al.* [[paper](https://arxiv.org/abs/2401.08807)]\n"
    )
    titles = [entry.title for entry in awesomelint.parse(fixed).entries]
    assert titles[1:] == [
        "ACFIX: Guiding LLMs with Mined Common RBAC Practices for Context-Aware Repair of "
        "Access Control Vulnerabilities",
        "SpecGen: Automated Generation of Formal Program Specifications",
    ]


def test_bold_prose_over_lines_and_a_wrapped_bold_link_are_not_wrapped_titles() -> None:
    """Bold text may span lines in prose (no link after it); a bold link text wrapped is one
    wrapped link, reported once."""
    prose = "Lists are **read by many\nmaintainers** every day; see [the guide](#guide).\n"
    assert [d for d in awesomelint.check(prose) if d.rule == "entry-title"] == []
    link = "* [**PONI: Potential Functions\nfor ObjectGoal Navigation**](https://arxiv.org/abs/2201.10029)\n"
    found = [d.message for d in awesomelint.check(link) if d.rule == "entry-title"]
    assert found == ["link wrapped across two lines: join them so the entry reads as one"]
