"""link-duplicate: two entries whose main links are the same page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._base import Context, ParsedFile, Rule, other_places
from awesomelint._rules.entry_url import without_tracking


def page_key(url: str) -> str:
    """A URL reduced to the page it names: scheme, ``www.``, case of the host, a trailing
    slash, a fragment and tracking parameters do not make another page."""
    parts = urlsplit(without_tracking(url.strip()))
    host = parts.netloc.casefold().removeprefix("www.")
    return urlunsplit(("https", host, parts.path.rstrip("/"), parts.query, ""))


class LinkDuplicate(Rule):
    """One resource listed twice makes a list longer, not better, and the two copies drift.

    Reported: the same non-arXiv page as the main link of two entries, in one file or across
    the files checked together; each report names the other places. (The same arXiv paper
    under different URL forms is arxiv-duplicate's business.)
    """

    name = "link-duplicate"
    code = "AL108"
    severity = Severity.ERROR
    summary = "The same page is the main link of two entries"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        pages: dict[str, list[tuple[ParsedFile, Entry]]] = defaultdict(list)
        for file in context.files:
            for entry in file.document.entries:
                if entry.url and entry.url.startswith("http") and not parse_arxiv_url(entry.url):
                    pages[page_key(entry.url)].append((file, entry))
        for uses in pages.values():
            if len(uses) < 2:
                continue
            for file, entry in uses:
                others = other_places(
                    (use for use in uses if use[1] is not entry),
                    lambda use: f"{use[0].source.path}:{use[1].span.line}",
                )
                assert entry.url_span is not None
                yield self.report(
                    file,
                    entry.url_span,
                    f"'{entry.url}' is also listed at {others}: keep one entry",
                )
