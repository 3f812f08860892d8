"""Running the payment form: blocking for `guichet portal`, or in a thread beside the desk."""

from __future__ import annotations

import logging
import socket
import threading
import time
from dataclasses import dataclass, field

import h11
import uvicorn
from starlette.types import ASGIApp
from uvicorn.protocols.http.h11_impl import H11Protocol

from core.bootstrap import Services, open_services
from core.config import Settings
from core.portal.app import create_app
from core.portal.middleware import SECURITY_HEADERS, redact_path


class _GuardedH11Protocol(H11Protocol):
    """uvicorn answers a malformed request itself, before any app: give it our headers too."""

    def send_400_response(self, msg: str) -> None:
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers)))
        # The parser's own message is for us, not for the client: a fixed text.
        self.transport.write(self.conn.send(h11.Data(data=b"Bad request")))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()


class _RedactLinkPaths(logging.Filter):
    """Last line of defence: any uvicorn access record that still gets out loses the token."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_path(arg) if isinstance(arg, str) and arg.startswith("/m/") else arg
                for arg in record.args
            )
        return True


def _silence_uvicorn_access() -> None:
    """uvicorn's access line holds the request path, and so the link's token.

    ``access_log=False`` only empties that logger's handlers; a handler added later (by a
    log setup or a test harness) would bring the line back. Disable the logger and redact
    whatever still passes through it.
    """
    access = logging.getLogger("uvicorn.access")
    access.disabled = True
    access.propagate = False
    if not any(isinstance(f, _RedactLinkPaths) for f in access.filters):
        access.addFilter(_RedactLinkPaths())


def _config(app: ASGIApp, host: str, port: int, log_config: dict | None) -> uvicorn.Config:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=log_config,
        # uvicorn's own access log prints the request path, and the path holds the link's
        # token: it stays off everywhere; the portal writes its own redacted line instead.
        access_log=False,
        http=_GuardedH11Protocol,
        lifespan="off",
        server_header=False,
        # No reverse proxy is documented: trusting X-Forwarded-For would let any local client
        # pick the address the throttle counts against.
        proxy_headers=False,
        timeout_graceful_shutdown=5,
    )
    _silence_uvicorn_access()  # after Config, whose log setup runs in its constructor
    return config


def _log_config() -> dict:
    """Plain lines on stderr for `guichet portal`; the access line comes from guichet.portal."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            "guichet": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve the payment form until interrupted (Ctrl+C or SIGTERM shut it down cleanly)."""
    services = open_services(settings)
    try:
        uvicorn.Server(_config(create_app(services), host, port, _log_config())).run()
    finally:
        services.close()


@dataclass
class PortalHandle:
    """A payment form running in a background thread; ``stop()`` ends it and waits."""

    url: str
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _services: Services = field(repr=False)
    _socket: socket.socket = field(repr=False)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        self._socket.close()  # uvicorn closes it on shutdown; this covers a timed-out join
        self._services.close()


def start_in_thread(
    settings: Settings,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    startup_timeout: float = 10.0,
) -> PortalHandle:
    """Start the payment form in a daemon thread and return once it accepts connections.

    The socket is bound here, in the caller's thread, so a busy port raises ``OSError`` at
    once instead of killing the thread quietly; ``port=0`` picks a free port (see ``url``).
    No log configuration is touched: the desk owns it. uvicorn installs no signal handler
    outside the main thread, so the desk keeps its own.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    bound_port = sock.getsockname()[1]
    services = open_services(settings)
    server = uvicorn.Server(_config(create_app(services), host, bound_port, None))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="guichet-portal", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + startup_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(startup_timeout)
            sock.close()
            services.close()
            raise RuntimeError("the payment form did not start")
        time.sleep(0.02)
    url_host = f"[{host}]" if family == socket.AF_INET6 else host
    return PortalHandle(
        url=f"http://{url_host}:{bound_port}",
        _server=server,
        _thread=thread,
        _services=services,
        _socket=sock,
    )
