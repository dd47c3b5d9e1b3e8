"""From a file's outline to its entries: recognising every entry style of the family.

The outline (``_blocks``) says where items, paragraphs, headings and tables are; this module
decides which of them are paper entries and reads their parts, keeping the position of each.
Walking the outline uses an explicit stack, so nesting depth never meets Python's recursion limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from awesomelint._blocks import Block, Heading, Item, Outline, Paragraph, Table, scan
from awesomelint._cards import CardLink, after_decoration, paper_cards, title_start
from awesomelint._draft import EMPHASIS, Draft, Year, start_draft, unlabelled_field
from awesomelint._entry_text import (
    Byline,
    DatingPart,
    LeadTags,
    anchor,
    before_labels,
    bracketed,
    byline,
    cited_by,
    date_after,
    date_at_end,
    extend,
    in_brackets,
    into_repository,
    is_web,
    label_row,
    label_title,
    lead_label,
    lead_name,
    lead_tags,
    link_title,
    names_a_kind,
    names_code,
    names_paper,
    on_line,
    only_decoration,
    opening_tags,
    paper_label,
    paper_links,
    plain,
    tagged_names,
    tags_after,
    title_after_tag,
    to_link,
    trailing_venue,
    trim_title,
    unemphasised,
    venue_sentence,
    without_break_tag,
    without_links,
)
from awesomelint._format_block import declared_fields
from awesomelint._groups import Group, group_named, innermost, take_group
from awesomelint._inline import InlineLink, code_spans, find_links
from awesomelint._model import Document, Entry, EntryStyle, Field, Span
from awesomelint._source import SourceFile
from awesomelint._tables import table_drafts
from awesomelint._title_parts import (
    after_leading_labels,
    take_byline,
    take_tags,
    take_title_parts,
    title_and_parts,
)
from awesomelint._vocabulary import (
    BARE_VENUE,
    FIELD_LINE,
    NAMED_VENUE,
    VENUE,
    YEAR_PREFIX,
    canonical_label,
    looks_like_authors,
    names_an_institution,
    split_authors,
)

#: Styles whose unlabelled sub-bullets are fields by position and shape (authors, venue).
_POSITIONAL_FIELD_STYLES = frozenset({EntryStyle.LINK_ITEM, EntryStyle.BRACKET_LABELS})
#: A remark in parentheses right after a title link.
_REMARK = re.compile(r"[ \t]*[(（]([^()（）]+)[)）]")
_HARD_BREAK = re.compile(r"(\\|\s{2,})$")
#: A remark closing a title line after its labels (and a venue tag in parentheses), set off
#: by a dash or a full stop: "[[Code](…)] — _Remark_", "[[arXiv](…)] *(AAAI 2026)* — _Remark_".
_CLOSING_REMARK = re.compile(
    r"[ \t]*(?:(?:\*\*|\*|_)?\([^()\[\]]+\)(?:\*\*|\*|_)?[ \t]*)?(?P<dash>[.—–-]+)[ \t]+"
    r"(?P<remark>[^\s\[\]][^\[\]]*?)[ \t]*$"
)
#: The number of a numbered heading: "### 1. [Title](…)".
_NUMBERING = re.compile(r"\d{1,3}[.)]\s+")
#: A bold name before a paper link in a paragraph line: "**Multi-task Learning**, [Title](…)".
_BOLD_NAME = re.compile(r"\s*\*\*(?P<name>[^*]+)\*\*[,:]?\s*")
#: A line that is one bold phrase: the title of the three-line bracket form.
_BOLD_LINE = re.compile(r"\s*(\*\*|__)[^*_].*\1\s*")
#: The words of a heading over a list's news or changelog ("## 🔥 News", "#### Updates",
#: "## Main Recent Update", "## What's New", "## Recent additions", "### 🔥 Updated 2024-03-30"),
#: whose bullets announce papers and releases.
_NEWS_HEADING = re.compile(
    r"(?:(?:latest|recent|main|hot|research|new|and)\s+)*"
    r"(?:news|updates?|updated|change\s*log|what\s+s\s+new|announcements?|additions|"
    r"recently\s+added)"
    r"(?:\s+(?:and\s+)?(?:news|updates?))?"
)
_WORDS = re.compile(r"[^\W\d_]+")


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


def _lacks_venue(draft: Draft, text: str) -> bool:
    """Whether ``text`` (in emphasis or not) is a venue and ``draft`` has none yet."""
    return not draft.has_venue and bool(VENUE.match(text.strip(EMPHASIS)))


def _venue_named_by(draft: Draft, number: int, link: InlineLink) -> None:
    """A paper link on line ``number`` whose text is a venue (``[[NeurIPS 2021](…)]``, also
    with the brackets inside: ``[[CVPR 2023]](…)``) names the entry's venue, when it has none."""
    label_start, label = label_title(link)
    if label.startswith("[") and label.endswith("]"):
        label_start, label = label_start + 1, label[1:-1]
    # A venue without its year ("[[CoRL](…)] Title") too, but not a link kind ("[[ACL](…)]").
    named = VENUE.match(label) or (BARE_VENUE.fullmatch(label) and not names_paper(label))
    if named and draft.venue is None:
        draft.tag_venue(label, on_line(number, label_start, label_start + len(label)))


