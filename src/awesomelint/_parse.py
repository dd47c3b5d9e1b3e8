"""From a file's outline to its entries: recognising every entry style of the family.

The outline (``_blocks``) says where items, paragraphs, headings and tables are; this module
decides which of them are paper entries and reads their parts, keeping the position of each.
Walking the outline uses an explicit stack, so nesting depth never meets Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._blocks import Block, Heading, Item, Outline, Paragraph, Table, scan
from awesomelint._entry_text import (
    byline,
    extend,
    in_brackets,
    inline_venue,
    label_title,
    label_words,
    lead_tags,
    link_span,
    on_line,
    only_decoration,
    paper_links,
    plain,
    title_line,
    title_year,
    to_link,
    trailing_venue,
    trim_title,
    without_links,
)
from awesomelint._format_block import declared_fields
from awesomelint._inline import InlineLink, code_spans, find_links
from awesomelint._model import Document, Entry, EntryStyle, Field, Link, Span
from awesomelint._source import SourceFile
from awesomelint._vocabulary import (
    CODE_LINK_LABELS,
    DATE,
    FIELD_LINE,
    PAPER_LINK_LABELS,
    VENUE,
    YEAR_PREFIX,
    canonical_label,
    looks_like_authors,
    split_authors,
    split_keywords,
    venue_year,
)

#: Styles whose unlabelled sub-bullets are fields by position and shape (authors, venue).
_FIELD_STYLES = frozenset({EntryStyle.LINK_ITEM, EntryStyle.BRACKET_LABELS})
_EMPHASIS = "*_"
_TRAILING_VENUE = re.compile(r"[.,]?\s*\*{1,2}([^*]+)\*{1,2}\s*$")
_HARD_BREAK = re.compile(r"(\\|\s{2,})$")
_PIPE = re.compile(r"\|")
#: Header cells whose column role is looked up; paper tables have a handful of columns, and a
#: pathological header of half a million cells must not cost seconds.
_MAX_COLUMNS = 64


def parse(source: SourceFile, outline: Outline | None = None) -> Document:
    """Parse one decoded file into its document model (from its outline, if already scanned)."""
    outline = outline or scan(source.lines)
    builder = _Builder(source)
    builder.walk(outline)
    return Document(
        path=source.path,
        entries=builder.entries,
        declared_fields=declared_fields(outline),
    )


@dataclass
class _Draft:
    """An entry being read: the parts found so far."""

    style: EntryStyle
    section: tuple[str, ...]
    span: Span
    title: str
    title_span: Span
    main: InlineLink | None
    main_line: int
    links: list[Link] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    code: list[Link] = field(default_factory=list)
    year: tuple[int, int | None, Span] | None = None
    venue: str | None = None
    #: Where ``venue`` is written when no Venue field holds it (the end of the authors line).
    venue_span: Span | None = None
    indent_base: int | None = None

    def finish(self) -> Entry:
        authors: list[str] = []
        keywords: list[str] = []
        venue = self.venue
        for item in self.fields:
            if item.label == "Authors" and not authors:
                authors = split_authors(item.value)
            elif item.label == "Keywords" and not keywords:
                keywords = split_keywords(item.value)
            elif item.label == "Venue" and venue is None:
                venue = item.value.strip().strip(_EMPHASIS).strip()
        year, month, year_span = self.year or (None, None, None)
        if year is None and venue:
            venue_field = self.field_named("Venue")
            year = venue_year(venue)
            if year:
                year_span = venue_field.value_span if venue_field else self.venue_span
        url = self.main.url.strip() if self.main else None
        arxiv = parse_arxiv_url(url) if url else None
        return Entry(
            style=self.style,
            section=self.section,
            span=self.span,
            title=self.title,
            title_span=self.title_span,
            url=url,
            url_span=link_span(self.main_line, self.main, url=True) if self.main else None,
            arxiv_id=arxiv.id if arxiv else None,
            links=self.links,
            authors=authors,
            venue=venue,
            year=year,
            month=month,
            year_span=year_span,
            keywords=keywords,
            code=self.code,
            fields=self.fields,
            notes=self.notes,
            indent_base=self.indent_base,
        )

    def tag_venue(self, venue: str, written: Span) -> None:
        """Take the venue from a tag on the title line (``**`CVPR 24`**``), and the year from
        it when no year label came first."""
        self.venue = venue
        if self.year is None:
            year = venue_year(venue)
            if year:
                self.year = (year, None, written)

    def field_named(self, label: str) -> Field | None:
        return next((item for item in self.fields if item.label == label), None)


class _Builder:
    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.lines = source.lines
        self.entries: list[Entry] = []
        self.headings: list[tuple[int, str]] = []

    @property
    def section(self) -> tuple[str, ...]:
        return tuple(text for _, text in self.headings)

    def walk(self, outline: Outline) -> None:
        # Each stack frame iterates over one container's blocks; ``bases`` holds the content
        # column of each container (0 for the file itself).
        stack: list[Iterator[Block]] = [iter(outline.blocks)]
        bases = [0]
        heading_entry: _Draft | None = None
        while stack:
            block = next(stack[-1], None)
            if block is None:
                stack.pop()
                bases.pop()
                continue
            if isinstance(block, Heading):
                self._close(heading_entry)
                heading_entry = self._heading(block)
                continue
            if isinstance(block, Item) and heading_entry is not None and len(stack) == 1:
                self._attach(heading_entry, block)
                heading_entry.span = extend(heading_entry.span, self._item_span(block))
                continue
            if len(stack) == 1:
                self._close(heading_entry)
                heading_entry = None
            if isinstance(block, Item):
                draft = self._item(block)
                if draft is None:
                    stack.append(iter(block.blocks))
                else:
                    draft.indent_base = bases[-1]
                    self._close(draft)
                    stack.append(iter(self._nested_entries(block)))
                bases.append(block.content_width)
            elif isinstance(block, Paragraph):
                self._paragraph(block)
            elif isinstance(block, Table):
                self._table(block)
        self._close(heading_entry)

    def _close(self, draft: _Draft | None) -> None:
        if draft is not None:
            self.entries.append(draft.finish())

    # -- headings -------------------------------------------------------------------------

    def _heading(self, heading: Heading) -> _Draft | None:
        text = heading.text.strip()
        while self.headings and self.headings[-1][0] >= heading.level:
            self.headings.pop()
        line = self.lines[heading.line - 1]
        draft = self._head(heading.line, line, heading.text_start, EntryStyle.HEADING)
        if draft is None:
            self.headings.append((heading.level, plain(text)))
        else:
            # A heading that is an entry is not a section of its own.
            draft.span = Span(
                line=heading.line, column=1, end_line=heading.line, end_column=len(line) + 1
            )
        return draft

    # -- list items -----------------------------------------------------------------------

    def _item_span(self, item: Item) -> Span:
        first = self.lines[item.line - 1]
        start = len(first) - len(first.lstrip())
        return Span(
            line=item.line,
            column=start + 1,
            end_line=item.end_line,
            end_column=len(self.lines[item.end_line - 1]) + 1,
        )

    def _item(self, item: Item) -> _Draft | None:
        line = self.lines[item.line - 1]
        draft = self._head(item.line, line, item.content_start, None)
        if draft is None:
            return None
        draft.span = self._item_span(item)
        for number in item.head.lines[1:]:
            self._continuation(draft, number)
        for block in item.blocks:
            if isinstance(block, Item) and not self._is_nested_entry(block):
                self._attach(draft, block)
            elif isinstance(block, Paragraph):
                for number in block.lines:
                    self._continuation(draft, number)
        return draft

    def _is_nested_entry(self, item: Item) -> bool:
        content = self.lines[item.line - 1][item.content_start :]
        prefix = YEAR_PREFIX.match(content)
        return bool(prefix and content.startswith("[", prefix.end()))

    def _nested_entries(self, item: Item) -> list[Block]:
        return [
            block
            for block in item.blocks
            if isinstance(block, Item) and self._is_nested_entry(block)
        ]

    def _continuation(self, draft: _Draft, number: int) -> None:
        line = self.lines[number - 1]
        for link in paper_links(find_links(line)):
            draft.links.append(to_link(number, link))
        if line.strip():
            draft.notes.append(line.strip())

    def _attach(self, draft: _Draft, item: Item) -> None:
        """Read a sub-bullet of an entry as a field or a note; deeper bullets are notes."""
        number = item.line
        line = self.lines[number - 1]
        start = item.content_start
        end = len(line.rstrip())
        text = line[start:end]
        links = paper_links(find_links(line))
        draft.links.extend(to_link(number, link) for link in links)
        parsed = self._field(draft, number, start, end, text)
        if parsed is None:
            if text:
                draft.notes.append(text)
        else:
            draft.fields.append(parsed)
            if parsed.label == "Code":
                draft.code.extend(to_link(number, link) for link in links)
        for continued in item.head.lines[1:]:
            self._continuation(draft, continued)
        self._attach_notes(draft, item.blocks)

    def _attach_notes(self, draft: _Draft, blocks: list[Block]) -> None:
        """Read the blocks under a sub-bullet, at any depth, as notes in file order.

        A note is the bullet's text without its marker (as on the first level); the bullet's
        continuation lines and paragraphs are notes too. An explicit stack, not recursion:
        notes may nest as deep as the file does.
        """
        stack: list[Block] = list(reversed(blocks))
        while stack:
            block = stack.pop()
            if isinstance(block, Paragraph):
                for number in block.lines:
                    self._continuation(draft, number)
            elif isinstance(block, Item):
                line = self.lines[block.line - 1]
                draft.links.extend(
                    to_link(block.line, link) for link in paper_links(find_links(line))
                )
                text = line[block.content_start :].strip()
                if text:
                    draft.notes.append(text)
                for number in block.head.lines[1:]:
                    self._continuation(draft, number)
                stack.extend(reversed(block.blocks))

    def _field(self, draft: _Draft, number: int, start: int, end: int, text: str) -> Field | None:
        match = FIELD_LINE.match(text)
        if match:
            raw = match.group("label").strip()
            label = canonical_label(raw)
            known_shape = len(raw.split()) <= 3 and raw[0].isupper()
            if label == "Note" or (
                label is None and not (draft.style in _FIELD_STYLES and known_shape)
            ):
                return None
            return Field(
                label=label or raw,
                raw_label=raw,
                value=match.group("value"),
                line=number,
                column=start + 1,
                end_column=end + 1,
                value_column=start + match.start("value") + 1,
                label_end_column=start + match.end("label") + 1,
            )
        if draft.style not in _FIELD_STYLES or not text:
            return None
        unlabelled = [f for f in draft.fields if f.raw_label is None]
        bare = text.strip(_EMPHASIS + " ")
        if VENUE.match(bare):
            return self._unlabelled("Venue", number, start, end, text)
        if unlabelled or draft.fields:
            return None
        tail = _TRAILING_VENUE.search(text)
        names = text[: tail.start()] if tail and VENUE.match(tail.group(1).strip()) else text
        if not looks_like_authors(names.strip()):
            return None
        if names is not text and tail is not None:
            draft.venue = tail.group(1).strip()
            column = start + tail.start(1) + tail.group(1).find(draft.venue) + 1
            draft.venue_span = Span(
                line=number, column=column, end_line=number, end_column=column + len(draft.venue)
            )
        return self._unlabelled(
            "Authors", number, start, start + len(names.rstrip()), names.rstrip()
        )

    @staticmethod
    def _unlabelled(label: str, number: int, start: int, end: int, text: str) -> Field:
        span = on_line(number, start, end)
        return _unlabelled_field(label, text, span)

    # -- the head of an entry: item line, heading, paragraph line ---------------------------

    def _head(self, number: int, line: str, start: int, style: EntryStyle | None) -> _Draft | None:
        """Recognise an entry from the line holding its title, or return None."""
        found = find_links(line)
        links = [link for link in paper_links(found) if link.start >= start]
        if not links:
            return None
        content = line[start:].rstrip()
        year: tuple[int, int | None, Span] | None = None
        offset = start
        prefix = YEAR_PREFIX.match(content)
        if prefix and content.startswith("[", prefix.end()):
            year = (
                int(prefix.group("year")),
                None,
                on_line(number, start, start + 4),
            )
            offset = start + prefix.end()
            style = style or EntryStyle.YEAR_ITEM
        bracketed = [link for link in links if in_brackets(line, link)]
        first = links[0]
        # Badges and images before the title link ("[![stars](…)](…) [Title](…)") are not text.
        lead = without_links(line, offset, first.start, found).strip()
        bare_lead = lead.strip(_EMPHASIS) == ""
        # "[OpenAI] [Title](…)", "(NeurIPS 2017) [Title](…)": tags before the title link.
        tags = None if bare_lead else lead_tags(line, offset, first.start)
        if (bare_lead or tags is not None) and not in_brackets(line, first):
            venue = None if first.is_bare else trailing_venue(line, first.end, found)
            # "[Title](…) - Ann Lee, Bo Chen. CVPR 2023": authors and venue as prose.
            written_by = None if first.is_bare or venue else byline(line, first.end, found)
            if written_by is not None:
                venue = written_by.venue
            decorated = not first.is_bare and (
                venue is not None
                or written_by is not None
                or only_decoration(line, first.end, found)
            )
            style = style or (EntryStyle.LINK_ITEM if decorated else EntryStyle.NOTE_ITEM)
            title_start, title = label_title(first)
            draft = self._draft(style, number, title, title_start, first, links, year)
            if written_by is not None:
                names_start, names_end = written_by.authors
                draft.fields.append(
                    _unlabelled_field(
                        "Authors",
                        line[names_start:names_end],
                        on_line(number, names_start, names_end),
                    )
                )
            if tags is not None:
                draft.notes.extend(tags.notes)
                if tags.year is not None and draft.year is None:
                    value, tag_start, tag_end = tags.year
                    draft.year = (value, None, on_line(number, tag_start, tag_end))
                venue = venue or tags.venue
            if venue is not None:
                name, tag_start, tag_end = venue
                draft.tag_venue(name, on_line(number, tag_start, tag_end))
        elif bracketed and lead and not first.is_bare:
            return self._bracket_titled(number, line, offset, links, bracketed, style, year)
        else:
            draft = self._note_titled(
                number, line, offset, links, style or EntryStyle.NOTE_ITEM, year
            )
        if draft.style is EntryStyle.NOTE_ITEM:
            # What a notes bullet says after its link ("[Genie 2](…) - Not open.") is its note.
            remark = line[first.end :].lstrip(_EMPHASIS + " -–—:").rstrip()
            if remark:
                draft.notes.append(remark)
        return draft

    def _draft(
        self,
        style: EntryStyle,
        number: int,
        title: str,
        title_start: int,
        main: InlineLink | None,
        links: list[InlineLink],
        year: tuple[int, int | None, Span] | None,
    ) -> _Draft:
        line = self.lines[number - 1]
        title_span = Span(
            line=number,
            column=title_start + 1,
            end_line=number,
            end_column=title_start + len(title) + 1,
        )
        draft = _Draft(
            style=style,
            section=self.section,
            span=Span(line=number, column=1, end_line=number, end_column=len(line) + 1),
            title=title,
            title_span=title_span,
            main=main,
            main_line=number,
            links=[to_link(number, link) for link in links],
            year=year or title_year(title, title_span),
        )
        draft.code = [
            to_link(number, link)
            for link in links
            if link is not main and label_words(link.label) in CODE_LINK_LABELS
        ]
        return draft

    def _bracket_titled(
        self,
        number: int,
        line: str,
        offset: int,
        links: list[InlineLink],
        bracketed: list[InlineLink],
        style: EntryStyle | None,
        year: tuple[int, int | None, Span] | None,
    ) -> _Draft:
        start, end = offset, bracketed[0].start - 1
        if not line[start:end].strip():
            start, end = _after_leading_labels(line, bracketed)
        before = line[start:end]
        venue = inline_venue(before)
        title_text = before
        if venue:
            title_text = before[: before.find(venue[1])]
        cut = title_line(line, start, start + len(title_text))
        readings = [_reading(line[a:b]) for a, b in cut.parts]
        if cut.wrapped or "venue" in readings or "names" in readings:
            title_start, title = cut.title_start, cut.title
        else:
            # A plain title with a ". " of its own ("Mastering Atari. A Study"): all title.
            title_start, title = trim_title(line, start, start + len(title_text))
            readings = []
        main = next(
            (link for link in bracketed if label_words(link.label) in PAPER_LINK_LABELS),
            bracketed[0],
        )
        draft = self._draft(
            style or EntryStyle.BRACKET_LABELS, number, title, title_start, main, links, year
        )
        if venue:
            written = line.find(venue[1], offset)
            draft.tag_venue(venue[0], on_line(number, written, written + len(venue[1])))
        for (a, b), reading in zip(cut.parts, readings, strict=False):
            span = on_line(number, a, b)
            if reading == "venue" and draft.venue is None:
                draft.tag_venue(line[a:b].strip("`() "), span)
            elif reading in ("names", "name") and draft.field_named("Authors") is None:
                draft.fields.append(_unlabelled_field("Authors", line[a:b], span))
            else:
                draft.notes.append(line[a:b])
        return draft

    def _note_titled(
        self,
        number: int,
        line: str,
        offset: int,
        links: list[InlineLink],
        style: EntryStyle,
        year: tuple[int, int | None, Span] | None,
    ) -> _Draft:
        first = links[0]
        lead = line[offset : first.start]
        if lead.strip(" -–—:*_"):
            title_start, title = trim_title(line, offset, first.start)
            title = title.rstrip(" -–—:").rstrip()
        else:
            title_start, title = label_title(first)
        return self._draft(style, number, title, title_start, first, links, year)

    # -- paragraphs: link lines and the three-line bracket form -----------------------------

    def _paragraph(self, paragraph: Paragraph) -> None:
        if len(paragraph.lines) >= 2 and self._three_line(paragraph):
            return
        current: _Draft | None = None
        for number in paragraph.lines:
            line = self.lines[number - 1]
            draft = self._link_line(number, line)
            if draft is not None:
                self._close(current)
                current = draft
            elif current is not None:
                self._continuation(current, number)
                current.span = extend(current.span, self._line_span(number))
        self._close(current)

    def _line_span(self, number: int) -> Span:
        line = self.lines[number - 1]
        start = len(line) - len(line.lstrip())
        return Span(
            line=number, column=start + 1, end_line=number, end_column=len(line.rstrip()) + 1
        )

    def _link_line(self, number: int, line: str) -> _Draft | None:
        """A paragraph line that is one link with optional backtick tags around it."""
        links = [link for link in paper_links(find_links(line)) if not link.is_bare]
        if len(links) != 1:
            return None
        link = links[0]
        rest = line[: link.start] + line[link.end :]
        for start, end in reversed(code_spans(rest)):
            rest = rest[:start] + rest[end:]
        if rest.strip(" \t:*_") or link.is_bare:
            return None
        title_start, title = label_title(link)
        draft = self._draft(
            EntryStyle.LINK_PARAGRAPH, number, title, title_start, link, links, None
        )
        draft.span = self._line_span(number)
        draft.notes.extend(line[start + 1 : end - 1].strip(" `") for start, end in code_spans(line))
        return draft

    def _three_line(self, paragraph: Paragraph) -> bool:
        """``**Title** \\`` / ``*Authors* \\`` / ``venue. [[Paper](…)] [[Code](…)]``."""
        first = self.lines[paragraph.lines[0] - 1]
        title_text = _HARD_BREAK.sub("", first.rstrip("\n")).strip()
        if not (title_text.startswith(("**", "__")) and title_text.endswith(("**", "__"))):
            return False
        if find_links(first):
            return False
        link_line = next(
            (
                n
                for n in paragraph.lines[1:]
                if any(
                    in_brackets(self.lines[n - 1], link) for link in find_links(self.lines[n - 1])
                )
            ),
            None,
        )
        if link_line is None:
            return False
        title_start = first.find(title_text) + 2
        title = title_text[2:-2]
        line = self.lines[link_line - 1]
        links = paper_links(find_links(line))
        bracketed = [link for link in links if in_brackets(line, link)]
        main = next(
            (link for link in bracketed if label_words(link.label) in PAPER_LINK_LABELS),
            bracketed[0],
        )
        draft = self._draft(EntryStyle.BRACKET_LABELS, link_line, title, 0, main, links, None)
        draft.title_span = Span(
            line=paragraph.lines[0],
            column=title_start + 1,
            end_line=paragraph.lines[0],
            end_column=title_start + len(title) + 1,
        )
        draft.span = Span(
            line=paragraph.lines[0],
            column=1,
            end_line=paragraph.lines[-1],
            end_column=len(self.lines[paragraph.lines[-1] - 1]) + 1,
        )
        for number in paragraph.lines[1:]:
            text = _HARD_BREAK.sub("", self.lines[number - 1]).strip()
            start = self.lines[number - 1].find(text)
            if number == link_line:
                venue = text[: text.find("[")].strip().rstrip(".").strip()
                if venue:
                    draft.fields.append(
                        self._unlabelled("Venue", number, start, start + len(venue), venue)
                    )
            elif text.startswith(("*", "_")) and looks_like_authors(text.strip(_EMPHASIS)):
                names = text.strip(_EMPHASIS)
                column = start + text.find(names)
                draft.fields.append(
                    self._unlabelled("Authors", number, column, column + len(names), names)
                )
            elif text:
                draft.notes.append(text)
        self._close(draft)
        return True

    # -- tables -----------------------------------------------------------------------------

    def _table(self, table: Table) -> None:
        header = _cells(self.lines[table.header - 1])[:_MAX_COLUMNS]
        roles = [_column_role(plain(cell).casefold()) for cell, _, _ in header]
        for number in table.rows:
            line = self.lines[number - 1]
            cells = _cells(line)
            draft = self._row(number, line, cells, roles)
            if draft is not None:
                self._close(draft)

    def _row(
        self, number: int, line: str, cells: list[tuple[str, int, int]], roles: list[str | None]
    ) -> _Draft | None:
        all_links = paper_links(find_links(line))
        title_index = next((i for i, role in enumerate(roles) if role == "title"), None)
        if title_index is None:
            # No column is named for titles: the first cell holding a link is the title cell.
            title_index = next(
                (
                    i
                    for link in all_links
                    for i, (_, start, end) in enumerate(cells)
                    if start <= link.start < end
                ),
                None,
            )
        if title_index is None or title_index >= len(cells):
            return None
        _, cell_start, cell_end = cells[title_index]
        title_links = [link for link in all_links if cell_start <= link.start < cell_end]
        if not title_links:
            return None
        main = title_links[0]
        title_start, title = label_title(main)
        draft = self._draft(EntryStyle.TABLE_ROW, number, title, title_start, main, all_links, None)
        for index, (text, start, end) in enumerate(cells):
            role = roles[index] if index < len(roles) else None
            if role in (None, "title") or not text.strip():
                continue
            value_start = start + len(text) - len(text.lstrip())
            value = text.strip()
            span = Span(
                line=number,
                column=value_start + 1,
                end_line=number,
                end_column=value_start + len(value) + 1,
            )
            if role == "date":
                date = DATE.match(value)
                if date:
                    month = int(date.group("month")) if date.group("month") else None
                    draft.year = (int(date.group("year")), month, span)
                continue
            if role == "Code":
                # Every link of the Code column is code, whatever its text says; a link whose
                # text already made it code ("[Github](…)") is not listed twice.
                known = {link.span for link in draft.code}
                cell_links = [link for link in all_links if start <= link.start < end]
                draft.code.extend(
                    link
                    for link in (to_link(number, found) for found in cell_links)
                    if link.span not in known
                )
            if role == "Note":
                draft.notes.append(value)
                continue
            draft.fields.append(_unlabelled_field(role, value, span))
        return draft


def _reading(part: str) -> str | None:
    """What a part of a title line is: "venue", "names" (two or more author names), "name"
    (one), or None for anything else."""
    if VENUE.match(part.strip("`() ")):
        return "venue"
    if looks_like_authors(part):
        return "names" if len(split_authors(part)) > 1 else "name"
    return None


def _after_leading_labels(line: str, bracketed: list[InlineLink]) -> tuple[int, int]:
    """Where the title stands in ``[[Paper](…)] [[Code](…)] - Title [[Demo](…)]``: after the
    run of bracketed links that opens the line (and a separating dash or colon), up to the
    next bracketed link or the end of the line."""
    start = bracketed[0].end + 1
    for link in bracketed[1:]:
        if line[start : link.start - 1].strip():
            break
        start = link.end + 1
    end = next((link.start - 1 for link in bracketed if link.start > start), len(line))
    text = line[start:end]
    return start + len(text) - len(text.lstrip(" -–—:|")), end


def _unlabelled_field(label: str, value: str, span: Span) -> Field:
    """A field recognised by its place (an authors line, a table column), not by a label."""
    return Field(
        label=label,
        raw_label=None,
        value=value,
        line=span.line,
        column=span.column,
        end_column=span.end_column,
        value_column=span.column,
    )


_COLUMN_ROLES = (
    (("title", "paper", "name", "model", "method", "work"), "title"),
    (("venue", "conference", "publication", "pub", "journal"), "Venue"),
    (("date", "year", "time", "published"), "date"),
    (("code", "github", "repo", "implementation"), "Code"),
    (("author",), "Authors"),
    (("keyword", "tag", "topic"), "Keywords"),
)


def _column_role(name: str) -> str | None:
    """What a column holds, from its header: a title, a date, or a field — "Demo", "Project
    Page" and every other label the vocabulary knows name their own field."""
    for words, role in _COLUMN_ROLES:
        if any(word in name for word in words):
            return role
    return canonical_label(name) if name else None


def _cells(line: str) -> list[tuple[str, int, int]]:
    """Cells of a table row as (text, start, end) with 0-based indexes; ``\\|`` does not split."""
    bounds = [
        match.start()
        for match in _PIPE.finditer(line)
        if match.start() == 0 or line[match.start() - 1] != "\\"
    ]
    stripped = line.strip()
    if not stripped.startswith("|"):
        bounds.insert(0, -1)
    if not stripped.endswith("|") or len(bounds) == 1:
        bounds.append(len(line))
    return [(line[a + 1 : b], a + 1, b) for a, b in pairwise(bounds)]
