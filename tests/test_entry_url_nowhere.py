"""Links that lead nowhere — empty, a placeholder, two addresses run together — and an http
demo server that entry-url leaves alone."""

from __future__ import annotations

import awesomelint

LINKS = (
    "# Papers\n\n"
    "- [Coming Soon](https://example.org/soon)\n  - Code: [Official]()\n"
    "- [SAPIEN](xx)\n"
    "- [JARVIS-1](https://neurips.cc/virtual/2023/79171https://arxiv.org/abs/2311.05997)\n"
    "- [Demo](http://103.170.5.190:7860/)\n"
    "- [Redirect](https://example.org/r?url=https://x.org/p)\n"
    "- [Local](./papers/local.pdf)\n"
)


def test_links_that_lead_nowhere_are_reported_where_they_stand() -> None:
    found = [
        (d.span.line, d.span.column, d.severity.value, d.message)
        for d in awesomelint.check(LINKS)
        if d.rule == "entry-url"
    ]
    assert found == [
        (4, 22, "warning", "empty link: write the address of the paper"),
        (5, 12, "warning", "link 'xx' is not a web address: write the full https:// address"),
        (
            6,
            14,
            "error",
            "two addresses run together in "
            "'https://neurips.cc/virtual/2023/79171https://arxiv.org/abs/2311.05997': "
            "keep the one that names the paper",
        ),
    ]
