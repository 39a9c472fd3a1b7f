"""Helpers for the data every module builds: a stratified split, locked arrays."""

from __future__ import annotations

import numpy as np

from caire.core.validation import real_number


def read_only(array: np.ndarray) -> np.ndarray:
    """The array, locked: the data and scores every check relies on cannot be changed by mistake in a notebook."""
    array.setflags(write=False)
    return array


def stratified_split(labels, test_share: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Row numbers of the rows to learn from and of the unseen ones (both sorted): ``test_share`` of all rows
    (rounded up) set aside, each label in the same proportion in both parts (largest remainders first), drawn
    with a fixed ``seed``."""
    labels = np.asarray(labels)
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer) or (labels < 0).any():
        raise ValueError("labels must be a list of whole numbers from 0 up, one per row")
    share = real_number("test_share", test_share)
    if not 0 < share < 1:
        raise ValueError(f"test_share must be between 0 and 1; got {test_share!r}")
    rng = np.random.default_rng(seed)
    counts = np.bincount(labels)
    wanted = counts * share
    taken = np.floor(wanted).astype(int)
    missing = int(np.ceil(len(labels) * share)) - taken.sum()
    taken[np.argsort(-(wanted - taken), kind="stable")[:missing]] += 1
    rows = [rng.permutation(np.flatnonzero(labels == label))[:count] for label, count in enumerate(taken)]
    is_test = np.zeros(len(labels), dtype=bool)
    is_test[np.concatenate(rows)] = True
    return np.flatnonzero(~is_test), np.flatnonzero(is_test)
