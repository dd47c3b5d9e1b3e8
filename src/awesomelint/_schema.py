"""Which fields an entry is expected to have, and in which order.

The schema comes, in this order, from the project config, from the list's own fenced
``format:`` block, or from the majority of each section: a field that at least 80 % of a
section's entries carry is expected of the rest. Notes-style entries expect nothing, and nor do
sections of bare links (no entry with a single field) under a declared schema.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from awesomelint._config import Config
from awesomelint._model import Document, Entry, EntryStyle
from awesomelint._vocabulary import CANONICAL_ORDER

#: Styles that carry fields; the others are notes and are never missing anything.
FIELD_STYLES = frozenset(
    {EntryStyle.LINK_ITEM, EntryStyle.BRACKET_LABELS, EntryStyle.HEADING, EntryStyle.TABLE_ROW}
)
MAJORITY = 0.8


def expected_fields(document: Document, config: Config) -> dict[tuple[str, ...], list[str]]:
    """Expected field labels per section of ``document``, in schema order."""
    by_section: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for entry in document.entries:
        if entry.style in FIELD_STYLES:
            by_section[entry.section].append(entry)
    declared = config.fields if config.fields is not None else document.declared_fields
    if declared:
        # A declared schema describes the list's paper entries; a section none of whose entries
        # carries a single field (Books, Blogs, Codebases) is a list of links and expects nothing.
        return {
            section: list(declared) if any(entry.fields for entry in entries) else []
            for section, entries in by_section.items()
        }
    return {section: _majority(entries) for section, entries in by_section.items()}


def _majority(entries: list[Entry]) -> list[str]:
    counts = Counter(label for entry in entries for label in {f.label for f in entry.fields})
    needed = MAJORITY * len(entries)
    return [label for label in CANONICAL_ORDER if counts[label] >= needed and counts[label]]


def field_order(expected: list[str]) -> list[str]:
    """The full order fields are written in: the schema, then every other known label."""
    return [*expected, *(label for label in CANONICAL_ORDER if label not in expected)]
