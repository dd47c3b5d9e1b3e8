"""The command line as a user and a CI job meet it: output formats, colour, rule selection, exit
codes, which files are checked, export, and the rule documentation commands."""

from __future__ import annotations

import json
import os
import pty
import re
from pathlib import Path

import pytest
from core_support import SELECT_FORMAT_RULES, run_cli, run_process

from awesomelint._rules import RULES

#: Two warnings: a padded title (entry-title, fixable) and a plain http:// link (entry-url,
#: fixable only with --unsafe-fixes).
WARNINGS = """\
# List

- [ Padded Title ](https://example.org/a)
- [Plain](http://example.org/b)
"""
#: An error: one paper listed twice under the same page (link-duplicate).
ERRORS = """\
# List

- [First](https://example.org/same)
- [First](https://example.org/same)
"""
ANSI = re.compile(r"\x1b\[[0-9;]*m")
FINDING_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<column>\d+): (?P<rule>[a-z-]+) .+$")


def _write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- output formats ----------------------------------------------------------------------------


def test_text_format_is_one_line_a_finding_and_a_summary(tmp_path: Path) -> None:
    path = _write(tmp_path, "list.md", WARNINGS)
    result = run_cli("check", "--offline", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code == 0, result.output
    *findings, summary = result.stdout.splitlines()
    parsed = [FINDING_LINE.match(line) for line in findings]
    assert all(parsed), findings
    assert [(m["path"], m["line"], m["column"], m["rule"]) for m in parsed if m] == [
        (str(path), "3", "4", "entry-title"),  # the " Padded Title " link text
        (str(path), "4", "11", "entry-url"),  # the "http://example.org/b" destination
    ]
    assert summary.startswith("Found 2 problems (0 errors, 2 ")
    assert result.stderr == ""


def test_no_problems_is_said_in_one_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "clean.md", "# List\n\n- [Clean](https://example.org/clean)\n")
    result = run_cli("check", "--offline", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code == 0
    assert result.stdout == "All checked: no problems found.\n"


def test_a_list_whose_entries_are_not_read_is_not_passed_as_clean(tmp_path: Path) -> None:
    """A list written in a shape awesomelint does not read (links in HTML) has no entries, so
    no findings: a warning on stderr says so, naming the file, rather than a silent pass. A
    file of prose with a few links, or a list that is read, gets none."""
    html = "".join(
        f'- Paper {n}, *Lee et al.*\n    - <a href="https://arxiv.org/abs/2401.0000{n}">pdf</a>\n'
        for n in range(10)
    )
    unread = _write(tmp_path, "unread.md", "# Papers\n\n" + html)
    prose = _write(tmp_path, "notes.md", "Read [this](https://example.org/a) first.\n")
    read = _write(tmp_path, "read.md", "# List\n\n- [Clean](https://example.org/clean)\n")
    result = run_cli("check", "--offline", str(unread), str(prose), str(read))
    assert (result.exit_code, result.stdout) == (0, "All checked: no problems found.\n")
    assert result.stderr == (
        f"awesomelint: warning: {unread}: no paper entries recognised on its 10 lines with web "
        "addresses (see 'Entry styles' in awesomelint's README)\n"
    )


def test_a_list_mostly_unread_is_not_passed_as_clean(tmp_path: Path) -> None:
    """Two entries read and twelve paragraphs of HTML links not: the warning counts the lines
    with web addresses that are in no entry. A list with a few links outside its entries
    (badges, news) gets none."""
    cited = "".join(
        f'<a href="https://example.org/p{n}">Paper {n}</a>, Lee et al., CoRL 2017\n\n'
        for n in range(12)
    )
    read = "- [One](https://example.org/one)\n- [Two](https://example.org/two)\n\n"
    mostly = _write(tmp_path, "mostly.md", "# Papers\n\n" + read + cited)
    badges = "".join(f"![b{n}](https://img.shields.io/b{n})\n" for n in range(10))
    entries = "".join(f"- [Paper {n}](https://example.org/{n})\n" for n in range(40))
    fine = _write(tmp_path, "fine.md", badges + "\n" + entries)
    result = run_cli("check", "--offline", *SELECT_FORMAT_RULES, str(mostly), str(fine))
    assert result.stderr == (
        f"awesomelint: warning: {mostly}: 12 of its 14 lines with web addresses are in no entry "
        "(see 'Entry styles' in awesomelint's README)\n"
    )


def test_json_format_has_exactly_the_documented_keys(tmp_path: Path) -> None:
    path = _write(tmp_path, "list.md", WARNINGS)
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)
    assert len(findings) == 2
    for finding in findings:
        assert set(finding) == {
            "path",
            "line",
            "column",
            "end_line",
            "end_column",
            "rule",
            "severity",
            "message",
            "fixable",
        }
    title = findings[0]
    # 1-based and end-exclusive: " Padded Title " starts in column 4 and is 14 characters long.
    assert (title["line"], title["column"], title["end_line"], title["end_column"]) == (3, 4, 3, 18)
    assert (title["path"], title["rule"], title["severity"], title["fixable"]) == (
        str(path),
        "entry-title",
        "warning",
        True,
    )
    url = findings[1]
    assert (url["line"], url["column"], url["end_column"], url["rule"]) == (4, 11, 31, "entry-url")


