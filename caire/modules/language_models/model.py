"""Module 06's models: what follows a context in the corpus, temperature, a counting model, a tiny neural model.

Counting models and temperature are plain Python and numpy; the neural model (read 8 characters, predict the 9th)
imports torch only when it is trained (``import torch`` costs about 1 s and 285 MB), and each training is recorded
by ``caire.core.timing``.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from caire.core.i18n import t
from caire.core.timing import record_training
from caire.core.validation import real_number, whole_number
from caire.modules.language_models.data import (
    LARGE_MODELS,
    check_string,
    check_text,
    language_or_current,
    load_corpus,
    tokens,
    vocabulary,
)

#: The neural model reads this many characters before the one it predicts...
CONTEXT = 8
#: ...turns each into this many numbers (its embedding), and has one hidden layer of this many neurons.
EMBEDDING = 12
HIDDEN = 96
STEPS = 800
BATCH = 256
LEARNING_RATE = 0.01


# --- the next character, counted in the corpus; temperature -----------------------------------------------


def next_counts(context: str, text: str | None = None) -> dict[str, int]:
    """How many times each character follows ``context`` in ``text`` (default: the corpus), most frequent first."""
    context, text = check_string("context", context), check_text(text)
    counts: Counter[str] = Counter()
    start = text.find(context)
    while start != -1 and start + len(context) < len(text):
        counts[text[start + len(context)]] += 1
        start = text.find(context, start + 1)
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def with_temperature(counts: dict[str, int] | dict[str, float], temperature: float) -> dict[str, float]:
    """Probabilities from counts, sharpened (temperature below 1) or flattened (above 1): p ** (1 / T), rescaled."""
    temperature = real_number("temperature", temperature)
    if not 0 < temperature <= 10:
        raise ValueError(f"temperature must be above 0 and at most 10; got {temperature}")
    if not isinstance(counts, dict) or not counts:
        raise ValueError("counts must be a non-empty dict of token: count")
    keys = list(counts)
    logits = np.log(np.array([float(counts[key]) for key in keys])) / temperature
    weights = np.exp(logits - logits.max())
    weights /= weights.sum()
    return {key: float(weight) for key, weight in zip(keys, weights)}


# --- the counting model: what followed the same few characters in the corpus ---------------------------------


@cache
def _table(order: int, language: str) -> dict[str, Counter]:
    text = load_corpus(language)
    table: dict[str, Counter] = {}
    for end in range(order, len(text)):
        table.setdefault(text[end - order : end], Counter())[text[end]] += 1
    return table


def counting_accuracy(context_length: int, language: str | None = None) -> float:
    """Share of the corpus's characters the counting model guesses right (most frequent follower of the last
    ``context_length`` characters, counted on the corpus itself)."""
    order = whole_number("context_length", context_length, 0, 20)
    language = language_or_current(language)
    text, table = load_corpus(language), _table(order, language)
    best = {context: counter.most_common(1)[0][0] for context, counter in table.items()}
    right = sum(best[text[end - order : end]] == text[end] for end in range(order, len(text)))
    return right / (len(text) - order)


def counting_write(
    start: str,
    context_length: int = 3,
    length: int = 200,
    temperature: float = 1.0,
    seed: int = 0,
    language: str | None = None,
) -> str:
    """Continue ``start`` with the counting model, drawing each next character with ``temperature``."""
    order = whole_number("context_length", context_length, 0, 20)
    length = whole_number("length", length, 1, 5_000)
    start = check_string("start", start)
    table = _table(order, language_or_current(language))
    rng = np.random.default_rng(whole_number("seed", seed, 0, 2**32 - 1))
    text = start
    for _ in range(length):
        counter = table.get(text[len(text) - order :] if order else "")
        if counter is None:
            break
        probabilities = with_temperature(dict(counter), temperature)
        keys = list(probabilities)
        text += keys[rng.choice(len(keys), p=np.array(list(probabilities.values())))]
    return text


# --- the neural model ---------------------------------------------------------------------------------------


def count_parameters(
    vocabulary_size: int, context: int = CONTEXT, embedding: int = EMBEDDING, hidden: int = HIDDEN
) -> int:
    """Weights and biases of the neural model: embedding table, hidden layer, output layer."""
    vocabulary_size = whole_number("vocabulary_size", vocabulary_size, 1, 100_000)
    context = whole_number("context", context, 1, 64)
    embedding = whole_number("embedding", embedding, 1, 256)
    hidden = whole_number("hidden", hidden, 1, 4_096)
    return vocabulary_size * embedding + (context * embedding + 1) * hidden + (hidden + 1) * vocabulary_size


def model_parameters(language: str | None = None) -> int:
    """How many numbers the lesson's neural model learns, for the corpus in ``language``."""
    return count_parameters(len(vocabulary(load_corpus(language_or_current(language)))))


