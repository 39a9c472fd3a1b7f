"""Module 11's charts and widgets: the membership attack, the privacy noise, label flips, adversarial digits.

Each chart returns the matplotlib Figure it drew on. Each widget checks what it is given (a TypeError/ValueError
naming the bad argument) and redraws when a slider moves.
"""

from __future__ import annotations

import numpy as np

from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.modules.privacy_and_security.model import (
    EPSILONS, FLIP_SHARES, LESSON_DIGIT, MAX_STEP, POISONINGS, TRAINED, DigitModel, ReadmissionModel, adversarial,
    attack, best_attack, check_epsilon, check_share, check_step, check_threshold, decimal, digit_test_count,
    member_confidences, number, percent, poisoned, private_model, privacy_tradeoff,
)
from caire.core.validation import one_of, whole_number

#: Okabe-Ito colours, readable with the common colour-vision deficiencies.
MEMBER_COLOUR = "#D55E00"
OTHER_COLOUR = "#0072B2"
ACCURACY_COLOUR = "#009E73"
ATTACK_COLOUR = "#CC79A7"


def _figure(size=(6.5, 3.6)):
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=size)
    return figure, axes


# --- charts --------------------------------------------------------------------------------------------------


def plot_confidences(threshold: float | None = 0.8, epsilon: float | None = None):
    """How confident the model is in the true outcome: its 150 training patients against 150 it never saw."""
    threshold = None if threshold is None else check_threshold(threshold)
    members, others = member_confidences(check_epsilon(epsilon))
    figure, axes = _figure()
    bins = np.linspace(0, 1, 21)
    axes.hist(others, bins=bins, alpha=0.6, color=OTHER_COLOUR, label=t("m11.plot.others", count=len(others)))
    axes.hist(members, bins=bins, alpha=0.6, color=MEMBER_COLOUR, label=t("m11.plot.members", count=len(members)))
    if threshold is not None:
        axes.axvline(threshold, color="black", linestyle="--",
                     label=t("m11.plot.threshold", threshold=decimal(threshold)))
    axes.set_xlabel(t("m11.plot.confidence"))
    axes.set_ylabel(t("m11.plot.patients"))
    axes.set_xlim(0, 1)
    axes.legend(loc="upper left", fontsize="small")
    figure.tight_layout()
    return figure


def plot_privacy_tradeoff(epsilon: float | None = None):
    """Accuracy on unseen patients and the attack's best success, for each epsilon (log scale)."""
    epsilon = check_epsilon(epsilon)
    rows = privacy_tradeoff()
    xs = [row[0] for row in rows]
    figure, axes = _figure()
    axes.plot(xs, [row[1] for row in rows], "o-", color=ACCURACY_COLOUR, label=t("m11.plot.accuracy"))
    axes.plot(xs, [row[2] for row in rows], "s-", color=ATTACK_COLOUR, label=t("m11.plot.attack"))
    axes.axhline(0.5, color="grey", linestyle=":", label=t("m11.plot.chance"))
    if epsilon is not None:
        axes.axvline(epsilon, color="black", linestyle="--", label=t("m11.plot.epsilon", epsilon=number(epsilon)))
    axes.set_xscale("log")
    ticks = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50]
    axes.set_xticks(ticks, [number(tick) for tick in ticks])
    axes.minorticks_off()
    axes.set_xlabel(t("m11.plot.epsilon_axis"))
    axes.set_ylabel(t("m11.plot.share"))
    axes.set_ylim(0.45, 0.8)
    axes.legend(loc="lower right", fontsize="small")
    figure.tight_layout()
    return figure


