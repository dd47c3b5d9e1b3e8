"""What the line holding an entry's title says besides the title, given to the entry's draft.

Bracket-label lines ("**Title** - Ann Lee, Bo Chen. NeurIPS 2017. [[paper](…)]"), card headings,
tags before a title and bylines after a title link all carry authors, venues and years on the
title's own line; these functions read them and hand them to the draft.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from awesomelint._draft import EMPHASIS, Draft, unlabelled_field
from awesomelint._entry_text import (
    COMMA,
    SET_OFF_TITLE,
    Byline,
    Citation,
    LeadTags,
    cited_by,
    comma_tail,
    inline_tag,
    names_a_kind,
    on_line,
    split_parts,
    title_line,
    trim_title,
    unparenthesised,
)
from awesomelint._inline import InlineLink
from awesomelint._vocabulary import (
    BARE_VENUE,
    VENUE,
    YEAR,
    YEAR_DIGITS,
    looks_like_authors,
    split_authors,
)


def take_tags(draft: Draft, number: int, tags: LeadTags) -> None:
    """Give ``draft`` what the tags before its title on line ``number`` say: notes, and a
    venue and a year where the entry has none yet."""
    draft.notes.extend(tags.notes)
    if tags.year is not None:
        value, month, start, end = tags.year
        draft.take_year(value, month, on_line(number, start, end))
    if tags.venue is not None and draft.venue is None:
        name, start, end = tags.venue
        draft.tag_venue(name, on_line(number, start, end))


def take_byline(draft: Draft, number: int, line: str, written_by: Byline) -> None:
    """Give ``draft`` the authors of a byline on its line ``number``, and its venue and year
    where the entry has none yet."""
    names_start, names_end = written_by.authors
    span = on_line(number, names_start, names_end)
    draft.fields.append(unlabelled_field("Authors", line[names_start:names_end], span))
    if written_by.venue is not None and draft.venue is None:
        name, start, end = written_by.venue
        draft.tag_venue(name, on_line(number, start, end))
    if written_by.year is not None:
        value, start, end = written_by.year
        draft.take_year(value, None, on_line(number, start, end))


class TitleParts(NamedTuple):
    """The text before an entry's labels, read: its title, a tag inside it (as (value, the
    written form, whether it is a venue)), and the parts after the title with what each reads
    as."""

    title_start: int
    title: str
    tag: tuple[str, str, bool] | None
    parts: list[tuple[tuple[int, int], str | None]]


def take_title_parts(draft: Draft, number: int, line: str, read: TitleParts, start: int) -> None:
    """Give ``draft`` what its title line (``number``) says besides the title: a venue tag,
    authors, a venue, a year; any other part is a note."""
    if read.tag:
        value, written, is_venue = read.tag
        if is_venue:
            at = line.find(written, start)
            draft.tag_venue(value, on_line(number, at, at + len(written)))
        else:
            draft.notes.append(value)
    readings = {reading for _, reading in read.parts}
    # One capitalised phrase alone ("**Title** - Reinforcement Learning") may be a topic; it is
    # an author only beside a venue or year: "**Title** - Ann Lee. NeurIPS 2017."
    dated = bool(readings & {"venue", "year"}) or (read.tag is not None and read.tag[2])
    for (a, b), reading in read.parts:
        span = on_line(number, a, b)
        authors = reading == "names" or (reading == "name" and dated)
        if reading == "venue" and draft.venue is None:
            draft.tag_venue(_as_venue(line[a:b]), span)
        elif authors and draft.field_named("Authors") is None:
            draft.fields.append(unlabelled_field("Authors", line[a:b], span))
        elif reading == "year" and draft.year is None:
            draft.take_year(int(line[a:b].strip("()[]")), None, span)
        else:
            draft.notes.append(line[a:b])


def title_and_parts(line: str, start: int, end: int) -> TitleParts:
    """Read ``line[start:end]``, the text before an entry's labels: "Title. **`CVPR 24`**",
    "**Title** - Ann Lee, Bo Chen. NeurIPS 2017.", "Title, Ann Lee, Bo Chen, Nature 2015"."""
    cited = cited_by(line, start, end)
    if cited is not None:
        return _cited_title(line, cited, end)
    before = line[start:end]
    tag = inline_tag(before)
    if tag:
        end = start + before.find(tag[1])
        introduced = _VENUE_INTRODUCED.search(line, start, end)
        if introduced and tag[2]:
            end = introduced.start()  # "Title. In *COLT 2016*": "In" is no part of the title
    cut = title_line(line, start, end)
    parts = [((a, b), _reading(line[a:b])) for a, b in _dated_apart(line, cut.parts)]
    if cut.name is not None:
        parts.insert(0, (cut.name, None))  # a short name is a note, never an author
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
            parts += [(tail.remark, None)] if tail.remark else []
    return TitleParts(title_start, title, tag, parts)


def _cited_title(line: str, cited: Citation, end: int) -> TitleParts:
    """A reference in citation style, ``Graves, A., et al. (2006). *Title*. ICML.``: its title
    runs from after the year to the first break, whatever the parts after it say."""
    if cited.year is None:
        return _listed_title(line, cited, end)
    cut = title_line(line, cited.end, end)
    _, year_start, year_end = cited.year
    parts: list[tuple[tuple[int, int], str | None]]
    parts = [(cited.authors, "names"), ((year_start, year_end), "year")]
    parts += [((a, b), _reading(line[a:b])) for a, b in cut.parts]
    return TitleParts(cut.title_start, cut.title, None, _container_read(line, parts))


def _listed_title(line: str, cited: Citation, end: int) -> TitleParts:
    """A reference that lists names, title, venue and year, set off by commas: ``A. Graves,
    "Title", ICML, 2006.``, ``S. S. Keerthi and B. Ravindran, Title, Sadhana, 1994.``,
    ``Lyle C, Dabney W. **Title**[J]. arXiv preprint``.

    A quoted or bold title is the text set off; any other runs up to the pieces closing the
    reference: a venue, or a year and the piece before it. That piece, right after the title,
    is the venue whatever its name (a journal such as "Sadhana" is in no vocabulary).
    """
    set_off = SET_OFF_TITLE.match(line, cited.end, end)
    pieces = split_parts(line, set_off.end() if set_off else cited.end, end, COMMA)
    closing = _closing_pieces(line, pieces, 0 if set_off else 1)
    if set_off is not None:
        group = next(name for name, text in set_off.groupdict().items() if text)
        title_start, title = set_off.start(group), set_off.group(group).strip().rstrip(" ,.")
    else:
        title_start, title_end = pieces[0][0], pieces[len(pieces) - closing - 1][1]
        title = line[title_start:title_end]
        pieces = pieces[len(pieces) - closing :]
    parts: list[tuple[tuple[int, int], str | None]] = [(cited.authors, "names")]
    parts += [(piece, _reading(line[slice(*piece)])) for piece in pieces]
    if closing == 2 and len(pieces) == 2:
        parts[1] = (pieces[0], "venue")
    return TitleParts(title_start, title, None, _container_read(line, parts))


def _container_read(
    line: str, parts: list[tuple[tuple[int, int], str | None]]
) -> list[tuple[tuple[int, int], str | None]]:
    """The parts of a reference, the first that opens with emphasis read as its venue whatever
    its name, up to where the emphasis closes: the journal or proceedings that MLA, APA and
    IEEE set in italics ('"Title." *IEEE Transactions on Pattern Analysis and Machine
    Intelligence* 45.3 (2022)', '*Conference on Robot Learning*. PMLR, 2017')."""
    for index, ((a, b), reading) in enumerate(parts):
        if reading not in (None, "venue") or a == 0 or line[a - 1] not in EMPHASIS:
            continue
        close = line.find(line[a - 1], a, b + 1)
        if close <= a:
            continue
        rest = line[close:b].lstrip(EMPHASIS + " .,:;")
        parts[index] = ((a, close), "venue")
        volume = _VOLUME_YEAR.fullmatch(rest)
        if volume is not None:  # "45.3 (2022): 3461-3475": the year is the reference's
            start = b - len(rest)
            parts.insert(index + 1, ((start + volume.start(1), start + volume.end(1)), "year"))
        elif rest:
            parts.insert(index + 1, ((b - len(rest), b), _reading(rest)))
        break
    return parts


#: A journal's volume and issue, the year in parentheses and the pages, after its name in a
#: reference: "45.3 (2022): 3461-3475", "36 (2023): 7730-7742", "5.3&4 (2012)".
_VOLUME_YEAR = re.compile(rf"[\d.&\s]*\(({YEAR_DIGITS})\)(?::\s*[\d\s-]+)?\.?")


def _closing_pieces(line: str, pieces: list[tuple[int, int]], title_pieces: int) -> int:
    """How many of the last ``pieces`` close a reference: a venue (1), a year and the piece
    before it (2), or a year alone (1); ``title_pieces`` must remain before them."""
    if len(pieces) <= title_pieces:
        return 0
    last = _reading(line[slice(*pieces[-1])])
    if last == "venue":
        return 1
    if last == "year":
        return 2 if len(pieces) > title_pieces + 1 else 1
    return 0


#: The word introducing a venue tag that closes a title line: "Title. In *COLT 2016*".
_VENUE_INTRODUCED = re.compile(r"[\s.,]+[Ii]n\s*$")
#: What closes a part in parentheses: "Ann Lee, Bo Chen (2022, TACL 2022)".
_PARENTHESISED_TAIL = re.compile(r"(?:^|\s+)\(([^()]+)\)$")
#: A year in parentheses or brackets opening a part, and what sets the rest off: "(1982), S. E.
#: Levinson", "[2016] ![](https://img.shields.io/badge/…)".
_OPENING_YEAR = re.compile(r"(?:\((?:19|20)\d\d\)|\[(?:19|20)\d\d\])(?P<gap>[\s,;]+)(?=\S)")


def _dated_apart(line: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``parts`` with a year and venue in parentheses closing one made parts of their own:
    "Ann Lee, Bo Chen (2022, TACL 2022)" reads as names, a year and a venue; so does a year
    opening one, "**Title**(1982), S. E. Levinson et al."; a remark in parentheses ("(Oral)",
    "(survey)") stays in its part."""
    apart: list[tuple[int, int]] = []
    for a, b in parts:
        head = _OPENING_YEAR.match(line, a, b)
        if head is not None:
            apart.append((a, head.start("gap")))
            a = head.end()
        tail = _PARENTHESISED_TAIL.search(line[a:b])
        inside = split_parts(line, a + tail.start(1), a + tail.end(1), COMMA) if tail else []
        alone = tail is not None and tail.start() == 0 and len(inside) == 1  # "(2024)" reads so
        if tail and not alone and all(_reading(line[c:d]) in {"year", "venue"} for c, d in inside):
            apart.extend([(a, a + tail.start())] if tail.start() else [])
            apart.extend(inside)
        else:
            apart.append((a, b))
    return apart


def _as_venue(part: str) -> str:
    """A part of a title line as the venue it may name, without code, emphasis, the
    parentheses or brackets around it or the word introducing it: "`(NeurIPS 2017)`", "*ICML*
    2024", "[NeurIPS 2024]", "in ICML, 2009"."""
    venue = unparenthesised(part.replace("*", "").strip("` "))
    if venue.startswith("[") and venue.endswith("]"):
        venue = venue[1:-1].strip()  # "**Title** [NeurIPS 2024] [[paper](…)]"
    return venue[3:] if venue[:3] in ("in ", "In ") else venue


def _reading(part: str) -> str | None:
    """What a part of a title line is: "venue", "year", "names" (two or more author names),
    "name" (one), or None for anything else."""
    venue = _as_venue(part)
    if VENUE.match(venue) or BARE_VENUE.fullmatch(venue):
        return "venue"
    if YEAR.fullmatch(part.strip("()[]")):
        return "year"  # "**Title** (2025) [[Paper](…)]", "**Title.** [2016]"
    if looks_like_authors(part):
        return "names" if len(split_authors(part)) > 1 else "name"
    return None


def after_leading_labels(line: str, bracketed: list[InlineLink]) -> tuple[int, int]:
    """Where the title stands in ``[[Paper](…)] [[Code](…)] - Title [[Demo](…)]``: after the
    run of bracketed links that opens the line (and a separating dash or colon), up to the
    next bracketed link or the end of the line."""
    start = bracketed[0].end + 1
    for link in bracketed[1:]:
        if line[start : link.start - 1].strip():
            break
        start = link.end + 1
    end = next((link.start - 1 for link in bracketed if link.start > start), len(line))
    for unlinked in _UNLINKED_LABEL.finditer(line, start, end):
        if unlinked["tag"] or names_a_kind(unlinked["label"]):
            end = unlinked.start()  # "Title [Code] [[Page](…)]": a label without its link
            break
    text = line[start:end]
    return start + len(text) - len(text.lstrip(" -–—:|")), end


#: A label in brackets with no link, a placeholder for one: "[Code]", "[[Page]]", or a tag in
#: code: "[`Task structures`]".
_UNLINKED_LABEL = re.compile(r"\s\[\[?(?:`(?P<tag>[^`]+)`|(?P<label>[^\[\]`]+))\]?\](?!\()")
