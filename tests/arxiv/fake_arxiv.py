"""A fake arXiv API: a real HTTP server on 127.0.0.1 speaking the API's Atom format.

It reproduces the traps of the real API that the client must survive: only 10 results when
``max_results`` is missing; a malformed id answered by a lone entry titled "Error" with HTTP
200; throttling with a plain-text "Rate exceeded." body; entry ids of the form
``http://arxiv.org/abs/IDvN``; titles hard-wrapped across lines; and unknown ids simply left
out of the feed. It records every request, with its arrival time, so tests can count requests
and ids per request and measure their spacing.
"""

from __future__ import annotations

import re
import textwrap
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

#: What the real API accepts as an id; anything else gets an "Error" entry.
_WELL_FORMED = re.compile(r"\d{4}\.\d{4,5}(v\d+)?|[a-z-]+(\.[A-Z]{2})?/\d{7}(v\d+)?")
_DEFAULT_MAX_RESULTS = 10


@dataclass
class FakePaper:
    id: str
    title: str
    published: str = "2023-05-29"
    version: int = 2
    authors: tuple[str, ...] = ("Ada Lovelace", "Alan Turing")


@dataclass
class Request:
    at: float  # time.monotonic() on arrival
    params: dict[str, str]

    @property
    def ids(self) -> list[str]:
        return self.params["id_list"].split(",") if "id_list" in self.params else []


@dataclass
class FakeArxiv:
    url: str = ""
    papers: dict[str, FakePaper] = field(default_factory=dict)
    #: Ids answered with an "Error" entry even though they look well-formed.
    malformed: set[str] = field(default_factory=set)
    #: Canned (status, body, headers) answers for the next requests, served first.
    failures: list[tuple[int, str, dict[str, str]]] = field(default_factory=list)
    #: After this many requests, every answer is ``broken_answer`` (None: never).
    broken_after: int | None = None
    broken_answer: tuple[int, str, dict[str, str]] = (500, "Internal Server Error", {})
    requests: list[Request] = field(default_factory=list)

    def add(self, id: str, title: str, published: str = "2023-05-29") -> None:
        self.papers[id] = FakePaper(id=id, title=title, published=published)

    def fail_next(
        self, count: int, status: int, body: str = "", headers: dict[str, str] | None = None
    ) -> None:
        self.failures.extend([(status, body, headers or {})] * count)

    def answer(self, params: dict[str, str]) -> tuple[int, str, dict[str, str]]:
        if self.failures:
            return self.failures.pop(0)
        if self.broken_after is not None and len(self.requests) > self.broken_after:
            return self.broken_answer
        if "id_list" in params:
            ids = [id_ for id_ in params["id_list"].split(",") if id_]
            bad = [id_ for id_ in ids if not _WELL_FORMED.fullmatch(id_) or id_ in self.malformed]
            if bad:
                return 200, atom_feed([_error_entry(bad[0])]), {}
            found = [self.papers[id_] for id_ in ids if id_ in self.papers]
        else:
            phrase = re.search(r'ti:"([^"]*)"', params.get("search_query", ""))
            wanted = _words(phrase[1]) if phrase else ""
            found = [paper for paper in self.papers.values() if wanted in _words(paper.title)]
        limit = int(params.get("max_results", _DEFAULT_MAX_RESULTS))
        return 200, atom_feed([_entry(paper) for paper in found[:limit]]), {}


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def atom_feed(entries: list[str]) -> str:
    """An API response holding ``entries`` (Atom ``<entry>`` elements as text)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"'
        ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"'
        ' xmlns:arxiv="http://arxiv.org/schemas/atom">\n'
        "  <id>https://arxiv.org/api/fake</id>\n"
        "  <title>arXiv Query</title>\n"
        f"  <opensearch:totalResults>{len(entries)}</opensearch:totalResults>\n"
        + "".join(entries)
        + "</feed>\n"
    )


def _entry(paper: FakePaper) -> str:
    wrapped = "\n  ".join(textwrap.wrap(escape(paper.title), 40))
    authors = "".join(
        f"    <author><name>{escape(name)}</name></author>\n" for name in paper.authors
    )
    return (
        "  <entry>\n"
        f"    <id>http://arxiv.org/abs/{paper.id}v{paper.version}</id>\n"
        "    <updated>2024-07-29T22:26:36Z</updated>\n"
        f"    <published>{paper.published}T17:57:46Z</published>\n"
        f"    <title>{wrapped}</title>\n"
        "    <summary>An abstract.</summary>\n"
        f"{authors}"
        f'    <link href="http://arxiv.org/abs/{paper.id}v{paper.version}" rel="alternate"/>\n'
        '    <arxiv:primary_category term="cs.LG"/>\n'
        "  </entry>\n"
    )


def _error_entry(id_: str) -> str:
    anchor = f"http://arxiv.org/api/errors#incorrect_id_format_for_{escape(id_)}"
    return (
        "  <entry>\n"
        f"    <id>{anchor}</id>\n"
        "    <title>Error</title>\n"
        f"    <summary>incorrect id format for {escape(id_)}</summary>\n"
        "    <author><name>arXiv api core</name></author>\n"
        "  </entry>\n"
    )


@contextmanager
def running() -> Iterator[FakeArxiv]:
    """Serve a fresh :class:`FakeArxiv` on a free port of 127.0.0.1 for the block's duration."""
    fake = FakeArxiv()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrived = time.monotonic()
            query = parse_qs(urlsplit(self.path).query)
            params = {key: values[0] for key, values in query.items()}
            fake.requests.append(Request(at=arrived, params=params))
            status, body, headers = fake.answer(params)
            data = body.encode("utf-8")
            self.send_response(status)
            content_type = "application/atom+xml" if body.startswith("<?xml") else "text/plain"
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            """Keep test output quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/api/query"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
