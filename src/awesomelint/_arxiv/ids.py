"""arXiv identifiers: recognised in every URL form lists use, checked, and rewritten.

arXiv has two identifier schemes. Old-style ids (August 1991 – March 2007) name an archive and
a ``YYMMNNN`` number, ``hep-th/9901001``; some were written with a subject class,
``math.GT/0309136``, which is not part of the id (arXiv resolves it to ``math/0309136``).
New-style ids (from April 2007) are ``YYMM.NNNN``, with a fifth sequence digit from January
2015 on. Either may carry a version suffix ``vN``, which is not part of the id either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal
from urllib.parse import urlsplit

#: Archives that old-style identifiers can name.
OLD_ARCHIVES = frozenset(
    {
        "acc-phys", "adap-org", "alg-geom", "ao-sci", "astro-ph", "atom-ph", "bayes-an",
        "chao-dyn", "chem-ph", "cmp-lg", "comp-gas", "cond-mat", "cs", "dg-ga", "funct-an",
        "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math", "math-ph", "mtrl-th", "nlin",
        "nucl-ex", "nucl-th", "patt-sol", "physics", "plasm-ph", "q-alg", "q-bio", "quant-ph",
        "solv-int", "supr-con",
    }
)  # fmt: skip

_NEW = r"(?P<new>\d{4}\.\d{4,5})"
_SUBJECT = r"\.(?P<subject>[A-Za-z]{2}(?:-[a-z]{2})?)"
_OLD = rf"(?P<archive>[a-z]+(?:-[a-z]+)?)(?:{_SUBJECT})?/(?P<number>\d{{7}})"
_ID = rf"(?:{_NEW}|{_OLD})"
_VERSION = r"(?:v(?P<version>[1-9]\d*))?"

_ID_PATTERN = re.compile(_ID)
_URL_PATH = re.compile(rf"/(?:abs|pdf|html)/{_ID}{_VERSION}(?:\.pdf)?/?")
#: The hosts that serve arXiv's pages.
_HOSTS = frozenset({"arxiv.org", "www.arxiv.org", "export.arxiv.org"})
#: The DOI arXiv registers for every paper: ``https://doi.org/10.48550/arXiv.2307.02502``.
_DOI = re.compile(rf"https?://(?:dx\.)?doi\.org/10\.48550/arxiv\.{_ID}{_VERSION}/?", re.IGNORECASE)

#: The last month with four-digit sequence numbers; later new-style ids have five.
_LAST_FOUR_DIGIT_MONTH = (2014, 12)


@dataclass(frozen=True)
class ArxivRef:
    """One reference to an arXiv paper, as found in a list: its id and the version it pins."""

    id: str
    version: int | None = None


# Cached: the parser and five rules ask about the same links, and lists repeat them.
@lru_cache(maxsize=8192)
def parse_arxiv_url(url: str) -> ArxivRef | None:
    """The paper an arxiv.org URL points at, or ``None`` when the URL is not one.

    Accepted: http or https; ``arxiv.org``, ``www.`` or ``export.``; ``abs/``, ``pdf/`` and
    ``html/`` paths with an optional version, ``.pdf`` suffix and trailing slash; any query or
    fragment; and the paper's DOI (``doi.org/10.48550/arXiv.<id>``). A path with anything
    else after the id is not accepted, so a URL that does not name exactly one paper is never
    rewritten.
    """
    if "arxiv.org" not in url.casefold():
        doi = _DOI.fullmatch(url.strip())
        return _ref(doi) if doi else None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:  # a malformed bracketed host: not a URL arXiv could serve
        return None
    if parts.scheme.lower() not in ("http", "https") or host not in _HOSTS:
        return None
    match = _URL_PATH.fullmatch(parts.path)
    return _ref(match) if match else None


def _ref(match: re.Match[str]) -> ArxivRef:
    id_ = match["new"] or f"{match['archive']}/{match['number']}"
    version = int(match["version"]) if match["version"] else None
    return ArxivRef(id=id_, version=version)


def canonical_url(
    ref: ArxivRef, *, form: Literal["abs", "pdf"] = "abs", keep_version: bool = False
) -> str:
    """``https://arxiv.org/abs/<id>`` (or ``/pdf/<id>``, which arXiv serves without ``.pdf``);
    with ``keep_version`` the URL keeps the version the list pinned, if any."""
    version = f"v{ref.version}" if keep_version and ref.version else ""
    return f"https://arxiv.org/{form}/{ref.id}{version}"


def id_problem(id: str) -> str | None:
    """Why ``id`` cannot be an arXiv identifier (one short clause for a message), or ``None``
    when it may exist. Only the API can tell whether a plausible id was ever assigned."""
    match = _ID_PATTERN.fullmatch(id)
    if match is None:
        return "not an arXiv identifier"
    if match["new"]:
        return _new_style_problem(match["new"])
    return _old_style_problem(match["archive"], match["number"])


def _new_style_problem(id: str) -> str | None:
    year, month = _year_month(id, old_style=False)
    sequence = id.partition(".")[2]
    if not 1 <= month <= 12:
        return f"month {month:02d} does not exist"
    if (year, month) < (2007, 4):
        return "identifiers of this form start in April 2007 (0704)"
    if (year, month) > _this_month():
        return f"{id[:4]} lies in the future"
    if (year, month) <= _LAST_FOUR_DIGIT_MONTH and len(sequence) != 4:
        return "identifiers before 2015 have four digits after the dot"
    if (year, month) > _LAST_FOUR_DIGIT_MONTH and len(sequence) != 5:
        return "identifiers from 2015 on have five digits after the dot"
    if int(sequence) == 0:
        return "sequence number 0 does not exist"
    return None


def _old_style_problem(archive: str, number: str) -> str | None:
    if archive not in OLD_ARCHIVES:
        return f"'{archive}' is not an arXiv archive"
    year, month = _year_month(number, old_style=True)
    if not 1 <= month <= 12:
        return f"month {month:02d} does not exist"
    if (year, month) < (1991, 8):
        return "arXiv started in August 1991 (9108)"
    if (year, month) > (2007, 3):
        return "identifiers of this form end in March 2007 (0703)"
    if int(number[4:]) == 0:
        return "paper number 000 does not exist"
    return None


def submission_month(id: str) -> tuple[int, int]:
    """(year, month) in which the paper ``id`` was first submitted, read from its ``YYMM``."""
    match = _ID_PATTERN.fullmatch(id)
    if match is None:
        raise ValueError(f"not an arXiv identifier: {id!r}")
    if match["new"]:
        return _year_month(match["new"], old_style=False)
    return _year_month(match["number"], old_style=True)


def _year_month(digits: str, *, old_style: bool) -> tuple[int, int]:
    """Decode a leading ``YYMM``. New-style ids are all from this century; old-style ones
    span 1991–2007, so their years from 50 on are read as 19YY (8901 is 1989, too early)."""
    yy, mm = int(digits[:2]), int(digits[2:4])
    return (1900 + yy if old_style and yy >= 50 else 2000 + yy), mm


def _this_month() -> tuple[int, int]:
    today = date.today()
    return today.year, today.month
