"""``--format text``: one ``path:line:col: rule message`` line a finding, and a summary."""

from __future__ import annotations

from awesomelint._diagnostics import Applicability, Diagnostic, Severity

_RED = "\033[31m"
_YELLOW = "\033[33m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def render(diagnostics: list[Diagnostic], *, color: bool) -> str:
    lines = []
    for diagnostic in diagnostics:
        location = f"{diagnostic.path}:{diagnostic.span.line}:{diagnostic.span.column}:"
        rule = diagnostic.rule
        if color:
            tint = _RED if diagnostic.severity is Severity.ERROR else _YELLOW
            location = f"{_BOLD}{location}{_RESET}"
            rule = f"{tint}{rule}{_RESET}"
        lines.append(f"{location} {rule} {diagnostic.message}")
    lines.append(summary(diagnostics, color=color))
    return "\n".join(lines) + "\n"


def summary(diagnostics: list[Diagnostic], *, color: bool = False) -> str:
    if not diagnostics:
        return "All checked: no problems found."
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    safe = sum(d.fix is not None and d.fix.applicability is Applicability.SAFE for d in diagnostics)
    unsafe = sum(
        d.fix is not None and d.fix.applicability is Applicability.UNSAFE for d in diagnostics
    )
    text = (
        f"Found {_count(len(diagnostics), 'problem')} "
        f"({_count(errors, 'error')}, {_count(len(diagnostics) - errors, 'warning')})."
    )
    if safe:
        text += f" {safe} fixable with `awesomelint fix`."
    if unsafe:
        text += f" {unsafe} more with `awesomelint fix --unsafe-fixes`."
    return f"{_DIM}{text}{_RESET}" if color else text


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
