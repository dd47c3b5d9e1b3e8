"""From a file's outline to its entries: recognising every entry style of the family.

The outline (``_blocks``) says where items, paragraphs, headings and tables are; this module
decides which of them are paper entries and reads their parts, keeping the position of each.
Walking the outline uses an explicit stack, so nesting depth never meets Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from awesomelint._blocks import Block, Heading, Item, Outline, Paragraph, Table, scan
from awesomelint._draft import EMPHASIS, Draft, Year, start_draft, unlabelled_field
from awesomelint._entry_text import (
    Byline,
    LeadTags,
    byline,
    comma_tail,
    date_after,
    extend,
    in_brackets,
    inline_venue,
    label_title,
    label_words,
    lead_tags,
    names_its_kind,
    names_then_venue,
    on_line,
    only_decoration,
    opening_tags,
    paper_links,
    plain,
    title_line,
    to_link,
    trailing_venue,
    trim_title,
    without_links,
)
from awesomelint._format_block import declared_fields
from awesomelint._inline import InlineLink, code_spans, find_links
from awesomelint._model import Document, Entry, EntryStyle, Field, Span
from awesomelint._source import SourceFile
from awesomelint._tables import table_drafts
from awesomelint._vocabulary import (
    FIELD_LINE,
    PAPER_LINK_LABELS,
    VENUE,
    YEAR,
    YEAR_PREFIX,
    canonical_label,
    looks_like_authors,
    split_authors,
)

#: Styles whose unlabelled sub-bullets are fields by position and shape (authors, venue).
_FIELD_STYLES = frozenset({EntryStyle.LINK_ITEM, EntryStyle.BRACKET_LABELS})
_HARD_BREAK = re.compile(r"(\\|\s{2,})$")


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
        cards = _paper_cards(outline.blocks, self.lines)
        stack: list[Iterator[Block]] = [iter(outline.blocks)]
        bases = [0]
        heading_entry: Draft | None = None
        while stack:
            block = next(stack[-1], None)
            if block is None:
                stack.pop()
                bases.pop()
                continue
            if isinstance(block, Heading):
                self._close(heading_entry)
                heading_entry = self._heading(block, cards.get(id(block)))
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
                for draft in table_drafts(self.lines, block, self.section):
                    self._close(draft)
        self._close(heading_entry)

    def _close(self, draft: Draft | None) -> None:
        if draft is not None:
            self.entries.append(draft.finish())

    # -- headings -------------------------------------------------------------------------

    def _heading(self, heading: Heading, card: _CardLink | None) -> Draft | None:
        text = heading.text.strip()
        while self.headings and self.headings[-1][0] >= heading.level:
            self.headings.pop()
        line = self.lines[heading.line - 1]
        if card is not None:
            return self._card(heading, line, card)
        draft = self._head(heading.line, line, heading.text_start, EntryStyle.HEADING)
        if draft is None:
            self.headings.append((heading.level, plain(text)))
        else:
            # A heading that is an entry is not a section of its own.
            draft.span = Span(
                line=heading.line, column=1, end_line=heading.line, end_column=len(line) + 1
            )
        return draft

    def _card(self, heading: Heading, line: str, card: _CardLink) -> Draft:
        """A heading with no link titling the field bullets below it, one of them the paper
        link: ``### Title`` / ``- Paper: [arXiv](…)`` / ``- Code: [GitHub](…)``."""
        start = heading.text_start
        read = _title_and_parts(line, start, start + len(heading.text))
        draft = start_draft(
            EntryStyle.HEADING,
            self.section,
            heading.line,
            line,
            read.title,
            read.title_start,
            None,
            [],
            None,
        )
        draft.main_line, draft.main = card
        _take_title_parts(draft, heading.line, line, read, start)
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

    def _item(self, item: Item) -> Draft | None:
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

    def _continuation(self, draft: Draft, number: int) -> None:
        line = self.lines[number - 1]
        for link in paper_links(find_links(line)):
            draft.links.append(to_link(number, link))
        if line.strip():
            draft.notes.append(line.strip())

    def _attach(self, draft: Draft, item: Item) -> None:
        """Read a sub-bullet of an entry as a field or a note; deeper bullets are notes."""
        number = item.line
        line = self.lines[number - 1]
        start = item.content_start
        end = len(line.rstrip())
        text = line[start:end]
        links = paper_links(find_links(line))
        draft.links.extend(to_link(number, link) for link in links)
        if number == draft.main_line:
            # A card's "- Paper: [arXiv](…)": the entry's own link, neither field nor note.
            parsed, text = None, ""
        else:
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

    def _attach_notes(self, draft: Draft, blocks: list[Block]) -> None:
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

    def _field(self, draft: Draft, number: int, start: int, end: int, text: str) -> Field | None:
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
                label_column=start + match.start("label") + 1,
            )
        if draft.style not in _FIELD_STYLES or not text:
            return None
        unlabelled = [f for f in draft.fields if f.raw_label is None]
        bare = text.strip(EMPHASIS + " ")
        if VENUE.match(bare):
            return self._unlabelled("Venue", number, start, end, text)
        if unlabelled or draft.fields:
            return None
        # "Ann Lee, Bo Chen. NeurIPS 2020", "Ann Lee, Bo Chen *CVPR 2024*": a venue may close it.
        names_end, venue, year = names_then_venue(text)
        names, first = text.rstrip(), start
        if names_end < len(text):
            # Emphasis around the names alone ("*Ann Lee, Bo Chen.* NeurIPS 2020") goes too.
            names = text[:names_end].strip(" \t,;*_")
            first = start + text.find(names)
        if not looks_like_authors(names.strip()):
            return None
        if venue is not None:
            draft.tag_venue(venue[0], on_line(number, start + venue[1], start + venue[2]))
        if year is not None and draft.year is None:
            draft.year = (year[0], None, on_line(number, start + year[1], start + year[2]))
        return self._unlabelled("Authors", number, first, first + len(names), names)

    @staticmethod
    def _unlabelled(label: str, number: int, start: int, end: int, text: str) -> Field:
        span = on_line(number, start, end)
        return unlabelled_field(label, text, span)

    # -- the head of an entry: item line, heading, paragraph line ---------------------------

    def _head(self, number: int, line: str, start: int, style: EntryStyle | None) -> Draft | None:
        """Recognise an entry from the line holding its title, or return None."""
        found = find_links(line)
        links = [link for link in paper_links(found) if link.start >= start]
        if not links:
            return None
        content = line[start:].rstrip()
        year: Year | None = None
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
        # Nothing but emphasis or symbols ("📄 [Title](…)", "⭐ [Title](…)") is decoration too.
        bare_lead = not any(char.isalnum() for char in lead)
        # "[OpenAI] [Title](…)", "(NeurIPS 2017) [Title](…)": tags before the title link.
        tags = None if bare_lead else lead_tags(line, offset, first.start)
        if (bare_lead or tags is not None) and not in_brackets(line, first):
            venue = None if first.is_bare else trailing_venue(line, first.end, found)
            # "[Title](…) - Ann Lee, Bo Chen. CVPR 2023": authors and venue as prose.
            written_by = None if first.is_bare or venue else byline(line, first.end, found)
            decorated = not first.is_bare and (
                venue is not None
                or written_by is not None
                or only_decoration(line, first.end, found)
            )
            style = style or (EntryStyle.LINK_ITEM if decorated else EntryStyle.NOTE_ITEM)
            title_start, title = label_title(first)
            draft = start_draft(
                style, self.section, number, line, title, title_start, first, links, year
            )
            if written_by is not None:
                _take_byline(draft, number, line, written_by)
            if venue is not None:
                name, tag_start, tag_end = venue
                draft.tag_venue(name, on_line(number, tag_start, tag_end))
            if tags is not None:
                _take_tags(draft, number, tags)
            dated = None if first.is_bare else date_after(line, first.end)
            if dated is not None and draft.year is None:
                value, month, tag_start, tag_end = dated
                draft.year = (value, month, on_line(number, tag_start, tag_end))
        elif bracketed and lead and not first.is_bare:
            return self._bracket_titled(number, line, offset, links, bracketed, style, year)
        elif lead and names_its_kind(first):
            # 'Title [paper](…) [code](…)': the bracket-label form without the brackets.
            labels = [link for link in links if names_its_kind(link)]
            return self._bracket_titled(number, line, offset, links, labels, style, year)
        else:
            draft = self._note_titled(
                number, line, offset, links, style or EntryStyle.NOTE_ITEM, year
            )
        if draft.style is EntryStyle.NOTE_ITEM:
            # What a notes bullet says after its link ("[Genie 2](…) - Not open.") is its note.
            remark = line[first.end :].lstrip(EMPHASIS + " -–—:").rstrip()
            if remark:
                draft.notes.append(remark)
        return draft

    def _bracket_titled(
        self,
        number: int,
        line: str,
        offset: int,
        links: list[InlineLink],
        bracketed: list[InlineLink],
        style: EntryStyle | None,
        year: Year | None,
    ) -> Draft:
        first = bracketed[0]
        start, end = offset, first.start - 1 if in_brackets(line, first) else first.start
        if not line[start:end].strip():
            start, end = _after_leading_labels(line, bracketed)
        # "[NeurIPS 2023] Title [[paper](…)]": tags before the title are no part of it.
        tags = opening_tags(line, start, end)
        if tags is not None and line[tags.end : end].strip():
            start = tags.end
        else:
            tags = None
        read = _title_and_parts(line, start, end)
        main = next(
            (link for link in bracketed if label_words(link.label) in PAPER_LINK_LABELS),
            bracketed[0],
        )
        draft = start_draft(
            style or EntryStyle.BRACKET_LABELS,
            self.section,
            number,
            line,
            read.title,
            read.title_start,
            main,
            links,
            year,
        )
        _take_title_parts(draft, number, line, read, offset)
        label_start, label = label_title(main)
        if VENUE.match(label) and draft.venue is None:
            # "Title [[NeurIPS 2021](…)] [[code](…)]": the paper link's text is its venue.
            draft.tag_venue(label, on_line(number, label_start, label_start + len(label)))
        if tags is not None:
            _take_tags(draft, number, tags)
        if draft.field_named("Authors") is None:
            # "**Title.** [[paper](…)] *Ann Lee, Bo Chen.* NeurIPS 2022": a byline after the labels.
            last = bracketed[-1]
            after = last.end + 1 if in_brackets(line, last) else last.end
            written_by = byline(line, after, links)
            if written_by is not None:
                _take_byline(draft, number, line, written_by)
        return draft

    def _note_titled(
        self,
        number: int,
        line: str,
        offset: int,
        links: list[InlineLink],
        style: EntryStyle,
        year: Year | None,
    ) -> Draft:
        first = links[0]
        lead = line[offset : first.start]
        if lead.strip(" -–—:*_"):
            title_start, title = trim_title(line, offset, first.start)
            title = title.rstrip(" -–—:").rstrip()
        else:
            title_start, title = label_title(first)
        return start_draft(
            style, self.section, number, line, title, title_start, first, links, year
        )

    # -- paragraphs: link lines and the three-line bracket form -----------------------------

    def _paragraph(self, paragraph: Paragraph) -> None:
        if len(paragraph.lines) >= 2 and self._three_line(paragraph):
            return
        current: Draft | None = None
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

    def _link_line(self, number: int, line: str) -> Draft | None:
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
        draft = start_draft(
            EntryStyle.LINK_PARAGRAPH,
            self.section,
            number,
            line,
            title,
            title_start,
            link,
            links,
            None,
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
        draft = start_draft(
            EntryStyle.BRACKET_LABELS, self.section, link_line, line, title, 0, main, links, None
        )
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
            elif text.startswith(("*", "_")) and looks_like_authors(text.strip(EMPHASIS)):
                names = text.strip(EMPHASIS)
                column = start + text.find(names)
                draft.fields.append(
                    self._unlabelled("Authors", number, column, column + len(names), names)
                )
            elif text:
                draft.notes.append(text)
        self._close(draft)
        return True


def _take_tags(draft: Draft, number: int, tags: LeadTags) -> None:
    """Give ``draft`` what the tags before its title on line ``number`` say: notes, and a
    venue and a year where the entry has none yet."""
    draft.notes.extend(tags.notes)
    if tags.year is not None and draft.year is None:
        value, month, start, end = tags.year
        draft.year = (value, month, on_line(number, start, end))
    if tags.venue is not None and draft.venue is None:
        name, start, end = tags.venue
        draft.tag_venue(name, on_line(number, start, end))


def _take_byline(draft: Draft, number: int, line: str, written_by: Byline) -> None:
    """Give ``draft`` the authors of a byline on its line ``number``, and its venue and year
    where the entry has none yet."""
    names_start, names_end = written_by.authors
    span = on_line(number, names_start, names_end)
    draft.fields.append(unlabelled_field("Authors", line[names_start:names_end], span))
    if written_by.venue is not None and draft.venue is None:
        name, start, end = written_by.venue
        draft.tag_venue(name, on_line(number, start, end))
    if written_by.year is not None and draft.year is None:
        value, start, end = written_by.year
        draft.year = (value, None, on_line(number, start, end))


#: A paper card's link: (its 1-based line, the link).
_CardLink = tuple[int, InlineLink]


def _paper_cards(blocks: list[Block], lines: list[str]) -> dict[int, _CardLink]:
    """The top-level headings (by ``id``) that title a paper card: no link of their own, and
    bullets below that are all labelled fields or labelled links, one of them the paper's."""
    cards: dict[int, _CardLink] = {}
    for index, block in enumerate(blocks):
        if not isinstance(block, Heading) or "](" in block.text or "://" in block.text:
            continue
        end = index + 1
        while end < len(blocks) and isinstance(blocks[end], Item):
            end += 1
        link = _card_link(blocks[index + 1 : end], lines)
        if link is not None:
            cards[id(block)] = link
    return cards


def _card_link(items: list[Block], lines: list[str]) -> _CardLink | None:
    """The paper link of bullets that make a card — "- Paper: [arXiv](…)", or "- [PDF](…)"
    beside fields such as "- Code: …" — or None when a bullet is anything else (an entry,
    prose), or when a lone "- [Paper](…)" could as well be an entry titled "Paper"."""
    found: _CardLink | None = None
    evidence = False  # a labelled line: "Paper: …" or another field
    for item in items:
        assert isinstance(item, Item)
        line = lines[item.line - 1]
        text = line[item.content_start :].strip()
        links = paper_links(find_links(line))
        field = FIELD_LINE.match(text)
        label = field.group("label") if field else None
        evidence = evidence or label is not None
        if label is None and len(links) == 1 and links[0].end - links[0].start == len(text):
            label = links[0].label  # "- [PDF](…)": a link whose text is its label
        if label is not None and label_words(label) in PAPER_LINK_LABELS and links:
            found = found or (item.line, links[0])
        elif label is None or not canonical_label(label):
            return None
    return found if evidence else None


class _TitleParts(NamedTuple):
    """The text before an entry's labels, read: its title, a venue tag inside it (as
    (venue, the written form)), and the parts after the title with what each reads as."""

    title_start: int
    title: str
    venue: tuple[str, str] | None
    parts: list[tuple[tuple[int, int], str | None]]


def _take_title_parts(draft: Draft, number: int, line: str, read: _TitleParts, start: int) -> None:
    """Give ``draft`` what its title line (``number``) says besides the title: a venue tag,
    authors, a venue, a year; any other part is a note."""
    if read.venue:
        written = line.find(read.venue[1], start)
        draft.tag_venue(read.venue[0], on_line(number, written, written + len(read.venue[1])))
    for (a, b), reading in read.parts:
        span = on_line(number, a, b)
        if reading == "venue" and draft.venue is None:
            draft.tag_venue(line[a:b].strip("`() "), span)
        elif reading in ("names", "name") and draft.field_named("Authors") is None:
            draft.fields.append(unlabelled_field("Authors", line[a:b], span))
        elif reading == "year" and draft.year is None:
            draft.year = (int(line[a:b]), None, span)
        else:
            draft.notes.append(line[a:b])


def _title_and_parts(line: str, start: int, end: int) -> _TitleParts:
    """Read ``line[start:end]``, the text before an entry's labels: "Title. **`CVPR 24`**",
    "**Title** - Ann Lee, Bo Chen. NeurIPS 2017.", "Title, Ann Lee, Bo Chen, Nature 2015"."""
    before = line[start:end]
    venue = inline_venue(before)
    if venue:
        end = start + before.find(venue[1])
    cut = title_line(line, start, end)
    parts = [((a, b), _reading(line[a:b])) for a, b in cut.parts]
    readings = {reading for _, reading in parts}
    if cut.wrapped or "venue" in readings or "names" in readings:
        title_start, title = cut.title_start, cut.title
    else:
        # A plain title with a ". " of its own ("Mastering Atari. A Study"): all title.
        title_start, title = trim_title(line, start, end)
        parts = []
    if not cut.wrapped:
        tail = comma_tail(line, title_start, title_start + len(title), "venue" in readings)
        if tail is not None:
            title = line[title_start : tail.title_end]
            parts = [(part, _reading(line[slice(*part)])) for part in tail.parts] + parts
    return _TitleParts(title_start, title, venue, parts)


def _reading(part: str) -> str | None:
    """What a part of a title line is: "venue", "year", "names" (two or more author names),
    "name" (one), or None for anything else."""
    if VENUE.match(part.strip("`() ")):
        return "venue"
    if YEAR.fullmatch(part):
        return "year"
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
