"""The handwritten digits that ship with scikit-learn (1,797 images of 8 x 8 pixels), read without importing
scikit-learn, split once into the images to learn from and the unseen ones. Modules 05, 11 and 12 use them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only, stratified_split
from caire.core.validation import one_of, whole_number

#: Pixels on a side of a digit image.
SIDE = 8
#: Share of the images kept unseen, for the test.
TEST_SHARE = 0.3
#: Seed of the split.
SPLIT_SEED = 0


@dataclass(frozen=True)
class DigitImages:
    """Images (n x 8 x 8, grey levels from 0 = paper to 1 = full ink) and the digit each one shows."""

    images: np.ndarray
    labels: np.ndarray

    def __len__(self) -> int:
        return len(self.labels)

    def of_digit(self, digit: int) -> np.ndarray:
        """The images that show ``digit``."""
        digit = whole_number("digit", digit, 0, 9)
        return self.images[self.labels == digit]


@dataclass(frozen=True)
class DigitData:
    """The digit images, already split into the ones a model learns from and the ones it is tested on."""

    train: DigitImages
    test: DigitImages

    def split(self, name: str) -> DigitImages:
        """``"train"`` or ``"test"``: the images to learn from, or the unseen images."""
        return self.train if one_of("split", name, ("train", "test")) == "train" else self.test


def _digits_file():
    """scikit-learn's own copy of the digits (what ``load_digits`` reads), found without importing scikit-learn:
    ``import sklearn.datasets`` alone costs about 120 MB, which a kernel with torch cannot spare."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("sklearn")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "datasets" / "data" / "digits.csv.gz"
        if path.is_file():
            return path
    return None


def read_digits() -> tuple[np.ndarray, np.ndarray]:
    """All 1,797 images (grey levels 0..16) and their digits, in scikit-learn's order."""
    path = _digits_file()
    if path is None:  # another layout of scikit-learn: ask it (slower, heavier)
        from sklearn.datasets import load_digits

        bunch = load_digits()
        return bunch.images, bunch.target
    table = np.loadtxt(path, delimiter=",")
    return table[:, :-1].reshape(-1, SIDE, SIDE), table[:, -1].astype(np.int64)


@cache
def load_digit_images() -> DigitData:
    """The bundled digits (grey levels from 0 to 1), split 70/30 with the same mix of digits in both parts."""
    grey_levels, labels = read_digits()
    images = (grey_levels / 16.0).astype(np.float32)
    train, test = stratified_split(labels, TEST_SHARE, SPLIT_SEED)
    return DigitData(
        DigitImages(read_only(images[train]), read_only(labels[train])),
        DigitImages(read_only(images[test]), read_only(labels[test])),
    )
