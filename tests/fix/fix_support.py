"""Shared helpers of the ``fix`` tests: the fixture files, running ``fix`` in-process, and the
comparisons that say what a fix may change.

The comparisons encode the canonical-form contract: outside entries nothing changes (not a
byte), and inside entries the content — title, links, authors, keywords, notes — survives every
rewrite, up to the canonicalisations ``fix`` documents (whitespace, mojibake, tracking
parameters, https, the canonical arXiv URL, repeated or empty keywords). The one change fix
makes outside entries is to join a link or a bold title wrapped onto the next lines, which makes
an entry of them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from click.testing import CliRunner, Result

from awesomelint import _engine
from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._cli import main
from awesomelint._config import Config
from awesomelint._diagnostics import Applicability, Diagnostic
from awesomelint._inline import find_links
from awesomelint._model import Entry
from awesomelint._rules._base import ParsedFile
from awesomelint._rules.entry_title import repaired
from awesomelint._rules.entry_url import without_tracking
from awesomelint._source import SourceFile, decode

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.md"))
CORPUS = sorted((FIXTURES / "corpus").glob("*.md"))
GOLDEN = Path(__file__).parent / "golden"

#: The rules whose fixes make up the canonical form these tests pin down. Goldens are made with
#: exactly these selected, so that rules added later (arxiv-url rewrites arXiv links) change no
#: golden; the other tests run every rule, as a user's plain ``awesomelint fix`` does.
CANONICAL_RULES = ("entry-title", "entry-keywords", "entry-field", "entry-url", "entry-style")


def golden_path(seed: Path, *, unsafe: bool) -> Path:
    """Where the expected output of fixing ``seed`` lives: ``<seed>.md`` for ``fix
    --unsafe-fixes``, ``<seed>.safe.md`` for plain ``fix``."""
    return GOLDEN / (seed.name if unsafe else f"{seed.stem}.safe.md")


def run_cli(*args: str) -> Result:
    """Run ``awesomelint`` in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def parse_text(text: str, path: str = "list.md", *, has_bom: bool = False) -> ParsedFile:
    return _engine.parse_file(SourceFile(path=path, text=text, has_bom=has_bom), Config())


def parse_bytes(data: bytes, path: str = "list.md") -> ParsedFile:
    return _engine.parse_file(decode(path, data), Config())


def fix_bytes(
    data: bytes, *, unsafe: bool, rules: tuple[str, ...] = (), path: str = "list.md"
) -> bytes:
    """What ``awesomelint fix`` writes for a file holding ``data`` (every rule by default)."""
    file = parse_bytes(data, path)
    config = Config()
    selection = _engine.Selection.from_config(config, rules)
    text = _engine.fixed_text(file, config, selection, unsafe=unsafe)
    return file.source.encode(text)


def fixable_findings(data: bytes, *, unsafe: bool, path: str = "list.md") -> list[Diagnostic]:
    """Findings ``fix`` would still act on: with a fix, and safe unless ``unsafe``."""
    file = parse_bytes(data, path)
    config = Config()
    return [
        diagnostic
        for diagnostic in _engine.check([file], config, _engine.Selection.from_config(config))
        if diagnostic.fix is not None
        and (unsafe or diagnostic.fix.applicability is Applicability.SAFE)
    ]


# -- what lies outside entries ------------------------------------------------------------------


def raw_lines(source: SourceFile) -> list[str]:
    """Every line with its own line end, exactly as in the file ("" end on an unterminated
    last line), so that comparing them compares bytes."""
    starts = source.line_starts
    return [source.text[starts[i] : starts[i + 1]] for i in range(len(source.lines))]


def entry_region(file: ParsedFile) -> set[int]:
    """Line numbers ``fix`` may rewrite: the lines of entries, and the blank (or whitespace-only)
    lines between two consecutive entries of one section, whose number fix makes consistent."""
    lines = file.source.lines
    region: set[int] = set()
    entries = file.document.entries
    for entry in entries:
        region.update(range(entry.span.line, entry.span.end_line + 1))
    for before, after in pairwise(entries):
        between = range(before.span.end_line + 1, after.span.line)
        if before.section == after.section and all(not lines[n - 1].strip(" \t") for n in between):
            region.update(between)
    return region


def outside_entries(file: ParsedFile) -> list[str]:
    """The lines outside the entry region, in order, with their line ends."""
    region = entry_region(file)
    return [line for number, line in enumerate(raw_lines(file.source), 1) if number not in region]


# -- what entries hold ---------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """A URL up to the rewrites fix documents: surrounding whitespace, tracking parameters,
    ``http://`` for ``https://``, and any form of an arXiv link for the paper's id."""
    url = url.strip()
    arxiv = parse_arxiv_url(url)
    if arxiv is not None:
        return f"arXiv:{arxiv.id}"
    url = without_tracking(url)
    return "https://" + url.removeprefix("http://") if url.startswith("http://") else url


def canonical_text(text: str) -> str:
    """Text with its URLs canonical and its whitespace collapsed (notes, field values)."""
    pieces: list[str] = []
    position = 0
    for link in find_links(text):
        if link.url_start < position:
            continue  # the image inside a badge link, whose destination came first
        pieces.append(text[position : link.url_start])
        pieces.append(canonical_url(link.url))
        position = link.url_end
    pieces.append(text[position:])
    return " ".join("".join(pieces).split())


