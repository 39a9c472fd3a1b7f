"""Module 05, perception: a small network reads 8x8 images of handwritten digits.

Data: the "Optical Recognition of Handwritten Digits" data set (E. Alpaydin and C. Kaynak, 1998,
UCI Machine Learning Repository, https://archive.ics.uci.edu/dataset/80), as bundled with
scikit-learn (``sklearn.datasets.load_digits``, whose file is read here without importing scikit-learn):
1,797 images of 8x8 pixels, each pixel a grey level from 0 to 16 (here divided by 16: 0 is white paper,
1 is full ink). They are the UCI test part, written by 13 people. Nothing is downloaded.

What this file offers, in the order the lesson uses it: the images (:func:`load_digit_images`), a
network trained live on them (:func:`train_digit_network`, via ``caire.core.neural``), what it reads in
one image or in a learner's drawing (:func:`read_image`, :func:`as_drawing`), the same test images
made harder (noise, tilt, shift: :func:`transform`, :func:`accuracy_when`), a tiny calculated change
that fools it (:func:`attack`, after Goodfellow et al., 2014) and the digits it mixes up
(:func:`confusion_matrix`). Plots and widgets are in ``caire.modules.perception.widgets``.

torch is imported (through ``caire.core.neural``) only when a network is trained or asked something.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.validation import one_of, real_number, whole_number

#: Images are SIDE x SIDE pixels.
SIDE = 8
#: The ten classes.
DIGITS = tuple(range(10))
#: Share of images set aside, never used in training, to measure on "new" images.
TEST_SHARE = 0.3
#: Fixed so that every learner, test and check sees the same split.
SPLIT_SEED = 0
#: The network every lesson, check and app uses unless told otherwise.
DEFAULT_HIDDEN = (32,)
DEFAULT_EPOCHS = 30
DEFAULT_LEARNING_RATE = 0.01
DEFAULT_BATCH_SIZE = 64
DEFAULT_SEED = 3
#: The ways test images are made harder, and the range of each amount (low, high, slider step):
#: noise = standard deviation of random grey added to every pixel (1 = a full ink level);
#: rotate = degrees, anticlockwise; shift = pixels to the right.
TRANSFORMS = ("noise", "rotate", "shift")
TRANSFORM_RANGES = {"noise": (0.0, 1.0, 0.05), "rotate": (-90.0, 90.0, 5.0), "shift": (-3.0, 3.0, 0.5)}
#: The largest change to a pixel the attack may make, as a share of full ink.
MAX_EPSILON = 0.5
#: The unseen image the lesson attacks (a 3, read right and with confidence; the assignment attacks another one).
LESSON_ATTACK_INDEX = 65
#: A 7 the way many people write it, without a bar across: this network misreads it (assignment 05 starts here).
UNCROSSED_SEVEN = (".######.", "......#.", ".....#..", "....#...", "...#....", "...#....", "..#.....", "..#.....")
#: Characters a drawing written as text may use, for ink and for blank paper.
INK = "#Xx1@█"
BLANK = ". 0_-·"


# --- the images ----------------------------------------------------------------------------------------


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
    """The digit images, already split into the ones the network learns from and the ones it is tested on."""

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


def _read_digits() -> tuple[np.ndarray, np.ndarray]:
    """All 1,797 images (grey levels 0..16) and their digits, in scikit-learn's order."""
    path = _digits_file()
    if path is None:  # another layout of scikit-learn: ask it (slower, heavier)
        from sklearn.datasets import load_digits

        bunch = load_digits()
        return bunch.images, bunch.target
    table = np.loadtxt(path, delimiter=",")
    return table[:, :-1].reshape(-1, SIDE, SIDE), table[:, -1].astype(np.int64)


def _stratified_test_rows(labels: np.ndarray, share: float, seed: int) -> np.ndarray:
    """Rows set aside for the test: ``share`` of all rows, with each digit in the same proportion (fixed seed)."""
    rng = np.random.default_rng(seed)
    counts = np.bincount(labels)
    wanted = counts * share
    taken = np.floor(wanted).astype(int)
    missing = int(np.ceil(len(labels) * share)) - taken.sum()
    taken[np.argsort(-(wanted - taken), kind="stable")[:missing]] += 1  # largest remainders first
    rows = [rng.permutation(np.flatnonzero(labels == digit))[:count] for digit, count in enumerate(taken)]
    return np.sort(np.concatenate(rows))


@cache
def load_digit_images() -> DigitData:
    """The bundled digits, split 70/30 with the same mix of digits in both parts (fixed seed)."""
    grey_levels, labels = _read_digits()
    images = (grey_levels / 16.0).astype(np.float32)
    test = np.zeros(len(labels), dtype=bool)
    test[_stratified_test_rows(labels, TEST_SHARE, SPLIT_SEED)] = True
    return DigitData(DigitImages(images[~test], labels[~test]), DigitImages(images[test], labels[test]))