def plot_poisoning(flip_share: float | None = None):
    """Accuracy on unseen patients, and the share of readmitted patients found, as more labels are flipped."""
    flip_share = None if flip_share is None else check_share(flip_share)
    figure, axes = _figure()
    shares = [100 * share for share in FLIP_SHARES]
    styles = {"random": ("o", ACCURACY_COLOUR, MEMBER_COLOUR), "targeted": ("s", OTHER_COLOUR, ATTACK_COLOUR)}
    for poisoning in POISONINGS:
        marker, accuracy_colour, recall_colour = styles[poisoning]
        models = [poisoned(share, poisoning) for share in FLIP_SHARES]
        axes.plot(shares, [m.test_accuracy for m in models], marker + "-", color=accuracy_colour,
                  label=t(f"m11.plot.accuracy_{poisoning}"))
        axes.plot(shares, [m.test_recall for m in models], marker + "--", color=recall_colour,
                  label=t(f"m11.plot.recall_{poisoning}"))
    if flip_share is not None:
        axes.axvline(100 * flip_share, color="black", linestyle=":")
    axes.set_xlabel(t("m11.plot.flipped"))
    axes.set_ylabel(t("m11.plot.share"))
    axes.set_ylim(0, 1)
    axes.legend(loc="lower left", fontsize="x-small")
    figure.tight_layout()
    return figure


def plot_adversarial(index: int = LESSON_DIGIT, step: float = 0.1):
    """The unseen image, the change (up: more ink, down: less) and the changed image, with what the model reads."""
    import matplotlib.pyplot as plt

    found = adversarial(index, step)
    figure, panels = plt.subplots(1, 3, figsize=(7.5, 2.9))
    panels[0].imshow(found.original, cmap="gray_r", vmin=0, vmax=1)
    panels[0].set_title(t("m11.plot.original", digit=found.read_original), fontsize="small")
    panels[1].imshow(found.altered - found.original, cmap="RdBu_r", vmin=-MAX_STEP, vmax=MAX_STEP)
    panels[1].set_title(t("m11.plot.change", step=decimal(found.step)), fontsize="small")
    panels[2].imshow(found.altered, cmap="gray_r", vmin=0, vmax=1)
    key = "m11.plot.altered_fooled" if found.fooled else "m11.plot.altered"
    panels[2].set_title(t(key, digit=found.read_altered), fontsize="small",
                        color=MEMBER_COLOUR if found.fooled else "black")
    for panel in panels:
        panel.set_xticks([])
        panel.set_yticks([])
    figure.tight_layout()
    return figure


# --- widgets -------------------------------------------------------------------------------------------------


def _layout():
    import ipywidgets as widgets

    return {"style": {"description_width": "initial"}, "layout": widgets.Layout(width="60%"),
            "continuous_update": False}


def describe_model(model: ReadmissionModel) -> str:
    """One sentence: how long the model took to train and how often it is right on its patients and on others."""
    if not isinstance(model, ReadmissionModel):
        raise TypeError(f"model must be a trained readmission model (trained_model()); got {type(model).__name__}")
    return t("m11.model.summary", seconds=decimal(model.seconds), train=percent(model.train_accuracy),
             test=percent(model.test_accuracy))


def describe_digit_model(model: DigitModel) -> str:
    """One sentence: how long the digit model took to train and how often it is right on unseen images."""
    if not isinstance(model, DigitModel):
        raise TypeError(f"model must be the digit model (digit_model()); got {type(model).__name__}")
    return t("m11.digits.summary", seconds=decimal(model.seconds), accuracy=percent(model.test_accuracy))


def describe_attack(threshold: float, epsilon: float | None = None) -> str:
    """One sentence: what the attack gets right at this threshold."""
    found = attack(threshold, epsilon)
    return t("m11.attack.summary", threshold=decimal(found.threshold), caught=found.members_caught, members=TRAINED,
             cleared=found.others_cleared, others=TRAINED, success=percent(found.success))


def attack_explorer(threshold: float = 0.8):
    """A threshold slider: the attacker's guesses and their success follow it."""
    import ipywidgets as widgets

    slider = widgets.FloatSlider(value=check_threshold(threshold), min=0, max=1, step=0.01, readout_format=".2f",
                                 description=t("m11.widget.threshold"), **_layout())
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        summary.value = describe_attack(slider.value)
        show_figure(chart, plot_confidences(slider.value))

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, summary, chart])


