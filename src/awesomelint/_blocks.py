"""The block structure of a list file, line by line, with line numbers.

Only the structure paper lists use is modelled: headings, list items (nested by indentation),
paragraphs, tables, and opaque blocks (fenced code, HTML, thematic breaks) that no rule or fix
looks inside. Scanning is a single loop over lines with an explicit stack — never recursion —
so a list nested 3,000 levels deep costs no more than a flat one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LIST_MARKER = re.compile(r"([-*+]|\d{1,9}[.)])(?:([ \t]+)|$)")
#: A heading written in HTML on a line of its own: '<h3 id="x">Title</h3>'.
_HTML_HEADING = re.compile(r"<h([1-6])(?:\s[^<>]*)?>(?P<text>.*?)</h\1\s*>", re.IGNORECASE)
_ATX_HEADING = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")
_THEMATIC_BREAK = re.compile(r"(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_SETEXT = re.compile(r"(=+|-+)[ \t]*$")
#: What opens an HTML block (CommonMark's kinds 1–6): a comment, a processing instruction or
#: declaration, or a block-level tag. Any other tag opens one only alone on its line (kind 7):
#: ``<a id="x"></a>`` followed by ``## Heading`` is a paragraph, and the heading a heading.
_HTML_START = re.compile(
    r"<(?:!--|[?!]|(?:script|pre|style|textarea)(?:[\s>]|$)|/?(?:"
    r"address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    r"details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    r"h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|"
    r"optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|"
    r"track|ul)(?:[\s>]|/>|$))",
    re.IGNORECASE,
)
_HTML_LONE_TAG = re.compile(
    r"""</?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>\s*"""
)
_TABLE_DELIMITER = re.compile(r"\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def indent_width(line: str) -> tuple[int, int]:
    """(columns, characters) of a line's leading whitespace, tabs advancing to a multiple of 4."""
    chars = len(line) - len(line.lstrip(" \t"))
    if "\t" not in line[:chars]:
        return chars, chars  # spaces only: no loop over a deeply nested line's indentation
    width = 0
    for count, char in enumerate(line):
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4 - width % 4
        else:
            return width, count
    return width, len(line)


@dataclass
class Paragraph:
    """Consecutive text lines (1-based line numbers)."""

    lines: list[int]


@dataclass
class Heading:
    line: int
    level: int
    text: str
    #: 0-based index of ``text`` in the line (setext headings: 0).
    text_start: int


@dataclass
class Table:
    header: int
    rows: list[int]


@dataclass
class Opaque:
    """A block no rule looks inside: fenced code, HTML, a thematic break."""

    lines: list[int]


@dataclass
class Item:
    """A list item. ``head`` is its first paragraph (marker line plus continuation lines)."""

    line: int
    #: 0-based character index of the item's content on its marker line.
    content_start: int
    #: Indentation (in columns) that lines must reach to belong to this item.
    content_width: int
    head: Paragraph
    blocks: list[Block] = field(default_factory=list)
    end_line: int = 0


Block = Paragraph | Heading | Table | Opaque | Item


@dataclass
class Outline:
    """The root container: top-level blocks in file order."""

    blocks: list[Block]
    #: Contents of fenced code blocks, by the line of their opening fence.
    fences: dict[int, list[str]]


def scan(lines: list[str]) -> Outline:
    """Build the outline of ``lines`` in one pass."""
    return _Scanner(lines).run()


def content_width(width: int, marker: str, spacing: str) -> int:
    """The column where the content of an item starts, which its other lines must reach: after
    its marker (at column ``width``) and the spacing that follows, tabs advancing to the next
    multiple of four; one column after the marker when there is no spacing, or more than four
    columns of it (the content is then indented code)."""
    after_marker = width + len(marker)
    column = after_marker
    for char in spacing:
        column += 1 if char == " " else 4 - column % 4
    gap = column - after_marker
    return after_marker + (gap if 1 <= gap <= 4 else 1)


