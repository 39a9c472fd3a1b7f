"""Module 09's tables, texts and explorer: the past applications, the model's weights, what its decisions look
like group by group (for one model or several), the gaps for a few thresholds, and one threshold slider per group.

Each helper validates what it is given and names the argument that is wrong, in plain words; every number is
written the learner's way (:mod:`caire.core.numbers`).
"""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import decimal, format_value, number, percent
from caire.core.validation import whole_number
from caire.modules.fairness.data import COLUMNS, applications, check_features, group_name
from caire.modules.fairness.figures import plot_scores
from caire.modules.fairness.model import DEFAULT_THRESHOLD, Fairness, check_threshold, measure, trained


def applications_table(rows: int = 8):
    """The first ``rows`` past applications (training part): the columns and the past decision (HTML)."""
    from IPython.display import HTML

    rows = whole_number("rows", rows, 1, 50)
    data = applications()
    head = "".join(f"<th>{html.escape(name)}</th>" for name in (*COLUMNS, "hired"))
    body = "".join(
        "<tr>" + "".join(f"<td>{number(value)}</td>" for value in data.X[row]) + f"<td>{int(data.hired[row])}</td></tr>"
        for row in data.train[:rows]
    )
    return HTML(f'<table class="caire-cases"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def describe(found: Fairness, language: str | None = None) -> str:
    """Selection rates, true-positive rates, both gaps and accuracy, in plain words, one a line."""
    if not isinstance(found, Fairness):
        raise TypeError(f"found must be the Fairness that measure() returns; got {type(found).__name__}")
    return t(
        "m09.describe",
        language,
        women=group_name("women", language),
        men=group_name("men", language),
        rate_women=found.selection_rate["women"],
        rate_men=found.selection_rate["men"],
        tpr_women=found.true_positive_rate["women"],
        tpr_men=found.true_positive_rate["men"],
        parity_gap=found.parity_gap,
        opportunity_gap=found.equal_opportunity_gap,
        accuracy=found.accuracy,
    )


def describe_models(feature_sets=("without_group", "without_group_or_proxy"), language: str | None = None) -> str:
    """What each model does at threshold 0.5 (as :func:`describe` says it), under the name of its columns, one block
    a model: question 4 compares the model without the gender column with the one without its proxy too."""
    if isinstance(feature_sets, str) or not hasattr(feature_sets, "__iter__"):
        raise TypeError(f"feature_sets must be a list of feature sets; got {feature_sets!r}")
    blocks = []
    for features in feature_sets:
        features = check_features(features)
        heading = t("m09.model_heading", language, features=t(f"m09.features.{features}", language))
        blocks.append(f"{heading}\n{describe(measure(features=features), language)}")
    return "\n\n".join(blocks)


def weights_table(features: str = "without_group") -> str:
    """The weight the model gives each column, one a line (negative lowers an applicant's score)."""
    weights = trained(check_features(features)).weights()
    return "\n".join(f"{name:>18}: {format_value(weight, '+.2f')}" for name, weight in weights.items())


def threshold_table(threshold_men: float = 0.6, thresholds_women=(0.30, 0.34, 0.38, 0.42, 0.46, 0.50)) -> str:
    """One line per threshold for women: both gaps and accuracy, the men's threshold fixed (plain text, each value
    right-aligned under its column's title)."""
    threshold_men = check_threshold(threshold_men, "threshold_men")
    if isinstance(thresholds_women, (str, bytes)) or not hasattr(thresholds_women, "__iter__"):
        raise TypeError(f"thresholds_women must be a list of thresholds; got {thresholds_women!r}")
    head = t("m09.table.head", men=threshold_men)
    widths = [len(title) for title in head.splitlines()[-1].split(" | ")]
    lines = [head]
    for threshold in thresholds_women:
        threshold = check_threshold(threshold, "thresholds_women")
        found = measure(threshold, threshold_men)
        values = (
            decimal(threshold),
            percent(found.parity_gap, 1),
            percent(found.equal_opportunity_gap, 1),
            percent(found.accuracy, 1),
        )
        lines.append(" | ".join(value.rjust(width) for value, width in zip(values, widths)))
    return "\n".join(lines)


def _threshold_slider(value: float, group: str):
    return slider(value, 0, 1, 0.01, t("m09.widget.threshold", group=group_name(group)))


def fairness_explorer(threshold_women: float = DEFAULT_THRESHOLD, threshold_men: float = DEFAULT_THRESHOLD):
    """One threshold slider per group: selection rates, both gaps, accuracy and the scores follow."""
    women = _threshold_slider(check_threshold(threshold_women, "threshold_women"), "women")
    men = _threshold_slider(check_threshold(threshold_men, "threshold_men"), "men")

    def update(women_threshold: float, men_threshold: float) -> View:
        found = measure(women_threshold, men_threshold)
        summary = "<br>".join(html.escape(line) for line in describe(found).splitlines())
        return View(summary, plot_scores(women_threshold, men_threshold))

    return explorer([women, men], update)
