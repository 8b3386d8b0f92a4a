"""Headless Chromium for the tests that look at pages as a person does (Debian's chromium and
chromedriver, driven by Selenium): the mark that skips a test without them. The ``browser``
fixture is in conftest.py."""

from __future__ import annotations

import shutil

import pytest

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
)
