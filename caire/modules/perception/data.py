"""Module 05's data: the handwritten digits, the drawings a learner makes, and the same images made harder.

Data: the "Optical Recognition of Handwritten Digits" data set (E. Alpaydin and C. Kaynak, 1998,
UCI Machine Learning Repository, https://archive.ics.uci.edu/dataset/80), as bundled with scikit-learn and read by
:func:`caire.core.digits.load_digit_images`: 1,797 images of 8x8 pixels, each pixel a grey level from 0 (white
paper) to 1 (full ink), split 70/30 into 1,257 training images and 540 unseen ones. They are the UCI test part,
written by 13 people. Nothing is downloaded. The arrays are read-only: copy one before changing it.

A drawing is 8 lines of 8 characters, ``#`` for ink and ``.`` for paper (:func:`as_drawing`, :func:`drawing_text`);
the unseen images are made harder by noise, a tilt or a shift (:func:`transform`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.digits import SIDE, load_digit_images
from caire.core.validation import one_of, real_number, whole_number

#: The ten classes.
DIGITS = tuple(range(10))
#: The ways test images are made harder, and the range of each amount (low, high, slider step):
#: noise = standard deviation of random grey added to every pixel (1 = a full ink level);
#: rotate = degrees, anticlockwise; shift = pixels to the right.
TRANSFORMS = ("noise", "rotate", "shift")
TRANSFORM_RANGES = {"noise": (0.0, 1.0, 0.05), "rotate": (-90.0, 90.0, 5.0), "shift": (-3.0, 3.0, 0.5)}
#: A 7 the way many people write it, without a bar across: this network misreads it (assignment 05 starts here).
UNCROSSED_SEVEN = (".######.", "......#.", ".....#..", "....#...", "...#....", "...#....", "..#.....", "..#.....")
#: Characters a drawing written as text may use, for ink and for blank paper.
INK = "#Xx1@█"
BLANK = ". 0_-·"
#: A blank page, as a drawing.
BLANK_PAGE = ("." * SIDE,) * SIDE


def test_image(index: int) -> tuple[np.ndarray, int]:
    """Unseen image number ``index`` (0 to 539) and the digit it shows."""
    test = load_digit_images().test
    index = whole_number("index", index, 0, len(test) - 1)
    return test.images[index], int(test.labels[index])


def as_images(images: object, name: str = "images") -> np.ndarray:
    """``images`` as a float32 array of shape (n, 8, 8) with values from 0 to 1; one 8x8 image counts as n = 1."""
    if isinstance(images, (str, bytes)) or images is None:
        raise TypeError(f"{name} must be an 8x8 image or a stack of them (numbers from 0 to 1); got {images!r}")
    try:
        array = np.asarray(images, dtype=np.float32)
    except (TypeError, ValueError) as problem:
        raise TypeError(f"{name} must hold numbers from 0 to 1 in rows of 8; got {type(images).__name__}") from problem
    if array.ndim == 2:
        array = array[None]
    if array.ndim != 3 or array.shape[1:] != (SIDE, SIDE) or len(array) == 0:
        raise ValueError(f"{name} must be 8 x 8 pixels (or a stack of 8 x 8 images); got shape {np.shape(images)}")
    if not np.isfinite(array).all() or array.min() < 0 or array.max() > 1:
        raise ValueError(f"{name} must hold grey levels from 0 (paper) to 1 (full ink)")
    return array


# --- drawings --------------------------------------------------------------------------------------------


def as_drawing(drawing: object, name: str = "drawing") -> np.ndarray:
    """A learner's drawing as an 8x8 image (0 = paper, 1 = ink).

    A drawing is 8 lines of text of 8 characters each, ``#`` for ink and ``.`` for paper, e.g.
    ``["..####..", ...]``; or 8 rows of 8 numbers from 0 to 1 (or True/False).
    """
    if isinstance(drawing, str):
        drawing = drawing.strip("\n").split("\n")
    if isinstance(drawing, np.ndarray):
        return _one_grid(drawing, name)
    if not isinstance(drawing, Sequence):
        raise TypeError(f'{name} must be 8 lines of text such as "..####.."; got {type(drawing).__name__} {drawing!r}')
    texts = [isinstance(row, str) for row in drawing]
    if drawing and not any(texts):
        return _one_grid(drawing, name)
    if not all(texts):
        raise TypeError(f"{name} must be 8 lines of text, or 8 rows of numbers, not a mix of both")
    if len(drawing) != SIDE:
        raise ValueError(f"{name} must have 8 lines (rows of squares); got {len(drawing)}")
    grid = np.zeros((SIDE, SIDE), dtype=np.float32)
    for row, line in enumerate(drawing):
        if len(line) != SIDE:
            raise ValueError(f"{name}: line {row + 1} must have 8 squares; it has {len(line)}: {line!r}")
        for column, character in enumerate(line):
            if character in INK:
                grid[row, column] = 1.0
            elif character not in BLANK:
                raise ValueError(
                    f"{name}: line {row + 1}, square {column + 1} is {character!r}; use # for ink and . for paper"
                )
    return grid


def _one_grid(rows: object, name: str) -> np.ndarray:
    grid = as_images(rows, name)
    if len(grid) != 1:
        raise ValueError(f"{name} must be one drawing of 8 rows of 8 squares; got shape {np.shape(rows)}")
    return grid[0]


def drawing_text(image: object, name: str = "image") -> list[str]:
    """An 8x8 image written as 8 lines of ``#`` (ink, grey level at least 0.5) and ``.`` (paper)."""
    grid = as_images(image, name)
    if len(grid) != 1:
        raise ValueError(f"{name} must be one 8x8 image; got {len(grid)}")
    return ["".join("#" if value >= 0.5 else "." for value in row) for row in grid[0]]


