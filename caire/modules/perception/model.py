"""Module 05's model: a small network reads 8x8 images of handwritten digits.

In the order the lesson uses it: a network trained live on the training images (:func:`train_digit_network`, via
``caire.core.neural``), what it reads in one image or in a learner's drawing (:func:`read_image`,
:func:`reading_html`), how often it is right once the unseen images are made harder (:func:`accuracy_when`), a
tiny calculated change that fools it (:func:`attack`, after Goodfellow et al., 2014) and the digits it mixes up
(:func:`confusion_matrix`).

torch is imported (through ``caire.core.neural``) only when a network is trained or asked something.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from caire.core.digits import DigitImages
from caire.core.figures import COLOURS
from caire.core.i18n import t
from caire.core.numbers import percent
from caire.core.validation import real_number, whole_number
from caire.modules.perception.data import (
    DIGITS,
    SIDE,
    as_drawing,
    as_images,
    load_digit_images,
    noise_pattern,
    test_image,
    transform,
)

#: The network every lesson, check and app uses unless told otherwise.
DEFAULT_HIDDEN = (32,)
DEFAULT_EPOCHS = 30
DEFAULT_LEARNING_RATE = 0.01
DEFAULT_BATCH_SIZE = 64
DEFAULT_SEED = 3
#: The largest change to a pixel the attack may make, as a share of full ink.
MAX_EPSILON = 0.5
#: The unseen image the lesson attacks (a 3, read right and with confidence; the assignment attacks another one).
LESSON_ATTACK_INDEX = 65
#: The digit the network reads (blue) and the others (sky blue), in the probability bars.
READ_COLOUR = COLOURS["blue"]
BAR_COLOUR = COLOURS["sky"]


def _rows(images: np.ndarray) -> np.ndarray:
    """Images as rows of 64 pixels, in a new writable array: torch warns when it wraps a read-only one."""
    return np.array(images.reshape(len(images), SIDE * SIDE), dtype=np.float32)


# --- the network -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What the network reads in one image: its answer, and the probability it gives each digit."""

    digit: int
    confidence: float
    probabilities: tuple[float, ...]


@dataclass(frozen=True)
class DigitNetwork:
    """A network trained on the training images, how long it took, and how often it is right."""

    trained: object  # caire.core.neural.TrainedNetwork
    train_accuracy: float
    test_accuracy: float
    hidden: tuple[int, ...]
    epochs: int

    @property
    def train_seconds(self) -> float:
        return self.trained.train_seconds

    @property
    def losses(self) -> list[float]:
        """The training error (loss) after each epoch: it should go down."""
        return list(self.trained.losses)

    @property
    def model(self):
        """The torch model itself (for the attack)."""
        return self.trained.model

    def probabilities(self, images: object) -> np.ndarray:
        """One row of 10 probabilities (digits 0 to 9) per image."""
        return self.trained.predict_proba(_rows(as_images(images)))

    def predict(self, images: object) -> np.ndarray:
        """The digit the network reads in each image."""
        return self.probabilities(images).argmax(axis=1)

    def accuracy(self, images: object, labels: object) -> float:
        """Share of images in which the network reads the right digit."""
        stack = as_images(images)
        labels = np.asarray(labels)
        if labels.shape != (len(stack),):
            raise ValueError(f"labels must hold one digit per image ({len(stack)}); got shape {labels.shape}")
        return float((self.predict(stack) == labels).mean())

    def read(self, image: object) -> Reading:
        """What the network reads in one image."""
        stack = as_images(image, "image")
        if len(stack) != 1:
            raise ValueError(f"image must be one 8x8 image; got {len(stack)}")
        probabilities = self.probabilities(stack)[0]
        digit = int(probabilities.argmax())
        return Reading(digit, float(probabilities[digit]), tuple(float(p) for p in probabilities))


_default: list[DigitNetwork] = []


def _share_right(trained, part: DigitImages) -> float:
    return float((trained.predict(_rows(part.images)) == part.labels).mean())


