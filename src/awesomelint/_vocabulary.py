"""The words paper lists use: field labels, venues, years, author names.

Lists spell the same field a dozen ways ("Keyword:", "Key Words:", "keywords:"); this module maps
each spelling to one canonical label and recognises the unlabelled lines (authors, venue) that
field-style lists rely on by position and shape.
"""

from __future__ import annotations

import re
from functools import lru_cache

from awesomelint._arxiv.ids import submission_month

#: Canonical labels in the default schema order. A list's own order (config or ``format:`` block)
#: comes first; labels it does not name follow in this order.
CANONICAL_ORDER = (
    "Authors",
    "Venue",
    "Keywords",
    "Summary",
    "Task",
    "Dataset",
    "Code",
    "ExpEnv",
    "Project",
    "Demo",
    "Blog",
    "Video",
    "Slides",
    "Note",
)

_ALIASES = {
    "Authors": ("authors", "author", "authorlist"),
    "Venue": ("venue", "publisher", "publication", "conference", "journal", "published", "pub"),
    # "Key:" is the opendilab lists' short form of "Key Words:".
    "Keywords": ("keywords", "keyword", "key", "tags", "tag"),
    "Summary": ("summary", "tldr", "abstract"),
    "Task": ("task", "tasks"),
    "Dataset": ("dataset", "datasets", "data"),
    "Code": ("code", "github", "repo", "repository", "officialcode", "sourcecode"),
    "ExpEnv": (
        "expenv",
        "env",
        "environment",
        "environments",
        "experimentenvironment",
        "experimentenvironments",
        "experimentenvironmentsanddatasets",
    ),
    "Project": ("project", "projectpage", "homepage", "website", "page"),
    "Demo": ("demo",),
    "Blog": ("blog", "post"),
    "Video": ("video", "talk"),
    "Slides": ("slides", "slide"),
    "Note": ("note", "notes", "comment", "comments"),
}
_CANONICAL = {alias: label for label, aliases in _ALIASES.items() for alias in aliases}

#: Link labels that mark an entry's paper link in bracket-label entries (``[[Paper](…)]``).
PAPER_LINK_LABELS = frozenset(
    {"paper", "arxiv", "pdf", "openreview", "acl", "link", "thesis", "book", "preprint", "article"}
)
#: Link labels that mark a code link (``[[Code](…)]``, ``[Github](…)``, ``[[PyTorch](…)]``: the
#: framework an implementation is written in).
CODE_LINK_LABELS = frozenset(
    {"code", "github", "official", "repo", "gitlab", "official code"}
    | {"pytorch", "tensorflow", "jax", "paddle", "paddlepaddle", "mindspore", "keras", "caffe"}
)
#: Hosts where code lives; a Code link elsewhere is reported.
CODE_HOSTS = (
    "github.com",
    "gitlab.com",
    "bitbucket.org",
    "huggingface.co",
    "codeberg.org",
    "gitee.com",
    "sourceforge.net",
    "colab.research.google.com",
    "git.",
)

_KEY = re.compile(r"[\s_\-.]+")


def label_key(label: str) -> str:
    """The spelling-insensitive key of a label: "Key Words" and "key_words" both give "keywords"."""
    return _KEY.sub("", label).casefold()


def canonical_label(label: str) -> str | None:
    """The canonical spelling of a known field label, or None for a label we do not know."""
    return _CANONICAL.get(label_key(label))


#: A labelled field line: a short label of words, then ``:``, perhaps in emphasis
#: (``**Authors**:``, ``**Code:**``). Wide colons (``：``) are prose in the Chinese notes lists,
#: so only an ASCII colon makes a label.
FIELD_LINE = re.compile(
    r"(?P<open>\*\*|__|\*|_)?(?P<label>[A-Za-z][A-Za-z0-9 _\-./&]{0,30}?)(?(open)(?P=open)?)"
    r"\s*:(?(open)(?P=open)?)(?!//)[ \t]*(?P<value>.*)$"
)

