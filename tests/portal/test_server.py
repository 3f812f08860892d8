"""The portal on a real socket: starting beside the desk, stopping, and its real log lines."""

from __future__ import annotations

import logging
import signal
import socket
import threading

import httpx
import pytest

from core.bootstrap import open_services
from core.portal.server import start_in_thread
from tests.conftest import customer_input
from tests.portal.helpers import assert_security_headers, csrf_of, link_path, sepa_fields, token_of


@pytest.fixture
def live(settings):
    """Services on the real clock, like the portal's own: links must not look expired to it."""
    services = open_services(settings)
    yield services
    services.close()


@pytest.fixture
def live_link(live) -> str:
    customer = live.customers.create(customer_input(reference="CUST-000123"))
    return link_path(live.payments.create_link(customer.reference, "sepa_debit").url)


@pytest.fixture
def portal(settings):
    handle = start_in_thread(settings, port=0)
    yield handle
    handle.stop()


def test_the_portal_serves_a_link_over_real_http(portal, live, live_link):
    path = live_link

    with httpx.Client(base_url=portal.url) as http:
        form = http.get(path)
        done = http.post(path, data={"csrf": csrf_of(form.text), **sepa_fields()})
        health = http.get("/healthz")

    assert form.status_code == 200 and done.status_code == 200 and health.status_code == 200
    assert_security_headers(form)
    assert "server" not in form.headers
    assert live.customers.get("CUST-000123").payment_method.method == "sepa_debit"


def test_stop_shuts_down_and_frees_the_port(settings):
    handle = start_in_thread(settings, port=0)
    port = int(handle.url.rsplit(":", 1)[1])
    assert handle.running

    handle.stop()

    assert not handle.running
    assert not any(t.name == "guichet-portal" and t.is_alive() for t in threading.enumerate())
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", port))  # free again


def test_a_busy_port_raises_in_the_caller(settings):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]

        with pytest.raises(OSError):
            start_in_thread(settings, port=port)


def test_starting_in_a_thread_leaves_the_callers_signal_handlers_alone(settings):
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)

    handle = start_in_thread(settings, port=0)
    try:
        during = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    finally:
        handle.stop()

    assert during == before


def test_the_real_server_logs_no_token(portal, live_link, caplog):
    path = live_link
    token = token_of(path)

    with caplog.at_level(logging.DEBUG), httpx.Client(base_url=portal.url) as http:
        http.get(path)
        http.post(path, data={"csrf": "stale", **sepa_fields()})
        http.get("/m/unknown-token")

    # httpx (the test's browser) logs the URLs it requests; the server's records must not.
    server = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    access = [r.getMessage() for r in server if r.name == "guichet.portal.access"]
    assert len(access) == 3
    assert all("/m/<redacted>" in line for line in access)
    assert not [r for r in server if r.name == "uvicorn.access"]
    for record in server:
        assert token not in record.getMessage()


def test_a_malformed_request_answered_by_the_server_itself_has_the_security_headers(portal):
    host, port = portal.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        raw.sendall(b"NOT A REQUEST\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    head = answer.split(b"\r\n\r\n", 1)[0].decode("latin-1").lower()
    assert head.startswith("http/1.1 400")
    for header in (
        "referrer-policy: no-referrer",
        "cache-control: no-store",
        "x-content-type-options: nosniff",
        "x-frame-options: deny",
    ):
        assert header in head
