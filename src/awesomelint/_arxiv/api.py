"""The arXiv API client: metadata for many ids in few, polite requests.

arXiv's terms ask for at most one request every three seconds, and the API has traps this
client steps around: it returns 10 results unless ``max_results`` says otherwise; it answers a
malformed id with an Atom entry titled "Error" and HTTP 200 (in place of the whole batch);
it throttles with a plain-text "Rate exceeded." body, under HTTP 503 or even 200; and it
hard-wraps titles. httpx is imported only when a client is built, so offline runs never pay
for it.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from awesomelint._arxiv.ids import id_problem, parse_arxiv_url
from awesomelint._arxiv.metadata import Paper
from awesomelint._arxiv.titles import TitleMatch, compare_titles, title_words

if TYPE_CHECKING:
    import ssl
    from xml.etree.ElementTree import Element

    import httpx

ENV_API_URL = "AWESOMELINT_ARXIV_API_URL"
_ATOM = "{http://www.w3.org/2005/Atom}"
#: A short connect timeout: an unreachable API must cost seconds, not the read timeout.
_CONNECT_TIMEOUT = 2.0
#: A refused connection is retried this often only, this many seconds later, in case it was a
#: passing DNS or network hiccup; arXiv being down is not worth more of the user's time.
_CONNECT_RETRIES = 1
_CONNECT_RETRY_DELAY = 0.5
#: The longest ``Retry-After`` honoured, in seconds; beyond it, giving up is kinder.
_MAX_RETRY_AFTER = 30.0
#: Fetches of more ids than this show a progress line (on a terminal).
_PROGRESS_THRESHOLD = 20
_RATE_EXCEEDED = "Rate exceeded."
#: The id an "Error" entry rejects ends its summary ("incorrect id format for 1234.5678") and
#: its id (".../api/errors#incorrect_id_format_for_1234.5678").
_ERROR_ID = re.compile(r"for[ _](\S+)$")


def api_url_from(config_value: str) -> str:
    """The API URL to use: ``AWESOMELINT_ARXIV_API_URL`` when set, else the configured one."""
    return os.environ.get(ENV_API_URL) or config_value


class ArxivUnavailable(Exception):
    """The API could not be used (unreachable, or failing after every retry).

    ``papers`` holds what earlier requests of the same fetch did return, so that a failure
    halfway through a long list loses only the rest.
    """

    def __init__(self, message: str, papers: Mapping[str, Paper | None] | None = None) -> None:
        super().__init__(message)
        self.papers: dict[str, Paper | None] = dict(papers or {})


class _Refused(Exception):
    """A connection attempt that failed before reaching the server."""


class _Transient(Exception):
    """A failed attempt worth repeating, with the delay the server asked for, if any."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


