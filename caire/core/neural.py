"""Small neural networks (PyTorch, CPU, one thread) trained live, with a callback for progress and live plots.

Only modules that need a neural network import this file: ``import torch`` alone costs about
1 s and 285 MB, so ``caire`` never imports it elsewhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, whole_number

ACTIVATIONS = ("relu", "tanh", "sigmoid")


def load_torch():
    """PyTorch, imported when first needed (a kernel without it stays about 280 MB smaller), on one thread."""
    import torch

    # Small networks train fastest on one thread, and a classroom server shares its cores.
    torch.set_num_threads(1)
    return torch


def make_network(n_inputs: int, n_classes: int, hidden: Sequence[int] = (16,), activation: str = "relu", seed: int = 0):
    """A fully connected network: ``n_inputs`` -> hidden layers -> one score per class."""
    torch = load_torch()
    n_inputs = whole_number("n_inputs", n_inputs, 1, 10_000)
    n_classes = whole_number("n_classes", n_classes, 2, 1_000)
    activation = one_of("activation", activation, ACTIVATIONS)
    if isinstance(hidden, (str, bytes)) or not isinstance(hidden, Sequence):
        raise TypeError(f"hidden must be a list of layer sizes, e.g. [16, 16]; got {hidden!r}")
    sizes = [whole_number("hidden layer size", size, 1, 1_024) for size in hidden]
    if len(sizes) > 8:
        raise ValueError(f"hidden must have at most 8 layers; got {len(sizes)}")
    torch.manual_seed(whole_number("seed", seed, 0, 2**32 - 1))
    layer_class = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid}[activation]
    layers, width = [], n_inputs
    for size in sizes:
        layers += [torch.nn.Linear(width, size), layer_class()]
        width = size
    layers.append(torch.nn.Linear(width, n_classes))
    return torch.nn.Sequential(*layers)


@dataclass
class TrainedNetwork:
    """A trained network, its loss after each epoch, and how long training took."""

    model: object
    losses: list[float] = field(default_factory=list)
    train_seconds: float = 0.0

    def predict_proba(self, X) -> np.ndarray:
        """Probability of each class for each row of ``X``."""
        torch = load_torch()
        with torch.no_grad():
            scores = self.model(torch.as_tensor(np.asarray(X, dtype=np.float32)))
            return torch.softmax(scores, dim=1).numpy()

    def predict(self, X) -> np.ndarray:
        """The most probable class of each row of ``X``."""
        return self.predict_proba(X).argmax(axis=1)

    def accuracy(self, X, y) -> float:
        """Share of rows whose predicted class is ``y``."""
        y = np.asarray(y)
        if len(y) != len(X) or len(y) == 0:
            raise ValueError(f"X and y must be non-empty and of the same length; got {len(X)} and {len(y)}")
        return float((self.predict(X) == y).mean())


def train_classifier(
    X,
    y,
    hidden: Sequence[int] = (16,),
    activation: str = "relu",
    learning_rate: float = 0.05,
    epochs: int = 200,
    batch_size: int | None = None,
    seed: int = 0,
    on_epoch: Callable[[int, float], None] | None = None,
) -> TrainedNetwork:
    """Train a network on ``X`` (rows of numbers) and ``y`` (class numbers 0..k-1) with Adam.

    ``on_epoch(epoch, loss)`` is called after each epoch: use it for a progress bar or a live plot.
    ``batch_size`` None trains on all rows at once (fastest for small data).
    """
    torch = load_torch()
    X = np.asarray(X, dtype=np.float32)
    y = np.asarray(y)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"X must be a non-empty table (rows x columns); got shape {X.shape}")
    if y.shape != (len(X),):
        raise ValueError(f"y must have one class per row of X ({len(X)}); got shape {y.shape}")
    if not np.issubdtype(y.dtype, np.integer) or y.min() < 0:
        raise ValueError("y must hold class numbers 0, 1, 2, ...")
    learning_rate = real_number("learning_rate", learning_rate)
    if not 0 < learning_rate <= 10:
        raise ValueError(f"learning_rate must be between 0 (excluded) and 10; got {learning_rate}")
    epochs = whole_number("epochs", epochs, 1, 100_000)
    if batch_size is not None:
        batch_size = whole_number("batch_size", batch_size, 1, len(X))
    model = make_network(X.shape[1], max(int(y.max()) + 1, 2), hidden, activation, seed)
    optimiser = torch.optim.Adam(model.parameters(), lr=learning_rate)
    loss_function = torch.nn.CrossEntropyLoss()
    inputs, targets = torch.as_tensor(X), torch.as_tensor(y, dtype=torch.long)
    generator = torch.Generator().manual_seed(seed)
    trained = TrainedNetwork(model)
    start = time.perf_counter()
    for epoch in range(epochs):
        order = torch.randperm(len(X), generator=generator) if batch_size else torch.arange(len(X))
        step = batch_size or len(X)
        total = 0.0
        for begin in range(0, len(X), step):
            batch = order[begin : begin + step]
            optimiser.zero_grad()
            loss = loss_function(model(inputs[batch]), targets[batch])
            loss.backward()
            optimiser.step()
            total += float(loss.detach()) * len(batch)
        trained.losses.append(total / len(X))
        if on_epoch is not None:
            on_epoch(epoch + 1, trained.losses[-1])
    trained.train_seconds = record_training(time.perf_counter() - start)
    return trained
