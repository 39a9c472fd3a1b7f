"""Module 07's search: texts as vectors, nearest neighbours and retrieval, in numpy (importing scikit-learn alone
would take a kernel to ~190 MB).

- :func:`words` turns a text into the words a search compares (lower case, small words dropped, plural ``s`` cut);
- :func:`tfidf_index` gives each FAQ entry a TF-IDF vector: one number a word of the FAQ, large for a word that
  is frequent in the entry and rare in the rest of the FAQ (the same formula as scikit-learn's ``TfidfVectorizer``
  with its defaults: raw counts, smoothed idf ``ln((1 + n) / (1 + df)) + 1``, rows of length 1);
- :func:`lsa_index` squeezes those vectors into a few dimensions with a singular value decomposition (latent
  semantic analysis, what scikit-learn's ``TruncatedSVD`` computes), so that words used in the same entries land
  close together: a small embedding, computed live;
- :func:`search` ranks the entries by cosine similarity to a question; :func:`hit_rate` measures how often the
  right entry comes first, for queries that reuse the FAQ's wording and for paraphrases.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.i18n import t
from caire.core.timing import record_training
from caire.core.validation import one_of, whole_number
from caire.modules.embeddings.data import (
    WORD,
    check_entry_number,
    check_kind,
    check_query,
    faq_language,
    load_faq,
)

#: How to compare a question with the entries: shared words (TF-IDF) or the small LSA embedding.
METHODS = ("tfidf", "lsa")
#: Dimensions of the LSA embedding.
LSA_DIMENSIONS = 20
#: Below this similarity the grounded answer says it found nothing close enough.
MIN_SCORE = 0.2

#: Words too common to tell entries apart (kept short on purpose: the lesson shows them).
STOP_WORDS = {
    "en": frozenset(
        """a about after all am an and any are as at be been before by can could did do does for from
        get got had has have how i if in into is it its me my no not of on once or our so than that the their them
        then there these they this to up us was we what when where which who why will with would you your""".split()  # noqa: SIM905
    ),
    "fr": frozenset(
        """a ai au aux avec ce ces cet cette chez comment dans de des du elle en est et il ils je la le
        les leur lui ma me mes moi mon ne nos notre on ou où par pas peut peux pour puis puis-je suis quand que quel
        quelle qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y être""".split()  # noqa: SIM905
    ),
}


@dataclass(frozen=True)
class Hit:
    """One retrieved entry and its cosine similarity to the question (0: nothing in common, 1: same direction)."""

    number: int
    question: str
    answer: str
    score: float


def check_method(method: object) -> str:
    return one_of("method", method, METHODS)


def method_name(method: str) -> str:
    """The method's name in the learner's language."""
    return t(f"m07.method.{check_method(method)}")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "ès", "us")):
        return word[:-1]
    return word


def words(text: object, language: str | None = None) -> list[str]:
    """The words of ``text`` that a search compares: lower case, without small common words, plural "s" cut."""
    if not isinstance(text, str):
        raise TypeError(f"text must be text; got {type(text).__name__} {text!r}")
    stop = STOP_WORDS[faq_language(language)]
    kept = []
    for word in WORD.findall(text.lower()):
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
    return _tfidf_index(faq_language(language))


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
    return _lsa_index(
        faq_language(language), whole_number("dimensions", dimensions, 1, len(load_faq(language).entries))
    )


@cache
def _lsa_index(language: str, dimensions: int) -> LsaIndex:
    index = lsa(tfidf_index(language).matrix, dimensions)
    record_training(index.seconds)
    return index


def similarities(query: object, method: str = "tfidf", language: str | None = None) -> np.ndarray:
    """Cosine similarity of ``query`` to every FAQ entry, in entry order."""
    query, method, language = check_query(query), check_method(method), faq_language(language)
    index = tfidf_index(language)
    vector = index.vector(query, language)
    if method == "tfidf":
        return index.matrix @ vector
    embedding = lsa_index(language)
    return _unit(embedding.vectors) @ _unit(embedding.project(vector))


def search(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> list[Hit]:
    """The ``k`` FAQ entries closest to ``query``, best first (ties: the lower entry number first)."""
    language = faq_language(language)
    faq = load_faq(language)
    k = whole_number("k", k, 1, len(faq.entries))
    scores = similarities(query, method, language)
    order = sorted(range(len(scores)), key=lambda i: (-round(float(scores[i]), 12), i))[:k]
    return [Hit(faq.entries[i].number, faq.entries[i].question, faq.entries[i].answer, float(scores[i])) for i in order]


def similarity(query: object, number: object, method: str = "tfidf", language: str | None = None) -> float:
    """The cosine similarity between ``query`` and FAQ entry ``number``."""
    language = faq_language(language)
    faq = load_faq(language)
    number = check_entry_number(number, len(faq.entries))
    return float(similarities(query, method, language)[number - 1])


def shared_words(query: object, number: object, language: str | None = None) -> list[str]:
    """The words (as the search sees them) that ``query`` shares with FAQ entry ``number``."""
    language = faq_language(language)
    entry = load_faq(language).entry(number)
    mine = set(words(entry.text, language))
    return sorted({word for word in words(check_query(query), language) if word in mine})


def query_results(
    kind: str = "exact", method: str = "tfidf", language: str | None = None
) -> list[tuple[str, int, int, bool]]:
    """For each test query of this kind: (query, right entry, entry ranked first, whether they are the same)."""
    kind, method, language = check_kind(kind), check_method(method), faq_language(language)
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


def map_coordinates(language: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """2-D coordinates of the entries (the first two principal components of their TF-IDF vectors), the mean
    vector and the two directions, to place a new text on the same map."""
    matrix = tfidf_index(faq_language(language)).matrix
    centred = matrix - matrix.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:2] * np.sign(vt[:2, :][np.arange(2), np.abs(vt[:2]).argmax(axis=1)])[:, None]
    return centred @ axes.T, matrix.mean(axis=0), axes
