"""Running rules over files, and applying their fixes.

The engine is the only place that reads and writes list files: rules see parsed files and
return diagnostics, fixes are edits, and a file is written only after it parsed completely.
"""

from __future__ import annotations

import bisect
import fnmatch
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from awesomelint._blocks import scan
from awesomelint._config import Config
from awesomelint._diagnostics import Applicability, Diagnostic, Edit, Fix
from awesomelint._parse import parse
from awesomelint._rules import RULES, Context, ParsedFile, Rule, names_of, unknown_rules
from awesomelint._schema import expected_fields
from awesomelint._source import InputError, SourceFile, read
from awesomelint._suppress import without_suppressed

if TYPE_CHECKING:
    from awesomelint._arxiv.metadata import Paper

SKIPPED_DIRECTORIES = frozenset(
    {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
     ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "build", "dist"}
)  # fmt: skip
#: Passes of fix-and-reparse before giving up; overlapping edits wait for the next pass.
MAX_FIX_PASSES = 10


def markdown_files(paths: Iterable[Path]) -> tuple[list[Path], list[str]]:
    """Every ``*.md`` file named or below a named directory, and errors for missing paths."""
    found: list[Path] = []
    errors: list[str] = []
    for path in paths:
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(d for d in directories if d not in SKIPPED_DIRECTORIES)
                found.extend(Path(root, name) for name in sorted(files) if name.endswith(".md"))
        elif path.exists():
            found.append(path)
        else:
            errors.append(f"{path}: no such file or directory")
    return found, errors


def parse_file(source: SourceFile, config: Config) -> ParsedFile:
    outline = scan(source.lines)
    document = parse(source, outline)
    return ParsedFile(
        source=source,
        document=document,
        outline=outline,
        schema=expected_fields(document, config),
    )


def load(paths: Sequence[Path], config: Config) -> tuple[list[ParsedFile], list[str]]:
    """Read and parse files; a file that cannot be read becomes an error line, not a crash."""
    parsed: list[ParsedFile] = []
    errors: list[str] = []
    for path in paths:
        try:
            parsed.append(parse_file(read(path), config))
        except InputError as error:
            errors.append(str(error))
    return parsed, errors


#: How many lines with a web address outside every entry a file must hold to be worth a
#: warning, and what share of its lines with a web address they must be: a list awesomelint
#: cannot read, or reads a sliver of, would otherwise pass as one with no problems.
UNREAD_LIST_LINES = 10
UNREAD_SHARE = 0.75


def unread_lists(files: Iterable[ParsedFile]) -> list[str]:
    """A warning for each file most of whose lines with a web address (in Markdown or in HTML)
    lie in no entry, at least ``UNREAD_LIST_LINES`` of them: its entries are written in a shape
    awesomelint does not read, such as ``<a href>`` links or paragraphs of citations. News,
    badges and tables of code links stay well under ``UNREAD_SHARE`` in the lists surveyed."""
    warnings: list[str] = []
    for file in files:
        lines = file.source.lines
        linking = [number for number, line in enumerate(lines, 1) if "://" in line]
        if len(linking) < UNREAD_LIST_LINES:
            continue
        in_entries = bytearray(len(lines) + 1)
        for entry in file.document.entries:
            first, last = entry.span.line, entry.span.end_line
            in_entries[first : last + 1] = b"\1" * (last - first + 1)
        unread = sum(1 for number in linking if not in_entries[number])
        if unread < max(UNREAD_LIST_LINES, UNREAD_SHARE * len(linking)):
            continue
        if file.document.entries:
            said = f"{unread} of its {len(linking)} lines with web addresses are in no entry"
        else:
            said = f"no paper entries recognised on its {unread} lines with web addresses"
        warnings.append(f"{file.source.path}: {said} (see 'Entry styles' in awesomelint's README)")
    return warnings


@dataclass(frozen=True)
class Selection:
    """Which rules run: by name or code, with per-file ignores from the config."""

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    #: Only rules that can fix what they report (what ``fix`` needs to run).
    fixable_only: bool = False

    @classmethod
    def from_config(
        cls, config: Config, select: Iterable[str] = (), ignore: Iterable[str] = ()
    ) -> Selection:
        return cls(
            select=frozenset(select) or frozenset(config.select),
            ignore=frozenset(ignore) | frozenset(config.ignore),
        )

    def rules(self) -> list[Rule]:
        problem = unknown_rules(self.select | self.ignore)
        if problem:
            raise InputError(problem)
        chosen = []
        for name, rule in RULES.items():
            names = names_of(name)
            if self.select and not names & self.select:
                continue
            if names & self.ignore or (self.fixable_only and not rule.fixable):
                continue
            chosen.append(rule())
        return chosen


