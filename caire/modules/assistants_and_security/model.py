"""Module 15's model: a toy assistant, trained live in milliseconds, and the prompt-injection measurement.

**A toy, not a language model.** A real assistant is a large language model tuned on many examples of
instructions and good answers, then on people's preferences. Our toy keeps one consequence of that tuning: it
has learnt to *recognise* instructions (a logistic regression on the words of a sentence, trained on sentences
labelled "instruction" or "information") and it carries out every instruction it recognises in its context,
whoever wrote it. That is exactly what a hidden instruction in an e-mail exploits.

The pipeline (:func:`run_assistant`): the context holds a system prompt, the user's request, the list of tools,
and the e-mail (retrieved for the request). Each sentence recognised as an instruction is carried out: one that
names an e-mail address calls the ``send_email`` tool (the client file leaves the organisation); any other one
puts its claim into the answer. Three defences can be switched on:

- ``separate``: the e-mail is wrapped in ``<document>`` ... ``</document>`` and what is inside is treated as data,
  never as an instruction; an attacker who writes ``</document>`` first gets out of the box (its limit);
- ``least_privilege``: a summarising assistant gets no ``send_email`` tool and no client file;
- ``confirm``: every tool call waits for a person's OK; a busy person approves a share of them without reading
  (``approve_share``, an assumption of the course, not a measurement).
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field

import numpy as np

from caire.core.i18n import check_language, get_language
from caire.core.logistic import LogisticRegression
from caire.core.timing import record_training
from caire.core.validation import share, whole_number
from caire.modules.assistants_and_security.data import (
    EMAILS,
    GOALS,
    SEED,
    Email,
    load_emails,
    load_sentences,
    texts,
    words,
)

#: The toy treats a sentence as an instruction from this score up.
THRESHOLD = 0.5
#: The defences, in the order the tables show them.
DEFENCES = ("separate", "least_privilege", "confirm")
#: The settings the lesson compares: none, each defence alone, all three.
SETTINGS = {
    "none": (),
    "separate": ("separate",),
    "least_privilege": ("least_privilege",),
    "confirm": ("confirm",),
    "all": DEFENCES,
}
#: The course's assumption for the confirmation defence: the share of requests a busy person approves unread.
APPROVE_SHARE = 0.2


@dataclass(frozen=True)
class ToyAssistant:
    """The trained toy: its vocabulary, its logistic regression, how long it trained, its accuracy on unseen
    sentences, and the language it learnt."""

    vocabulary: tuple[str, ...]
    model: LogisticRegression
    seconds: float
    accuracy: float
    sentences: int
    language: str

    def _table(self, sentences: list[str]) -> np.ndarray:
        index = {word: i for i, word in enumerate(self.vocabulary)}
        X = np.zeros((len(sentences), len(self.vocabulary)))
        for row, sentence in enumerate(sentences):
            for word in words(sentence):
                if word in index:
                    X[row, index[word]] = 1.0
        return X

    def scores(self, sentences) -> np.ndarray:
        """For each sentence, the toy's score (0 to 1) that it is an instruction to carry out."""
        if isinstance(sentences, str) or not all(isinstance(s, str) for s in sentences):
            raise TypeError("sentences must be a list of texts")
        return self.model.predict_proba(self._table(list(sentences)))

    def top_words(self, count: int = 8) -> list[tuple[str, float]]:
        """The ``count`` words that push a sentence most towards "instruction", with their weight."""
        order = np.argsort(self.model.coef_)[::-1][:count]
        return [(self.vocabulary[i], float(self.model.coef_[i])) for i in order]


_LATEST: dict[str, ToyAssistant] = {}


