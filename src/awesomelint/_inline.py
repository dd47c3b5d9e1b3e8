"""Inline links with their exact columns.

mistune's inline parser drops positions, and the rules need the column of every link, label and
URL, so links are found here directly on one line of source. The scanner follows CommonMark where
paper lists depend on it — balanced brackets in link text (``[[Paper](url)]`` is a link inside
literal brackets), images and badges (``[![alt](img)](url)``), code spans (no links inside),
backslash escapes, ``<autolinks>`` and bare ``https://`` URLs — and is lenient where a linter must
be: whitespace inside ``(…)`` still yields a link, so that it can be reported.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
#: A URL in prose; not one in an HTML attribute (``href="https://…"``).
_BARE_URL = re.compile(r"(?<![\w/<(\[\"'=])https?://[^\s<>\[\]`\"]+", re.ASCII)
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
#: An inline HTML tag or comment: "<br/>", '<span id="01601">', "</sub>", "<!-- key -->"
#: (not "< 3", not "<>").
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<!--.*?-->")
_TRAILING_PUNCTUATION = ".,;:!?*_~'\""
_TITLE_SUFFIX = re.compile(r"""\s+("[^"]*"|'[^']*')\s*$""")
# Bounds on how far a bracket or parenthesis is looked for: no paper title or URL is longer, and
# without them a pathological line (a 2 MB run of "](") would take quadratic time.
_MAX_LABEL = 1000
_MAX_DESTINATION = 4000
# Character steps the slow destination scan (nested parentheses, quotes) may take on one line in
# all: per link it is bounded by _MAX_DESTINATION, but a 2 MB line of "[a](((" has 500,000 links
# to try. No real line comes near it; a pathological one stops finding such links instead of
# taking minutes.
_SLOW_STEPS_PER_LINE = 1_000_000
_BRACKET = re.compile(r"[\[\]]")
_DESTINATION_SPECIALS = re.compile(r"[()\\\"']")
#: A backslash escape: any ASCII punctuation character may be escaped, in a link's destination
#: too, where Markdown drops the backslash ("…/Herve\_Bourlard" links to "…/Herve_Bourlard").
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


class InlineLink(NamedTuple):
    """A link found on a line; all indexes are 0-based character offsets into that line.

    A named tuple: lists hold tens of thousands of links, and tuples are the cheapest
    immutable records Python builds."""

    label: str
    url: str
    start: int
    end: int
    label_start: int
    label_end: int
    url_start: int
    url_end: int
    is_image: bool = False
    #: True for ``<https://…>`` and bare URLs, which have no separate label.
    is_bare: bool = False
    #: True for ``[label](https://…`` whose ``)`` never comes (a full-width ``）`` typed for it):
    #: Markdown shows no link, a linter must show why.
    is_unclosed: bool = False
    #: True for a badge read as a link with its image's alt text (``[![Code](…)](…)``): such a
    #: link labels the paper or its code, and is never an entry's title.
    from_badge: bool = False

    @property
    def is_badge(self) -> bool:
        """A link whose text is an image: a shield, a logo, never a paper."""
        return "![" in self.label

    @property
    def is_anchor(self) -> bool:
        """A link into the same document (table of contents)."""
        return self.url.strip().startswith("#")


