"""Module 12's data: the bundled handwritten digits as rows of 64 grey levels (:mod:`caire.core.digits`), the carbon
intensity of electricity in a few countries, and what papers published about the training of two large models."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.digits import load_digit_images
from caire.core.i18n import t
from caire.core.validation import one_of

#: Carbon intensity of electricity generation in 2023, grams of CO2-equivalent per kWh, rounded to 5 g
#: (life-cycle figures: building the plants and mining the fuel included). Ember, via Our World in Data.
GRIDS = {"sweden": 40, "france": 55, "germany": 380, "world": 480, "china": 580, "poland": 660, "india": 710}
GRID_YEAR = 2023
GRID_SOURCE = "https://ourworldindata.org/grapher/carbon-intensity-electricity"


@dataclass(frozen=True)
class Published:
    """What a paper reports about one large model's training."""

    name: str
    parameters_billion: float
    energy_mwh: float
    tonnes_co2e: float
    grid_g_per_kwh: float
    source: str


#: GPT-3 (175 billion parameters): about 1,287 MWh and 552 tCO2e, grid about 429 g/kWh (Patterson et al. 2021).
#: BLOOM (176 billion parameters): about 433 MWh and 25 tCO2e (24.7) for the final training on the French grid,
#: about 57 g/kWh (Luccioni et al. 2022; about 50 t with the manufacturing of the hardware and idle machines).
PUBLISHED = {
    "gpt3": Published("GPT-3", 175, 1287, 552, 429, "https://arxiv.org/abs/2104.10350"),
    "bloom": Published("BLOOM", 176, 433, 24.7, 57, "https://arxiv.org/abs/2211.02001"),
}


def check_grid(grid: object) -> str:
    """``grid`` if it is one of :data:`GRIDS`, else a ValueError naming ``grid``."""
    return one_of("grid", grid, tuple(GRIDS))


def grid_label(grid: object) -> str:
    """The name of a grid (a country, or the world average), in the learner's language."""
    return t(f"m12.grid.{check_grid(grid)}")


@cache
def digits() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The bundled digits as rows of 64 grey levels (0 to 1): training rows, their digits, unseen rows, digits."""
    data = load_digit_images()
    rows = [
        read_only(np.asarray(part.images, dtype=np.float64).reshape(len(part), -1)) for part in (data.train, data.test)
    ]
    return rows[0], data.train.labels, rows[1], data.test.labels