def canonical_title(title: str) -> str:
    """A title up to whitespace, mojibake and ligatures (and URL rewrites: a bare link is its
    own title)."""
    return repaired(canonical_text(title))


def canonical_keywords(keywords: list[str]) -> list[str]:
    """Keywords once each (first spelling wins, case-insensitively), without empty ones, their
    text canonical like notes (a table's Keywords cell may hold a link)."""
    seen: set[str] = set()
    kept: list[str] = []
    for keyword in map(canonical_text, keywords):
        if keyword and keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            kept.append(keyword)
    return kept


@dataclass(frozen=True)
class Content:
    """What a reader gets from an entry, independent of its layout."""

    style: str
    section: tuple[str, ...]
    title: str
    url: str | None
    #: Every link of the entry, sorted: fix moves field lines, and their links with them.
    urls: tuple[str, ...]
    authors: tuple[str, ...]
    venue: str | None
    year: int | None
    keywords: tuple[str, ...]
    code: tuple[str, ...]
    #: Fields other than keywords, as a multiset: fix reorders fields into schema order.
    fields: tuple[tuple[str, str, int], ...]
    notes: tuple[str, ...]


def content(entry: Entry) -> Content:
    """The canonical content of ``entry`` (see :class:`Content`)."""
    others = Counter(
        (field.label, canonical_text(field.value))
        for field in entry.fields
        if field.label != "Keywords"
    )
    return Content(
        style=entry.style.value,
        section=entry.section,
        title=canonical_title(entry.title),
        url=canonical_url(entry.url) if entry.url is not None else None,
        urls=tuple(sorted(canonical_url(link.url) for link in entry.links)),
        authors=tuple(entry.authors),
        venue=entry.venue,
        year=entry.year,
        keywords=tuple(canonical_keywords(entry.keywords)),
        code=tuple(sorted(canonical_url(link.url) for link in entry.code)),
        fields=tuple(sorted((label, value, count) for (label, value), count in others.items())),
        notes=tuple(canonical_text(note) for note in entry.notes),
    )


#: A link text wrapped onto the next line: "[Title that" / "goes on](", "[Title" / "](".
_WRAPPED_LINK = re.compile(rb"(\[[^\[\]\r\n`]*?)[ \t]*\r?\n[ \t]*([^\r\n\[\]]*\]\()")


#: A link destination whose ")" opens the next line: "[Title](https://…" / ")".
_WRAPPED_DESTINATION = re.compile(rb"(\]\([ \t]*https?://[^\s()]*)[ \t]*\r?\n[ \t]*(?=\))")


#: What no line inside a paragraph starts with: a blank, or a list marker (a new item).
_NEW_BLOCK = re.compile(rb"\s*(?:$|[-*+] |\d+[.)] )")
#: The line closing a wrapped bold title: "goes on** [[paper](https://…)]".
_CLOSES_BOLD_BEFORE_LINK = re.compile(rb"\*\*.*\]\([ \t]*https?://")


def _joined_bold_titles(data: bytes) -> bytes:
    """``data`` with each bold title that opens on a line without links and closes on a later
    line of its paragraph, before a web link, joined onto one line."""
    lines = data.split(b"\n")
    joined: list[bytes] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        last = index + 1
        while last < len(lines) and not _NEW_BLOCK.match(lines[last]):
            if lines[last].count(b"**") % 2:
                break
            last += 1
        closes = last < len(lines) and not _NEW_BLOCK.match(lines[last])
        if (
            line.count(b"**") % 2
            and b"](" not in line
            and closes
            and _CLOSES_BOLD_BEFORE_LINK.search(lines[last])
        ):
            parts = [line.rstrip(b" \t\r"), *(part.strip() for part in lines[index + 1 : last])]
            joined.append(b" ".join([*parts, lines[last].lstrip(b" \t")]))
            index = last + 1
        else:
            joined.append(line)
            index += 1
    return b"\n".join(joined)


def joined_wraps(data: bytes) -> bytes:
    """``data`` with every wrapped link and bold title joined onto one line, as fix joins them:
    each line break becomes a space, or nothing before the closing bracket or parenthesis."""
    data = _WRAPPED_DESTINATION.sub(rb"\1", data)
    data = _WRAPPED_LINK.sub(
        lambda match: match[1] + (b"" if match[2].startswith(b"]") else b" ") + match[2], data
    )
    return _joined_bold_titles(data)


def assert_lossless(before: bytes, after: bytes) -> None:
    """Fail unless ``after`` differs from ``before`` only inside entries and only by canonical
    rewrites: same BOM, same lines outside entries, same entries with the same content."""
    assert after.startswith(b"\xef\xbb\xbf") == before.startswith(b"\xef\xbb\xbf")
    old, new = parse_bytes(joined_wraps(before)), parse_bytes(after)
    assert outside_entries(new) == outside_entries(old)
    assert [content(entry) for entry in new.document.entries] == [
        content(entry) for entry in old.document.entries
    ]
