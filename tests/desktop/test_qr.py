"""QR codes drawn from bytes: each decodes to exactly its text, a thousand in one process."""

from __future__ import annotations

import secrets
import sys

import zxingcpp
from PySide6.QtGui import QImage

from desktop import qr


def _decode(image: QImage) -> str:
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1
    return results[0].text


def test_qr_image_is_sharp_black_and_white_with_a_quiet_zone():
    url = "http://127.0.0.1:8765/m/" + secrets.token_urlsafe(32)
    modules = len(qr.qr_matrix(url))
    image = qr.qr_image(url, pixels_per_module=5)
    assert image.width() == image.height() == modules * 5
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), 7)
    }
    assert colours == {"#000000", "#ffffff"}
    # Quiet zone: the first four modules of every side are white.
    assert all(image.pixelColor(x, 2).name() == "#ffffff" for x in range(image.width()))
    assert _decode(image) == url


def test_a_thousand_codes_in_one_process_each_decode_to_its_own_text():
    none_before = sys.getrefcount(None)
    for i in range(1000):
        url = f"http://192.168.1.20:8765/m/{secrets.token_urlsafe(32)}"
        image = qr.qr_image_for_width(url, 260, 1.0 + (i % 3) * 0.5)
        if i % 50 == 0:  # decoding is the slow part: check a sample, draw them all
            assert _decode(image) == url
    # A binding that drops references to None (PySide6 6.12.0 on Python < 3.12) shows here
    # long before it aborts the process.
    assert abs(sys.getrefcount(None) - none_before) < 5000
