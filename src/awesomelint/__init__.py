"""awesomelint: lint and canonically rewrite research-paper awesome lists.

The public API is deliberately small (everything else lives in private ``_modules``)::

    import awesomelint

    document = awesomelint.parse(text)           # the typed entry model
    findings = awesomelint.check(text)           # format rules and offline arXiv rules
    canonical = awesomelint.fix(text)            # safe fixes applied

Imports are lazy so that ``import awesomelint`` costs nothing until a function is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from awesomelint._config import Config
    from awesomelint._diagnostics import Diagnostic
    from awesomelint._model import Document

__all__ = ["check", "fix", "parse"]


def parse(text: str, path: str = "<string>") -> Document:
    """The entry model of one list given as text."""
    from awesomelint._parse import parse as parse_source
    from awesomelint._source import decode

    return parse_source(decode(path, text.encode("utf-8")))


def check(text: str, path: str = "<string>", config: Config | None = None) -> list[Diagnostic]:
    """Findings of every rule on one list, offline (no arXiv metadata)."""
    from awesomelint import _engine
    from awesomelint._config import default_config
    from awesomelint._source import decode

    settings = config or default_config()
    parsed = _engine.parse_file(decode(path, text.encode("utf-8")), settings)
    return _engine.check([parsed], settings, _engine.Selection.from_config(settings))


def fix(
    text: str, path: str = "<string>", *, unsafe: bool = False, config: Config | None = None
) -> str:
    """The list with fixes applied (safe ones; unsafe ones too with ``unsafe=True``)."""
    from awesomelint import _engine
    from awesomelint._config import default_config
    from awesomelint._source import decode

    settings = config or default_config()
    parsed = _engine.parse_file(decode(path, text.encode("utf-8")), settings)
    fixed = _engine.fixed_text(
        parsed, settings, _engine.Selection.from_config(settings), unsafe=unsafe
    )
    return "\ufeff" + fixed if parsed.source.has_bom else fixed
