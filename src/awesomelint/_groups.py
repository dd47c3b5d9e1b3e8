"""What a heading or a parent bullet says of the entries under it: their year and venue.

Lists group their papers by year and venue and often write neither anywhere else:
``### 2024``, ``### NeurIPS 2023``, or ``- **Year 2024**`` over ``  - **CVPR**`` over the
papers themselves. An entry that names no venue of its own takes the innermost group's
venue, and its year when it has no year label either.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from awesomelint._draft import Draft
from awesomelint._entry_text import on_line
from awesomelint._inline import HTML_TAG
from awesomelint._model import Span
from awesomelint._vocabulary import BARE_VENUE, VENUE, YEAR, YEAR_DIGITS


class Group(NamedTuple):
    """The year and the venue a group's label names, each with where it is written."""

    year: tuple[int, Span] | None
    venue: tuple[str, Span] | None


#: A year as a group's label: "2024", "Year 2024".
_YEAR_LABEL = re.compile(rf"(?:year\s+)?(?P<year>{YEAR_DIGITS})", re.IGNORECASE)
#: What surrounds a group's label: emphasis, a closing colon ("**CVPR**:").
_LABEL_EDGES = " \t*_:"
#: The longest text of a line that may be a group's label: a few words, and perhaps an anchor
#: around them ('<span id="text-year-2024">**Year 2024**</span>').
_LONGEST_LABEL_LINE = 120
#: A venue and its year as a label are a few words at most ("Nature Machine Intelligence
#: 2023"); a longer heading that opens with a venue's name is a topic.
_LONGEST_VENUE_LABEL = 40


def group_named(line: str, number: int, start: int) -> Group | None:
    """The group that the text of line ``number`` from column ``start`` (a heading's text, a
    bullet's content) names, HTML tags left out — ``<span id="y24">**Year 2024**</span>``,
    ``**CVPR**``, ``NeurIPS 2023`` — or None when it names no year or venue alone."""
    text = line[start:]
    if len(text) > _LONGEST_LABEL_LINE:
        return None
    if "<" in text:
        text = HTML_TAG.sub(lambda tag: " " * len(tag.group()), text)
    label = text.strip(_LABEL_EDGES)
    if not label or "[" in label:  # a link ("[2025](#2025)" of a table of contents) names none
        return None
    at = start + text.find(label)
    year = _YEAR_LABEL.fullmatch(label)
    if year is not None:
        return Group(
            (int(year["year"]), on_line(number, at + year.start(1), at + year.end(1))), None
        )
    venue = (label, on_line(number, at, at + len(label)))
    if BARE_VENUE.fullmatch(label):
        return Group(None, venue)
    written_year = YEAR.search(label)
    if written_year and len(label) <= _LONGEST_VENUE_LABEL and VENUE.match(label):
        written = on_line(number, at + written_year.start(), at + written_year.end())
        return Group((int(written_year.group()), written), venue)
    return None


def innermost(groups: Iterable[Group | None]) -> Group | None:
    """What the open groups, outermost first, say together: the innermost year and the
    innermost venue ("Year 2024" over "CVPR": both)."""
    year: tuple[int, Span] | None = None
    venue: tuple[str, Span] | None = None
    for group in groups:
        if group is not None:
            year = group.year or year
            venue = group.venue or venue
    return None if year is None and venue is None else Group(year, venue)


def take_group(draft: Draft, group: Group) -> None:
    """Give ``draft`` the group's venue and year, unless it names a venue of its own (whose
    year is the entry's); a year label of its own stays the year."""
    if draft.has_venue:
        return
    if group.year is not None:
        draft.take_year(group.year[0], None, group.year[1])
    if group.venue is not None:
        venue, written = group.venue
        if group.year is not None and not YEAR.search(venue):
            venue = f"{venue} {group.year[0]}"  # "CVPR" under "Year 2024"
        draft.tag_venue(venue, written)