def train_assistant(language: str | None = None) -> ToyAssistant:
    """Train the toy live on the labelled sentences of ``language`` (its time goes to ``caire.core.timing``)."""
    language = check_language(language or get_language())
    data = load_sentences(language)
    start = time.perf_counter()
    vocabulary = tuple(sorted({word for sentence in data.train for word in words(sentence)}))
    toy = ToyAssistant(vocabulary, LogisticRegression(C=1.0, standardise=False), 0.0, 0.0, len(data.train), language)
    toy.model.fit(toy._table(list(data.train)), data.y_train)
    seconds = record_training(time.perf_counter() - start)
    found = toy.scores(data.test) >= THRESHOLD
    accuracy = float(np.mean(found == (data.y_test == 1)))
    toy = ToyAssistant(vocabulary, toy.model, seconds, accuracy, len(data.train), language)
    _LATEST[language] = toy
    return toy


def trained(language: str | None = None) -> ToyAssistant:
    """The toy trained last in this kernel for ``language`` (trained now if none was)."""
    language = check_language(language or get_language())
    return _LATEST.get(language) or train_assistant(language)


@dataclass(frozen=True)
class Continuer:
    """The toy "base model": for each word, how often each word followed it in the generated e-mails (counts of
    word pairs, not a neural network). It can only continue a text."""

    following: dict[str, dict[str, int]]
    seconds: float
    pairs: int


def _tokens(text: str) -> list[str]:
    return text.replace(".", " .").replace(",", " ,").split()


def train_continuer(language: str | None = None) -> Continuer:
    """Count, live, which word follows which in the sentences of the generated e-mails of ``language``."""
    language = check_language(language or get_language())
    corpus = [s for e in load_emails(language) for s in e.visible]
    start = time.perf_counter()
    following: dict[str, dict[str, int]] = {}
    pairs = 0
    for sentence in corpus:
        tokens = [".", *_tokens(sentence)]
        for before, after in itertools.pairwise(tokens):
            following.setdefault(before.lower(), {}).setdefault(after, 0)
            following[before.lower()][after] += 1
            pairs += 1
    seconds = record_training(time.perf_counter() - start)
    return Continuer(following, seconds, pairs)


def continue_text(base: Continuer, prompt: str, length: int = 20, seed: int = SEED) -> str:
    """What the toy base model writes after ``prompt``: up to ``length`` words or two sentences, each word drawn
    in proportion to how often it followed the previous one (an unknown word restarts as after a full stop)."""
    if not isinstance(base, Continuer):
        raise TypeError(f"base must be the toy base model (train_continuer); got {type(base).__name__}")
    if not isinstance(prompt, str) or not prompt.strip():
        raise ValueError("prompt must be a text that is not empty")
    length = whole_number("length", length, 1, 100)
    rng = np.random.default_rng(seed)
    word, written = _tokens(prompt)[-1].lower(), []
    for _ in range(length):
        options = base.following.get(word) or base.following["."]
        keys = sorted(options)
        counts = np.array([options[k] for k in keys], dtype=float)
        chosen = keys[int(rng.choice(len(keys), p=counts / counts.sum()))]
        written.append(chosen)
        word = chosen.lower()
        if written.count(".") >= 2:
            break
    return " ".join(written).replace(" .", ".").replace(" ,", ",")


def check_defences(defences) -> tuple[str, ...]:
    """The defences as a tuple in the course's order; a clear error for anything else."""
    if isinstance(defences, str) or not hasattr(defences, "__iter__"):
        raise TypeError(f"defences must be a list of names among {', '.join(DEFENCES)}; got {defences!r}")
    defences = tuple(defences)
    unknown = [d for d in defences if d not in DEFENCES]
    if unknown:
        raise ValueError(f"defences must be among {', '.join(DEFENCES)}; got {unknown[0]!r}")
    return tuple(d for d in DEFENCES if d in defences)


@dataclass(frozen=True)
class Outcome:
    """What the toy assistant did with one e-mail."""

    email: Email
    defences: tuple[str, ...]
    scores: tuple[float, ...]
    tools: tuple[str, ...]
    followed: bool
    stopped_by: str  # "", "not_recognised", "separate", "least_privilege", "confirm"
    answer: tuple[str, ...]
    sent_to: str = ""
    approved: bool = field(default=False)


