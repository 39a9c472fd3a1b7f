"""Module 04's models: one neuron, gradient descent on one weight, and small networks trained live.

- one neuron whose two weights and bias the learner sets (``neuron_*``);
- gradient descent on a loss with a single weight, step by step (``descend``);
- small networks trained with ``caire.core.neural.train_classifier`` (``train_network``), each training recorded
  by ``caire.core.timing``.

Importing this file does not import torch: only training a network does (about 1 s and 285 MB, once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from caire.core.logistic import sigmoid
from caire.core.validation import one_of, real_number, whole_number
from caire.modules.neural_networks.data import check_shape, descent_examples, make_points

#: The activations a network may use.
ACTIVATIONS = ("relu", "tanh", "sigmoid")
#: The largest networks train_network accepts.
MAX_LAYERS = 4
MAX_NEURONS = 32
MAX_EPOCHS = 3000


# --- one neuron ----------------------------------------------------------------------------------------------


def check_neuron(w1: object, w2: object, bias: object) -> tuple[float, float, float]:
    """The weights and bias of a neuron as floats, or a TypeError/ValueError naming the bad one."""
    return real_number("w1", w1), real_number("w2", w2), real_number("bias", bias)


def as_points(X: object) -> np.ndarray:
    """``X`` as a float table of points with two columns (x1, x2), or a ValueError naming ``X``."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"X must be a table of points with two columns (x1, x2); got shape {X.shape}")
    return X


def neuron_output(X, w1: float, w2: float, bias: float) -> np.ndarray:
    """What one neuron outputs for each point: sigmoid(w1 * x1 + w2 * x2 + bias), a number between 0 and 1."""
    w1, w2, bias = check_neuron(w1, w2, bias)
    X = as_points(X)
    return sigmoid(w1 * X[:, 0] + w2 * X[:, 1] + bias)


def neuron_says(X, w1: float, w2: float, bias: float) -> np.ndarray:
    """The group one neuron gives each point: 1 (blue) where its output is above one half, else 0 (orange)."""
    return (neuron_output(X, w1, w2, bias) > 0.5).astype(int)


def neuron_accuracy(w1: float, w2: float, bias: float, shape: str = "clouds", split: str = "train") -> float:
    """Share of the points of ``shape`` to which the neuron with these weights gives the right colour."""
    points = make_points(shape, split)
    return float(np.mean(neuron_says(points.X, w1, w2, bias) == points.y))


# --- gradient descent on one weight -----------------------------------------------------------------------------
# The simplest network: one neuron with one input x, one weight w, no bias and no activation. It predicts
# w * x; its loss is the mean squared error on 12 examples. The loss is a bowl (a parabola) in w, so the best
# weight and the effect of the learning rate can be worked out exactly: the distance to the best weight is
# multiplied by |1 - 2 * mean(x**2) * learning_rate| at every step.

#: Where every descent starts: far from the best weight.
DESCENT_START = -1.0
#: Learning rates the descent accepts.
DESCENT_MAX_RATE = 2.0
DESCENT_MAX_STEPS = 100


def descent_loss(weight: float) -> float:
    """The loss of the one-weight model for this weight: the mean of (y - weight * x) ** 2 over the examples."""
    weight = real_number("weight", weight)
    x, y = descent_examples()
    return float(np.mean((y - weight * x) ** 2))


def best_weight() -> float:
    """The weight with the lowest loss (the bottom of the bowl)."""
    x, y = descent_examples()
    return float(np.mean(x * y) / np.mean(x * x))


def descent_slope(weight: float) -> float:
    """The slope (gradient) of the loss at ``weight``: negative means "the loss goes down to the right"."""
    weight = real_number("weight", weight)
    x, y = descent_examples()
    return float(np.mean(-2 * x * (y - weight * x)))


def descend(learning_rate: float, steps: int = 10, start: float = DESCENT_START) -> np.ndarray:
    """The weights visited by gradient descent: ``start``, then ``steps`` steps of weight -= rate * slope."""
    learning_rate = real_number("learning_rate", learning_rate)
    if not 0 < learning_rate <= DESCENT_MAX_RATE:
        raise ValueError(f"learning_rate must be above 0 and at most {DESCENT_MAX_RATE:g}; got {learning_rate}")
    steps = whole_number("steps", steps, 0, DESCENT_MAX_STEPS)
    weights = [real_number("start", start)]
    for _ in range(steps):
        weights.append(weights[-1] - learning_rate * descent_slope(weights[-1]))
    return np.array(weights)


# --- networks -----------------------------------------------------------------------------------------------------


@contextmanager
def _watching_network(on_found: Callable | None = None):
    """Yield a list that holds, once training starts, the network ``caire.core.neural.train_classifier`` builds.

    ``train_classifier`` passes only (epoch, loss) to ``on_epoch``; to redraw the decision map during training
    we need the network itself, so a forward pre-hook notes the first ``torch.nn.Sequential`` that runs
    (and calls ``on_found(network)`` then, before the first training step).
    """
    import torch

    found: list = []

    def note(module, _inputs) -> None:
        if not found and isinstance(module, torch.nn.Sequential):
            found.append(module)
            if on_found is not None:
                on_found(module)

    handle = torch.nn.modules.module.register_module_forward_pre_hook(note)
    try:
        yield found
    finally:
        handle.remove()


