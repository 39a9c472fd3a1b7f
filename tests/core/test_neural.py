"""caire.core.neural: small torch classifiers, one thread, a callback after each epoch, training time recorded."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from caire.core.neural import ACTIVATIONS, TrainedNetwork, make_network, train_classifier
from caire.core.timing import TRAINING_SECONDS

torch = pytest.importorskip("torch")


def _two_blobs(n: int = 120, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = np.repeat([0, 1], n // 2)
    X = np.where(y[:, None] == 1, 1.0, -1.0) + rng.normal(0, 0.4, (n, 2))
    return X.astype(np.float32), y


def _three_groups(n: int = 150, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = np.repeat([0, 1, 2], n // 3)
    centres = np.array([[0, 2], [-2, -1], [2, -1]])
    return (centres[y] + rng.normal(0, 0.4, (n, 2))).astype(np.float32), y


# --- make_network --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_make_network_stacks_linear_layers_and_the_chosen_activation(activation):
    network = make_network(3, 4, hidden=[5, 6], activation=activation)
    linear = [layer for layer in network if isinstance(layer, torch.nn.Linear)]
    assert [(layer.in_features, layer.out_features) for layer in linear] == [(3, 5), (5, 6), (6, 4)]
    kind = {"relu": torch.nn.ReLU, "tanh": torch.nn.Tanh, "sigmoid": torch.nn.Sigmoid}[activation]
    assert sum(isinstance(layer, kind) for layer in network) == 2
    assert network(torch.zeros(7, 3)).shape == (7, 4)


def test_make_network_without_hidden_layer_is_one_linear_layer():
    network = make_network(2, 2, hidden=[])
    assert len(network) == 1 and isinstance(network[0], torch.nn.Linear)


def test_make_network_is_deterministic_for_a_seed():
    first, second, other = make_network(2, 2, seed=3), make_network(2, 2, seed=3), make_network(2, 2, seed=4)
    for a, b in zip(first.parameters(), second.parameters()):
        assert torch.equal(a, b)
    assert not all(torch.equal(a, b) for a, b in zip(first.parameters(), other.parameters()))


@pytest.mark.parametrize(
    "arguments, error, named",
    [
        ({"n_inputs": 0}, ValueError, "n_inputs"),
        ({"n_inputs": 2.0}, TypeError, "n_inputs"),
        ({"n_classes": 1}, ValueError, "n_classes"),
        ({"activation": "softmax"}, ValueError, "activation"),
        ({"hidden": "16"}, TypeError, "hidden"),
        ({"hidden": 16}, TypeError, "hidden"),
        ({"hidden": [0]}, ValueError, "hidden layer size"),
        ({"hidden": [4] * 9}, ValueError, "hidden"),
        ({"seed": -1}, ValueError, "seed"),
    ],
)
def test_make_network_rejects_bad_arguments_naming_them(arguments, error, named):
    given = {"n_inputs": 2, "n_classes": 2, **arguments}
    with pytest.raises(error, match=named):
        make_network(**given)


# --- train_classifier ----------------------------------------------------------------------------------------


def test_train_classifier_learns_two_groups():
    X, y = _two_blobs()
    trained = train_classifier(X, y, hidden=[8], epochs=150)
    assert isinstance(trained, TrainedNetwork)
    assert trained.accuracy(X, y) >= 0.95
    assert len(trained.losses) == 150
    assert trained.losses[-1] < trained.losses[0] / 3


def test_train_classifier_learns_three_groups_and_gives_probabilities():
    X, y = _three_groups()
    trained = train_classifier(X, y, hidden=[16], activation="tanh", epochs=200)
    probabilities = trained.predict_proba(X)
    assert probabilities.shape == (len(X), 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1, atol=1e-5)
    np.testing.assert_array_equal(trained.predict(X), probabilities.argmax(axis=1))
    assert trained.accuracy(X, y) >= 0.95


def test_on_epoch_is_called_after_each_epoch_with_its_loss():
    X, y = _two_blobs()
    seen = []
    trained = train_classifier(X, y, epochs=25, on_epoch=lambda epoch, loss: seen.append((epoch, loss)))
    assert [epoch for epoch, _ in seen] == list(range(1, 26))
    assert [loss for _, loss in seen] == trained.losses


def test_training_is_deterministic_for_a_seed():
    X, y = _two_blobs()
    first, second = train_classifier(X, y, epochs=30, seed=2), train_classifier(X, y, epochs=30, seed=2)
    assert first.losses == second.losses
    np.testing.assert_array_equal(first.predict_proba(X), second.predict_proba(X))
    assert train_classifier(X, y, epochs=30, seed=5).losses != first.losses


def test_mini_batches_train_too():
    X, y = _two_blobs()
    trained = train_classifier(X, y, epochs=20, batch_size=16)
    assert len(trained.losses) == 20
    assert trained.accuracy(X, y) >= 0.95


def test_training_is_recorded_and_uses_one_thread():
    X, y = _two_blobs()
    before = len(TRAINING_SECONDS)
    trained = train_classifier(X, y, epochs=10)
    assert len(TRAINING_SECONDS) == before + 1
    assert TRAINING_SECONDS[-1] == trained.train_seconds > 0
    assert torch.get_num_threads() == 1


@pytest.mark.parametrize(
    "change, error, named",
    [
        ({"X": np.zeros(10)}, ValueError, "X"),
        ({"X": np.zeros((0, 2))}, ValueError, "X"),
        ({"y": np.zeros(5, dtype=int)}, ValueError, "y"),
        ({"y": np.full(120, 0.5)}, ValueError, "y"),
        ({"y": np.full(120, -1)}, ValueError, "y"),
        ({"learning_rate": 0}, ValueError, "learning_rate"),
        ({"learning_rate": 11}, ValueError, "learning_rate"),
        ({"learning_rate": "0.1"}, TypeError, "learning_rate"),
        ({"epochs": 0}, ValueError, "epochs"),
        ({"epochs": 2.5}, TypeError, "epochs"),
        ({"batch_size": 0}, ValueError, "batch_size"),
        ({"batch_size": 1000}, ValueError, "batch_size"),
        ({"activation": "linear"}, ValueError, "activation"),
    ],
)
def test_train_classifier_rejects_bad_arguments_naming_them(change, error, named):
    X, y = _two_blobs()
    given = {"X": X, "y": y, "epochs": 2, **change}
    with pytest.raises(error, match=named):
        train_classifier(**given)


def test_accuracy_rejects_mismatched_lengths():
    X, y = _two_blobs()
    trained = train_classifier(X, y, epochs=2)
    with pytest.raises(ValueError, match="same length"):
        trained.accuracy(X, y[:10])


def test_importing_caire_neural_does_not_import_torch():
    code = "import sys, caire.core.neural; print('torch' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