def _citing(line: str, start: int, end: int) -> Byline | None:
    """The authors and year of a citation that take up all of ``line[start:end]``, the text
    before an item's first link."""
    cited = cited_by(line, start, end)
    if cited is None or line[cited.end : end].strip(' *_"“'):
        return None
    return cited.as_byline()


class _Builder:
    def __init__(self, source: SourceFile) -> None:
        self.source = source
        self.lines = source.lines
        self.entries: list[Entry] = []
        #: The open headings, outermost first: (level, name, whether it or one above it is
        #: the list's news — see :func:`_is_news`, the year or venue it names).
        self.headings: list[tuple[int, str, bool, Group | None]] = []
        #: The year or venue each open list item names ("- **Year 2024**"), outermost first.
        self.item_groups: list[Group | None] = []
        #: What the open groups say together, worked out again only after one opens or closes
        #: (every entry asks; groups change a few times a file).
        self._group: Group | None = None
        self._group_stale = False
        #: The names of the open headings: the section of an entry read now.
        self.section: tuple[str, ...] = ()
        #: The fragments of this list's headings: where its table of contents links.
        self.anchors: frozenset[str] = frozenset()

    @property
    def in_news(self) -> bool:
        return bool(self.headings) and self.headings[-1][2]

    @property
    def group(self) -> Group | None:
        """The year and venue the open headings and list items give an entry read now."""
        if self._group_stale:
            headings = (heading[3] for heading in self.headings)
            self._group = innermost([*headings, *self.item_groups])
            self._group_stale = False
        return self._group

    def walk(self, outline: Outline) -> None:
        # Each stack frame iterates over one container's blocks; ``bases`` holds the content
        # column of each container (0 for the file itself).
        cards, card_ends = paper_cards(outline.blocks, self.lines)
        self.anchors = frozenset(
            anchor(block.text) for block in outline.blocks if isinstance(block, Heading)
        )
        stack: list[Iterator[Block]] = [iter(outline.blocks)]
        bases = [0]
        self.item_groups = [None]
        heading_entry: Draft | None = None
        while stack:
            block = next(stack[-1], None)
            if block is None:
                stack.pop()
                bases.pop()
                self._group_stale |= self.item_groups.pop() is not None
                continue
            if isinstance(block, Heading):
                self._close(heading_entry)
                heading_entry = self._heading(block, cards.get(id(block)))
                continue
            if isinstance(block, Item) and id(block) in cards:
                # "1. **Title**" over a list of its fields: a card, like a bold title line's.
                self._close(heading_entry)
                start = title_start(self.lines[block.line - 1], block.content_start)
                heading_entry = self._card(block.line, start, cards[id(block)])
                continue
            if id(block) in card_ends:
                self._close(heading_entry)
                heading_entry = None
            if isinstance(block, Item) and heading_entry is not None and len(stack) == 1:
                self._attach(heading_entry, block)
                heading_entry.span = extend(heading_entry.span, self._item_span(block))
                continue
            if (
                isinstance(block, Paragraph)
                and heading_entry is not None
                and block.lines[0] == heading_entry.main_line
            ):
                # "**Title**" over a paragraph of its arXiv address alone: the card's link.
                number = block.lines[0]
                links = paper_links(find_links(self.lines[number - 1]))
                heading_entry.links.extend(to_link(number, link) for link in links)
                heading_entry.span = extend(heading_entry.span, self._line_span(number))
                continue
            if (
                isinstance(block, Paragraph)
                and heading_entry is not None
                and heading_entry.style is EntryStyle.HEADING
                and id(block) not in cards
                and not any(paper_links(find_links(self.lines[n - 1])) for n in block.lines)
            ):
                # "### 1. [Title](…)" over "**Summary**: …": the paragraph is the entry's.
                for number in block.lines:
                    self._paragraph_field(heading_entry, number)
                heading_entry.span = extend(heading_entry.span, self._line_span(block.lines[-1]))
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
                group = self._item_group(block) if draft is None else None
                self.item_groups.append(group)
                self._group_stale |= group is not None
            elif isinstance(block, Paragraph) and id(block) in cards:
                # ":rocket: **Title** (remark)" over its bullets: a card, like a heading's.
                start = title_start(self.lines[block.lines[0] - 1])
                heading_entry = self._card(block.lines[0], start, cards[id(block)])
            elif isinstance(block, Paragraph):
                self._paragraph(block)
            elif isinstance(block, Table):
                for draft in table_drafts(self.lines, block, self.section):
                    self._close(draft)
        self._close(heading_entry)

    def _close(self, draft: Draft | None) -> None:
        if draft is not None and not self.in_news:
            group = self.group
            if group is not None:
                take_group(draft, group)
            self.entries.append(draft.finish())

    def _item_group(self, item: Item) -> Group | None:
        """The year or venue a list item that is no entry names for the items in it."""
        if not item.blocks or len(item.head.lines) != 1:
            return None
        return group_named(self.lines[item.line - 1], item.line, item.content_start)

    # -- headings -------------------------------------------------------------------------

    def _heading(self, heading: Heading, card: CardLink | None) -> Draft | None:
        text = heading.text.strip()
        while self.headings and self.headings[-1][0] >= heading.level:
            self.headings.pop()
        self._group_stale = True
        self.section = tuple(name for _, name, _, _ in self.headings)
        line = self.lines[heading.line - 1]
        if card is not None:
            return self._card(heading.line, heading.text_start, card)
        draft = None
        # A first-level heading names the list itself ("# [Awesome X](https://…)"); a number
        # may count the papers ("### 1. [Title](…)").
        numbered = _NUMBERING.match(line, heading.text_start)
        start = numbered.end() if numbered else heading.text_start
        if heading.level > 1 and _titles_a_paper(line, start):
            draft = self._head(heading.line, line, start, EntryStyle.HEADING)
        if draft is None:
            name = plain(text)
            news = self.in_news or _is_news(name)
            group = group_named(line, heading.line, heading.text_start)
            self.headings.append((heading.level, name, news, group))
            self.section = (*self.section, name)
        else:
            # A heading that is an entry is not a section of its own.
            draft.span = Span(
                line=heading.line, column=1, end_line=heading.line, end_column=len(line) + 1
            )
        return draft

    def _card(self, number: int, start: int, card: CardLink) -> Draft:
        """An entry titled by line ``number`` (from column ``start``: a heading's text, a bold
        title line), its fields and links on the bullets below it, one of them the paper link
        if the card has one: ``### Title`` / ``- Paper: [arXiv](…)`` / ``- Code: [GitHub](…)``."""
        line = self.lines[number - 1]
        draft = self._titled_by(number, start, len(line.rstrip()), EntryStyle.HEADING)
        draft.main_line, draft.main = card
        return draft

    def _titled_by(self, number: int, start: int, end: int, style: EntryStyle) -> Draft:
        """A draft titled by ``[start, end)`` of line ``number``, a line that links nothing of
        the entry's (a card's title, a bold title over the paper's bullet): the title and what
        the line says besides it (venue, authors, year)."""
        line = self.lines[number - 1]
        read = title_and_parts(line, start, end)
        draft = start_draft(
            style, self.section, number, line, read.title, read.title_start, None, [], None
        )
        take_title_parts(draft, number, line, read, start)
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
        labelled: Block | None = None  # a paragraph below the title holding its labels
        if draft is not None:
            for number in item.head.lines[1:]:
                if not self._names_below(draft, number):
                    self._title_continued(draft, number)
        elif len(item.head.lines) >= 2:
            draft = self._title_over_links(item.head.lines, item.content_start, bold=False)
        if draft is None and item.blocks and isinstance(item.blocks[0], Paragraph):
            # "1. **Title.** `NeurIPS 2022`" / "" / "   *Ann Lee, Bo Chen.* [[Paper](…)]"
            labelled = item.blocks[0]
            numbers = item.head.lines + labelled.lines
            draft = self._title_over_links(numbers, item.content_start, bold=False)
        if draft is None:
            draft = self._title_over_paper(item)
        if draft is None:
            return None
        draft.span = self._item_span(item)
        if draft.main is not None and names_code(draft.main.label):
            self._paper_below(draft, item.blocks)
        for block in item.blocks:
            if isinstance(block, Item) and not self._is_nested_entry(block):
                self._attach(draft, block)
            elif isinstance(block, Paragraph) and block is not labelled:
                for number in block.lines:
                    self._below_title(draft, number)
        return draft

    def _below_title(self, draft: Draft, number: int) -> None:
        """Read a line of a paragraph below an item's title: links and notes, or, with no
        link, a field ("    Ian Goodfellow, Jonathon Shlens.": the authors)."""
        if find_links(self.lines[number - 1]):
            self._continuation(draft, number)
        else:
            self._paragraph_field(draft, number)

    def _paper_below(self, draft: Draft, blocks: list[Block]) -> None:
        """Make the paper's link on a sub-bullet the entry's link when its title line links
        only code: ``* **Title** | [Github](…)`` over ``* [ECCV2020] https://arxiv.org/abs/…``.
        The code link stays the entry's code."""
        assert draft.main is not None
        for bullet in [block for block in blocks if isinstance(block, Item)]:
            found = find_links(self.lines[bullet.line - 1])
            paper = _paper_link(found)
            if paper is not None:
                draft.code.insert(0, to_link(draft.main_line, draft.main))
                self._take_paper(draft, bullet, paper, found)
                return

    def _title_over_paper(self, item: Item) -> Draft | None:
        """An entry whose item line is a title and nothing else, one linked sub-bullet the
        paper's and any other a row of labels: ``* **Title** |`` over ``* Ann Lee, Bo Chen``
        and ``* [ICCV2023] https://arxiv.org/abs/…``; ``- **Title (ICML 2018)**`` over
        ``- [[Paper]](…)`` and ``- [[Python Reference]](…)``; a title not in bold only over
        a row of labels holding the paper's: ``- GraphCL: Graph Contrastive Learning.`` over
        ``- Y. You, T. Chen. *NIPS 2020*. [[pdf]](…) [[code]](…)``. Not a topic's bullet over
        entries: those link titles; nor a year's or venue's (``- **CVPR**``): that is a group."""
        line = self.lines[item.line - 1]
        if group_named(line, item.line, item.content_start) is not None:
            return None
        written = line[item.content_start :].rstrip(" \t|")
        bold = _BOLD_LINE.fullmatch(written) is not None
        if len(item.head.lines) > 1 or not (bold or (written and not find_links(line))):
            return None
        bullets = [block for block in item.blocks if isinstance(block, Item)]
        if len(bullets) != len(item.blocks):
            return None
        paper: tuple[Item, InlineLink, list[InlineLink]] | None = None
        for bullet in bullets:
            bullet_line = self.lines[bullet.line - 1]
            found = find_links(bullet_line)
            labels = label_row(bullet_line, bullet.content_start, found) if found else []
            on_bullet = _paper_link(found)
            if on_bullet is not None and paper is None and (bold or labels):
                paper = bullet, on_bullet, found
            elif found and not labels:
                return None
        if paper is None:
            return None
        end = item.content_start + len(written)
        draft = self._titled_by(item.line, item.content_start, end, EntryStyle.BRACKET_LABELS)
        self._take_paper(draft, *paper)
        return draft

    def _take_paper(
        self, draft: Draft, bullet: Item, paper: InlineLink, found: list[InlineLink]
    ) -> None:
        """Make ``paper``, one of the links ``found`` on ``bullet``, the entry's link; a tag
        before it gives its venue, names before a row of labels its authors (and venue):
        ``* [ECCV2020] https://…``, ``- Y. You, T. Chen. *NIPS 2020*. [[pdf]](…) [[code]](…)``."""
        line = self.lines[bullet.line - 1]
        draft.main_line, draft.main = bullet.line, paper
        tags = opening_tags(line, bullet.content_start, paper.start)
        if tags is not None:
            take_tags(draft, bullet.line, tags)
            return
        labels = label_row(line, bullet.content_start, found)
        before = before_labels(line, bullet.content_start, labels[0], found) if labels else ""
        at = line.find(before, bullet.content_start)
        authors = self._names_field(draft, bullet.line, at, before) if before else None
        if authors is not None:
            draft.fields.append(authors)
        draft.code.extend(to_link(bullet.line, link) for link in labels if names_code(link.label))

    def _names_below(self, draft: Draft, number: int) -> bool:
        """Read line ``number`` as the entry's authors when the line above ends in ``<br>`` and
        it holds two or more names, no institution and no link: ``* [**Title**](…)<br>`` over
        ``Ann Lee<sup>1</sup>, Bo Chen<sup>2</sup><br>`` (over ``<sup>1</sup>Yale University``)."""
        above = self.lines[number - 2].rstrip()
        if draft.field_named("Authors") is not None or without_break_tag(above) == above:
            return False
        return self._names_line(draft, number, without_break_tag(self.lines[number - 1]))

    def _names_line(self, draft: Draft, number: int, text: str) -> bool:
        """Give ``draft`` the text of line ``number`` (its line break markup left out) as its
        authors when it is two or more names of people and nothing else — no link, no
        affiliations ("Yale University, Amazon") — and tell whether it was."""
        names = text.strip()
        if "](" in names or "://" in names or len(split_authors(names)) < 2:
            return False  # a link, or one name
        if names_an_institution(names) or not looks_like_authors(names):
            return False
        start = self.lines[number - 1].find(names)
        draft.fields.append(
            unlabelled_field("Authors", names, on_line(number, start, start + len(names)))
        )
        return True

    def _paragraph_field(self, draft: Draft, number: int) -> None:
        """Read a paragraph line below an entry's title (a heading entry's, a list item's) as
        a labelled field, a venue alone (``#### [Title](…)`` / (blank) / ``CCS 2016``), or a
        note."""
        line = self.lines[number - 1]
        text = line.strip()
        start = line.find(text)
        parsed = self._field(draft, number, start, start + len(text), text) if text else None
        parsed = parsed or self._venue_line(draft, number)
        if parsed is not None:
            draft.fields.append(parsed)
        elif text:
            draft.notes.append(text)

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

    def _continuation(self, draft: Draft, number: int) -> list[InlineLink]:
        """Line ``number`` going on a paragraph of ``draft``'s as its links and a note; the
        links found are returned."""
        line = self.lines[number - 1]
        links = paper_links(find_links(line))
        draft.links.extend(to_link(number, link) for link in links)
        if line.strip():
            draft.notes.append(line.strip())
        return links

    def _title_continued(self, draft: Draft, number: int) -> None:
        """Line ``number`` going on the line of an item's title link, an authors line
        wrapped onto it: its code links are the entry's, and so is a venue opening it
        (``*Ann Lee, …, Bo Chen`` / ``.* NAACL 2025. [![stars](…)](https://github.com/…)``)."""
        links = self._continuation(draft, number)
        draft.code.extend(to_link(number, link) for link in links if names_code(link.label))
        line = self.lines[number - 1]
        text = line.lstrip(" \t.,;*_")
        self._venue_in_note(draft, number, len(line) - len(text), text)

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
                label is None and not (draft.style in _POSITIONAL_FIELD_STYLES and known_shape)
            ):
                self._venue_in_note(draft, number, start + match.start("value"), match["value"])
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
        if draft.style not in _POSITIONAL_FIELD_STYLES or not text:
            return None
        unlabelled = [f for f in draft.fields if f.raw_label is None]
        bare = text.strip(EMPHASIS + " ")
        if VENUE.match(bare) or BARE_VENUE.fullmatch(bare):
            return self._unlabelled("Venue", number, start, end, text)
        if unlabelled or draft.fields:
            return None
        return self._names_field(draft, number, start, text)

    @staticmethod
    def _venue_in_note(draft: Draft, number: int, start: int, value: str) -> None:
        """The venue opening a labelled note — "intro: CVPR 2017. SenseTime", "intro: ECCV
        2016 Oral" — as the entry's venue, when it has none (the note stays a note)."""
        venue = venue_sentence(value)
        if venue and _lacks_venue(draft, venue):
            draft.tag_venue(venue, on_line(number, start, start + len(venue)))

    def _names_field(self, draft: Draft, number: int, start: int, text: str) -> Field | None:
        """``text`` (from column ``start`` of line ``number``) as the entry's authors, a venue
        or year closing it given to the entry: "Ann Lee, Bo Chen. NeurIPS 2020", "Ann Lee, Bo
        Chen *CVPR 2024*"; None when it is no names."""
        (first, last), venue, year = tagged_names(text)
        names = text[first:last]
        if not looks_like_authors(names.strip()):
            return None
        if venue is not None:
            draft.tag_venue(venue[0], on_line(number, start + venue[1], start + venue[2]))
            remark = text[max(venue[2], year[2] if year else 0) :].strip(" \t.,;*_")
            if remark:  # "Ann Lee, Bo Chen. AAAI 2025. Bandit problem."
                draft.notes.append(remark)
        if year is not None:
            draft.take_year(year[0], None, on_line(number, start + year[1], start + year[2]))
        return self._unlabelled("Authors", number, start + first, start + last, names)

    @staticmethod
    def _unlabelled(label: str, number: int, start: int, end: int, text: str) -> Field:
        span = on_line(number, start, end)
        return unlabelled_field(label, text, span)

    # -- the head of an entry: item line, heading, paragraph line ---------------------------

    def _head(self, number: int, line: str, start: int, style: EntryStyle | None) -> Draft | None:
        """Recognise an entry from the line holding its title, or return None."""
        found = find_links(line)
        draft = self._read_head(number, line, start, style, found)
        if draft is not None and draft.venue is None:
            # "<sub>![NeurIPS 2023](https://img.shields.io/badge/…)</sub>": a venue badge.
            badge = next(
                (link for link in found if link.is_image and VENUE.match(link.label)), None
            )
            if badge is not None:
                span = on_line(number, badge.label_start, badge.label_end)
                draft.tag_venue(badge.label.strip(), span)
        return draft

    def _read_head(
        self,
        number: int,
        line: str,
        start: int,
        style: EntryStyle | None,
        found: list[InlineLink],
    ) -> Draft | None:
        links = [link for link in paper_links(found) if link.start >= start]
        if not links or into_repository(links[0], self.anchors):
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
        labels = [link for link in links if bracketed(line, link)]
        first = links[0]
        # Badges and images before the title link ("[![stars](…)](…) [Title](…)") are not text.
        lead = without_links(line, offset, first.start, found).strip()
        # Nothing but emphasis or symbols ("📄 [Title](…)", "⭐ [Title](…)") is decoration too.
        bare_lead = not any(char.isalnum() for char in lead)
        # "[OpenAI] [Title](…)", "(NeurIPS 2017) [Title](…)": tags before the title link.
        tags = None if bare_lead else lead_tags(line, offset, first.start)
        if tags is None and not bare_lead and not first.is_bare:
            # "🌟 CPC: [Title](…)": the link titles the entry ("LLaVA: https://…" does not).
            tags = lead_name(line, offset, first.start)
        # "Ha, D., & Schmidhuber, J. (2018). [World Models](…). NeurIPS.": a citation.
        cited = None if bare_lead or tags else _citing(line, offset, first.start)
        if (bare_lead or tags or cited) and not in_brackets(line, first):
            if first.from_badge:
                return None  # "[![arXiv](…)](…)" with no title before it: a header badge
            tagged = None if first.is_bare or tags or cited else title_after_tag(line, first, found)
            if tagged is not None:  # "[arXiv 2025.12](…), Title": the link's text is its tag
                label_tags, title_start, title = tagged
                draft = start_draft(
                    style or EntryStyle.LINK_ITEM,
                    self.section,
                    number,
                    line,
                    title,
                    title_start,
                    first,
                    links,
                    year,
                )
                take_tags(draft, number, label_tags)
                return draft
            # Most title lines end with their link; what follows one may hold a remark and,
            # after a title link (not a bare URL), a venue, a byline or a date.
            followed = bool(line[first.end :].strip())
            described = followed and not first.is_bare
            venue = trailing_venue(line, first.end, found) if described else None
            # "[Title](…) - Ann Lee, Bo Chen. CVPR 2023": authors and venue as prose.
            written_by = cited or (
                byline(line, first.end, found) if described and not venue else None
            )
            decorated = not first.is_bare and (
                not followed
                or venue is not None
                or written_by is not None
                or only_decoration(line, first.end, found)
            )
            style = style or (EntryStyle.LINK_ITEM if decorated else EntryStyle.NOTE_ITEM)
            title_start, title, dating = link_title(first)
            draft = start_draft(
                style, self.section, number, line, title, title_start, first, links, year
            )
            draft.take_dating(number, dating)
            if written_by is not None:
                take_byline(draft, number, line, written_by)
            if venue is not None:
                name, tag_start, tag_end = venue
                draft.tag_venue(name, on_line(number, tag_start, tag_end))
            if tags is not None:
                take_tags(draft, number, tags)
            dated = date_after(line, first.end) if described else None
            if dated is not None:
                value, month, tag_start, tag_end = dated
                draft.take_year(value, month, on_line(number, tag_start, tag_end))
            remark = _REMARK.match(line, first.end) if followed else None
            if remark and not (venue or written_by or dated):
                # "[Title](…)(如何在…)", "[Title](…) (DQN improvements combined)"
                draft.notes.append(remark.group(1).strip())
        elif labels and lead and not first.is_bare:
            return self._bracket_titled(number, line, offset, links, labels, style, year)
        elif lead and names_a_kind(first.label):
            # 'Title [paper](…) [code](…)': the bracket-label form without the brackets.
            kinds = [link for link in links if names_a_kind(link.label)]
            return self._bracket_titled(number, line, offset, links, kinds, style, year)
        else:
            draft = self._note_titled(
                number, line, offset, links, style or EntryStyle.NOTE_ITEM, year
            )
        if draft.style is EntryStyle.NOTE_ITEM:
            # What a notes bullet says after its link ("[Genie 2](…) - Not open.") is its note.
            said = line[first.end :].lstrip(EMPHASIS + " -–—:").rstrip()
            if said:
                draft.notes.append(said)
        stamp = date_at_end(line, first.end) if draft.year is None else None
        if stamp is not None:  # "[Title](…) - A robust model … ⏰ *2024-12*"
            value, month, stamp_start, stamp_end = stamp
            draft.take_year(value, month, on_line(number, stamp_start, stamp_end))
        return draft

    def _bracket_titled(
        self,
        number: int,
        line: str,
        offset: int,
        links: list[InlineLink],
        labels: list[InlineLink],
        style: EntryStyle | None,
        year: Year | None,
    ) -> Draft:
        first = labels[0]
        start, end = offset, first.start - 1 if in_brackets(line, first) else first.start
        if not any(map(str.isalnum, line[start:end])):  # nothing, or "🤖 " decorating the line
            start, end = after_leading_labels(line, labels)
        start, tags = _after_opening_tags(line, start, end)
        read = title_and_parts(line, start, end)
        main = paper_label(labels)
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
        take_title_parts(draft, number, line, read, offset)
        _venue_named_by(draft, number, main)  # "Title [[NeurIPS 2021](…)] [[code](…)]"
        if tags is not None:
            take_tags(draft, number, tags)
        self._after_labels(draft, number, line, labels, links)
        return draft

    @staticmethod
    def _after_labels(
        draft: Draft, number: int, line: str, labels: list[InlineLink], links: list[InlineLink]
    ) -> None:
        """What line ``number`` says after the title's first label: authors, a venue (between
        labels or after them), code tags, and a closing remark (a note)."""
        last = labels[-1]
        after = last.end + 1 if in_brackets(line, last) else last.end
        written_by = byline(line, after, links) if draft.field_named("Authors") is None else None
        if written_by is not None:
            # "**Title.** [[paper](…)] *Ann Lee, Bo Chen.* NeurIPS 2022": a byline after the labels.
            take_byline(draft, number, line, written_by)
        remark = None if written_by else _CLOSING_REMARK.match(line, after)
        if remark is not None and NAMED_VENUE.match(remark["remark"].lstrip("*_(")):
            remark = None  # "[[Code](…)] - ICML 2021": the venue
        if remark is not None:
            # "[[arXiv](…)] *(IJCAI 2023)* [[Code](…)] — _Pre-TSFM survey; background._"
            draft.notes.append(unemphasised(remark["remark"]))
        tail = line[: remark.start("dash")] if remark else line
        first_end = labels[0].end + 1 if in_brackets(line, labels[0]) else labels[0].end
        venue = trailing_venue(tail, first_end, links) if draft.venue is None else None
        if venue is not None:  # "**Title** (2025) [[Paper]](…) — *ACM Computing Surveys*"
            name, tag_start, tag_end = venue
            draft.tag_venue(name, on_line(number, tag_start, tag_end))
        draft.notes.extend(tags_after(tail, after))  # "[[paper](…)] [**`PTQ`**]"

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
        dating: list[DatingPart] = []
        if lead.strip(" -–—:*_"):
            title_start, title = trim_title(line, offset, first.start)
        else:
            title_start, title, dating = link_title(first)
        draft = start_draft(
            style, self.section, number, line, title, title_start, first, links, year
        )
        draft.take_dating(number, dating)
        return draft

    # -- paragraphs: link lines and the three-line bracket form -----------------------------

    def _paragraph(self, paragraph: Paragraph) -> None:
        if len(paragraph.lines) >= 2:
            draft = self._title_over_links(paragraph.lines, 0, bold=True)
            if draft is not None:
                self._close(draft)
                return
        current: Draft | None = None
        for number in paragraph.lines:
            line = self.lines[number - 1]
            draft = (
                self._link_line(number, line)
                or self._bold_title_line(number, line)
                or self._cited_line(number, line)
            )
            if draft is not None:
                self._close(current)
                current = draft
                if number == paragraph.lines[0] + 1:
                    self._names_above(draft, paragraph.lines[0])
            elif current is not None:
                below = number == current.main_line + 1  # the venue's place: "MLJ 2002 \\"
                venue = self._venue_line(current, number) if below else None
                if venue is not None:
                    current.fields.append(venue)
                else:
                    self._continuation(current, number)
                current.span = extend(current.span, self._line_span(number))
        self._close(current)

    def _cited_line(self, number: int, line: str) -> Draft | None:
        """A paragraph line that is a reference in citation style, its links after it —
        'Lee, Ann, et al. "Title." *Conference on Robot Learning*. PMLR, 2017. [📝 Paper](…)' —
        read as the same line in a list item would be."""
        links = paper_links(find_links(line))
        cited = cited_by(line, 0, links[0].start) if links else None
        # The title in quotes, as MLA and IEEE write it: the line is a reference, not names
        # over a title ("*Ann Lee, Bo Chen.* [[Paper](…)]").
        if cited is None or line[cited.end : links[0].start].lstrip(" *_")[:1] not in ('"', "“"):
            return None
        return self._head(number, line, 0, None)

    def _names_above(self, draft: Draft, number: int) -> None:
        """Read the line opening a paragraph, above the entry's link line, as its authors when
        it holds two or more names and nothing else (an annotated bibliography: ``Ann Lee, Bo
        Chen`` / ``[Title](…)`` / ``MLJ 2002 \\`` / what the paper does)."""
        if self._names_line(draft, number, _HARD_BREAK.sub("", self.lines[number - 1])):
            column = draft.fields[-1].column
            draft.span = replace(draft.span, line=number, column=column)

    def _venue_line(self, draft: Draft, number: int) -> Field | None:
        """Line ``number`` as the entry's venue when it is one and nothing else and the entry
        has none yet: ``#### [Title](…)`` / (blank) / ``CCS 2016``; ``[Title](…)`` /
        ``MLJ 2002 \\``."""
        line = self.lines[number - 1]
        venue = _HARD_BREAK.sub("", line).strip()
        if not _lacks_venue(draft, venue):
            return None
        start = line.find(venue)
        return self._unlabelled("Venue", number, start, start + len(venue), venue)

    def _line_span(self, number: int) -> Span:
        line = self.lines[number - 1]
        start = len(line) - len(line.lstrip())
        return Span(
            line=number, column=start + 1, end_line=number, end_column=len(line.rstrip()) + 1
        )

    def _bold_title_line(self, number: int, line: str) -> Draft | None:
        """A paragraph line that is a whole entry, its bold title before its labels:
        ``**Title** (2025) [[Paper]](…) — *NeurIPS*`` (a paragraph of such lines, each ending
        in a hard break, is a list of papers)."""
        start = len(line) - len(line.lstrip())
        if not line.startswith(("**", "__"), start):
            return None
        draft = self._head(number, line, start, None)
        if draft is None or draft.style is not EntryStyle.BRACKET_LABELS:
            return None
        draft.span = self._line_span(number)
        return draft

    def _link_line(self, number: int, line: str) -> Draft | None:
        """A paragraph line that is one link with optional backtick tags around it, or a link
        with a venue after it and perhaps a bold name before it: "**Multi-task Learning**,
        [Title](…), arXiv 2021/02"; links saying what they are may follow the title link:
        "[Title](…). SIGGRAPH, 2005. [[Page]](…) [[Code]](…)"."""
        found = find_links(line)
        links = [link for link in paper_links(found) if not link.is_bare]
        if not links or links[0].from_badge or into_repository(links[0], self.anchors):
            return None
        link, labels = links[0], links[1:]
        if labels and (
            names_a_kind(link.label) or not all(names_a_kind(label.label) for label in labels)
        ):
            return None
        venue = trailing_venue(line, link.end, found)
        named = _BOLD_NAME.fullmatch(line, 0, link.start) if venue else None
        after = without_links(line, link.end, venue[1] if venue else len(line), found)
        rest = line[: 0 if named else link.start] + after
        for start, end in reversed(code_spans(rest)):
            rest = rest[:start] + rest[end:]
        if rest.strip(" \t:,.*_") or link.is_bare:
            return None
        title_start, title, dating = link_title(link)
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
        draft.take_dating(number, dating)
        draft.span = self._line_span(number)
        if named is not None:
            draft.notes.append(named.group("name"))
        draft.notes.extend(line[start + 1 : end - 1].strip(" `") for start, end in code_spans(line))
        if venue is not None:
            draft.tag_venue(venue[0], on_line(number, venue[1], venue[2]))
        return draft

    def _title_over_links(self, numbers: list[int], start: int, *, bold: bool) -> Draft | None:
        """An entry whose title stands alone on the first of ``numbers`` (from column
        ``start``; in bold when ``bold``) and whose labelled links fill a later line:
        ``**Title** \\`` / ``*Authors* \\`` / ``venue. [[Paper](…)] [[Code](…)]``, and the item
        ``- **Title**`` over ``[![Paper](…)](…) [![Code](…)](…)``."""
        first = self.lines[numbers[0] - 1]
        # A line break closing the title line, "\\", two spaces or "<br />", is no part of it.
        written = without_break_tag(_HARD_BREAK.sub("", first)).rstrip()
        if bold:
            start = after_decoration(first, start)
        if paper_links(find_links(first)) or (bold and not _BOLD_LINE.fullmatch(written[start:])):
            return None
        for link_line in numbers[1:]:
            found = find_links(self.lines[link_line - 1])
            labels = label_row(self.lines[link_line - 1], 0, found)
            if labels:
                break
        else:
            return None
        title_start, tags = _after_opening_tags(first, start, len(written))
        read = title_and_parts(first, title_start, len(written))
        if not read.title:
            return None
        line = self.lines[link_line - 1]
        links = paper_links(found)
        main = paper_label(labels)
        draft = start_draft(
            EntryStyle.BRACKET_LABELS,
            self.section,
            link_line,
            line,
            read.title,
            0,
            main,
            links,
            None,
        )
        draft.title_span = on_line(numbers[0], read.title_start, read.title_start + len(read.title))
        take_title_parts(draft, numbers[0], first, read, start)
        if tags is not None:
            take_tags(draft, numbers[0], tags)
        _venue_named_by(draft, link_line, main)  # "**Title** \\" / "[[CVPR 2023]](…)"
        stamp = date_at_end(line, labels[-1].end)
        if stamp is not None:  # "[[Paper](…)] [[Code](…)], 2022.10"
            value, month, stamp_start, stamp_end = stamp
            draft.take_year(value, month, on_line(link_line, stamp_start, stamp_end))
        draft.span = Span(
            line=numbers[0],
            column=1,
            end_line=numbers[-1],
            end_column=len(self.lines[numbers[-1] - 1]) + 1,
        )
        for number in numbers[1:]:
            text = _HARD_BREAK.sub("", self.lines[number - 1]).strip()
            column = self.lines[number - 1].find(text)
            if number == link_line:
                # "arXiv 2022. [[Paper](…)]", "*Ann Lee, Bo Chen.* [[Paper](…)]"
                before = before_labels(line, 0, labels[0], found)
                if before:
                    at = line.find(before)
                    authors = self._names_field(draft, number, at, before)
                    venue = self._unlabelled("Venue", number, at, at + len(before), before)
                    draft.fields.append(authors or venue)
            elif number > link_line and self._more_labels(draft, number):
                continue  # "[[pdf]](…)" / "[[code]](…)": the labels take a line each
            elif text.startswith(("*", "_")) and looks_like_authors(text.strip(EMPHASIS)):
                names = text.strip(EMPHASIS)
                column += text.find(names)
                draft.fields.append(
                    self._unlabelled("Authors", number, column, column + len(names), names)
                )
            elif text:
                draft.notes.append(text)
        return draft

    def _more_labels(self, draft: Draft, number: int) -> bool:
        """Take the links of line ``number`` when it is a row of labels, its code links as the
        entry's code; tell whether it was."""
        line = self.lines[number - 1]
        found = find_links(line)
        if not label_row(line, 0, found):
            return False
        links = paper_links(found)
        draft.links.extend(to_link(number, link) for link in links)
        draft.code.extend(to_link(number, link) for link in links if names_code(link.label))
        return True


