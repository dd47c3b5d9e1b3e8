"""The job summary ``--format github`` appends to ``$GITHUB_STEP_SUMMARY``."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration_lists import BROKEN, CLEAN, FIXABLE, entry, papers
from integration_support import AwesomeLint

from awesomelint._output.summary import MAX_LISTED, escape

EXPECTED = """\
Output of an earlier step.
## awesomelint

Checked 3 files. Found 4 problems (2 errors, 2 warnings). 2 fixable with `awesomelint fix`.

### Findings per rule

| Rule | Code | Errors | Warnings | Fixable |
| --- | --- | ---: | ---: | ---: |
| link-duplicate | AL108 | 2 | 0 | 0 |
| entry-title | AL101 | 0 | 1 | 1 |
| entry-url | AL106 | 0 | 1 | 1 |

### Findings

| Location | Rule | Severity | Message |
| --- | --- | --- | --- |
| lists/broken.md:5:43 | link-duplicate | error | 'https://example.org/papers/gpt3' is also \
listed at lists/broken.md:8: keep one entry |
| lists/broken.md:8:30 | link-duplicate | error | 'https://example.org/papers/gpt3/' is also \
listed at lists/broken.md:5: keep one entry |
| lists/fixable.md:5:31 | entry-url | warning | tracking parameters in URL: write \
'https://example.org/papers/attention' |
| lists/fixable.md:8:4 | entry-title | warning | whitespace at the edges of the title or \
doubled inside it: remove it |

"""


@pytest.fixture
def lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout with three lists (one clean), as the current directory."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "lists"
    folder.mkdir()
    clean = papers(entry(1), entry(2))
    for name, text in (("broken", BROKEN), ("clean", clean), ("fixable", FIXABLE)):
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def test_summary_is_appended_to_the_step_summary_file(
    awesomelint: AwesomeLint, lists: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("Output of an earlier step.\n", encoding="utf-8")

    result = awesomelint(
        "check", "--offline", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}
    )

    assert result.exit_code == 1
    assert summary.read_text(encoding="utf-8") == EXPECTED


def test_clean_run_says_so(awesomelint: AwesomeLint, tmp_path: Path) -> None:
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    summary = tmp_path / "step-summary.md"

    result = awesomelint(
        "check", "--offline", "--format", "github", str(tmp_path / "clean.md"),
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip

    assert result.exit_code == 0
    assert summary.read_text(encoding="utf-8") == (
        "## awesomelint\n\nChecked 1 file. All checked: no problems found.\n\n"
    )


def test_no_summary_without_the_variable_or_in_other_formats(
    awesomelint: AwesomeLint, lists: Path, tmp_path: Path
) -> None:
    summary = tmp_path / "step-summary.md"
    before = sorted(tmp_path.rglob("*"))

    without_variable = awesomelint("check", "--offline", "--format", "github")
    text_format = awesomelint("check", "--offline", env={"GITHUB_STEP_SUMMARY": str(summary)})

    assert without_variable.exit_code == text_format.exit_code == 1
    assert sorted(tmp_path.rglob("*")) == before


def test_long_runs_list_the_first_findings_and_count_the_rest(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    count = MAX_LISTED + 5
    entries = [entry(n, f"https://example.org/papers/{n}?utm_source=feed") for n in range(count)]
    (tmp_path / "long.md").write_text(papers(*entries), encoding="utf-8")
    summary = tmp_path / "step-summary.md"

    awesomelint("check", "--offline", "--format", "github", "long.md",
                env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip

    text = summary.read_text(encoding="utf-8")
    assert f"| entry-url | AL106 | 0 | {count} | {count} |" in text
    assert f"### First {MAX_LISTED} of {count} findings" in text
    assert text.count("| warning | tracking parameters") == MAX_LISTED
    assert text.endswith("\n…and 5 more: run `awesomelint check` locally to see them all.\n\n")


def test_list_text_cannot_break_the_table(
    awesomelint: AwesomeLint, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A message quotes the list: its ``|``, ``*``, ``_``, ``$`` and ``~`` stay literal text."""
    monkeypatch.chdir(tmp_path)
    odd = "https://example.org/a_b*c~d$e"
    twice = papers(entry(1, odd), entry(2, odd, title="Paper Number 1"))
    (tmp_path / "x|y.md").write_text(twice, encoding="utf-8")
    summary = tmp_path / "step-summary.md"

    awesomelint("check", "--offline", "--format", "github", "x|y.md",
                env={"GITHUB_STEP_SUMMARY": str(summary)})  # fmt: skip

    assert (
        r"| x\|y.md:5:20 | link-duplicate | error | 'https://example.org/a\_b\*c\~d\$e' is also "
        r"listed at x\|y.md:8: keep one entry |"
    ) in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("<!-- hidden -->", r"\<\!-- hidden --\>"),
        ("a | b", r"a \| b"),
        ("[link](https://x.org)", r"\[link\]\(https://x.org\)"),
        ("two\nlines", "two lines"),
        ("`code` & *stars*", r"\`code\` \& \*stars\*"),
    ],
)
def test_escape_keeps_text_literal_on_one_line(text: str, escaped: str) -> None:
    assert escape(text) == escaped


def test_unwritable_summary_is_a_one_line_error(
    awesomelint: AwesomeLint, lists: Path, tmp_path: Path
) -> None:
    """The annotations are still printed; the run fails as an input error."""
    target = tmp_path / "a-directory"
    target.mkdir()

    result = awesomelint(
        "check", "--offline", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(target)}
    )

    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"awesomelint: error: {target}: cannot write the job summary")
    assert result.stdout.startswith("::error file=lists/broken.md,line=5,")


def test_files_that_could_not_be_checked_are_listed(
    awesomelint: AwesomeLint, lists: Path, tmp_path: Path
) -> None:
    (lists / "latin1.md").write_bytes("# Caf\xe9\n".encode("latin-1"))
    summary = tmp_path / "step-summary.md"

    result = awesomelint(
        "check", "--offline", "--format", "github", env={"GITHUB_STEP_SUMMARY": str(summary)}
    )

    assert result.exit_code == 2
    assert result.stderr == (
        "awesomelint: error: lists/latin1.md: not UTF-8 (invalid byte 0xe9 at offset 5)\n"
    )
    assert summary.read_text(encoding="utf-8").splitlines()[2:8] == [
        "Checked 3 files. Found 4 problems (2 errors, 2 warnings). 2 fixable with "
        "`awesomelint fix`.",
        "",
        "**Could not check:**",
        "",
        r"- lists/latin1.md: not UTF-8 \(invalid byte 0xe9 at offset 5\)",
        "",
    ]