def describe_privacy(epsilon: float | None) -> str:
    """One sentence: accuracy and best attack at this epsilon."""
    model = private_model(epsilon)
    best = best_attack(epsilon)
    if epsilon is None:
        return t("m11.privacy.none", accuracy=percent(model.test_accuracy), attack=percent(best.success))
    return t("m11.privacy.summary", epsilon=number(epsilon), accuracy=percent(model.test_accuracy),
             attack=percent(best.success), threshold=decimal(best.threshold))


def privacy_explorer(epsilon: float = 1.0):
    """An epsilon slider (smaller = more noise): accuracy, the attack's best success and the confidences follow."""
    import ipywidgets as widgets

    start = check_epsilon(epsilon)
    if start not in EPSILONS:
        raise ValueError(f"epsilon must be one of {', '.join(f'{e:g}' for e in EPSILONS)}; got {epsilon!r}")
    slider = widgets.SelectionSlider(options=[(number(e), e) for e in EPSILONS], value=start,
                                     description=t("m11.widget.epsilon"), **_layout())
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        summary.value = describe_privacy(slider.value)
        show_figure(chart, plot_privacy_tradeoff(slider.value))

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, summary, chart])


def describe_poisoning(flip_share: float, poisoning: str = "random") -> str:
    """One sentence: what flipping this share of labels does."""
    model = poisoned(flip_share, poisoning)
    clean = poisoned(0.0)
    return t(f"m11.poison.{poisoning}", flipped=round(model.flip_share * TRAINED), share=percent(model.flip_share),
             accuracy=percent(model.test_accuracy), clean=percent(clean.test_accuracy),
             recall=percent(model.test_recall), clean_recall=percent(clean.test_recall))


def poisoning_explorer(flip_share: float = 0.0, poisoning: str = "random"):
    """A slider for the share of flipped labels and a choice of attack: the model is trained again each time."""
    import ipywidgets as widgets

    share = check_share(flip_share)
    if round(share, 2) not in FLIP_SHARES:
        raise ValueError(f"flip_share must be a multiple of 0.05 between 0 and 0.5; got {flip_share!r}")
    poisoning = one_of("poisoning", poisoning, POISONINGS)
    slider = widgets.SelectionSlider(options=[(percent(s), s) for s in FLIP_SHARES], value=round(share, 2),
                                     description=t("m11.widget.flip_share"), **_layout())
    kind = widgets.ToggleButtons(options=[(t(f"m11.widget.{name}"), name) for name in POISONINGS], value=poisoning)
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        summary.value = describe_poisoning(slider.value, kind.value)
        show_figure(chart, plot_poisoning(slider.value))

    slider.observe(update, names="value")
    kind.observe(update, names="value")
    update()
    return widgets.VBox([kind, slider, summary, chart])


def describe_adversarial(index: int, step: float) -> str:
    found = adversarial(index, step)
    key = "m11.adversarial.fooled" if found.fooled else "m11.adversarial.holds"
    return t(key, digit=found.digit, read=found.read_altered, step=decimal(found.step),
             levels=decimal(16 * found.step, 1),
             confidence=percent(found.confidence_altered))


def adversarial_explorer(index: int = LESSON_DIGIT, step: float = 0.0):
    """Pick an unseen digit and how much each pixel may change: see what the linear model reads."""
    import ipywidgets as widgets

    index = whole_number("index", index, 0, digit_test_count() - 1)
    step = check_step(step)
    picker = widgets.BoundedIntText(value=index, min=0, max=digit_test_count() - 1, description=t("m11.widget.image"),
                                    style={"description_width": "initial"})
    slider = widgets.FloatSlider(value=step, min=0, max=MAX_STEP, step=0.01, readout_format=".2f",
                                 description=t("m11.widget.step"), **_layout())
    summary = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        summary.value = describe_adversarial(picker.value, slider.value)
        show_figure(chart, plot_adversarial(picker.value, slider.value))

    picker.observe(update, names="value")
    slider.observe(update, names="value")
    update()
    return widgets.VBox([picker, slider, summary, chart])
