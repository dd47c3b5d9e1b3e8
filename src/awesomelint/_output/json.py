"""``--format json``: a list of finding objects with 1-based positions."""

from __future__ import annotations

import json

from awesomelint._diagnostics import Diagnostic


def render(diagnostics: list[Diagnostic], *, color: bool = False) -> str:
    return json.dumps([as_dict(d) for d in diagnostics], indent=2, ensure_ascii=False) + "\n"


def as_dict(diagnostic: Diagnostic) -> dict[str, object]:
    span = diagnostic.span
    return {
        "path": diagnostic.path,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "rule": diagnostic.rule,
        "severity": diagnostic.severity.value,
        "message": diagnostic.message,
        "fixable": diagnostic.fixable,
    }
