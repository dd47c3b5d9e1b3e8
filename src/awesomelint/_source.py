"""Reading a list file into text with exact positions.

mistune gives no source positions (lepture/mistune#218), so positions come from here: the
decoded text is split into lines once, and every later stage speaks in (line, column) pairs that
this module converts to and from character offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from awesomelint._model import Span

BOM = "\ufeff"


class InputError(Exception):
    """A file that cannot be read as a list; the message is one line and names the file."""


@dataclass
class SourceFile:
    """The decoded text of one file and its line table.

    ``text`` excludes a leading BOM (``has_bom`` remembers it) and keeps line ends exactly as the
    file has them, so that edits applied to ``text`` and re-encoded reproduce every other byte.
    """

    path: str
    text: str
    has_bom: bool = False
    lines: list[str] = field(init=False)
    line_starts: list[int] = field(init=False)
    #: The file's dominant line end, used for lines a fix adds.
    newline: str = field(init=False)

    def __post_init__(self) -> None:
        self.lines = _split_markdown_lines(self.text)
        crlf = self.text.count("\r\n")
        lf = self.text.count("\n")
        if crlf and crlf * 2 >= lf:
            self.newline = "\r\n"
        else:
            self.newline = "\r" if not lf and "\r" in self.text else "\n"
        starts = [0]
        offset = 0
        for line in self.lines:
            offset += len(line)
            if self.text.startswith("\r\n", offset):
                offset += 2
            elif offset < len(self.text):
                offset += 1
            starts.append(offset)
        self.line_starts = starts

    def offset(self, line: int, column: int) -> int:
        """Character offset of a 1-based (line, column)."""
        return self.line_starts[line - 1] + column - 1

    def span_offsets(self, span: Span) -> tuple[int, int]:
        return self.offset(span.line, span.column), self.offset(span.end_line, span.end_column)

    def encode(self, text: str) -> bytes:
        return ((BOM if self.has_bom else "") + text).encode("utf-8")


def _split_markdown_lines(text: str) -> list[str]:
    """Split on the line ends Markdown knows (\\n, \\r\\n, \\r) — not str.splitlines()'s many."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode(path: str, data: bytes) -> SourceFile:
    """Decode UTF-8 bytes, refusing binary data with a message naming the byte offset."""
    nul = data.find(b"\x00", 0, 8192)
    if nul >= 0:
        raise InputError(f"{path}: binary file (NUL byte at offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not UTF-8 (invalid byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    has_bom = text.startswith(BOM)
    return SourceFile(path=path, text=text[1:] if has_bom else text, has_bom=has_bom)


def read(path: Path) -> SourceFile:
    """Read and decode one file; every failure is an :class:`InputError` naming it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    return decode(str(path), data)
