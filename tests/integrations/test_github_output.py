"""``check --format github``: the annotations a pull request shows, with GitHub's escaping."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration_lists import BROKEN, CLEAN, FIXABLE, entry, papers
from integration_support import AwesomeLint

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Span
from awesomelint._output.github import annotation, escape_data, escape_property


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_annotations_of_errors_and_warnings(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "lists" / "broken.md", BROKEN)
    write(tmp_path / "lists" / "fixable.md", FIXABLE)

    result = awesomelint("check", "--offline", "--format", "github", "lists")

    assert result.exit_code == 1
    assert result.stdout == (
        "::error file=lists/broken.md,line=5,col=43,endLine=5,endColumn=74,title=link-duplicate"
        "::'https://example.org/papers/gpt3' is also listed at lists/broken.md:8: keep one entry\n"
        "::error file=lists/broken.md,line=8,col=30,endLine=8,endColumn=62,title=link-duplicate"
        "::'https://example.org/papers/gpt3/' is also listed at lists/broken.md:5: keep one entry\n"
        "::warning file=lists/fixable.md,line=5,col=31,endLine=5,endColumn=83,title=entry-url"
        "::tracking parameters in URL: write 'https://example.org/papers/attention'\n"
        "::warning file=lists/fixable.md,line=8,col=4,endLine=8,endColumn=50,title=entry-title"
        "::whitespace at the edges of the title or doubled inside it: remove it\n"
        "Found 4 problems (2 errors, 2 warnings). 2 fixable with `awesomelint fix`.\n"
    )


def test_clean_list_prints_only_the_summary_line(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "lists" / "clean.md", CLEAN)

    result = awesomelint("check", "--offline", "--format", "github")

    assert result.exit_code == 0
    assert result.stdout == "All checked: no problems found.\n"


def test_percent_comma_and_colon_are_escaped_in_file_and_message(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    odd = "https://example.org/100%25-sure"
    write(tmp_path / "a,b:c.md", papers(entry(1, odd), entry(2, odd, title="Paper Number 1")))

    result = awesomelint("check", "--offline", "--format", "github", "a,b:c.md")

    first = result.stdout.splitlines()[0]
    assert first == (
        "::error file=a%2Cb%3Ac.md,line=5,col=20,endLine=5,endColumn=51,title=link-duplicate"
        "::'https://example.org/100%2525-sure' is also listed at a,b:c.md:8: keep one entry"
    )


def test_paths_are_relative_to_the_workspace(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step with ``working-directory`` still annotates the file at its repository path."""
    write(tmp_path / "docs" / "lists" / "broken.md", BROKEN)
    monkeypatch.chdir(tmp_path / "docs")

    result = awesomelint(
        "check", "--offline", "--format", "github", "lists",
        env={"GITHUB_WORKSPACE": str(tmp_path)},
    )  # fmt: skip

    assert result.stdout.startswith("::error file=docs/lists/broken.md,line=5,")


def test_a_finding_over_several_lines_has_no_columns() -> None:
    """GitHub honours columns only on one-line annotations; no rule reports a multi-line span
    yet, so the finding is made here."""
    finding = Diagnostic(
        path="list.md",
        span=Span(line=17, column=1, end_line=19, end_column=22),
        rule="entry-field",
        severity=Severity.WARNING,
        message="fields out of order",
    )

    assert annotation(finding) == (
        "::warning file=list.md,line=17,endLine=19,title=entry-field::fields out of order"
    )


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("100%", "100%25", "100%25"),
        ("line one\nline two", "line one%0Aline two", "line one%0Aline two"),
        ("carriage\rreturn", "carriage%0Dreturn", "carriage%0Dreturn"),
        ("a: b, c", "a: b, c", "a%3A b%2C c"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
    ],
)
def test_escaping_follows_the_workflow_command_rules(text: str, data: str, prop: str) -> None:
    """What the Actions toolkit escapes, and nothing else (a message keeps its colons)."""
    assert escape_data(text) == data
    assert escape_property(text) == prop
