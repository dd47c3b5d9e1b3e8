"""Every entry style is rewritten into the canonical form, and only into it.

One test a style, each on a small list with the damage that style collects, compared as whole
files; then the layouts where a naive rewrite would change what the list means (a table split
by a blank line, authors moved below keywords, a sibling pulled in as a sub-bullet, …).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fix_support import CANONICAL_RULES, fix_bytes, fixable_findings, parse_text, run_cli

from awesomelint._config import Config
from awesomelint._diagnostics import Edit
from awesomelint._engine import Selection, _whole_fixes, apply_edits, check


def fixed(text: str, *, unsafe: bool = False) -> str:
    """What ``awesomelint fix [--unsafe-fixes]`` makes of a list (canonical-form rules)."""
    return fix_bytes(text.encode(), unsafe=unsafe, rules=CANONICAL_RULES).decode()


def lines(*rows: str) -> str:
    return "".join(row + "\n" for row in rows)


def test_list_items_with_fields() -> None:
    before = lines(
        "## Papers",
        "",
        "* [ Attention Is All You Need ](https://example.org/a?utm_source=news&id=7)  ",
        "    + Ashish Vaswani, Noam Shazeer",
        "    + Code:[Official]( https://github.com/o/r )",
        "    + Keyword:  transformers, attention,, Transformers",
        "    + Environment:  WMT 2014",
        "",
        "",
        "- [Deep  Residual Learning](http://example.org/b)",
        "\t- Kaiming He, Xiangyu Zhang",
        "\t- Key Words: vision",
        "- [Masked Autoencoders](https://example.org/c)",
        "  - Kaiming He",
        "  - Keywords: vision",
        "",
        "Prose after the list stays as it is.  ",
    )
    safe = lines(
        "## Papers",
        "",
        "- [Attention Is All You Need](https://example.org/a?id=7)",
        "  - Ashish Vaswani, Noam Shazeer",
        "  - Keywords: transformers, attention",
        "  - Code: [Official](https://github.com/o/r)",
        "  - ExpEnv: WMT 2014",
        "",
        "- [Deep Residual Learning](http://example.org/b)",
        "  - Kaiming He, Xiangyu Zhang",
        "  - Keywords: vision",
        "- [Masked Autoencoders](https://example.org/c)",
        "  - Kaiming He",
        "  - Keywords: vision",
        "",
        "Prose after the list stays as it is.  ",
    )
    assert fixed(before) == safe
    # Unsafe: https, and the section's majority gap (one blank line) between the last two.
    assert fixed(before, unsafe=True) == safe.replace("http://", "https://").replace(
        "vision\n- [Masked", "vision\n\n- [Masked"
    )


def test_year_prefixed_items_with_notes() -> None:
    before = lines(
        "## Reading notes",
        "* 2023 - [Offline RL for Language Generation ](https://openreview.net/pdf?id=aBH&utm_medium=email)",
        "    * 强化学习偏好对齐 ",
        "    * [想法] 一个想法  ",
        " * 2018 - [BabyAI](https://example.org/babyai)",
        "   * 一个平台",
        "     * 更深的笔记",
        "- 2022 - [Single Image Reﬂection Removal](https://example.org/r)",
    )
    assert fixed(before) == lines(
        "## Reading notes",
        "* 2023 - [Offline RL for Language Generation](https://openreview.net/pdf?id=aBH)",
        "  * 强化学习偏好对齐",
        "  * [想法] 一个想法",
        "* 2018 - [BabyAI](https://example.org/babyai)",
        "  * 一个平台",
        "    * 更深的笔记",
        "* 2022 - [Single Image Reflection Removal](https://example.org/r)",
    )


def test_paragraph_links() -> None:
    before = lines(
        "* Transformers",
        "",
        "  `Main paper`: [Attention is all you need ](https://example.org/t) ",
        "  `Video:` [Attention;  ≈Åukasz Kaiser](https://www.youtube.com/watch?v=x&utm_source=share)",
        "  ",
        "  [LoRA (2021)](https://example.org/lora) `influential`",
        "",
        "",
        "  [Survey]( https://example.org/s )",
    )
    safe = lines(
        "* Transformers",
        "",
        "  `Main paper`: [Attention is all you need](https://example.org/t)",
        "  `Video:` [Attention; ≈Åukasz Kaiser](https://www.youtube.com/watch?v=x)",
        "",
        "  [LoRA (2021)](https://example.org/lora) `influential`",
        "",
        "  [Survey](https://example.org/s)",
    )
    assert fixed(before) == safe
    assert fixed(before, unsafe=True) == safe.replace(
        "(https://example.org/t)\n  `Video:` [Attention; ≈Åukasz",
        "(https://example.org/t)\n\n  `Video:` [Attention; Łukasz",
    )


def test_heading_entries() -> None:
    before = lines(
        "# Awesome",
        "",
        "### 2024 - [ Genie 2 ](https://example.org/genie?utm_campaign=launch)",
        "* Jack Parker-Holder, Tim Rocktäschel ",
        "* Keyword: world models, world models",
        "",
        "",
        "### 2023 - [Cosmos](https://example.org/cosmos)   ",
    )
    assert fixed(before) == lines(
        "# Awesome",
        "",
        "### 2024 - [Genie 2](https://example.org/genie)",
        "* Jack Parker-Holder, Tim Rocktäschel",
        "* Keywords: world models",
        "",
        "### 2023 - [Cosmos](https://example.org/cosmos)",
    )


def test_bracket_label_lines() -> None:
    before = lines(
        "## Detection",
        "",
        "+ Deep Residual Learning. **`CVPR 16`** [[Paper]( https://example.org/resnet )] "
        "[[Code](https://github.com/o/resnet?utm_source=gh)]  ",
        "    + Kaiming He, Xiangyu Zhang",
        "",
        "**Masked  Autoencoders**  ",
        "*Kaiming He, Xinlei Chen*   ",
        "CVPR 2022. [[Paper](https://example.org/mae?utm_source=home)] [[Code](https://github.com/o/mae)]",
    )
    assert fixed(before) == lines(
        "## Detection",
        "",
        "+ Deep Residual Learning. **`CVPR 16`** [[Paper](https://example.org/resnet)] "
        "[[Code](https://github.com/o/resnet)]",
        "  + Kaiming He, Xiangyu Zhang",
        "",
        # The hard breaks of the three-line form stay breaks, written as backslashes.
        "**Masked Autoencoders**\\",
        "*Kaiming He, Xinlei Chen*\\",
        "CVPR 2022. [[Paper](https://example.org/mae)] [[Code](https://github.com/o/mae)]",
    )


def test_table_rows_keep_the_table_and_its_alignment_row() -> None:
    before = lines(
        "## Benchmarks",
        "",
        "| Title | Venue | Date | Keywords |",
        "|:------ | :---: |-----:| -------- |",
        "| [ Genie 2 ](https://example.org/g?utm_source=x) | ICML 2024 | 2024-02 "
        "| world, World |  ",
        "| [Cosmos](https://example.org/c) | arXiv 2025 | 2025-01 | video |",
        "",
        "- [A](https://example.org/a)",
        "",
        "- [B](https://example.org/b)",
    )
    assert fixed(before, unsafe=True) == lines(
        "## Benchmarks",
        "",
        "| Title | Venue | Date | Keywords |",
        "|:------ | :---: |-----:| -------- |",
        "| [Genie 2](https://example.org/g) | ICML 2024 | 2024-02 | world |",
        "| [Cosmos](https://example.org/c) | arXiv 2025 | 2025-01 | video |",
        "",
        "- [A](https://example.org/a)",
        "",
        "- [B](https://example.org/b)",
    )


def test_configured_bullet_wins_over_the_majority(tmp_path: Path) -> None:
    """``bullet`` in the config picks the marker; ``fix`` reads the config next to the list."""
    (tmp_path / ".awesomelint.toml").write_text('bullet = "*"\n', encoding="utf-8")
    target = tmp_path / "list.md"
    target.write_text(lines("- [A](https://example.org/a)", "  - Ann Lee"), encoding="utf-8")
    assert run_cli("fix", "--select", ",".join(CANONICAL_RULES), str(target)).exit_code == 0
    assert target.read_text(encoding="utf-8") == lines(
        "* [A](https://example.org/a)", "  * Ann Lee"
    )


# -- layouts where a naive rewrite would change what the list means ------------------------------


def test_blank_line_before_a_paragraph_after_an_item_is_kept() -> None:
    """Without it the paragraph would become part of the item above."""
    before = lines(
        "[A](https://example.org/a)",
        "[B](https://example.org/b)",
        "- 2015 - [C](https://example.org/c)",
        "",
        "[D](https://example.org/d)",
    )
    assert fixed(before, unsafe=True) == before


def test_authors_stay_first_when_the_schema_does_not_expect_them() -> None:
    """Keywords are on every entry, authors on half: moving the unlabelled authors line below
    the keywords would make it a note."""
    before = lines(
        "- [A](https://example.org/a)",
        "  - Ann Lee, Bo Chen",
        "  - Keywords: a",
        "- [B](https://example.org/b)",
        "  - Keywords: b",
    )
    assert fixed(before, unsafe=True) == before
    assert [entry.authors for entry in parse_text(before).document.entries] == [
        ["Ann Lee", "Bo Chen"],
        [],
    ]


def test_sub_bullets_of_a_numbered_entry_stay_under_its_text() -> None:
    before = lines(
        "1. [A](https://example.org/a)",
        "   * Ann Lee",
        "   - Keywords: a",
        "10. [B](https://example.org/b)",
        "  - Bo Chen",
    )
    assert fixed(before) == lines(
        "1. [A](https://example.org/a)",
        "   - Ann Lee",
        "   - Keywords: a",
        "10. [B](https://example.org/b)",
        "  - Bo Chen",
    )


def test_a_tab_after_the_bullet_counts_as_the_parser_counts_it() -> None:
    """ "-\t" puts the content at column 4 (the tab advances to it), so a paragraph indented
    four columns is the entry's and moves with it when the bullet's spacing is fixed."""
    before = lines(
        "- [A](https://example.org/a)",
        "  - Ann Lee",
        "-\t[B](https://example.org/b)",
        "    - Bo Chen",
        "",
        "    A note on B.",
    )
    assert fixed(before) == lines(
        "- [A](https://example.org/a)",
        "  - Ann Lee",
        "- [B](https://example.org/b)",
        "  - Bo Chen",
        "",
        "  A note on B.",
    )


def test_a_sibling_item_is_not_pulled_in_as_a_sub_bullet() -> None:
    """``-  x`` puts its text at column 3, so ``  - y`` below is a sibling item, not a
    sub-bullet; writing ``- x`` would make it one. Such an entry is reported, not fixed."""
    before = lines(
        "-  [A](https://example.org/a)",
        "  - What about this?",
        "",
        "  - [B](https://example.org/b)",
        "  - not an entry",
    )
    assert fixed(before, unsafe=True) == before


def test_an_item_indented_like_code_is_not_moved() -> None:
    """Four spaces after a blank line make indented code in Markdown, not a list."""
    before = lines("Install it with:", "", "    - [A](https://example.org/a)", "", "Done.")
    assert fixed(before, unsafe=True) == before


def test_a_paragraph_keeps_belonging_to_its_item() -> None:
    before = lines(
        "- [A](https://example.org/a)",
        "    - Ann Lee",
        "",
        "  A paragraph of the entry A.",
        "",
        "Prose after the list.",
    )
    assert fixed(before) == lines(
        "- [A](https://example.org/a)",
        "  - Ann Lee",
        "",
        "  A paragraph of the entry A.",
        "",
        "Prose after the list.",
    )


def test_a_hard_break_elsewhere_is_removed_only_as_an_unsafe_fix() -> None:
    """Two trailing spaces inside an item's paragraph break the line when rendered."""
    before = lines("- [A](https://example.org/a)  ", "  continued on the next line")
    assert fixed(before) == before
    assert fixed(before, unsafe=True) == lines(
        "- [A](https://example.org/a)", "  continued on the next line"
    )


