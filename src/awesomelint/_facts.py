"""Gathering arXiv metadata for a run of ``check`` or ``lock``.

The rules never touch the network: this module collects the ids of the checked entries, asks
the lockfile, the cache and (unless offline) the arXiv API, and hands the rules a mapping.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from awesomelint._arxiv.titles import TitleMatch, compare_titles
from awesomelint._config import Config
from awesomelint._rules._arxiv_links import arxiv_links
from awesomelint._rules._base import ParsedFile

if TYPE_CHECKING:
    from awesomelint._arxiv.metadata import Paper

LOCKFILE_NAME = "arxiv.lock.json"
#: Title searches per run at most: each costs one rate-limited request.
MAX_SEARCHES = 10


def lockfile_path(config: Config, targets: Sequence[Path]) -> Path:
    """The configured lockfile (relative to its config file), else ``arxiv.lock.json`` in the
    directory the checked paths share."""
    if config.arxiv.lockfile:
        base = config.origin.parent if config.origin else Path.cwd()
        return base / config.arxiv.lockfile
    directories = [(path if path.is_dir() else path.parent).resolve() for path in targets]
    return Path(os.path.commonpath([str(d) for d in directories])) / LOCKFILE_NAME


def arxiv_ids(files: Sequence[ParsedFile]) -> set[str]:
    return {
        ref.id for file in files for entry in file.document.entries for _, ref in arxiv_links(entry)
    }


def gather(
    files: Sequence[ParsedFile], config: Config, *, offline: bool, lockfile: Path
) -> tuple[dict[str, Paper | None], dict[str, str], list[str]]:
    """Papers by id, suggested ids by entry title, and warning lines."""
    from awesomelint._arxiv.metadata import resolve_papers

    ids = arxiv_ids(files)
    if not ids:
        return {}, {}, []
    papers, warnings = resolve_papers(
        ids,
        offline=offline,
        api_url=config.arxiv.api_url,
        interval=config.arxiv.request_interval,
        lockfile=lockfile if lockfile.is_file() else None,
    )
    suggestions: dict[str, str] = {}
    if not offline and not warnings:
        suggestions = _suggest(files, papers, config)
    return papers, suggestions, warnings


def _suggest(
    files: Sequence[ParsedFile], papers: Mapping[str, Paper | None], config: Config
) -> dict[str, str]:
    """Ask arXiv's title search for the titles whose link names another paper."""
    from awesomelint._arxiv.api import ArxivClient, ArxivUnavailable, api_url_from

    titles = [
        entry.title
        for file in files
        for entry in file.document.entries
        if entry.arxiv_id
        and (paper := papers.get(entry.arxiv_id)) is not None
        and compare_titles(entry.title, paper.title) is TitleMatch.DIFFERENT
    ][:MAX_SEARCHES]
    found: dict[str, str] = {}
    if not titles:
        return found
    # The client spaces requests per host across clients, so no extra pause is needed here.
    interval = config.arxiv.request_interval
    try:
        with ArxivClient(api_url_from(config.arxiv.api_url), interval=interval) as client:
            for title in titles:
                suggestion = client.search_title(title)
                if suggestion:
                    found[title] = suggestion
    except ArxivUnavailable:
        pass  # suggestions are a courtesy; the mislabel itself is still reported
    return found
