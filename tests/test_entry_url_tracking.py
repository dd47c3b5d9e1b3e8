"""Which query parameters entry-url treats as tracking."""

from __future__ import annotations

import pytest

from awesomelint._rules.entry_url import without_tracking


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://x.org/p?utm_source=tw&utm_medium=social", "https://x.org/p"),
        ("https://x.org/p?id=7&utm_campaign=a&b=[c]", "https://x.org/p?id=7&b=[c]"),
        ("https://x.org/p?source=techstories.org", "https://x.org/p"),
        # A branch, not a tracker: GitLab and the GitHub API use ?ref=.
        (
            "https://gitlab.com/o/r/-/raw/file?ref=main",
            "https://gitlab.com/o/r/-/raw/file?ref=main",
        ),
        ("https://x.org/p#utm_source", "https://x.org/p#utm_source"),
    ],
)
def test_without_tracking(url: str, clean: str) -> None:
    assert without_tracking(url) == clean
