"""entry-field: labelled fields that are unknown, misspelt, out of order, repeated or empty."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._diagnostics import Diagnostic, Edit, Severity
from awesomelint._model import Entry, Field
from awesomelint._rules._base import Context, EntryRule, ParsedFile
from awesomelint._rules._fixes import label_edit
from awesomelint._schema import field_order
from awesomelint._vocabulary import CANONICAL_ORDER


class EntryField(EntryRule):
    """Every entry of a list should read the same: the same labels, in the same order, each once.

    Reported: a label awesomelint does not know (check the spelling or add it to the schema);
    a known label spelt another way ("ExpEnv:" for "Environment:", fixable — "Keywords:" is
    entry-keywords' business); fields out of the schema order (fixable when the fields are
    consecutive one-line sub-bullets: they are reordered); a field given twice; an empty field.
    """

    name = "entry-field"
    code = "AL105"
    severity = Severity.WARNING
    summary = "Field label unknown or non-canonical, fields out of order, repeated or empty"
    fixable = True

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        labelled = [field for field in entry.fields if field.label_span is not None]
        seen: set[str] = set()
        for field in entry.fields:
            span = field.label_span or field.span
            if field.label in seen:
                yield self.report(file, span, f"field '{field.label}' given twice: merge them")
            seen.add(field.label)
            if not field.value.strip():
                yield self.report(file, span, f"field '{field.label}' is empty: fill or remove it")
        for field in labelled:
            if field.label not in CANONICAL_ORDER:
                yield self.report(
                    file,
                    field.label_span or field.span,
                    f"unknown field label '{field.raw_label}': use one of "
                    f"{', '.join(CANONICAL_ORDER)}",
                )
            elif field.label != "Keywords":
                edit = label_edit(file, field)
                if edit is not None:
                    yield self.report(
                        file,
                        field.label_span or field.span,
                        _label_message(field),
                        edits=[edit],
                    )
        yield from self._order(file, entry)

    def _order(self, file: ParsedFile, entry: Entry) -> Iterator[Diagnostic]:
        order = writing_order(file.expected_fields(entry))
        known = [field for field in entry.fields if field.label in order]
        wanted = sorted(known, key=lambda field: order.index(field.label))
        if [f.label for f in known] == [f.label for f in wanted]:
            return
        first = next(f for f, w in zip(known, wanted, strict=True) if f.label != w.label)
        fixable = known == entry.fields and _authors_stay(known, wanted)
        yield self.report(
            file,
            first.label_span or first.span,
            f"fields out of order: write them as {', '.join(f.label for f in wanted)}",
            edits=_reorder(file, entry.fields, wanted) if fixable else (),
        )


def writing_order(expected: list[str]) -> list[str]:
    """Every known label in the order fields are written: the schema's labels in its order,
    then the others in canonical order — except the labels that canonically come before all
    of the schema's, which come first.

    Appending those too would put, in a section where too few entries have authors for the
    schema to expect them, an entry's authors below its keywords: where the parser no longer
    reads an unlabelled line as authors.
    """
    order = field_order(expected)
    known = [label for label in expected if label in CANONICAL_ORDER]
    if not known:
        return order
    first = min(CANONICAL_ORDER.index(label) for label in known)
    leading = [label for label in CANONICAL_ORDER[:first] if label not in expected]
    return [*leading, *(label for label in order if label not in leading)]


def _authors_stay(fields: list[Field], wanted: list[Field]) -> bool:
    """Whether an unlabelled authors line keeps its place: it is recognised only as an entry's
    first field, so a reorder that moves it would turn the authors into a note."""
    return all(
        wanted[index] is field
        for index, field in enumerate(fields)
        if field.raw_label is None and field.label == "Authors"
    )


def _reorder(file: ParsedFile, fields: list[Field], wanted: list[Field]) -> list[Edit]:
    """Swap whole field lines when the fields are consecutive single lines; else no fix."""
    lines = [field.span.line for field in fields]
    if any(f.span.line != f.span.end_line for f in fields) or lines != list(
        range(lines[0], lines[0] + len(lines))
    ):
        return []
    source = file.source
    texts = {field.span.line: source.lines[field.span.line - 1] for field in fields}
    start = source.offset(lines[0], 1)
    end = source.offset(lines[-1], len(source.lines[lines[-1] - 1]) + 1)
    newline = source.newline
    indents = [text[: len(text) - len(text.lstrip())] for text in texts.values()]
    body = [texts[field.span.line].lstrip() for field in wanted]
    return [
        Edit(
            start=start,
            end=end,
            text=newline.join(i + b for i, b in zip(indents, body, strict=True)),
        )
    ]


def _label_message(field: Field) -> str:
    """Say what differs: the label's spelling, or only the spacing around its colon."""
    if field.raw_label == field.label:
        return f"no single space after '{field.label}:': write '{field.label}: '"
    return f"field label written '{field.raw_label}:': write '{field.label}: '"