def _approvals() -> np.ndarray:
    """One random number per e-mail (fixed seed): the busy person approves e-mail i's request when it is below
    the approve share, so that a higher share approves a superset."""
    return np.random.default_rng(SEED + 2).random(EMAILS)


def tools_of(defences) -> tuple[str, ...]:
    """The tools the assistant may call with ``defences``."""
    return (
        ("read_email",)
        if "least_privilege" in check_defences(defences)
        else ("read_email", "send_email", "client_file")
    )


def run_assistant(
    email: Email, defences=(), approve_share: float = APPROVE_SHARE, language: str | None = None
) -> Outcome:
    """Ask the toy to summarise ``email`` (written in ``language``) with ``defences`` on: what it does with the
    hidden instruction."""
    if not isinstance(email, Email):
        raise TypeError(f"email must be one of the generated e-mails (load_emails); got {type(email).__name__}")
    defences = check_defences(defences)
    approve_share = share("approve_share", approve_share)
    toy = trained(language)
    scores = tuple(float(s) for s in toy.scores(email.sentences))
    tools = tools_of(defences)
    summary = tuple(s for i, s in enumerate(email.sentences) if i != email.hidden_at)[:2]
    approved = bool(_approvals()[email.number - 1] < approve_share)

    def outcome(followed: bool, stopped_by: str, answer=summary, sent_to: str = "") -> Outcome:
        return Outcome(email, defences, scores, tools, followed, stopped_by, tuple(answer), sent_to, approved)

    if scores[email.hidden_at] < THRESHOLD:
        return outcome(False, "not_recognised")
    if "separate" in defences and not email.fake_end:
        return outcome(False, "separate")
    if email.goal == "say":
        return outcome(True, "", (*summary, email.claim))
    if "send_email" not in tools:
        return outcome(False, "least_privilege")
    if "confirm" in defences and not approved:
        return outcome(False, "confirm")
    return outcome(True, "", summary, email.attacker)


@dataclass(frozen=True)
class Rates:
    """Share of the hidden instructions the toy followed with some defences, in all and by goal."""

    defences: tuple[str, ...]
    followed: float
    by_goal: dict[str, float]
    leaked: int
    changed: int
    emails: int


def injection_rates(defences=(), approve_share: float = APPROVE_SHARE, language: str | None = None) -> Rates:
    """Run the toy on every generated e-mail with ``defences``: the share of hidden instructions it followed."""
    defences = check_defences(defences)
    approve_share = share("approve_share", approve_share)
    language = check_language(language or get_language())
    outcomes = [run_assistant(e, defences, approve_share, language) for e in load_emails(language)]
    by_goal = {}
    for goal in GOALS:
        chosen = [o for o in outcomes if o.email.goal == goal]
        by_goal[goal] = sum(o.followed for o in chosen) / len(outcomes)
    leaked = sum(o.followed and o.email.goal == "leak" for o in outcomes)
    changed = sum(o.followed and o.email.goal == "say" for o in outcomes)
    return Rates(defences, (leaked + changed) / len(outcomes), by_goal, leaked, changed, len(outcomes))


def all_rates(approve_share: float = APPROVE_SHARE) -> dict[str, Rates]:
    """:func:`injection_rates` for each setting of ``SETTINGS``."""
    return {name: injection_rates(defences, approve_share) for name, defences in SETTINGS.items()}


def system_prompt(language: str | None = None) -> str:
    """The system prompt of the toy assistant, as its provider wrote it."""
    data = texts(language)
    return data["system"].replace("{owner}", data["owner"])


def user_request(email: Email, language: str | None = None) -> str:
    """What the user asked the assistant about ``email``."""
    return texts(language)["request"].replace("{sender}", email.sender)
