"""Inline suppressions: ``<!-- awesomelint-disable RULE -->`` … ``<!-- awesomelint-enable RULE -->``
and ``<!-- awesomelint-disable-next-line RULE -->``. Without a rule name, every rule.

Rules are named as everywhere else (``--select``, the config): by name or by code. As in
markdownlint, ``enable RULE`` after a bare ``disable`` switches just that rule back on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from awesomelint._diagnostics import Diagnostic
from awesomelint._source import SourceFile

_COMMENT = re.compile(r"<!--\s*awesomelint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
ALL = "*"


@dataclass(frozen=True)
class Off:
    """The rules switched off on one line: ``rules``, or every rule but ``exempt``."""

    everything: bool = False
    rules: frozenset[str] = frozenset()
    exempt: frozenset[str] = frozenset()

    def covers(self, names: frozenset[str]) -> bool:
        """Whether a finding of the rule known by ``names`` (its name and code) is off."""
        if self.everything and not names & self.exempt:
            return True
        return bool(names & self.rules)

    def __or__(self, other: Off) -> Off:
        """Off where either is off (a disabled region meeting a disable-next-line)."""
        if self.everything and other.everything:
            exempt = self.exempt & other.exempt
        else:
            exempt = self.exempt if self.everything else other.exempt
        return Off(self.everything or other.everything, self.rules | other.rules, exempt)


def _names(text: str) -> frozenset[str]:
    """Rule names of a comment; after them, `` -- reason`` is for the reader."""
    names = text.split("--", 1)[0]
    return frozenset(names.replace(",", " ").split()) or frozenset({ALL})


def suppressed_lines(source: SourceFile) -> dict[int, Off]:
    """For each line with suppressions, what is switched off there."""
    if "awesomelint-" not in source.text:
        return {}
    table: dict[int, Off] = {}
    active = Off()
    for number, line in enumerate(source.lines, start=1):
        next_line = Off()
        for match in _COMMENT.finditer(line):
            names = _names(match.group(2))
            if match.group(1) == "disable":
                active = _switch_off(active, names)
            elif match.group(1) == "enable":
                active = _switch_on(active, names)
            else:
                next_line = _switch_off(next_line, names)
        if active != Off():
            table[number] = table.get(number, Off()) | active
        if next_line != Off():
            table[number + 1] = table.get(number + 1, Off()) | next_line
    return table


def _switch_off(state: Off, names: frozenset[str]) -> Off:
    if ALL in names:
        return Off(everything=True)
    return Off(state.everything, state.rules | names, state.exempt - names)


def _switch_on(state: Off, names: frozenset[str]) -> Off:
    if ALL in names:
        return Off()
    exempt = state.exempt | names if state.everything else frozenset()
    return Off(state.everything, state.rules - names, exempt)


def without_suppressed(
    diagnostics: Iterable[Diagnostic], sources: dict[str, SourceFile]
) -> list[Diagnostic]:
    """The diagnostics no suppression comment covers (a finding is located by its first line)."""
    from awesomelint._rules import names_of

    tables = {path: suppressed_lines(source) for path, source in sources.items()}
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        off = tables.get(diagnostic.path, {}).get(diagnostic.span.line)
        if off is None or not off.covers(names_of(diagnostic.rule)):
            kept.append(diagnostic)
    return kept
