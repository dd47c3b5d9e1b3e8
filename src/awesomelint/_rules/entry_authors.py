"""entry-authors: missing or malformed author lists."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Entry
from awesomelint._rules._base import Context, EntryRule, ParsedFile
from awesomelint._vocabulary import without_asides

#: Anything but letters, spaces, initials' dots, apostrophes, hyphens and the comma of "Ha, D."
#: (a comma between names never reaches a name), once a (nickname) or a "nickname" is set aside.
_STRAY = re.compile(r"[^\w\s.,'’\-]")


class EntryAuthors(EntryRule):
    """Authors are how readers recognise a paper; a list whose schema has them should have
    them on every entry, as a clean comma-separated list of names.

    Reported: no authors where the section's schema expects them; an empty name (",,", a
    trailing comma); a name carrying stray punctuation (footnote marks, asterisks, brackets).
    """

    name = "entry-authors"
    code = "AL102"
    severity = Severity.WARNING
    summary = "Authors missing where expected, or a name is empty or has stray punctuation"

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        field = entry.field("Authors")
        if field is None:
            if "Authors" in file.expected_fields(entry):
                yield self.report(
                    file, entry.title_span, "missing authors: add a line of author names"
                )
            return
        if any(not name for name in entry.authors):
            yield self.report(file, field.value_span, "empty author name: remove the extra comma")
        for name in entry.authors:
            # Setting asides apart only takes characters away: most names need no second look.
            if _STRAY.search(name) and _STRAY.search(without_asides(name)):
                yield self.report(
                    file, field.value_span, f"stray punctuation in author name '{name}': remove it"
                )
