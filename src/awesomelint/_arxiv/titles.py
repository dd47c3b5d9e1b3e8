"""Does a list entry's title name the same paper as the title arXiv has for its link?

Lists rarely copy titles verbatim: they change case, straighten or curl quotes, bold words,
append tags (``(2021)``, ``Fan-Ming et al``), hyphenate differently, shorten titles to their
name or first words, and write ``LLMs`` where the paper says "Language Models". arXiv titles in
turn carry TeX (``$\\alpha$``), and the API hard-wraps them. Comparison therefore works on
normalised words, and grades the answer: the same title, a short form of it (worth at most a
warning), or a different paper (the link most likely points at the wrong id).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from awesomelint._inline import HTML_TAG


class TitleMatch(str, Enum):
    SAME = "same"
    SHORT_FORM = "short-form"
    DIFFERENT = "different"


#: Words too common to say anything about which paper a title names.
_STOPWORDS = frozenset(
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is",
        "its", "of", "on", "or", "our", "the", "to", "via", "with", "your",
    }
)  # fmt: skip
#: Share of a title's content words that must appear in the other title for a SHORT_FORM.
#: Shortened or loosely paraphrased titles keep nearly all of their words (0.8–1.0 in the
#: examples the tests hold); two different papers on one topic share generic field words
#: only (about 0.4–0.67: "Llama 2: Open Foundation and Fine-Tuned Chat Models" against
#: "LLaMA: Open and Efficient Foundation Language Models" scores 0.57).
_OVERLAP_THRESHOLD = 0.75
#: A short form must account for at least this many words of arXiv's title, so that one
#: shared word ("Learning") is never evidence of the same paper.
_MIN_MATCHED_WORDS = 2

#: TeX commands that only style their argument; the argument is kept, the command dropped.
_TEX_STYLE = re.compile(
    r"\\(?:math(?:cal|bf|rm|it|bb|sf|tt|frak)|text(?:bf|it|rm|tt|sf)?|emph|boldsymbol"
    r"|operatorname|bm)\b"
)
#: Other commands become their name (``\alpha`` reads "alpha"); accents (``\"o``) go away.
_TEX_COMMAND = re.compile(r"\\([A-Za-z]+)|\\[^A-Za-z\s]")
#: Trailing tags lists append to titles: a bracketed group naming a year, a bare year, and
#: "Name et al". Only the entry's title is stripped of them; arXiv's is taken as it is.
_TAGS = (
    re.compile(r"\s*[(\[][^()\[\]]*\b(?:19|20)\d\d\b[^()\[\]]*[)\]]$"),
    re.compile(r"[\s,.;:-]*\b(?:19|20)\d\d$"),
    re.compile(r"[\s,;-]*(?:\bby\s+)?[\w.'-]+\s+et\.?\s*al\b\.?$", re.IGNORECASE),
)
_APOSTROPHES = re.compile(r"['’‘ʼ`´]")
_WORD = re.compile(r"[^\W_]+")
#: An acronym as written: two or more capitals, optionally plural ("LLMs"). In a title of
#: three words or more written all in capitals, capitals say nothing, so there are none.
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


@dataclass(frozen=True, slots=True)
class _Word:
    text: str  # lower-cased, accent-free
    acronym: str | None  # the letters of an acronym, lower-cased and singular
    #: The word with a plural ``s`` removed, so that "Models" matches "Model"; kept, not
    #: derived, as matching compares every word of one title with every word of the other.
    stem: str
    content: bool  # not a stopword


def _word(text: str, acronym: str | None) -> _Word:
    plural = len(text) > 3 and text.endswith("s") and not text.endswith("ss")
    return _Word(text, acronym, text[:-1] if plural else text, text not in _STOPWORDS)


def compare_titles(entry_title: str, arxiv_title: str) -> TitleMatch:
    """How well ``entry_title`` (from a list) names the paper arXiv calls ``arxiv_title``.

    SAME when both spell the same letters and digits once case, accents, punctuation,
    markup, spacing, TeX and the entry's trailing tags are set aside. SHORT_FORM when the
    entry is the part of arXiv's title before its colon (the paper's name), or when at least
    three quarters of its content words occur in arXiv's title, covering two or more of its
    words (see ``_OVERLAP_THRESHOLD``); acronyms match the words they abbreviate, so prefixes
    ("Red Teaming LLMs") and loose paraphrases both qualify. Else DIFFERENT.
    The entry is judged both with and without its tags, and the better verdict counts.
    """
    arxiv = _words(arxiv_title)
    head = _words(arxiv_title.partition(":")[0]) if ":" in arxiv_title else None
    verdicts = {
        _grade(_words(variant), arxiv, head) for variant in (entry_title, _strip_tags(entry_title))
    }
    return min(verdicts, key=list(TitleMatch).index)


def normalise_title(title: str) -> str:
    """A key for ``title``: two list titles get the same key when they spell the same letters
    and digits once case, accents, punctuation, markup, spacing and trailing tags are set
    aside — what :func:`compare_titles` calls SAME."""
    return _compact(_words(_strip_tags(title)))


def title_words(title: str) -> list[str]:
    """The normalised words of a list title without its tags, for a title search."""
    return [word.text for word in _words(_strip_tags(title))]


def _grade(entry: list[_Word], arxiv: list[_Word], head: list[_Word] | None) -> TitleMatch:
    if not entry:
        return TitleMatch.DIFFERENT
    if _compact(entry) == _compact(arxiv):
        return TitleMatch.SAME
    if head and _compact(entry) == _compact(head):
        return TitleMatch.SHORT_FORM
    if _overlap(entry, arxiv):
        return TitleMatch.SHORT_FORM
    return TitleMatch.DIFFERENT


def _compact(words: list[_Word]) -> str:
    """The words run together, so that "model-based", "model based" and "modelbased" agree."""
    return "".join(word.text for word in words)


def _overlap(entry: list[_Word], arxiv: list[_Word]) -> bool:
    """Whether enough of the entry's content words occur in arXiv's title (see the thresholds)."""
    found, used = _match_words(entry, arxiv)
    content = [index for index, word in enumerate(entry) if word.content]
    counted = content or range(len(entry))
    share = sum(index in found for index in counted) / len(counted)
    covered = sum(arxiv[index].content for index in used)
    return share >= _OVERLAP_THRESHOLD and covered >= _MIN_MATCHED_WORDS


def _match_words(entry: list[_Word], arxiv: list[_Word]) -> tuple[set[int], set[int]]:
    """Indexes of the entry's words found in arXiv's title, and of arXiv's words they cover.

    A word matches an equal word (plural aside) not matched yet; an acronym matches a run of
    words it abbreviates in the other title; and a word matches a run of words that spell it
    run together ("pretraining" against "pre-training"). The last two work both ways.
    """
    found: set[int] = set()
    used: set[int] = set()
    for index, word in enumerate(entry):
        same = (i for i, other in enumerate(arxiv) if other.stem == word.stem and i not in used)
        run = next((range(i, i + 1) for i in same), None)
        run = run or _abbreviated_run(word, arxiv) or _spelled_run(word.text, arxiv)
        if run:
            found.add(index)
            used.update(run)
    entry_stems = {word.stem for word in entry}
    for index, word in enumerate(arxiv):
        if word.stem in entry_stems:
            continue
        run = _abbreviated_run(word, entry) or _spelled_run(word.text, entry)
        if run:
            found.update(run)
            used.add(index)
    return found, used


def _abbreviated_run(word: _Word, words: list[_Word]) -> range | None:
    """The run of ``words`` that acronym ``word`` abbreviates, if any.

    Initials count content words only ("RLHF" is "Reinforcement Learning from Human
    Feedback"). An acronym may also stand for the words of its last two or more letters:
    lists write "LLMs" where a paper says "Language Models".
    """
    if not word.acronym:
        return None
    letters = word.acronym
    for start in range(len(words)):
        if not words[start].content:
            continue
        initials = ""
        for end in range(start, len(words)):
            if words[end].content:
                initials += words[end].text[0]
            if len(initials) >= 2 and letters.endswith(initials):
                return range(start, end + 1)
            if len(initials) >= len(letters):
                break
    return None


def _spelled_run(text: str, words: list[_Word]) -> range | None:
    """The run of two or more ``words`` that spell ``text`` when run together, if any."""
    for start in range(len(words)):
        joined = words[start].text
        for end in range(start + 1, len(words)):
            joined += words[end].text
            if joined == text:
                return range(start, end + 1)
            if not text.startswith(joined):
                break
    return None


def _words(title: str) -> list[_Word]:
    """Split a title into normalised words.

    NFKC undoes ligatures ("ﬂ") and full-width forms; accents are dropped so that TeX's
    ``\\"o`` and "ö" agree; Greek letters are spelt out so that "α" and ``$\\alpha$`` agree;
    apostrophes vanish ("Mind's" is "minds"); every other non-alphanumeric character
    (Markdown's ``*``, ``_`` and backticks, hyphens, line breaks) separates words.
    """
    text = unicodedata.normalize("NFKC", title)
    text = HTML_TAG.sub(" ", text)
    text = _TEX_STYLE.sub(" ", text)
    text = _TEX_COMMAND.sub(lambda match: f" {match[1]} " if match[1] else "", text)
    text = _APOSTROPHES.sub("", text)
    raw_words = _WORD.findall(text)
    shouting = len(raw_words) > 2 and text.upper() == text
    return [
        _word(
            _plain(raw),
            raw.rstrip("s").lower() if not shouting and _ACRONYM.fullmatch(raw) else None,
        )
        for raw in raw_words
    ]


def _plain(word: str) -> str:
    """Lower-case ``word``, drop its accents and spell out its Greek letters."""
    letters = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if unicodedata.combining(char):
            continue
        if "\u0370" <= char <= "\u03ff":
            letters.append(unicodedata.name(char, char).rsplit(" ", 1)[-1].lower())
        else:
            letters.append(char)
    return "".join(letters)


def _strip_tags(title: str) -> str:
    """``title`` without the tags lists append (see ``_TAGS``), however many there are."""
    stripped = title.strip()
    while True:
        for tag in _TAGS:
            shorter = tag.sub("", stripped).rstrip()
            if shorter != stripped and shorter:
                stripped = shorter
                break
        else:
            return stripped
