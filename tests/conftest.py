"""Test-suite settings shared by every directory."""

from __future__ import annotations

import os

from hypothesis import settings

# In CI the property tests replay the same examples every run, so a landing never fails on a
# case nobody has seen; locally they explore new ones (and keep failures in .hypothesis/).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
