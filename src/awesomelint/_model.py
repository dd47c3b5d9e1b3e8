"""The typed entry model: what a paper list *is*, independent of how it was written.

Every piece of an entry carries a :class:`Span` into the original file so that a
diagnostic or a fix can point at (or rewrite) exactly the characters it is about.
Lines and columns are 1-based; columns count Unicode code points within the line
(after a byte-order mark on line 1), and ``end_column`` is exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class Span:
    """A range of the original file: start inclusive, end exclusive.

    A plain dataclass rather than a pydantic model: a large list has a hundred thousand spans,
    and they are built by the parser, never from untrusted input.
    """

    line: int
    column: int
    end_line: int
    end_column: int


class EntryStyle(str, Enum):
    """How an entry is written; the parser recognises each of these shapes."""

    LINK_ITEM = "link-item"  # - [Title](url) with field sub-bullets
    YEAR_ITEM = "year-item"  # * 2024 - [Title](url) with note sub-bullets
    LINK_PARAGRAPH = "link-paragraph"  # `Main paper`: [Title (2021)](url) `recent`
    NOTE_ITEM = "note-item"  # a notes-style bullet mixing links and prose
    HEADING = "heading"  # ### 2024 - [Title](url)
    BRACKET_LABELS = "bracket-labels"  # Title. **`CVPR 24`** [[Paper](url)] [[Code](url)]
    TABLE_ROW = "table-row"  # | [**Title**](url) | Venue | 2025-06-12 | ...


@dataclass(slots=True)
class Link:
    """An inline link ``[label](url)`` on one line.

    Positions are stored as 1-based columns of ``line`` and the spans are derived on demand:
    a large list has tens of thousands of links, most of whose spans are never looked at, and
    a record of plain numbers is several times cheaper to build than one holding three spans.
    Built by the parser and read by the rules; nothing changes it after parsing.
    """

    label: str
    url: str
    line: int
    #: The whole link, ``[`` (or ``!`` of an image) to ``)`` inclusive; end columns exclusive.
    column: int
    end_column: int
    label_column: int
    label_end_column: int
    url_column: int
    url_end_column: int
    #: False for ``[label](https://…`` with no closing ``)``: Markdown renders no link there.
    closed: bool = True

    @property
    def span(self) -> Span:
        return Span(self.line, self.column, self.line, self.end_column)

    @property
    def label_span(self) -> Span:
        return Span(self.line, self.label_column, self.line, self.label_end_column)

    @property
    def url_span(self) -> Span:
        return Span(self.line, self.url_column, self.line, self.url_end_column)


@dataclass(slots=True)
class Field:
    """One labelled (or positionally recognised) line of an entry, e.g. ``Keywords: a, b``.

    ``label`` is the canonical label; ``raw_label`` is what the file says (``None`` when the
    field was recognised by its shape, as an unlabelled authors line is). Like :class:`Link`,
    it keeps 1-based columns of its one line and derives spans when asked.
    """

    label: str
    raw_label: str | None
    value: str
    line: int
    column: int
    end_column: int
    value_column: int
    #: Where the written label ends (exclusive); None when there is no label.
    label_end_column: int | None = None
    #: Where the label's words start: after the emphasis of ``**Authors**:`` (else ``column``).
    label_column: int | None = None

    @property
    def span(self) -> Span:
        return Span(self.line, self.column, self.line, self.end_column)

    @property
    def label_span(self) -> Span | None:
        if self.label_end_column is None:
            return None
        start = self.column if self.label_column is None else self.label_column
        return Span(self.line, start, self.line, self.label_end_column)

    @property
    def value_span(self) -> Span:
        return Span(self.line, self.value_column, self.line, self.end_column)


def first_field(fields: list[Field], label: str) -> Field | None:
    """The first of ``fields`` with canonical ``label``, if any (of an entry, or of a draft)."""
    for item in fields:
        if item.label == label:
            return item
    return None


@dataclass(slots=True)
class Entry:
    """One paper (or resource) of a list, with the position of everything it holds.

    Like every record here, a typed dataclass built by the parser from values it has already
    checked: nothing to validate, and no import of a validation library on the start-up of
    every ``check`` (see the README's note on pydantic).
    """

    style: EntryStyle
    section: tuple[str, ...]
    span: Span
    title: str
    title_span: Span
    url: str | None
    url_span: Span | None
    arxiv_id: str | None
    links: list[Link]
    authors: list[str]
    venue: str | None
    year: int | None
    month: int | None
    year_span: Span | None
    keywords: list[str]
    code: list[Link]
    fields: list[Field]
    notes: list[str]
    #: For list-item entries, the indentation (in columns) their marker belongs at: the
    #: content column of the enclosing item, 0 at top level. None for other styles.
    indent_base: int | None = None

    def field(self, label: str) -> Field | None:
        """The first field with canonical ``label``, if the entry has one."""
        return first_field(self.fields, label)

    def other_fields(self) -> dict[str, str]:
        """Labelled fields that have no dedicated attribute, under their canonical label."""
        dedicated = {"Authors", "Venue", "Keywords", "Code"}
        return {f.label: f.value for f in self.fields if f.label not in dedicated}


@dataclass(slots=True)
class Document:
    """A parsed list: its entries in file order, plus what the parser learnt about the file."""

    path: str
    entries: list[Entry]
    #: Field labels the list's own fenced ``format:`` block declares, in order (may be empty).
    declared_fields: list[str]
