"""Suppression comments, through ``awesomelint check`` and ``fix``; and ``awesomelint explain``."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration_lists import entry, papers
from integration_support import AwesomeLint

from awesomelint._rules import RULES


def tracked(number: int) -> str:
    """An entry whose link carries a tracking parameter: one fixable entry-url warning."""
    return entry(number, f"https://example.org/papers/{number}?utm_source=feed")


def reported(awesomelint: AwesomeLint, path: Path) -> list[str]:
    """``line rule`` of each finding."""
    result = awesomelint("check", "--offline", str(path))
    return [
        f"{line.split(':')[1]} {line.split(' ')[1]}" for line in result.stdout.splitlines()[:-1]
    ]


@pytest.fixture
def list_file(tmp_path: Path) -> Path:
    return tmp_path / "list.md"


def test_disable_and_enable_a_region(awesomelint: AwesomeLint, list_file: Path) -> None:
    list_file.write_text(
        papers(
            tracked(1),
            "<!-- awesomelint-disable entry-url -->\n",
            tracked(2),
            tracked(3),
            "<!-- awesomelint-enable entry-url -->\n",
            tracked(4),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["5 entry-url", "16 entry-url"]


def test_disable_names_only_the_rules_it_lists(awesomelint: AwesomeLint, list_file: Path) -> None:
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable entry-title -->\n",
            tracked(1),
            entry(2).replace("[Paper Number 2]", "[ Paper Number 2 ]"),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["6 entry-url"]


def test_disable_to_the_end_of_the_file(awesomelint: AwesomeLint, list_file: Path) -> None:
    list_file.write_text(
        papers(tracked(1), "<!-- awesomelint-disable -->\n", tracked(2), tracked(3)),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["5 entry-url"]


def test_disable_next_line(awesomelint: AwesomeLint, list_file: Path) -> None:
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable-next-line entry-url -->\n",
            tracked(1),
            tracked(2),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["9 entry-url"]


def test_rules_by_code_and_several_in_one_comment(
    awesomelint: AwesomeLint, list_file: Path
) -> None:
    duplicate = "https://example.org/papers/1"
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable-next-line AL106, link-duplicate -->\n",
            entry(1, duplicate + "?utm_source=feed"),
            entry(2, duplicate),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["9 link-duplicate"]


def test_enable_one_rule_after_disabling_all(awesomelint: AwesomeLint, list_file: Path) -> None:
    """As in markdownlint: a bare disable, then ``enable RULE`` switches that rule back on."""
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable -->\n",
            entry(1).replace("[Paper Number 1]", "[ Paper Number 1 ]"),
            "<!-- awesomelint-enable entry-url -->\n",
            tracked(2).replace("[Paper Number 2]", "[ Paper Number 2 ]"),
            "<!-- awesomelint-enable -->\n",
            tracked(3),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["10 entry-url", "14 entry-url"]


def test_a_suppressed_error_does_not_fail_the_run(
    awesomelint: AwesomeLint, list_file: Path
) -> None:
    duplicate = "https://example.org/papers/1"
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable link-duplicate -->\n",
            entry(1, duplicate),
            entry(2, duplicate),
        ),
        encoding="utf-8",
    )

    result = awesomelint("check", "--offline", str(list_file))

    assert result.exit_code == 0
    assert result.stdout == "All checked: no problems found.\n"


def test_fix_leaves_suppressed_findings_alone(awesomelint: AwesomeLint, list_file: Path) -> None:
    text = papers("<!-- awesomelint-disable-next-line entry-url -->\n", tracked(1), tracked(2))
    list_file.write_text(text, encoding="utf-8")

    awesomelint("fix", str(list_file))

    assert list_file.read_text(encoding="utf-8") == text.replace(
        "papers/2?utm_source=feed", "papers/2"
    )


@pytest.mark.parametrize("name", ["entry-url", "AL106", "al106"])
def test_explain_prints_the_rules_explanation(awesomelint: AwesomeLint, name: str) -> None:
    rule = RULES["entry-url"]

    result = awesomelint("explain", name)

    assert result.exit_code == 0
    assert result.stdout == (f"entry-url (AL106, warning). Fixable.\n\n{rule.explanation()}\n")


def test_explain_an_unknown_rule(awesomelint: AwesomeLint) -> None:
    result = awesomelint("explain", "entry-urll")

    assert result.exit_code == 2
    assert result.stderr == (
        "awesomelint: error: unknown rule 'entry-urll' (see 'awesomelint rules')\n"
    )


def test_a_reason_after_two_dashes_names_no_rule(awesomelint: AwesomeLint, list_file: Path) -> None:
    list_file.write_text(
        papers(
            "<!-- awesomelint-disable-next-line entry-title -- the entry-url stays checked -->\n",
            tracked(1),
        ),
        encoding="utf-8",
    )

    assert reported(awesomelint, list_file) == ["6 entry-url"]
