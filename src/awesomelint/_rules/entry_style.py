"""entry-style: bullets, indentation and spacing that differ from the rest of the list."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from awesomelint._blocks import indent_width
from awesomelint._diagnostics import Applicability, Diagnostic, Edit, Severity
from awesomelint._model import Entry, Span
from awesomelint._model import EntryStyle as Style
from awesomelint._rules._base import Context, ParsedFile, Rule
from awesomelint._source import SourceFile

_MARKER = re.compile(r"([ \t]*)([-*+])([ \t]+)")
SUB_INDENT = 2


def _lines(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"line {numbers[0]}"
    return (
        f"lines {numbers[0]}–{numbers[-1]}"
        if numbers == list(range(numbers[0], numbers[-1] + 1))
        else "lines " + ", ".join(map(str, numbers))
    )


class EntryStyle(Rule):
    """Entries edited by many hands drift apart in layout; one layout makes a diff show content.

    Reported, all fixable: an entry or sub-bullet marker other than the list's own majority
    bullet (or the configured ``bullet``); sub-bullets not indented two spaces under their
    parent, or an entry item not at its list's indentation; one space after the marker;
    trailing spaces or hard-break double spaces on entry lines; blank lines between the
    entries of a section that differ from that section's majority (one blank line or none).
    Changing a gap of no blank line into one (or back) changes how Markdown renders the
    list: that fix is unsafe.
    """

    name = "entry-style"
    code = "AL107"
    severity = Severity.WARNING
    summary = "Bullet marker, indentation or spacing inconsistent with the list"
    fixable = True

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for file in context.files:
            bullet = _bullet(file, context.config.bullet)
            for entry in file.document.entries:
                if entry.indent_base is not None:
                    yield from self._layout(file, entry, bullet)
                yield from self._trailing(file, entry)
            yield from self._gaps(file)

    def _layout(self, file: ParsedFile, entry: Entry, bullet: str) -> Iterator[Diagnostic]:
        """Markers and indentation of an item entry and its sub-bullets: one finding an entry,
        with one edit a line."""
        source = file.source
        assert entry.indent_base is not None
        # (original indent, canonical indent) of the enclosing items, innermost last.
        parents: list[tuple[int, int]] = []
        delta = 0
        problems: dict[str, list[int]] = {}
        edits: list[Edit] = []
        for number in range(entry.span.line, entry.span.end_line + 1):
            line = source.lines[number - 1]
            if not line.strip():
                continue
            width, chars = indent_width(line)
            marker = _MARKER.match(line)
            if marker is None:
                wanted = max(width + delta, 0)
                replacement, end = " " * wanted, chars
            else:
                while parents and width <= parents[-1][0]:
                    parents.pop()
                wanted = parents[-1][1] + SUB_INDENT if parents else entry.indent_base
                parents.append((width, wanted))
                delta = wanted - width
                replacement, end = " " * wanted + bullet + " ", marker.end()
                if marker.group(2) != bullet:
                    problems.setdefault(f"bullet '{marker.group(2)}' (use '{bullet}')", []).append(
                        number
                    )
                if marker.group(3) != " ":
                    problems.setdefault("not one space after the bullet", []).append(number)
            if line[:chars] != " " * wanted:
                what = "tab indentation" if "\t" in line[:chars] else f"indent {width}"
                problems.setdefault(f"{what} (use {wanted})", []).append(number)
            if line[:end] != replacement:
                edits.append(
                    Edit(
                        start=source.offset(number, 1),
                        end=source.offset(number, end + 1),
                        text=replacement,
                    )
                )
        if problems:
            first = min(number for numbers in problems.values() for number in numbers)
            described = "; ".join(
                f"{problem} on {_lines(numbers)}" for problem, numbers in problems.items()
            )
            yield self.report(
                file,
                Span(
                    line=first,
                    column=1,
                    end_line=first,
                    end_column=len(source.lines[first - 1]) + 1,
                ),
                f"{described}: re-indent the entry",
                edits=edits,
            )

    def _trailing(self, file: ParsedFile, entry: Entry) -> Iterator[Diagnostic]:
        source = file.source
        for number in range(entry.span.line, entry.span.end_line + 1):
            line = source.lines[number - 1]
            kept = line.rstrip(" \t")
            if kept != line and kept:
                yield self.report(
                    file,
                    Span(
                        line=number, column=len(kept) + 1, end_line=number, end_column=len(line) + 1
                    ),
                    "trailing whitespace on an entry line: remove it",
                    edits=[
                        Edit(
                            start=source.offset(number, len(kept) + 1),
                            end=source.offset(number, len(line) + 1),
                            text="",
                        )
                    ],
                )

    def _gaps(self, file: ParsedFile) -> Iterator[Diagnostic]:
        """Blank lines between consecutive entries of one section, against its majority.

        Only entries of one kind — sibling items of a list, link lines, heading entries — are
        held to the majority: between other neighbours a blank line is structure, not style (a
        blank line ends a table; removing the one before a paragraph makes it part of the item
        above), so there a run of blank lines only shrinks to one, which changes nothing.
        """
        source = file.source
        entries = file.document.entries
        gaps: list[tuple[Entry, Entry, list[int], bool]] = []
        for before, after in pairwise(entries):
            between = list(range(before.span.end_line + 1, after.span.line))
            if (
                before.section == after.section
                and before.span.end_line < after.span.line
                and all(not source.lines[n - 1].strip(" \t") for n in between)
            ):
                kind = _gap_kind(before)
                alike = kind is not None and kind == _gap_kind(after)
                gaps.append((before, after, between, alike))
        majority: dict[tuple[str, ...], int] = {}
        votes: dict[tuple[str, ...], Counter[int]] = {}
        for before, _, between, alike in gaps:
            if alike:
                votes.setdefault(before.section, Counter())[min(len(between), 1)] += 1
        for section, counter in votes.items():
            majority[section] = 1 if counter[1] >= counter[0] else 0
        for before, after, between, alike in gaps:
            if alike:
                wanted = majority[before.section]
            elif between:
                wanted = 1
            else:
                continue
            if len(between) == wanted and all(source.lines[n - 1] == "" for n in between):
                continue
            start = source.offset(
                before.span.end_line, len(source.lines[before.span.end_line - 1]) + 1
            )
            end = source.offset(after.span.line, 1)
            newline = source.newline
            unsafe = min(len(between), 1) != wanted
            yield self.report(
                file,
                Span(
                    line=before.span.end_line + 1 if between else after.span.line,
                    column=1,
                    end_line=after.span.line,
                    end_column=1,
                ),
                f"{_gap(source, between)} between entries where this section uses "
                f"{'one blank line' if wanted else 'none'}: use {'one' if wanted else 'none'}"
                if alike
                else f"{_gap(source, between)} between entries: use one blank line",
                edits=[Edit(start=start, end=end, text=newline * (wanted + 1))],
                applicability=Applicability.UNSAFE if unsafe else Applicability.SAFE,
            )


def _gap_kind(entry: Entry) -> tuple[object, ...] | None:
    """What two neighbouring entries must share for the blank lines between them to be style:
    items of one list level, link lines at one indentation, or headings; None for the rest."""
    if entry.indent_base is not None:
        return ("item", entry.indent_base)
    if entry.style is Style.LINK_PARAGRAPH:
        return ("paragraph", entry.span.column)
    if entry.style is Style.HEADING:
        return ("heading",)
    return None


def _gap(source: SourceFile, between: list[int]) -> str:
    if any(source.lines[n - 1] for n in between):
        return "a whitespace-only line"
    return {0: "no blank line", 1: "one blank line"}.get(
        len(between), f"{len(between)} blank lines"
    )


def _bullet(file: ParsedFile, configured: str) -> str:
    """The bullet entries should use: the configured one, or the file's majority."""
    if configured != "consistent":
        return configured
    votes = Counter(
        match.group(2)
        for entry in file.document.entries
        if entry.indent_base is not None
        and (match := _MARKER.match(file.source.lines[entry.span.line - 1]))
    )
    return max(votes, key=lambda marker: (votes[marker], marker == "-")) if votes else "-"