#: Conferences, journals and preprint servers, as lists abbreviate them; a venue is one of these
#: followed (within a few words) by a year.
_VENUE_WORDS = (
    # machine learning, vision, language, speech
    "NeurIPS|NIPS|ICML|ICLR|CVPR|ICCV|ECCV|ACCV|AAAI|IJCAI|ECAI|ACL|EACL|AACL|EMNLP|NAACL|COLING|"
    "CoNLL|LREC|TACL|TASLP|SLT|ASRU|COLT|AISTATS|UAI|ECML|ACML|CoLLAs|COLM|TMLR|JMLR|JAIR|MLSys|"
    "TPAMI|PAMI|IJCV|TIP|TMM|TCSVT|TNNLS|IJCNN|ICONIP|ICANN|WACV|BMVC|3DV|ICIP|ICME|ISMIR|"
    "ICASSP|Interspeech|SIGDial|ACII|GECCO|IAAI|"
    # robotics and control
    "CoRL|RSS|ICRA|IROS|RA-L|RAL|T-RO|TRO|IJRR|HRI|Humanoids|ISER|L4DC|CDC|ECC|"
    # agents and planning
    "AAMAS|ICAPS|"
    # graphics
    "SIGGRAPH|TOG|TVCG|CGF|EGSR|Eurographics|"
    # data mining, web, retrieval, databases
    "KDD|WWW|TheWebConf|WSDM|CIKM|SIGIR|ECIR|RecSys|ICDM|SDM|PAKDD|TKDE|SIGMOD|VLDB|ICDE|ICWSM|"
    # medicine, systems, security, software, human-computer interaction
    "MICCAI|MIDL|ISBI|OSDI|SOSP|NSDI|EuroSys|ASPLOS|ISCA|USENIX|CCS|NDSS|ICSE|FSE|ASE|ISSTA|"
    "PLDI|CHI|UIST|"
    # journals, publishers, preprint servers
    "JASA|Nature|Science|PNAS|Cell|IEEE|ACM|arXiv|bioRxiv|medRxiv|OpenReview|Findings"
)
#: Any venue's abbreviation, in capitals ("TIFS", "INFOCOM", "IWQoS"), and its year — in four
#: digits or as "'23", so that a name such as "MDK12-Bench" is no venue of 2012.
_ACRONYM = r"(?-i:[A-Z]{2,}(?:[a-z][A-Z]+)?)[\s,]*(?P<acronym_year>['‘’]\d\d|(?:19|20)\d\d)\b"
#: "CVPR 2024", "CVPR 2024 Best Paper", "NeurIPS Workshop 2022", "CVPR 24", "ICLR 2024 (Oral)",
#: "WSDM'24", "TKDE‘23", "NIPS2023"; "TIFS 2023"; "arXiv 2021/05".
VENUE = re.compile(
    # The look-ahead for a digit fails most text (author lines, keywords) before the names are
    # tried one by one.
    rf"(?=\D*+\d)(?P<venue>(?:(?:{_VENUE_WORDS})(?![^\W\d_])[\w\s&.,()'‘’-]{{0,40}}?"
    rf"(?P<year>(?:19|20)?\d\d)\b|{_ACRONYM})[\w\s&.,()'‘’/-]{{0,30}})$",
    re.IGNORECASE,
)
#: A venue named without its year, alone in its part of a line: "arXiv", "Nature",
#: "IEEE(RAL)".
BARE_VENUE = re.compile(rf"(?=.{{2,40}}+$)(?:{_VENUE_WORDS})(?:\s*\([\w\s-]+\))?", re.IGNORECASE)
#: A venue's name opening a few words: "ACM Computing Surveys", "IEEE Transactions on …".
NAMED_VENUE = re.compile(rf"(?:{_VENUE_WORDS})(?![^\W\d_])", re.IGNORECASE)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
#: A year and a month as dates write them in digits: "2023", "05" or "5" (never "13").
YEAR_DIGITS = r"(?:19|20)\d\d"
MONTH_DIGITS = r"(?:0?[1-9]|1[0-2])"
#: "(2021)", "(Sept. 2020)", "(June 2023)", "(2020-06)" in a title.
TITLE_DATE = re.compile(
    rf"\(\s*(?:(?P<month>[A-Za-z]{{3,9}})\.?\s+)?(?P<year>{YEAR_DIGITS})(?:-(?P<num>{MONTH_DIGITS}))?\s*\)"
)
#: A bare trailing year in a title ("Consistency models 2023").
TITLE_TRAILING_YEAR = re.compile(r"(?<![\w-])(?P<year>(?:19|20)\d\d)\s*$")
#: "2024 - " before an item's link.
YEAR_PREFIX = re.compile(r"(?P<year>(?:19|20)\d\d)\s*[-–—:]\s*")
#: How a date column writes its dates: "2025-06-12", "2025-06", "2025/06", "2025"; "31 Aug
#: 2022", "Aug 2022"; "23.07" (a year and a month in two digits each); "11/2023".
_COLUMN_DATES = (
    re.compile(rf"(?P<year>{YEAR_DIGITS})(?:[-/.](?P<number>{MONTH_DIGITS}))?(?:[-/.]\d{{1,2}})?"),
    re.compile(rf"(?:\d{{1,2}}\s+)?(?P<month>[A-Za-z]{{3,9}})\.?,?\s+(?P<year>{YEAR_DIGITS})"),
    re.compile(rf"(?P<short>\d\d)[./-](?P<number>{MONTH_DIGITS})"),
    re.compile(rf"(?P<number>{MONTH_DIGITS})[./-](?P<year>{YEAR_DIGITS})"),
)


