"""What arXiv knows about a paper, and where the linter gets it from.

Metadata comes from three places, cheapest first: the lockfile committed beside the lists
(so that CI agrees with the author's machine without asking arXiv), the user's cache, and
only then the arXiv API. The API is slow by design (one request every three seconds), so
every paper fetched is cached, nonexistent ids included.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Paper:
    """One arXiv paper, as the API describes its latest version.

    A typed dataclass, which pydantic validates where papers are read back from JSON (the
    lockfile and the cache); an offline ``check`` without a lockfile never imports pydantic.
    """

    id: str
    title: str
    #: The day the first version was submitted (later versions do not move it).
    published: date
    authors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        """The API hard-wraps long titles (a newline and a run of spaces); undo that."""
        object.__setattr__(self, "title", " ".join(self.title.split()))


def resolve_papers(
    ids: Collection[str],
    *,
    offline: bool,
    api_url: str,
    interval: float,
    lockfile: Path | None,
    cache_dir: Path | None = None,
) -> tuple[dict[str, Paper | None], list[str]]:
    """Metadata for ``ids``, and warning lines for the user.

    Each id maps to its paper, or to ``None`` when arXiv does not know it; ids nobody could
    tell about (offline and uncached, or the API unreachable) are left out. The lockfile
    answers first, then the cache (``cache_dir``, by default :func:`cache.default_cache_dir`),
    then, unless ``offline``, the API at ``api_url`` (which ``AWESOMELINT_ARXIV_API_URL``
    overrides); what the API returns is added to the cache. An unreachable API is one
    warning, never an error: the lint still runs, without the metadata checks.
    """
    # Imported here: both modules build on Paper above, and an offline run never loads the
    # API client.
    from awesomelint._arxiv import cache

    wanted = sorted(set(ids))
    papers: dict[str, Paper | None] = {}
    if lockfile is not None:
        locked = cache.read_lockfile(lockfile)
        papers.update((id_, locked[id_]) for id_ in wanted if id_ in locked)
    directory = cache_dir or cache.default_cache_dir()
    if len(papers) < len(wanted):
        cached = cache.read_cache(directory)
        papers.update((id_, cached[id_]) for id_ in wanted if id_ not in papers and id_ in cached)
    missing = [id_ for id_ in wanted if id_ not in papers]
    if offline or not missing:
        return papers, []

    from awesomelint._arxiv.api import ArxivClient, ArxivUnavailable, api_url_from

    warnings = []
    try:
        with ArxivClient(api_url_from(api_url), interval=interval) as client:
            fetched = client.fetch(missing)
    except ArxivUnavailable as error:
        fetched = error.papers
        skipped = f" for {len(missing) - len(fetched)} papers" if fetched else ""
        warnings.append(f"{error}; arXiv metadata checks skipped{skipped}")
    papers.update(fetched)
    if fetched:
        try:
            cache.update_cache(directory, fetched)
        except OSError as error:
            warnings.append(f"cannot write the arXiv cache in {directory}: {error.strerror}")
    return papers, warnings
