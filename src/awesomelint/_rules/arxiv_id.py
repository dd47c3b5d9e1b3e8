"""arxiv-id: an arXiv identifier that cannot exist, or that arXiv does not know."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._arxiv.ids import id_problem
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._arxiv_links import arxiv_links
from awesomelint._rules._base import Context, EntryRule, ParsedFile


class ArxivId(EntryRule):
    """A link to an arXiv id that was never assigned leads readers to an error page.

    Reported: an id that cannot exist — a month outside 01–12, four digits after the dot for a
    month after 2014-12 or five before 2015-01, a month before arXiv began — and, when arXiv
    metadata is available (online or from the lockfile), an id arXiv says it does not have.
    """

    name = "arxiv-id"
    code = "AL201"
    severity = Severity.ERROR
    summary = "arXiv id cannot exist or is unknown to arXiv"

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        for link, ref in arxiv_links(entry):
            problem = id_problem(ref.id)
            if problem:
                yield self.report(file, link.url_span, f"arXiv id {ref.id} cannot exist: {problem}")
            elif ref.id in context.papers and context.papers[ref.id] is None:
                yield self.report(
                    file, link.url_span, f"arXiv has no paper {ref.id}: check the link"
                )
