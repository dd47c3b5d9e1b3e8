"""What a rule is, and what it is given to look at.

As in ruff, a rule is a small unit with a stable kebab-case name, a short code, a severity, a
one-line summary, an explanation (its class docstring) and a flag for whether ``fix`` can repair
what it reports.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar, TypeVar

from awesomelint._blocks import Outline, continued_lines
from awesomelint._diagnostics import Applicability, Diagnostic, Edit, Fix, Severity
from awesomelint._model import Document, Entry, Span
from awesomelint._schema import FIELD_STYLES
from awesomelint._source import SourceFile

if TYPE_CHECKING:
    from awesomelint._arxiv.metadata import Paper
    from awesomelint._config import Config


@dataclass
class ParsedFile:
    """One checked file: its text, its entries and the fields its entries are expected to have."""

    source: SourceFile
    document: Document
    #: The block structure the document was read from (rules that need more than entries).
    outline: Outline
    #: Expected field labels, in schema order, for each section (heading path) of the file.
    schema: Mapping[tuple[str, ...], list[str]] = field(default_factory=dict)

    @cached_property
    def continued_lines(self) -> frozenset[int]:
        """Lines after which their paragraph goes on (see :func:`continued_lines`)."""
        return continued_lines(self.outline)

    def expected_fields(self, entry: Entry) -> list[str]:
        """The fields ``entry`` should carry: its section's schema, or none for a notes-style
        entry (a bullet of prose, a year item), which is not a paper record."""
        if entry.style not in FIELD_STYLES:
            return []
        return list(self.schema.get(entry.section, ()))


@dataclass
class Context:
    """Everything rules may look at: all files checked together, config and arXiv metadata."""

    files: list[ParsedFile]
    config: Config
    #: arXiv metadata by id (``None`` for an id arXiv does not know), from the lockfile, the
    #: cache and (unless offline) the API; ids nobody could answer for are absent.
    papers: Mapping[str, Paper | None] = field(default_factory=dict)
    #: Ids arXiv's title search found for entry titles that do not match their link.
    suggested_ids: Mapping[str, str] = field(default_factory=dict)


class Rule(ABC):
    """Base class of every rule. The class docstring is the explanation ``awesomelint rules``
    and ``awesomelint explain`` print."""

    name: ClassVar[str]
    code: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    fixable: ClassVar[bool] = False

    @classmethod
    def explanation(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or cls.summary)

    @abstractmethod
    def check(self, context: Context) -> Iterable[Diagnostic]:
        """Yield this rule's findings over all files of ``context``."""

    def report(
        self,
        file: ParsedFile,
        span: Span,
        message: str,
        *,
        edits: Iterable[Edit] = (),
        applicability: Applicability = Applicability.SAFE,
        severity: Severity | None = None,
        reparse: bool = False,
    ) -> Diagnostic:
        """A finding of this rule; with ``edits``, a fix that ``fix`` can apply."""
        edits = tuple(edits)
        return Diagnostic(
            path=file.source.path,
            span=span,
            rule=self.name,
            severity=severity or self.severity,
            message=message,
            fix=Fix(edits=edits, applicability=applicability, reparse=reparse) if edits else None,
        )


class EntryRule(Rule):
    """A rule that looks at one entry at a time."""

    def check(self, context: Context) -> Iterator[Diagnostic]:
        for file in context.files:
            for entry in file.document.entries:
                yield from self.check_entry(file, entry, context)

    @abstractmethod
    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterable[Diagnostic]:
        """Yield this rule's findings on ``entry``."""


def replace_span(source: SourceFile, span: Span, text: str) -> Edit:
    """An edit replacing exactly the characters of ``span``."""
    start, end = source.span_offsets(span)
    return Edit(start=start, end=end, text=text)


T = TypeVar("T")
#: How many other places a message names before it says "and N more".
NAMED_PLACES = 3


def other_places(others: Iterable[T], describe: Callable[[T], str]) -> str:
    """``a; b; c`` — or ``a; b; c and 4 more``: a message names a few places, not hundreds, and
    describes only those, so that a list repeating one link many times does not make the
    output (or the time to write it) grow quadratically."""
    listed = list(others)
    named = "; ".join(describe(other) for other in listed[:NAMED_PLACES])
    rest = len(listed) - NAMED_PLACES
    return f"{named} and {rest} more" if rest > 0 else named
