"""The Markdown job summary of ``--format github``: findings per rule, then the first findings.

Annotations show at most a few dozen findings on a pull request and none for files it does not
touch; the job summary (``$GITHUB_STEP_SUMMARY``) gives the maintainer the whole picture on the
run's page. Messages quote list text (titles, URLs), so everything Markdown or HTML could act
on is escaped: a title with ``|`` must not break the table, nor ``<!--`` hide the rest of it.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._output.github import repository_path
from awesomelint._output.text import summary as summary_sentence
from awesomelint._rules import RULES

#: Findings listed one by one; the rest are counted. Keeps the summary far below GitHub's
#: 1 MiB limit and readable.
MAX_LISTED = 50
#: Characters that Markdown or HTML give a meaning; each is escaped with a backslash.
_ACTIVE = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$])")


def render(
    diagnostics: Sequence[Diagnostic],
    *,
    checked: int,
    errors: Sequence[str] = (),
    diff_base: str | None = None,
    limit: int = MAX_LISTED,
) -> str:
    """The summary of one check run over ``checked`` files."""
    noun = "file" if checked == 1 else "files"
    parts = ["## awesomelint\n"]
    scope = f"Checked {checked} {noun}"
    if diff_base is not None:
        scope += f", reporting only lines changed since {escape(diff_base)}"
    # The sentence is awesomelint's own words (with `awesomelint fix` as code): not escaped.
    parts.append(f"{scope}. {summary_sentence(list(diagnostics))}\n")
    if errors:
        parts.append("**Could not check:**\n")
        parts.append("".join(f"- {escape(error)}\n" for error in errors))
    if diagnostics:
        parts.append(_rule_table(diagnostics))
        parts.append(_finding_table(diagnostics, limit))
    return "\n".join(parts)


def _rule_table(diagnostics: Sequence[Diagnostic]) -> str:
    errors = Counter(d.rule for d in diagnostics if d.severity is Severity.ERROR)
    warnings = Counter(d.rule for d in diagnostics if d.severity is not Severity.ERROR)
    fixable = Counter(d.rule for d in diagnostics if d.fixable)
    order = sorted({d.rule for d in diagnostics}, key=lambda r: (-errors[r] - warnings[r], r))
    rows = [
        "| Rule | Code | Errors | Warnings | Fixable |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for rule in order:
        code = RULES[rule].code if rule in RULES else ""
        rows.append(
            f"| {escape(rule)} | {code} | {errors[rule]} | {warnings[rule]} | {fixable[rule]} |"
        )
    return "### Findings per rule\n\n" + "\n".join(rows) + "\n"


def _finding_table(diagnostics: Sequence[Diagnostic], limit: int) -> str:
    shown = diagnostics[:limit]
    heading = (
        f"### First {len(shown)} of {len(diagnostics)} findings"
        if len(shown) < len(diagnostics)
        else "### Findings"
    )
    rows = ["| Location | Rule | Severity | Message |", "| --- | --- | --- | --- |"]
    for d in shown:
        location = f"{repository_path(d.path)}:{d.span.line}:{d.span.column}"
        rows.append(
            f"| {escape(location)} | {escape(d.rule)} | {d.severity.value} | {escape(d.message)} |"
        )
    text = f"{heading}\n\n" + "\n".join(rows) + "\n"
    if len(shown) < len(diagnostics):
        rest = len(diagnostics) - len(shown)
        text += f"\n…and {rest} more: run `awesomelint check` locally to see them all.\n"
    return text


def escape(text: str) -> str:
    """Text that renders as itself in a Markdown table cell, on one line."""
    return _ACTIVE.sub(r"\\\1", " ".join(text.split()))


def append_to_step_summary(text: str) -> Path | None:
    """Append ``text`` to the file ``$GITHUB_STEP_SUMMARY`` names; None when it is unset.

    Appending, not overwriting: other steps of the job write their summaries to the same file.
    """
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    path = Path(target)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(text + "\n")
    return path


def write_step_summary(
    diagnostics: Sequence[Diagnostic],
    *,
    checked: int,
    errors: Sequence[str] = (),
    diff_base: str | None = None,
) -> list[str]:
    """Append the summary when ``$GITHUB_STEP_SUMMARY`` is set; the error lines of a failure.

    A summary that cannot be written is an input error, not a traceback: the annotations and
    the exit status still tell the story.
    """
    text = render(diagnostics, checked=checked, errors=errors, diff_base=diff_base)
    try:
        append_to_step_summary(text)
    except OSError as error:
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        return [f"{target}: cannot write the job summary ({error.strerror})"]
    return []
