"""Edits that more than one rule offers."""

from __future__ import annotations

from awesomelint._diagnostics import Edit
from awesomelint._model import Field
from awesomelint._rules._base import ParsedFile


def label_edit(file: ParsedFile, field: Field) -> Edit | None:
    """Rewrite ``Key Words:  value`` as ``Keywords: value`` (and ``**Key Words** :`` as
    ``**Keywords**:``, keeping the emphasis); None when it already is."""
    label = field.label_span
    if field.raw_label is None or label is None:
        return None
    # The label starts the field's line; the value follows the colon and its spacing.
    start = file.source.offset(field.line, field.column)
    end = file.source.offset(field.line, field.value_column)
    written = file.source.text[start:end]
    opening = written[: label.column - field.column]
    closing = "".join(written[label.end_column - field.column :].split())
    wanted = f"{opening}{field.label}{closing}" + (" " if field.value else "")
    if written == wanted:
        return None
    return Edit(start=start, end=end, text=wanted)


def rewrite_value(file: ParsedFile, field: Field, value: str) -> Edit:
    start, end = file.source.span_offsets(field.value_span)
    return Edit(start=start, end=end, text=value)
