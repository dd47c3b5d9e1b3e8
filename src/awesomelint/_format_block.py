"""The entry schema a list declares for itself: its fenced ``format:`` example block.

Field-style lists describe an entry by example (``- author1, author2…``, ``- key words.``), so
each line of the block is matched to a canonical label by the words it contains.
"""

from __future__ import annotations

from awesomelint._blocks import Outline
from awesomelint._vocabulary import FIELD_LINE, canonical_label


def declared_fields(outline: Outline) -> list[str]:
    """Field labels of the list's own fenced ``format:`` block, in its order."""
    for body in outline.fences.values():
        if not body or body[0].strip().rstrip(":").casefold() != "format":
            continue
        labels: list[str] = []
        for line in body[2:]:
            label = _describe(line.strip().lstrip("-*+ ").strip().rstrip("."))
            if label and label not in labels:
                labels.append(label)
        return labels
    return []


_DESCRIPTIONS = (
    ("author", "Authors"),
    ("key word", "Keywords"),
    ("keyword", "Keywords"),
    ("publisher", "Venue"),
    ("venue", "Venue"),
    ("conference", "Venue"),
    ("experiment", "ExpEnv"),
    ("environment", "ExpEnv"),
    ("summary", "Summary"),
    ("code", "Code"),
    ("task", "Task"),
    ("dataset", "Dataset"),
)


def _describe(text: str) -> str | None:
    """The label a line of the block stands for: its own label ("Key: key problems and
    insights" is Keywords), else the words describing the field ("key words.")."""
    labelled = FIELD_LINE.match(text)
    if labelled and canonical_label(labelled.group("label")):
        return canonical_label(labelled.group("label"))
    lowered = text.casefold()
    for needle, label in _DESCRIPTIONS:
        if needle in lowered:
            return label
    return canonical_label(text)