@dataclass
class _Feed:
    """One parsed Atom response: its papers, the ids its "Error" entries reject, and the
    text of every error entry."""

    papers: list[Paper] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class ArxivClient:
    """Queries the arXiv API at ``base_url``.

    Requests are spaced ``interval`` seconds apart (the first one is not delayed), retried
    ``retries`` times with exponential backoff from ``backoff`` seconds, and carry up to
    ``batch_size`` ids each. ``progress`` shows a progress line on stderr: ``None`` decides
    by itself (more than 20 ids, stderr a terminal).
    """

    #: When each API host last finished a request (monotonic clock). The interval counts
    #: from there, not from the send, so that network latency can never squeeze two requests
    #: closer together at arXiv's end. Shared by all clients of the process, because arXiv's
    #: limit is per caller: a client built right after another must still wait its turn.
    _last_done: ClassVar[dict[str, float]] = {}

    def __init__(
        self,
        base_url: str,
        *,
        interval: float = 3.0,
        timeout: float = 10.0,
        retries: int = 3,
        progress: bool | None = None,
        batch_size: int = 100,
        backoff: float = 1.0,
    ) -> None:
        import httpx

        self.base_url = base_url
        self.interval = interval
        self.retries = retries
        self.progress = progress
        self.batch_size = batch_size
        self.backoff = backoff
        self._http = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, _CONNECT_TIMEOUT)),
            headers={"User-Agent": "awesomelint (https://pypi.org/project/awesomelint/)"},
            follow_redirects=True,
            verify=_tls_context(),
        )
        self._host = urlsplit(base_url).netloc

    def __enter__(self) -> ArxivClient:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def fetch(self, ids: Sequence[str]) -> dict[str, Paper | None]:
        """Metadata for each of ``ids`` (normalised, unversioned), ``None`` for an id arXiv
        does not know. Ids that cannot exist (see :func:`id_problem`) are not sent."""
        wanted = list(dict.fromkeys(ids))
        papers: dict[str, Paper | None] = {id_: None for id_ in wanted if id_problem(id_)}
        pending = [id_ for id_ in wanted if id_ not in papers]
        show = self.progress
        if show is None:
            show = len(pending) > _PROGRESS_THRESHOLD and sys.stderr.isatty()
        with _progress(len(pending), show) as advance:
            for start in range(0, len(pending), self.batch_size):
                batch = pending[start : start + self.batch_size]
                try:
                    papers.update(self._fetch_batch(batch))
                except ArxivUnavailable as error:
                    error.papers.update(papers)
                    raise
                advance(len(batch))
        return papers

    def search_title(self, title: str) -> str | None:
        """The id of a paper whose title is ``title`` (SAME for :func:`compare_titles`), if
        arXiv's title search finds one; used to suggest the id an entry should link."""
        words = title_words(title)
        if not words:
            return None
        feed = self._query({"search_query": f'ti:"{" ".join(words)}"', "max_results": "10"})
        return next(
            (
                paper.id
                for paper in feed.papers
                if compare_titles(title, paper.title) is TitleMatch.SAME
            ),
            None,
        )

    def _fetch_batch(self, batch: list[str]) -> dict[str, Paper | None]:
        """One batch; ids a complete answer leaves out do not exist. When arXiv rejects an id
        as malformed it may drop the rest of the batch, so the rest is asked for again."""
        papers: dict[str, Paper | None] = {}
        remaining = batch
        while True:
            feed = self._query({"id_list": ",".join(remaining), "max_results": str(len(remaining))})
            asked = set(remaining)
            papers.update((paper.id, paper) for paper in feed.papers if paper.id in asked)
            rejected = asked.intersection(feed.rejected)
            if feed.errors and not rejected:
                raise ArxivUnavailable(f"arXiv API at {self.base_url} failed: {feed.errors[0]}")
            papers.update(dict.fromkeys(rejected))
            remaining = [id_ for id_ in remaining if id_ not in papers]
            if not (rejected and remaining):
                break
        papers.update(dict.fromkeys(remaining))
        return papers

    def _query(self, params: dict[str, str]) -> _Feed:
        response = self._get(params)
        try:
            return _parse_feed(response.text)
        except (ParseError, DefusedXmlException, ValueError):
            raise ArxivUnavailable(
                f"arXiv API at {self.base_url} sent an unreadable response"
                f" (HTTP {response.status_code})"
            ) from None

    def _get(self, params: dict[str, str]) -> httpx.Response:
        """GET with spacing and retries; :class:`ArxivUnavailable` when every attempt failed."""
        failures = refusals = 0
        delay = 0.0
        while True:
            self._wait(delay)
            try:
                return self._attempt(params)
            except _Refused as refusal:
                refusals += 1
                if refusals > _CONNECT_RETRIES:
                    raise self._unreachable(str(refusal)) from None
                delay = _CONNECT_RETRY_DELAY
            except _Transient as failure:
                failures += 1
                if failures > self.retries:
                    raise self._unreachable(f"{failure} (after {failures} attempts)") from None
                delay = self.backoff * 2 ** (failures - 1)
                if failure.retry_after is not None:
                    delay = max(delay, min(failure.retry_after, _MAX_RETRY_AFTER))

    def _attempt(self, params: dict[str, str]) -> httpx.Response:
        """One request. A refused connection never reached arXiv, so unlike every other
        attempt it does not count for the spacing of requests."""
        import httpx

        try:
            response = self._http.get(self.base_url, params=params)
        except httpx.ConnectError as error:
            raise _Refused(str(error) or "cannot connect") from None
        except httpx.ConnectTimeout:
            raise self._unreachable("connection timed out") from None
        except httpx.TransportError as error:  # read timeouts, dropped connections
            self._last_done[self._host] = time.monotonic()
            raise _Transient(str(error) or type(error).__name__) from None
        self._last_done[self._host] = time.monotonic()
        _raise_for_throttling(response)
        return response

    def _wait(self, delay: float) -> None:
        """Sleep until ``delay`` has passed and the last request ended ``interval`` ago."""
        now = time.monotonic()
        until = now + delay
        if self._host in self._last_done:
            until = max(until, self._last_done[self._host] + self.interval)
        if until > now:
            time.sleep(until - now)

    def _unreachable(self, reason: str) -> ArxivUnavailable:
        return ArxivUnavailable(f"arXiv API unreachable at {self.base_url}: {reason}")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Loading the CA bundle takes about 0.1 s, so one context serves every client of a run."""
    import httpx

    return httpx.create_ssl_context()


def _raise_for_throttling(response: httpx.Response) -> None:
    """Raise :class:`_Transient` for a response that says "later": 429, any 5xx, and the
    "Rate exceeded." body arXiv sends with 503 or 200."""
    throttled = response.text[:100].strip().startswith(_RATE_EXCEEDED)
    if not (throttled or response.status_code == 429 or response.status_code >= 500):
        return
    reason = f"'{_RATE_EXCEEDED}'" if throttled else f"HTTP {response.status_code}"
    retry_after = response.headers.get("Retry-After", "")
    raise _Transient(reason, float(retry_after) if retry_after.isdigit() else None)


def _parse_feed(text: str) -> _Feed:
    """Papers and errors of an Atom feed, parsed with defusedxml (the feed is network data)."""
    feed = _Feed()
    for entry in fromstring(text).iter(f"{_ATOM}entry"):
        entry_id = _text(entry, "id")
        title = _text(entry, "title")
        if title == "Error" or "/api/errors" in entry_id:
            summary = _text(entry, "summary")
            feed.errors.append(summary or entry_id)
            named = _ERROR_ID.search(summary) or _ERROR_ID.search(entry_id)
            if named:
                feed.rejected.append(named[1])
            continue
        ref = parse_arxiv_url(entry_id)
        published = _text(entry, "published")
        if ref is None or not title or not published:
            continue  # an empty entry is how arXiv answers some ids it does not know
        feed.papers.append(
            Paper(
                id=ref.id,
                title=title,
                published=date.fromisoformat(published[:10]),
                authors=[_text(author, "name") for author in entry.iter(f"{_ATOM}author")],
            )
        )
    return feed


def _text(element: Element, tag: str) -> str:
    return (element.findtext(f"{_ATOM}{tag}") or "").strip()


@contextmanager
def _progress(total: int, show: bool) -> Iterator[Callable[[int], None]]:
    """A progress line on stderr, "arXiv metadata: 100/250 papers", redrawn in place; yields
    the function that advances it by a number of papers."""
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if show:
            sys.stderr.write(f"\rarXiv metadata: {done}/{total} papers")
            sys.stderr.flush()

    advance(0)
    try:
        yield advance
    finally:
        if show:
            sys.stderr.write("\n")
