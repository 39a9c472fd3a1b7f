"""Module 14's models and measurements, all toys:

- a small **variational autoencoder** (PyTorch) trained live on the real digits, which then draws new ones;
- a second, different "generator" that never learns anything: it glues the top half of one real digit onto the
  bottom half of another (a cut-and-paste fake, like a face swapped onto another head);
- a **detector** (numpy logistic regression) trained live to tell real digits from the autoencoder's, then tested
  on both generators;
- the "real or generated?" game and the learner's hit rate;
- an **invisible watermark**: a secret pattern of +/- small steps added to an image, found again by correlation,
  and the edits that remove it (crop, noise, fewer grey levels).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.logistic import LogisticRegression
from caire.core.neural import load_torch
from caire.core.timing import record_training
from caire.core.validation import number_between, one_of, whole_number
from caire.modules.synthetic_media.data import MOSAIC_DIGITS, PIXELS, digit_rows, mosaic

#: Numbers the autoencoder squeezes each digit into (its "latent space"); new digits are drawn there.
LATENT = 4
#: Units of the autoencoder's hidden layers.
HIDDEN = 64
#: Passes over the 1,257 training digits, and digits per step: about a second on one core.
EPOCHS = 20
BATCH = 128
LEARNING_RATE = 0.01
#: The generators the detector is tested on: the one it saw in training, and one it never saw.
GENERATORS = ("autoencoder", "cut_and_paste")


# --- the generative model ------------------------------------------------------------------------------------------


@dataclass
class Generator:
    """The trained autoencoder, its loss after each pass, and how long training took."""

    model: object
    losses: list[float] = field(default_factory=list)
    seconds: float = 0.0


def _autoencoder(seed: int):
    torch = load_torch()
    torch.manual_seed(seed)
    nn = torch.nn

    class VariationalAutoencoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = nn.Sequential(nn.Linear(PIXELS, HIDDEN), nn.ReLU())
            self.mean = nn.Linear(HIDDEN, LATENT)
            self.log_variance = nn.Linear(HIDDEN, LATENT)
            self.decoder = nn.Sequential(nn.Linear(LATENT, HIDDEN), nn.ReLU(), nn.Linear(HIDDEN, PIXELS))

        def forward(self, x):
            hidden = self.encoder(x)
            mean, log_variance = self.mean(hidden), self.log_variance(hidden)
            code = mean + torch.randn_like(mean) * torch.exp(0.5 * log_variance)
            return self.decoder(code), mean, log_variance

    return VariationalAutoencoder()


def train_generator(
    epochs: int = EPOCHS, seed: int = 0, on_epoch: Callable[[int, float], None] | None = None
) -> Generator:
    """Train the variational autoencoder live on the real training digits (its time goes to caire.core.timing).

    ``on_epoch(epoch, loss)`` is called after each pass (a progress bar)."""
    torch = load_torch()
    epochs = whole_number("epochs", epochs, 1, 500)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    model = _autoencoder(seed)
    optimiser = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    rows = torch.as_tensor(np.array(digit_rows("train")))
    order_seed = torch.Generator().manual_seed(seed)
    generator = Generator(model)
    start = time.perf_counter()
    for epoch in range(epochs):
        order, total = torch.randperm(len(rows), generator=order_seed), 0.0
        for begin in range(0, len(rows), BATCH):
            batch = rows[order[begin : begin + BATCH]]
            logits, mean, log_variance = model(batch)
            rebuilt = torch.nn.functional.binary_cross_entropy_with_logits(logits, batch, reduction="sum")
            spread = -0.5 * torch.sum(1 + log_variance - mean**2 - log_variance.exp())
            loss = (rebuilt + spread) / len(batch)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += float(loss.detach()) * len(batch)
        generator.losses.append(total / len(rows))
        if on_epoch is not None:
            on_epoch(epoch + 1, generator.losses[-1])
    generator.seconds = record_training(time.perf_counter() - start)
    return generator


def generate(generator: Generator, count: int, seed: int = 1) -> np.ndarray:
    """``count`` new digits drawn by the autoencoder (rows of 64 grey levels, 0..1)."""
    if not isinstance(generator, Generator):
        raise TypeError(f"generator must be a trained Generator (train_generator()); got {type(generator).__name__}")
    count = whole_number("count", count, 1, 10_000)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    torch = load_torch()
    codes = torch.randn(count, LATENT, generator=torch.Generator().manual_seed(seed))
    with torch.no_grad():
        return torch.sigmoid(generator.model.decoder(codes)).numpy().astype(np.float64)


def cut_and_paste(count: int, seed: int = 2) -> np.ndarray:
    """``count`` fakes from the other generator: the top half of one unseen real digit on the bottom half of another."""
    count = whole_number("count", count, 1, 10_000)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    pool = digit_rows("test")
    rng = np.random.default_rng(seed)
    tops, bottoms = pool[rng.integers(len(pool), size=count)], pool[rng.integers(len(pool), size=count)]
    return np.hstack([tops[:, : PIXELS // 2], bottoms[:, PIXELS // 2 :]]).astype(np.float64)


def fakes(generator: Generator, name: str, count: int, seed: int) -> np.ndarray:
    """``count`` fakes from the generator called ``name`` ("autoencoder" or "cut_and_paste")."""
    name = one_of("name", name, GENERATORS)
    return generate(generator, count, seed) if name == "autoencoder" else cut_and_paste(count, seed)


# --- the detector --------------------------------------------------------------------------------------------------


def detector_features(rows) -> np.ndarray:
    """What the detector looks at: each grey level, and how far each pixel is from pure ink or pure paper."""
    rows = np.asarray(rows, dtype=np.float64)
    if rows.ndim != 2 or rows.shape[1] != PIXELS:
        raise ValueError(f"rows must be a table of images of {PIXELS} pixels each; got shape {rows.shape}")
    return np.hstack([rows, rows * (1 - rows)])


@dataclass(frozen=True)
class Detector:
    """A detector of fakes (1 = generated), and how long its training took."""

    model: LogisticRegression
    seconds: float

    def says_generated(self, rows) -> np.ndarray:
        """True for each image the detector calls generated."""
        return self.model.predict(detector_features(rows)) == 1


def train_detector(generator: Generator, seed: int = 3) -> Detector:
    """Train the detector live: the real training digits (0) against as many of the autoencoder's digits (1)."""
    real = digit_rows("train")
    generated = generate(generator, len(real), seed)
    start = time.perf_counter()
    model = LogisticRegression().fit(
        detector_features(np.vstack([real, generated])), np.r_[np.zeros(len(real)), np.ones(len(generated))]
    )
    return Detector(model, record_training(time.perf_counter() - start))


