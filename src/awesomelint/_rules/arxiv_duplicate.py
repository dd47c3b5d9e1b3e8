"""arxiv-duplicate: one arXiv paper as the main link of two entries, whatever its URL form."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._rules._arxiv_links import entries_by_id, listed_twice, same_paper_groups
from awesomelint._rules._base import Context, Rule


class ArxivDuplicate(Rule):
    """The same paper listed twice — often as ``abs/X``, ``pdf/X.pdf`` and ``abs/Xv2`` — splits
    its notes and inflates the list. Ids are compared, not URLs, within a file and across all
    files checked together; each report names the other places. Twice in one section is an
    error; in two sections (or files) a warning, as lists file a paper under each of its
    topics on purpose. Two entries that share an id under different titles are
    arxiv-mislabel's business instead (one of the ids is wrong).
    """

    name = "arxiv-duplicate"
    code = "AL203"
    severity = Severity.ERROR
    summary = "The same arXiv paper is listed twice"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for arxiv_id, uses in entries_by_id(context).items():
            for group in same_paper_groups(uses):
                for use in group if len(group) > 1 else ():
                    twins = [twin for twin in group if twin is not use]
                    yield listed_twice(self, use, twins, f"arXiv {arxiv_id}")