# --- harder images: noise, tilt, shift -------------------------------------------------------------------


def check_amount(kind: str, amount: object) -> float:
    """``amount`` as a number within the range of ``kind`` (see TRANSFORM_RANGES), or an error naming it."""
    kind = one_of("kind", kind, TRANSFORMS)
    low, high, _ = TRANSFORM_RANGES[kind]
    value = real_number("amount", amount)
    if kind == "rotate":
        low, high = -180.0, 180.0
    if not low <= value <= high:
        raise ValueError(f"amount must be between {low:g} and {high:g} for {kind}; got {value:g}")
    return value


@cache
def noise_pattern(count: int, seed: int) -> np.ndarray:
    """``count`` 8x8 grids of standard normal noise, the same for the same ``seed`` (read-only)."""
    return read_only(np.random.default_rng(seed).standard_normal((count, SIDE, SIDE)).astype(np.float32))


def transform(images: object, kind: str, amount: object, seed: int = 0) -> np.ndarray:
    """The images made harder: ``noise`` (random grey, amount = its spread), ``rotate`` (degrees,
    anticlockwise) or ``shift`` (pixels to the right). Grey levels stay between 0 and 1."""
    from scipy import ndimage

    stack = as_images(images)
    amount = check_amount(kind, amount)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if kind == "noise":
        changed = stack + amount * noise_pattern(len(stack), seed)
    elif kind == "rotate":
        changed = ndimage.rotate(stack, amount, axes=(2, 1), reshape=False, order=1, mode="constant", cval=0.0)
    else:
        changed = ndimage.shift(stack, (0, 0, amount), order=1, mode="constant", cval=0.0)
    return np.clip(changed, 0.0, 1.0).astype(np.float32)


def amounts_of(kind: str) -> np.ndarray:
    """The amounts a slider for ``kind`` offers, from 0 (the images as they are) up."""
    kind = one_of("kind", kind, TRANSFORMS)
    low, high, step = TRANSFORM_RANGES[kind]
    return np.round(np.arange(0.0, high + step / 2, step), 6)
