"""Project configuration: ``[tool.awesomelint]`` in pyproject.toml, or ``.awesomelint.toml``.

The file is found by walking up from the checked path. The settings are typed dataclasses, and
pydantic validates a config file against them, so that an unknown key or a bad value is a
one-line error naming the key and the file. pydantic is imported only then: a project without
a config file (and every start-up before one is found) does not pay for it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Literal

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from awesomelint._source import InputError

DEFAULT_ARXIV_API_URL = "https://export.arxiv.org/api/query"


@dataclass(slots=True)
class ArxivConfig:
    """How arXiv links are written and where their metadata comes from."""

    __pydantic_config__: ClassVar[dict[str, object]] = {"extra": "forbid"}

    url_form: Literal["abs", "pdf"] = "abs"
    keep_version: bool = False
    api_url: str = DEFAULT_ARXIV_API_URL
    request_interval: float = 3.0
    lockfile: str | None = None


def _toml_key(name: str) -> str:
    """The key a setting is written under: ruff's ``per-file-ignores`` spelling for that one."""
    return "per-file-ignores" if name == "per_file_ignores" else name


@dataclass(slots=True)
class Config:
    """Settings; every key has a default so an empty config is a valid one."""

    #: Read by pydantic when :func:`load_config` validates a file against this class.
    __pydantic_config__: ClassVar[dict[str, object]] = {
        "extra": "forbid",
        "alias_generator": _toml_key,
    }

    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    #: Glob pattern -> rules (or ``*``) not reported in matching files.
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    #: Expected entry fields in schema order (overrides a list's own ``format:`` block).
    fields: list[str] | None = None
    #: The bullet marker of entry items and their sub-bullets; "consistent" keeps the list's
    #: own majority marker.
    bullet: Literal["consistent", "-", "*", "+"] = "consistent"
    arxiv: ArxivConfig = field(default_factory=ArxivConfig)
    #: Where the config was read from (None for defaults); used to resolve relative paths.
    #: Not a key of the file: ``init=False`` keeps it out of what validation accepts.
    origin: Path | None = field(default=None, init=False)


def find_config(start: Path) -> Config:
    """The config governing ``start``: the nearest pyproject.toml with a ``[tool.awesomelint]``
    table, or ``.awesomelint.toml``, walking up; defaults when there is none."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        dedicated = folder / ".awesomelint.toml"
        if dedicated.is_file():
            return load_config(dedicated, _read_toml(dedicated))
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            table = _read_toml(pyproject).get("tool", {}).get("awesomelint")
            if table is not None:
                return load_config(pyproject, table)
    return default_config()


def default_config() -> Config:
    """The settings of a project without a config file."""
    return Config()


def load_config(path: Path, table: dict[str, object]) -> Config:
    """Validate one config table; errors name the first bad key and the file."""
    from pydantic import TypeAdapter, ValidationError

    try:
        config = TypeAdapter(Config).validate_python(table)
    except ValidationError as error:
        first = error.errors()[0]
        unknown = first["type"] == "unexpected_keyword_argument"
        key = ".".join(str(part) for part in first["loc"])
        raise _bad_key(path, key, "unknown key" if unknown else first["msg"]) from None
    problem = _value_problem(config)
    if problem is not None:
        raise _bad_key(path, *problem)
    if config.fields is not None:
        config.fields = [_canonical(label) for label in config.fields]
    config.origin = path
    return config


def _bad_key(path: Path, key: str, message: str) -> InputError:
    return InputError(f"{path}: config key '{key}': {message}")


def _value_problem(config: Config) -> tuple[str, str] | None:
    """The first key whose value is well typed but wrong, and what is wrong with it.

    A misspelt rule would silently select, ignore or exempt nothing, and a field label
    unknown to the vocabulary could never be satisfied by an entry.
    """
    from awesomelint._rules import unknown_rules
    from awesomelint._vocabulary import CANONICAL_ORDER, canonical_label

    named_rules = [("select", config.select, False), ("ignore", config.ignore, False)]
    named_rules += [
        (f"per-file-ignores.{pattern}", names, True)
        for pattern, names in config.per_file_ignores.items()
    ]
    for key, names, allow_all in named_rules:
        problem = unknown_rules(names, allow_all=allow_all)
        if problem:
            return key, problem
    for label in config.fields or []:
        if canonical_label(label) is None:
            known = ", ".join(CANONICAL_ORDER)
            return "fields", f"unknown field label '{label}' (known: {known})"
    if config.arxiv.request_interval < 0:
        return "arxiv.request_interval", "Input should be greater than or equal to 0"
    return None


def _canonical(label: str) -> str:
    """A field label in its canonical spelling, as entries' fields are compared in it (written
    "keywords", a configured label would match no entry)."""
    from awesomelint._vocabulary import canonical_label

    return canonical_label(label) or label


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: invalid TOML ({error})") from None
