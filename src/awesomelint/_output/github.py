"""``--format github``: GitHub Actions workflow commands, one annotation a finding.

GitHub turns ``::error file=…,line=…::message`` lines of a step's output into annotations on the
pull request's diff, so a contributor sees a finding next to the line that caused it. The
escaping follows the Actions toolkit (``@actions/core`` ``command.ts``): ``%``, CR and LF in
the message; additionally ``:`` and ``,`` in property values, which would otherwise end them.
"""

from __future__ import annotations

import os
from pathlib import Path

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._output.text import summary


def render(diagnostics: list[Diagnostic], *, color: bool = False) -> str:
    """One workflow command per finding, then the plain-text summary line for the log."""
    lines = [annotation(diagnostic) for diagnostic in diagnostics]
    lines.append(summary(diagnostics))
    return "\n".join(lines) + "\n"


def annotation(diagnostic: Diagnostic) -> str:
    """The ``::error``/``::warning`` command of one finding.

    GitHub only honours columns on a one-line annotation, so a finding spanning several lines
    (a whole entry) gives lines only. ``endColumn`` is exclusive, as awesomelint's spans are.
    """
    span = diagnostic.span
    properties = {"file": repository_path(diagnostic.path), "line": str(span.line)}
    if span.line == span.end_line:
        properties["col"] = str(span.column)
    properties["endLine"] = str(span.end_line)
    if span.line == span.end_line:
        properties["endColumn"] = str(span.end_column)
    properties["title"] = diagnostic.rule
    command = "error" if diagnostic.severity is Severity.ERROR else "warning"
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{command} {rendered}::{escape_data(diagnostic.message)}"


def escape_data(text: str) -> str:
    """Escape a command's message: ``%`` first, so the escapes themselves survive."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus the ``:`` and ``,`` that delimit properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repository_path(path: str) -> str:
    """``path`` relative to the repository root with forward slashes, or as given when outside.

    Annotations and code-scanning results name files relative to the checkout, which is
    ``$GITHUB_WORKSPACE`` on a runner (the current directory elsewhere).
    """
    return relative_to_root(path) or Path(path).as_posix()


def relative_to_root(path: str) -> str | None:
    """``path`` relative to ``$GITHUB_WORKSPACE`` (or the current directory); None if outside.

    Symbolic links are resolved only when the plain absolute paths disagree, so a list reached
    through a link inside the checkout keeps the name it was checked under.
    """
    root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    for normalise in (os.path.abspath, os.path.realpath):
        try:
            return Path(normalise(path)).relative_to(normalise(root)).as_posix()
        except ValueError:
            continue
    return None