def column_date(value: str) -> tuple[int, int | None] | None:
    """The year and month (None when it has none) of a date column's cell, or None."""
    for pattern in _COLUMN_DATES:
        found = pattern.fullmatch(value)
        if found is None:
            continue
        parts = found.groupdict()
        if parts.get("month") and month_number(parts["month"]) is None:
            return None  # "Tue 2022": no month
        year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["short"])
        number = parts.get("number")
        return year, int(number) if number else month_number(parts.get("month"))
    return None


def month_number(name: str | None) -> int | None:
    """Month 1–12 of "Sept", "September", "sep"; None for anything else."""
    if not name:
        return None
    return _MONTHS.get(name[:3].casefold())


#: A new-style arXiv number in a venue ("arXiv.2303.09014", "arXiv:2211.11236, 2022"): no part
#: of it is a year written out, though it starts with the year of its submission.
_ARXIV_NUMBER = re.compile(r"(?<!\d)\d{4}\.\d{4,5}(?!\d)")
_NEW_STYLE_ID = re.compile(r"\d{4}\.")


def venue_year(venue: str, arxiv_id: str | None = None) -> int | None:
    """The year a venue string names: "CVPR 2024" → 2024, "CVPR 24" → 2024; with an arXiv
    number and no other year, the number's: "arXiv.2303.09014" → 2023 — and so for the
    number's first four digits alone, after "arXiv", when they are those of the entry's arXiv
    id: "arXiv 2011" for 2011.13526 is November 2020, not 2011."""
    number = _ARXIV_NUMBER.search(venue)
    paper = number.group() if number else None
    if number is None and arxiv_id and _NEW_STYLE_ID.match(arxiv_id) and "arxiv" in venue.lower():
        number, paper = re.search(rf"(?<!\d){arxiv_id[:4]}(?!\d)", venue), arxiv_id
    if number is None or paper is None:
        return _written_year(venue)
    written = _written_year(venue[: number.start()] + venue[number.end() :])
    return written or submission_month(paper)[0]


def _written_year(venue: str) -> int | None:
    venue = venue.strip()
    match = VENUE.match(venue)
    if not match:
        found = YEAR.search(venue)
        return int(found.group(1)) if found else None
    year = (match.group("year") or match.group("acronym_year")).lstrip("'‘’")
    if len(year) == 4:
        return int(year)
    if match.group("year") and venue[match.start("year") - 1].isdigit():
        return None  # the end of a longer number ("CVPR 2303"), no year
    # Two digits are the year ("CVPR 24") unless a year in four follows: "arXiv 11 Dec 2019".
    written = YEAR.search(venue, match.end("year") if match.group("year") else 0)
    return int(written.group(1)) if written else 2000 + int(year)


