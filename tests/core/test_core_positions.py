"""Positions: mistune gives none, so every span the parser reports is checked against the text.

For every entry of every seed and corpus list, each span cut out of its source line must be
exactly the thing it claims to locate. Line ends (LF, CRLF, CR) and a byte-order mark must not
move any of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from core_support import CORPUS, SEEDS, all_spans, sliced, source_of, span_of

from awesomelint._model import Entry
from awesomelint._parse import parse
from awesomelint._source import SourceFile, decode

LISTS = SEEDS + CORPUS


def _parsed(path: Path) -> tuple[SourceFile, list[Entry]]:
    source = decode(str(path), path.read_bytes())
    return source, parse(source).entries


def test_the_fixture_lists_are_there() -> None:
    # Every parametrised test below would pass vacuously on an empty directory.
    assert len(SEEDS) == 5
    assert len(CORPUS) >= 3


@pytest.mark.parametrize("path", LISTS, ids=lambda path: path.name)
def test_every_span_slices_to_what_it_names(path: Path) -> None:
    source, entries = _parsed(path)
    assert entries, "a paper list without entries means the parser missed them all"
    for entry in entries:
        where = f"{path.name}:{entry.span.line}"
        assert sliced(source, entry.title_span) == entry.title, where
        if entry.url is not None:
            assert entry.url_span is not None
            assert sliced(source, entry.url_span).strip() == entry.url, where
        for link in [*entry.links, *entry.code]:
            written = sliced(source, link.span)
            if written.startswith("["):
                raw_url = sliced(source, link.url_span)
                closing = ")" if link.closed else ("）" if written.endswith("）") else "")
                assert written == f"[{link.label}]({raw_url}{closing}", where
                assert sliced(source, link.label_span) == link.label, where
                assert raw_url.strip() == link.url, where
            else:  # a bare URL or an <autolink>
                assert written.strip("<>") == link.url == sliced(source, link.url_span), where
        for field in entry.fields:
            assert sliced(source, field.value_span) == field.value, where
            if field.label_span is not None:
                assert sliced(source, field.label_span) == field.raw_label, where
        if entry.year is not None and entry.year_span is not None:
            assert str(entry.year)[2:] in sliced(source, entry.year_span), where


@pytest.mark.parametrize("path", LISTS, ids=lambda path: path.name)
def test_line_ends_and_a_bom_move_no_position(path: Path) -> None:
    data = path.read_bytes()
    assert b"\r" not in data  # the fixtures are LF files: the variants below are made here
    expected = parse(decode(str(path), data))
    variants = {
        "CRLF": data.replace(b"\n", b"\r\n"),
        "CR": data.replace(b"\n", b"\r"),
        "BOM": b"\xef\xbb\xbf" + data,
        "BOM+CRLF": b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"),
    }
    for name, variant in variants.items():
        source = decode(str(path), variant)
        document = parse(source)
        assert document == expected, name
        for entry in document.entries:
            assert sliced(source, entry.title_span) == entry.title, name


def test_columns_on_the_first_line_count_code_points_after_the_bom() -> None:
    text = "- [Ünïcödé Title](https://example.org/a)\n  - Zoë Ångström\n"
    source = decode("bom.md", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert source.has_bom
    (entry,) = parse(source).entries
    # Column 4 is the "Ü": the BOM is not a column, and columns count characters, not bytes.
    assert entry.title_span == span_of(text, 1, "Ünïcödé Title")
    assert entry.url_span == span_of(text, 1, "https://example.org/a")
    authors = entry.field("Authors")
    assert authors is not None
    assert authors.value_span == span_of(text, 2, "Zoë Ångström")
    # Offsets into the decoded text (which fixes edit) agree with the columns.
    start, end = source.span_offsets(entry.title_span)
    assert source.text[start:end] == "Ünïcödé Title"
    start, end = source.span_offsets(authors.value_span)
    assert source.text[start:end] == "Zoë Ångström"


def test_a_url_span_keeps_the_whitespace_written_around_it() -> None:
    text = "- [Padded](  https://example.org/padded )\n"
    source = source_of(text)
    (entry,) = parse(source).entries
    assert entry.url == "https://example.org/padded"
    assert entry.url_span is not None
    assert sliced(source, entry.url_span) == "  https://example.org/padded "


def test_every_span_of_the_seeds_lies_inside_its_line() -> None:
    for path in SEEDS:
        source, _ = _parsed(path)
        for where in all_spans(parse(source)):
            assert 1 <= where.line <= where.end_line <= len(source.lines)
            assert 1 <= where.column <= len(source.lines[where.line - 1]) + 1
            assert 1 <= where.end_column <= len(source.lines[where.end_line - 1]) + 1