def test_image(index: int) -> tuple[np.ndarray, int]:
    """Unseen image number ``index`` (0 to 539) and the digit it shows."""
    test = load_digit_images().test
    index = whole_number("index", index, 0, len(test) - 1)
    return test.images[index], int(test.labels[index])


def as_images(images: object, name: str = "images") -> np.ndarray:
    """``images`` as a float32 array of shape (n, 8, 8) with values from 0 to 1; one 8x8 image counts as n = 1."""
    if isinstance(images, (str, bytes)) or images is None:
        raise TypeError(f"{name} must be an 8x8 image or a stack of them (numbers from 0 to 1); got {images!r}")
    try:
        array = np.asarray(images, dtype=np.float32)
    except (TypeError, ValueError) as problem:
        raise TypeError(f"{name} must hold numbers from 0 to 1 in rows of 8; got {type(images).__name__}") from problem
    if array.ndim == 2:
        array = array[None]
    if array.ndim != 3 or array.shape[1:] != (SIDE, SIDE) or len(array) == 0:
        raise ValueError(f"{name} must be 8 x 8 pixels (or a stack of 8 x 8 images); got shape {np.shape(images)}")
    if not np.isfinite(array).all() or array.min() < 0 or array.max() > 1:
        raise ValueError(f"{name} must hold grey levels from 0 (paper) to 1 (full ink)")
    return array


# --- drawings --------------------------------------------------------------------------------------------


def as_drawing(drawing: object, name: str = "drawing") -> np.ndarray:
    """A learner's drawing as an 8x8 image (0 = paper, 1 = ink).

    A drawing is 8 lines of text of 8 characters each, ``#`` for ink and ``.`` for paper, e.g.
    ``["..####..", ...]``; or 8 rows of 8 numbers from 0 to 1 (or True/False), as the drawing pad gives.
    """
    if isinstance(drawing, str):
        drawing = drawing.strip("\n").split("\n")
    if isinstance(drawing, np.ndarray):
        return _one_grid(drawing, name)
    if not isinstance(drawing, Sequence):
        raise TypeError(f"{name} must be 8 lines of text such as \"..####..\"; "
                        f"got {type(drawing).__name__} {drawing!r}")
    texts = [isinstance(row, str) for row in drawing]
    if drawing and not any(texts):
        return _one_grid(drawing, name)
    if not all(texts):
        raise TypeError(f"{name} must be 8 lines of text, or 8 rows of numbers, not a mix of both")
    if len(drawing) != SIDE:
        raise ValueError(f"{name} must have 8 lines (rows of squares); got {len(drawing)}")
    grid = np.zeros((SIDE, SIDE), dtype=np.float32)
    for row, line in enumerate(drawing):
        if len(line) != SIDE:
            raise ValueError(f"{name}: line {row + 1} must have 8 squares; it has {len(line)}: {line!r}")
        for column, character in enumerate(line):
            if character in INK:
                grid[row, column] = 1.0
            elif character not in BLANK:
                raise ValueError(f"{name}: line {row + 1}, square {column + 1} is {character!r}; "
                                 "use # for ink and . for paper")
    return grid


def _one_grid(rows: object, name: str) -> np.ndarray:
    grid = as_images(rows, name)
    if len(grid) != 1:
        raise ValueError(f"{name} must be one drawing of 8 rows of 8 squares; got shape {np.shape(rows)}")
    return grid[0]


def drawing_text(image: object, name: str = "image") -> list[str]:
    """An 8x8 image written as 8 lines of ``#`` (ink, grey level at least 0.5) and ``.`` (paper)."""
    grid = as_images(image, name)
    if len(grid) != 1:
        raise ValueError(f"{name} must be one 8x8 image; got {len(grid)}")
    return ["".join("#" if value >= 0.5 else "." for value in row) for row in grid[0]]


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
        stack = as_images(images)
        return self.trained.predict_proba(stack.reshape(len(stack), SIDE * SIDE))

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
    return float((trained.predict(part.images.reshape(len(part), SIDE * SIDE)) == part.labels).mean())


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
        data.train.images.reshape(len(data.train), SIDE * SIDE), data.train.labels, hidden=hidden,
        learning_rate=DEFAULT_LEARNING_RATE, epochs=epochs, batch_size=DEFAULT_BATCH_SIZE, seed=seed,
        on_epoch=on_epoch,
    )
    network = DigitNetwork(trained, _share_right(trained, data.train), _share_right(trained, data.test),
                           tuple(int(size) for size in hidden), epochs)
    if network.hidden == DEFAULT_HIDDEN and epochs == DEFAULT_EPOCHS and seed == DEFAULT_SEED and not _default:
        _default.append(network)
    return network


