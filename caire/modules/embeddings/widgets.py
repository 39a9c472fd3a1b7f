"""Module 07's texts and widget: FAQ entries, a text's TF-IDF vector, the entries a question retrieves, the answer a
chatbot grounded in the FAQ would give, and the search box a learner types into."""

from __future__ import annotations

import html

import numpy as np

from caire.core.figures import BACKGROUNDS, COLOURS
from caire.core.i18n import t
from caire.core.numbers import decimal
from caire.core.validation import number_between, whole_number
from caire.modules.embeddings.data import check_query, faq_language, load_faq
from caire.modules.embeddings.model import (
    METHODS,
    MIN_SCORE,
    check_method,
    method_name,
    query_results,
    search,
    shared_words,
    similarities,
    tfidf_index,
    words,
)


def show_entries(numbers: list[int] | range | None = None, language: str | None = None) -> None:
    """Print some FAQ entries (default: the first 6)."""
    faq = load_faq(language)
    numbers = list(range(1, 7)) if numbers is None else list(numbers)
    for number in numbers:
        entry = faq.entry(number)
        print(f"{entry.number:>2}. [{t(f'm07.topic.{entry.topic}')}] {entry.question}\n    {entry.answer}")


def show_vector(text: object, language: str | None = None, top: int = 8) -> None:
    """Print the words of ``text`` the search keeps, and the largest weights of its TF-IDF vector."""
    language = faq_language(language)
    text = check_query(text, "text")
    top = whole_number("top", top, 1, 50)
    index = tfidf_index(language)
    vector = index.vector(text, language)
    print(t("m07.vector.words", words=", ".join(words(text, language)) or "-"))
    print(t("m07.vector.size", size=len(vector), nonzero=int((vector > 0).sum())))
    for i in np.argsort(-vector)[:top]:
        if vector[i] > 0:
            print(f"  {index.vocabulary[i]:<18} {decimal(vector[i])}")


def show_results(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> None:
    """Print the ``k`` entries closest to ``query``, with their similarity and the words they share with it."""
    language = faq_language(language)
    hits = search(query, k, method, language)
    print(t("m07.results.title", query=query, method=method_name(method)))
    for hit in hits:
        shared = ", ".join(shared_words(query, hit.number, language)) or "-"
        print(t("m07.results.hit", number=hit.number, score=hit.score, question=hit.question, shared=shared))


def show_query_results(
    kind: str = "exact", method: str = "tfidf", language: str | None = None, rate: bool = True
) -> None:
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


def grounded_answer(
    query: object, method: str = "tfidf", min_score: float = MIN_SCORE, language: str | None = None
) -> str:
    """What a chatbot grounded in the FAQ would say: the best entry's answer and its source, or that it found none."""
    language = faq_language(language)
    min_score = number_between("min_score", min_score, 0, 1)
    best = search(query, 1, method, language)[0]
    if best.score < min_score:
        return t("m07.grounded.none", score=best.score, min_score=min_score)
    return t("m07.grounded.answer", answer=best.answer, number=best.number, question=best.question, score=best.score)


def results_html(query: object, k: int = 3, method: str = "tfidf", language: str | None = None) -> str:
    """The retrieved entries as an HTML list with a bar for each similarity."""
    language = faq_language(language)
    rows = []
    for hit in search(query, k, method, language):
        width = max(0.0, min(1.0, hit.score)) * 100
        shared = ", ".join(shared_words(query, hit.number, language)) or "-"
        rows.append(
            f'<div class="caire-hit" style="margin:6px 0">'
            f'<div style="display:inline-block;width:120px;background:{BACKGROUNDS["pale_grey"]};vertical-align:middle">'
            f'<div style="width:{width:.0f}%;background:{COLOURS["blue"]};height:10px"></div></div> '
            f"<b>{decimal(hit.score)}</b> · {html.escape(t('m07.widget.entry', number=hit.number))}: "
            f"<i>{html.escape(hit.question)}</i><br>{html.escape(hit.answer)}<br>"
            f"<small>{html.escape(t('m07.widget.shared', shared=shared))}</small></div>"
        )
    return "".join(rows)


def search_box(query: str | None = None, method: str = "tfidf", k: int = 3):
    """A text box: type a question, see the closest FAQ entries with their similarity, and the grounded answer.

    Not a :func:`caire.core.explorer.explorer`: a question is typed, then searched (a button, two texts, no chart).
    """
    import ipywidgets as widgets

    method = check_method(method)
    k = whole_number("k", k, 1, 10)
    start = check_query(query) if query is not None else load_faq().test_queries[0].exact
    style = {"description_width": "initial"}
    box = widgets.Text(
        value=start,
        description=t("m07.widget.question"),
        style=style,
        layout=widgets.Layout(width="90%"),
        continuous_update=False,
    )
    pick = widgets.ToggleButtons(
        options=[(method_name(name), name) for name in METHODS],
        value=method,
        description=t("m07.widget.method"),
        style=style,
    )
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
            answer.value = (
                f"<div style='border-left:4px solid {COLOURS['green']};padding:4px 8px'>"
                f"{html.escape(grounded_answer(box.value, pick.value))}</div>"
            )
        results.value = results_html(box.value, k, pick.value)

    box.observe(update, names="value")
    pick.observe(update, names="value")
    button.on_click(update)
    update()
    return widgets.VBox([box, pick, button, answer, results])
