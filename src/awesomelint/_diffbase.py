"""``check --diff-base REF``: keep only findings on lines changed since a git revision.

Why: a maintainer adopting awesomelint on a list of a thousand entries cannot fix every old
finding before the first pull request; reviewing a pull request should be about what it changes.
So findings are filtered by ``git diff --unified=0 REF -- FILE`` (REF against the working tree,
so uncommitted edits count as changes). A file outside git, untracked, or unchanged since REF
keeps no findings. A REF that is not a commit is an input error, never "nothing changed".

Line numbers are git's, counted by ``\\n``; awesomelint also ends lines at a lone ``\\r``, so in
the rare file with bare carriage returns the two numberings differ.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from awesomelint._diagnostics import Diagnostic

#: A hunk header of ``--unified=0`` output: ``@@ -old[,count] +new[,count] @@``.
_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


class DiffBaseError(Exception):
    """The diff base cannot be used (not a commit, or git missing); one line for the user."""


def added_lines(diff: str) -> set[int]:
    """Line numbers (in the new file) that a ``--unified=0`` diff adds or changes.

    A hunk with a new-side count of 0 only deletes lines: nothing of the new file is in it.
    """
    lines: set[int] = set()
    for match in _HUNK.finditer(diff):
        start = int(match.group(1))
        count = 1 if match.group(2) is None else int(match.group(2))
        lines.update(range(start, start + count))
    return lines


class ChangedLines:
    """The lines of each file changed since ``ref``, asking git once per file.

    Files may sit in different repositories (or none); each repository resolves ``ref`` itself,
    and resolving it fails loudly, so a mistyped base never reads as "nothing changed".
    """

    def __init__(self, ref: str) -> None:
        self.ref = ref
        #: Directory -> the commit ``ref`` names in its repository (None: not in a work tree).
        self._commits: dict[Path, str | None] = {}

    def verify(self, path: str) -> None:
        """Resolve ``ref`` in the repository of ``path``; :class:`DiffBaseError` if it is not a
        commit there."""
        self._commit(Path(path).absolute().parent)

    def of(self, path: str) -> set[int]:
        """Changed line numbers of ``path`` (empty when the file is not in a git work tree)."""
        file = Path(path).absolute()
        commit = self._commit(file.parent)
        if commit is None:
            return set()
        diff = _git(
            file.parent,
            "diff",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--unified=0",
            commit,
            "--",
            file.name,
        )
        return added_lines(diff or "")

    def _commit(self, directory: Path) -> str | None:
        if directory not in self._commits:
            top = _git(directory, "rev-parse", "--show-toplevel")
            if top is None:
                self._commits[directory] = None
                return None
            # A ref starting with "-" would be read as an option by git: refuse it outright.
            name = None if self.ref.startswith("-") else f"{self.ref}^{{commit}}"
            commit = name and _git(directory, "rev-parse", "--verify", "--quiet", name)
            if not commit:
                raise DiffBaseError(f"diff base '{self.ref}' is not a commit in {top.strip()}")
            self._commits[directory] = commit.strip()
        return self._commits[directory]


def only_changed(
    diagnostics: Iterable[Diagnostic], ref: str, checked: Iterable[str] = ()
) -> list[Diagnostic]:
    """The findings touching at least one line changed since ``ref``.

    ``ref`` is resolved in the repository of every ``checked`` file first, so a bad base is an
    error even when nothing was found. A finding spanning several lines (a whole entry) is kept
    when any of its lines changed: editing one field of an entry is a fair moment to hear about
    the rest of it.
    """
    changed = ChangedLines(ref)
    for path in checked:
        changed.verify(path)
    by_path: dict[str, set[int]] = {}
    kept: list[Diagnostic] = []
    for diagnostic in diagnostics:
        if diagnostic.path not in by_path:
            by_path[diagnostic.path] = changed.of(diagnostic.path)
        lines = by_path[diagnostic.path]
        if any(n in lines for n in range(diagnostic.span.line, diagnostic.span.end_line + 1)):
            kept.append(diagnostic)
    return kept


def _git(directory: Path, *arguments: str) -> str | None:
    """stdout of a git command run in ``directory``, or None when it fails.

    ``--literal-pathspecs`` keeps a file named ``*.md`` or ``:x.md`` from being a pattern.
    """
    try:
        completed = subprocess.run(
            ["git", "--literal-pathspecs", *arguments],
            cwd=directory,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            check=False,
        )
    except FileNotFoundError:
        raise DiffBaseError("--diff-base needs git, and git is not on PATH") from None
    return completed.stdout if completed.returncode == 0 else None