@dataclass(frozen=True)
class DetectorResult:
    """How the detector does against one generator, on the unseen real digits and as many fakes (half and half)."""

    generator: str
    accuracy: float
    real_kept: float
    fakes_caught: float


def evaluate_detector(detector: Detector, generator: Generator, name: str, seed: int = 4) -> DetectorResult:
    """The detector's accuracy on the unseen real digits plus as many fakes from the generator called ``name``."""
    if not isinstance(detector, Detector):
        raise TypeError(f"detector must be a trained Detector (train_detector()); got {type(detector).__name__}")
    real = digit_rows("test")
    fake = fakes(generator, name, len(real), seed)
    real_kept = float(np.mean(~detector.says_generated(real)))
    fakes_caught = float(np.mean(detector.says_generated(fake)))
    return DetectorResult(name, (real_kept + fakes_caught) / 2, real_kept, fakes_caught)


# --- the game ------------------------------------------------------------------------------------------------------

#: Images in one round of "real or generated?", half of each.
GAME_IMAGES = 12
ANSWERS = ("real", "generated")


@dataclass(frozen=True)
class Game:
    """A round of the game: images (rows of 64 grey levels) and, for each, whether it is generated."""

    images: np.ndarray
    generated: tuple[bool, ...]


def make_game(generator: Generator, seed: int = 14, count: int = GAME_IMAGES) -> Game:
    """``count`` images, half unseen real digits and half drawn by the autoencoder, in a shuffled order."""
    count = whole_number("count", count, 2, 100)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    rng = np.random.default_rng(seed)
    real_pool = digit_rows("test")
    real = real_pool[rng.choice(len(real_pool), size=count // 2, replace=False)]
    generated = generate(generator, count - count // 2, seed + 1)
    order = rng.permutation(count)
    images = np.vstack([real, generated])[order]
    is_generated = np.r_[np.zeros(len(real), bool), np.ones(len(generated), bool)][order]
    return Game(read_only(images), tuple(bool(flag) for flag in is_generated))


def hit_rate(game: Game, answers: Sequence[str]) -> float:
    """Share of the game's images whose answer ("real" or "generated", one per image, in order) is right."""
    if not isinstance(game, Game):
        raise TypeError(f"game must be a Game (make_game()); got {type(game).__name__}")
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        raise TypeError(f"answers must be a list of 'real' or 'generated', one per image; got {answers!r}")
    if len(answers) != len(game.generated):
        raise ValueError(f"answers must have one answer per image ({len(game.generated)}); got {len(answers)}")
    said = [one_of("answers", answer, ANSWERS) == "generated" for answer in answers]
    return float(np.mean([guess == truth for guess, truth in zip(said, game.generated, strict=True)]))


# --- the watermark -------------------------------------------------------------------------------------------------

#: The secret key: the seed of the pattern. Whoever knows it can look for the watermark (or try to remove it).
WATERMARK_KEY = 2026
#: How far the watermark moves each pixel, up or down, on the 0..1 scale: 0.03 is under 8 of 256 grey levels.
STRENGTH = 0.03
#: The detector says "watermarked" from this score up; an image without the mark scores about -3 to 3.
THRESHOLD = 4.0
#: The edits the lesson tries, and their ranges.
MAX_CROP, MAX_NOISE, MIN_LEVELS, MAX_LEVELS = 16, 0.5, 2, 256
#: Seed of the added noise (the same noise every time).
NOISE_SEED = 7


@cache
def watermark_pattern(key: int = WATERMARK_KEY) -> np.ndarray:
    """The secret pattern of +1 and -1, one per pixel of the mosaic, drawn from ``key`` (locked)."""
    key = whole_number("key", key, 0, 2**32 - 1)
    size = MOSAIC_DIGITS * 8
    return read_only(np.random.default_rng(key).choice([-1.0, 1.0], size=(size, size)))


def _image(image) -> np.ndarray:
    image = np.asarray(image, dtype=np.float64)
    if image.ndim != 2 or min(image.shape) < 8 or image.shape[0] > 64 or image.shape[1] > 64:
        raise ValueError(f"image must be a grey image of at most 64 x 64 pixels; got shape {image.shape}")
    return image


def embed(image=None, strength: float = STRENGTH) -> np.ndarray:
    """The image (the mosaic when None) with the watermark added: each pixel moved up or down by ``strength``."""
    image = mosaic() if image is None else _image(image)
    strength = number_between("strength", strength, 0, 0.2)
    pattern = watermark_pattern()[: image.shape[0], : image.shape[1]]
    return np.clip(image + strength * pattern, 0, 1)


def watermark_score(image) -> float:
    """How strongly the image matches the secret pattern, laid from its top left corner: about -3 to 3 by chance,
    THRESHOLD and more means "watermarked"."""
    image = _image(image)
    pattern = watermark_pattern()[: image.shape[0], : image.shape[1]]
    centred = image - image.mean()
    spread = centred.std()
    if spread == 0:
        return 0.0
    return float((pattern * centred).sum() / (spread * np.sqrt(image.size)))


def is_watermarked(image) -> bool:
    """True when the detector finds the watermark in the image."""
    return watermark_score(image) >= THRESHOLD


def edit(image, crop: int = 0, noise: float = 0.0, levels: int = MAX_LEVELS) -> np.ndarray:
    """The image after the edits: ``crop`` columns cut from its left edge, random ``noise`` added (its typical size
    on the 0..1 scale), then its grey levels rounded to ``levels`` values (a crude compression)."""
    image = _image(image)
    crop = whole_number("crop", crop, 0, MAX_CROP)
    noise = number_between("noise", noise, 0, MAX_NOISE)
    levels = whole_number("levels", levels, MIN_LEVELS, MAX_LEVELS)
    edited = image[:, crop:]
    if noise:
        edited = np.clip(edited + np.random.default_rng(NOISE_SEED).normal(0, noise, edited.shape), 0, 1)
    return np.round(edited * (levels - 1)) / (levels - 1)


def weakest_noise_that_removes(step: float = 0.05) -> float:
    """The smallest noise, in steps of ``step``, after which the detector no longer finds the watermark."""
    step = number_between("step", step, 0.01, MAX_NOISE)
    marked = embed()
    for noise in np.arange(0, MAX_NOISE + 1e-9, step):
        if not is_watermarked(edit(marked, noise=round(float(noise), 4))):
            return round(float(noise), 4)
    raise ValueError(f"no noise up to {MAX_NOISE} removes the watermark")
