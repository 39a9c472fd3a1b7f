"""Module 07: texts as vectors, nearest neighbours and retrieval, on a help-desk FAQ written for the course.

Everything runs in numpy (importing scikit-learn alone would take a kernel to ~190 MB):

- :func:`words` turns a text into the words a search compares (lower case, small words dropped, plural ``s`` cut);
- :func:`tfidf_index` gives each FAQ entry a TF-IDF vector: one number a word of the FAQ, large for a word that
  is frequent in the entry and rare in the rest of the FAQ (the same formula as scikit-learn's ``TfidfVectorizer``
  with its defaults: raw counts, smoothed idf ``ln((1 + n) / (1 + df)) + 1``, rows of length 1);
- :func:`lsa_index` squeezes those vectors into a few dimensions with a singular value decomposition (latent
  semantic analysis, what scikit-learn's ``TruncatedSVD`` computes), so that words used in the same entries land
  close together: a small embedding, computed live;
- :func:`search` ranks the entries by cosine similarity to a question; :func:`hit_rate` measures how often the
  right entry comes first, for queries that reuse the FAQ's wording and for paraphrases;
- :func:`plot_map` draws every entry on a 2-D map; :func:`search_box` is the widget a learner types into.

The FAQ (``caire/data/faq_{en,fr}.json``, CC0) is a fictional company's HR and IT help-desk FAQ, with test queries.
"""

from __future__ import annotations

import html
import json
import re
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.i18n import LANGUAGES, get_language, t
from caire.core.timing import record_training
from caire.core.validation import one_of, whole_number

DATA = Path(__file__).parent / "data"
#: How to compare a question with the entries: shared words (TF-IDF) or the small LSA embedding.
METHODS = ("tfidf", "lsa")
#: Kinds of test queries: reusing the FAQ's wording, or saying the same thing in other words.
QUERY_KINDS = ("exact", "paraphrase")
#: Dimensions of the LSA embedding.
LSA_DIMENSIONS = 20
#: Below this similarity the grounded answer says it found nothing close enough.
MIN_SCORE = 0.2
TOPICS = ("it", "hr")
#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
TOPIC_COLOURS = {"it": "#0072B2", "hr": "#D55E00"}
QUERY_COLOUR = "#000000"

#: Words too common to tell entries apart (kept short on purpose: the lesson shows them).
STOP_WORDS = {
    "en": frozenset("""a about after all am an and any are as at be been before by can could did do does for from
        get got had has have how i if in into is it its me my no not of on once or our so than that the their them
        then there these they this to up us was we what when where which who why will with would you your""".split()),
    "fr": frozenset("""a ai au aux avec ce ces cet cette chez comment dans de des du elle en est et il ils je la le
        les leur lui ma me mes moi mon ne nos notre on ou où par pas peut peux pour puis puis-je suis quand que quel quelle qui sa se ses
        son sont sur ta te tes toi ton tu un une vos votre vous y être""".split()),
}
_WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Entry:
    """One question/answer pair of the FAQ."""

    number: int
    topic: str
    question: str
    answer: str

    @property
    def text(self) -> str:
        """What the search reads: the question and its answer."""
        return f"{self.question} {self.answer}"


@dataclass(frozen=True)
class SampleQuery:
    """A question whose right entry is known, written twice: with the FAQ's words, and in other words."""

    target: int
    exact: str
    paraphrase: str


@dataclass(frozen=True)
class FAQ:
    language: str
    entries: tuple[Entry, ...]
    test_queries: tuple[SampleQuery, ...]

    def entry(self, number: object) -> Entry:
        return self.entries[check_entry_number(number, len(self.entries)) - 1]


@dataclass(frozen=True)
class Hit:
    """One retrieved entry and its cosine similarity to the question (0: nothing in common, 1: same direction)."""

    number: int
    question: str
    answer: str
    score: float


def _language(language: object) -> str:
    language = get_language() if language is None else language
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}; got {language!r}")
    return language  # type: ignore[return-value]


def check_entry_number(number: object, count: int) -> int:
    return whole_number("number", number, 1, count)


