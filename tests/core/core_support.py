"""Helpers of the core tests: parsing Markdown strings, slicing spans out of the source, and
running the command line in-process or as a real process.

(A module of its own, not conftest.py: every test directory has a conftest module, and
importing "conftest" by name would find whichever was loaded first.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from click.testing import CliRunner, Result

from awesomelint._cli import main
from awesomelint._model import Document, Entry, Span
from awesomelint._parse import parse
from awesomelint._source import SourceFile, decode

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.md"))
CORPUS = sorted((FIXTURES / "corpus").glob("*.md"))
GOLDEN = Path(__file__).parent / "golden"

#: The format rules. Goldens and CLI tests select exactly these, so that the arXiv rules (which
#: another part of the project adds and changes) cannot change what these tests pin down.
FORMAT_RULES = (
    "entry-title",
    "entry-authors",
    "entry-keywords",
    "entry-code",
    "entry-field",
    "entry-url",
    "entry-style",
    "link-duplicate",
)
SELECT_FORMAT_RULES = ("--select", ",".join(FORMAT_RULES))


def source_of(text: str, path: str = "list.md") -> SourceFile:
    """Decode ``text`` the way a file holding it as UTF-8 is decoded."""
    return decode(path, text.encode("utf-8"))


def parse_text(text: str, path: str = "list.md") -> Document:
    return parse(source_of(text, path))


def only_entry(text: str) -> Entry:
    """The single entry ``text`` holds (the test fails if it holds another number)."""
    entries = parse_text(text).entries
    assert len(entries) == 1, [entry.title for entry in entries]
    return entries[0]


def span(line: int, column: int, end_line: int | None = None, end_column: int = 0) -> Span:
    return Span(
        line=line,
        column=column,
        end_line=line if end_line is None else end_line,
        end_column=end_column,
    )


def span_of(text: str, line: int, needle: str, occurrence: int = 1) -> Span:
    """The one-line span of the ``occurrence``-th ``needle`` on 1-based ``line`` of ``text``:
    expected positions are found in the test's own Markdown, never taken from the parser."""
    row = text.splitlines()[line - 1]
    index = -1
    for _ in range(occurrence):
        index = row.index(needle, index + 1)
    return span(line, index + 1, line, index + 1 + len(needle))


def sliced(source: SourceFile, where: Span) -> str:
    """The characters of a one-line span, cut out of the decoded source line."""
    assert where.line == where.end_line, where
    return source.lines[where.line - 1][where.column - 1 : where.end_column - 1]


def all_spans(document: Document) -> Iterator[Span]:
    """Every span the document model holds."""
    for entry in document.entries:
        yield entry.span
        yield entry.title_span
        for optional in (entry.url_span, entry.year_span):
            if optional is not None:
                yield optional
        for link in [*entry.links, *entry.code]:
            yield from (link.span, link.label_span, link.url_span)
        for field in entry.fields:
            yield from (field.span, field.value_span)
            if field.label_span is not None:
                yield field.label_span


def run_cli(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run ``awesomelint`` in-process; click keeps stdout and stderr apart."""
    return CliRunner(env=env).invoke(main, list(args), catch_exceptions=False)


def run_process(
    *args: str, cwd: Path, env: dict[str, str] | None = None, stdout: int | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m awesomelint`` as its own process: what a user or pre-commit sees,
    console guard and real standard streams included."""
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "awesomelint", *args],
        cwd=cwd,
        env=environment,
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=120,
    )