# -- colour --------------------------------------------------------------------------------------


def _on_a_terminal(tmp_path: Path, env: dict[str, str]) -> str:
    """stdout of ``check`` run with a pseudo-terminal as its standard output."""
    _write(tmp_path, "list.md", WARNINGS)
    leader, follower = pty.openpty()
    try:
        result = run_process(
            "check",
            "--offline",
            *SELECT_FORMAT_RULES,
            "list.md",
            cwd=tmp_path,
            env=env,
            stdout=follower,
        )
    finally:
        os.close(follower)
    assert result.returncode == 0, result.stderr
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the terminal is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode("utf-8")


def test_colour_only_on_a_terminal_and_never_with_no_color(tmp_path: Path) -> None:
    coloured = _on_a_terminal(tmp_path, {})
    assert ANSI.search(coloured), "on a terminal the output is coloured"
    assert "entry-title" in ANSI.sub("", coloured)
    plain = _on_a_terminal(tmp_path, {"NO_COLOR": "1"})
    assert "entry-title" in plain
    assert not ANSI.search(plain)
    piped = run_process("check", "--offline", *SELECT_FORMAT_RULES, "list.md", cwd=tmp_path)
    assert "entry-title" in piped.stdout
    assert not ANSI.search(piped.stdout)
    assert not ANSI.search(piped.stderr)


# -- rule selection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "rules"),
    [
        (("--select", "entry-title"), {"entry-title"}),
        (("--select", "AL101"), {"entry-title"}),
        (("--select", "entry-title,AL106"), {"entry-title", "entry-url"}),
        ((*SELECT_FORMAT_RULES, "--ignore", "entry-title"), {"entry-url"}),
        ((*SELECT_FORMAT_RULES, "--ignore", "AL106"), {"entry-title"}),
        (("--select", "entry-title", "--ignore", "entry-title"), set()),
    ],
)
def test_select_and_ignore_take_names_and_codes(
    tmp_path: Path, options: tuple[str, ...], rules: set[str]
) -> None:
    assert RULES["entry-title"].code == "AL101"
    assert RULES["entry-url"].code == "AL106"
    path = _write(tmp_path, "list.md", WARNINGS)
    result = run_cli("check", "--offline", "--format", "json", *options, str(path))
    assert result.exit_code == 0, result.output
    assert {finding["rule"] for finding in json.loads(result.stdout)} == rules


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_an_unknown_rule_is_a_one_line_usage_error(tmp_path: Path, option: str) -> None:
    path = _write(tmp_path, "list.md", WARNINGS)
    result = run_cli("check", "--offline", option, "entry-title,no-such-rule", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    (error,) = result.stderr.splitlines()
    assert "no-such-rule" in error


# -- exit codes -----------------------------------------------------------------------------------


def test_exit_codes(tmp_path: Path) -> None:
    warnings = _write(tmp_path, "warnings.md", WARNINGS)
    errors = _write(tmp_path, "errors.md", ERRORS)
    check = ("check", "--offline", *SELECT_FORMAT_RULES)
    # 0: findings, but none of error severity.
    assert run_cli(*check, str(warnings)).exit_code == 0
    # 1: an error-severity finding.
    failing = run_cli(*check, "--format", "json", str(errors))
    assert failing.exit_code == 1
    assert {(f["rule"], f["severity"]) for f in json.loads(failing.stdout)} == {
        ("link-duplicate", "error")
    }
    # 2: usage and input errors, which win over findings.
    assert run_cli(*check, str(errors), str(tmp_path / "missing.md")).exit_code == 2
    assert run_cli("check", "--no-such-option", str(warnings)).exit_code == 2
    assert run_cli("check", "--format", "yaml", str(warnings)).exit_code == 2


# -- which files ---------------------------------------------------------------------------------


def test_directories_are_walked_for_markdown_outside_git_and_node_modules(tmp_path: Path) -> None:
    for number, name in enumerate(
        [
            "top.md",
            "nested/deeper/inner.md",
            ".git/stored.md",
            "node_modules/pkg/README.md",
            "notes.txt",
            "readme.markdown",
        ]
    ):
        _write(tmp_path / "lists", name, f"- [ Padded ](https://example.org/{number})\n")
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES, str(tmp_path))
    assert result.exit_code == 0, result.output
    checked = {
        Path(finding["path"]).relative_to(tmp_path).as_posix()
        for finding in json.loads(result.stdout)
    }
    assert checked == {"lists/top.md", "lists/nested/deeper/inner.md"}


