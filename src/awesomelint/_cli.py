"""The ``awesomelint`` command line.

Exit codes: 0 when nothing of error severity was found (``check``) or nothing needs changing
(``fix --check``); 1 when something was; 2 for usage and input errors, which are one line on
stderr naming the file, after every other file has still been processed.
Heavy modules are imported inside the commands so that ``--help`` and small runs start fast.
"""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from collections.abc import Callable

    from awesomelint._config import Config
    from awesomelint._engine import Selection
    from awesomelint._rules import ParsedFile

EXIT_FINDINGS = 1
EXIT_INPUT = 2
DEFAULT_PATH = Path("lists")


def _rule_list(value: str | None) -> list[str]:
    return [name.strip() for name in (value or "").split(",") if name.strip()]


def _fail(message: str) -> None:
    click.echo(f"awesomelint: error: {message}", err=True)


def _use_color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _paths(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) or [DEFAULT_PATH]


def _config_for(paths: list[Path]) -> Config:
    from awesomelint._config import find_config

    existing = [path.resolve() for path in paths if path.exists()]
    start = Path(os.path.commonpath(existing)) if existing else Path.cwd()
    return find_config(start)


def _load(
    paths: tuple[Path, ...], select: str | None = None, ignore: str | None = None
) -> tuple[list[Path], Config, Selection, list[ParsedFile], list[str]]:
    """What every command starts with: the paths (default ``lists/``), their config, the rules
    to run, the parsed files, and the lines of input errors. A bad config or rule selection
    ends the command at once (exit 2); an unreadable file is one more error line."""
    from awesomelint import _engine
    from awesomelint._source import InputError

    targets = _paths(paths)
    try:
        config = _config_for(targets)
        selection = _engine.Selection.from_config(config, _rule_list(select), _rule_list(ignore))
        selection.rules()
    except InputError as error:
        _fail(str(error))
        sys.exit(EXIT_INPUT)
    files, errors = _engine.markdown_files(targets)
    parsed, read_errors = _engine.load(files, config)
    return targets, config, selection, parsed, errors + read_errors


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="awesomelint")
def main() -> None:
    """Lint and canonically rewrite research-paper awesome lists."""


_select_option = click.option(
    "--select", metavar="RULE,...", help="Run only these rules (names or codes)."
)
_ignore_option = click.option("--ignore", metavar="RULE,...", help="Skip these rules.")
_offline_option = click.option(
    "--offline", is_flag=True, help="Never touch the network; use the lockfile and cache only."
)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github", "sarif"]),
    help="github: Actions annotations, and a job summary when $GITHUB_STEP_SUMMARY is set; "
    "sarif: SARIF 2.1.0 for code scanning.",
    default="text",
    show_default=True,
)
@_select_option
@_ignore_option
@_offline_option
@click.option(
    "--diff-base",
    metavar="REF",
    help="Report only findings on lines changed since the git revision REF.",
)
def check(
    paths: tuple[Path, ...],
    output_format: str,
    select: str | None,
    ignore: str | None,
    offline: bool,
    diff_base: str | None,
) -> None:
    """Check Markdown lists (files, or every *.md below directories; default: lists/)."""
    from awesomelint import _engine, _facts
    from awesomelint._diagnostics import Severity

    targets, config, selection, parsed, errors = _load(paths, select, ignore)

    papers, suggestions, warnings = _facts.gather(
        parsed, config, offline=offline, lockfile=_facts.lockfile_path(config, targets)
    )
    for warning in [*warnings, *_engine.unread_lists(parsed)]:
        click.echo(f"awesomelint: warning: {warning}", err=True)
    diagnostics = _engine.check(parsed, config, selection, papers, suggestions)
    if diff_base is not None:
        from awesomelint._diffbase import DiffBaseError, only_changed

        try:
            diagnostics = only_changed(diagnostics, diff_base, [f.source.path for f in parsed])
        except DiffBaseError as error:
            _fail(str(error))
            sys.exit(EXIT_INPUT)
    if output_format == "github":
        from awesomelint._output.summary import write_step_summary

        errors += write_step_summary(
            diagnostics, checked=len(parsed), errors=errors, diff_base=diff_base
        )
    for message in errors:
        _fail(message)
    renderer = _renderer(output_format)
    # SARIF describes the rules that ran, so code scanning can show their documentation.
    options = {"rules": selection.rules()} if output_format == "sarif" else {}
    click.echo(renderer(diagnostics, color=_use_color(), **options), nl=False)
    if errors:
        sys.exit(EXIT_INPUT)
    if any(d.severity is Severity.ERROR for d in diagnostics):
        sys.exit(EXIT_FINDINGS)


