"""The rule registry: every rule, by name, in the order ``awesomelint rules`` lists them."""

from __future__ import annotations

from collections.abc import Iterable

from awesomelint._rules._base import Context, ParsedFile, Rule
from awesomelint._rules.arxiv_duplicate import ArxivDuplicate
from awesomelint._rules.arxiv_id import ArxivId
from awesomelint._rules.arxiv_mislabel import ArxivMislabel
from awesomelint._rules.arxiv_url import ArxivUrl
from awesomelint._rules.arxiv_year import ArxivYear
from awesomelint._rules.entry_authors import EntryAuthors
from awesomelint._rules.entry_code import EntryCode
from awesomelint._rules.entry_field import EntryField
from awesomelint._rules.entry_keywords import EntryKeywords
from awesomelint._rules.entry_style import EntryStyle
from awesomelint._rules.entry_title import EntryTitle
from awesomelint._rules.entry_url import EntryUrl
from awesomelint._rules.link_duplicate import LinkDuplicate

RULES: dict[str, type[Rule]] = {
    rule.name: rule
    for rule in (
        EntryTitle,
        EntryAuthors,
        EntryKeywords,
        EntryCode,
        EntryField,
        EntryUrl,
        EntryStyle,
        LinkDuplicate,
        ArxivId,
        ArxivUrl,
        ArxivDuplicate,
        ArxivMislabel,
        ArxivYear,
    )
}

#: What users may call a rule wherever they name one (``--select``, the config, suppression
#: comments): its name or its code.
RULE_NAMES = frozenset(RULES) | frozenset(rule.code for rule in RULES.values())


def names_of(rule: str) -> frozenset[str]:
    """The names a finding of ``rule`` answers to: the rule's name and its code."""
    found = RULES.get(rule)
    return frozenset({rule, found.code}) if found else frozenset({rule})


def find_rule(name: str) -> type[Rule] | None:
    """The rule named ``name``, or whose code it is (in any case: "al101")."""
    return RULES.get(name) or next((r for r in RULES.values() if r.code == name.upper()), None)


def unknown_rules(names: Iterable[str], *, allow_all: bool = False) -> str | None:
    """Why ``names`` cannot all be rules — "unknown rule(s) x, y (see 'awesomelint rules')" —
    or None when they are (and "*", when ``allow_all``, for every rule)."""
    unknown = sorted(n for n in names if n not in RULE_NAMES and not (allow_all and n == "*"))
    if not unknown:
        return None
    return f"unknown rule(s) {', '.join(unknown)} (see 'awesomelint rules')"


__all__ = [
    "RULES",
    "RULE_NAMES",
    "Context",
    "ParsedFile",
    "Rule",
    "find_rule",
    "names_of",
    "unknown_rules",
]
