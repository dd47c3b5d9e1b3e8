"""arxiv-url: an arXiv link in a form other than the list's canonical one."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._arxiv.ids import canonical_url
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._arxiv_links import arxiv_links
from awesomelint._rules._base import Context, EntryRule, ParsedFile, replace_span


class ArxivUrl(EntryRule):
    """One paper should have one address, so duplicates are visible and links do not pin an
    outdated version. arXiv links are written ``https://arxiv.org/abs/<id>`` by default;
    ``[tool.awesomelint.arxiv]`` can choose the pdf form (``url_form = "pdf"``) or keep
    versions (``keep_version = true``).

    Reported (fixable): ``pdf/`` or ``html/`` links, a ``.pdf`` suffix, a pinned ``vN``,
    ``http://``, ``www.`` or ``export.`` hosts, query strings and fragments.
    """

    name = "arxiv-url"
    code = "AL202"
    severity = Severity.WARNING
    summary = "arXiv link is not in the canonical form"
    fixable = True

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        settings = context.config.arxiv
        for link, ref in arxiv_links(entry):
            wanted = canonical_url(ref, form=settings.url_form, keep_version=settings.keep_version)
            if link.url != wanted:
                yield self.report(
                    file,
                    link.url_span,
                    f"arXiv link '{link.url}' is not canonical: write '{wanted}'",
                    edits=[replace_span(file.source, link.url_span, wanted)],
                )
