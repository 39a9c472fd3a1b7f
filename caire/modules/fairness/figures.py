"""Module 09's tables, charts and widgets: the past decisions, the proxy, the fairness gaps, group thresholds.

Each chart returns the matplotlib Figure it drew on. Each helper validates what it is given and names the argument
that is wrong, in plain words.
"""

from __future__ import annotations

import html

import numpy as np

from caire.modules.errors_and_costs.model import format_share
from caire.modules.fairness.model import (
    COLUMNS, DEFAULT_THRESHOLD, FEATURE_SETS, GROUPS, Fairness, applications, check_features, check_threshold,
    measure, past_selection_rate, trained,
)
from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.validation import whole_number

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
GROUP_COLOUR = {"women": "#D55E00", "men": "#0072B2"}


def group_name(group: str, language: str | None = None) -> str:
    """The group's name in the learner's language ("women", "femmes", ...)."""
    if group not in GROUPS:
        raise ValueError(f"group must be one of {', '.join(GROUPS)}; got {group!r}")
    return t(f"m09.group.{group}", language)


def applications_table(rows: int = 8):
    """The first ``rows`` past applications (training part): the columns and the past decision (HTML)."""
    from IPython.display import HTML

    rows = whole_number("rows", rows, 1, 50)
    data = applications()
    head = "".join(f"<th>{html.escape(name)}</th>" for name in (*COLUMNS, "hired"))
    body = "".join(
        "<tr>" + "".join(f"<td>{value:g}</td>" for value in data.X[row]) + f"<td>{int(data.hired[row])}</td></tr>"
        for row in data.train[:rows]
    )
    return HTML(f'<table class="caire-cases"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def decimal(value: float, language: str | None = None) -> str:
    """A threshold written the learner's way, with two decimals: 0.60 in English, 0,60 in French."""
    from caire.core.i18n import get_language
    from caire.core.validation import real_number

    text = f"{real_number('value', value):.2f}"
    return text.replace(".", ",") if (language or get_language()) == "fr" else text


def _new_axes(columns: int = 1, size=(5.5, 3.8)):
    import matplotlib.pyplot as plt

    return plt.subplots(1, columns, figsize=size, layout="constrained", squeeze=False)


def _bars(ax, values: dict[str, float], title: str) -> None:
    names = [group_name(group) for group in GROUPS]
    shares = [values[group] for group in GROUPS]
    bars = ax.bar(names, shares, color=[GROUP_COLOUR[group] for group in GROUPS])
    for bar, share in zip(bars, shares):
        ax.annotate(format_share(share, decimals=0), (bar.get_x() + bar.get_width() / 2, share),
                    ha="center", va="bottom")
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=10)
    ax.yaxis.set_major_formatter(lambda value, _position: format_share(value, decimals=0))


def plot_past_data():
    """Two bar charts: the share of each group hired in the past, and the share with a career gap."""
    data = applications()
    gap = data.column("career_gap") == 1
    figure, axes = _new_axes(2, (8, 3.4))
    _bars(axes[0, 0], past_selection_rate(), t("m09.plot.past_hired"))
    _bars(axes[0, 1], {"women": float(gap[data.woman].mean()), "men": float(gap[~data.woman].mean())},
          t("m09.plot.with_gap"))
    return figure


def plot_feature_sets():
    """The selection rate of each group for the three models (with, without the group column, without the proxy)."""
    figure, axes = _new_axes(1, (8, 3.6))
    ax = axes[0, 0]
    width = 0.38
    positions = np.arange(len(FEATURE_SETS))
    for shift, group in zip((-width / 2, width / 2), GROUPS):
        shares = [measure(features=features).selection_rate[group] for features in FEATURE_SETS]
        bars = ax.bar(positions + shift, shares, width, color=GROUP_COLOUR[group], label=group_name(group))
        for bar, share in zip(bars, shares):
            ax.annotate(format_share(share, decimals=0), (bar.get_x() + bar.get_width() / 2, share),
                        ha="center", va="bottom", fontsize=9)
    ax.set_xticks(positions, [t(f"m09.features.{features}") for features in FEATURE_SETS], fontsize=9)
    ax.set_ylim(0, 0.5)
    ax.set_ylabel(t("m09.plot.selection_rate"))
    ax.yaxis.set_major_formatter(lambda value, _position: format_share(value, decimals=0))
    ax.legend(frameon=False)
    return figure


def plot_scores(threshold_women: float = DEFAULT_THRESHOLD, threshold_men: float = DEFAULT_THRESHOLD,
                features: str = "without_group"):
    """The scores the model gives the unseen women and men, each group with its threshold (dashed line)."""
    threshold_women = check_threshold(threshold_women, "threshold_women")
    threshold_men = check_threshold(threshold_men, "threshold_men")
    model = trained(check_features(features))
    figure, axes = _new_axes(1, (7, 3.6))
    ax = axes[0, 0]
    bins = np.linspace(0, 1, 26)
    for group, members, threshold in (("women", model.woman, threshold_women), ("men", ~model.woman, threshold_men)):
        ax.hist(model.scores[members], bins=bins, histtype="step", linewidth=2, color=GROUP_COLOUR[group],
                label=group_name(group))
        ax.axvline(threshold, color=GROUP_COLOUR[group], linestyle="--")
    ax.set_xlabel(t("m09.plot.score"))
    ax.set_ylabel(t("m09.plot.applicants"))
    ax.legend(frameon=False)
    return figure


