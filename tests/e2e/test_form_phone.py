"""The form on a 390px phone in Chromium: every error at once, the whole IBAN in its box.

Set GUICHET_PORTAL_SHOTS to a directory to keep a full-page screenshot of each form with
all its errors shown, in French and English, for a human look.
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
from tests.e2e.test_payment_form import _fill, _submit_and_wait

pytestmark = pytest.mark.e2e

SHOTS = os.environ.get("GUICHET_PORTAL_SHOTS")
PHONE = (390, 844)
# The longest IBAN there is (34 characters), grouped by four as banks print it.
LONGEST_IBAN = "LC14 BOSL 1234 5678 9012 3456 7890 1234 56"
CUSTOMERS = {
    "fr": CustomerInput(
        name="Élodie Martin", email="e@example.fr", reference="C-FR", language="fr",
        address_line1="12 rue de la République", postal_code="69002", city="Lyon", country="FR",
    ),
    "en": CustomerInput(
        name="James O'Connor", email="j@example.com", reference="C-EN", language="en",
        address_line1="1 Harbourside", postal_code="BS1 4DJ", city="Bristol", country="GB",
    ),
}  # fmt: skip


@pytest.fixture
def site(tmp_path):
    """A portal in a thread; a French customer in Lyon and a British one in Bristol."""
    settings = Settings(
        database=str(tmp_path / "phone.sqlite3"),
        business_name="Club Sportif Lyon Confluence",
        creditor_id="FR72ZZZ123456",
        operator="phone",
        business_address="8 rue des Acacias\n69003 Lyon",
        business_email="accueil@club-demo.example",
        business_phone="04 78 00 00 00",
    )
    services = open_services(settings)
    for customer in CUSTOMERS.values():
        services.customers.create(customer)
    handle = start_in_thread(settings, port=0)
    try:
        yield handle.url, services
    finally:
        handle.stop()
        services.close()


def _open(site, lang: str, method: str) -> str:
    base, services = site
    url = services.payments.create_link(CUSTOMERS[lang].reference, method).url
    return base + "/m/" + url.split("/m/", 1)[1]


def _shown_problems(browser) -> set[str]:
    """The fields whose message a person sees on the page."""
    return {
        element.get_attribute("id").removesuffix("-problem")
        for element in browser.find_elements(By.CSS_SELECTOR, ".problem")
        if element.is_displayed()
    }


def _keep_shot(browser, name: str) -> None:
    if not SHOTS:
        return
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    metrics = {"width": PHONE[0], "height": PHONE[1], "deviceScaleFactor": 1, "mobile": True}
    try:
        # As a phone lays it out, then as tall as the page so the shot holds all of it.
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        metrics["height"] = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
        browser.save_screenshot(str(Path(SHOTS) / f"{name}.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_empty_mandate_form_says_every_missing_field_at_once(site, browser, lang):
    browser.set_window_size(*PHONE)
    browser.get(_open(site, lang, "sepa_debit"))

    # The browser does not stop at the first empty field: the page answers for all of them.
    _submit_and_wait(browser)

    assert _shown_problems(browser) == {"holder", "iban", "consent"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_mandate_form_with_every_field_wrong_shows_every_error(site, browser, lang):
    browser.set_window_size(*PHONE)
    browser.get(_open(site, lang, "sepa_debit"))
    _fill(browser, iban="FR76 3000 6000 0112 3456 7890 180", bic="XX")

    _submit_and_wait(browser)

    assert _shown_problems(browser) == {"holder", "iban", "bic", "consent"}
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    _keep_shot(browser, f"sepa-all-errors-{lang}-390")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_card_form_with_every_field_wrong_shows_every_error(site, browser, lang):
    browser.set_window_size(*PHONE)
    browser.get(_open(site, lang, "card"))
    _fill(browser, card_number="4242 4242 4242 4241", exp_month="01", exp_year="20", cvc="1")

    _submit_and_wait(browser)

    # The expiry's error no longer hides the CVC's.
    assert _shown_problems(browser) == {"holder", "card_number", "expiry", "cvc"}
    width = browser.execute_script("return document.documentElement.clientWidth")
    assert browser.execute_script("return document.documentElement.scrollWidth") <= width
    _keep_shot(browser, f"card-all-errors-{lang}-390")


def test_a_bic_of_another_country_is_named_next_to_the_bic(site, browser):
    browser.set_window_size(*PHONE)
    browser.get(_open(site, "en", "sepa_debit"))
    _fill(browser, holder="James O'Connor", iban="GB29 NWBK 6016 1331 9268 19", bic="DEUTDEFF")
    browser.find_element(By.NAME, "consent").click()

    _submit_and_wait(browser)

    assert browser.find_element(By.ID, "bic-problem").text == (
        "DEUTDEFF is a bank in Germany, not in United Kingdom: check the BIC, or leave it empty."
    )
    _keep_shot(browser, "sepa-bic-other-country-en-390")


def test_the_longest_iban_shows_whole_on_a_phone(site, browser):
    browser.set_window_size(*PHONE)
    browser.get(_open(site, "fr", "sepa_debit"))
    box = browser.find_element(By.NAME, "iban")

    box.send_keys(LONGEST_IBAN)

    fits = browser.execute_script(
        "const e = arguments[0];"
        "return [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight];",
        box,
    )
    scroll_width, client_width, scroll_height, client_height = fits
    assert scroll_width <= client_width, f"the IBAN is cut sideways: {fits}"
    assert scroll_height <= client_height, f"the IBAN's last group is hidden: {fits}"
    assert box.get_attribute("value") == LONGEST_IBAN


@pytest.mark.parametrize(("lang", "prefix"), [("en", "GB29 NWBK"), ("fr", "FR14 2004")])
def test_the_example_iban_is_of_the_customer_s_country(site, browser, lang, prefix):
    browser.get(_open(site, lang, "sepa_debit"))

    assert browser.find_element(By.NAME, "iban").get_attribute("placeholder").startswith(prefix)


def test_an_error_page_gives_links_to_write_or_call_the_business(site, browser):
    link = _open(site, "en", "card")
    _open(site, "en", "sepa_debit")  # revokes the card link
    browser.set_window_size(*PHONE)

    browser.get(link)

    mail = browser.find_element(By.CSS_SELECTOR, ".contact a[href^='mailto:']")
    call = browser.find_element(By.CSS_SELECTOR, ".contact a[href^='tel:']")
    assert mail.is_displayed() and mail.text == "accueil@club-demo.example"
    assert call.is_displayed() and call.get_attribute("href") == "tel:+33478000000"
    assert "Club Sportif Lyon Confluence" in browser.find_element(By.ID, "contact-heading").text
    _keep_shot(browser, "revoked-en-390")
