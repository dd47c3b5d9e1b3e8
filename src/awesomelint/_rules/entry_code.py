"""entry-code: code links that are not links, not code, or not this paper's."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._model import Link
from awesomelint._rules._base import Context, ParsedFile, Rule, other_places
from awesomelint._vocabulary import CODE_HOSTS


def repository(url: str) -> str | None:
    """``host/owner/name`` of a repository URL, lower-cased, or None when it names none."""
    parts = urlsplit(url.strip())
    segments = [segment for segment in parts.path.split("/") if segment]
    if not parts.netloc or len(segments) < 2:
        return None
    name = segments[1].removesuffix(".git")
    return f"{parts.netloc.casefold().removeprefix('www.')}/{segments[0]}/{name}".casefold()


class EntryCode(Rule):
    """A code link is a promise that the paper's implementation is one click away.

    Reported: a code link that is not an http(s) URL (error); one that points to no code host
    (GitHub, GitLab, Hugging Face, …; warning); the same repository given as code for two
    different papers, in one file or across the files checked together (error; each report
    names the other places) — usually a link pasted from the entry above.
    """

    name = "entry-code"
    code = "AL104"
    severity = Severity.ERROR
    summary = "Code link is not a URL, not a code host, or shared by two papers"

    def check(self, context: Context) -> Iterator[Diagnostic]:
        owners: dict[str, list[tuple[ParsedFile, Link, str]]] = defaultdict(list)
        for file in context.files:
            for entry in file.document.entries:
                for link in entry.code:
                    url = link.url
                    if not url.startswith(("http://", "https://")):
                        problem = f"'{url}' is not a URL" if url else "is empty"
                        yield self.report(
                            file, link.url_span, f"code link {problem}: link the repository"
                        )
                        continue
                    host = urlsplit(url).netloc.casefold()
                    if not any(code_host in host for code_host in CODE_HOSTS):
                        yield self.report(
                            file,
                            link.url_span,
                            f"code link points to '{host}', not a code host: link the repository",
                            severity=Severity.WARNING,
                        )
                    repo = repository(url)
                    if repo and entry.title:
                        owners[repo].append((file, link, entry.title))
        for repo, uses in owners.items():
            if len({title.casefold() for _, _, title in uses}) < 2:
                continue
            for file, link, title in uses:
                others = other_places(
                    (use for use in uses if use[1] is not link),
                    lambda use: f"{use[0].source.path}:{use[1].span.line} '{use[2]}'",
                )
                yield self.report(
                    file,
                    link.url_span,
                    f"repository {repo} is also the code of {others}: "
                    f"give '{title}' its own code link",
                )
