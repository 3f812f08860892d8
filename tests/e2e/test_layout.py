"""The pages fit a phone (390×844) and a desktop (1280×800) in both languages.

Set GUICHET_PORTAL_SHOTS to a directory to keep a screenshot of each page for a human look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from core.bootstrap import open_services
from core.config import Settings
from core.dto import CustomerInput
from core.portal.server import start_in_thread

pytestmark = pytest.mark.e2e

SIZES = ((390, 844), (1280, 800))
SHOTS = os.environ.get("GUICHET_PORTAL_SHOTS")


@pytest.fixture
def site(tmp_path):
    """A portal in a thread over a database with one French and one English customer."""
    settings = Settings(
        database=str(tmp_path / "layout.sqlite3"),
        business_name="Club Sportif Lyon Confluence",
        creditor_id="FR72ZZZ123456",
        operator="layout",
    )
    services = open_services(settings)
    services.customers.create(
        CustomerInput(name="Élodie Martin", email="e@example.fr", reference="C-FR", language="fr")
    )
    services.customers.create(
        CustomerInput(name="James O'Connor", email="j@example.com", reference="C-EN", language="en")
    )
    handle = start_in_thread(settings, port=0)
    try:
        yield handle.url, services
    finally:
        handle.stop()
        services.close()


def _page_fits(browser, name: str, width: int, height: int) -> None:
    browser.set_window_size(width, height)
    viewport = browser.execute_script("return document.documentElement.clientWidth")
    scroll = browser.execute_script("return document.documentElement.scrollWidth")
    assert scroll <= viewport, f"{name} scrolls sideways at {width}px"
    css_loaded = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert css_loaded != "rgba(0, 0, 0, 0)", "the stylesheet did not load"
    for button in browser.find_elements(By.CSS_SELECTOR, "button[type=submit]"):
        box = button.rect
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport, f"{name}: button cut off"
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        full = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(width, max(height, full + 140))
        browser.save_screenshot(str(Path(SHOTS) / f"{name}-{width}x{height}.png"))
        browser.set_window_size(width, height)


@pytest.mark.parametrize("reference, lang", [("C-FR", "fr"), ("C-EN", "en")])
def test_forms_and_error_pages_fit_phone_and_desktop(site, browser, reference, lang):
    base, services = site

    def open_link(method: str) -> str:
        url = services.payments.create_link(reference, method).url
        return base + "/m/" + url.split("/m/", 1)[1]

    sepa = open_link("sepa_debit")
    browser.get(sepa)
    for width, height in SIZES:
        _page_fits(browser, f"sepa-{lang}", width, height)
    card = open_link("card")  # revokes the SEPA link: its page becomes an error page
    browser.get(card)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang
    for width, height in SIZES:
        _page_fits(browser, f"card-{lang}", width, height)
    browser.get(sepa)
    assert "410" in browser.find_element(By.CLASS_NAME, "status-code").text
    for width, height in SIZES:
        _page_fits(browser, f"revoked-{lang}", width, height)