def _paper_link(found: list[InlineLink]) -> InlineLink | None:
    """The paper's link among the links on a sub-bullet: a bare web address or a link saying
    it is the paper's (``* [ECCV2020] https://arxiv.org/abs/…``, ``* [Paper](…)``)."""
    return next(
        (
            link
            for link in paper_links(found)
            if (link.is_bare and is_web(link)) or names_paper(link.label)
        ),
        None,
    )


def _after_opening_tags(line: str, start: int, end: int) -> tuple[int, LeadTags | None]:
    """Where the title starts in ``line[start:end]`` after the tags opening it — "[NeurIPS
    2023] Title", "`CLIP` **Title.**", "TKDE 2021: Title" — and those tags; a tag that is all
    the text is the title."""
    tags = opening_tags(line, start, end) or lead_label(line, start, end)
    if tags is None or not line[tags.end : end].strip():
        return start, None
    return tags.end, tags


def _is_news(heading: str) -> bool:
    """Whether a section is the list's news: its bullets ("**[2024-11-08]** [OpenCoder](…) is
    released.") name papers the list holds again below, so as entries they would all be
    duplicates. Whole headings only: "Fake News Detection" is a topic."""
    return _NEWS_HEADING.fullmatch(" ".join(_WORDS.findall(heading.casefold()))) is not None


def _titles_a_paper(line: str, start: int) -> bool:
    """Whether a heading's link may title an entry: a web link with nothing but a year or
    tags before it ("### 2024 - [Title](…)"), not a sentence ("#### Contributions are
    welcome! Please submit [pull requests](…)") or a page of a repository
    ("## [Contributing](CONTRIBUTING.md)", "[How to PR](https://github.com/…/how-to-PR.md)")."""
    found = find_links(line)
    links = [link for link in paper_links(found) if link.start >= start]
    if not links or not is_web(links[0]) or links[0].url.strip().lower().endswith(".md"):
        return False  # no web page, or a page of a repository ("…/blob/main/how-to-PR.md")
    prefix = YEAR_PREFIX.match(line, start)
    offset = prefix.end() if prefix else start
    lead = without_links(line, offset, links[0].start, found)
    return (
        not any(char.isalnum() for char in lead)
        or lead_tags(line, offset, links[0].start) is not None
    )