def check_query(query: object, name: str = "query") -> str:
    """A question typed by a learner: text with at least one letter or digit."""
    if not isinstance(query, str):
        raise TypeError(f"{name} must be text; got {type(query).__name__} {query!r}")
    if not _WORD.search(query):
        raise ValueError(f"{name} must contain at least one word; got {query!r}")
    return query


def check_method(method: object) -> str:
    return one_of("method", method, METHODS)


def load_faq(language: str | None = None) -> FAQ:
    """The help-desk FAQ in ``language`` (default: the course's language)."""
    return _load_faq(_language(language))


@cache
def _load_faq(language: str) -> FAQ:
    with (DATA / f"faq_{language}.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    entries = tuple(Entry(int(item["number"]), item["topic"], item["question"], item["answer"])
                    for item in data["entries"])
    tests = tuple(SampleQuery(int(item["target"]), item["exact"], item["paraphrase"]) for item in data["test_queries"])
    return FAQ(language, entries, tests)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "ès", "us")):
        return word[:-1]
    return word


def words(text: object, language: str | None = None) -> list[str]:
    """The words of ``text`` that a search compares: lower case, without small common words, plural "s" cut."""
    if not isinstance(text, str):
        raise TypeError(f"text must be text; got {type(text).__name__} {text!r}")
    stop = STOP_WORDS[_language(language)]
    kept = []
    for word in _WORD.findall(text.lower()):
        if len(word) < 2 or word in stop:
            continue
        kept.append(_stem(word))
    return kept


@dataclass(frozen=True)
class TfidfIndex:
    vocabulary: tuple[str, ...]
    idf: np.ndarray
    matrix: np.ndarray  # one row per entry, rows of length 1

    def vector(self, text: str, language: str) -> np.ndarray:
        """The TF-IDF vector of a new text (words the FAQ never uses are left out), of length 1 or all zeros."""
        position = {word: i for i, word in enumerate(self.vocabulary)}
        counts = np.zeros(len(self.vocabulary))
        for word in words(text, language):
            if word in position:
                counts[position[word]] += 1
        return _unit(counts * self.idf)


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return np.divide(rows, norms, out=np.zeros_like(rows, dtype=float), where=norms > 0)


def tfidf(texts: list[str], language: str) -> TfidfIndex:
    """TF-IDF vectors of ``texts`` (what scikit-learn's TfidfVectorizer gives with the same words)."""
    tokens = [words(text, language) for text in texts]
    vocabulary = tuple(sorted({word for doc in tokens for word in doc}))
    position = {word: i for i, word in enumerate(vocabulary)}
    counts = np.zeros((len(texts), len(vocabulary)))
    for row, doc in enumerate(tokens):
        for word in doc:
            counts[row, position[word]] += 1
    document_frequency = (counts > 0).sum(axis=0)
    idf = np.log((1 + len(texts)) / (1 + document_frequency)) + 1
    return TfidfIndex(vocabulary, idf, _unit(counts * idf))


def tfidf_index(language: str | None = None) -> TfidfIndex:
    """The TF-IDF vectors of the FAQ entries (question and answer) in ``language``."""
    return _tfidf_index(_language(language))


@cache
def _tfidf_index(language: str) -> TfidfIndex:
    return tfidf([entry.text for entry in load_faq(language).entries], language)


@dataclass(frozen=True)
class LsaIndex:
    components: np.ndarray  # dimensions x vocabulary
    singular_values: np.ndarray
    vectors: np.ndarray  # entries x dimensions (not normalised, as TruncatedSVD.transform gives)
    seconds: float

    def project(self, tfidf_vector: np.ndarray) -> np.ndarray:
        return tfidf_vector @ self.components.T


