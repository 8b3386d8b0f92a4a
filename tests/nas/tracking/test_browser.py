"""The MLflow UI as a person sees it: a real ``mlflow server`` on loopback, a tiny search logged
to it, and headless Chromium (Debian's chromium and chromedriver, driven by Selenium) opening
the experiment's runs, the study's parent run, a trial's run and the interactive front page.
Screenshots are saved under ``test-artifacts/``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mlflow import MlflowClient

from tests.browser import needs_chromium
from tests.conftest import REPO, run_cli
from tests.mlflow_server import free_port, start_mlflow_server

if TYPE_CHECKING:  # selenium is imported where it is used: the test is skipped without it
    from selenium.webdriver.remote.webdriver import WebDriver

SCREENSHOTS = REPO / "test-artifacts"
pytestmark = [pytest.mark.browser, needs_chromium]


def page_text_with(driver: WebDriver, url: str, *words: str) -> str:
    """Open ``url`` and wait until the page shows every word; its text."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 60).until(
        lambda d: all(word in d.find_element(By.TAG_NAME, "body").text for word in words)
    )
    return str(driver.find_element(By.TAG_NAME, "body").text)


def objectives_in_sight_at_1366(browser: WebDriver, view: str) -> None:
    """A laptop's screen, with MLflow's assistant panel open as it is on a first visit: the
    objective columns and front membership are in sight without scrolling."""
    browser.set_window_size(1366, 768)
    page_text_with(browser, view, "study tiny", "matching runs", "val_accuracy")
    in_view = browser.execute_script(
        "return [...document.querySelectorAll(\"[role='columnheader']\")]"
        ".filter(e => e.closest('.ag-root') && e.getBoundingClientRect().right"
        " <= Math.min(window.innerWidth, e.closest('.ag-root').getBoundingClientRect().right))"
        ".map(e => e.innerText)"
    )
    for column in ("val_accuracy", "energy_uj", "latency_us", "nas.pareto"):
        if not any(column in header for header in in_view):
            browser.save_screenshot(str(SCREENSHOTS / "mlflow-runs-1366.png"))
            raise AssertionError(f"{column} out of sight at 1366 px: {in_view}")
    browser.save_screenshot(str(SCREENSHOTS / "mlflow-runs-1366.png"))
    browser.set_window_size(1920, 1080)


def front_marked_in_the_charts(browser: WebDriver, front_size: int) -> None:
    """The front stands out: its members red (the search's) and blue (finalized), the rest grey."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 60).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, ".scatterlayer .point")) >= 6
    )
    fills = [
        p.value_of_css_property("fill")
        for p in browser.find_elements(By.CSS_SELECTOR, ".scatterlayer .point")
    ]
    charts = 2  # accuracy against energy and against latency
    assert fills.count("rgb(214, 39, 40)") == charts * front_size, fills
    assert fills.count("rgb(31, 119, 180)") >= charts, fills  # the finalized front: one at least


@pytest.mark.slow
def test_the_mlflow_ui_shows_the_runs_metrics_and_front(
    browser: WebDriver, tiny_config: Path, workdir: Path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    uri = f"http://127.0.0.1:{free_port()}"
    server = start_mlflow_server(uri, workdir)
    try:
        result = run_cli("search", str(tiny_config), "--tracking-uri", uri)
        assert result.exit_code == 0, result.output
        front = json.loads(run_cli("front", "--config", str(tiny_config), "--json").output)
        finalized = run_cli("finalize", "--config", str(tiny_config), "--epochs", "1", "--tracking-uri", uri)
        assert finalized.exit_code == 0, finalized.output
        client = MlflowClient(uri)
        experiment = client.get_experiment_by_name("nas")
        assert experiment is not None
        runs = client.search_runs([experiment.experiment_id])
        parent = next(r for r in runs if "mlflow.parentRunId" not in r.data.tags)
        child = next(r for r in runs if r.data.tags.get("nas.fidelity") == "proxy")
        base = f"{uri}/#/experiments/{experiment.experiment_id}"
        SCREENSHOTS.mkdir(exist_ok=True)

        # what the search prints and the experiment's description link to: the saved view
        view = f"{base}/runs?viewStateShareKey=nas-front&workflowType=machine_learning"
        text = page_text_with(browser, view, "study tiny", "matching runs", "val_accuracy", "final trial")
        # the study's parent run, its three trials and its finalized front members
        assert f"{4 + len(front)} matching runs" in text
        assert "Model training" in text and "Judges" not in text  # not GenAI mode's sidebar
        assert "You're viewing a shared view" in text
        headers = " ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, "[role='columnheader']"))
        for column in (
            "Run Name",
            "val_accuracy",
            "energy_uj",
            "latency_us",
            "nas.pareto",
            "nas.study",  # studies sharing the experiment told apart
            "test_accuracy",
            "params",
        ):
            assert column in headers, headers  # visible on arrival, without choosing columns
        assert all(f"t{n} acc " in text for n in range(3))  # names a person can scan
        browser.save_screenshot(str(SCREENSHOTS / "mlflow-runs.png"))

        objectives_in_sight_at_1366(browser, view)

        text = page_text_with(
            browser, f"{view}&compareRunsMode=CHART", "Pareto front", "energy_uj", "latency_us"
        )
        front_marked_in_the_charts(browser, len(front))
        browser.save_screenshot(str(SCREENSHOTS / "mlflow-charts.png"))

        page_text_with(
            browser, f"{base}/runs/{parent.info.run_id}", "hypervolume", "front_size", "search_energy_j"
        )
        browser.save_screenshot(str(SCREENSHOTS / "mlflow-study-run.png"))
        page_text_with(
            browser,
            f"{base}/runs/{child.info.run_id}",
            "val_accuracy",
            "test_accuracy",
            "energy_uj",
        )
        browser.save_screenshot(str(SCREENSHOTS / "mlflow-trial-run.png"))

        page_text_with(browser, f"{base}/runs/{parent.info.run_id}/artifacts/front/front.html", "front.html")
        frame = WebDriverWait(browser, 60).until(lambda d: d.find_element(By.TAG_NAME, "iframe"))
        browser.switch_to.frame(frame)
        WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "circle.front"))
        points = browser.find_elements(By.CSS_SELECTOR, "circle.front")
        assert sorted(int(p.get_attribute("data-trial") or -1) for p in points) == sorted(
            r["trial"] for r in front
        )
        tooltip = points[0].find_element(By.TAG_NAME, "title").get_attribute("textContent") or ""
        assert (
            "val acc" in tooltip
            and "test acc" in tooltip
            and "per inference (model:cpu-ccf): energy" in tooltip
        )
        assert "Pareto front of study tiny" in browser.find_element(By.TAG_NAME, "body").text
        browser.switch_to.default_content()
        browser.save_screenshot(str(SCREENSHOTS / "mlflow-front-artifact.png"))
    finally:
        server.terminate()
        server.wait(timeout=30)