def code_spans(line: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` ranges of code spans on a line."""
    if "`" not in line:
        return []
    return [match.span() for match in _CODE_SPAN.finditer(line)]


class _Ranges:
    """``[start, end)`` ranges (code spans, link destinations) with a logarithmic membership
    test: a long line holds thousands of them, and every candidate link is tested."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(ranges):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def __contains__(self, index: int) -> bool:
        position = bisect.bisect_right(self.starts, index) - 1
        return position >= 0 and index < self.ends[position]


def _escaped(line: str, index: int) -> bool:
    backslashes = 0
    while index > 0 and line[index - 1] == "\\":
        backslashes += 1
        index -= 1
    return backslashes % 2 == 1


def _label_starts(line: str) -> dict[int, int]:
    """For each ``]`` of the line, the index of the ``[`` that balances it (escaped brackets do
    not count), for labels no longer than _MAX_LABEL.

    One pass with a stack gives every ``]`` the ``[`` that a scan leftwards from it, counting
    depth, would find — in linear time, where a scan per link is quadratic on a line of
    thousands of brackets.
    """
    starts: dict[int, int] = {}
    opened: list[int] = []
    escapes = "\\" in line
    for match in _BRACKET.finditer(line):
        index = match.start()
        if escapes and _escaped(line, index):
            continue
        if line[index] == "[":
            opened.append(index)
        elif opened:
            start = opened.pop()
            if index - start < _MAX_LABEL:
                starts[index] = start
    return starts


def _destination_end(line: str, open_paren: int, budget: list[int]) -> int | None:
    """Index of the ``)`` closing the destination that starts after ``open_paren``.

    ``budget`` holds the character steps the slow scan may still take on this line; the scan
    uses it up (see _SLOW_STEPS_PER_LINE).
    """
    depth = 0
    index = open_paren + 1
    if line.startswith("<", index):
        close = line.find(">", index, index + _MAX_DESTINATION)
        if close < 0:
            return None
        index = close + 1
    close = line.find(")", index, index + _MAX_DESTINATION)
    if close < 0:
        return None  # the scan below would not find one either
    if not _DESTINATION_SPECIALS.search(line, index, close):
        return close  # the usual destination: no nested parentheses, quotes or escapes
    quote: str | None = None
    begin = index
    stop = min(len(line), index + _MAX_DESTINATION, index + budget[0])
    while index < stop:
        char = line[index]
        if quote:
            if char == quote:
                quote = None
        elif char == "\\":
            index += 1
        elif char in "\"'" and line[index - 1].isspace():
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                budget[0] -= index - begin
                return index
            depth -= 1
        index += 1
    budget[0] -= stop - begin
    return None


def find_links(line: str) -> list[InlineLink]:
    """Every link, image and bare URL on ``line``, in order of their start."""
    codes = code_spans(line)
    links: list[InlineLink] = []
    taken: list[tuple[int, int]] = []
    if "](" in line:
        in_code = _Ranges(codes)
        label_starts = _label_starts(line)
        budget = [_SLOW_STEPS_PER_LINE]
        for close, start in label_starts.items():
            if not line.startswith("(", close + 1) or close in in_code or start in in_code:
                continue  # a bracket inside a code span opens or closes nothing
            end = _destination_end(line, close + 1, budget)
            is_image = start > 0 and line[start - 1] == "!" and not _escaped(line, start - 1)
            if end is None:
                unclosed = _unclosed(line, start, close)
                if unclosed is not None:
                    links.append(unclosed._replace(is_image=is_image))
                    taken.append((close + 2, unclosed.end))
                continue
            url_start, url_end = close + 2, end
            title = _TITLE_SUFFIX.search(line, url_start, url_end)
            if title and title.end() == url_end:
                url_end = title.start()
            raw = line[url_start:url_end]
            if raw.startswith("<") and raw.endswith(">"):
                url_start, url_end = url_start + 1, url_end - 1
            links.append(
                InlineLink(
                    label=line[start + 1 : close],
                    url=resolved_destination(line[url_start:url_end]),
                    start=start - 1 if is_image else start,
                    end=end + 1,
                    label_start=start + 1,
                    label_end=close,
                    url_start=url_start,
                    url_end=url_end,
                    is_image=is_image,
                )
            )
            # The whole link: a URL in its text ("[see https://…](#anchor)") is no bare link.
            taken.append((start, end + 1))
    schemes = line.count("://")
    if schemes and schemes > sum(link.url.count("://") for link in links):
        # Some "://" lies outside the destinations found: a bare URL or an autolink.
        links.extend(_bare_links(line, codes + taken))
    if len(links) > 1:
        links.sort(key=lambda link: link.start)
    return links


def resolved_destination(destination: str) -> str:
    """A link destination as Markdown reads it, its backslash escapes resolved."""
    return _BACKSLASH_ESCAPE.sub(r"\1", destination) if "\\" in destination else destination


#: Where the destination of an unclosed link stops: whitespace, or a full-width parenthesis
#: typed in place of ``)``.
_UNCLOSED_END = re.compile(r"[\s）]|$")


def _unclosed(line: str, start: int, close: int) -> InlineLink | None:
    """``[label](https://…`` left open on its line, if the destination looks like a URL."""
    url_start = close + 2
    if not line.startswith(("http://", "https://"), url_start):
        return None
    match = _UNCLOSED_END.search(line, url_start)
    assert match is not None
    url_end = match.start()
    return InlineLink(
        label=line[start + 1 : close],
        url=line[url_start:url_end],
        start=start,
        end=match.end() if match.group() == "）" else url_end,
        label_start=start + 1,
        label_end=close,
        url_start=url_start,
        url_end=url_end,
        is_unclosed=True,
    )


def _bare_links(line: str, excluded: list[tuple[int, int]]) -> list[InlineLink]:
    found: list[InlineLink] = []
    # Neither kind can start before the first "http": skip a long indentation or prose at once.
    first = max(line.find("http") - 1, 0)
    autolinks = list(_AUTOLINK.finditer(line, first))
    skipped = _Ranges(excluded)
    for match in autolinks:
        if match.start() not in skipped:
            start, end = match.span(1)
            found.append(_bare(line, match.start(), match.end(), start, end))
    skipped = _Ranges(excluded + [match.span() for match in autolinks])
    for match in _BARE_URL.finditer(line, first):
        if match.start() in skipped:
            continue
        start, end = match.span()
        while end > start and line[end - 1] in _TRAILING_PUNCTUATION:
            end -= 1
        if line[end - 1] == ")" and line.count("(", start, end) < line.count(")", start, end):
            end -= 1
        found.append(_bare(line, start, end, start, end))
    return found


def _bare(line: str, start: int, end: int, url_start: int, url_end: int) -> InlineLink:
    url = line[url_start:url_end]
    return InlineLink(
        label=url,
        url=url,
        start=start,
        end=end,
        label_start=url_start,
        label_end=url_end,
        url_start=url_start,
        url_end=url_end,
        is_bare=True,
    )
