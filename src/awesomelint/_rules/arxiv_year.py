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
    date column "2025-06-12", or the "### 2023" heading or "- **Year 2023**" bullet an entry
    with no year of its own is listed under) cannot be earlier than the paper's first arXiv
    version: such a label belongs to another paper, or the link does. A heading's year is
    reported at the entry's title, which is what has to move.

    Compared at month precision when the label names a month. The submission month comes
    from arXiv metadata when available, else from the id's YYMM — the month arXiv first
    announced the paper, which follows its submission by a month for papers sent in a month's
    last days (a paper sent on 28 February 2025 is 2503.00152). Those are numbered first, in
    the month's first announcement: offline, for an id numbered below 3,000 (1,000 for the
    four-digit numbers before 2015), a label one month before the id's month is no error.
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
            submitted = earliest = (paper.published.year, paper.published.month)
        elif id_problem(entry.arxiv_id) is None:
            submitted = submission_month(entry.arxiv_id)
            earliest = _month_before(submitted) if _announced_first(entry.arxiv_id) else submitted
        else:
            return
        if entry.month:
            too_early = (entry.year, entry.month) < earliest
        else:
            too_early = entry.year < earliest[0]
        if not too_early:
            return
        written = f"{_MONTHS[entry.month - 1]} {entry.year}" if entry.month else str(entry.year)
        first_version = f"arXiv {entry.arxiv_id} ({_MONTHS[submitted[1] - 1]} {submitted[0]})"
        year_line = entry.year_span.line
        if entry.span.line <= year_line <= entry.span.end_line:
            yield self.report(
                file,
                entry.year_span,
                f"year label {written} is earlier than {first_version}: "
                "correct the year or the link",
            )
        else:  # the year of the heading or bullet the entry is listed under
            yield self.report(
                file,
                entry.title_span,
                f"listed under {written} (line {year_line}), earlier than {first_version}: "
                "move the entry or correct the link",
            )


#: How many papers the first announcement of a month numbers at most, by the digits of the
#: number: a few days' submissions (a weekend's, in 2024, about 2,500).
_FIRST_ANNOUNCED = {4: 1_000, 5: 3_000}


def _announced_first(arxiv_id: str) -> bool:
    """Whether a new-style id is numbered in its month's first announcement, which holds
    papers sent in the month before."""
    _, dot, number = arxiv_id.partition(".")
    return bool(dot) and number.isdigit() and int(number) < _FIRST_ANNOUNCED.get(len(number), 0)


def _month_before(month: tuple[int, int]) -> tuple[int, int]:
    year, number = month
    return (year, number - 1) if number > 1 else (year - 1, 12)
