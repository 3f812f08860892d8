"""Crisp QR codes as QImages: whole pixels per module, a 4-module quiet zone."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

QUIET_ZONE = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """Modules of the QR for exactly ``text``, quiet zone included."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1
    )
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, *, pixels_per_module: int) -> QImage:
    """A black-on-white QImage scaled by an integer factor, so every module stays sharp."""
    matrix = qr_matrix(text)
    size = len(matrix)
    small = QImage(size, size, QImage.Format.Format_RGB32)
    small.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                small.setPixel(x, y, black)
    scale = max(1, int(pixels_per_module))
    return small.scaled(
        size * scale,
        size * scale,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def qr_image_for_width(text: str, logical_width: int, device_pixel_ratio: float) -> QImage:
    """The largest integer scaling that fits ``logical_width``, sharp on high-DPI screens."""
    modules = len(qr_matrix(text))
    physical = int(logical_width * device_pixel_ratio)
    image = qr_image(text, pixels_per_module=max(1, physical // modules))
    image.setDevicePixelRatio(device_pixel_ratio)
    return image
