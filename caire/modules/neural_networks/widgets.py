"""Module 04's widgets: a neuron to set by hand, gradient descent to steer, and a playground to train networks in.

The two explorers are ``caire.core.explorer`` panels (sliders -> recompute -> redraw); the playground trains a
network when the learner presses Train and redraws its map and loss curve while it learns.
"""

from __future__ import annotations

from collections.abc import Sequence

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.validation import one_of, whole_number
from caire.modules.neural_networks.data import SHAPES, check_shape, shape_label
from caire.modules.neural_networks.figures import LiveChart, network_title, plot_descent, plot_neuron
from caire.modules.neural_networks.model import (
    ACTIVATIONS,
    MAX_LAYERS,
    MAX_NEURONS,
    check_neuron,
    count_weights,
    descend,
    neuron_accuracy,
    train_network,
)

#: What the playground offers.
LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
EPOCH_CHOICES = (100, 200, 300, 500, 1000)
#: The playground offers up to this many neurons a layer, so that its largest network, redraws included, trains
#: within about 2 s (TensorFlow Playground offers 8).
PLAYGROUND_NEURONS = 16
#: How many times the playground redraws its charts during one training (each redraw costs 0.05 to 0.1 s).
FRAMES = 6

_NEURON = ("w1", "w2", "bias")


def neuron_explorer(
    w1: float = 1.0,
    w2: float = -1.0,
    bias: float = 0.0,
    shape: str = "clouds",
    adjust: Sequence[str] = _NEURON,
):
    """Sliders for the weights and bias of one neuron (those named in ``adjust``); the map and score follow."""
    start = dict(zip(_NEURON, check_neuron(w1, w2, bias)))
    shape = check_shape(shape)
    if isinstance(adjust, str) or not isinstance(adjust, Sequence) or not adjust:
        raise TypeError(f"adjust must be a non-empty list of 'w1', 'w2', 'bias'; got {adjust!r}")
    adjust = [one_of("adjust", name, _NEURON) for name in adjust]
    controls = [slider(min(3, max(-3, start[name])), -3, 3, 0.1, t(f"m04.widget.{name}")) for name in adjust]

    def update(*values: float) -> View:
        weights = {**start, **dict(zip(adjust, values))}
        score = t(
            "m04.widget.neuron_score",
            train=neuron_accuracy(**weights, shape=shape, split="train"),
            test=neuron_accuracy(**weights, shape=shape, split="test"),
        )
        return View(score, plot_neuron(**weights, shape=shape))

    return explorer(controls, update)


def descent_explorer(learning_rate: float = 0.1, steps: int = 10):
    """A learning-rate slider and a steps slider; the descent's chart follows them."""
    descend(learning_rate, steps)  # refuses bad arguments, naming them
    rate = slider(learning_rate, 0.01, 1.5, 0.01, t("m04.widget.rate"))
    count = slider(steps, 1, 30, 1, t("m04.widget.steps"), whole=True)
    return explorer([rate, count], lambda rate, steps: View(figure=plot_descent(rate, steps)))


