"""entry-style: bullets, indentation and spacing that differ from the rest of the list."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from awesomelint._blocks import content_width, indent_width
from awesomelint._diagnostics import Applicability, Diagnostic, Edit, Severity
from awesomelint._model import Entry, Span
from awesomelint._model import EntryStyle as Style
from awesomelint._rules._base import Context, ParsedFile, Rule
from awesomelint._source import SourceFile

_MARKER = re.compile(r"([ \t]*)([-*+])([ \t]+)")
#: Any list marker, ordered ones included, and the spacing after it (of which there must be
#: some, or the end of the line: the caller checks).
_ITEM = re.compile(r"([ \t]*)([-*+]|\d{1,9}[.)])([ \t]*)")
_BULLETS = "-*+"


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
    parent (under an ordered item: under its text), or an entry item not at its list's
    indentation; one space after the marker; trailing spaces or hard-break double spaces on
    entry lines; blank lines between the entries of a section that differ from that section's
    majority (one blank line or none) among entries of one kind (items of one list, link
    lines, headings), and runs of blank lines between any two entries (they become one).

    Fixes that would change how Markdown renders the list are unsafe: changing a gap of no
    blank line into one (or back), and removing a hard line break (two trailing spaces on a
    line inside a paragraph) — except in the three-line bracket form, where the break is kept
    as a backslash. An entry whose re-indentation would pull the line after it into the
    entry (a sibling item becoming a sub-bullet), or that is indented four columns past its
    list (Markdown may read it as indented code), is reported but not fixed.
    """

    name = "entry-style"
    code = "AL107"
    severity = Severity.WARNING
    summary = "Bullet marker, indentation or spacing inconsistent with the list"
    fixable = True

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for file in context.files:
            bullet = _bullet(file, context.config.bullet)
            heads = {
                entry.span.line: entry
                for entry in file.document.entries
                if entry.indent_base is not None
            }
            spaced = any(line.endswith("  ") for line in file.source.lines)
            breaks = file.continued_lines if spaced else frozenset()
            known: dict[int, int | None] = {}  # lines captured, by entry (see _captured_line)
            for entry in file.document.entries:
                if entry.indent_base is not None:
                    yield from self._layout(file, entry, bullet, heads, known)
                yield from self._trailing(file, entry, breaks)
            yield from self._gaps(file)

    def _layout(
        self,
        file: ParsedFile,
        entry: Entry,
        bullet: str,
        heads: dict[int, Entry],
        known: dict[int, int | None],
    ) -> Iterator[Diagnostic]:
        """Markers and indentation of an item entry and its sub-bullets: one finding an entry,
        with one edit a line.

        Each line moves with the item it belongs to: a marker line to its parent's new content
        column, any other line by the shift of the content column of the innermost item that
        holds it, so that no line changes the item it belongs to. Ordered markers (``1.``) keep
        their number; only their indentation and spacing change.
        """
        source = file.source
        assert entry.indent_base is not None
        # (marker indent, content column, canonical content column) of the enclosing items,
        # innermost last; the first one is the entry's own.
        levels: list[tuple[int, int, int]] = []
        problems: dict[str, list[int]] = {}
        edits: list[Edit] = []
        for number in range(entry.span.line, entry.span.end_line + 1):
            line = source.lines[number - 1]
            if not line.strip(" \t"):
                continue
            width, chars = indent_width(line)
            marker = _ITEM.match(line)
            if (
                marker
                and (marker.group(3) or marker.end() == len(line))
                and (not levels or width < levels[-1][1] + 4)
            ):
                while levels and width <= levels[-1][0]:
                    levels.pop()
                wanted = levels[-1][2] if levels else entry.indent_base
                written, spacing = marker.group(2), marker.group(3)
                new_marker = bullet if written in _BULLETS else written
                if len(spacing.expandtabs(4)) > 4:  # the content is indented code: keep it so
                    after = spacing
                else:
                    after = " " if marker.end() < len(line) else ""
                levels.append((width, *_content_columns(marker, width, wanted, bullet)))
                replacement, end = " " * wanted + new_marker + after, marker.end()
                if new_marker != written:
                    problems.setdefault(f"bullet '{written}' (use '{bullet}')", []).append(number)
                if spacing != after:
                    problems.setdefault("not one space after the bullet", []).append(number)
            else:
                delta = next((new - old for _, old, new in reversed(levels) if old <= width), 0)
                wanted = max(width + delta, 0)
                replacement, end = " " * wanted, chars
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
            captured = _captured_line(source, entry, bullet, heads, known)
            # Four columns past its list, Markdown reads the line as code (or as part of the
            # paragraph above), not as an item: moving it would turn code into a list.
            code = indent_width(source.lines[entry.span.line - 1])[0] >= entry.indent_base + 4
            if code:
                described += " (Markdown may read the entry as indented code)"
            yield self.report(
                file,
                Span(
                    line=first,
                    column=1,
                    end_line=first,
                    end_column=len(source.lines[first - 1]) + 1,
                ),
                f"{described}: re-indent the entry"
                + (f" and line {captured}, which would otherwise join it" if captured else ""),
                edits=() if captured or code else edits,
            )

    def _trailing(
        self, file: ParsedFile, entry: Entry, breaks: frozenset[int]
    ) -> Iterator[Diagnostic]:
        """Trailing whitespace on entry lines.

        Two trailing spaces on a line that ends inside a paragraph are a hard line break, and
        removing them joins the lines when rendered: where the title stands above the links (the
        three-line bracket form, an item's title over its badges) the break is kept, written as
        a backslash; elsewhere removing it is an unsafe fix.
        """
        source = file.source
        # The lines from a title on a line of its own down to its links (the three-line bracket
        # form, an item "**Title**" over its badges): their breaks are how the list is laid out.
        laid_out = (
            range(entry.title_span.line, entry.url_span.line)
            if entry.style is Style.BRACKET_LABELS and entry.url_span is not None
            else range(0)
        )
        for number in range(entry.span.line, entry.span.end_line + 1):
            line = source.lines[number - 1]
            kept = line.rstrip(" \t")
            if kept == line or not kept:
                continue
            applicability = Applicability.SAFE
            text = ""
            message = "trailing whitespace on an entry line: remove it"
            if line.endswith("  ") and number in breaks and not kept.endswith("\\"):
                if number in laid_out:
                    text = "\\"
                    message = "hard line break written as trailing spaces: write it as a backslash"
                else:
                    applicability = Applicability.UNSAFE
                    message = "hard line break (two trailing spaces) on an entry line: remove it"
            yield self.report(
                file,
                Span(line=number, column=len(kept) + 1, end_line=number, end_column=len(line) + 1),
                message,
                edits=[
                    Edit(
                        start=source.offset(number, len(kept) + 1),
                        end=source.offset(number, len(line) + 1),
                        text=text,
                    )
                ],
                applicability=applicability,
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
                kind = _gap_kind(before, source)
                alike = kind is not None and kind == _gap_kind(after, source)
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


def _content_columns(
    marker: re.Match[str], width: int, wanted: int, bullet: str
) -> tuple[int, int]:
    """(content column as written, content column once the marker is at ``wanted``) of the
    item whose marker (``_ITEM``) is at column ``width``.

    The written column is the parser's reading (see :func:`~awesomelint._blocks.content_width`).
    """
    written = marker.group(2)
    old = content_width(width, written, marker.group(3))
    return old, wanted + len(bullet if written in _BULLETS else written) + 1


def _captured_line(
    source: SourceFile,
    entry: Entry,
    bullet: str,
    heads: dict[int, Entry],
    known: dict[int, int | None],
) -> int | None:
    """The line after ``entry`` that re-indenting it would pull into it, if any.

    Moving an item's content column left (``-   x`` to ``- x``, or the item itself from
    indent 2 to 0) makes a following line indented between the new and the old column part of
    the item — a sibling item would become a sub-bullet. A following entry of the same list
    moves in the same pass, so the question passes on to the line after it; a line that no fix
    moves is not the entry's to move, so the entry is then reported but not fixed. ``known``
    caches the answer by an entry's first line: every entry of a run of siblings shares it.
    """
    chain: list[int] = []
    current = entry
    found: int | None = None
    while current.span.line not in known:
        chain.append(current.span.line)
        line = source.lines[current.span.line - 1]
        marker = _ITEM.match(line)
        assert current.indent_base is not None
        if marker is None:
            break
        old, new = _content_columns(marker, indent_width(line)[0], current.indent_base, bullet)
        number = current.span.end_line + 1
        while number <= len(source.lines) and not source.lines[number - 1].strip(" \t"):
            number += 1
        if number > len(source.lines):
            break
        following = heads.get(number)
        if following is not None and following.indent_base == entry.indent_base:
            current = following
            continue
        found = number if new <= indent_width(source.lines[number - 1])[0] < old else None
        break
    else:
        found = known[current.span.line]
    for first_line in chain:
        known[first_line] = found
    return found


def _gap_kind(entry: Entry, source: SourceFile) -> tuple[object, ...] | None:
    """What two neighbouring entries must share for the blank lines between them to be style:
    items of one list level, link lines at one indentation, or headings; None for the rest
    (a card under a bold title line is a paragraph: the blank line before it is structure)."""
    if entry.indent_base is not None:
        return ("item", entry.indent_base)
    if entry.style is Style.LINK_PARAGRAPH:
        return ("paragraph", entry.span.column)
    if entry.style is Style.HEADING and source.lines[entry.span.line - 1].lstrip().startswith("#"):
        return ("heading",)
    return None


def _gap(source: SourceFile, between: list[int]) -> str:
    """How the gap between two entries is written, for the message."""
    count = {0: "no blank line", 1: "one blank line"}.get(
        len(between), f"{len(between)} blank lines"
    )
    whitespace = sum(1 for n in between if source.lines[n - 1])
    if whitespace:
        return (
            f"{count} ({whitespace} holding only spaces)"
            if len(between) > 1
            else ("a whitespace-only line")
        )
    return count


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
