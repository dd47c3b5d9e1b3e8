"""Fixtures of the core tests: every test runs away from the user's arXiv cache and settings."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the user's cache, follows an API URL from the environment, or
    colours its output because the developer's shell asks for it."""
    monkeypatch.setenv("AWESOMELINT_CACHE_DIR", str(tmp_path / "user-cache"))
    monkeypatch.delenv("AWESOMELINT_ARXIV_API_URL", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("AWESOMELINT_DEBUG", raising=False)
