"""The wines of module 01, split once into the wines to learn from and the unseen wines; nothing is downloaded.

178 wines from three grape cultivars grown in the same region of Italy,
with 13 measurements from a chemical analysis each. Bundled with scikit-learn
(``sklearn.datasets.load_wine``); originally the UCI "Wine" data set, from M. Forina et al.,
PARVUS (1988), https://archive.ics.uci.edu/dataset/109/wine
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pandas as pd

from caire.core.i18n import t

#: Share of wines set aside, never used to write rules or train, to measure on "new" wines.
TEST_SHARE = 0.3
#: The 13 measurements of each wine, as named in our tables.
WINE_MEASUREMENTS = (
    "alcohol",
    "malic_acid",
    "ash",
    "alcalinity_of_ash",
    "magnesium",
    "total_phenols",
    "flavanoids",
    "nonflavanoid_phenols",
    "proanthocyanins",
    "color_intensity",
    "hue",
    "od280_od315",
    "proline",
)
#: Fixed so that every learner, test and check sees the same split.
SPLIT_SEED = 0


@dataclass(frozen=True)
class Split:
    """Measurements (one row per wine) and the cultivar of each wine (0, 1 or 2)."""

    X: pd.DataFrame
    y: pd.Series

    def __len__(self) -> int:
        return len(self.y)


@dataclass(frozen=True)
class WineData:
    """The wine data, already split into the wines we learn from and the wines we test on."""

    train: Split
    test: Split

    @property
    def measurements(self) -> list[str]:
        """Column names of the 13 chemical measurements."""
        return list(self.train.X.columns)

    def split(self, name: str) -> Split:
        """``"train"`` or ``"test"``: the wines to learn from, or the unseen wines."""
        if name not in ("train", "test"):
            raise ValueError(f"split must be 'train' or 'test'; got {name!r}")
        return self.train if name == "train" else self.test


@cache
def load_wines() -> WineData:
    """The bundled wine data, split 70/30 with the same cultivar mix in both parts (fixed seed)."""
    from sklearn.datasets import load_wine
    from sklearn.model_selection import train_test_split

    bunch = load_wine(as_frame=True)
    X = bunch.data.rename(columns={"od280/od315_of_diluted_wines": "od280_od315"})
    y = bunch.target.rename("cultivar")
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=TEST_SHARE, random_state=SPLIT_SEED, stratify=y)
    return WineData(train=Split(X_train, y_train), test=Split(X_test, y_test))


def measurement_label(name: str, language: str | None = None) -> str:
    """How a measurement column is called in the learner's language (e.g. "color_intensity")."""
    return t(f"m01.measurement.{name}", language)


def cultivar_label(cultivar: int, language: str | None = None) -> str:
    """The display name of cultivar 0, 1 or 2."""
    if cultivar not in (0, 1, 2):
        raise ValueError(f"cultivar must be 0, 1 or 2; got {cultivar!r}")
    return t("m01.cultivar", language, number=int(cultivar))
