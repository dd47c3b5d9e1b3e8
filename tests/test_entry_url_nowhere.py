"""Links that lead nowhere — empty, a placeholder, two addresses run together — and an http
demo server that entry-url leaves alone."""

from __future__ import annotations

import awesomelint

LINKS = (
    "# Papers\n\n"
    "- [Coming Soon]()\n  - Code: [Official]()\n"
    "- [SAPIEN](xx)\n"
    "- [JARVIS-1](https://neurips.cc/virtual/2023/79171https://arxiv.org/abs/2311.05997)\n"
    "- [Demo](http://103.170.5.190:7860/)\n"
    "- [Redirect](https://example.org/r?url=https://x.org/p)\n"
    "- [Local](./papers/local.pdf)\n"
    "- [Pasted]((https://x.org/p)) [[Paper]](](https://arxiv.org/pdf/2502.05453))\n"
)


def test_links_that_lead_nowhere_are_reported_where_they_stand() -> None:
    found = [
        (d.span.line, d.span.column, d.severity.value, d.message)
        for d in awesomelint.check(LINKS)
        if d.rule == "entry-url"
    ]
    assert found == [
        (3, 17, "warning", "empty link: write the address of the paper"),
        (5, 12, "warning", "link 'xx' is not a web address: write the full https:// address"),
        (
            6,
            14,
            "error",
            "two addresses run together in "
            "'https://neurips.cc/virtual/2023/79171https://arxiv.org/abs/2311.05997': "
            "keep the one that names the paper",
        ),
        # Pasted with its parentheses or brackets, the address is a path to Markdown.
        (
            10,
            12,
            "error",
            "link '(https://x.org/p)' is no address: write the full https:// address alone",
        ),
        (
            10,
            41,
            "error",
            "link '](https://arxiv.org/pdf/2502.05453)' is no address: write the full https:// "
            "address alone",
        ),
    ]


def test_an_empty_code_link_is_reported_once_as_code() -> None:
    """entry-code says a code link is empty; entry-url, which would ask for "the address of
    the paper", leaves it to it."""
    found = [
        (d.span.line, d.rule, d.message)
        for d in awesomelint.check(LINKS)
        if d.span.line == 4 and d.rule in ("entry-url", "entry-code")
    ]
    assert found == [(4, "entry-code", "code link is empty: link the repository")]