def train_digit_network(
    hidden: Sequence[int] = DEFAULT_HIDDEN,
    epochs: int = DEFAULT_EPOCHS,
    seed: int = DEFAULT_SEED,
    on_epoch: Callable[[int, float], None] | None = None,
) -> DigitNetwork:
    """Train a network live on the 1,257 training images: 64 pixels in, one score per digit out.

    ``hidden`` lists the sizes of the hidden layers, ``epochs`` how many times training goes through
    all the training images; ``on_epoch(epoch, loss)`` is called after each (for a progress bar).
    """
    from caire.core.neural import train_classifier

    epochs = whole_number("epochs", epochs, 1, 200)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if on_epoch is not None and not callable(on_epoch):
        raise TypeError(f"on_epoch must be a function of (epoch, loss) or None; got {on_epoch!r}")
    data = load_digit_images()
    trained = train_classifier(
        _rows(data.train.images),
        np.array(data.train.labels),
        hidden=hidden,
        learning_rate=DEFAULT_LEARNING_RATE,
        epochs=epochs,
        batch_size=DEFAULT_BATCH_SIZE,
        seed=seed,
        on_epoch=on_epoch,
    )
    network = DigitNetwork(
        trained,
        _share_right(trained, data.train),
        _share_right(trained, data.test),
        tuple(int(size) for size in hidden),
        epochs,
    )
    if network.hidden == DEFAULT_HIDDEN and epochs == DEFAULT_EPOCHS and seed == DEFAULT_SEED and not _default:
        _default.append(network)
    return network


def digit_network() -> DigitNetwork:
    """The course's network (default settings), trained once per kernel: what the checks and apps ask."""
    if not _default:
        train_digit_network()
    return _default[0]


def check_network(network: DigitNetwork | None) -> DigitNetwork:
    """``network``, or the course's network when it is None; a TypeError naming ``network`` otherwise."""
    if network is None:
        return digit_network()
    if not isinstance(network, DigitNetwork):
        raise TypeError(f"network must come from train_digit_network(); got {type(network).__name__}")
    return network


def read_image(image: object, network: DigitNetwork | None = None) -> Reading:
    """What the network reads in an image: an 8x8 grid of grey levels, or a drawing (see :func:`as_drawing`)."""
    return check_network(network).read(as_drawing(image, "image"))


def bars_html(reading: Reading) -> str:
    """The probability the network gives each digit, as a column of small HTML bars (the digit read in bold)."""
    if not isinstance(reading, Reading):
        raise TypeError(f"reading must be what read_image() returns; got {type(reading).__name__}")
    rows = []
    for digit, probability in zip(DIGITS, reading.probabilities):
        colour = READ_COLOUR if digit == reading.digit else BAR_COLOUR
        weight = "bold" if digit == reading.digit else "normal"
        rows.append(
            f'<div style="display:flex;align-items:center;height:18px;font-weight:{weight}">'
            f'<span style="width:1.4em">{digit}</span>'
            f'<span style="display:inline-block;width:{max(probability, 0.002) * 180:.1f}px;height:12px;'
            f'background:{colour}"></span><span style="margin-left:6px">{html.escape(percent(probability))}</span>'
            "</div>"
        )
    return "".join(rows)


def reading_headline(drawing: object, network: DigitNetwork | None = None) -> str:
    """What the network reads in a drawing, in one sentence (a blank page is said to be one)."""
    grid = as_drawing(drawing, "drawing")
    reading = check_network(network).read(grid)
    key = "m05.pad.blank" if grid.sum() == 0 else "m05.pad.reads"
    return t(key, digit=reading.digit, confidence=reading.confidence)


def reading_html(drawing: object, network: DigitNetwork | None = None) -> str:
    """What the network reads in a drawing, as HTML: the sentence in bold, then the probability bars. The drawing
    pad and the app's drawing question (``caire.core.checks.Drawing(reading=...)``) show it beside the grid."""
    reading = check_network(network).read(as_drawing(drawing, "drawing"))
    headline = html.escape(reading_headline(drawing, network))
    return f'<div class="caire-reading"><div><b>{headline}</b></div>{bars_html(reading)}</div>'


# --- harder images ----------------------------------------------------------------------------------------


def accuracy_when(kind: str, amount: object, network: DigitNetwork | None = None) -> float:
    """Share of the 540 unseen images the network reads right once they are made harder by ``amount``."""
    test = load_digit_images().test
    return check_network(network).accuracy(transform(test.images, kind, amount), test.labels)


# --- the attack -----------------------------------------------------------------------------------------


def _epsilon(epsilon: object) -> float:
    value = real_number("epsilon", epsilon)
    if not 0 <= value <= MAX_EPSILON:
        raise ValueError(f"epsilon must be between 0 and {MAX_EPSILON:g} (a share of full ink); got {value:g}")
    return value


def _label(label: object) -> int:
    if isinstance(label, np.integer):
        label = int(label)
    return whole_number("label", label, 0, 9)


