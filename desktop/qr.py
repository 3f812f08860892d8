"""Crisp QR codes as QImages: whole pixels per module, a 4-module quiet zone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

QUIET_ZONE = 4
_DARK, _LIGHT = b"\x00", b"\xff"


def qr_matrix(text: str) -> list[list[bool]]:
    """Modules of the QR for exactly ``text``, quiet zone included."""
    import qrcode  # when a code is drawn, not when the desk starts

    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE, box_size=1
    )
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def matrix_image(matrix: list[list[bool]], *, pixels_per_module: int) -> QImage:
    """A black-on-white image of ``matrix``, scaled by an integer factor.

    The image is built from one bytes buffer, not one call per module: fewer calls into
    the Qt binding, and no per-pixel work in Python.
    """
    size = len(matrix)
    # Rows of a Grayscale8 QImage are padded to 32-bit boundaries.
    stride = (size + 3) & ~3
    pad = b"\xff" * (stride - size)
    data = b"".join(b"".join(_DARK if dark else _LIGHT for dark in row) + pad for row in matrix)
    # copy(): the image then owns its pixels, so ``data`` may go away after this.
    small = QImage(data, size, size, stride, QImage.Format.Format_Grayscale8).copy()
    scale = max(1, int(pixels_per_module))
    return small.scaled(
        size * scale,
        size * scale,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


def qr_image(text: str, *, pixels_per_module: int) -> QImage:
    """A black-on-white QImage scaled by an integer factor, so every module stays sharp."""
    return matrix_image(qr_matrix(text), pixels_per_module=pixels_per_module)


def qr_image_for_width(text: str, logical_width: int, device_pixel_ratio: float) -> QImage:
    """The largest integer scaling that fits ``logical_width``, sharp on high-DPI screens."""
    return matrix_image_for_width(qr_matrix(text), logical_width, device_pixel_ratio)


def matrix_image_for_width(
    matrix: list[list[bool]], logical_width: int, device_pixel_ratio: float
) -> QImage:
    """``qr_image_for_width`` for a matrix already computed (a new screen, the same code)."""
    physical = int(logical_width * device_pixel_ratio)
    image = matrix_image(matrix, pixels_per_module=max(1, physical // len(matrix)))
    image.setDevicePixelRatio(device_pixel_ratio)
    return image
