"""entry-field: labelled fields that are unknown, misspelt, out of order, repeated or empty."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from awesomelint._diagnostics import Diagnostic, Edit, Severity
from awesomelint._model import Entry, EntryStyle, Field
from awesomelint._rules._base import Context, EntryRule, ParsedFile
from awesomelint._rules._fixes import label_edit
from awesomelint._schema import field_order
from awesomelint._vocabulary import CANONICAL_ORDER


class EntryField(EntryRule):
    """Every entry of a list should read the same: the same labels, in the same order, each once.

    Reported: a label awesomelint does not know (check the spelling or add it to the schema);
    a known label spelt another way ("ExpEnv:" for "Environment:", fixable — "Keywords:" is
    entry-keywords' business); fields out of the schema order (fixable when the fields are
    consecutive one-line sub-bullets: they are reordered; a table row's follow its header);
    a field given twice; an empty field.
    """

    name = "entry-field"
    code = "AL105"
    severity = Severity.WARNING
    summary = "Field label unknown or non-canonical, fields out of order, repeated or empty"
    fixable = True

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        labelled = [field for field in entry.fields if field.raw_label is not None]
        seen: set[str] = set()
        for field in entry.fields:
            if field.label in seen:
                yield self.report(
                    file,
                    field.label_span or field.span,
                    f"field '{field.label}' given twice: merge them",
                )
            seen.add(field.label)
            if not field.value.strip():
                yield self.report(
                    file,
                    field.label_span or field.span,
                    f"field '{field.label}' is empty: fill or remove it",
                )
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
        if entry.style is EntryStyle.TABLE_ROW:
            return  # a row's fields stand in the header's column order
        rank = _ranks(tuple(file.expected_fields(entry)))
        known = [field for field in entry.fields if field.label in rank]
        wanted = sorted(known, key=lambda field: rank[field.label])
        if [f.label for f in known] == [f.label for f in wanted]:
            return
        first = next(f for f, w in zip(known, wanted, strict=True) if f.label != w.label)
        fixable = (
            known == entry.fields
            and _authors_stay(known, wanted)
            and _written_alike(file, entry.fields)
        )
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


@lru_cache(maxsize=64)
def _ranks(expected: tuple[str, ...]) -> dict[str, int]:
    """Each known label's place in the writing order of a schema; computed once a section."""
    return {label: index for index, label in enumerate(writing_order(list(expected)))}


def _authors_stay(fields: list[Field], wanted: list[Field]) -> bool:
    """Whether an unlabelled authors line keeps its place: it is recognised only as an entry's
    first field, so a reorder that moves it would turn the authors into a note."""
    return all(
        wanted[index] is field
        for index, field in enumerate(fields)
        if field.raw_label is None and field.label == "Authors"
    )


def _written_alike(file: ParsedFile, fields: list[Field]) -> bool:
    """Whether the fields are all bullets or all plain lines (a heading entry's paragraph,
    "**Summary**: …"): a plain line moved below a bullet would join that bullet's text."""
    lines = file.source.lines
    return len({bool(lines[f.line - 1][: f.column - 1].strip()) for f in fields}) <= 1


def _reorder(file: ParsedFile, fields: list[Field], wanted: list[Field]) -> list[Edit]:
    """Move field lines into ``wanted`` order, when the fields are consecutive lines; else no
    fix.

    The fewest lines move, each as the deletion of its text (with the line end before it) and
    an insertion of that text after the line it is to follow; when there is a choice, lines
    whose label another fix rewrites stay in place. So the label, URL and spacing fixes of the
    other lines do not overlap the reorder, and ``fix`` applies them all in one pass instead
    of parsing the list again for a second.
    """
    lines = [field.line for field in fields]
    if lines != list(range(lines[0], lines[0] + len(lines))):
        return []
    source = file.source
    if lines[-1] in file.continued_lines:
        return []  # the last field goes on on the next line, which would not move with it

    def end_of(line: int) -> int:
        return source.offset(line, len(source.lines[line - 1]) + 1)

    staying = _staying(fields, wanted, [label_edit(file, field) is not None for field in fields])
    # Lines that go before every staying line follow the line above the first staying one.
    anchor = min(staying) - 1
    edits: list[Edit] = []
    insertions: dict[int, list[str]] = {}
    for field in wanted:
        if field.line in staying:
            anchor = field.line
            continue
        start, end = end_of(field.line - 1), end_of(field.line)
        edits.append(Edit(start=start, end=end, text=""))
        insertions.setdefault(end_of(anchor), []).append(source.text[start:end])
    edits.extend(Edit(start=at, end=at, text="".join(texts)) for at, texts in insertions.items())
    return edits


def _staying(fields: list[Field], wanted: list[Field], rewritten: list[bool]) -> set[int]:
    """Lines of the largest set of fields already in ``wanted`` order (the rest move), and
    among those of that size, the one keeping the most ``rewritten`` fields in place.

    A heaviest increasing subsequence: each field weighs more than all tie-breaks together.
    """
    rank = {field.line: index for index, field in enumerate(wanted)}
    order = [rank[field.line] for field in fields]
    weight = [len(fields) + 1 + flag for flag in rewritten]
    best: list[int] = []
    previous: list[int | None] = []
    for index, position in enumerate(order):
        before = [j for j in range(index) if order[j] < position]
        parent = max(before, key=lambda j: best[j], default=None)
        best.append(weight[index] + (best[parent] if parent is not None else 0))
        previous.append(parent)
    staying: set[int] = set()
    current: int | None = max(range(len(fields)), key=lambda j: best[j])
    while current is not None:
        staying.add(fields[current].line)
        current = previous[current]
    return staying


def _label_message(field: Field) -> str:
    """Say what differs: the label's spelling, or only the spacing around its colon."""
    if field.raw_label == field.label:
        return f"no single space after '{field.label}:': write '{field.label}: '"
    return f"field label written '{field.raw_label}:': write '{field.label}: '"
