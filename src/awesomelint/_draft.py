"""An entry being read: the parts the parser has found so far, and how they make an Entry.

Every entry style starts a draft from the line holding its title (:func:`start_draft`), adds
fields, links and notes as it reads on, and finishes it into the
:class:`~awesomelint._model.Entry` the rules see.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._entry_text import (
    DatingPart,
    link_span,
    names_code,
    on_line,
    title_year,
    to_link,
)
from awesomelint._inline import InlineLink
from awesomelint._model import Entry, EntryStyle, Field, Link, Span, first_field
from awesomelint._vocabulary import split_authors, split_keywords, venue_year

#: Emphasis markers around a value ("*CVPR 2024*").
EMPHASIS = "*_"

#: (year, month, where the year is written)
Year = tuple[int, int | None, Span]


@dataclass
class Draft:
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
    year: Year | None = None
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
                venue = item.value.strip().strip(EMPHASIS).strip()
        url = self.main.url.strip() if self.main else None
        arxiv = parse_arxiv_url(url) if url else None
        year, month, year_span = self.year or (None, None, None)
        if year is None and venue:
            # The venue's year is the last resort: a year label, prefix or date says more.
            year = venue_year(venue, arxiv.id if arxiv else None)
            venue_field = self.field_named("Venue")
            if year and self.venue is None and venue_field is not None:
                year_span = venue_field.value_span
            elif year:
                year_span = self.venue_span
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
        """Take the venue from a tag on the title line (``**`CVPR 24`**``), or from prose; its
        year counts when the entry has no year label (see :meth:`finish`)."""
        self.venue = venue
        self.venue_span = written

    def take_year(self, year: int, month: int | None, written: Span) -> None:
        """Take a year label (and its month) unless the entry has one: the first one read —
        a "2024 - " prefix, a title's "(2021)" — says it best."""
        if self.year is None:
            self.year = (year, month, written)

    def take_dating(self, number: int, dating: list[DatingPart]) -> None:
        """Take the dates and the venue a title link's text (on line ``number``) holds around
        the title (see :func:`~awesomelint._entry_text.link_title`)."""
        for part in dating:
            span = on_line(number, part.start, part.end)
            if part.year is not None:
                self.take_year(part.year, part.month, span)
            elif part.venue is not None and self.venue is None:
                self.tag_venue(part.venue, span)

    def field_named(self, label: str) -> Field | None:
        return first_field(self.fields, label)

    @property
    def has_venue(self) -> bool:
        """Whether the entry names its venue: in a tag or prose, or on a Venue line."""
        return self.venue is not None or self.field_named("Venue") is not None


def start_draft(
    style: EntryStyle,
    section: tuple[str, ...],
    number: int,
    line: str,
    title: str,
    title_start: int,
    main: InlineLink | None,
    links: list[InlineLink],
    year: Year | None,
) -> Draft:
    """A draft from the line (``number``, 1-based) that holds the entry's title: its links,
    the code links among them, and a year label from the title when none came first."""
    title_span = Span(
        line=number,
        column=title_start + 1,
        end_line=number,
        end_column=title_start + len(title) + 1,
    )
    draft = Draft(
        style=style,
        section=section,
        span=Span(line=number, column=1, end_line=number, end_column=len(line) + 1),
        title=title,
        title_span=title_span,
        main=main,
        main_line=number,
        links=[to_link(number, link) for link in links],
        year=year or title_year(title, title_span),
    )
    draft.code = [
        to_link(number, link) for link in links if link is not main and names_code(link.label)
    ]
    return draft


def unlabelled_field(label: str, value: str, span: Span) -> Field:
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