def test_edits_apply_the_same_whatever_order_rules_offer_them() -> None:
    """Two rules rewriting the same characters: one wins, and always the same one."""
    text = "- [A](http://example.org/a)"
    first = Edit(start=6, end=26, text="https://example.org/a")
    second = Edit(start=6, end=26, text="http://example.org/a")
    assert apply_edits(text, [first, second]) == apply_edits(text, [second, first])
    insert_a, insert_b = Edit(start=0, end=0, text="a"), Edit(start=0, end=0, text="b")
    assert apply_edits("x", [insert_b, insert_a]) == "ax"


def test_fields_are_reordered_together_with_their_label_fixes_in_one_pass() -> None:
    """Keywords move above the rest, whose labels are rewritten at the same time: the reorder
    moves the one line that needs no other fix, so no fix waits for a second pass."""
    before = "- [A](https://example.org/a)\r\n  - Task: b\r\n  - Env: c\r\n  - Keywords: a\r\n"
    after = "- [A](https://example.org/a)\r\n  - Keywords: a\r\n  - Task: b\r\n  - ExpEnv: c\r\n"
    assert fix_bytes(before.encode(), unsafe=False).decode() == after
    findings = fixable_findings(before.encode(), unsafe=False)
    assert {finding.rule for finding in findings} == {"entry-field"}
    edits, complete = _whole_fixes(finding.fix for finding in findings if finding.fix)
    assert complete
    assert apply_edits(before, edits) == after


