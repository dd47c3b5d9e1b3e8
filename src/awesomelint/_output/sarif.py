"""``--format sarif``: a SARIF 2.1.0 log, for GitHub code scanning and other SARIF viewers.

Code scanning keeps findings as alerts across runs and shows each rule's documentation next to
them, so every rule that ran is described in ``tool.driver.rules`` (its explanation is the help
text) and every result points at its rule by id and index.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from urllib.parse import quote

from awesomelint._diagnostics import Diagnostic, Severity
from awesomelint._output.github import relative_to_root
from awesomelint._rules import RULES, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Where the tool is described when the installed metadata names no homepage.
FALLBACK_INFORMATION_URI = "https://pypi.org/project/awesomelint/"
#: The symbol result URIs are relative to: the repository root (see ``originalUriBaseIds``).
ROOT = "%SRCROOT%"
#: GitHub code scanning rejects a rule whose short or full description is longer.
MAX_DESCRIPTION = 1024


def render(
    diagnostics: list[Diagnostic],
    *,
    color: bool = False,
    rules: Sequence[Rule | type[Rule]] | None = None,
) -> str:
    """The SARIF log of one run; ``rules`` are the rules that ran (default: all of them)."""
    return json.dumps(log(diagnostics, rules), indent=2, ensure_ascii=False) + "\n"


def log(
    diagnostics: list[Diagnostic], rules: Sequence[Rule | type[Rule]] | None = None
) -> dict[str, object]:
    """The SARIF log as a JSON-ready dict."""
    ran = [type(rule) if isinstance(rule, Rule) else rule for rule in (rules or RULES.values())]
    # A finding of a rule not listed (impossible today) still gets its descriptor.
    ran += [RULES[d.rule] for d in diagnostics if d.rule in RULES and RULES[d.rule] not in ran]
    index = {rule.name: position for position, rule in enumerate(ran)}
    root = os.environ.get("GITHUB_WORKSPACE") or os.getcwd()
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "awesomelint",
                        "version": metadata.version("awesomelint"),
                        "informationUri": information_uri(),
                        "rules": [descriptor(rule) for rule in ran],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "originalUriBaseIds": {ROOT: {"uri": Path(root).absolute().as_uri() + "/"}},
                "results": [result(d, index.get(d.rule)) for d in diagnostics],
            }
        ],
    }


def descriptor(rule: type[Rule]) -> dict[str, object]:
    """A rule's reportingDescriptor: id is the stable name, the code is kept as a property."""
    explanation = rule.explanation()
    return {
        "id": rule.name,
        "name": rule.name,
        "shortDescription": {"text": _within_limit(rule.summary)},
        "fullDescription": {"text": _within_limit(explanation)},
        "defaultConfiguration": {"level": _level(rule.severity)},
        # Explanations use ``code`` spans, which read the same as Markdown.
        "help": {"text": explanation, "markdown": explanation},
        "properties": {"code": rule.code, "fixable": rule.fixable},
    }


def result(diagnostic: Diagnostic, rule_index: int | None) -> dict[str, object]:
    span = diagnostic.span
    entry: dict[str, object] = {"ruleId": diagnostic.rule}
    if rule_index is not None:
        entry["ruleIndex"] = rule_index
    entry |= {
        "level": _level(diagnostic.severity),
        "message": {"text": diagnostic.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact_location(diagnostic.path),
                    "region": {
                        "startLine": span.line,
                        "startColumn": span.column,
                        "endLine": span.end_line,
                        "endColumn": span.end_column,
                    },
                }
            }
        ],
    }
    return entry


def artifact_location(path: str) -> dict[str, str]:
    """A URI relative to the repository root; an absolute ``file:`` URI for a file outside it."""
    relative = relative_to_root(path)
    if relative is None:
        return {"uri": Path(path).absolute().as_uri()}
    return {"uri": quote(relative), "uriBaseId": ROOT}


def information_uri() -> str:
    """The project's homepage from the installed metadata, so a fork's SARIF names the fork."""
    urls: list[str] = metadata.metadata("awesomelint").get_all("Project-URL") or []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().casefold() in {"homepage", "repository", "source"} and url.strip():
            return url.strip()
    return FALLBACK_INFORMATION_URI


def _within_limit(text: str) -> str:
    """``text`` cut to GitHub's description limit (the help text keeps all of it)."""
    return text if len(text) <= MAX_DESCRIPTION else text[: MAX_DESCRIPTION - 1] + "…"


def _level(severity: Severity) -> str:
    return "error" if severity is Severity.ERROR else "warning"
