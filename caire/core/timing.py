"""One record of every live training in this kernel, whatever the model: read by benchmarks/modules.py."""

from __future__ import annotations

#: Seconds spent in each live training of this kernel, in order.
TRAINING_SECONDS: list[float] = []


def record_training(seconds: float) -> float:
    """Note one training's duration (in seconds) and return it."""
    TRAINING_SECONDS.append(float(seconds))
    return float(seconds)
