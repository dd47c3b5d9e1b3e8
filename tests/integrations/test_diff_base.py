"""``check --diff-base REF``: only findings on lines changed since REF are reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration_lists import entry, papers
from integration_support import AwesomeLint, commit_all, git

from awesomelint._diffbase import added_lines

DUPLICATE_OF_1 = "https://example.org/papers/1"


def duplicate_of_1(number: int) -> str:
    """Entry 1's paper listed again as entry ``number`` (its title and link, other authors and
    keywords): a link-duplicate error on both."""
    return entry(number, DUPLICATE_OF_1, title="Paper Number 1")


TRACKED = "https://example.org/papers/{}?utm_source=feed"


def findings(output: str) -> list[str]:
    """The ``path:line:col: rule`` part of each finding line of the text output."""
    return [line.split(" ")[0] + " " + line.split(" ")[1] for line in output.splitlines()[:-1]]


def test_only_findings_on_changed_lines_are_kept(awesomelint: AwesomeLint, repo: Path) -> None:
    old = [entry(1), entry(2, TRACKED.format(2)), entry(3)]
    (repo / "list.md").write_text(papers(*old), encoding="utf-8")
    base = commit_all(repo)
    # A pull request adds entry 4 with a tracking link, and a duplicate of entry 1.
    new = [*old, entry(4, TRACKED.format(4)), duplicate_of_1(5)]
    (repo / "list.md").write_text(papers(*new), encoding="utf-8")
    commit_all(repo, "new entries")

    everything = awesomelint("check", "--offline", "list.md")
    changed = awesomelint("check", "--offline", "--diff-base", base, "list.md")

    assert findings(everything.stdout) == [
        "list.md:5:20: link-duplicate",
        "list.md:8:20: entry-url",
        "list.md:14:20: entry-url",
        "list.md:17:20: link-duplicate",
    ]
    assert findings(changed.stdout) == [
        "list.md:14:20: entry-url",
        "list.md:17:20: link-duplicate",
    ]
    assert changed.exit_code == 1


def test_uncommitted_edits_count_as_changes(awesomelint: AwesomeLint, repo: Path) -> None:
    (repo / "list.md").write_text(papers(entry(1), entry(2)), encoding="utf-8")
    commit_all(repo)
    (repo / "list.md").write_text(papers(entry(1), entry(2, TRACKED.format(2))), encoding="utf-8")

    result = awesomelint("check", "--offline", "--diff-base", "HEAD", "list.md")

    assert findings(result.stdout) == ["list.md:8:20: entry-url"]


def test_unchanged_untracked_and_outside_files_keep_nothing(
    awesomelint: AwesomeLint, repo: Path, tmp_path: Path
) -> None:
    broken = papers(entry(1), duplicate_of_1(2))
    (repo / "unchanged.md").write_text(broken, encoding="utf-8")
    commit_all(repo)
    (repo / "untracked.md").write_text(broken, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "list.md").write_text(broken, encoding="utf-8")

    result = awesomelint(
        "check", "--offline", "--diff-base", "HEAD",
        str(repo / "unchanged.md"), str(repo / "untracked.md"), str(outside / "list.md"),
    )  # fmt: skip

    assert result.exit_code == 0
    assert result.stdout == "All checked: no problems found.\n"


def test_deleting_lines_reports_nothing(awesomelint: AwesomeLint, repo: Path) -> None:
    (repo / "list.md").write_text(papers(entry(1), duplicate_of_1(2), entry(3)), encoding="utf-8")
    commit_all(repo)
    (repo / "list.md").write_text(papers(entry(1), duplicate_of_1(2)), encoding="utf-8")

    result = awesomelint("check", "--offline", "--diff-base", "HEAD", "list.md")

    assert result.stdout == "All checked: no problems found.\n"


def test_pull_request_against_its_base_branch(
    awesomelint: AwesomeLint, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in CI: a branch, checked against the base branch's name, from a subdirectory."""
    (repo / "lists").mkdir()
    (repo / "lists" / "a.md").write_text(papers(entry(1)), encoding="utf-8")
    commit_all(repo)
    git(repo, "switch", "--quiet", "-c", "feature")
    (repo / "lists" / "a.md").write_text(papers(entry(1), entry(2, TRACKED.format(2))), "utf-8")
    (repo / "lists" / "b.md").write_text(papers(entry(3, TRACKED.format(3))), encoding="utf-8")
    commit_all(repo, "feature")
    monkeypatch.chdir(repo / "lists")

    result = awesomelint("check", "--offline", "--diff-base", "main", ".")

    assert findings(result.stdout) == ["a.md:8:20: entry-url", "b.md:5:20: entry-url"]


@pytest.mark.parametrize("ref", ["no-such-branch", "-p", "HEAD~5", ""])
def test_a_bad_base_is_a_one_line_error(awesomelint: AwesomeLint, repo: Path, ref: str) -> None:
    (repo / "list.md").write_text(papers(entry(1), duplicate_of_1(2)), encoding="utf-8")
    commit_all(repo)

    result = awesomelint("check", "--offline", "--diff-base", ref, "list.md")

    assert result.exit_code == 2
    assert result.stderr == (
        f"awesomelint: error: diff base '{ref}' is not a commit in {repo.resolve()}\n"
    )
    assert result.stdout == ""


def test_a_bad_base_is_an_error_even_on_a_clean_list(awesomelint: AwesomeLint, repo: Path) -> None:
    (repo / "list.md").write_text(papers(entry(1)), encoding="utf-8")
    commit_all(repo)

    result = awesomelint("check", "--offline", "--diff-base", "mian", "list.md")

    assert result.exit_code == 2
    assert "diff base 'mian' is not a commit" in result.stderr


def test_the_job_summary_says_what_was_compared(
    awesomelint: AwesomeLint, repo: Path, tmp_path: Path
) -> None:
    (repo / "list.md").write_text(papers(entry(1)), encoding="utf-8")
    base = commit_all(repo)
    summary = tmp_path / "summary.md"

    awesomelint(
        "check", "--offline", "--format", "github", "--diff-base", base, "list.md",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )  # fmt: skip

    assert summary.read_text(encoding="utf-8").splitlines()[2] == (
        f"Checked 1 file, reporting only lines changed since {base}. "
        "All checked: no problems found."
    )


@pytest.mark.parametrize(
    ("diff", "lines"),
    [
        ("@@ -3 +3 @@\n-a\n+b\n", {3}),
        ("@@ -0,0 +1,3 @@\n+a\n+b\n+c\n", {1, 2, 3}),
        ("@@ -4,2 +3,0 @@\n-a\n-b\n", set()),
        ("@@ -1 +1,2 @@ ## Papers\n-a\n+b\n+c\n@@ -9 +10 @@\n-x\n+y\n", {1, 2, 10}),
        ("", set()),
    ],
)
def test_added_lines_of_a_zero_context_diff(diff: str, lines: set[int]) -> None:
    assert added_lines(diff) == lines
