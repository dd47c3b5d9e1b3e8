"""The arXiv links of entries, shared by the arxiv-* rules."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._arxiv.ids import ArxivRef, parse_arxiv_url
from awesomelint._model import Entry, Link
from awesomelint._rules._base import Context, ParsedFile


def arxiv_links(entry: Entry) -> Iterator[tuple[Link, ArxivRef]]:
    """Every link of ``entry`` that points at an arXiv paper, with its parsed reference."""
    for link in entry.links:
        ref = parse_arxiv_url(link.url)
        if ref is not None:
            yield link, ref


def arxiv_entries(context: Context) -> Iterator[tuple[ParsedFile, Entry, str]]:
    """Entries whose main link is an arXiv paper, with its id."""
    for file in context.files:
        for entry in file.document.entries:
            if entry.arxiv_id is not None:
                yield file, entry, entry.arxiv_id


def place(file: ParsedFile, entry: Entry) -> str:
    return f"{file.source.path}:{entry.span.line}"
