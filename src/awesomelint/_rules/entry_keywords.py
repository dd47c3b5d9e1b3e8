"""entry-keywords: missing, empty, repeated keywords and the label's spelling."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._base import Context, EntryRule, ParsedFile
from awesomelint._rules._fixes import label_edit, rewrite_value


class EntryKeywords(EntryRule):
    """Keywords make a long list searchable; they only help when every entry has them and each
    is written once, under one label.

    Reported: no keywords where the section's schema expects them; an empty keyword (",,",
    a trailing comma) or one repeated (fixable: the list is rewritten without them); a label
    spelt other than "Keywords:" ("Keyword:", "Key Words:"; fixable).
    """

    name = "entry-keywords"
    code = "AL103"
    severity = Severity.WARNING
    summary = "Keywords missing where expected, empty, repeated, or under a non-canonical label"
    fixable = True

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        field = entry.field("Keywords")
        if field is None:
            if "Keywords" in file.expected_fields(entry):
                yield self.report(file, entry.title_span, "missing keywords: add 'Keywords: …'")
            return
        edit = label_edit(file, field)
        if edit is not None and field.label_span is not None:
            yield self.report(
                file,
                field.label_span,
                f"keywords label written '{field.raw_label}:': write 'Keywords: '",
                edits=[edit],
            )
        seen: set[str] = set()
        kept: list[str] = []
        problems: list[str] = []
        for keyword in entry.keywords:
            key = keyword.casefold()
            if not keyword:
                problems.append("an empty keyword")
            elif key in seen:
                problems.append(f"'{keyword}' twice")
            else:
                seen.add(key)
                kept.append(keyword)
        if problems:
            yield self.report(
                file,
                field.value_span,
                f"{', '.join(problems)} in keywords: remove the extra ones",
                edits=[rewrite_value(file, field, ", ".join(kept))],
            )
