"""The fleet page in a real headless Chromium (Selenium + chromedriver), fed by real kiosks.

The registry runs as its own process; two kiosk homes enroll, sync, check people in (one person
at both kiosks while they cannot see each other: a conflict) and send heartbeats; then a browser
signs in with the admin token and reads what staff would read. The screenshot goes to the test's
folder, and to docs/screenshots/fleet-kiosks.png when KIOSK_SCREENSHOTS=1
(docs/screenshots/fleet.png is scripts/fleet-screenshot's, with printers in every state).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fleet_harness import FIRST, MONDAY, LiveRegistry, demo_registry

from kiosk import __version__
from kiosk.cli import main

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,720",
)
SCREENSHOT = Path(__file__).parents[2] / "docs" / "screenshots" / "fleet-kiosks.png"


def _browser_missing() -> str:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    if missing:
        return f"needs {' and '.join(missing)} (apt packages chromium, chromium-driver)"
    return ""


pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(bool(_browser_missing()), reason=_browser_missing() or "-"),
]


@pytest.fixture
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="fleet-chromium-")
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveRegistry]:
    folder = tmp_path_factory.mktemp("registry")
    with demo_registry(folder, 30) as registry:
        yield registry


def _kiosk(home: Path, *args: str) -> int:
    return main(["--home", str(home), *args])


def _two_kiosks_with_a_conflict(tmp_path: Path, live: LiveRegistry) -> tuple[Path, Path]:
    tower, cicg = tmp_path / "itu-tower-1", tmp_path / "cicg-hall-2"
    for home in (tower, cicg):
        assert _kiosk(home, "enroll", live.url, live.enroll_code(home.name)) == 0
        assert _kiosk(home, "sync", "--once") == 0
    both = live.code(FIRST)
    assert _kiosk(tower, "scan", both) == 0  # neither kiosk knows of the other's check-in
    assert _kiosk(cicg, "scan", both) == 0
    assert _kiosk(tower, "scan", live.code(FIRST + 1)) == 0
    for home in (tower, cicg, tower):
        assert _kiosk(home, "sync", "--once") == 0
    return tower, cicg


def test_the_fleet_page_shows_kiosks_arrivals_and_the_open_conflict(
    tmp_path: Path, live: LiveRegistry, browser: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    monkeypatch.setenv("KIOSK_SIMULATED_TIME", MONDAY)
    _two_kiosks_with_a_conflict(tmp_path, live)
    assert isinstance(browser, WebDriver)
    browser.get(f"{live.url}/fleet?token={live.admin_token}")
    assert browser.current_url == f"{live.url}/fleet"  # the token went into a cookie
    assert live.admin_token not in browser.page_source

    rows = {
        row.get_attribute("data-kiosk"): [
            cell.text for cell in row.find_elements(By.TAG_NAME, "td")
        ]
        for row in browser.find_elements(By.CSS_SELECTOR, "#kiosks tr[data-kiosk]")
    }
    assert set(rows) == {"itu-tower-1", "cicg-hall-2"}
    tower = rows["itu-tower-1"]
    served = f"kiosk registry · {live.url.removeprefix('http://')}"  # the registry it serves
    assert tower[1:4] == ["active", served, __version__]
    assert tower[4].endswith("s ago")  # last contact: seconds ago
    assert tower[6] == "0"  # outbox: everything reached the registry
    assert tower[7:10] == ["file:prints", "ok", "ok"]  # printer name, state, paper
    assert tower[10] == "2"
    assert rows["cicg-hall-2"][10] == "1"

    figures = browser.find_element(By.CSS_SELECTOR, "p.figures").text
    assert "arrivals: 2 of 30" in figures
    assert "check-ins: 3" in figures
    assert "open conflicts: 2" in figures  # two check-ins, and two badges both numbered 1
    conflicts = browser.find_elements(By.CSS_SELECTOR, "#conflicts tr")[1:]
    kinds = sorted(row.find_elements(By.TAG_NAME, "td")[2].text for row in conflicts)
    assert kinds == ["badge-version", "double-check-in"]
    assert all(str(FIRST) in row.text for row in conflicts)
    assert browser.find_element(By.CSS_SELECTOR, 'meta[http-equiv="refresh"]')

    _screenshot(browser, tmp_path / "fleet.png")


def _screenshot(browser: object, shot: Path) -> None:
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("KIOSK_SCREENSHOTS") == "1":
        shutil.copyfile(shot, SCREENSHOT)


def test_the_fleet_page_without_a_token_asks_to_sign_in(
    live: LiveRegistry, browser: object
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    browser.get(f"{live.url}/fleet")
    assert "kiosk-registry admin-token" in browser.find_element(By.TAG_NAME, "body").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#kiosks")
    browser.get(f"{live.url}/fleet?token=not-a-token")
    assert not browser.find_elements(By.CSS_SELECTOR, "#kiosks")
