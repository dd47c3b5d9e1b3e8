"""Findings and the edits that repair them.

A fix is an :class:`Edit` of the source text (a character range replaced by new text), as in
markdownlint: the engine applies edits, so whatever no rule touches stays byte-exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from awesomelint._model import Span


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


class Applicability(str, Enum):
    """Whether ``fix`` may apply an edit by default (as ruff's safe and unsafe fixes)."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the characters ``[start, end)`` of the decoded text with ``text``.

    Offsets index the decoded text (BOM removed, line ends kept as they are in the file).
    Findings and edits are plain dataclasses: rules make thousands of them on a large list,
    and they never come from untrusted input.
    """

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A set of edits that must be applied together, with its applicability."""

    edits: tuple[Edit, ...]
    applicability: Applicability
    #: Whether the fixed text reads differently (joined lines become an entry), so that the
    #: fixes it needs in turn are only known once it is parsed again.
    reparse: bool = False


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, located in the original file."""

    path: str
    span: Span
    rule: str
    severity: Severity
    message: str
    fix: Fix | None = None

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.span.line, self.span.column, self.rule)