def check_hidden(hidden: object) -> tuple[int, ...]:
    """The hidden layer sizes as a tuple, or a TypeError/ValueError naming ``hidden``."""
    if isinstance(hidden, (str, bytes)) or not isinstance(hidden, Sequence):
        raise TypeError(f"hidden must be a list of layer sizes, e.g. [4] or [8, 8] ([] for none); got {hidden!r}")
    if len(hidden) > MAX_LAYERS:
        raise ValueError(f"hidden must have at most {MAX_LAYERS} layers; got {len(hidden)}")
    return tuple(whole_number("hidden (each layer size)", size, 1, MAX_NEURONS) for size in hidden)


def count_weights(hidden: Sequence[int]) -> int:
    """How many numbers (weights and biases) training sets in a network with these hidden layers."""
    sizes = [2, *check_hidden(hidden), 2]
    return sum((inputs + 1) * outputs for inputs, outputs in pairwise(sizes))


def neuron_weights(network) -> tuple[float, float, float]:
    """(w1, w2, bias) of a network with no hidden layer, read as the one neuron it amounts to.

    Such a network gives each group a score, a1*x1 + a2*x2 + a0 for orange and b1*x1 + b2*x2 + b0 for blue;
    the probability of blue is sigmoid(difference of the scores), exactly one neuron with w1 = b1 - a1, etc.
    """
    model = getattr(network, "model", network)
    if not isinstance(model, Sequence) and not hasattr(model, "__iter__"):
        raise TypeError(f"network must be a network trained with hidden=[]; got {type(network).__name__}")
    layers = [layer for layer in model if hasattr(layer, "weight")]
    if len(layers) != 1 or tuple(layers[0].weight.shape) != (2, 2):
        raise ValueError("network must be a network with no hidden layer (hidden=[]) trained on two groups")
    weight, bias = layers[0].weight.detach().numpy(), layers[0].bias.detach().numpy()
    return float(weight[1, 0] - weight[0, 0]), float(weight[1, 1] - weight[0, 1]), float(bias[1] - bias[0])


@dataclass
class NetworkRun:
    """A network trained on one point set: its settings, scores, loss after each epoch and training time."""

    shape: str
    hidden: tuple[int, ...]
    activation: str
    learning_rate: float
    epochs: int
    network: object  # caire.core.neural.TrainedNetwork
    train_accuracy: float
    test_accuracy: float
    train_seconds: float
    #: For a network with no hidden layer: its (w1, w2, bias) after each epoch, the start included.
    neuron_path: list[tuple[float, float, float]] = field(default_factory=list)

    @property
    def losses(self) -> list[float]:
        return self.network.losses

    @property
    def weights(self) -> int:
        return count_weights(self.hidden)

    def predict_proba(self, X) -> np.ndarray:
        """Probability of blue (group 1) for each point."""
        return self.network.predict_proba(as_points(X))[:, 1]


def check_run(run: object) -> NetworkRun:
    """``run`` if it is what :func:`train_network` returns, else a TypeError naming ``run``."""
    if not isinstance(run, NetworkRun):
        raise TypeError(f"run must be what train_network returns; got {type(run).__name__}")
    return run


def train_network(
    shape: str = "circles",
    hidden: Sequence[int] = (4,),
    activation: str = "tanh",
    learning_rate: float = 0.03,
    epochs: int = 300,
    seed: int = 0,
    on_epoch: Callable | None = None,
) -> NetworkRun:
    """Train a network live on the 200 training points of ``shape``; score it on the 200 unseen ones.

    ``hidden`` lists the neurons of each hidden layer ([] for none: one neuron in all). ``on_epoch(epoch, loss,
    network)`` is called after each epoch with the network as it is then (``network.predict_proba(X)``).
    """
    from caire.core.neural import TrainedNetwork, train_classifier

    shape = check_shape(shape)
    hidden = check_hidden(hidden)
    activation = one_of("activation", activation, ACTIVATIONS)
    learning_rate = real_number("learning_rate", learning_rate)
    if not 0 < learning_rate <= 1:
        raise ValueError(f"learning_rate must be above 0 and at most 1; got {learning_rate}")
    epochs = whole_number("epochs", epochs, 1, MAX_EPOCHS)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if on_epoch is not None and not callable(on_epoch):
        raise TypeError(f"on_epoch must be a function of (epoch, loss, network), or None; got {on_epoch!r}")
    # Copies: torch refuses to wrap the read-only arrays of make_points without a warning.
    train, test = make_points(shape, "train"), make_points(shape, "test")
    X_train, y_train, X_test, y_test = np.array(train.X), np.array(train.y), np.array(test.X), np.array(test.y)
    path: list[tuple[float, float, float]] = []
    losses: list[float] = []

    def starting(network) -> None:  # the neuron as it starts, before the first step
        if not hidden:
            path.append(neuron_weights(network))

    with _watching_network(starting) as found:

        def relay(epoch: int, loss: float) -> None:
            losses.append(loss)
            if not hidden:
                path.append(neuron_weights(found[0]))
            if on_epoch is not None:
                on_epoch(epoch, loss, TrainedNetwork(found[0], losses))

        trained = train_classifier(
            X_train,
            y_train,
            hidden=hidden,
            activation=activation,
            learning_rate=learning_rate,
            epochs=epochs,
            seed=seed,
            on_epoch=relay,
        )
    return NetworkRun(
        shape,
        hidden,
        activation,
        learning_rate,
        epochs,
        trained,
        trained.accuracy(X_train, y_train),
        trained.accuracy(X_test, y_test),
        trained.train_seconds,
        path,
    )
