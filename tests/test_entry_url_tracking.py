"""Which query parameters entry-url treats as tracking."""

from __future__ import annotations

import pytest

import awesomelint
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
        # Google Analytics' linker, copied with the address; Markdown may escape its "_".
        ("https://x.org/p.pdf?_ga=2.3702.3620-921&id=4", "https://x.org/p.pdf?id=4"),
        ("https://x.org/p.pdf?\\_ga=2.3702.3620-921", "https://x.org/p.pdf"),
        ("https://x.org/ft\\_gateway.cfm?id=1289376", "https://x.org/ft\\_gateway.cfm?id=1289376"),
    ],
)
def test_without_tracking(url: str, clean: str) -> None:
    assert without_tracking(url) == clean


def test_fix_removes_an_escaped_tracking_parameter_and_keeps_the_other_escapes() -> None:
    text = "- [A Tutorial](https://x.org/Herve\\_Bourlard/p.pdf?\\_ga=2.37020706.36-92)\n"
    assert awesomelint.fix(text) == "- [A Tutorial](https://x.org/Herve\\_Bourlard/p.pdf)\n"
