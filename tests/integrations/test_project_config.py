"""Project configuration through ``awesomelint check``: where it is found, what each key does,
and how a mistake in it is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from integration_lists import BROKEN, FIXABLE, entry, papers
from integration_support import AwesomeLint

ARXIV_LIST = papers(entry(1, "https://arxiv.org/abs/1706.03762"), entry(2))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def rules_reported(output: str) -> list[str]:
    """The rule of each finding line, in order."""
    return [line.split(" ")[1] for line in output.splitlines()[:-1]]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with a broken list and a fixable one under lists/, as the current directory."""
    root = tmp_path / "project"
    write(root / "lists" / "broken.md", BROKEN)
    write(root / "lists" / "fixable.md", FIXABLE)
    monkeypatch.chdir(root)
    return root


def test_without_config_every_rule_runs(awesomelint: AwesomeLint, project: Path) -> None:
    result = awesomelint("check", "--offline")

    assert rules_reported(result.stdout) == [
        "link-duplicate", "link-duplicate", "entry-url", "entry-title",
    ]  # fmt: skip


def test_pyproject_table_is_found_walking_up_from_the_checked_files(
    awesomelint: AwesomeLint, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(project / "pyproject.toml", '[project]\nname = "x"\n\n[tool.awesomelint]\n'
          'select = ["entry-url", "AL108"]\n')  # fmt: skip
    monkeypatch.chdir(tmp_path)  # outside the project: the files, not the cwd, decide

    result = awesomelint("check", "--offline", str(project / "lists"))

    assert rules_reported(result.stdout) == ["link-duplicate", "link-duplicate", "entry-url"]


def test_awesomelint_toml_and_a_pyproject_without_a_table(
    awesomelint: AwesomeLint, project: Path
) -> None:
    """A pyproject.toml without ``[tool.awesomelint]`` is passed over on the way up."""
    write(project / "lists" / "pyproject.toml", '[project]\nname = "lists"\n')
    write(project / ".awesomelint.toml", 'ignore = ["link-duplicate", "entry-title"]\n')

    result = awesomelint("check", "--offline")

    assert rules_reported(result.stdout) == ["entry-url"]
    assert result.exit_code == 0  # the errors were link-duplicate's


def test_the_nearest_config_wins_whole(awesomelint: AwesomeLint, project: Path) -> None:
    write(project / "pyproject.toml", '[tool.awesomelint]\nselect = ["entry-url"]\n')
    write(project / "lists" / ".awesomelint.toml", 'ignore = ["link-duplicate"]\n')

    result = awesomelint("check", "--offline", "lists")

    assert rules_reported(result.stdout) == ["entry-url", "entry-title"]


def test_command_line_select_overrides_the_config(awesomelint: AwesomeLint, project: Path) -> None:
    write(project / ".awesomelint.toml", 'select = ["entry-url"]\n')

    result = awesomelint("check", "--offline", "--select", "entry-title")

    assert rules_reported(result.stdout) == ["entry-title"]


def test_per_file_ignores(awesomelint: AwesomeLint, project: Path) -> None:
    write(
        project / "lists" / "legacy" / "old.md",
        papers(entry(7), entry(8, "https://example.org/papers/7")),
    )
    write(
        project / ".awesomelint.toml",
        '[per-file-ignores]\n"lists/legacy/*.md" = ["AL108"]\n"fixable.md" = ["*"]\n',
    )  # fmt: skip

    result = awesomelint("check", "--offline")

    assert result.stdout.splitlines()[:-1] == [
        "lists/broken.md:5:43: link-duplicate 'https://example.org/papers/gpt3' is also listed "
        "at lists/broken.md:8: keep one entry",
        "lists/broken.md:8:30: link-duplicate 'https://example.org/papers/gpt3/' is also listed "
        "at lists/broken.md:5: keep one entry",
    ]


def test_fields_set_the_entry_schema(awesomelint: AwesomeLint, tmp_path: Path) -> None:
    """Labels may be written in any known spelling; they are compared canonically."""
    write(tmp_path / "list.md", papers(entry(1), entry(2)))
    before = awesomelint("check", "--offline", str(tmp_path / "list.md"))
    write(tmp_path / ".awesomelint.toml", 'fields = ["keywords", "Authors"]\n')

    after = awesomelint("check", "--offline", str(tmp_path / "list.md"))

    assert before.stdout == "All checked: no problems found.\n"
    assert [line.split(" ", 2)[2] for line in after.stdout.splitlines()[:-1]] == [
        "fields out of order: write them as Keywords, Authors",
        "fields out of order: write them as Keywords, Authors",
    ]


def test_arxiv_url_form(awesomelint: AwesomeLint, tmp_path: Path) -> None:
    write(tmp_path / "list.md", ARXIV_LIST)
    before = awesomelint("check", "--offline", "--select", "arxiv-url", str(tmp_path / "list.md"))
    write(tmp_path / "pyproject.toml", '[tool.awesomelint.arxiv]\nurl_form = "pdf"\n')

    after = awesomelint("check", "--offline", "--select", "arxiv-url", str(tmp_path / "list.md"))

    assert before.stdout == "All checked: no problems found.\n"
    assert after.stdout.splitlines()[0].endswith(
        "arxiv-url arXiv link 'https://arxiv.org/abs/1706.03762' is not canonical: "
        "write 'https://arxiv.org/pdf/1706.03762'"
    )


def test_bullet(awesomelint: AwesomeLint, tmp_path: Path) -> None:
    write(tmp_path / "list.md", papers(entry(1), entry(2)))
    write(tmp_path / ".awesomelint.toml", 'bullet = "*"\n')

    checked = awesomelint("check", "--offline", str(tmp_path / "list.md"))
    fixed = awesomelint("fix", str(tmp_path / "list.md"))

    assert [line.split(" ", 2)[2] for line in checked.stdout.splitlines()[:-1]] == [
        "bullet '-' (use '*') on lines 5–7: re-indent the entry",
        "bullet '-' (use '*') on lines 8–10: re-indent the entry",
    ]
    assert fixed.exit_code == 0
    assert (tmp_path / "list.md").read_text(encoding="utf-8") == papers(entry(1), entry(2)).replace(
        "- ", "* "
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('selct = ["entry-url"]', "config key 'selct': unknown key"),
        ('[arxiv]\nurlform = "pdf"', "config key 'arxiv.urlform': unknown key"),
        # Where the config was read from is the linter's own bookkeeping, not a setting.
        ('origin = "elsewhere/pyproject.toml"', "config key 'origin': unknown key"),
        (
            "[arxiv]\nrequest_interval = -1",
            "config key 'arxiv.request_interval': Input should be greater than or equal to 0",
        ),
        (
            '[arxiv]\nurl_form = "html"',
            "config key 'arxiv.url_form': Input should be 'abs' or 'pdf'",
        ),
        ('bullet = "x"', "config key 'bullet': Input should be 'consistent', '-', '*' or '+'"),
        ('select = "entry-url"', "config key 'select': Input should be a valid list"),
        (
            'select = ["entry-urll"]',
            "config key 'select': unknown rule(s) entry-urll (see 'awesomelint rules')",
        ),
        (
            'ignore = ["AL999", "entry-url"]',
            "config key 'ignore': unknown rule(s) AL999 (see 'awesomelint rules')",
        ),
        (
            '[per-file-ignores]\n"lists/*.md" = ["nope"]',
            "config key 'per-file-ignores.lists/*.md': unknown rule(s) nope "
            "(see 'awesomelint rules')",
        ),
        (
            'fields = ["Authors", "Authorz"]',
            "config key 'fields': unknown field label 'Authorz' (known: Authors, Venue, "
            "Keywords, Summary, Task, Dataset, Code, ExpEnv, Project, Demo, Blog, Video, "
            "Slides, Note)",
        ),
        ("ignore = [", "invalid TOML (Invalid value (at end of document))"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("file_name", ["pyproject.toml", ".awesomelint.toml"])
def test_a_bad_config_is_a_one_line_error_naming_key_and_file(
    awesomelint: AwesomeLint, project: Path, table: str, message: str, file_name: str
) -> None:
    if file_name == "pyproject.toml":
        table = "[tool.awesomelint]\n" + table.replace("[arxiv]", "[tool.awesomelint.arxiv]")
        table = table.replace("[per-file-ignores]", "[tool.awesomelint.per-file-ignores]")
    config = write(project / file_name, table + "\n")

    result = awesomelint("check", "--offline")

    assert result.exit_code == 2
    assert result.stderr == f"awesomelint: error: {config}: {message}\n"
    assert result.stdout == ""
