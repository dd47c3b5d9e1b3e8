"""Fixtures of the arXiv tests: a fake API server, a dead address, and an isolated cache."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_arxiv import FakeArxiv, running


@pytest.fixture
def arxiv() -> Iterator[FakeArxiv]:
    """A fake arXiv API on 127.0.0.1, listening for the test's duration."""
    with running() as fake:
        yield fake


@pytest.fixture
def dead_url() -> str:
    """An API URL on a local port where nothing listens (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/api/query"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the user's cache and from a URL set in the environment."""
    cache = tmp_path / "user-cache"
    monkeypatch.setenv("AWESOMELINT_CACHE_DIR", str(cache))
    monkeypatch.delenv("AWESOMELINT_ARXIV_API_URL", raising=False)
    return cache
