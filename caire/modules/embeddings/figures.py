"""Module 07's charts: the FAQ entries on a map (entries that use the same words sit close), and how often each
search puts the right entry first. Each returns the matplotlib Figure it drew on."""

from __future__ import annotations

import numpy as np

from caire.core.figures import COLOURS, new_axes
from caire.core.i18n import t
from caire.core.numbers import percent
from caire.modules.embeddings.data import TOPICS, check_query, faq_language, load_faq
from caire.modules.embeddings.model import METHODS, hit_rate, map_coordinates, method_name, tfidf_index

#: Each topic's colour (Okabe-Ito, readable with the common colour-vision deficiencies), and the question's.
TOPIC_COLOURS = {"it": COLOURS["blue"], "hr": COLOURS["vermillion"]}
QUERY_COLOUR = COLOURS["black"]


def plot_map(query: object = None, language: str | None = None, ax=None, label_every: int = 1):
    """Every FAQ entry as a point (colour: its topic); entries with similar words sit close; a query as a star."""
    language = faq_language(language)
    faq = load_faq(language)
    points, mean, axes = map_coordinates(language)
    figure, ax = new_axes(ax, size=(8, 6))
    for topic in TOPICS:
        chosen = [i for i, entry in enumerate(faq.entries) if entry.topic == topic]
        ax.scatter(
            points[chosen, 0],
            points[chosen, 1],
            s=40,
            color=TOPIC_COLOURS[topic],
            label=t(f"m07.topic.{topic}"),
            alpha=0.8,
        )
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
    language = faq_language(language)
    figure, ax = new_axes(ax, size=(7, 3.5))
    width = 0.38
    for shift, kind, colour in ((-width / 2, "exact", COLOURS["green"]), (width / 2, "paraphrase", COLOURS["orange"])):
        rates = [hit_rate(kind, method, language) for method in METHODS]
        bars = ax.bar(np.arange(len(METHODS)) + shift, rates, width, color=colour, label=t(f"m07.kind.{kind}"))
        ax.bar_label(bars, labels=[percent(rate) for rate in rates], fontsize=8)
    ax.set_xticks(np.arange(len(METHODS)), [method_name(method) for method in METHODS])
    ax.set_ylim(0, 1.3)
    ax.set_ylabel(t("m07.plot.hit_rate"))
    ax.set_title(t("m07.plot.hit_rate_title", total=len(load_faq(language).test_queries)))
    ax.legend(loc="upper center", fontsize=8, ncol=2)
    return figure
