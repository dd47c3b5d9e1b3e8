"""arxiv-year: a year label earlier than the paper itself."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._arxiv.ids import id_problem, submission_month
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._base import Context, EntryRule, ParsedFile

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


class ArxivYear(EntryRule):
    """A year label (a "2024 - " prefix, "(2021)", "(Sept. 2020)", a venue "NeurIPS 2023", a
    date column "2025-06-12") cannot be earlier than the paper's first arXiv version: such a
    label belongs to another paper, or the link does.

    Compared at month precision when the label names a month. The submission month comes
    from arXiv metadata when available, else from the id's YYMM.
    """

    name = "arxiv-year"
    code = "AL205"
    severity = Severity.ERROR
    summary = "Year label is earlier than the paper's arXiv submission"

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        if entry.arxiv_id is None or entry.year is None or entry.year_span is None:
            return
        paper = context.papers.get(entry.arxiv_id)
        if paper is not None:
            submitted = (paper.published.year, paper.published.month)
        elif id_problem(entry.arxiv_id) is None:
            submitted = submission_month(entry.arxiv_id)
        else:
            return
        label = (entry.year, entry.month) if entry.month else (entry.year, 12)
        if label < submitted if entry.month else entry.year < submitted[0]:
            written = f"{_MONTHS[entry.month - 1]} {entry.year}" if entry.month else str(entry.year)
            yield self.report(
                file,
                entry.year_span,
                f"year label {written} is earlier than arXiv {entry.arxiv_id} "
                f"({_MONTHS[submitted[1] - 1]} {submitted[0]}): correct the year or the link",
            )
