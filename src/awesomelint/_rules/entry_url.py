"""entry-url: entry links that lead nowhere, are left open, hold whitespace, use plain http,
or carry tracking parameters."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit, urlunsplit

from awesomelint._arxiv.ids import parse_arxiv_url
from awesomelint._diagnostics import Applicability, Diagnostic, Edit, Severity
from awesomelint._entry_text import is_repository_path
from awesomelint._inline import resolved_destination
from awesomelint._model import Entry, Link
from awesomelint._rules._base import Context, EntryRule, ParsedFile, replace_span

_WHITESPACE = re.compile(r"\s")
TRACKING_PREFIXES = ("utm_",)
#: Keys of analytics parameters, among them Google Analytics' "_ga" and "_gl", which a link
#: copied from the browser after a redirect carries ("…/paper.pdf?_ga=2.370…").
TRACKING_KEYS = frozenset(
    {"source", "ref_src", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga", "_gl"}
)


def without_tracking(url: str) -> str:
    """``url`` without analytics parameters (``utm_*``, ``?source=…``)."""
    if "?" not in url:
        return url  # most links: no query to split
    parts = urlsplit(url)
    if not parts.query:
        return url
    # Filter the raw ``key=value`` pairs: re-encoding the query would change untouched ones.
    kept = [pair for pair in parts.query.split("&") if not _is_tracking(pair.partition("=")[0])]
    return urlunsplit(parts._replace(query="&".join(kept)))


def _is_tracking(key: str) -> bool:
    key = resolved_destination(key)  # "?\\_ga=…", as some lists escape it, is "?_ga=…"
    return key in TRACKING_KEYS or key.startswith(TRACKING_PREFIXES)


#: A host given by its IP address ("http://103.170.5.190:7860/"): a demo server, which rarely
#: serves https.
_NUMERIC_HOST = re.compile(r"http://\d+\.\d+\.\d+\.\d+[:/]?")
#: What an address with "://" starts with: its scheme ("](https://…)" pasted into the
#: parentheses is a relative path to Markdown).
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
#: A second address run into the first before any query: "https://a.org/1https://b.org/2".
_RUN_TOGETHER = re.compile(r"[^?=&#]https?://", re.IGNORECASE)


def _not_an_address(url: str) -> tuple[str, Severity] | None:
    """Why ``url`` is no address a reader can follow, as a message and its severity; None
    when it may be. Two addresses in one, or one behind stray characters, break the link
    (an error); an empty or relative link is mostly a placeholder (a warning)."""
    if not url:
        return "empty link: write the address of the paper", Severity.WARNING
    if "://" not in url:
        if url.startswith(("mailto:", "#", "www.")) or is_repository_path(url):
            return None
        message = f"link '{url}' is not a web address: write the full https:// address"
        return message, Severity.WARNING
    if url.count("://") > 1 and _RUN_TOGETHER.search(url, 1):
        message = f"two addresses run together in '{url}': keep the one that names the paper"
        return message, Severity.ERROR
    if not _SCHEME.match(url):
        message = f"link '{url}' is no address: write the full https:// address alone"
        return message, Severity.ERROR
    return None


def _closed_below(file: ParsedFile, link: Link) -> bool:
    """Whether a link left open at the end of its line is closed by a ``)`` opening the next
    line of its paragraph, as Markdown allows (entry-title asks for the lines to be joined)."""
    line = file.source.lines[link.line - 1]
    if link.url_end_column <= len(line.rstrip()) or link.line not in file.continued_lines:
        return False
    return file.source.lines[link.line].lstrip().startswith(")")


def _after(file: ParsedFile, link: Link) -> tuple[int, str]:
    """The offset just after a link's URL, and the character there ("" at the line's end)."""
    offset = file.source.offset(link.url_span.end_line, link.url_span.end_column)
    return offset, file.source.text[offset : offset + 1]


class EntryUrl(EntryRule):
    """A link in an entry should be the clean, permanent address of what it names.

    Reported: a link whose ``)`` never comes (an error: Markdown shows the brackets as text;
    a full-width ``）`` typed for it is replaced safely, a missing one is inserted as an unsafe
    fix); whitespace inside the parentheses (at the edges: fixable; inside the URL it is a
    broken link and an error); a link that leads nowhere: empty or a placeholder such as
    "xx" ("[Coming soon]()"), two addresses run together, or an address pasted with what
    came before it ("[[Paper]](](https://…))": an error); ``http://`` where
    ``https://`` is expected (unsafe fix: the host must serve https; not reported for a
    server named by its IP address); tracking parameters such as ``utm_source`` or
    ``?source=…`` (fixable). arXiv links are arxiv-url's business, and a code link that is
    no web address (empty, a path) entry-code's.
    """

    name = "entry-url"
    code = "AL106"
    severity = Severity.WARNING
    summary = "Link leads nowhere, is left open, has whitespace, uses http://, or tracks"
    fixable = True

    def check_entry(self, file: ParsedFile, entry: Entry, context: Context) -> Iterator[Diagnostic]:
        code_places = {(link.line, link.column) for link in entry.code}
        for link in entry.links:
            raw = file.source.lines[link.line - 1][link.url_column - 1 : link.url_end_column - 1]
            url = raw.strip()
            if not link.closed and not _closed_below(file, link):
                yield self._unclosed(file, link)
            if _WHITESPACE.search(url):
                yield self.report(
                    file,
                    link.url_span,
                    f"whitespace inside URL '{url}': remove it or encode it as %20",
                    severity=Severity.ERROR,
                )
                continue
            problem = _not_an_address(url)
            if problem is not None:
                message, severity = problem
                # An empty or relative code link is entry-code's to report, as code.
                if severity is Severity.ERROR or (link.line, link.column) not in code_places:
                    yield self.report(file, link.url_span, message, severity=severity)
                continue
            if url != raw:
                yield self.report(
                    file,
                    link.url_span,
                    "whitespace around the URL: remove it",
                    edits=[replace_span(file.source, link.url_span, url)],
                )
            if parse_arxiv_url(url) is not None:
                continue
            clean = without_tracking(url)
            if clean != url:
                yield self.report(
                    file,
                    link.url_span,
                    f"tracking parameters in URL: write '{clean}'",
                    edits=[replace_span(file.source, link.url_span, clean)],
                )
            if url.startswith("http://") and not _NUMERIC_HOST.match(url):
                yield self.report(
                    file,
                    link.url_span,
                    "plain http:// link: use https://",
                    edits=[replace_span(file.source, link.url_span, "https://" + clean[7:])],
                    applicability=Applicability.UNSAFE,
                )

    def _unclosed(self, file: ParsedFile, link: Link) -> Diagnostic:
        offset, following = _after(file, link)
        full_width = following == "）"
        return self.report(
            file,
            link.span,
            "link not closed: Markdown shows no link here; write ')' after the URL",
            edits=[Edit(start=offset, end=offset + full_width, text=")")],
            applicability=Applicability.SAFE if full_width else Applicability.UNSAFE,
            severity=Severity.ERROR,
        )