def describe(found: Fairness, language: str | None = None) -> str:
    """Selection rates, true-positive rates, both gaps and accuracy, in plain words, one a line."""
    if not isinstance(found, Fairness):
        raise TypeError(f"found must be the Fairness that measure() returns; got {type(found).__name__}")

    def share(value: float) -> str:
        return format_share(value, language)

    return t("m09.describe", language,
             women=group_name("women", language), men=group_name("men", language),
             rate_women=share(found.selection_rate["women"]), rate_men=share(found.selection_rate["men"]),
             tpr_women=share(found.true_positive_rate["women"]), tpr_men=share(found.true_positive_rate["men"]),
             parity_gap=share(found.parity_gap), opportunity_gap=share(found.equal_opportunity_gap),
             accuracy=share(found.accuracy))


def _threshold_slider(value: float, group: str):
    import ipywidgets as widgets

    return widgets.FloatSlider(value=value, min=0, max=1, step=0.01, readout_format=".2f",
                               description=t("m09.widget.threshold", group=group_name(group)),
                               continuous_update=False, style={"description_width": "initial"},
                               layout=widgets.Layout(width="60%"))


def fairness_explorer(threshold_women: float = DEFAULT_THRESHOLD, threshold_men: float = DEFAULT_THRESHOLD):
    """One threshold slider per group: selection rates, both gaps, accuracy and the scores follow."""
    import ipywidgets as widgets

    women = _threshold_slider(check_threshold(threshold_women, "threshold_women"), "women")
    men = _threshold_slider(check_threshold(threshold_men, "threshold_men"), "men")
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        found = measure(women.value, men.value)
        summary.value = "<br>".join(html.escape(line) for line in describe(found).splitlines())
        show_figure(chart, plot_scores(women.value, men.value))

    women.observe(update, names="value")
    men.observe(update, names="value")
    update()
    return widgets.VBox([women, men, summary, chart])


def weights_table(features: str = "without_group") -> str:
    """The weight the model gives each column, one a line (negative lowers an applicant's score)."""
    weights = trained(check_features(features)).weights()
    return "\n".join(f"{name:>18}: {weight:+.2f}" for name, weight in weights.items())


def plot_gaps(threshold_men: float = 0.6):
    """Parity gap, equal-opportunity gap and accuracy for every threshold for women, the men's one fixed."""
    threshold_men = check_threshold(threshold_men, "threshold_men")
    thresholds = np.round(np.arange(0.1, 0.71, 0.01), 2)
    found = [measure(float(threshold), threshold_men) for threshold in thresholds]
    figure, axes = _new_axes(1, (7.5, 3.8))
    ax = axes[0, 0]
    ax.plot(thresholds, [item.parity_gap for item in found], color="#CC79A7", linewidth=2,
            label=t("m09.plot.parity_gap"))
    ax.plot(thresholds, [item.equal_opportunity_gap for item in found], color="#009E73", linewidth=2,
            linestyle="--", label=t("m09.plot.opportunity_gap"))
    ax.plot(thresholds, [item.accuracy for item in found], color="#555555", linewidth=1.5, linestyle=":",
            label=t("m09.plot.accuracy"))
    for values, colour in (([item.parity_gap for item in found], "#CC79A7"),
                           ([item.equal_opportunity_gap for item in found], "#009E73")):
        best = int(np.argmin(values))
        ax.plot(thresholds[best], values[best], "o", color=colour)
    ax.set_xlabel(t("m09.plot.threshold_women", men=decimal(threshold_men)))
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(lambda value, _position: format_share(value, decimals=0))
    ax.legend(frameon=False, loc="center right")
    return figure


def threshold_table(threshold_men: float = 0.6, thresholds_women=(0.30, 0.34, 0.38, 0.42, 0.46, 0.50)) -> str:
    """One line per threshold for women: both gaps and accuracy, the men's threshold fixed (plain text)."""
    threshold_men = check_threshold(threshold_men, "threshold_men")
    if isinstance(thresholds_women, (str, bytes)) or not hasattr(thresholds_women, "__iter__"):
        raise TypeError(f"thresholds_women must be a list of thresholds; got {thresholds_women!r}")
    lines = [t("m09.table.head", men=decimal(threshold_men))]
    for threshold in thresholds_women:
        threshold = check_threshold(threshold, "thresholds_women")
        found = measure(threshold, threshold_men)
        lines.append(t("m09.table.line", threshold=decimal(threshold), parity=format_share(found.parity_gap),
                       opportunity=format_share(found.equal_opportunity_gap), accuracy=format_share(found.accuracy)))
    return "\n".join(lines)