def check(
    files: list[ParsedFile],
    config: Config,
    selection: Selection,
    papers: Mapping[str, Paper | None] | None = None,
    suggested_ids: Mapping[str, str] | None = None,
) -> list[Diagnostic]:
    """All findings of the selected rules, minus suppressed and per-file-ignored ones, sorted.

    ``papers`` is arXiv metadata by id, ``suggested_ids`` the ids arXiv's title search found
    for mislabelled entries (both empty offline without a lockfile).
    """
    context = Context(
        files=files, config=config, papers=papers or {}, suggested_ids=suggested_ids or {}
    )
    found: list[Diagnostic] = []
    for rule in selection.rules():
        found.extend(rule.check(context))
    found = without_suppressed(found, {file.source.path: file.source for file in files})
    found = [d for d in found if not _ignored_for_file(d, config)]
    return sorted(found, key=Diagnostic.sort_key)


def _ignored_for_file(diagnostic: Diagnostic, config: Config) -> bool:
    """Per-file ignores match the path relative to the config file (as written in it), the
    path as given on the command line, or the bare file name."""
    if not config.per_file_ignores:
        return False
    path = Path(diagnostic.path)
    candidates = {diagnostic.path, path.name}
    if config.origin is not None:
        resolved, project = path.resolve(), config.origin.parent.resolve()
        if resolved.is_relative_to(project):
            candidates.add(resolved.relative_to(project).as_posix())
    names = names_of(diagnostic.rule)
    return any(
        ("*" in rules or names & set(rules))
        and any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates)
        for pattern, rules in config.per_file_ignores.items()
    )


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits (earliest first; an edit overlapping an accepted one is left
    for the next pass).

    Ties are broken by the replacement text, so that the result never depends on the order in
    which rules happened to offer the edits.
    """
    accepted: list[Edit] = []
    for edit in sorted(set(edits), key=lambda e: (e.start, e.end, e.text)):
        if not any(_overlap(edit, other) for other in accepted[-1:]):
            accepted.append(edit)
    pieces: list[str] = []
    position = 0
    for edit in accepted:
        pieces.append(text[position : edit.start])
        pieces.append(edit.text)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def _overlap(first: Edit, second: Edit) -> bool:
    """Whether two edits touch the same characters, or insert at the same place (whose order
    would be arbitrary)."""
    if first.start == first.end == second.start == second.end:
        return True
    return first.start < second.end and second.start < first.end


def _whole_fixes(fixes: Iterable[Fix]) -> tuple[list[Edit], bool]:
    """The edits of the fixes that can be applied together, each fix whole or not at all, and
    whether that is every fix.

    A fix's edits belong together (re-indenting an item and its sub-bullets): applying only
    some of them could move a line into another item. Fixes are taken in order of their edits;
    one that overlaps a fix already taken waits for the next pass.
    """
    starts: list[int] = []  # of ``taken``, which stays sorted and free of overlaps
    taken: list[Edit] = []

    def clashes(edit: Edit) -> bool:
        index = bisect.bisect_left(starts, edit.start)
        if index and _overlap(taken[index - 1], edit):
            return True
        while index < len(taken) and starts[index] <= edit.end:
            if _overlap(taken[index], edit):
                return True
            index += 1
        return False

    ordered = sorted(fixes, key=lambda fix: sorted((e.start, e.end, e.text) for e in fix.edits))
    complete = True
    for fix in ordered:
        edits = sorted(set(fix.edits), key=lambda e: (e.start, e.end, e.text))
        if any(_overlap(a, b) for a, b in pairwise(edits)) or any(map(clashes, edits)):
            complete = False
            continue
        for edit in edits:
            index = bisect.bisect_right(starts, edit.start)
            starts.insert(index, edit.start)
            taken.insert(index, edit)
    return taken, complete


def fixed_text(
    file: ParsedFile,
    config: Config,
    selection: Selection,
    *,
    unsafe: bool,
) -> str:
    """The text of ``file`` after applying fixes until none applies (or MAX_FIX_PASSES).

    Only fixable rules run, on this file alone: no rule that looks across files (duplicates)
    or at arXiv metadata offers a fix. A pass that could apply every fix it was offered ends
    the loop without parsing the result again: the rules' fixes are designed to reach the
    canonical form together, which the property tests hold them to (fixing a fixed list
    changes nothing, and leaves nothing fixable). Only fixes held back for overlapping another
    need another pass — and the rest of the fixes when one changes how the text reads
    (``Fix.reparse``): such fixes are applied alone, and the text is parsed again.
    """
    fixers = replace(selection, fixable_only=True)
    current = file
    for _ in range(MAX_FIX_PASSES):
        fixes = [
            diagnostic.fix
            for diagnostic in check([current], config, fixers)
            if diagnostic.fix is not None
            and (unsafe or diagnostic.fix.applicability is Applicability.SAFE)
        ]
        if not fixes:
            break
        # A fix after which the text reads differently goes first, alone: the other fixes
        # were judged on how the text read before it.
        reparsing = [fix for fix in fixes if fix.reparse]
        edits, complete = _whole_fixes(reparsing or fixes)
        text = apply_edits(current.source.text, edits)
        if (complete and not reparsing) or text == current.source.text:
            return text
        source = SourceFile(path=current.source.path, text=text, has_bom=current.source.has_bom)
        current = parse_file(source, config)
    return current.source.text
