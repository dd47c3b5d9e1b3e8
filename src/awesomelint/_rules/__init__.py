"""The rule registry: every rule, by name, in the order ``awesomelint rules`` lists them."""

from __future__ import annotations

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

__all__ = ["RULES", "Context", "ParsedFile", "Rule"]
