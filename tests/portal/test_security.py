"""Headers, throttling, body cap, error pages and logs: what protects the link's token."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from core.portal.middleware import redact_path
from tests.portal.helpers import (
    DECLINED_CARD,
    TestClient,
    assert_security_headers,
    card_fields,
    csrf_of,
    sepa_fields,
    submit,
    token_of,
)


def test_every_kind_of_response_carries_the_security_headers(client, services, customer, card_link):
    responses = {
        "form": client.get(card_link),
        "refusal": submit(client, card_link, **card_fields("4000000000000002")),
        "csrf": client.post(card_link, data=card_fields()),
        "unknown": client.get("/m/nope"),
        "no route": client.get("/nowhere"),
        "method": client.delete(card_link),
        "css": client.get("/static/portal.css"),
        "missing css": client.get("/static/missing.css"),
        "health": client.get("/healthz"),
        "favicon": client.get("/favicon.ico"),
        "too large": client.post(card_link, content=b"x" * 20_000),
        "success": submit(client, card_link, **card_fields()),
        "used": client.get(card_link),
    }
    expected = {
        "form": 200,
        "refusal": 422,
        "csrf": 403,
        "unknown": 404,
        "no route": 404,
        "method": 405,
        "css": 200,
        "missing css": 404,
        "health": 200,
        "favicon": 204,
        "too large": 413,
        "success": 200,
        "used": 410,
    }
    for name, response in responses.items():
        assert response.status_code == expected[name], name
        assert_security_headers(response)
    assert "server" not in responses["form"].headers


def test_grey_listed_and_throttled_pages_carry_the_headers(client, services, card_link):
    for _ in range(services.settings.greylist_threshold):
        submit(client, card_link, **card_fields(DECLINED_CARD))
    restricted = client.get(card_link)
    for _ in range(31):
        throttled = client.get("/m/guess")

    assert restricted.status_code == 403
    assert throttled.status_code == 429
    assert_security_headers(restricted)
    assert_security_headers(throttled)


def test_an_unexpected_error_gives_a_plain_500_page_with_the_headers(
    client, services, sepa_link, caplog
):
    # A real failure: the table the link lives in has gone.
    with services.engine.begin() as conn:
        conn.execute(text("ALTER TABLE payment_links RENAME TO payment_links_gone"))
    with caplog.at_level(logging.ERROR, logger="guichet.portal"):
        page = client.get(sepa_link)

    assert page.status_code == 500
    assert_security_headers(page)
    assert "Une erreur est survenue" in page.text or "Something went wrong" in page.text
    assert "Traceback" not in page.text and "payment_links" not in page.text
    assert any(r.name == "guichet.portal" and r.exc_info for r in caplog.records)
    assert all(token_of(sepa_link) not in r.getMessage() for r in caplog.records)


def test_more_than_30_unknown_links_in_a_minute_get_429_until_the_minute_is_over(
    client, sepa_link, fake_time
):
    for attempt in range(30):
        assert client.get(f"/m/guess-{attempt}").status_code == 404, attempt
        fake_time.advance(1)

    assert client.get("/m/guess-31").status_code == 429
    # Blocked for every link, or the answers would tell a guesser which tokens are real.
    assert client.get(sepa_link).status_code == 429
    assert client.post(sepa_link, data=sepa_fields()).status_code == 429
    assert client.get("/healthz").status_code == 200

    fake_time.advance(30)  # 60 s after the first unknown link
    assert client.get(sepa_link).status_code == 200
    assert client.get("/m/guess-again").status_code == 404


def test_the_throttle_page_speaks_the_browsers_language(client):
    for attempt in range(31):
        page = client.get(f"/m/g{attempt}", headers={"Accept-Language": "en"})

    assert page.status_code == 429
    assert "Too many attempts" in page.text


def test_known_links_do_not_count_towards_the_throttle(client, sepa_link, fake_time):
    for _ in range(40):
        assert client.get(sepa_link).status_code == 200
    assert client.get("/m/one-unknown").status_code == 404


def test_the_throttle_counts_per_client_address(app, services, fake_time):
    with (
        TestClient(app, client=("203.0.113.7", 5000)) as guesser,
        TestClient(app, client=("198.51.100.2", 5000)) as neighbour,
    ):
        for attempt in range(31):
            guesser.get(f"/m/guess-{attempt}")
        assert guesser.get("/m/guess").status_code == 429
        assert neighbour.get("/m/guess").status_code == 404


def test_the_throttle_memory_is_bounded():
    from core.portal.security import UnknownLinkThrottle

    now = [0.0]
    throttle = UnknownLinkThrottle(clock=lambda: now[0], max_clients=100)
    for n in range(1000):
        throttle.record_unknown(f"10.0.{n // 256}.{n % 256}")

    assert len(throttle) == 100


def test_a_body_over_16_kib_is_refused_with_413_and_nothing_counts(
    client, services, customer, card_link
):
    value = csrf_of(client.get(card_link).text)
    padding = "x" * (16 * 1024)

    declared = client.post(
        card_link, data={"csrf": value, **card_fields(DECLINED_CARD), "pad": padding}
    )

    def chunks():
        # No Content-Length: the bytes themselves must be counted.
        yield b"csrf=" + value.encode() + b"&card_number=4000000000000002&pad="
        for _ in range(20):
            yield b"y" * 1024

    chunked = client.post(
        card_link,
        content=chunks(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )

    assert declared.status_code == 413
    assert chunked.status_code == 413
    assert "Envoi trop volumineux" in declared.text or "Request too large" in declared.text
    assert services.customers.get(customer.reference).failed_attempts == 0


def test_a_file_upload_is_refused(client, card_link):
    value = csrf_of(client.get(card_link).text)

    page = client.post(
        card_link, data={"csrf": value, **card_fields()}, files={"f": ("a.txt", b"hello")}
    )

    assert page.status_code == 400


@pytest.mark.parametrize(
    "path, logged",
    [
        ("/m/abc", "/m/<redacted>"),
        ("/m/abc/def", "/m/<redacted>"),
        ("/m", "/m/<redacted>"),
        ("/healthz", "/healthz"),
        ("/static/portal.css", "/static/portal.css"),
    ],
)
def test_paths_are_redacted_before_logging(path, logged):
    assert redact_path(path) == logged


def test_no_log_record_holds_the_token(client, services, customer, sepa_link, caplog):
    token = token_of(sepa_link)
    with caplog.at_level(logging.DEBUG):
        client.get(sepa_link)
        submit(client, sepa_link, **sepa_fields(iban="FR7630006000011234567890180"))
        submit(client, sepa_link, **sepa_fields())
        client.get(sepa_link)
        client.post(sepa_link, content=b"x" * 20_000)

    # The test's own HTTP client (httpx) logs the URLs it requests; that is this test's
    # browser, not the server, so its records are left out.
    server_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    access = [r for r in server_records if r.name == "guichet.portal.access"]
    assert len(access) >= 6
    assert any("/m/<redacted>" in r.getMessage() and " 410 " in r.getMessage() for r in access)
    for record in server_records:
        assert token not in record.getMessage(), record.name
        assert token not in str(record.args)


def test_a_get_without_a_body_gets_the_headers_and_one_log_line_without_the_token(
    client, card_link, caplog
):
    assert client.get(card_link).status_code == 200  # the first visit, which writes
    caplog.clear()  # only what the later visits log
    with caplog.at_level(logging.INFO, logger="guichet.portal.access"):
        for _ in range(2):  # later visits, which only read
            page = client.get(card_link)
            assert page.status_code == 200
            assert_security_headers(page)
        head = client.head(card_link)
    assert_security_headers(head)
    access = [r.getMessage() for r in caplog.records if r.name == "guichet.portal.access"]
    assert len(access) == 3
    assert all('/m/<redacted>"' in line for line in access)
    assert [line.split('" ', 1)[1].split()[0] for line in access[:2]] == ["200", "200"]
    assert all(token_of(card_link) not in line for line in access)


def test_a_get_that_sends_a_body_over_16_kib_is_refused_with_413(client, card_link):
    page = client.request("GET", card_link, content=b"x" * (17 * 1024))

    assert page.status_code == 413
    assert_security_headers(page)
