"""arxiv-mislabel: an entry whose arXiv id belongs to another paper."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._arxiv.titles import TitleMatch, compare_titles
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._arxiv_links import entries_by_id, place, same_paper_groups
from awesomelint._rules._base import Context, ParsedFile, Rule, other_places


class ArxivMislabel(Rule):
    """A new paper pasted under an old paper's arXiv id sends readers to the wrong paper, and
    no URL check can see it.

    Offline, one id under two different titles is reported on both entries, each naming the
    other. With arXiv metadata (online, cached, or from the lockfile), an entry title that is
    not the arXiv title of its id is reported: a clear short form or abbreviation ("Red Teaming
    LLMs") as a warning, a different paper as an error showing arXiv's title — and, when
    arXiv's title search finds the entry's own title, the id it should have had. Titles are
    compared case- and quote-insensitively, without markup, ligatures or appended tags.
    """

    name = "arxiv-mislabel"
    code = "AL204"
    severity = Severity.ERROR
    summary = "arXiv id belongs to a paper with another title"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for arxiv_id, uses in entries_by_id(context).items():
            paper = context.papers.get(arxiv_id)
            if paper is not None:
                for file, entry in uses:
                    yield from self._against_metadata(file, entry, arxiv_id, paper.title, context)
                continue
            groups = same_paper_groups(uses)
            for group in groups if len(groups) > 1 else ():
                names = other_places(
                    (
                        use
                        for other_group in groups
                        if other_group is not group
                        for use in other_group
                    ),
                    lambda use: f"'{use[1].title}' at {place(*use)}",
                )
                for file, entry in group:
                    assert entry.url_span is not None
                    yield self.report(
                        file,
                        entry.url_span,
                        f"arXiv {arxiv_id} is also the link of {names}: "
                        "one of the two ids is wrong",
                    )

    def _against_metadata(
        self, file: ParsedFile, entry: Entry, arxiv_id: str, arxiv_title: str, context: Context
    ) -> Iterator[Diagnostic]:
        assert entry.url_span is not None
        match = compare_titles(entry.title, arxiv_title)
        if match is TitleMatch.SAME:
            return
        if match is TitleMatch.SHORT_FORM:
            yield self.report(
                file,
                entry.title_span,
                f"title is a short form of arXiv {arxiv_id}'s '{arxiv_title}': "
                "consider the full title",
                severity=Severity.WARNING,
            )
            return
        suggestion = context.suggested_ids.get(entry.title)
        hint = f"; '{entry.title}' is arXiv {suggestion}" if suggestion else ""
        yield self.report(
            file,
            entry.url_span,
            f"arXiv {arxiv_id} is '{arxiv_title}', not this entry's paper{hint}: fix the link",
        )