def playground(
    shape: str = "circles",
    layers: int = 1,
    neurons: int = 4,
    activation: str = "tanh",
    learning_rate: float = 0.03,
    epochs: int = 300,
    train_now: bool = True,
):
    """A small TensorFlow-Playground-like panel: choose the data and the network, train it, watch it learn.

    When the learner presses Train, the map and the loss curve are redrawn ``FRAMES`` times while the network
    trains, and a progress bar counts the epochs. ``train_now`` trains once at once, drawing only the result.
    """
    import ipywidgets as widgets

    shape = check_shape(shape)
    layers = whole_number("layers", layers, 0, MAX_LAYERS)
    neurons = whole_number("neurons", neurons, 1, PLAYGROUND_NEURONS)
    activation = one_of("activation", activation, ACTIVATIONS)
    learning_rate = one_of("learning_rate", learning_rate, LEARNING_RATES)
    epochs = one_of("epochs", epochs, EPOCH_CHOICES)
    style = {"description_width": "initial"}
    data = widgets.Dropdown(
        options=[(shape_label(s), s) for s in SHAPES], value=shape, description=t("m04.widget.shape"), style=style
    )
    depth = widgets.IntSlider(value=layers, min=0, max=MAX_LAYERS, description=t("m04.widget.layers"), style=style)
    width = widgets.IntSlider(
        value=neurons, min=1, max=PLAYGROUND_NEURONS, description=t("m04.widget.neurons"), style=style
    )
    squash = widgets.Dropdown(
        options=ACTIVATIONS, value=activation, description=t("m04.widget.activation"), style=style
    )
    rate = widgets.SelectionSlider(
        options=LEARNING_RATES, value=learning_rate, description=t("m04.widget.rate"), style=style
    )
    length = widgets.SelectionSlider(
        options=EPOCH_CHOICES, value=epochs, description=t("m04.widget.epochs"), style=style
    )
    button = widgets.Button(description=t("m04.widget.train"), button_style="primary", icon="play")
    progress = widgets.IntProgress(value=0, min=0, max=epochs, description=t("m04.widget.progress"), style=style)
    result = widgets.HTML()
    chart = widgets.HTML(layout=widgets.Layout(max_width="900px"))  # an image with its text alternative
    panel = widgets.VBox(
        [
            widgets.HBox([data, squash]),
            widgets.HBox([depth, width]),
            widgets.HBox([rate, length]),
            widgets.HBox([button, progress]),
            result,
            chart,
        ]
    )

    def train(_click=None, watched: bool = True) -> None:
        hidden = [width.value] * depth.value
        live = LiveChart(data.value, length.value)
        every = -(-length.value // FRAMES)  # FRAMES - 1 redraws during training, and the last one
        tick = max(1, length.value // 50)
        progress.max, progress.value = length.value, 0
        button.disabled = True
        result.value = t("m04.widget.training", weights=count_weights(hidden))

        def on_epoch(epoch: int, _loss: float, network) -> None:
            if epoch % tick == 0:
                progress.value = epoch
            if watched and epoch % every == 0 and epoch < length.value:
                frame = live.frame(network, network.losses, t("m04.widget.at_epoch", epoch=epoch))
                chart.value = live.html(frame, final=False)

        try:
            run = train_network(data.value, hidden, squash.value, rate.value, length.value, on_epoch=on_epoch)
        finally:
            button.disabled = False
        progress.value = length.value
        chart.value = live.html(live.frame(run.network, run.losses, network_title(run)), final=True)
        result.value = t(
            "m04.widget.trained",
            seconds=run.train_seconds,
            weights=run.weights,
            train=run.train_accuracy,
            test=run.test_accuracy,
        )
        panel.last_run = run

    button.on_click(train)
    panel.last_run = None
    if train_now:  # while the page loads nobody watches: draw the result only
        train(watched=False)
    return panel


def weight_counter(layers: int = 2, neurons: int = 8):
    """Two sliders, the number of hidden layers and of neurons in each; the number of weights and biases follows.
    The lesson page's twin of the notebook's ``count_weights([8, 8])``: no list to type."""
    layers = whole_number("layers", layers, 0, MAX_LAYERS)
    neurons = whole_number("neurons", neurons, 1, MAX_NEURONS)
    controls = [
        slider(layers, 0, MAX_LAYERS, 1, t("m04.widget.layers"), whole=True),
        slider(neurons, 1, MAX_NEURONS, 1, t("m04.widget.neurons"), whole=True),
    ]

    def update(chosen_layers: int, chosen_neurons: int) -> View:
        weights = count_weights([chosen_neurons] * chosen_layers)
        if chosen_layers == 0:
            return View(t("m04.widget.weight_count_none", weights=weights))
        return View(t("m04.widget.weight_count", layers=chosen_layers, neurons=chosen_neurons, weights=weights))

    return explorer(controls, update)
