"""The documentation site as a newcomer reads it: built with ``mkdocs build --strict`` from this
checkout, served on 127.0.0.1 and opened in headless Chromium. Every page renders as its author
meant (no list run into a paragraph, every image loaded), every internal link leads somewhere,
the search box finds the pages a reader wants, and the Python reference covers ``nas.__all__``.
The Markdown sources are checked for what Python-Markdown silently flattens."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import nas
from tests.browser import needs_chromium
from tests.conftest import REPO

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

DOCS = REPO / "docs"
# a paragraph line that starts a list item: Markdown read it as text, not as a list
LIST_IN_PARAGRAPH = re.compile(r"^\s*(- |\* |\d+\. )\S")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built from this checkout, served at the returned address."""
    folder = tmp_path_factory.mktemp("site")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    built = subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(folder)],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def pages(base: str) -> list[str]:
    """Every page of the site, from its navigation (the front page's links)."""
    with urllib.request.urlopen(f"{base}/index.html") as response:
        front = response.read().decode()
    found = {"index.html"}
    found.update(
        urllib.parse.urljoin("/", href).lstrip("/") for href in re.findall(r'href="([^"#:]+\.html)"', front)
    )
    return sorted(found)


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
def test_every_page_renders_and_links_somewhere(site: str, browser: WebDriver) -> None:
    everything = pages(site)
    assert len(everything) >= 25, everything  # the whole navigation, not one page
    broken: list[str] = []
    links: set[str] = set()
    for page in everything:
        browser.get(f"{site}/{page}")
        paragraphs = browser.execute_script(
            "return [...document.querySelectorAll('article p')].map(p => p.textContent)"
        )
        for text in paragraphs:
            runs_on = [line for line in text.splitlines()[1:] if LIST_IN_PARAGRAPH.match(line)]
            if runs_on:
                broken.append(f"{page}: a list read as text: {runs_on[0][:60]!r}")
        for source in browser.execute_script(
            "return [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)"
        ):
            broken.append(f"{page}: an image that did not load: {source}")
        hrefs = browser.execute_script(
            "return [...document.querySelectorAll('article a[href]')].map(a => a.href)"
        )
        links.update(href.split("#")[0] for href in hrefs if href.startswith(site))
        if "<code>``" in browser.page_source or ":meth:" in browser.page_source:
            broken.append(f"{page}: reStructuredText shown as written")
    for link in sorted(links):
        try:
            with urllib.request.urlopen(link) as response:
                assert response.status == 200
        except urllib.error.HTTPError as error:
            broken.append(f"a dead link: {link} ({error.code})")
    assert not broken, "\n".join(broken)


@pytest.mark.slow
@pytest.mark.browser
@needs_chromium
def test_the_search_box_finds_the_budget_pages(site: str, browser: WebDriver) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(f"{site}/index.html")
    browser.find_element(By.CSS_SELECTOR, "label.md-search__icon, .md-search__input").click()
    box = browser.find_element(By.CSS_SELECTOR, "input.md-search__input")
    box.send_keys("budget")

    def hits(driver: WebDriver) -> list[str]:
        found = driver.find_elements(By.CSS_SELECTOR, ".md-search-result__item a")
        return [item.get_attribute("href") or "" for item in found]

    def answered(driver: WebDriver) -> bool:
        """The results for the whole word: each hit's link carries the query it answers (?h=...),
        and a slow machine shows results for "b" and "bud" on the way."""
        shown = hits(driver)
        return bool(shown) and all("?h=budget" in href or href.endswith("?h=") for href in shown)

    WebDriverWait(browser, 60).until(answered)
    found = hits(browser)
    by_page = list(dict.fromkeys(href.split("?")[0] for href in found))[:5]  # the first five pages
    assert f"{site}/how-to/budgets.html" in by_page, found
    assert f"{site}/reference/configuration.html" in by_page, found
    assert any(href.endswith("reference/configuration.html?h=budget#budget") for href in found), found


@pytest.mark.slow
def test_the_python_reference_is_every_public_name(site: str) -> None:
    with urllib.request.urlopen(f"{site}/reference/python.html") as response:
        page = response.read().decode()
    shown = set(re.findall(r'id="nas\.([A-Za-z_]+)"', page))
    assert shown == set(nas.__all__), (set(nas.__all__) - shown, shown - set(nas.__all__))


@pytest.mark.parametrize("path", sorted(DOCS.rglob("*.md")), ids=lambda path: str(path.relative_to(DOCS)))
def test_lists_are_written_as_markdown_reads_them(path: Path) -> None:
    """Python-Markdown wants a blank line before a list and four spaces for a nested one; with
    less it renders a run-on paragraph or a flattened list, and no build warns."""
    fenced, previous, wrong = False, "", []
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced:
            continue
        marker = re.match(r"^( *)([-*]|\d+\.) \S", line)
        if marker:
            indent = len(marker.group(1))
            if indent % 4:
                wrong.append(f"{number}: a nested item indented by {indent}, not a multiple of 4")
            starts_paragraph = previous.strip() and not previous.startswith(" ")
            if indent == 0 and starts_paragraph and not re.match(r"^([-*]|\d+\.) |#|\|", previous):
                wrong.append(f"{number}: a list right after a paragraph, without a blank line")
        previous = line
    assert not wrong, "\n".join(wrong)


def test_every_configuration_key_has_a_meaning() -> None:
    """The configuration reference, as the site's hook generates it from the code: each key has
    its type, default and a meaning (a key added without a comment fails here)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    hooks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hooks)
    rows = [line for line in hooks.configuration_reference().splitlines() if line.startswith("| `")]
    assert len(rows) >= 88, len(rows)
    cells = [re.split(r"(?<!\\)\|", row)[1:-1] for row in rows]  # a type's "\|" is no border
    unexplained = [cell[0].strip() for cell in cells if not cell[-1].strip()]
    assert not unexplained, unexplained