def _attack_stack(stack: np.ndarray, labels: np.ndarray, epsilon: float, network: DigitNetwork) -> np.ndarray:
    from caire.core.neural import load_torch

    torch = load_torch()
    pixels = torch.tensor(_rows(stack), requires_grad=True)
    loss = torch.nn.functional.cross_entropy(
        network.model(pixels), torch.as_tensor(np.array(labels), dtype=torch.long), reduction="sum"
    )
    (gradient,) = torch.autograd.grad(loss, pixels)  # row i depends on image i only
    direction = gradient.sign().numpy().reshape(stack.shape)
    return np.clip(stack + epsilon * direction, 0.0, 1.0).astype(np.float32)


def attack(image: object, label: int, epsilon: float, network: DigitNetwork | None = None) -> np.ndarray:
    """The "fast gradient sign" attack (Goodfellow et al., 2014): every pixel moves by ``epsilon``, up or down,
    in the direction that most raises the network's error on the right ``label``; grey levels stay in 0..1."""
    grid = as_images(image, "image")
    if len(grid) != 1:
        raise ValueError(f"image must be one 8x8 image; got {len(grid)}")
    label, epsilon = _label(label), _epsilon(epsilon)
    return _attack_stack(grid, np.array([label]), epsilon, check_network(network))[0]


def accuracy_under_attack(epsilon: float, network: DigitNetwork | None = None) -> tuple[float, float]:
    """Share of the unseen images read right after the attack, and after a random change of the same size."""
    network = check_network(network)
    epsilon = _epsilon(epsilon)
    test = load_digit_images().test
    attacked = _attack_stack(test.images, test.labels, epsilon, network)
    signs = np.sign(noise_pattern(len(test), 1))
    randomised = np.clip(test.images + epsilon * signs, 0.0, 1.0)
    return network.accuracy(attacked, test.labels), network.accuracy(randomised, test.labels)


def random_change(image: object, epsilon: float, seed: int = 0) -> np.ndarray:
    """The same size of change as :func:`attack`, but each pixel goes up or down at random."""
    grid = as_images(image, "image")
    if len(grid) != 1:
        raise ValueError(f"image must be one 8x8 image; got {len(grid)}")
    epsilon = _epsilon(epsilon)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    signs = np.random.default_rng(seed).choice(np.array([-1.0, 1.0], dtype=np.float32), size=(SIDE, SIDE))
    return np.clip(grid[0] + epsilon * signs, 0.0, 1.0).astype(np.float32)


@dataclass(frozen=True)
class Attack:
    """One unseen image before and after the attack, with what the network reads in each."""

    index: int
    label: int
    epsilon: float
    original: np.ndarray
    attacked: np.ndarray
    randomised: np.ndarray
    before: Reading
    after: Reading
    after_random: Reading

    @property
    def largest_change(self) -> float:
        """The most any pixel changed, as a share of full ink."""
        return float(np.abs(self.attacked - self.original).max())

    @property
    def fooled(self) -> bool:
        """Whether the network reads a wrong digit in the attacked image."""
        return self.after.digit != self.label


def attack_test_image(index: int, epsilon: float, network: DigitNetwork | None = None) -> Attack:
    """Attack unseen image ``index`` with changes of at most ``epsilon``; compare with a random change of that size."""
    network = check_network(network)
    image, label = test_image(index)
    epsilon = _epsilon(epsilon)
    attacked = attack(image, label, epsilon, network)
    randomised = random_change(image, epsilon, seed=whole_number("index", index, 0, 10_000))
    return Attack(
        int(index),
        label,
        epsilon,
        image,
        attacked,
        randomised,
        network.read(image),
        network.read(attacked),
        network.read(randomised),
    )


# --- mistakes --------------------------------------------------------------------------------------------


def confusion_matrix(network: DigitNetwork | None = None, split: str = "test") -> np.ndarray:
    """10 x 10 counts: row = the digit in the image, column = the digit the network read."""
    part = load_digit_images().split(split)
    read = check_network(network).predict(part.images)
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.add.at(matrix, (part.labels, read), 1)
    return matrix


def mistakes(network: DigitNetwork | None = None) -> list[tuple[int, int, int]]:
    """The unseen images the network gets wrong, as (index, right digit, digit read)."""
    test = load_digit_images().test
    read = check_network(network).predict(test.images)
    return [(int(index), int(test.labels[index]), int(read[index])) for index in np.flatnonzero(read != test.labels)]