def lsa(matrix: np.ndarray, dimensions: int) -> LsaIndex:
    """Latent semantic analysis: the ``dimensions`` strongest directions of a TF-IDF matrix (a truncated SVD).

    Signs are fixed (the largest weight of each direction is positive), so the result is the same every run.
    """
    if not isinstance(matrix, np.ndarray) or matrix.ndim != 2:
        raise TypeError(f"matrix must be a 2-D numpy array; got {type(matrix).__name__}")
    dimensions = whole_number("dimensions", dimensions, 1, min(matrix.shape))
    start = time.perf_counter()
    u, s, vt = np.linalg.svd(matrix, full_matrices=False)
    u, s, vt = u[:, :dimensions], s[:dimensions], vt[:dimensions]
    signs = np.sign(vt[np.arange(dimensions), np.abs(vt).argmax(axis=1)])
    u, vt = u * signs, vt * signs[:, None]
    seconds = time.perf_counter() - start
    return LsaIndex(vt, s, u * s, seconds)


def lsa_index(language: str | None = None, dimensions: int = LSA_DIMENSIONS) -> LsaIndex:
    """The LSA embedding of the FAQ in ``language``, computed live (its time goes to ``caire.core.timing``)."""
    return _lsa_index(_language(language), whole_number("dimensions", dimensions, 1, len(load_faq(language).entries)))


@cache
def _lsa_index(language: str, dimensions: int) -> LsaIndex:
    index = lsa(tfidf_index(language).matrix, dimensions)
    record_training(index.seconds)
    return index


def similarities(query: object, method: str = "tfidf", language: str | None = None) -> np.ndarray:
    """Cosine similarity of ``query`` to every FAQ entry, in entry order."""
    query, method, language = check_query(query), check_method(method), _language(language)
    index = tfidf_index(language)
    vector = index.vector(query, language)
    if method == "tfidf":
        return index.matrix @ vector
    embedding = lsa_index(language)
    return _unit(embedding.vectors) @ _unit(embedding.project(vector))


