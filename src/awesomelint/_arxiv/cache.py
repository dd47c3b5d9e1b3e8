"""arXiv metadata on disk: the user's cache, and the lockfile a project commits.

Both are JSON keyed by arXiv id, a paper or ``null`` (arXiv does not know the id). The cache
is private and disposable: anything wrong with it is ignored and the papers are fetched again.
The lockfile is part of the project, so a broken one is an error naming it; and it is written
deterministically, so that regenerating it only changes the lines of papers that changed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from awesomelint._arxiv.metadata import Paper
from awesomelint._atomic import write_atomically
from awesomelint._source import InputError

if TYPE_CHECKING:
    from pydantic import TypeAdapter

ENV_CACHE_DIR = "AWESOMELINT_CACHE_DIR"
CACHE_FILE = "arxiv-metadata.json"
LOCKFILE_VERSION = 1
_CACHE_VERSION = 1
#: How long cached answers are trusted. Papers change little (a retitled new version), so a
#: month; "no such id" may stop being true as soon as the id is assigned, so a day.
_PAPER_TTL = timedelta(days=30)
_MISSING_TTL = timedelta(days=1)


def default_cache_dir() -> Path:
    """``AWESOMELINT_CACHE_DIR``, else the platform's user cache directory for awesomelint."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured:
        return Path(configured)
    return Path(platformdirs.user_cache_dir("awesomelint"))


def read_cache(directory: Path, *, now: datetime | None = None) -> dict[str, Paper | None]:
    """The cached answers in ``directory`` that are still fresh at ``now``; a missing,
    unreadable or corrupt cache is an empty one."""
    records = _fresh_records(directory / CACHE_FILE, now or _utcnow())
    return {id_: paper for id_, (_, paper) in records.items()}


def update_cache(
    directory: Path, papers: Mapping[str, Paper | None], *, now: datetime | None = None
) -> None:
    """Record ``papers`` as fetched at ``now``, keeping the other fresh entries; the file is
    replaced atomically, so a concurrent reader sees the old cache or the new one."""
    now = now or _utcnow()
    path = directory / CACHE_FILE
    records = _fresh_records(path, now)
    records.update((id_, (now, paper)) for id_, paper in papers.items())
    data = {
        "version": _CACHE_VERSION,
        "papers": {
            id_: {"fetched": fetched.isoformat(), "paper": _dump(paper)}
            for id_, (fetched, paper) in records.items()
        },
    }
    directory.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _fresh_records(path: Path, now: datetime) -> dict[str, tuple[datetime, Paper | None]]:
    """The cache's entries still fresh at ``now``, with the time each was fetched."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["version"] != _CACHE_VERSION:
            return {}
        records = {}
        for id_, record in data["papers"].items():
            fetched = datetime.fromisoformat(record["fetched"])
            paper = _load(id_, record["paper"])
            if now - fetched <= (_PAPER_TTL if paper else _MISSING_TTL):
                records[id_] = (fetched, paper)
        return records
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def read_lockfile(path: Path) -> dict[str, Paper | None]:
    """The papers a lockfile pins; a lockfile not written yet pins none. A lockfile that
    cannot be read or understood is an :class:`InputError` naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise InputError(f"{path}: cannot read the arXiv lockfile (not UTF-8)") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the arXiv lockfile ({error.strerror})") from None
    from pydantic import ValidationError

    try:
        data = json.loads(text)
        version = data["version"]
        if version != LOCKFILE_VERSION:
            raise InputError(f"{path}: unsupported arXiv lockfile version {version!r}")
        return {id_: _load(id_, value) for id_, value in data["papers"].items()}
    except json.JSONDecodeError as error:
        raise InputError(
            f"{path}: corrupt arXiv lockfile (invalid JSON, line {error.lineno})"
        ) from None
    except ValidationError as error:
        field = ".".join(str(part) for part in error.errors()[0]["loc"])
        raise InputError(f"{path}: corrupt arXiv lockfile (bad '{field}')") from None
    except (KeyError, TypeError, AttributeError):
        raise InputError(f"{path}: corrupt arXiv lockfile (unexpected structure)") from None


def write_lockfile(path: Path, papers: Mapping[str, Paper | None]) -> None:
    """Write ``papers`` as a lockfile: sorted keys, two-space indents and a final newline, so
    that the same papers always give the same bytes."""
    data = {
        "version": LOCKFILE_VERSION,
        "papers": {id_: _dump(paper) for id_, paper in papers.items()},
    }
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))


def _dump(paper: Paper | None) -> dict[str, Any] | None:
    """A paper as JSON, without its id: the id is the key it is stored under."""
    if paper is None:
        return None
    record: dict[str, Any] = _papers().dump_python(paper, mode="json")
    del record["id"]
    return record


def _load(id_: str, value: dict[str, Any] | None) -> Paper | None:
    return None if value is None else _papers().validate_python({**value, "id": id_})


@cache
def _papers() -> TypeAdapter[Paper]:
    """pydantic's validator and serialiser of papers, imported and built on first use: a run
    with neither a lockfile nor a cache file never needs them."""
    from pydantic import TypeAdapter

    return TypeAdapter(Paper)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)
