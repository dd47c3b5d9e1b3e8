"""Project configuration: ``[tool.awesomelint]`` in pyproject.toml, or ``.awesomelint.toml``.

The file is found by walking up from the checked path, and validated by pydantic so that an
unknown key or a bad value is a one-line error naming the key and the file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from awesomelint._source import InputError

DEFAULT_ARXIV_API_URL = "https://export.arxiv.org/api/query"


class ArxivConfig(BaseModel):
    """How arXiv links are written and where their metadata comes from."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    url_form: Literal["abs", "pdf"] = "abs"
    keep_version: bool = False
    api_url: str = DEFAULT_ARXIV_API_URL
    request_interval: float = Field(3.0, ge=0)
    lockfile: str | None = None


def _known_rule_names(names: list[str], *, allow_all: bool) -> list[str]:
    """``names`` if each is a rule's name or code (or ``*`` where ``allow_all``): a misspelt
    rule would silently select, ignore or exempt nothing."""
    from awesomelint._rules import RULES

    known = set(RULES) | {rule.code for rule in RULES.values()} | ({"*"} if allow_all else set())
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValueError(f"unknown rule(s) {', '.join(unknown)} (see 'awesomelint rules')")
    return names


def _ignorable_rules(names: list[str]) -> list[str]:
    return _known_rule_names(names, allow_all=True)


class Config(BaseModel):
    """Validated settings; every key has a default so an empty config is a valid one."""

    # The schema is built when a config file is validated, not on every start-up.
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    #: Glob pattern -> rules (or ``*``) not reported in matching files.
    per_file_ignores: dict[str, Annotated[list[str], AfterValidator(_ignorable_rules)]] = Field(
        default_factory=dict, alias="per-file-ignores"
    )
    #: Expected entry fields in schema order (overrides a list's own ``format:`` block).
    fields: list[str] | None = None
    #: The bullet marker of entry items and their sub-bullets; "consistent" keeps the list's
    #: own majority marker.
    bullet: Literal["consistent", "-", "*", "+"] = "consistent"
    arxiv: ArxivConfig = Field(default_factory=lambda: ArxivConfig.model_construct())
    #: Where the config was read from (None for defaults); used to resolve relative paths.
    origin: Path | None = Field(None, exclude=True)

    @field_validator("select", "ignore")
    @classmethod
    def _known_rules(cls, names: list[str]) -> list[str]:
        return _known_rule_names(names, allow_all=False)

    @field_validator("fields")
    @classmethod
    def _known_fields(cls, labels: list[str] | None) -> list[str] | None:
        """Labels in their canonical spelling, as entries' fields are compared in it: written
        "keywords", a label would match no entry; an unknown one could never be satisfied."""
        from awesomelint._vocabulary import CANONICAL_ORDER, canonical_label

        if labels is None:
            return None
        canonical = []
        for label in labels:
            known = canonical_label(label)
            if known is None:
                raise ValueError(
                    f"unknown field label '{label}' (known: {', '.join(CANONICAL_ORDER)})"
                )
            canonical.append(known)
        return canonical


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
    """The settings of a project without a config file: the defaults, which need no checking
    (and so no validation schema, which is slow to build)."""
    return Config.model_construct()


def load_config(path: Path, table: dict[str, object]) -> Config:
    """Validate one config table; errors name the first bad key and the file."""
    try:
        config = Config.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(table)"
        message = first["msg"].removeprefix("Value error, ")
        raise InputError(f"{path}: config key '{key}': {message}") from None
    return config.model_copy(update={"origin": path})


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: invalid TOML ({error})") from None
