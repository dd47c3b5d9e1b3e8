"""entry-title: a title a reader cannot trust as written."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from awesomelint._diagnostics import Applicability, Diagnostic, Severity
from awesomelint._entry_text import is_web
from awesomelint._inline import find_links
from awesomelint._model import Entry, Span
from awesomelint._rules._base import Context, EntryRule, ParsedFile, replace_span

_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"))
_SPACES = re.compile(r"\s{2,}")


#: What damaged text looks like: a ligature, a replacement character, or two neighbours from
#: the Latin-1, Windows-1252 and Mac Roman repertoires ("â€™", "Ã©", "≈Å"). Only such titles
#: are handed to ftfy, which is slow to import and to run.
_SUSPECT = re.compile(
    "[\ufb00-\ufb06\ufffd]|[\u0080-\u02ff\u2013-\u2044\u20ac\u2122\u2202-\u25ca]{2}"
)


def repaired(title: str) -> str:
    """The title with mojibake undone and ligatures spelt out (ftfy, imported only if needed)."""
    if title.isascii() or not _SUSPECT.search(title):
        return title
    import ftfy

    # Curly quotes and full-width forms are deliberate typography, not damage.
    return ftfy.fix_text(title, uncurl_quotes=False, fix_character_width=False, normalization="NFC")


class EntryTitle(EntryRule):
    """Titles are what readers scan and what arXiv checks compare, so they must be intact.

    Reported: an empty title; whitespace at the edges of the link text or doubled inside it
    (fixable); brackets or quotes that do not balance; mojibake such as "≈Åukasz" for "Łukasz"
    (UTF-8 read as Mac Roman; an error) and typographic ligatures such as "ﬂ" (a warning: they
    read correctly but defeat search). The repair uses ftfy: an unsafe fix for mojibake, a safe
    one for ligatures.

    Also reported: a link wrapped onto the next line (``[Title that goes`` / ``on](…)``, or
    ``[Title](https://…`` / ``)``), and a bold title wrapped over lines before its links
    (``**Title that goes`` / ``on** [[paper](…)]``). Markdown renders them, but an entry's
    title and link must stand on one line to be read as an entry; the safe fix joins the lines.
    """

    name = "entry-title"
    code = "AL101"
    severity = Severity.ERROR
    summary = "Title is empty, padded, unbalanced or garbled"
    fixable = True

    def check(self, context: Context) -> Iterator[Diagnostic]:
        yield from super().check(context)
        for file in context.files:
            yield from self._wrapped_links(file)
            yield from self._wrapped_bold_titles(file)

    def _wrapped_links(self, file: ParsedFile) -> Iterator[Diagnostic]:
        lines = file.source.lines
        for number in sorted(file.continued_lines):
            line = lines[number - 1]
            if line.count("[") <= line.count("]") and line.count("(") <= line.count(")"):
                continue  # no bracket or parenthesis left open at the line's end
            join = _line_join(lines, number)
            end = len(line.rstrip())
            joined = line[:end] + join.text + lines[number][join.span.end_column - 1 :]
            wrapped = next(
                (
                    link
                    for link in find_links(joined)
                    if link.start < end < link.end and not (link.is_bare or link.is_unclosed)
                ),
                None,
            )
            if wrapped is None:
                continue
            yield self.report(
                file,
                Span(number, wrapped.start + 1, number, end + 1),
                "link wrapped across two lines: join them so the entry reads as one",
                edits=[replace_span(file.source, join.span, join.text)],
                # Markdown renders it; the harm is to the entry model, not to readers.
                severity=Severity.WARNING,
                reparse=True,  # the joined lines are an entry, with fixes of its own
            )

    def _wrapped_bold_titles(self, file: ParsedFile) -> Iterator[Diagnostic]:
        """A bold title opened on a line that links nothing and closed on a line below it in
        the same paragraph, before a web link: ``* [2024/01] **SpecGen: Automated Generation
        of Formal`` / ``  Program Specifications …** *Ma et al.* [[paper](…)]``."""
        lines = file.source.lines
        continued = file.continued_lines
        closed = 0  # the line that closed the last bold span found
        for number in sorted(continued):
            line = lines[number - 1]
            if number <= closed or line.count("**") % 2 == 0:
                continue
            last = number + 1  # the paragraph goes on: find the line closing the bold
            while lines[last - 1].count("**") % 2 == 0 and last in continued:
                last += 1
            closing = lines[last - 1]
            if closing.count("**") % 2 == 0:
                continue  # the paragraph ends with the bold open
            closed = last
            if line.count("[") > line.count("]") or find_links(line):
                continue  # a bold link text wrapped: reported as a wrapped link
            bold_end = closing.index("**")
            if not any(is_web(link) and link.start > bold_end for link in find_links(closing)):
                continue
            joins = [_line_join(lines, between) for between in range(number, last)]
            yield self.report(
                file,
                Span(number, line.rindex("**") + 1, number, len(line.rstrip()) + 1),
                "bold title wrapped across lines: join them so the entry reads as one",
                edits=[replace_span(file.source, join.span, join.text) for join in joins],
                severity=Severity.WARNING,
                reparse=True,
            )

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        title = entry.title
        span = entry.title_span
        if not title.strip():
            yield self.report(file, span, "empty title: write the paper's title in the link text")
            return
        tidy = _SPACES.sub(" ", title.strip())
        if tidy != title:
            yield self.report(
                file,
                span,
                "whitespace at the edges of the title or doubled inside it: remove it",
                edits=[replace_span(file.source, span, tidy)],
                severity=Severity.WARNING,
            )
        for opening, closing in _PAIRS:
            if title.count(opening) != title.count(closing):
                yield self.report(
                    file, span, f"unbalanced '{opening}{closing}' in title: close or remove it"
                )
        if title.count('"') % 2:
            yield self.report(file, span, "unbalanced '\"' in title: close or remove it")
        fixed = repaired(tidy)
        if fixed != tidy:
            ligature = unicodedata.normalize("NFKC", tidy) == fixed
            kind = "typographic ligature" if ligature else "garbled characters (mojibake)"
            yield self.report(
                file,
                span,
                f"{kind} in title: write '{fixed}'",
                edits=[replace_span(file.source, span, fixed)],
                applicability=Applicability.SAFE if ligature else Applicability.UNSAFE,
                # A ligature reads correctly and only defeats search; mojibake does not read.
                severity=Severity.WARNING if ligature else Severity.ERROR,
            )


class _Join(NamedTuple):
    """Where two lines of a paragraph meet — from the end of the first line's text to the
    start of the second's — and what joins them: a space, as the line break renders, or
    nothing before a closing bracket."""

    span: Span
    text: str


def _line_join(lines: list[str], number: int) -> _Join:
    """How line ``number`` and the line after it join into one."""
    following = lines[number]
    indent = len(following) - len(following.lstrip())
    joiner = "" if following.startswith(("]", ")"), indent) else " "
    return _Join(Span(number, len(lines[number - 1].rstrip()) + 1, number + 1, indent + 1), joiner)