class _Scanner:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.root: list[Block] = []
        self.stack: list[Item] = []
        self.fences: dict[int, list[str]] = {}
        self.paragraph: Paragraph | None = None
        #: The last line given to the open items; each takes it as its end line when it closes
        #: (setting it on every open item at every line costs depth × lines).
        self.last = 0

    def container(self) -> list[Block]:
        return self.stack[-1].blocks if self.stack else self.root

    def base_width(self) -> int:
        return self.stack[-1].content_width if self.stack else 0

    def add(self, block: Block, number: int) -> None:
        self.container().append(block)
        self.last = number

    def close_items(self, width: int) -> None:
        while self.stack and width < self.stack[-1].content_width:
            self.stack.pop().end_line = self.last

    def run(self) -> Outline:
        lines = self.lines
        number = 0
        blank_before = True
        while number < len(lines):
            line = lines[number]
            number += 1
            width, chars = indent_width(line)
            content = line[chars:]
            if not content:
                self.paragraph = None
                blank_before = True
                continue
            lazy = (
                not blank_before
                and self.paragraph is not None
                and not self._interrupts(content, width)
            )
            if not lazy:
                self.close_items(width)
            relative = width - self.base_width()
            number = self._line(number, line, width, chars, content, relative, lazy)
            blank_before = False
        for item in self.stack:
            item.end_line = self.last
        return Outline(blocks=self.root, fences=self.fences)

    def _interrupts(self, content: str, width: int) -> bool:
        """Whether a line ends the open paragraph instead of continuing it lazily."""
        if width >= self.base_width() + 4 and self.stack:
            return False
        return bool(
            _LIST_MARKER.match(content)
            or _ATX_HEADING.match(content)
            or _FENCE.match(content)
            or _THEMATIC_BREAK.match(content)
            or _HTML_START.match(content)
            # A tag alone on its line ends an item's paragraph from outside the item (as in
            # cmark-gfm); "<sup>1</sup>Yale", inline HTML, continues it.
            or (width < self.base_width() and _HTML_LONE_TAG.fullmatch(content))
            or content.startswith(("|", ">"))
        )

    def _line(
        self,
        number: int,
        line: str,
        width: int,
        chars: int,
        content: str,
        relative: int,
        lazy: bool,
    ) -> int:
        """Handle line ``number`` (1-based); return the number of the last line consumed."""
        fence = _FENCE.match(content) if relative < 4 else None
        if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
            return self._fence(number, fence.group(1), width)
        if relative < 4 and _THEMATIC_BREAK.match(content):
            if self.paragraph is not None and content.lstrip("-").strip() == "" and lazy:
                return self._setext(number, 2)
            self.paragraph = None
            self.add(Opaque([number]), number)
            return number
        marker = _LIST_MARKER.match(content)
        if (
            marker
            and (relative < 4 or not self.stack)
            and not self._interrupted_by_number(marker.group(1), lazy)
        ):
            self._item(number, line, width, chars, marker)
            return number
        if lazy:
            setext = _SETEXT.match(content)
            if setext and relative < 4 and setext.group(1)[0] == "=":
                return self._setext(number, 1)
            assert self.paragraph is not None
            self.paragraph.lines.append(number)
            self.last = number
            return number
        heading = _ATX_HEADING.match(content) if relative < 4 else None
        if heading:
            self.paragraph = None
            text = heading.group(2) or ""
            start = line.find(text, chars + len(heading.group(1))) if text else len(line)
            self.add(Heading(number, len(heading.group(1)), text, start), number)
            return number
        if relative < 4 and (_HTML_START.match(content) or _HTML_LONE_TAG.fullmatch(content)):
            return self._html(number, content)
        if (
            "|" in content
            and number < len(self.lines)
            and _TABLE_DELIMITER.match(self.lines[number].strip())
            and "-" in self.lines[number]
        ):
            return self._table(number)
        self.paragraph = Paragraph([number])
        self.add(self.paragraph, number)
        return number

    def _interrupted_by_number(self, marker: str, lazy: bool) -> bool:
        """An ordered marker other than ``1.`` cannot interrupt a paragraph (CommonMark)."""
        return lazy and marker[0].isdigit() and marker[:-1] != "1"

    def _item(self, number: int, line: str, width: int, chars: int, marker: re.Match[str]) -> None:
        spaces = marker.group(2) or ""
        content_start = chars + marker.end(1) + len(spaces)
        head = Paragraph([number])
        item = Item(
            line=number,
            content_start=min(content_start, len(line)),
            content_width=content_width(width, marker.group(1), spaces),
            head=head,
            end_line=number,
        )
        self.add(item, number)
        self.stack.append(item)
        self.paragraph = head if marker.group(2) and line[content_start:].strip() else None

    def _setext(self, number: int, level: int) -> int:
        assert self.paragraph is not None
        paragraph = self.paragraph
        container = self.container()
        if container and container[-1] is paragraph:
            first = paragraph.lines[0]
            text = " ".join(self.lines[n - 1].strip() for n in paragraph.lines)
            container[-1] = Heading(first, level, text, indent_width(self.lines[first - 1])[1])
        self.paragraph = None
        return number

    def _fence(self, number: int, opening: str, width: int) -> int:
        self.paragraph = None
        body: list[int] = [number]
        closing = re.compile(re.escape(opening[0]) + "{" + str(len(opening)) + r",}[ \t]*$")
        index = number
        while index < len(self.lines):
            index += 1
            body.append(index)
            candidate = self.lines[index - 1]
            if closing.match(candidate.lstrip()) and indent_width(candidate)[0] < width + 4:
                break
        self.fences[number] = [self.lines[n - 1] for n in body[1:-1]]
        self.add(Opaque(body), index)
        return index

    def _html(self, number: int, content: str) -> int:
        self.paragraph = None
        comment = content.startswith("<!--")
        body = [number]
        index = number
        line = content
        while True:
            if comment and "-->" in line:
                break
            if index >= len(self.lines):
                break
            following = self.lines[index]
            if not comment and not following.strip():
                break
            index += 1
            body.append(index)
            line = following
        heading = _HTML_HEADING.fullmatch(content.rstrip()) if body == [number] else None
        if heading is not None:
            # '<h3 id="forecasting">Forecasting</h3>': GitHub shows a heading, and a section starts.
            start = self.lines[number - 1].find(content) + heading.start("text")
            self.add(Heading(number, int(heading.group(1)), heading.group("text"), start), number)
        else:
            self.add(Opaque(body), index)
        return index

    def _table(self, number: int) -> int:
        self.paragraph = None
        rows: list[int] = []
        index = number + 1
        while index < len(self.lines) and "|" in self.lines[index] and self.lines[index].strip():
            index += 1
            rows.append(index)
        self.add(Table(number, rows), index)
        return index


def continued_lines(outline: Outline) -> frozenset[int]:
    """Lines after which their paragraph goes on (an item's first paragraph included): where
    two trailing spaces make a hard line break, and where a line moved on its own would leave
    the rest of its paragraph behind."""
    lines: set[int] = set()
    stack: list[Block] = list(outline.blocks)
    while stack:
        block = stack.pop()
        if isinstance(block, Paragraph):
            lines.update(block.lines[:-1])
        elif isinstance(block, Item):
            lines.update(block.head.lines[:-1])
            stack.extend(block.blocks)
    return frozenset(lines)
