"""Inline suppressions: ``<!-- awesomelint-disable RULE -->`` … ``<!-- awesomelint-enable RULE -->``
and ``<!-- awesomelint-disable-next-line RULE -->``. Without a rule name, every rule."""

from __future__ import annotations

import re
from collections.abc import Iterable

from awesomelint._diagnostics import Diagnostic
from awesomelint._source import SourceFile

_COMMENT = re.compile(r"<!--\s*awesomelint-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
ALL = "*"


def suppressed_lines(source: SourceFile) -> dict[int, set[str]]:
    """For each line with suppressions, the rule names (or ``*``) switched off there."""
    if "awesomelint-" not in source.text:
        return {}
    off: dict[int, set[str]] = {}
    active: set[str] = set()
    for number, line in enumerate(source.lines, start=1):
        next_line: set[str] = set()
        for match in _COMMENT.finditer(line):
            rules = set(match.group(2).replace(",", " ").split()) or {ALL}
            if match.group(1) == "disable":
                active |= rules
            elif match.group(1) == "enable":
                active = set() if ALL in rules else active - rules
            else:
                next_line |= rules
        if active:
            off.setdefault(number, set()).update(active)
        if next_line:
            off.setdefault(number + 1, set()).update(next_line)
    return off


def without_suppressed(
    diagnostics: Iterable[Diagnostic], sources: dict[str, SourceFile]
) -> list[Diagnostic]:
    """The diagnostics no suppression comment covers (a finding is located by its first line)."""
    tables = {path: suppressed_lines(source) for path, source in sources.items()}
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        rules = tables.get(diagnostic.path, {}).get(diagnostic.span.line, set())
        if ALL not in rules and diagnostic.rule not in rules:
            kept.append(diagnostic)
    return kept
