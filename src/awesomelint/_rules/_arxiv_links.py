"""The arXiv links of entries, and the grouping of entries that name one paper, shared by the
arxiv-* rules and link-duplicate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from awesomelint._arxiv.ids import ArxivRef, parse_arxiv_url
from awesomelint._arxiv.titles import TitleMatch, compare_titles, normalise_title
from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry, Link
from awesomelint._rules._base import Context, ParsedFile, Rule, other_places


def arxiv_links(entry: Entry) -> Iterator[tuple[Link, ArxivRef]]:
    """Every link of ``entry`` that points at an arXiv paper, with its parsed reference."""
    for link in entry.links:
        ref = parse_arxiv_url(link.url)
        if ref is not None:
            yield link, ref


Use = tuple[ParsedFile, Entry]


def entries_by_id(context: Context) -> dict[str, list[Use]]:
    """Entries whose main link is an arXiv paper, grouped by its id, in file order."""
    by_id: dict[str, list[Use]] = defaultdict(list)
    for file in context.files:
        for entry in file.document.entries:
            if entry.arxiv_id is not None:
                by_id[entry.arxiv_id].append((file, entry))
    return by_id


#: Beyond this many differently spelt titles under one link, the link is a page that many
#: papers share (a blog of reading notes, a placeholder), not one paper listed twice or
#: mislabelled: only titles spelt alike are then grouped. Comparing each title with every other
#: grows with the square of their number — minutes for a thousand entries under one link.
MOST_TITLES_COMPARED = 16


def same_paper_groups(uses: list[Use]) -> list[list[Use]]:
    """Split the entries under one link into groups that name the same paper.

    Titles are compared once per distinct title, not once per pair of entries, so a list that
    repeats one paper many times costs no more than one that lists it twice; and only under
    a link that few titles share (see ``MOST_TITLES_COMPARED``).
    """
    by_title: dict[str, list[Use]] = {}
    for use in uses:
        by_title.setdefault(use[1].title, []).append(use)
    if len(by_title) == 1:
        return [uses]
    keys = {title: normalise_title(title) for title in by_title}
    compared = len(set(keys.values())) <= MOST_TITLES_COMPARED
    groups: list[list[Use]] = []
    by_key: dict[str, list[Use]] = {}
    for title, same_title in by_title.items():
        key = keys[title]
        group = by_key.get(key)
        if group is None and compared:
            group = next(
                (candidate for candidate in groups if _same_paper(title, candidate[0][1].title)),
                None,
            )
        if group is None:
            group = []
            groups.append(group)
        by_key[key] = group
        group.extend(same_title)
    return groups


def listed_twice(rule: Rule, use: Use, twins: list[Use], listed: str) -> Diagnostic:
    """``rule``'s report that the paper of ``use`` is listed again as ``twins`` (``listed``
    names what they share): an error when one of them is in the same section of the same
    file; a warning otherwise, as lists file a paper under each of its topics on purpose."""
    file, entry = use
    assert entry.url_span is not None
    said = f"{listed} is also listed at {other_places(twins, lambda twin: place(*twin))}"
    if any(other is file and twin.section == entry.section for other, twin in twins):
        return rule.report(file, entry.url_span, f"{said}: keep one entry")
    return rule.report(
        file,
        entry.url_span,
        f"{said} (another section): keep one unless it belongs under both",
        severity=Severity.WARNING,
    )


def place(file: ParsedFile, entry: Entry) -> str:
    """``path:line`` of an entry, for messages that name other places."""
    return f"{file.source.path}:{entry.span.line}"


def _same_paper(title: str, other: str) -> bool:
    """Whether two list titles may name one paper, whichever of them is the short form
    ("Flamingo" and "Flamingo: a Visual Language Model for Few-Shot Learning")."""
    return any(
        compare_titles(short, full) is not TitleMatch.DIFFERENT
        for short, full in ((title, other), (other, title))
    )
