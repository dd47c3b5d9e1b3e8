"""link-duplicate: two entries whose main links are the same page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._arxiv_links import Use, listed_twice, place, same_paper_groups
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

    Reported: the same non-arXiv page as the main link of two entries that name the same
    paper, in one file or across the files checked together; each report names the other
    places. Twice in one section is an error; in two sections (or files) a warning, as lists
    file a paper under each of its topics on purpose. Entries with different titles that
    share their main link (twenty papers linked to one blog post of reading notes) are a
    warning instead: each paper should link to itself, and none of them is to be removed;
    under a page that more than sixteen titles share, only titles spelt alike are taken for
    one paper. (The same arXiv paper under different URL forms is arxiv-duplicate's business.)
    """

    name = "link-duplicate"
    code = "AL108"
    severity = Severity.ERROR
    summary = "The same page is the main link of two entries"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        pages: dict[str, list[Use]] = defaultdict(list)
        for file in context.files:
            for entry in file.document.entries:
                if entry.url and entry.url.startswith("http") and not parse_arxiv_url(entry.url):
                    pages[page_key(entry.url)].append((file, entry))
        for uses in pages.values():
            if len(uses) < 2:
                continue
            for group in same_paper_groups(uses):
                for file, entry in group:
                    yield self._report(file, entry, group, uses)

    def _report(
        self, file: ParsedFile, entry: Entry, group: list[Use], uses: list[Use]
    ) -> Diagnostic:
        assert entry.url_span is not None
        twins = [use for use in group if use[1] is not entry]
        if twins:
            return listed_twice(self, (file, entry), twins, f"'{entry.url}'")
        others = other_places(
            (use for use in uses if use[1] is not entry),
            lambda use: f"'{use[1].title}' at {place(*use)}",
        )
        return self.report(
            file,
            entry.url_span,
            f"'{entry.url}' is also the link of {others}: link each paper to its own page",
            severity=Severity.WARNING,
        )