def test_the_default_path_is_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "lists/papers.md", "- [ Padded ](https://example.org/p)\n")
    _write(tmp_path, "elsewhere.md", "- [ Padded ](https://example.org/e)\n")
    monkeypatch.chdir(tmp_path)
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES)
    assert result.exit_code == 0, result.output
    assert {Path(finding["path"]).as_posix() for finding in json.loads(result.stdout)} == {
        "lists/papers.md"
    }


def test_no_default_directory_is_an_input_error(tmp_path: Path) -> None:
    result = run_process("check", "--offline", cwd=tmp_path)
    assert result.returncode == 2
    (error,) = result.stderr.splitlines()
    assert "lists" in error
    assert "Traceback" not in result.stderr


# -- export --------------------------------------------------------------------------------------

EXPORTED = """\
# Papers

## RLHF

- [Rich Human Feedback](https://arxiv.org/abs/2312.10240)
  - Youwei Liang, Junfeng He
  - CVPR 2024
  - Keywords: reward, feedback
  - Code: [Official](https://github.com/google-research/richhf-18k)
  - Task: Text-to-image
  - a free note
"""


def test_export_json_is_the_entry_model(tmp_path: Path) -> None:
    path = _write(tmp_path, "papers.md", EXPORTED)
    result = run_cli("export", "--format", "json", str(path))
    assert result.exit_code == 0, result.output
    (record,) = json.loads(result.stdout)
    expected = {
        "path": str(path),
        "line": 5,
        "end_line": 11,
        "section": ["Papers", "RLHF"],
        "title": "Rich Human Feedback",
        "url": "https://arxiv.org/abs/2312.10240",
        "arxiv_id": "2312.10240",
        "authors": ["Youwei Liang", "Junfeng He"],
        "venue": "CVPR 2024",
        "year": 2024,
        "keywords": ["reward", "feedback"],
        "code": ["https://github.com/google-research/richhf-18k"],
        "fields": {"Task": "Text-to-image"},
        "notes": ["a free note"],
    }
    assert set(expected) <= set(record)
    assert {key: record[key] for key in expected} == expected


def test_export_of_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    result = run_cli("export", str(tmp_path / "missing.md"))
    assert result.exit_code == 2
    assert json.loads(result.stdout) == []
    assert "missing.md" in result.stderr


# -- rules and explain ---------------------------------------------------------------------------


def test_rules_lists_every_rule_with_its_code() -> None:
    result = run_cli("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(RULES)
    for (name, rule), line in zip(RULES.items(), lines, strict=True):
        assert line.split()[:2] == [rule.code, name]


@pytest.mark.parametrize("name", ["entry-title", "AL101", "al101"])
def test_explain_prints_the_rule_explanation(name: str) -> None:
    result = run_cli("explain", name)
    assert result.exit_code == 0
    assert result.stdout.startswith("entry-title (AL101, error).")
    # The first sentence of the rule's documentation (EntryTitle's docstring).
    assert "Titles are what readers scan" in result.stdout


def test_explain_an_unknown_rule() -> None:
    result = run_process("explain", "nope", cwd=Path.cwd())
    assert result.returncode == 2
    assert result.stdout == ""
    (error,) = result.stderr.splitlines()
    assert "nope" in error


def test_help_runs_without_a_list(tmp_path: Path) -> None:
    completed = run_process("--help", cwd=tmp_path)
    assert completed.returncode == 0
    for command in ("check", "fix", "export", "rules", "explain"):
        assert command in completed.stdout