@dataclass
class LanguageModel:
    """A trained character-level neural language model, its loss after each step, and its training time."""

    network: object
    characters: list[str]
    losses: list[float] = field(default_factory=list)
    train_seconds: float = 0.0

    @property
    def parameters(self) -> int:
        return sum(int(weights.numel()) for weights in self.network.parameters())

    def probabilities(self, context: str) -> dict[str, float]:
        """The model's probability for each next character after ``context`` (characters it never saw are dropped)."""
        import torch

        context = check_string("context", context)
        index = {character: number for number, character in enumerate(self.characters)}
        numbers = [index[c] for c in context if c in index][-CONTEXT:]
        numbers = [index.get("\n", 0)] * (CONTEXT - len(numbers)) + numbers
        with torch.no_grad():
            scores = self.network(torch.tensor([numbers]))[0]
            probabilities = torch.softmax(scores, dim=0).numpy()
        return {character: float(p) for character, p in zip(self.characters, probabilities)}

    def write(self, start: str, length: int = 200, temperature: float = 1.0, seed: int = 0) -> str:
        """Continue ``start`` one character at a time; ``temperature`` 0 always takes the most likely one."""
        start = check_string("start", start)
        length = whole_number("length", length, 1, 5_000)
        temperature = real_number("temperature", temperature)
        if not 0 <= temperature <= 10:
            raise ValueError(f"temperature must be between 0 and 10; got {temperature}")
        rng = np.random.default_rng(whole_number("seed", seed, 0, 2**32 - 1))
        text = start
        for _ in range(length):
            probabilities = self.probabilities(text)
            keys = list(probabilities)
            if temperature == 0:
                text += max(keys, key=probabilities.get)
            else:
                sharpened = with_temperature({k: max(p, 1e-12) for k, p in probabilities.items()}, temperature)
                text += keys[rng.choice(len(keys), p=np.array(list(sharpened.values())))]
        return text


def _examples(text: str, characters: list[str]):
    index = {character: number for number, character in enumerate(characters)}
    numbers = [index["\n"]] * CONTEXT + [index[c] for c in text]
    inputs = np.lib.stride_tricks.sliding_window_view(np.array(numbers[:-1]), CONTEXT)
    return inputs.astype(np.int64), np.array(numbers[CONTEXT:], dtype=np.int64)


def train_language_model(
    language: str | None = None,
    steps: int = STEPS,
    seed: int = 0,
    on_step: Callable[[int, float], None] | None = None,
) -> LanguageModel:
    """Train the lesson's neural model on the corpus: read 8 characters, predict the 9th (Adam, small batches).

    ``on_step(step, loss)`` is called after each step (``widgets.train_with_progress`` moves a progress bar with it).
    """
    from caire.core.neural import load_torch

    torch = load_torch()
    text = load_corpus(language_or_current(language))
    steps = whole_number("steps", steps, 1, 10_000)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if on_step is not None and not callable(on_step):
        raise TypeError(f"on_step must be a function or None; got {type(on_step).__name__}")
    characters = vocabulary(text)
    inputs, targets = (torch.as_tensor(array) for array in _examples(text, characters))
    torch.manual_seed(seed)
    network = torch.nn.Sequential(
        torch.nn.Embedding(len(characters), EMBEDDING),
        torch.nn.Flatten(),
        torch.nn.Linear(CONTEXT * EMBEDDING, HIDDEN),
        torch.nn.Tanh(),
        torch.nn.Linear(HIDDEN, len(characters)),
    )
    optimiser = torch.optim.Adam(network.parameters(), lr=LEARNING_RATE)
    loss_function = torch.nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(seed)
    model = LanguageModel(network, characters)
    start = time.perf_counter()
    for step in range(steps):
        batch = torch.randint(0, len(targets), (BATCH,), generator=generator)
        optimiser.zero_grad()
        loss = loss_function(network(inputs[batch]), targets[batch])
        loss.backward()
        optimiser.step()
        model.losses.append(float(loss.detach()))
        if on_step is not None:
            on_step(step + 1, model.losses[-1])
    model.train_seconds = record_training(time.perf_counter() - start)
    return model


# --- memorisation and invention -----------------------------------------------------------------------------


def longest_copy(written: str, text: str | None = None) -> str:
    """The longest piece of ``written`` that appears word for word in ``text`` (default: the corpus)."""
    written, text = check_string("written", written), check_text(text)
    best = ""
    for begin in range(len(written)):
        end = begin + len(best) + 1
        while end <= len(written) and written[begin:end] in text:
            best = written[begin:end]
            end += 1
    return best


def invented_words(written: str, text: str | None = None) -> list[str]:
    """The words of ``written`` that never appear in ``text`` (default: the corpus), in order, without repeats."""
    known = {word.lower() for word in tokens(check_text(text), "words")}
    found: list[str] = []
    for word in tokens(check_string("written", written) or " ", "words"):
        if word.isalpha() and word.lower() not in known and word not in found:
            found.append(word)
    return found


# --- scale ---------------------------------------------------------------------------------------------------


def scale_rows(language: str | None = None) -> list[tuple[str, float, float | None, str]]:
    """Our model and today's large ones: (name, parameters, training tokens, source)."""
    language = language_or_current(language)
    ours = (
        t("m06.plot.our_model", language),
        float(model_parameters(language)),
        float(len(load_corpus(language))),
        t("m06.plot.this_lesson", language),
    )
    return [ours, *LARGE_MODELS]