def test_a_reorder_moves_lines_after_the_line_they_follow() -> None:
    before = lines(
        "- [A](https://example.org/a)",
        "  - Code: [Code](https://github.com/o/a)",
        "  - Keyword: a",
        "  - Task: b",
        "  - Ann Lee",
    )
    assert fixed(before) == lines(
        "- [A](https://example.org/a)",
        "  - Keywords: a",
        "  - Task: b",
        "  - Code: [Code](https://github.com/o/a)",
        "  - Ann Lee",
    )


EMPHASISED_LABELS = (
    lines(
        "- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)",
        "  - **Authors**: Rafael Rafailov, Archit Sharma",
        "  - **Key Words :** dpo, rlhf, dpo",
        "  - *Code*:   [Official](https://github.com/o/r)",
        "  - __ExpEnv__: MuJoCo",
    ),
    lines(
        "- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)",
        "  - **Authors**: Rafael Rafailov, Archit Sharma",
        "  - **Keywords:** dpo, rlhf",
        "  - *Code*: [Official](https://github.com/o/r)",
        "  - __ExpEnv__: MuJoCo",
    ),
)
PAPER_CARD = (
    lines(
        "### Direct Preference Optimization",
        "* Paper: [arXiv](https://arxiv.org/abs/2305.18290)",
        "* Code:  [GitHub](https://github.com/o/r)",
        "* Key Words: dpo, dpo",
        "* Venue: NeurIPS 2023",
    ),
    lines(
        "### Direct Preference Optimization",
        "* Paper: [arXiv](https://arxiv.org/abs/2305.18290)",
        "* Venue: NeurIPS 2023",
        "* Keywords: dpo",
        "* Code: [GitHub](https://github.com/o/r)",
    ),
)