_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "du", "dos", "ten",
     "bin", "al", "el", "y", "zu", "st.", "d."}
)  # fmt: skip
#: Words that name an institution, never a person (see :func:`names_an_institution`).
_AFFILIATION_WORDS = frozenset(
    {"university", "institute", "laboratory", "lab", "labs", "college", "school", "academy",
     "department", "center", "centre", "inc", "inc.", "ltd", "corporation", "services",
     "research", "foundation"}
)  # fmt: skip
#: A name in a script without capitals (Chinese, Japanese, Korean) is two to four characters.
_LONGEST_UNCASED_NAME = 4
_NAME_TOKEN = re.compile(r"(?:[A-Z]\.)+(?:-?[A-Z]\.)*|[^\W\d_a-z][\w'’.\-]*", re.UNICODE)
#: ", " "; " ", and " ", & " "&" " and ", and the space before a final "et al.". Each starts
#: with a space or a mark, and the lookahead saying so lets most positions of a long author line
#: fail at once (it splits twice as fast).
_AUTHOR_SEPARATORS = re.compile(
    r"(?=[\s,;&])(?:\s*(?:[,;]\s*(?:and\s+|&\s*)?|&\s*)|\s+(?:and\s+|(?=et\.?\s+al\.?$)))",
    re.IGNORECASE,
)
#: Not names, though they end author lists ("A, B, et al.", "A, B, etc.") or stand for the
#: names left out ("A, ..., Z").
_NOT_NAMES = frozenset({"et al", "et al.", "etc", "etc.", "others", "...", "…"})
#: Names left out, written before the last name: "Yoshua Bengio, ... Olubunmi Ajala".
_ELISION = re.compile(r"(\.\.\.|…)\s+(?=\S)")
#: Equal-contribution and affiliation marks after a name ("Yihao Feng*"): still a name (and
#: entry-authors reports the mark).
_NAME_MARKS = "*†‡§¶"
#: An affiliation or nickname in parentheses, or a nickname in quotes (David "davidad"
#: Dalrymple); "(2023)" is a year, not part of a name.
_ASIDE_IN_NAME = re.compile(r"\([^()\d]*\)|(?<=\s)[\"“][^\"“”\s]+[\"”](?=\s)")
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*", re.UNICODE)


#: An affiliation mark in HTML after a name: "Sherry Yang<sup>1,2</sup>".
_SUPERSCRIPT = re.compile(r"<sup>[^<]*</sup>", re.IGNORECASE)
#: A full stop ending an author line, unless it is the dot of a last initial ("Ha, D.").
_FINAL_STOP = re.compile(r"(?<!^[A-Z])(?<![\s,.\-][A-Z])\.+$")
#: What separates names in BibTeX's author field.
_BIBTEX_AND = re.compile(r"\s+and\s+")
#: Initials written after a surname in citation style: "D.", "J. M.", "J.-M.", "A.B.".
_INITIALS = re.compile(r"(?:[A-Z]\.?\s?-?)*[A-Z]\.")


def split_authors(text: str) -> list[str]:
    """Author names from "A, B and C", "A and B and C", "A, B, et al." (and "A, B et al."), with
    "et al" as the last name; empty names kept as "", affiliation marks in ``<sup>`` left out.

    Citation style writes a surname, a comma and initials ("Ha, D., & Schmidhuber, J."); there
    the comma belongs to the name, so initials join the surname before them: "Ha, D.". So does
    BibTeX, whose names are separated by "and" alone ("Doersch, Carl and Gupta, Abhinav").
    """
    if "<" in text:
        # The marks separate the names when no comma does: "Yiran Qin<sup>1</sup> Lu Sheng".
        unmarked = _SUPERSCRIPT.sub("", text)
        text = (unmarked if "," in unmarked else _SUPERSCRIPT.sub(",", text)).strip().rstrip(",")
    text = text.strip()
    if text.endswith("."):
        text = _FINAL_STOP.sub("", text).strip()
    if not text:
        return []
    bibtex = _BIBTEX_AND.split(text) if " and " in text else []
    if bibtex and all(name.count(",") == 1 for name in bibtex):
        return bibtex  # "Doersch, Carl and Gupta, Abhinav": BibTeX's "Surname, Given" names
    names = [name.strip() for name in _AUTHOR_SEPARATORS.split(text)]
    if "..." in text or "…" in text:
        names = [part for name in names for part in _elided(name)]
    if "." in text and any(map(_INITIALS.fullmatch, names[1:])):
        return _surname_first(names)
    if _mla_first_author(text, names):
        return [f"{names[0]}, {names[1]}", *names[2:]]
    return names


#: A given name and perhaps an initial: "Alexey", "Michael L.".
_GIVEN_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z]\.)?")


