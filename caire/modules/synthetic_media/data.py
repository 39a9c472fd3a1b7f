"""Module 14's data: the bundled 8 x 8 digit images (caire.core.digits), as rows of 64 grey levels, and one larger
image made of 64 of them, the image the lesson hides a watermark in."""

from __future__ import annotations

from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.digits import SIDE, load_digit_images

#: Pixels in one digit image.
PIXELS = SIDE * SIDE
#: Digits on a side of the mosaic (8 x 8 digits of 8 x 8 pixels: a 64 x 64 image).
MOSAIC_DIGITS = 8
#: Grey levels of the mosaic run from PAPER (light) to INK (dark) on a 0..1 scale, never at the ends: a photo rarely
#: has pure black or pure white, and a watermark needs room to move each pixel up or down.
PAPER, INK = 0.1, 0.9


@cache
def digit_rows(split: str = "train") -> np.ndarray:
    """The real digit images of ``split`` ("train" or "test"), one row of 64 grey levels (0..1) each, locked."""
    images = load_digit_images().split(split).images
    return read_only(np.asarray(images, dtype=np.float32).reshape(len(images), PIXELS))


@cache
def mosaic() -> np.ndarray:
    """A 64 x 64 image: the first 64 unseen digits side by side, grey levels from PAPER to INK (locked)."""
    tiles = np.asarray(load_digit_images().test.images[: MOSAIC_DIGITS**2], dtype=np.float64)
    size = MOSAIC_DIGITS * SIDE
    image = tiles.reshape(MOSAIC_DIGITS, MOSAIC_DIGITS, SIDE, SIDE).transpose(0, 2, 1, 3).reshape(size, size)
    return read_only(PAPER + (INK - PAPER) * image)
