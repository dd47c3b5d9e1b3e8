"""Reading an entry's parts out of its text: links, titles, year labels, venue tags.

Small pure functions of a line and its links, shared by every entry style the parser knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Any, NamedTuple, TypeVar
from urllib.parse import unquote

from awesomelint._inline import HTML_TAG, InlineLink, code_spans
from awesomelint._model import Link, Span
from awesomelint._vocabulary import (
    BARE_VENUE,
    CODE_LINK_LABELS,
    MONTH_DIGITS,
    NAMED_VENUE,
    PAPER_LINK_LABELS,
    TITLE_DATE,
    TITLE_TRAILING_YEAR,
    VENUE,
    YEAR,
    YEAR_DIGITS,
    canonical_label,
    looks_like_authors,
    month_number,
    split_authors,
)

_T = TypeVar("_T")

_BOLD_WRAP = re.compile(r"^(\*\*|__)?(.*?)(\*\*|__)?$", re.DOTALL)
#: Emphasis around a whole link text: ``**Title**``, ``__Title__``, ``*Title*``, ``_Title_``.
_EMPHASIS_WRAP = re.compile(r"(\*\*|__|\*|_)(?=[^\s*_])(.*[^\s*_])\1", re.DOTALL)


def on_line(line: int, start: int, end: int) -> Span:
    """The span of the 0-based character range ``[start, end)`` of 1-based ``line``."""
    return Span(line=line, column=start + 1, end_line=line, end_column=end + 1)


def link_span(line: int, link: InlineLink, *, url: bool = False) -> Span:
    """Where a link (or, with ``url``, just its destination) stands on 1-based ``line``."""
    start, end = (link.url_start, link.url_end) if url else (link.start, link.end)
    return on_line(line, start, end)


def to_link(line: int, link: InlineLink) -> Link:
    """The model of a link found on 1-based ``line``, its URL without surrounding whitespace."""
    return Link(
        label=link.label,
        url=link.url.strip(),
        line=line,
        column=link.start + 1,
        end_column=link.end + 1,
        label_column=link.label_start + 1,
        label_end_column=link.label_end + 1,
        url_column=link.url_start + 1,
        url_end_column=link.url_end + 1,
        closed=not link.is_unclosed,
    )


def paper_links(links: list[InlineLink]) -> list[InlineLink]:
    """Links that may name a paper: not images or in-page anchors, and badges only when their
    image says what they link to (``[![arXiv](https://img.shields.io/…)](https://arxiv.org/…)``,
    ``[![Code](…)](https://github.com/…)``) — those read as links with that text."""
    found: list[InlineLink] = []
    for link in links:
        if link.is_anchor or link.is_image:
            continue
        if link.is_badge:
            labelled = _badge_label(link)
            if labelled is not None:
                found.append(labelled)
        else:
            found.append(link)
    return found


_IMAGE = re.compile(r"!\[([^\[\]]*)\]\(\s*(?:[^()\s]*/)?([^()/\s]*)[^()]*\)")


def _badge_label(link: InlineLink) -> InlineLink | None:
    """A badge link as a link whose text is its image's alt text — or the name of its image
    file, when the alt text is missing or says nothing (``[![](./assets/code.svg)](…)``,
    ``[![GitHub Page](…/badge/GitHub-Code-7395C5.svg)](…)``) — when that names the paper or
    its code; else None (a star count, a licence, a decoration)."""
    image = _IMAGE.fullmatch(link.label)
    if image is None:
        return None
    for group in (1, 2):
        said = image.group(group)
        if group == 2:
            said = said.rpartition(".")[0] or said  # "code.svg": "code"
        if said and (names_paper(said) or names_code(said)):
            start = link.label_start + image.start(group)
            return link._replace(
                label=said, label_start=start, label_end=start + len(said), from_badge=True
            )
    return None


def _label_word_list(label: str) -> list[str]:
    """The words of a link text, emoji and symbols left out: "[Code 💻]" is ["code"],
    "Code-PyTorch" ["code", "pytorch"]."""
    words = label_key(label).replace("-", " ").split()
    return [word for word in words if any(map(str.isalnum, word))]


def paper_label(labels: list[InlineLink]) -> InlineLink:
    """The paper's link among a row of labels: the one saying it is ("[[Paper](…)]"), else the
    first ("[[CVPR 2023](…)] [[Code](…)]")."""
    return next((link for link in labels if names_paper(link.label)), labels[0])


def names_paper(label: str) -> bool:
    """Whether a link's text says it links to the paper: "Paper", "[arXiv]", "PDF 📄"."""
    return " ".join(_label_word_list(label)) in PAPER_LINK_LABELS


def names_code(label: str) -> bool:
    """Whether a link's text says it links to code: "Code", "Github", "Torch Code",
    "[Code 💻]", "GitHub Stars" (a star badge on the repository)."""
    words = _label_word_list(label)
    return bool(words) and (
        " ".join(words) in CODE_LINK_LABELS
        or "code" in words
        or (words[0] in ("github", "gitlab") and any(word.startswith("star") for word in words))
    )


def is_web(link: InlineLink) -> bool:
    """Whether a link leads to the web, not to a page of the repository (``./notes/x.md``)."""
    return link.url.strip().startswith(("http://", "https://"))


#: A section of a GitHub repository's page, up to its fragment.
_REPOSITORY_SECTION = re.compile(
    r"https?://github\.com/[^/\s]+/[^/\s#?]+(?:/(?:tree|blob)/[^\s#?]*)?/?(?:\?[^\s#]*)?#",
    re.IGNORECASE,
)
_NOT_IN_ANCHOR = re.compile(r"[^\w\- ]")
#: A path in the repository: "./x", "../x", "/x", "project/", "quantization.md", "LICENSE" —
#: not a placeholder such as "xx", which entry-url reports.
_REPOSITORY_PATH = re.compile(
    r"\.{0,2}/|[^:?#\s]*(?:/|\.\w{1,5})(?:[?#]|$)|[A-Z][A-Z_-]+(?:[?#]|$)"
)


def anchor(heading: str) -> str:
    """The fragment GitHub gives a heading ("📝 Papers (2024)" → "papers-2024"), without the
    hyphens a leading emoji or a trailing mark leaves at its ends."""
    return _NOT_IN_ANCHOR.sub("", plain(heading).strip().lower()).replace(" ", "-").strip("-")


def is_repository_path(url: str) -> bool:
    """Whether ``url`` is a path in the list's repository — "./x", "../x", "/x", "project/",
    "quantization.md" — not a web address ("www.…" is one) nor a placeholder ("xx")."""
    return not url.startswith("www.") and _REPOSITORY_PATH.match(url) is not None


def into_repository(link: InlineLink, anchors: frozenset[str]) -> bool:
    """Whether a link leads around the list's own repository rather than to a paper: a
    path in it (``quantization.md``, ``project/``; a PDF is a paper all the same), or a
    repository page's section that is one of this list's headings (``anchors``), as a table
    of contents written with full URLs links them: ``https://github.com/o/awesome-x#papers``.
    An item that opens with such a link is a table of contents or a news line, no entry."""
    url = link.url.strip()
    if "://" not in url:
        return is_repository_path(url) and not url.lower().endswith(".pdf")
    section = _REPOSITORY_SECTION.match(url)
    return section is not None and unquote(url[section.end() :]).lower().strip("-") in anchors


def extend(span: Span, other: Span) -> Span:
    """``span`` stretched to end where ``other`` ends (an entry growing by a line)."""
    return replace(span, end_line=other.end_line, end_column=other.end_column)


def in_brackets(line: str, link: InlineLink) -> bool:
    """``[[Paper](url)]``: a link written inside literal brackets."""
    return (
        not link.is_bare
        and link.start > 0
        and line[link.start - 1] == "["
        and line.startswith("]", link.end)
    )


def bracketed(line: str, link: InlineLink) -> bool:
    """A link shown in brackets, a label: ``[[Paper](url)]``, ``[[Python Reference]](url)``."""
    return in_brackets(line, link) or (link.label.startswith("[") and link.label.endswith("]"))


def label_key(label: str) -> str:
    """A link label as compared with known labels: "**`Code`**", "[Code]" (the text of
    ``[[Code]](…)``) and "\\[Code\\]" read "code"."""
    return label.replace("\\", "").strip(" *_`[]").casefold()


def names_a_kind(label: str) -> bool:
    """Whether a link's text says what it points to — "paper", "PDF", "code", "project page"
    — rather than giving a title."""
    return (
        names_paper(label)
        or names_code(label)
        or bool(canonical_label(" ".join(_label_word_list(label))))
    )


def without_links(line: str, start: int, end: int, links: list[InlineLink]) -> str:
    """``line[start:end]`` with the links (badges and images included) inside it left out."""
    pieces: list[str] = []
    position = start
    for link in links:
        if link.start >= position and link.end <= end:
            pieces.append(line[position : link.start])
            position = link.end
    pieces.append(line[position:end])
    return " ".join(pieces)


def only_decoration(line: str, end: int, links: list[InlineLink]) -> bool:
    """Whether what follows an item's title link is decoration, not prose: more links (the
    "[title](paper link) [links]" of a format block, ``[[Code](…)]``), badges, tags, HTML,
    parenthesised remarks, emphasis."""
    return _is_decoration(without_links(line, end, len(line), links))


def label_row(line: str, start: int, found: list[InlineLink]) -> list[InlineLink]:
    """The links of ``line[start:]`` when it is a row of labels — links written in brackets
    (``[[Paper](…)]``) or saying what they link to (``[Code](…)``, a Paper badge), a venue or
    the authors before them at most ("arXiv 2022. [[Paper](…)]", "*Ann Lee, Bo Chen.*
    [[Paper](…)]"), decoration and a year-month stamp after them (", 2022.10") — else none."""
    links = [link for link in paper_links(found) if link.start >= start]
    if not links or not all(bracketed(line, link) or names_a_kind(link.label) for link in links):
        return []
    before = before_labels(line, start, links[0], found)
    if before and not (VENUE.match(before) or looks_like_authors(before) or _dated_names(before)):
        return []
    stamp = date_at_end(line, links[-1].end)
    return (
        links if only_decoration(line[: stamp[2] if stamp else None], links[0].end, found) else []
    )


def _dated_names(text: str) -> bool:
    """Whether ``text`` is two or more names closed by a venue or a year: "Ann Lee, Bo Chen.*
    ICLR 2018" (one capitalised phrase, "World Models. **`NIPS 2018`**", is a title)."""
    found = tagged_names(text)
    names = text[slice(*found.authors)]
    return (
        (found.venue or found.year) is not None
        and len(split_authors(names)) > 1
        and looks_like_authors(names)
    )


def before_labels(line: str, start: int, first: InlineLink, found: list[InlineLink]) -> str:
    """The text between ``start`` and the first label of a row of labels, badges and
    separators left out: a venue ("arXiv 2022. [[Paper](…)]") or nothing."""
    return without_links(line, start, first.start, found).strip(" \t-–—.[*_")


#: A space written as an HTML entity ("&nbsp;&nbsp;" between a venue and a badge).
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|#160);")


#: What decorates the text between links: HTML tags, and remarks in parentheses or brackets.
_ASIDES = re.compile(rf"{HTML_TAG.pattern}|\([^)]*\)|（[^）]*）|\[[^\]]*\]")


def _is_decoration(text: str) -> bool:
    """Whether text between links is decoration: separators, emphasis, code spans, HTML tags
    and spaces ("&nbsp;"), parenthesised or bracketed remarks."""
    for start, stop in reversed(code_spans(text)):
        text = text[:start] + text[stop:]
    text = _SPACE_ENTITY.sub("", text)
    text = _ASIDES.sub("", text)
    return not text.strip(" \t*_.,;:-–|[]/\\")  # "\\": a hard line break


def trailing_venue(line: str, end: int, links: list[InlineLink]) -> tuple[str, int, int] | None:
    """A venue tag after an item's title link — `` *ICASSP 2024*``, `` (NeurIPS 2023)``,
    `` **`CVPR 24`**``, ``[[Code](…)] - ICML 2021`` — as (venue, start, end of the tag as
    written), when all else after the link is decoration (code links, badges)."""
    following = [link for link in links if link.start >= end]
    gaps = list(
        zip(
            [end, *(link.end for link in following)],
            [*(link.start for link in following), len(line)],
            strict=True,
        )
    )
    for index, (start, stop) in enumerate(gaps):
        venue = _venue_tag(line, start, stop)
        if venue is not None:
            others = (line[a:b] for position, (a, b) in enumerate(gaps) if position != index)
            return venue if all(map(_is_decoration, others)) else None
    return None


def unparenthesised(text: str) -> str:
    """``text`` without the parentheses around it: "(NeurIPS 2017)", not "IEEE(RAL)"."""
    return text[1:-1].strip() if text.startswith("(") and text.endswith(")") else text


#: An HTML line break, which separates the parts of a line like a space or a semicolon.
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CLOSING_BREAK_TAG = re.compile(rf"\s*{LINE_BREAK_TAG.pattern}\s*$", re.IGNORECASE)


def without_break_tag(text: str) -> str:
    """``text`` without the ``<br>`` closing it (and the spaces around that)."""
    return _CLOSING_BREAK_TAG.sub("", text)


#: Emphasis closing around a title link, before what follows it.
_CLOSING_EMPHASIS = re.compile(r"[*_]+(?=[\s,.;:|–—-])")
#: Up to eight capitalised words (joined by "and", "of", "&"…) and a year: a journal or venue
#: not known by name, "Robotics and Autonomous Systems 2013", "Sensors 2024".
_JOINERS = frozenset({"and", "of", "on", "for", "in", "the", "&"})
_NAME_WITH_YEAR = re.compile(
    rf"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|{'|'.join(sorted(_JOINERS))})){{0,7}}\s+(?:19|20)\d\d"
)


def _venue_after_words(tag: str) -> bool:
    """Whether ``tag`` is a known venue and its year after a capitalised word or two: "Asia
    CCS 2017", "IEEE ICRA 2020" — a few words in one piece, not "Mo Chi, Zi Wang. Arxiv
    2025", names and a venue."""
    words = tag.split()
    if len(words) > 4 or "," in tag or ". " in tag:
        return False
    for count in (1, 2):
        rest = " ".join(words[count:])
        opening = words[:count]
        if all(word.isalpha() and word[0].isupper() for word in opening) and (
            NAMED_VENUE.match(rest) and VENUE.match(rest)
        ):
            return True
    return False


def _no_person(name: str) -> bool:
    """Whether a capitalised name before a year is no person's: it joins its words with
    "and", "of", "&"… ("Robotics and Autonomous Systems 2013"; "Li Wei Ming 2019" may be a
    person's), and no full stop ends a name in it ("Stefano Ermon. ICML 2019")."""
    return "." not in name and any(word in _JOINERS for word in name.split())


#: A year closing a venue after a comma: "ICML, 2021".
_COMMA_YEAR = re.compile(r",\s*(?:19|20)\d\d$")


def _venue_tag(line: str, start: int, stop: int) -> tuple[str, int, int] | None:
    """``line[start:stop]`` as a venue tag between links, if it is one."""
    closing = _CLOSING_EMPHASIS.match(line, start, stop)  # "**[Title](…)**, arXiv 2023"
    if closing:
        start = closing.end()
    # "[**ICLR 2024**] <br>": a line break tag is space (of its length, to keep positions).
    written = LINE_BREAK_TAG.sub(lambda tag: " " * len(tag.group()), line[start:stop])
    written = written.rstrip().removesuffix("\\")  # a hard line break ending the line
    # "[" opens a following "[[Code](…)]", "]" closes one; a full stop ends the sentence.
    tag = written.strip(" \t-–—,.:[]|")
    venue = unparenthesised(tag.strip("*_`")).strip("*_` ")
    # Unmarked, a venue is a few words ("CVPR 2024 Oral"), not a sentence that starts with one.
    marked = venue != tag
    # A known venue's name may close with a comma and its year: "(arXiv preprint
    # arXiv:2211.11236, 2022)", "(ICML, 2021)".
    unyeared = _COMMA_YEAR.sub("", venue) if marked and NAMED_VENUE.match(venue) else venue
    # Marked, a few words with a year are a venue too, "(Berkeley Lecture 2025)", and so is a
    # known venue's name opening a few words, "*ACM Computing Surveys*" — but not a byline
    # ("(Vaswani et al., 2017)") or a bare year.
    loose = (
        marked
        and not YEAR.fullmatch(venue)
        and not any(char in unyeared for char in ",*[]<>")
        and (_names_venue(venue) or (NAMED_VENUE.match(venue) and len(venue.split()) <= 6))
    )
    # Unmarked, capitalised words and a year after a comma name a venue that is not known by
    # name: "[Title](…), Robotics and Autonomous Systems 2013."
    after_comma = not marked and written.lstrip().startswith(",")
    titled = after_comma and _NAME_WITH_YEAR.fullmatch(venue)
    named = VENUE.match(venue) or loose or titled
    if not venue or not named or not (marked or titled or len(venue.split()) <= 4):
        return None
    begin = start + written.index(tag)
    return venue, begin, begin + len(tag)


class Byline(NamedTuple):
    """Authors, and perhaps a venue or a year, written as prose after an item's title link;
    ranges are 0-based ``[start, end)``."""

    authors: tuple[int, int]
    #: (venue, start, end of the venue as written)
    venue: tuple[str, int, int] | None
    #: (year, start, end of the year as written), for a bare year: "(Chen et al., 2021)"
    year: tuple[int, int, int] | None = None


#: "Ann Lee et al. · *Nature Medicine* · 2025-04-09": a venue in emphasis and a date, set off
#: by middle dots, closing a byline.
_DOTTED_VENUE_DATE = re.compile(
    r"\s+[·•]\s+[*_]+(?P<venue>[^*_·•]+?)[*_]+\s+[·•]\s+"
    r"(?P<year>(?:19|20)\d\d)(?:-\d\d){0,2}[^\w·•]*$"
)
#: Where a byline may break before its venue: "Ann Lee et al., CVPR 2023", "Bo Chen. ICML
#: 2021", "Ann Lee - NeurIPS 2022", "Ann Lee (ICLR 2024)", "*Ann Lee, Bo Chen.* ICML 2021".
_BYLINE_BREAK = re.compile(r"[.,;]?[*_]+\s+|[.,;]\s+|\s+[-–—]\s+|\s+(?=[(*_`])")
#: What may surround a byline and its parts; "[" opens a following "[[Code](…)]". A dot is
#: taken off the end only when it is not the one of "et al.".
_BYLINE_EDGES = " \t-–—:,;*_[|>"
_LONGEST_VENUE = 120
_TWO_DIGITS = re.compile(r"\d\d")


def byline(line: str, end: int, links: list[InlineLink]) -> Byline | None:
    """``[Title](…) - Ann Lee, Bo Chen. CVPR 2023.``, ``[Title](…). *Ann Lee, Bo Chen*.``,
    ``[Title](…) (Lee et al., 2021)``: the authors (and venue or year) written after an item's
    title link, when nothing but decoration follows them.

    Only names that cannot be prose count: two or more of them, or one with "et al." — a
    remark such as "Not open." or a lone "DeepMind" stays a note of a notes bullet.
    """
    stop = next((link.start for link in links if link.start >= end), len(line))
    if not only_decoration(line, stop, links):
        return None
    # "<br>" separates parts like a semicolon: "[Title](…) <br> Ann Lee, Bo Chen <br> ICML 2021"
    # (the same length, so that positions stay those of the line).
    written = LINE_BREAK_TAG.sub(lambda tag: ";".ljust(len(tag.group())), line[end:stop])
    written = _SPACE_ENTITY.sub(lambda space: " " * len(space.group()), written)
    text = _without_final_dot(written.rstrip(_BYLINE_EDGES))
    # A full stop may close the title link's sentence: "[Title](…). Ann Lee, Bo Chen."
    first = len(text) - len(text.lstrip(_BYLINE_EDGES + "."))
    if text[first : first + 2] in ("by", "By") and text[first + 2 : first + 3].isspace():
        first += 3
    if text.startswith("(", first) and text.endswith(")"):
        first, text = first + 1, text[:-1]
    found = tagged_names(text, first)
    names = text[slice(*found.authors)]
    # One name counts when written initials first before a venue: "C. Xie, ICCV 2017".
    cited = found.venue is not None and _INITIALS_NAME_ALONE.fullmatch(names)
    if not cited and (len(split_authors(names)) < 2 or not looks_like_authors(names)):
        return None
    authors = (end + found.authors[0], end + found.authors[1])
    return Byline(authors, _moved(found.venue, end), _moved(found.year, end))


def tagged_names(text: str, first: int = 0) -> Byline:
    """The names in ``text[first:]`` and the venue or year closing them: "Ann Lee, Bo Chen.
    NeurIPS 2020", "*Ann Lee, Bo Chen.* ICML 2021" (names without the separator and emphasis
    before the tag). With no tag the names run to the end of the text, inside the emphasis
    around all of them. Whether they *are* names
    is the caller's to judge: a byline after a link needs two, an authors line one."""
    names_end, venue, year = names_then_venue(text, first)
    if names_end == len(text):
        # "*Ann Lee, Bo Chen*": the names inside the emphasis around all of them.
        end = len(text.rstrip())
        width = _emphasis_width(text[first:end])
        return Byline((first + width, end - width), None, None)
    names = text[first:names_end].strip(_BYLINE_EDGES)
    start = text.find(names, first)
    return Byline((start, start + len(names)), venue, year)


#: A citation's opening, up to its year: "Ha, D., & Schmidhuber, J. (2018).",
#: "**Schlag, I., et al. (2021).**"; the names are checked apart.
_CITATION = re.compile(
    r"(?P<names>[^()\[\]`]+?)[\s,]*\((?P<year>(?:19|20)\d\d)[a-z]?(?:,\s*[A-Z][a-z]+\.?(?:\s+\d+)?)?\)"
    r"[.,:]?[*_]*[.,:]?\s*"
)
#: One name written initials first: "S. S. Keerthi", "J.-M. Lee", "G. Dahl".
_INITIALS_NAME = r"(?:[A-Z]\.[\s-]?)+[A-Z][\w'’-]+"
_INITIALS_NAME_ALONE = re.compile(_INITIALS_NAME)
#: The names opening a reference written names first (IEEE style), each initials first:
#: "S. S. Keerthi and B. Ravindran, ", "M. Mohri, F. Pereira, and M. Riley, ", "G. Dahl, et al., ".
_INITIALS_FIRST = re.compile(
    rf"(?P<names>{_INITIALS_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_INITIALS_NAME})*"
    r"(?:,?\s+et\s+al\.?)?),\s+(?=[\"“]?[A-Z])"
)
#: Names of any form closed by a comma or full stop before a quoted or bold title:
#: "Zhijian Ou, "Title", ICASSP 2022", "Chengrui Zhu, Keyu An. “Title”, ASRU 2021",
#: "Lyle C, Rowland M, Dabney W. **Title**[J]. arXiv preprint" (GB/T 7714).
_NAMES_BEFORE_TITLE = re.compile(
    r"(?P<names>[^\"“”()\[\]`*_]+?)(?P<stop>[,.])\s+(?=[\"“]|\*\*[^`*])"
)


class Citation(NamedTuple):
    """The authors and year opening a reference in citation style, and where the rest of it
    starts; ranges are 0-based ``[start, end)``."""

    authors: tuple[int, int]
    #: (year, start, end of the year as written); None when the names come first alone
    #: (``S. S. Keerthi and B. Ravindran, Title, Sadhana, 1994.``).
    year: tuple[int, int, int] | None
    end: int

    def as_byline(self) -> Byline:
        return Byline(self.authors, None, self.year)


def cited_by(line: str, start: int, end: int) -> Citation | None:
    """The authors and year that open a reference written in citation style —
    ``Ha, D., & Schmidhuber, J. (2018). [World Models](…). NeurIPS.`` or ``Graves, A., et al.
    (2006). *Title*. ICML. [Paper](…)`` — in ``line[start:end]``; or the names alone opening a
    reference with its year last (``A. Graves and J. Schmidhuber, "Title", ICML, 2006.``).

    Two or more names, or one written surname first ("Engle, R. F. (1982)"): a single word
    with a year ("Transformer (2017)") is a title with its year label.
    """
    piece = line[start:end]
    start += len(piece) - len(piece.lstrip(" *_"))
    found = _CITATION.match(line, start, end)
    if found is None:
        return _names_first(line, start, end)
    names = found.group("names")
    written = split_authors(names)
    year = (int(found.group("year")), found.start("year"), found.end("year"))
    if not looks_like_authors(names) or (len(written) < 2 and "," not in names):
        # 'Li, Q., et al. "Title." *Journal* 45.3 (2022): 1-9.': the year in parentheses
        # closes the reference, after its title; it is still the reference's year.
        first = _names_first(line, start, end)
        return first._replace(year=year) if first is not None else None
    return Citation((found.start("names"), found.end("names")), year, found.end())


def _names_first(line: str, start: int, end: int) -> Citation | None:
    """The names opening a reference that puts them first and its year last: names written
    initials first, or any names closed by a comma or full stop before a quoted or bold title."""
    found = _INITIALS_FIRST.match(line, start, end)
    if found is None:
        found = _NAMES_BEFORE_TITLE.match(line, start, end)
        if found is not None and found.group("stop") == ".":
            # "World Models. **Oral**" is a title and a remark: a full stop ends a list of names.
            found = found if len(split_authors(found.group("names"))) > 1 else None
    if found is not None and looks_like_authors(found.group("names")):
        return Citation((found.start("names"), found.end("names")), None, found.end())
    return _full_names_first(line, start, end)


def _full_names_first(line: str, start: int, end: int) -> Citation | None:
    """Full names opening a reference, set off by commas from a title that reads as no names:
    "Marvin Minsky, Steps toward Artificial Intelligence, Proceedings of the IRE, 1961.",
    "Richard Sutton and Andrew Barto, Reinforcement Learning: An Introduction".

    A title may read as names too ("World Models, and how …"; "Attention Is All You Need,
    Ashish Vaswani, NeurIPS 2017" puts them last), so a name here has two or three words, one
    name must be followed by a year closing the reference, and the title starts with a capital
    and is no venue.
    """
    cuts = list(COMMA.finditer(line, start, end))
    for count, cut in enumerate(cuts, 1):
        names = line[start : cut.start()]
        written = split_authors(names)
        if not _full_names(names) or any(len(name.split()) > 3 for name in written):
            return None
        title_end = cuts[count].start() if count < len(cuts) else end
        title = line[cut.end() : title_end]
        if _full_names(title) or looks_like_authors(title):
            continue
        if VENUE.match(title):
            return None
        closing = line[title_end:end].rstrip(" .,").rpartition(",")[2]
        if title[:1].isupper() and (len(written) > 1 or YEAR.fullmatch(closing.strip())):
            return Citation((start, cut.start()), None, cut.end())
        return None
    return None


def _moved(found: tuple[_T, int, int] | None, by: int) -> tuple[_T, int, int] | None:
    """A (value, start, end) found in a piece of a line, placed ``by`` characters later."""
    return None if found is None else (found[0], found[1] + by, found[2] + by)


def names_then_venue(
    text: str, first: int = 0
) -> tuple[int, tuple[str, int, int] | None, tuple[int, int, int] | None]:
    """Where the names in ``text[first:]`` end, and the venue or bare year written after them
    — "Ann Lee, Bo Chen. NeurIPS, 2020", "Ann Lee *CVPR 2024*", "Lee et al., 2021" — each as
    (value, start, end) in ``text``; no venue and no year: the names run to the end."""
    # A venue is a few words at the end: looking further back would make a long line's every
    # separator a candidate, and each candidate a copy of the rest of the line.
    tail = max(first, len(text) - _LONGEST_VENUE)
    if not _TWO_DIGITS.search(text, tail):
        return len(text), None, None  # no year, so no venue: most authors lines
    dotted = _DOTTED_VENUE_DATE.search(text, tail)
    if dotted is not None:
        start, end = dotted.span("venue")
        venue = (text[start:end], start, end)
        return dotted.start(), venue, (int(dotted.group("year")), *dotted.span("year"))
    for cut in _BYLINE_BREAK.finditer(text, tail):
        tag = text[cut.end() :].strip(" *_`().")
        start = text.find(tag, cut.end())
        # A known venue opens the tag, or stands in a short one after a comma: "Asia CCS 2017";
        # or a name no vocabulary holds that no person has: "Robotics and Autonomous Systems
        # 2013", not "Bo Chen 2019".
        comma = cut.group().startswith(",")
        known = VENUE.match(tag) or (comma and _venue_after_words(tag))
        journal = comma and _NAME_WITH_YEAR.fullmatch(tag) and _no_person(tag)
        if (known or journal) and len(tag.split()) <= 6:
            # "arXiv 2022. 01/2022.", "AAAI 2025. Bandit problem.": the venue is the first
            # sentence; the rest is the caller's (a remark in parentheses stays the venue's).
            if not tag.partition(". ")[2].startswith("("):
                tag = venue_sentence(tag) or tag
            return cut.start(), (tag, start, start + len(tag)), None
        if YEAR.fullmatch(tag):
            year = (int(tag), start, start + len(tag))
            named = _yearless_venue(text, tail, cut.start())
            if named is not None:  # "Ann Lee, Bo Chen. *ICML*, 2022."
                return named[0], named[1], year
            return cut.start(), None, year
    return len(text), None, None


def venue_sentence(text: str) -> str | None:
    """The venue ``text`` opens with as a sentence of its own — "AAAI 2025" of "AAAI 2025.
    Bandit problem.", "CVPR 2017" of "CVPR 2017. SenseTime" — else None."""
    sentence = text.partition(". ")[0].rstrip(" .")
    return sentence if VENUE.match(sentence.strip("*_")) else None


def _yearless_venue(text: str, first: int, end: int) -> tuple[int, tuple[str, int, int]] | None:
    """Where the names end and the venue named without its year in ``text[first:end]``, the
    part of a byline before its year ("Ann Lee. *ICML*" of "Ann Lee. *ICML*, 2022")."""
    for cut in _BYLINE_BREAK.finditer(text, first, end):
        tag = text[cut.end() : end].strip(" *_`().")
        if tag and BARE_VENUE.fullmatch(tag):
            start = text.find(tag, cut.end())
            return cut.start(), (tag, start, start + len(tag))
    return None


def _without_final_dot(text: str) -> str:
    return text[:-1].rstrip() if text.endswith(".") and not text.endswith("al.") else text


#: Tags before an item's title link: "[OpenAI]", "(NeurIPS 2017)", "`CVPR 24`", "【ICLR 2024】";
#: and images among them.
_LEAD_TAG = re.compile(
    r"(?P<image>!\[[^\[\]]*\]\([^()]*\))|\[[^\[\]]*\]|\([^()]*\)|`[^`]+`|【[^】]*】"
)
#: What may stand between and around lead tags.
_TAG_GLUE = " \t*_:-–—<"
#: A task list's check box, "[ ]" or "[x]": no tag worth keeping.
_CHECK_BOX = re.compile(r"\[[ xX]?\]")
#: A year, its month and day as lists write them: "2023", "2023/05", "2023.05", "2023-5-27".
_YEAR_PART = f"(?P<year>{YEAR_DIGITS})"
_MONTH_PART = f"[./-](?P<month>{MONTH_DIGITS})"
_DAY_PART = r"[./-](?:0?[1-9]|[12]\d|3[01])"
#: "[2017]", and the year-month tags of news-style lists: "[2023/05]", "[2023.05]", "[2023-5]".
_DATE_TAG = re.compile(f"{_YEAR_PART}(?:{_MONTH_PART})?")
#: A date to the day: "2024.05.27", "2026-05-14". Lists write so the day they added a paper as
#: often as the paper's own date, so such a tag is neither the entry's year nor its venue.
_DAY_TAG = re.compile(f"{_YEAR_PART}{_MONTH_PART}{_DAY_PART}")
#: A month before its year: "7/2025", "06/2024".
_MONTH_FIRST_TAG = re.compile(f"(?P<month>{MONTH_DIGITS})/{_YEAR_PART}")
#: The arXiv-style year-month tag of lists that sort by it: "[2512]" is December 2025,
#: "[1706]" June 2017 (arXiv's numbering starts in 2007). "[1999]" and "[2012]" are years.
_YYMM_TAG = re.compile(r"(?P<year>0[7-9]|1[0-8]|2[1-9]|[3-9]\d)(?P<month>0[1-9]|1[0-2])")


class LeadTags(NamedTuple):
    """What the tags before an entry's title say."""

    #: Tags that are neither venue nor year ("OpenAI"), kept as notes.
    notes: list[str]
    #: A venue tag and a year tag: (value, start, end of the tag as written), 0-based.
    venue: tuple[str, int, int] | None
    #: (year, month or None, start, end of the tag as written)
    year: tuple[int, int | None, int, int] | None
    #: Where the text after the tags (and separators after them) starts, 0-based.
    end: int


#: A tag's reading, with where it is written: a year (and month), or a venue.
TagReading = tuple[int, int | None, int, int] | tuple[str, int, int]


#: A short name set off before an item's title link: "🌟 CPC: [Title](…)", "Toxicity - [Title](…)",
#: "7/2025：".
_LEAD_NAME_TEXT = r"[^\w\s]*\s*(?P<name>\w[\w.+&/'-]*(?:\s+[\w.+&/'-]+){0,2}?)[*_]*"
_LEAD_NAME = re.compile(_LEAD_NAME_TEXT + r"\s*(?:[:：]|\s[-–—])\s*")
#: The same set off by a comma, which only a venue or a date may be: "CoRL 2023 workshop,
#: **FMB**: …", "arXiv 2023.10, Title", the month after it too: "arXiv 2024, 11, Title" (while
#: "Learning, Fast and Slow" is a title).
_LEAD_NAME_COMMA = re.compile(_LEAD_NAME_TEXT + rf",\s+(?:(?P<month>{MONTH_DIGITS}),\s+)?")


def lead_tags(line: str, start: int, end: int) -> LeadTags | None:
    """The tags that make up ``line[start:end]``, the text before an item's title link —
    "[OpenAI] [Title](…)", "(NeurIPS 2017) [Title](…)", "[2017] [Title](…)", a task-list
    box — or None when it holds anything else (then it is part of the title)."""
    tags = opening_tags(line, start, end)
    if tags is None or HTML_TAG.sub("", line[tags.end : end]).strip(_TAG_GLUE):
        return None
    return tags


def lead_name(line: str, start: int, end: int) -> LeadTags | None:
    """A short name and a colon or dash that make up ``line[start:end]``, the text before an
    item's title link (emphasis opening around the link aside) — "🌟 CPC: [Title](…)" (a
    note), "7/2025: **[Title](…)**" (a date), "NeurIPS 2022 - [Title](…)" (a venue)."""
    named = _LEAD_NAME.fullmatch(line, start, start + len(line[start:end].rstrip("*_")))
    return _named_tags(named, end) if named else None


def lead_label(line: str, start: int, end: int) -> LeadTags | None:
    """A venue or a date and a colon or dash opening ``line[start:end]`` — "TKDE 2021: Title",
    "7/2025: Title" — and where the text after them starts; None for any other opening, which
    is part of the title ("BOND: Benchmarking …")."""
    if line.startswith(("*", "_"), start):
        return None  # "**VoxSRC 2019: The First Challenge**": all of it is the bold title
    named = _LEAD_NAME.match(line, start, end) or _LEAD_NAME_COMMA.match(line, start, end)
    tags = _named_tags(named, named.end()) if named else None
    return tags if tags is not None and not tags.notes else None


def _named_tags(named: re.Match[str], end: int) -> LeadTags:
    """What a name matched by _LEAD_NAME says: a date, a venue known by name, or else a note
    (the date a list added a paper, "2026-05-14 — [Title](…)", is no year of the paper)."""
    name = named.group("name")
    read = _tag_reading(name, *named.span("name"))
    if read is None or (isinstance(read[0], str) and not VENUE.match(name)):
        return LeadTags([name], None, None, end)
    year = YEAR.search(name)
    if named.groupdict().get("month") and isinstance(read[0], str) and year:
        # "arXiv 2024, 11, Title": the venue, and its year with the month after it.
        dated = (int(year.group()), int(named["month"]), named.start("name"), named.end("month"))
        return LeadTags([], read, dated, end)
    return _as_tags(read, end)


def _as_tags(read: TagReading, end: int) -> LeadTags:
    """One tag's reading as the tags of a title, the title starting at ``end``."""
    if isinstance(read[0], int):
        return LeadTags([], None, read, end)
    return LeadTags([], read, None, end)


def _tag_reading(inner: str, start: int, end: int) -> TagReading | None:
    """What the text of one tag written at ``[start, end)`` says: a date ("2017", "2023/05",
    arXiv's "2512"), a venue ("NeurIPS 2023", "Applied Sciences 2023"), or neither (a date to
    the day among them: see ``_DAY_TAG``)."""
    if _DAY_TAG.fullmatch(inner):
        return None
    if date := _DATE_TAG.fullmatch(inner):
        month = int(date.group("month")) if date.group("month") else None
        return int(date.group("year")), month, start, end
    if short := _YYMM_TAG.fullmatch(inner):
        return 2000 + int(short.group("year")), int(short.group("month")), start, end
    if month_first := _MONTH_FIRST_TAG.fullmatch(inner):
        return int(month_first.group("year")), int(month_first.group("month")), start, end
    if _names_venue(inner):
        return inner, start, end
    return None


#: What sets a title off after a link whose text is a tag: "[arXiv 2025.12](…), Title".
_AFTER_TAG = re.compile(r"[ \t]*[,:–—-][ \t]*")


def title_after_tag(
    line: str, link: InlineLink, links: list[InlineLink]
) -> tuple[LeadTags, int, str] | None:
    """A title after a link whose text is a venue or a date, and what that tag says:
    ``[arXiv 2025.12](…), Opening the Sim-to-Real Door``, ``[1999](…), Is imitation learning
    the route to humanoid robots?`` — (the tag, where the title starts, the title)."""
    gap = _AFTER_TAG.match(line, link.end)
    if gap is None:
        return None  # most title links end their line or are followed by a space
    label_start, label = label_title(link)
    read = _tag_reading(label, label_start, label_start + len(label))
    if read is None:
        return None
    stop = next((other.start for other in links if other.start >= gap.end()), len(line))
    start, title = trim_title(line, gap.end(), stop)
    title = title.rstrip(" ,;/|")
    if not any(char.isalpha() for char in title):
        return None
    return _as_tags(read, link.end), start, title


def opening_tags(line: str, start: int, end: int) -> LeadTags | None:
    """The run of tags that opens ``line[start:end]`` — "[NeurIPS 2023] Title [[paper](…)]" —
    or None when it does not open with one."""
    text = line[start:end]
    notes: list[str] = []
    venue: tuple[str, int, int] | None = None
    year: tuple[int, int | None, int, int] | None = None
    position = 0
    for match in _LEAD_TAG.finditer(text):
        if any(char.isalnum() for char in HTML_TAG.sub("", text[position : match.start()])):
            break  # words before the tag; symbols ("🔥 *(NeurIPS 2022)* Title") are decoration
        position = match.end()
        inner = match.group()[1:-1].strip(_TAG_GLUE)
        written = (start + match.start(), start + match.end())
        if match.group("image") or _CHECK_BOX.fullmatch(match.group()) or not inner:
            continue  # an image ("![image](…)[KDD 2022] Title") is decoration
        read = _venue_and_topics(line, inner, start + match.start(), notes)
        read = read or _tag_reading(inner, *written)
        if read is None:
            notes.append(inner)
        elif isinstance(read[0], int):
            year = read
        else:
            venue = read
    if position == 0:
        return None
    closing = _CLOSING_EMPHASIS.match(text, position)  # "**[CVPR 2023]** Title"
    if closing:
        position = closing.end()
    rest = text[position:]
    # Separators go, emphasis stays: it may open a bold title.
    return LeadTags(notes, venue, year, start + position + len(rest) - len(rest.lstrip(" \t:,-–—")))


def _venue_and_topics(line: str, inner: str, start: int, notes: list[str]) -> TagReading | None:
    """A tag that is a dated venue and topics, ``(NeurIPS 2021, RL Agent, Memory)`` (its text
    ``inner`` written from ``start`` on): the venue, the topics added to ``notes``. None for
    any other tag, "(ICML, 2021)" among them."""
    head, comma, rest = inner.partition(",")
    head = head.strip()
    if not comma or not YEAR.search(head):
        return None
    at = line.find(head, start)
    read = _tag_reading(head, at, at + len(head))
    if read is not None:
        notes.extend(topic.strip() for topic in rest.split(",") if topic.strip())
    return read


#: A date tag right after a title link: "(2021)", "(Mar 2023)", "(Sept. 2020)", "[2023.05]".
_DATE_AFTER_LINK = re.compile(
    rf"[ \t]*(?P<tag>[(\[](?:(?P<name>[A-Za-z]{{3,9}})\.?\s+)?{_YEAR_PART}(?:{_MONTH_PART})?[)\]])"
)


def date_after(line: str, end: int) -> tuple[int, int | None, int, int] | None:
    """A date tag right after the title link that ends at ``end`` — "[Title](…) (Mar 2023)",
    "[Title](…) (2023.05)" — as (year, month or None, start, end of the tag)."""
    match = _DATE_AFTER_LINK.match(line, end)
    if match is None:
        return None
    name, number = match.group("name"), match.group("month")
    month = month_number(name) if name else int(number) if number else None
    if name and month is None:
        return None  # "(Oral 2023)" is no date
    return int(match.group("year")), month, match.start("tag"), match.end("tag")


#: A year-month stamp closing a line: "⏰ *2024-12*", "*2023.05*".
_DATE_AT_END = re.compile(rf"(?P<tag>[*_]?{_YEAR_PART}{_MONTH_PART}[*_]?)[ \t]*$")


def date_at_end(line: str, start: int) -> tuple[int, int, int, int] | None:
    """A year-month stamp at the end of ``line``, after ``start`` — the date some lists put
    after an entry's remark — as (year, month, start, end of the stamp)."""
    match = _DATE_AT_END.search(line, start)
    if match is None:
        return None
    return int(match.group("year")), int(match.group("month")), *match.span("tag")


def inline_tag(text: str) -> tuple[str, str, bool] | None:
    """A tag written in the title line, as (value, the written form, whether it is a venue):
    bold code anywhere — how lists mark tags: ``**`CVPR 24`**``, ``**`WACVW 2024`**`` (a year
    makes it a venue), ``**`Meta AI`**`` (no venue) — plain code naming a venue, or a venue
    closing the text: ``(NeurIPS 2023)``, ``*ICLR 2024*``. A venue wins over other tags."""
    tags = [
        (match.group("code").strip(), match.group(0), bool(match.group("bold")))
        for match in _CODE_TAG.finditer(text)
        if text[: match.start()].strip()  # a tag opening the text is a lead tag, not this
    ]
    venue = next(((value, written) for value, written, _ in tags if _names_venue(value)), None)
    if venue is not None:
        return (*venue, True)
    closing = _CLOSING_TAG.search(text)
    if closing:
        value = (closing.group("paren") or closing.group("emphasis")).strip()
        if VENUE.match(value):
            return value, closing.group("tag"), True
    return next(((value, written, False) for value, written, bold in tags if bold), None)


def _names_venue(tag: str) -> bool:
    """Whether a tag names a venue: a known one ("CVPR 24"), or a few words with a year."""
    return bool(VENUE.match(tag) or (YEAR.search(tag) and len(tag.split()) <= 4))


#: Code in a title line, in bold or not: "**`CVPR 24`**", "`CVPR 24`".
_CODE_TAG = re.compile(r"(?P<bold>\*\*|__)?`(?P<code>[^`]+)`(?(bold)(?:\*\*|__))")


def tags_after(line: str, start: int) -> list[str]:
    """The code tags after an entry's labels, from ``start`` on: ``[[paper](…)] [**`PTQ`**]``
    gives ["PTQ"]."""
    return [tag.group("code").strip() for tag in _CODE_TAG.finditer(line, start)]


#: A parenthesised or emphasised tag that ends a title line: "Title (NeurIPS 2023)", "Title
#: *ICLR 2024*", both at once: "Title (***KDD'2023***)".
_CLOSING_TAG = re.compile(
    r"\s(?P<tag>\([*_]*(?P<paren>[^()*_][^()]{0,79}?)[*_]*\)"
    r"|(?:\*\*|\*|_)(?P<emphasis>[^*_]{1,80})(?:\*\*|\*|_))[\s.,*_]*$"
)


#: Emoji and other pictographs (with their joiners and variation selectors), and the stars in
#: parentheses some lists mark their picks with ("(*) Title"), and the spaces after them;
#: ASCII symbols such as "$" may begin a title ("$\alpha$-Rank").
_LEADING_SYMBOLS = re.compile(
    r"(?:(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u200d]*|\(\*+\))\s*)+"
)


class DatingPart(NamedTuple):
    """A part of a link's text that dates or places the paper — a sentence closing it, an
    arXiv year-month opening it: a venue, or a date (year and month), at ``[start, end)`` of
    the text."""

    venue: str | None
    year: int | None
    month: int | None
    start: int
    end: int


#: A date closing a link's text, to the day at most: "2016-02", "2018-07-02", "2020".
_CLOSING_DATE = re.compile(f"{_YEAR_PART}(?:{_MONTH_PART}(?:{_DAY_PART})?)?")


def closing_sentences(text: str) -> tuple[int, list[DatingPart]]:
    """Where a link's ``text`` ends as a title, and the sentences after the title that date or
    place the paper: "Title. 2016-02. AISTAT 2017." ends after "Title", and "2016-02" (the
    paper's date, after its title) and "AISTAT 2017" close it. No such sentence: the whole
    text, and none."""
    parts: list[DatingPart] = []
    end = len(text.rstrip(" ."))
    while (cut := text.rfind(". ", 0, end)) > 0:
        start = cut + 2
        sentence = text[start:end].strip()
        date = _CLOSING_DATE.fullmatch(sentence)
        if date is not None:
            month = int(date["month"]) if date["month"] else None
            parts.insert(0, DatingPart(None, int(date["year"]), month, start, end))
        elif VENUE.match(sentence):
            parts.insert(0, DatingPart(sentence, None, None, start, end))
        else:
            break
        end = cut
    return (end, parts) if parts else (len(text), [])


#: arXiv's year and month opening a link's text, before a hyphen: "[1510-Deep Compression](…)"
#: is October 2015.
_YYMM_PREFIX = re.compile(rf"{_YYMM_TAG.pattern}-(?=[^\W\d_])")


def month_prefix(text: str) -> DatingPart | None:
    """The arXiv year-month opening a link's ``text`` ("1510-Deep Compression"); the title
    starts after its hyphen."""
    found = _YYMM_PREFIX.match(text)
    if found is None:
        return None
    year, month = 2000 + int(found["year"]), int(found["month"])
    return DatingPart(None, year, month, 0, found.end() - 1)


#: A tag in brackets opening a link's text: "[[AAAI 2021] Title](…)".
_OPENING_TAG = re.compile(r"\[(?P<inner>[^\[\]]{2,40})\]\s+(?=\S)")


def _opening_part(text: str) -> tuple[DatingPart, int] | None:
    """A venue or a date opening a link's ``text`` — in brackets ("[AAAI 2021] Title"), or
    arXiv's year-month before a hyphen ("1510-Deep Compression") — and where the title starts
    after it."""
    found = _OPENING_TAG.match(text)
    read = _tag_reading(found["inner"], found.start("inner"), found.end("inner")) if found else None
    if found is not None and read is not None:
        start, end = found.span("inner")
        if isinstance(read[0], int):
            return DatingPart(None, read[0], read[1], start, end), found.end()
        return DatingPart(read[0], None, None, start, end), found.end()
    prefix = month_prefix(text)
    return (prefix, prefix.end + 1) if prefix is not None else None


def link_title(link: InlineLink) -> tuple[int, str, list[DatingPart]]:
    """The title a link's text gives, where it starts, and the parts of the text that date
    or place the paper, placed in the line: sentences closing it ("[Title. 2016-02. AISTAT
    2017.](…)"), a tag or arXiv's year-month opening it ("[[AAAI 2021] Title](…)",
    "[1510-Deep Compression](…)")."""
    text_start, text = label_title(link)
    end, dating = closing_sentences(text)
    opening = _opening_part(text)
    begin = 0
    if opening is not None:
        dating.insert(0, opening[0])
        begin = opening[1]
    moved = [
        part._replace(start=text_start + part.start, end=text_start + part.end) for part in dating
    ]
    return text_start + begin, text[begin:end], moved


def unemphasised(text: str) -> str:
    """``text`` without the emphasis around all of it: "_A survey; background._"."""
    width = _emphasis_width(text)
    return text[width : len(text) - width]


def _emphasis_width(text: str) -> int:
    """How many characters of emphasis wrap all of ``text`` on each side ("**Title**": 2);
    0 when none do, or when the same markers also stand inside it ("*a* and *b*")."""
    wrapped = _EMPHASIS_WRAP.fullmatch(text)
    return len(wrapped.group(1)) if wrapped and wrapped.group(1) not in wrapped.group(2) else 0


def label_title(link: InlineLink) -> tuple[int, str]:
    """The title a link's text gives, and where it starts: ``[**Title**](url)`` and
    ``[*Title*](url)`` (a table's bold title column, an emphasised item) are titled "Title",
    so that the title compares with arXiv's and a fix rewrites it inside the emphasis."""
    start, title = link.label_start, link.label
    width = _emphasis_width(title)
    if width:
        start, title = start + width, title[width:-width]
    # "[🌍 GME: Improving …](…)": an emoji before the words decorates the title.
    symbols = _LEADING_SYMBOLS.match(title)
    if symbols and symbols.end() < len(title):
        start += symbols.end()
        title = title[symbols.end() :]
    return start, title


#: What ends the text before a link or label without being part of the title.
_TITLE_END = " .,:;-–—"
#: A title in straight or curly double quotes, with no quote inside.
_QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def trim_title(line: str, start: int, end: int) -> tuple[int, str]:
    """The title inside ``line[start:end]`` without bold markers, trailing dots or spaces."""
    text = line[start:end]
    # "**Title**. **`CVPR 24`**", "Title - https://…": the dot and the dash are no part of it.
    stripped = text.strip().rstrip(_TITLE_END)
    begin = start + text.find(stripped) if stripped else start
    match = _BOLD_WRAP.match(stripped)
    assert match is not None
    inner = match.group(2) if match.group(1) and match.group(3) else stripped
    if inner is stripped and match.group(1) and match.group(1) not in stripped[2:]:
        inner = stripped[2:]  # "**Title (ICML 2018)**" cut before its venue: bold closes later
    if inner is not stripped:
        begin += len(match.group(1))
    quoted = _QUOTED.fullmatch(inner)
    if quoted:  # '"ReAct: Synergizing Reasoning and Acting" - https://…'
        begin += 1
        inner = quoted.group(1) or quoted.group(2)
    inner = inner.rstrip(_TITLE_END)
    return begin, inner


#: A title that more text follows on its line, set off by bold or quotes.
_WRAPPED_TITLE = re.compile(
    r"""(\*\*|__)(?P<bold>[^*_].*?)\1|"(?P<quoted>[^"]+)"|“(?P<curly>[^”]+)”"""
    r"""|([*_])(?P<emphasis>[^*_\s][^*_]*)\5(?![*_])"""
)
#: A quoted or bold title where it starts (in a reference: ``A. Graves, "Title", ICML, 2006.``),
#: with the document type GB/T 7714 writes after it: "**Title**[J]." (journal), "[C]", "[EB/OL]".
SET_OFF_TITLE = re.compile(
    r'\s*(?:"(?P<quoted>[^"]+)"|“(?P<curly>[^”]+)”|\*\*(?P<bold>[^*]+)\*\*)(?:\[[A-Z]+(?:/OL)?\])?'
)
#: A quoted title after a bold name.
_QUOTED_TITLE = re.compile(r'"(?P<quoted>[^"]{8,})"|“(?P<curly>[^”]{8,})”')
#: A subtitle after a bold or quoted name: the title goes on.
_SUBTITLE = re.compile(r"\s*(?::\s+|：\s*)\w")
#: Where the parts of a title line break: ". " (not after an initial: "Noah A. Smith"), " - ",
#: "; ", before emphasis that closes the text ("Title *Ann Lee et al. arXiv.*"), and before a
#: venue: "Title, in *ICML* 2024".
_PART_BREAK = re.compile(
    r"(?<!\b[A-Z])\.\s+|\s+[-–—]\s+|;\s+|\s+(?=(?P<em>[*_])[^\s*_][^*_]*(?P=em)\W*$)"
    r"|,\s+in\s+(?=[*_]*[A-Z])"
)
#: Past the title, emphasis closing also ends a part: "*Ann Lee, Bo Chen.* arXiv 2021".
_AFTER_TITLE_BREAK = re.compile(rf"{_PART_BREAK.pattern}|(?<=[^\s*_])\.?[*_]+\s+")
_PART_EDGES = " \t-–—:,.*_|"


class TitleLine(NamedTuple):
    """The text before an entry's bracketed labels, cut into its title and what follows it
    (``**Title** - Ann Lee, Bo Chen. NeurIPS 2017.``); ranges are 0-based ``[start, end)``."""

    title_start: int
    title: str
    #: Whether the title was set off by bold or quotes (so what follows is surely not title).
    wrapped: bool
    parts: list[tuple[int, int]]
    #: The bold short name before a quoted title ("**ProVisE**: "Show, Don't Tell …"").
    name: tuple[int, int] | None = None


def title_line(line: str, start: int, end: int) -> TitleLine:
    """Cut ``line[start:end]``: the title ends after a bold or quoted title, else at the first
    break; what follows is cut at every break, each part without separators and emphasis.
    A bold name with a quoted title after it ("**ProVisE**: "Show, Don't Tell: …"") is titled
    by the quotes, the name a part. Whether the parts of a plain title really are authors and
    a venue is the caller's call."""
    text = line[start:end]
    wrapped = _WRAPPED_TITLE.match(text, len(text) - len(text.lstrip()))
    emphasised = (wrapped.group("bold") or wrapped.group("emphasis") or "") if wrapped else ""
    if wrapped and (_SUBTITLE.match(text, wrapped.end()) or emphasised.endswith(":")):
        # "**Tree of Thoughts**: Deliberate Problem Solving", "**AnyV2V:** A Plug-and-Play
        # Framework", "*Vlogger:* Make Your Dream A Vlog": one title
        wrapped = None
    name = wrapped.group("bold") if wrapped else None
    quoted = _QUOTED_TITLE.search(text, wrapped.end()) if wrapped and name else None
    if wrapped and quoted:
        group = "quoted" if quoted.group("quoted") else "curly"
        title_start = start + quoted.start(group)
        title = quoted.group(group).strip().rstrip(" .,")
        between = _parts(line, start + wrapped.end(), start + quoted.start())
        parts = between + _parts(line, start + quoted.end(), end)
        named = (start + wrapped.start("bold"), start + wrapped.end("bold"))
        return TitleLine(title_start, title, True, parts, named)
    if wrapped:
        group = next(
            name for name in ("bold", "quoted", "curly", "emphasis") if wrapped.group(name)
        )
        # "**Title.** Ann Lee": the full stop ends the title's part of the line, not the title.
        title_start = start + wrapped.start(group)
        title = wrapped.group(group).strip().rstrip(" .,")
        parts = _parts(line, start + wrapped.end(), end)
    else:
        cut = _PART_BREAK.search(line, start, end)
        position = cut.start() if cut else end
        title_start, title = trim_title(line, start, position)
        parts = _parts(line, position, end)
    return TitleLine(title_start, title, wrapped is not None, parts)


def _parts(line: str, position: int, end: int) -> list[tuple[int, int]]:
    """``line[position:end]`` cut at every break after a title."""
    return split_parts(line, position, end, _AFTER_TITLE_BREAK)


def split_parts(
    line: str, position: int, end: int, breaks: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``line[position:end]`` cut at every match of ``breaks``, each part without separators
    and emphasis."""
    parts: list[tuple[int, int]] = []
    while position < end:
        cut = breaks.search(line, position, end)
        stop = cut.start() if cut else end
        piece = line[position:stop]
        stripped = piece.strip(_PART_EDGES)
        if stripped:
            first = position + piece.find(stripped)
            parts.append((first, first + len(stripped)))
        position = cut.end() if cut else end
    return parts


class CommaTail(NamedTuple):
    """Authors and a venue after a title, set off by commas only; 0-based ``[start, end)``."""

    title_end: int
    #: The names (one range), then the venue or year when there is one.
    parts: list[tuple[int, int]]
    #: A remark in parentheses closing the line ("(*Huawei*)"): a note, whatever it reads as.
    remark: tuple[int, int] | None = None


#: A comma between the parts of a line, however spaced: "Title, Venue", "Title ,Venue",
#: "Title,Venue" (not the comma of a number, "1,000").
COMMA = re.compile(r"\s*[,，](?:\s+|(?=[^\W\d]))")


def comma_tail(line: str, start: int, end: int, venue_follows: bool) -> CommaTail | None:
    """Where the title ``line[start:end]`` really ends when its last comma-separated pieces are
    full names closing with a venue or year — "Deep Q-Network, Volodymyr Mnih, Koray
    Kavukcuoglu, Nature 2015", "PPO, Schulman et al., arXiv 2017" — or, when a venue follows
    the title anyway (``venue_follows``), are full names alone. A comma of the title's own
    ("Bigger, Better, Faster: Human-level Atari") leaves no such tail: None."""
    # "Title, CVPR, 2022 (*NTU, Singapore*)": a remark in parentheses after the closing is a
    # part of its own.
    remark = _CLOSING_REMARK.search(line, start, end)
    end = remark.start() if remark else end
    cuts = list(COMMA.finditer(line, start, end))
    starts = [start, *(cut.end() for cut in cuts)]
    pieces = list(zip(starts, [*(cut.start() for cut in cuts), end], strict=True))
    # "Title, arXiv, 2020": a venue named without its year, and the year, are one closing.
    closing_pair = len(pieces) > 2 and YEAR.fullmatch(line[slice(*pieces[-1])])
    if closing_pair and BARE_VENUE.fullmatch(line[slice(*pieces[-2])]):
        pieces[-2:] = [(pieces[-2][0], pieces[-1][1])]
    for index in range(1, len(pieces)):
        tail = pieces[index:]
        closing = line[slice(*tail[-1])]
        dated = bool(VENUE.match(closing) or YEAR.fullmatch(closing))
        if not (dated or venue_follows):
            continue
        names = tail[:-1] if dated else tail
        if all(_full_names(line[a:b]) for a, b in names):
            named = [(names[0][0], names[-1][1])] if names else []
            parts = named + tail[len(names) :]
            return CommaTail(pieces[index - 1][1], parts, remark.span("remark") if remark else None)
    return None


#: A remark in parentheses closing a title line, emphasis inside it left out: "(*Huawei*)".
_CLOSING_REMARK = re.compile(r"\s*\([*_]*(?P<remark>[^()*_][^()]*?)[*_]*\)\s*$")


def _full_names(text: str) -> bool:
    """Names that cannot be words of a title ("Fast and Slow"): each of two or more words,
    unless "et al." follows a surname."""
    names = split_authors(text)
    short = [name for name in names if len(name.split()) < 2]
    return (not short or names[-1] == "et al") and looks_like_authors(text)


def title_year(title: str, span: Span) -> tuple[int, int | None, Span] | None:
    """A year label in a title: "(2021)", "(Sept. 2020)", a trailing "2023"."""
    match = TITLE_DATE.search(title) or TITLE_TRAILING_YEAR.search(title)
    if not match:
        return None
    groups = match.groupdict()
    month = month_number(groups.get("month")) or (int(groups["num"]) if groups.get("num") else None)
    column = span.column + match.start()
    return (
        int(match.group("year")),
        month,
        Span(
            line=span.line, column=column, end_line=span.line, end_column=span.column + match.end()
        ),
    )


#: Characters that may be Markdown markup in a heading or a table header cell.
_MARKUP = re.compile(r"[*_`\[\]<\\!&]")


def plain(text: str) -> str:
    """Heading or header-cell text as a reader names it: emphasis, code, links, HTML tags and
    escapes rendered away, images left out ("**Papers** `2024` ![badge](…)" reads
    "Papers 2024").

    Text with no markup character is returned as it is; the rest goes through mistune's
    parser, imported only then, so that the common plain heading costs nothing.
    """
    if not _MARKUP.search(text):
        return text.strip()
    stack = list(reversed(_markdown()(text)))
    pieces: list[str] = []
    while stack:
        token = stack.pop()
        if token["type"] in ("inline_html", "image"):
            continue  # tags, and badges: "Papers ![Awesome](…)" reads "Papers"
        if "raw" in token:
            pieces.append(token["raw"])
        stack.extend(reversed(token.get("children", ())))
    return " ".join("".join(pieces).split())


@lru_cache(maxsize=1)
def _markdown() -> Callable[[str], list[dict[str, Any]]]:
    import mistune

    return mistune.create_markdown(renderer=None)  # type: ignore[return-value]
