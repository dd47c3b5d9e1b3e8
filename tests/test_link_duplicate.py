"""link-duplicate: one page as the main link of two entries."""

from __future__ import annotations

import awesomelint

LIST = """# Papers

- [Matryoshka Multimodal Models](https://zhuanlan.zhihu.com/p/688215018)
- [Direct Preference Optimization](https://zhuanlan.zhihu.com/p/688215018)
- [Genie 2](https://deepmind.google/genie-2/)
- [Genie 2](https://www.deepmind.google/genie-2)
"""


def test_one_paper_twice_is_an_error_and_two_papers_on_one_page_a_warning() -> None:
    """Twenty papers linked to one blog post of reading notes are not to be removed: each
    should link to its own page. The same title under the same page is a duplicate."""
    found = [
        (d.span.line, d.severity.value, d.message)
        for d in awesomelint.check(LIST)
        if d.rule == "link-duplicate"
    ]
    assert found == [
        (
            3,
            "warning",
            "'https://zhuanlan.zhihu.com/p/688215018' is also the link of 'Direct Preference "
            "Optimization' at <string>:4: link each paper to its own page",
        ),
        (
            4,
            "warning",
            "'https://zhuanlan.zhihu.com/p/688215018' is also the link of 'Matryoshka "
            "Multimodal Models' at <string>:3: link each paper to its own page",
        ),
        (
            5,
            "error",
            "'https://deepmind.google/genie-2/' is also listed at <string>:6: keep one entry",
        ),
        (
            6,
            "error",
            "'https://www.deepmind.google/genie-2' is also listed at <string>:5: keep one entry",
        ),
    ]