TITLE_OVER_BADGES = (
    lines(
        "- **Attention Is All You Need**  ",
        "  [![Paper](https://img.shields.io/badge/-Paper-red)](https://arxiv.org/abs/1706.03762)",
    ),
    lines(
        "- **Attention Is All You Need**\\",
        "  [![Paper](https://img.shields.io/badge/-Paper-red)](https://arxiv.org/abs/1706.03762)",
    ),
)


@pytest.mark.parametrize(
    ("before", "after"),
    [EMPHASISED_LABELS, PAPER_CARD, TITLE_OVER_BADGES],
    # "**Key Words :**" becomes "**Keywords:**": bold labels stay bold. A card's "Paper:"
    # bullet is its link line: it stays first while the fields below it are ordered.
    # A title over its badges keeps its line break, written as a backslash.
    ids=[
        "labels-keep-their-emphasis",
        "paper-card-keeps-its-paper-line-first",
        "title-over-badges-keeps-its-break",
    ],
)
def test_fields_of_later_styles(before: str, after: str) -> None:
    assert fixed(before) == after
    assert fixed(after) == after


def test_a_field_whose_paragraph_goes_on_is_not_moved() -> None:
    """The line after "- Keyword: a" continues its paragraph: moving the field line alone
    would hand that line to another field (found by the fuzzer: the next run then removed the
    hard break the move had left behind)."""
    text = lines(
        "### 2015 - [Attention Is All You Need](https://example.org/paper)",
        "- Code: [Code](https://github.com/o/r)",
        "- Keywords: a  ",
        "[Attention Is All You Need](https://example.org/paper)",
    )
    assert fixed(text) == text


def test_a_paragraph_field_is_not_moved_among_bullet_fields() -> None:
    """A heading entry's "**Summary**: …" line moved below a bullet would join the bullet's
    text (found by the fuzzer): fields written two ways are reported out of order, not moved."""
    text = lines(
        "### 3. [Attention Is All You Need](https://example.org/paper)",
        "**Summary**: A method.",
        "- Keywords: a",
    )
    assert fixed(text, unsafe=True) == text
    assert fixable_findings(text.encode(), unsafe=True) == []
    file = parse_text(text)
    config = Config()
    messages = [d.message for d in check([file], config, Selection.from_config(config))]
    assert any(message.startswith("fields out of order") for message in messages)


def test_fields_right_above_a_heading_are_reordered_in_one_run() -> None:
    """A heading is no continuation of the field above it (found by the fuzzer: the reorder
    waited for the blank line the first run inserted)."""
    before = lines(
        "### 2015 - [Attention Is All You Need](https://example.org/paper)",
        "- Code: [Code](https://github.com/o/r)",
        "- Keyword:  a, a",
        "### 2016 - [Deep Residual Learning](https://example.org/resnet)",
    )
    after = fixed(before)
    assert after.splitlines()[1:3] == ["- Keywords: a", "- Code: [Code](https://github.com/o/r)"]
    assert fixed(after) == after
