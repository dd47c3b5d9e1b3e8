"""Input a linter meets in the wild: files that are not text, paths that do not exist, empty and
enormous files, absurd nesting, other line ends. Each is one line on stderr naming the file (or
a normal result), never a traceback, and never stops the other files from being checked.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from core_support import SEEDS, SELECT_FORMAT_RULES, parse_text, run_cli, run_process

from awesomelint._source import InputError, decode

GOOD = "- [ Padded Title ](https://example.org/good)\n"
BAD_UTF8 = b"- [Fine](https://example.org/fine)\n- [Caf\xe9](https://example.org/cafe)\n"
BAD_OFFSET = BAD_UTF8.index(b"\xe9")
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def _write(directory: Path, name: str, data: bytes | str) -> Path:
    path = directory / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_unreadable_files_are_one_line_each_and_the_rest_is_still_checked(tmp_path: Path) -> None:
    _write(tmp_path, "a-good.md", GOOD)
    _write(tmp_path, "b-latin1.md", BAD_UTF8)
    _write(tmp_path, "c-binary.md", BINARY)
    _write(tmp_path, "e-good.md", GOOD.replace("good", "other"))
    result = run_process(
        "check",
        "--offline",
        *SELECT_FORMAT_RULES,
        "a-good.md",
        "b-latin1.md",
        "c-binary.md",
        "d-missing.md",
        "e-good.md",
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    errors = result.stderr.splitlines()
    assert len(errors) == 3, result.stderr
    by_file = {name: [line for line in errors if name in line] for name in ("b-", "c-", "d-")}
    assert all(len(lines) == 1 for lines in by_file.values()), errors
    (latin1,) = by_file["b-"]
    assert "b-latin1.md" in latin1
    assert "not UTF-8" in latin1
    assert f"offset {BAD_OFFSET}" in latin1
    (binary,) = by_file["c-"]
    assert "c-binary.md" in binary
    assert "binary" in binary
    (missing,) = by_file["d-"]
    assert "d-missing.md" in missing
    # The readable files before and after the bad ones are checked and reported.
    assert "a-good.md:1:4: entry-title" in result.stdout
    assert "e-good.md:1:4: entry-title" in result.stdout


def test_decode_names_the_first_bad_byte() -> None:
    with pytest.raises(InputError) as raised:
        decode("lists/x.md", BAD_UTF8)
    message = str(raised.value)
    assert message.startswith("lists/x.md: ")
    assert f"offset {BAD_OFFSET}" in message
    assert "\n" not in message


def test_an_empty_file_has_no_findings(tmp_path: Path) -> None:
    empty = _write(tmp_path, "empty.md", b"")
    blank = _write(tmp_path, "blank.md", "\n\n   \n")
    assert parse_text("").entries == []
    result = run_cli("check", "--offline", "--format", "json", str(empty), str(blank))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
    assert result.stderr == ""


SIZE = 2_000_000


def _two_megabytes(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


@pytest.mark.parametrize(
    "unit",
    [
        "Reinforcement learning from human feedback, with notes. ",
        "](",  # every "](" could end a link label
        "[a](((",  # every link destination opens parentheses it never closes
        "`a`](",  # code spans and link ends interleaved
        "| [T](https://example.org/x) ",  # a table header of 300,000 cells
    ],
    ids=["prose", "link-ends", "open-parentheses", "code-spans", "table-cells"],
)
def test_a_two_megabyte_line_parses_in_linear_time(unit: str) -> None:
    text = _two_megabytes(unit) + "\n|---|\n"
    started = time.perf_counter()
    parse_text(text)
    # Quadratic scanning of such a line takes minutes; linear takes well under a second.
    assert time.perf_counter() - started < 10


def test_check_a_two_megabyte_line_of_links(tmp_path: Path) -> None:
    line = _two_megabytes("[Paper](https://arxiv.org/abs/2101.00001) and ") + "\n"
    path = _write(tmp_path, "huge.md", "# Huge\n\n" + line)
    result = run_cli("check", "--offline", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "All checked: no problems found.\n"


DEPTH = 3000


def _deep_list() -> str:
    return "".join(
        f"{'  ' * level}- [Level {level}](https://example.org/{level})\n" for level in range(DEPTH)
    )


def test_a_list_nested_three_thousand_levels_deep_parses() -> None:
    # Deeper than Python's default recursion limit (1000): recursion would fail here.
    (entry,) = parse_text(_deep_list()).entries
    assert entry.title == "Level 0"
    assert len(entry.links) == DEPTH
    assert (entry.span.line, entry.span.end_line) == (1, DEPTH)
    assert entry.notes[-1] == f"[Level {DEPTH - 1}](https://example.org/{DEPTH - 1})"


@pytest.mark.parametrize(
    "text",
    [
        "> " * DEPTH + "[Quoted](https://example.org/q)\n",
        "".join(f"{'   ' * level}1. item {level}\n" for level in range(DEPTH)),
        "".join(
            f"{'  ' * level}* [x](https://example.org/{level}) note\n" for level in range(DEPTH)
        ),
    ],
    ids=["blockquotes", "ordered-items", "note-items"],
)
def test_other_deep_nestings_parse(text: str) -> None:
    parse_text(text)


def test_check_a_list_nested_three_thousand_levels_deep(tmp_path: Path) -> None:
    path = _write(tmp_path, "deep.md", _deep_list())
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code == 0, result.stderr
    # Each level is indented two spaces under the one above: the canonical layout.
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("written", ["(2019-13)", "(2019-00)", "(Sept. 2019)"])
def test_a_date_whose_month_is_no_month_is_no_month(tmp_path: Path, written: str) -> None:
    """ "(2019-13)" after a title names no month (the check once crashed naming month 13);
    a real month still counts, and the year label before the paper is reported."""
    text = f"- [Title {written}](https://arxiv.org/abs/2003.05234)\n"
    (entry,) = parse_text(text).entries
    assert entry.month == (9 if "Sept" in written else None)
    path = _write(tmp_path, "dates.md", text)
    result = run_cli("check", "--offline", "--format", "json", "--select", "arxiv-year", str(path))
    assert result.exit_code in (0, 1), result.stderr
    messages = [finding["message"] for finding in json.loads(result.stdout)]
    assert messages == (
        [
            "year label Sep 2019 is earlier than arXiv 2003.05234 (Mar 2020): "
            "correct the year or the link"
        ]
        if "Sept" in written
        else []
    )


def _findings(path: Path) -> list[tuple[object, ...]]:
    result = run_cli("check", "--offline", "--format", "json", *SELECT_FORMAT_RULES, str(path))
    assert result.exit_code in (0, 1), result.stderr
    return [
        (f["line"], f["column"], f["end_line"], f["end_column"], f["rule"], f["message"])
        for f in json.loads(result.stdout)
    ]


@pytest.mark.parametrize(
    ("name", "transform"),
    [
        ("crlf", lambda data: data.replace(b"\n", b"\r\n")),
        ("bom", lambda data: b"\xef\xbb\xbf" + data),
        ("bom-crlf", lambda data: b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")),
    ],
)
def test_crlf_and_bom_files_get_the_same_findings(
    tmp_path: Path, name: str, transform: Callable[[bytes], bytes]
) -> None:
    seed = next(path for path in SEEDS if path.name == "brief-paper-reading.md")
    plain = _write(tmp_path, "plain.md", seed.read_bytes())
    variant = _write(tmp_path, f"{name}.md", transform(seed.read_bytes()))
    expected = _findings(plain)
    assert expected  # the seed has findings, so the comparison means something
    assert _findings(variant) == expected
