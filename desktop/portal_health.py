"""Whether the payment form answers at portal_url: asked every few seconds, never blocking the window."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

if TYPE_CHECKING:
    # Qt's network module is loaded with the first question, not with the window.
    from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply

CHECK_INTERVAL_MS = 5000
# The first question waits until the window is up and idle: a start does not need the answer.
FIRST_CHECK_MS = 500
# A host that does not answer at all (a firewall dropping packets) gives up after this.
ANSWER_TIMEOUT_MS = 2500


class PortalState(StrEnum):
    CHECKING = "checking"  # no answer yet since the desk started
    ANSWERING = "answering"
    NOT_ANSWERING = "not_answering"


def health_url(portal_url: str) -> str:
    return portal_url.rstrip("/") + "/healthz"


class PortalHealth(QObject):
    """Asks ``portal_url``/healthz through Qt's own asynchronous network stack.

    One question at a time; ``changed`` is emitted when the answer differs from the last
    one. The form answers 200 only when it can read its database.
    """

    changed = Signal(str)  # a PortalState

    def __init__(self, portal_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.portal_url = portal_url
        self._state = PortalState.CHECKING
        self._reply: QNetworkReply | None = None
        self._network: QNetworkAccessManager | None = None
        self.checkTimer = QTimer(self)
        self.checkTimer.setObjectName("portalCheckTimer")
        self.checkTimer.setInterval(CHECK_INTERVAL_MS)
        self.checkTimer.timeout.connect(self.check)
        self._stopped = False

    def state(self) -> PortalState:
        return self._state

    def answering(self) -> bool | None:
        """True or False once the form has been asked; None until its first answer."""
        if self._state is PortalState.CHECKING:
            return None
        return self._state is PortalState.ANSWERING

    def start(self) -> None:
        self._stopped = False
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)
        self.checkTimer.start()

    def stop(self) -> None:
        self._stopped = True
        self.checkTimer.stop()
        if self._reply is not None:
            reply, self._reply = self._reply, None
            reply.abort()
            reply.deleteLater()

    def check(self) -> None:
        """Ask now, unless a question is still waiting for its answer."""
        if self._reply is not None or self._stopped:
            return
        url = QUrl(health_url(self.portal_url))
        if not url.isValid() or url.scheme() not in ("http", "https"):
            self._set(PortalState.NOT_ANSWERING)
            return
        from PySide6.QtNetwork import QNetworkAccessManager, QNetworkRequest

        if self._network is None:
            self._network = QNetworkAccessManager(self)
        request = QNetworkRequest(url)
        request.setTransferTimeout(ANSWER_TIMEOUT_MS)
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute,
            QNetworkRequest.CacheLoadControl.AlwaysNetwork,
        )
        reply = self._network.get(request)
        self._reply = reply
        reply.finished.connect(lambda: self._on_reply_finished(reply))

    def _on_reply_finished(self, reply: QNetworkReply) -> None:
        if reply is not self._reply:
            return  # stopped meanwhile
        self._reply = None
        from PySide6.QtNetwork import QNetworkReply, QNetworkRequest

        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        ok = reply.error() == QNetworkReply.NetworkError.NoError and status == 200
        reply.deleteLater()
        self._set(PortalState.ANSWERING if ok else PortalState.NOT_ANSWERING)

    def _set(self, state: PortalState) -> None:
        if state is self._state:
            return
        self._state = state
        self.changed.emit(str(state))
