"""Project configuration: ``[tool.awesomelint]`` in pyproject.toml, or ``.awesomelint.toml``.

The file is found by walking up from the checked path, and validated by pydantic so that an
unknown key or a bad value is a one-line error naming the key and the file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from awesomelint._source import InputError

DEFAULT_ARXIV_API_URL = "https://export.arxiv.org/api/query"


class ArxivConfig(BaseModel):
    """How arXiv links are written and where their metadata comes from."""

    model_config = ConfigDict(extra="forbid")

    url_form: Literal["abs", "pdf"] = "abs"
    keep_version: bool = False
    api_url: str = DEFAULT_ARXIV_API_URL
    request_interval: float = Field(3.0, ge=0)
    lockfile: str | None = None


class Config(BaseModel):
    """Validated settings; every key has a default so an empty config is a valid one."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    #: Expected entry fields in schema order (overrides a list's own ``format:`` block).
    fields: list[str] | None = None
    #: The bullet marker of entry items and their sub-bullets; "consistent" keeps the list's
    #: own majority marker.
    bullet: Literal["consistent", "-", "*", "+"] = "consistent"
    arxiv: ArxivConfig = Field(default_factory=ArxivConfig)
    #: Where the config was read from (None for defaults); used to resolve relative paths.
    origin: Path | None = Field(None, exclude=True)


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
    return Config()


def load_config(path: Path, table: dict[str, object]) -> Config:
    """Validate one config table; errors name the first bad key and the file."""
    try:
        config = Config.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"]) or "(table)"
        raise InputError(f"{path}: config key '{key}': {first['msg']}") from None
    return config.model_copy(update={"origin": path})


def _read_toml(path: Path) -> dict[str, object]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: invalid TOML ({error})") from None
