"""Inline links with their exact columns.

mistune's inline parser drops positions, and the rules need the column of every link, label and
URL, so links are found here directly on one line of source. The scanner follows CommonMark where
paper lists depend on it — balanced brackets in link text (``[[Paper](url)]`` is a link inside
literal brackets), images and badges (``[![alt](img)](url)``), code spans (no links inside),
backslash escapes, ``<autolinks>`` and bare ``https://`` URLs — and is lenient where a linter must
be: whitespace inside ``(…)`` still yields a link, so that it can be reported.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_LINK_OPEN = re.compile(r"\]\(")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_BARE_URL = re.compile(r"(?<![\w/<(\[])https?://[^\s<>\[\]`\"]+", re.ASCII)
_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>")
_TRAILING_PUNCTUATION = ".,;:!?*_~'\""
_TITLE_SUFFIX = re.compile(r"""\s+("[^"]*"|'[^']*')\s*$""")
# Bounds on how far a bracket or parenthesis is looked for: no paper title or URL is longer, and
# without them a pathological line (a 2 MB run of "](") would take quadratic time.
_MAX_LABEL = 1000
_MAX_DESTINATION = 4000
_DESTINATION_SPECIALS = re.compile(r"[()\\\"']")


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


def _inside(index: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= index < end for start, end in ranges)


def _escaped(line: str, index: int) -> bool:
    backslashes = 0
    while index > 0 and line[index - 1] == "\\":
        backslashes += 1
        index -= 1
    return backslashes % 2 == 1


def _label_start(line: str, close: int) -> int | None:
    """Index of the ``[`` that balances the ``]`` at ``close``, scanning left on the line."""
    opening = line.rfind("[", 0, close)
    if opening >= 0 and "]" not in line[opening:close] and "\\" not in line[opening - 1 : close]:
        return opening  # the usual label: no brackets or escapes inside
    depth = 0
    for index in range(close, max(close - _MAX_LABEL, -1), -1):
        char = line[index]
        if char not in "[]" or _escaped(line, index):
            continue
        depth += 1 if char == "]" else -1
        if depth == 0:
            return index
    return None


def _destination_end(line: str, open_paren: int) -> int | None:
    """Index of the ``)`` closing the destination that starts after ``open_paren``."""
    depth = 0
    index = open_paren + 1
    if line.startswith("<", index):
        close = line.find(">", index)
        if close < 0:
            return None
        index = close + 1
    close = line.find(")", index)
    if close >= 0 and not _DESTINATION_SPECIALS.search(line, index, close):
        return close  # the usual destination: no nested parentheses, quotes or escapes
    quote: str | None = None
    stop = min(len(line), index + _MAX_DESTINATION)
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
                return index
            depth -= 1
        index += 1
    return None


def find_links(line: str) -> list[InlineLink]:
    """Every link, image and bare URL on ``line``, in order of their start."""
    codes = code_spans(line)
    links: list[InlineLink] = []
    taken: list[tuple[int, int]] = []
    if "](" in line:
        for match in _LINK_OPEN.finditer(line):
            close = match.start()
            if _escaped(line, close) or _inside(close, codes):
                continue
            start = _label_start(line, close)
            end = _destination_end(line, close + 1)
            if start is None or end is None:
                continue
            is_image = start > 0 and line[start - 1] == "!" and not _escaped(line, start - 1)
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
                    url=line[url_start:url_end],
                    start=start - 1 if is_image else start,
                    end=end + 1,
                    label_start=start + 1,
                    label_end=close,
                    url_start=url_start,
                    url_end=url_end,
                    is_image=is_image,
                )
            )
            taken.append((url_start, url_end))
    if "://" in line:
        links.extend(_bare_links(line, codes + taken))
    links.sort(key=lambda link: link.start)
    return links


def _bare_links(line: str, excluded: list[tuple[int, int]]) -> list[InlineLink]:
    found: list[InlineLink] = []
    for match in _AUTOLINK.finditer(line):
        if not _inside(match.start(), excluded):
            start, end = match.span(1)
            found.append(_bare(line, match.start(), match.end(), start, end))
            excluded = [*excluded, match.span()]
    for match in _BARE_URL.finditer(line):
        if _inside(match.start(), excluded):
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