def _mla_first_author(text: str, names: list[str]) -> bool:
    """Whether ``names`` open the MLA way, the first author surname first and the others not:
    "Dosovitskiy, Alexey, et al.", "Huang, Zilin, Zihao Sheng, and Sikai Chen" — a lone word,
    a given name (and an initial), then full names or "et al"."""
    return (
        len(names) >= 3
        and " " not in names[0]
        and _GIVEN_NAME.fullmatch(names[1]) is not None
        and text.startswith(f"{names[0]}, {names[1]},")
        and all(name == "et al" or len(name.split()) >= 2 for name in names[2:])
    )


def _elided(name: str) -> tuple[str, ...]:
    """``name``, or the ellipsis and the name it stands before: "... Olubunmi Ajala"."""
    elision = _ELISION.match(name)
    return (elision.group(1), name[elision.end() :]) if elision else (name,)


def _surname_first(names: list[str]) -> list[str]:
    joined: list[str] = []
    for name in names:
        previous = joined[-1] if joined else ""
        if (
            _INITIALS.fullmatch(name)
            and previous
            and "," not in previous
            and not _INITIALS.fullmatch(previous)
        ):
            joined[-1] = f"{previous}, {name}"
        else:
            joined.append(name)
    return joined


def looks_like_authors(text: str) -> bool:
    """Whether an unlabelled line reads as a list of names (not a sentence of notes).

    A name is one to six capitalised words (particles such as "van", initials such as "J.", a
    nickname or an affiliation in parentheses and a trailing "*" or "†" allowed). Real author
    lists also hold the odd name written in lower case or as a user name ("Li zhang",
    "sinbadliu"), so up to a quarter of the names may be plain words; a sentence cut at its
    commas has few parts, and lower-case words in most of them.
    """
    names = [name for name in split_authors(text) if name and name.casefold() not in _NOT_NAMES]
    if not names:
        return False
    odd = [name for name in names if not _is_name(name)]
    if len(odd) > len(names) // 4:
        return False
    return all(
        1 <= len(name.split()) <= 4 and all(map(_WORD.fullmatch, name.split())) for name in odd
    )


def names_an_institution(text: str) -> bool:
    """Whether ``text`` names a university, lab or company ("Fudan NLP Lab", "Yale University").

    Where a list puts the authors, an institution is its author ("Google Research"); below an
    author line, such a line is the affiliations.
    """
    return any(word.casefold() in _AFFILIATION_WORDS for word in _WORD.findall(text))


def without_asides(name: str) -> str:
    """``name`` without what parentheses or quotes add to it: "Zhiwei (Tony) Qin" and
    David "davidad" Dalrymple are the names "Zhiwei Qin" and "David Dalrymple"."""
    return _ASIDE_IN_NAME.sub(" ", name)


# Cached: the same authors recur across a list (and across its sections).
@lru_cache(maxsize=8192)
def _is_name(name: str) -> bool:
    # "Ha, D." reads as "Ha D."; "Felix Hill(University of Cambridge)" and "Zhiwei (Tony)Qin"
    # without what the parentheses add.
    tokens = without_asides(name).replace(",", " ").split()
    if not 1 <= len(tokens) <= 6:
        return False
    for token in tokens:
        if token.casefold() in _NAME_PARTICLES:
            continue
        bare = token.rstrip(_NAME_MARKS)
        if not _NAME_TOKEN.fullmatch(bare):
            return False
        if not bare[0].isupper() and len(bare) > _LONGEST_UNCASED_NAME:
            return False  # "带偏移的DPO": a phrase in a script without capitals, not a name
    return True


#: What splits keywords, and the brackets inside which it does not.
_KEYWORD_SYNTAX = re.compile(r"[,;，；、()\[\]（）]")


def split_keywords(text: str) -> list[str]:
    """Keywords from "a, b; c"; empty ones kept as "" so rules can report them.

    A separator inside parentheses or brackets does not split: "Heatmaps (e.g., artifacts)" is
    one keyword.
    """
    text = text.strip().rstrip(".")
    if not text:
        return []
    keywords: list[str] = []
    depth = 0
    start = 0
    for match in _KEYWORD_SYNTAX.finditer(text):
        char = match.group()
        if char in "([（":
            depth += 1
        elif char in ")]）":
            depth = max(depth - 1, 0)
        elif depth == 0:
            keywords.append(text[start : match.start()].strip())
            start = match.end()
    keywords.append(text[start:].strip())
    return keywords
