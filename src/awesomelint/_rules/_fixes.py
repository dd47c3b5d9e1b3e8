"""Edits that more than one rule offers."""

from __future__ import annotations

from awesomelint._diagnostics import Edit
from awesomelint._model import Field, Span
from awesomelint._rules._base import ParsedFile


def label_edit(file: ParsedFile, field: Field) -> Edit | None:
    """Rewrite ``Key Words:  value`` as ``Keywords: value``; None when it already is."""
    if field.raw_label is None or field.label_span is None:
        return None
    head = Span(
        line=field.span.line,
        column=field.label_span.column,
        end_line=field.span.line,
        end_column=field.value_span.column,
    )
    start, end = file.source.span_offsets(head)
    written = file.source.text[start:end]
    wanted = f"{field.label}: " if field.value else f"{field.label}:"
    if written == wanted:
        return None
    return Edit(start=start, end=end, text=wanted)


def rewrite_value(file: ParsedFile, field: Field, value: str) -> Edit:
    start, end = file.source.span_offsets(field.value_span)
    return Edit(start=start, end=end, text=value)