def search(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> list[Hit]:
    """The ``k`` FAQ entries closest to ``query``, best first (ties: the lower entry number first)."""
    language = _language(language)
    faq = load_faq(language)
    k = whole_number("k", k, 1, len(faq.entries))
    scores = similarities(query, method, language)
    order = sorted(range(len(scores)), key=lambda i: (-round(float(scores[i]), 12), i))[:k]
    return [Hit(faq.entries[i].number, faq.entries[i].question, faq.entries[i].answer, float(scores[i]))
            for i in order]


def similarity(query: object, number: object, method: str = "tfidf", language: str | None = None) -> float:
    """The cosine similarity between ``query`` and FAQ entry ``number``."""
    language = _language(language)
    faq = load_faq(language)
    number = check_entry_number(number, len(faq.entries))
    return float(similarities(query, method, language)[number - 1])


def shared_words(query: object, number: object, language: str | None = None) -> list[str]:
    """The words (as the search sees them) that ``query`` shares with FAQ entry ``number``."""
    language = _language(language)
    entry = load_faq(language).entry(number)
    mine = set(words(entry.text, language))
    return sorted({word for word in words(check_query(query), language) if word in mine})


def check_kind(kind: object) -> str:
    return one_of("kind", kind, QUERY_KINDS)


def query_results(kind: str = "exact", method: str = "tfidf", language: str | None = None) -> list[tuple[str, int, int, bool]]:
    """For each test query of this kind: (query, right entry, entry ranked first, whether they are the same)."""
    kind, method, language = check_kind(kind), check_method(method), _language(language)
    results = []
    for test in load_faq(language).test_queries:
        query = getattr(test, kind)
        first = search(query, 1, method, language)[0].number
        results.append((query, test.target, first, first == test.target))
    return results


def hit_rate(kind: str = "exact", method: str = "tfidf", language: str | None = None) -> float:
    """The share of the test queries of this kind for which the right entry comes first."""
    results = query_results(kind, method, language)
    return sum(right for *_, right in results) / len(results)


# --- showing things to learners --------------------------------------------------------------------------------


def method_name(method: str) -> str:
    return t(f"m07.method.{check_method(method)}")


def show_entries(numbers: list[int] | range | None = None, language: str | None = None) -> None:
    """Print some FAQ entries (default: the first 6)."""
    faq = load_faq(language)
    numbers = list(range(1, 7)) if numbers is None else list(numbers)
    for number in numbers:
        entry = faq.entry(number)
        print(f"{entry.number:>2}. [{t(f'm07.topic.{entry.topic}')}] {entry.question}\n    {entry.answer}")


def show_vector(text: object, language: str | None = None, top: int = 8) -> None:
    """Print the words of ``text`` the search keeps, and the largest weights of its TF-IDF vector."""
    language = _language(language)
    text = check_query(text, "text")
    top = whole_number("top", top, 1, 50)
    index = tfidf_index(language)
    vector = index.vector(text, language)
    print(t("m07.vector.words", words=", ".join(words(text, language)) or "-"))
    print(t("m07.vector.size", size=len(vector), nonzero=int((vector > 0).sum())))
    for i in np.argsort(-vector)[:top]:
        if vector[i] > 0:
            print(f"  {index.vocabulary[i]:<18} {vector[i]:.2f}")


def show_results(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> None:
    """Print the ``k`` entries closest to ``query``, with their similarity and the words they share with it."""
    language = _language(language)
    hits = search(query, k, method, language)
    print(t("m07.results.title", query=query, method=method_name(method)))
    for hit in hits:
        shared = ", ".join(shared_words(query, hit.number, language)) or "-"
        print(t("m07.results.hit", number=hit.number, score=hit.score, question=hit.question, shared=shared))


def show_query_results(kind: str = "exact", method: str = "tfidf", language: str | None = None,
                       rate: bool = True) -> None:
    """Print each test query, the entry it should find, the one ranked first, and (unless ``rate=False``) the
    hit rate."""
    if not isinstance(rate, bool):
        raise TypeError(f"rate must be True or False; got {rate!r}")
    results = query_results(kind, method, language)
    for query, target, first, right in results:
        mark = "✓" if right else "✗"
        print(f"{mark} {query}  → {first} ({t('m07.results.expected', target=target)})")
    hits = sum(right for *_, right in results)
    if rate:
        print(t("m07.results.rate", hits=hits, total=len(results), rate=hits / len(results)))


def grounded_answer(query: object, method: str = "tfidf", min_score: float = MIN_SCORE,
                    language: str | None = None) -> str:
    """What a chatbot grounded in the FAQ would say: the best entry's answer and its source, or that it found none."""
    language = _language(language)
    if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not 0 <= min_score <= 1:
        raise ValueError(f"min_score must be a number between 0 and 1; got {min_score!r}")
    best = search(query, 1, method, language)[0]
    if best.score < min_score:
        return t("m07.grounded.none", score=best.score, min_score=min_score)
    return t("m07.grounded.answer", answer=best.answer, number=best.number, question=best.question, score=best.score)


def map_coordinates(language: str | None = None) -> np.ndarray:
    """2-D coordinates of the entries: the first two principal components of their TF-IDF vectors."""
    matrix = tfidf_index(_language(language)).matrix
    centred = matrix - matrix.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:2] * np.sign(vt[:2, :][np.arange(2), np.abs(vt[:2]).argmax(axis=1)])[:, None]
    return centred @ axes.T, matrix.mean(axis=0), axes


def plot_map(query: object = None, language: str | None = None, ax=None, label_every: int = 1):
    """Every FAQ entry as a point (colour: its topic); entries with similar words sit close; a query as a star."""
    import matplotlib.pyplot as plt

    language = _language(language)
    faq = load_faq(language)
    points, mean, axes = map_coordinates(language)
    if ax is None:
        figure, ax = plt.subplots(figsize=(8, 6), layout="constrained")
    else:
        figure = ax.figure
    for topic in TOPICS:
        chosen = [i for i, entry in enumerate(faq.entries) if entry.topic == topic]
        ax.scatter(points[chosen, 0], points[chosen, 1], s=40, color=TOPIC_COLOURS[topic],
                   label=t(f"m07.topic.{topic}"), alpha=0.8)
    for i, entry in enumerate(faq.entries):
        if i % label_every == 0:
            ax.annotate(str(entry.number), points[i], fontsize=7, xytext=(3, 2), textcoords="offset points")
    if query is not None:
        vector = tfidf_index(language).vector(check_query(query), language)
        where = (vector - mean) @ axes.T
        ax.scatter([where[0]], [where[1]], marker="*", s=250, color=QUERY_COLOUR, label=t("m07.plot.query"))
    ax.set_title(t("m07.plot.map_title"))
    ax.set_xlabel(t("m07.plot.axis", number=1))
    ax.set_ylabel(t("m07.plot.axis", number=2))
    ax.legend(loc="best", fontsize=8)
    return figure


def plot_hit_rates(language: str | None = None, ax=None):
    """Bars: the share of test queries whose right entry comes first, exact wording vs paraphrase, per method."""
    import matplotlib.pyplot as plt

    language = _language(language)
    if ax is None:
        figure, ax = plt.subplots(figsize=(7, 3.5), layout="constrained")
    else:
        figure = ax.figure
    width = 0.38
    for shift, kind, colour in ((-width / 2, "exact", "#009E73"), (width / 2, "paraphrase", "#E69F00")):
        rates = [hit_rate(kind, method, language) for method in METHODS]
        bars = ax.bar(np.arange(len(METHODS)) + shift, rates, width, color=colour, label=t(f"m07.kind.{kind}"))
        ax.bar_label(bars, labels=[f"{rate:.0%}" for rate in rates], fontsize=8)
    ax.set_xticks(np.arange(len(METHODS)), [method_name(method) for method in METHODS])
    ax.set_ylim(0, 1.3)
    ax.set_ylabel(t("m07.plot.hit_rate"))
    ax.set_title(t("m07.plot.hit_rate_title", total=len(load_faq(language).test_queries)))
    ax.legend(loc="upper center", fontsize=8, ncol=2)
    return figure


def results_html(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> str:
    """The retrieved entries as an HTML list with a bar for each similarity."""
    language = _language(language)
    rows = []
    for hit in search(query, k, method, language):
        width = max(0.0, min(1.0, hit.score)) * 100
        shared = ", ".join(shared_words(query, hit.number, language)) or "-"
        rows.append(
            f'<div class="caire-hit" style="margin:6px 0">'
            f'<div style="display:inline-block;width:120px;background:#eee;vertical-align:middle">'
            f'<div style="width:{width:.0f}%;background:#0072B2;height:10px"></div></div> '
            f"<b>{hit.score:.2f}</b> · {html.escape(t('m07.widget.entry', number=hit.number))}: "
            f"<i>{html.escape(hit.question)}</i><br>{html.escape(hit.answer)}<br>"
            f"<small>{html.escape(t('m07.widget.shared', shared=shared))}</small></div>")
    return "".join(rows)


def search_box(query: str | None = None, method: str = "tfidf", k: int = 3):
    """A text box: type a question, see the closest FAQ entries with their similarity, and the grounded answer."""
    import ipywidgets as widgets

    method = check_method(method)
    k = whole_number("k", k, 1, 10)
    start = check_query(query) if query is not None else load_faq().test_queries[0].exact
    style = {"description_width": "initial"}
    box = widgets.Text(value=start, description=t("m07.widget.question"), style=style,
                       layout=widgets.Layout(width="90%"), continuous_update=False)
    pick = widgets.ToggleButtons(options=[(method_name(name), name) for name in METHODS], value=method,
                                 description=t("m07.widget.method"), style=style)
    button = widgets.Button(description=t("m07.widget.search"), button_style="primary", icon="search")
    answer = widgets.HTML()
    results = widgets.HTML()

    def update(_change=None) -> None:
        try:
            check_query(box.value)
        except (TypeError, ValueError):
            answer.value = f"<div class='caire-problem'>{html.escape(t('m07.widget.empty'))}</div>"
            results.value = ""
            return
        scores = similarities(box.value, pick.value)
        if not np.any(scores > 0):
            answer.value = f"<div>{html.escape(t('m07.widget.no_word'))}</div>"
        else:
            answer.value = (f"<div style='border-left:4px solid #009E73;padding:4px 8px'>"
                            f"{html.escape(grounded_answer(box.value, pick.value))}</div>")
        results.value = results_html(box.value, k, pick.value)

    box.observe(update, names="value")
    pick.observe(update, names="value")
    button.on_click(update)
    update()
    return widgets.VBox([box, pick, button, answer, results])
