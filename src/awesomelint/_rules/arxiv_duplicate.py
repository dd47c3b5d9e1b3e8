"""arxiv-duplicate: one arXiv paper as the main link of two entries, whatever its URL form."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from awesomelint._arxiv.titles import TitleMatch, compare_titles
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._arxiv_links import arxiv_entries, place
from awesomelint._rules._base import Context, ParsedFile, Rule


class ArxivDuplicate(Rule):
    """The same paper listed twice — often as ``abs/X``, ``pdf/X.pdf`` and ``abs/Xv2`` — splits
    its notes and inflates the list. Ids are compared, not URLs, within a file and across all
    files checked together; each report names the other places. Two entries that share an id
    under different titles are arxiv-mislabel's business instead (one of the ids is wrong).
    """

    name = "arxiv-duplicate"
    code = "AL203"
    severity = Severity.ERROR
    summary = "The same arXiv paper is listed twice"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        by_id: dict[str, list[tuple[ParsedFile, Entry]]] = defaultdict(list)
        for file, entry, arxiv_id in arxiv_entries(context):
            by_id[arxiv_id].append((file, entry))
        for arxiv_id, uses in by_id.items():
            for file, entry in uses:
                same = [
                    (other_file, other)
                    for other_file, other in uses
                    if other is not entry
                    and compare_titles(entry.title, other.title) is not TitleMatch.DIFFERENT
                ]
                if not same:
                    continue
                assert entry.url_span is not None
                others = "; ".join(place(other_file, other) for other_file, other in same)
                yield self.report(
                    file,
                    entry.url_span,
                    f"arXiv {arxiv_id} is also listed at {others}: keep one entry",
                )