def _renderer(output_format: str) -> Callable[..., str]:
    """The render function of a ``--format``: each format is the module of ``_output`` it names,
    imported only when chosen."""
    from importlib import import_module

    render: Callable[..., str] = import_module(f"awesomelint._output.{output_format}").render
    return render


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--diff", "show_diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option(
    "--check", "check_only", is_flag=True, help="Exit 1 when changes are needed; write nothing."
)
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe.")
@_select_option
@_ignore_option
def fix(
    paths: tuple[Path, ...],
    show_diff: bool,
    check_only: bool,
    unsafe_fixes: bool,
    select: str | None,
    ignore: str | None,
) -> None:
    """Rewrite entries in canonical form (safe fixes; --unsafe-fixes for the rest)."""
    from awesomelint import _engine
    from awesomelint._atomic import write_atomically

    _, config, selection, parsed, errors = _load(paths, select, ignore)
    changed: list[str] = []
    for file in parsed:
        text = _engine.fixed_text(file, config, selection, unsafe=unsafe_fixes)
        if text == file.source.text:
            continue
        changed.append(file.source.path)
        if show_diff:
            click.echo(_diff(file.source.path, file.source.text, text), nl=False)
        elif not check_only:
            try:
                write_atomically(Path(file.source.path), file.source.encode(text))
            except OSError as error:
                errors.append(f"{file.source.path}: cannot write ({error.strerror or error})")
                changed.pop()
    for message in errors:
        _fail(message)
    verb = "would be rewritten" if show_diff or check_only else "rewritten"
    noun = "file" if len(changed) == 1 else "files"
    click.echo(f"{len(changed)} {noun} {verb}, {len(parsed) - len(changed)} unchanged.", err=True)
    if errors:
        sys.exit(EXIT_INPUT)
    if changed and (show_diff or check_only):
        sys.exit(EXIT_FINDINGS)


def _diff(path: str, before: str, after: str) -> str:
    """A unified diff that ``patch`` and ``git apply`` turn ``before`` into ``after`` with.

    Lines are split at Markdown's line ends only (``str.splitlines`` also splits at form feeds
    and U+2028, which would put line breaks into the diff that the file does not have), and a
    last line without a line end is marked as such, so the patch keeps the final-newline state.
    """
    import difflib  # only `fix --diff` needs it: kept out of every start-up

    lines = difflib.unified_diff(
        _LINES.findall(before), _LINES.findall(after), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(
        line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n"
        for line in lines
    )


#: One line with its line end (\n, \r\n or \r), or a last line without one.
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True
)
def export(paths: tuple[Path, ...], output_format: str) -> None:
    """Print the entry model of lists as JSON."""
    # JSON is the one format so far; scripts name it, so that another can come beside it.
    del output_format
    import json

    _, _, _, parsed, errors = _load(paths)
    records = [
        {
            "path": file.source.path,
            "line": entry.span.line,
            "end_line": entry.span.end_line,
            "section": list(entry.section),
            "style": entry.style.value,
            "title": entry.title,
            "url": entry.url,
            "arxiv_id": entry.arxiv_id,
            "authors": entry.authors,
            "venue": entry.venue,
            "year": entry.year,
            "keywords": entry.keywords,
            "code": [link.url for link in entry.code],
            "fields": entry.other_fields(),
            "notes": entry.notes,
        }
        for file in parsed
        for entry in file.document.entries
    ]
    click.echo(json.dumps(records, indent=2, ensure_ascii=False))
    for error in errors:
        _fail(error)
    if errors:
        sys.exit(EXIT_INPUT)


@main.command()
def rules() -> None:
    """List every rule with its code, severity, fixability and summary."""
    from awesomelint._rules import RULES

    for name, rule in RULES.items():
        fix_note = "fixable" if rule.fixable else "-"
        click.echo(f"{rule.code}  {name:<16} {rule.severity.value:<8} {fix_note:<8} {rule.summary}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain one rule (by name or code)."""
    from awesomelint._rules import find_rule

    found = find_rule(rule)
    if found is None:
        _fail(f"unknown rule '{rule}' (see 'awesomelint rules')")
        sys.exit(EXIT_INPUT)
    fix_note = "Fixable." if found.fixable else "Not fixable."
    click.echo(f"{found.name} ({found.code}, {found.severity.value}). {fix_note}\n")
    click.echo(found.explanation())


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--output",
    type=click.Path(path_type=Path),
    help="Lockfile to write (default: the configured one, else arxiv.lock.json beside the lists).",
)
def lock(paths: tuple[Path, ...], output: Path | None) -> None:
    """Fetch arXiv metadata for every id in the lists and write it to a lockfile.

    Commit the lockfile beside the lists: `check --offline` then still catches mislabelled
    ids and wrong years, deterministically, in pre-commit and CI.
    """
    from awesomelint import _facts
    from awesomelint._arxiv.cache import write_lockfile
    from awesomelint._arxiv.metadata import resolve_papers

    targets, config, _, parsed, errors = _load(paths)
    ids = _facts.arxiv_ids(parsed)
    papers, warnings = resolve_papers(
        ids,
        offline=False,
        api_url=config.arxiv.api_url,
        interval=config.arxiv.request_interval,
        lockfile=None,
    )
    errors += warnings
    destination = output or _facts.lockfile_path(config, targets)
    for error in errors:
        _fail(error)
    if errors or len(papers) < len(ids):
        _fail(f"{destination}: not written: metadata of {len(ids) - len(papers)} ids missing")
        sys.exit(EXIT_INPUT)
    write_lockfile(destination, papers)
    click.echo(f"{destination}: {len(papers)} arXiv ids locked.", err=True)


def run() -> None:
    """The console entry point: ``main`` with a last guard, so that even a bug in awesomelint
    ends in one line on stderr and exit 2 rather than a traceback in a pre-commit log.
    ``AWESOMELINT_DEBUG=1`` shows the traceback.

    The cyclic garbage collector is switched off for the run: awesomelint's data (outlines,
    entries, findings) holds no reference cycles, reference counting frees it, and the
    collector's repeated scans of a large list's objects cost a fifth of the run."""
    gc.disable()
    try:
        main()
    except Exception as error:
        if os.environ.get("AWESOMELINT_DEBUG"):
            raise
        _fail(f"internal error: {type(error).__name__}: {error} (please report this)")
        sys.exit(EXIT_INPUT)