def digit_network() -> DigitNetwork:
    """The course's network (default settings), trained once per kernel: what the checks and apps ask."""
    if not _default:
        train_digit_network()
    return _default[0]


def _network(network: DigitNetwork | None) -> DigitNetwork:
    if network is None:
        return digit_network()
    if not isinstance(network, DigitNetwork):
        raise TypeError(f"network must come from train_digit_network(); got {type(network).__name__}")
    return network


def read_image(image: object, network: DigitNetwork | None = None) -> Reading:
    """What the network reads in an image: an 8x8 grid of grey levels, or a drawing (see :func:`as_drawing`)."""
    return _network(network).read(as_drawing(image, "image"))


# --- harder images: noise, tilt, shift -------------------------------------------------------------------


def check_amount(kind: str, amount: object) -> float:
    """``amount`` as a number within the range of ``kind`` (see TRANSFORM_RANGES), or an error naming it."""
    kind = one_of("kind", kind, TRANSFORMS)
    low, high, _ = TRANSFORM_RANGES[kind]
    value = real_number("amount", amount)
    if kind == "rotate":
        low, high = -180.0, 180.0
    if not low <= value <= high:
        raise ValueError(f"amount must be between {low:g} and {high:g} for {kind}; got {value:g}")
    return value


@cache
def _noise_pattern(count: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((count, SIDE, SIDE)).astype(np.float32)


def transform(images: object, kind: str, amount: object, seed: int = 0) -> np.ndarray:
    """The images made harder: ``noise`` (random grey, amount = its spread), ``rotate`` (degrees,
    anticlockwise) or ``shift`` (pixels to the right). Grey levels stay between 0 and 1."""
    from scipy import ndimage

    stack = as_images(images)
    amount = check_amount(kind, amount)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if kind == "noise":
        changed = stack + amount * _noise_pattern(len(stack), seed)
    elif kind == "rotate":
        changed = ndimage.rotate(stack, amount, axes=(2, 1), reshape=False, order=1, mode="constant", cval=0.0)
    else:
        changed = ndimage.shift(stack, (0, 0, amount), order=1, mode="constant", cval=0.0)
    return np.clip(changed, 0.0, 1.0).astype(np.float32)


def accuracy_when(kind: str, amount: object, network: DigitNetwork | None = None) -> float:
    """Share of the 540 unseen images the network reads right once they are made harder by ``amount``."""
    test = load_digit_images().test
    return _network(network).accuracy(transform(test.images, kind, amount), test.labels)


def amounts_of(kind: str) -> np.ndarray:
    """The amounts a slider for ``kind`` offers, from 0 (the images as they are) up."""
    kind = one_of("kind", kind, TRANSFORMS)
    low, high, step = TRANSFORM_RANGES[kind]
    return np.round(np.arange(0.0, high + step / 2, step), 6)


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
    from caire.core.neural import _torch

    torch = _torch()
    pixels = torch.tensor(stack.reshape(len(stack), SIDE * SIDE), requires_grad=True)
    loss = torch.nn.functional.cross_entropy(network.model(pixels), torch.as_tensor(labels, dtype=torch.long),
                                             reduction="sum")
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
    return _attack_stack(grid, np.array([label]), epsilon, _network(network))[0]


def accuracy_under_attack(epsilon: float, network: DigitNetwork | None = None) -> tuple[float, float]:
    """Share of the unseen images read right after the attack, and after a random change of the same size."""
    network = _network(network)
    epsilon = _epsilon(epsilon)
    test = load_digit_images().test
    attacked = _attack_stack(test.images, test.labels, epsilon, network)
    signs = np.sign(_noise_pattern(len(test), 1))
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
    network = _network(network)
    image, label = test_image(index)
    epsilon = _epsilon(epsilon)
    attacked = attack(image, label, epsilon, network)
    randomised = random_change(image, epsilon, seed=whole_number("index", index, 0, 10_000))
    return Attack(int(index), label, epsilon, image, attacked, randomised, network.read(image),
                  network.read(attacked), network.read(randomised))


# --- mistakes --------------------------------------------------------------------------------------------


def confusion_matrix(network: DigitNetwork | None = None, split: str = "test") -> np.ndarray:
    """10 x 10 counts: row = the digit in the image, column = the digit the network read."""
    part = load_digit_images().split(split)
    read = _network(network).predict(part.images)
    matrix = np.zeros((10, 10), dtype=np.int64)
    np.add.at(matrix, (part.labels, read), 1)
    return matrix


def mistakes(network: DigitNetwork | None = None) -> list[tuple[int, int, int]]:
    """The unseen images the network gets wrong, as (index, right digit, digit read)."""
    test = load_digit_images().test
    read = _network(network).predict(test.images)
    return [(int(index), int(test.labels[index]), int(read[index])) for index in np.flatnonzero(read != test.labels)]
