"""The rule registry: every rule, by name, in the order ``awesomelint rules`` lists them."""

from __future__ import annotations

from awesomelint._rules._base import Context, ParsedFile, Rule
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
    )
}

__all__ = ["RULES", "Context", "ParsedFile", "Rule"]
