"""Module 11's explorers and views: the patients' table, what each model, attack, noise, label flip and adversarial
change does in one sentence, and the explorers that redraw when a control moves.

Each widget checks what it is given (a TypeError/ValueError naming the bad argument).
"""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import number, percent
from caire.core.validation import number_between, one_of, whole_number
from caire.modules.privacy_and_security.data import MEASUREMENTS, TRAINED, load_patients
from caire.modules.privacy_and_security.figures import (
    plot_adversarial,
    plot_confidences,
    plot_poisoning,
    plot_privacy_tradeoff,
)
from caire.modules.privacy_and_security.model import (
    EPSILONS,
    FLIP_SHARES,
    LESSON_DIGIT,
    MAX_FLIP_SHARE,
    MAX_STEP,
    POISONINGS,
    DigitModel,
    ReadmissionModel,
    adversarial,
    attack,
    best_attack,
    check_epsilon,
    digit_test_count,
    poisoned,
    private_model,
)

# --- views -------------------------------------------------------------------------------------------------------


def patients_table(rows: int = 5):
    """The first ``rows`` training patients as an HTML table."""
    from IPython.display import HTML

    rows = whole_number("rows", rows, 1, TRAINED)
    patients = load_patients()
    names = [t(f"m11.measure.{name}") for name in MEASUREMENTS] + [t("m11.measure.readmitted")]
    head = "".join(f"<th>{html.escape(name)}</th>" for name in names)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{number(value)}</td>" for value in patients.X[row])
        + f"<td>{t('m11.yes') if patients.y[row] else t('m11.no')}</td></tr>"
        for row in patients.members[:rows]
    )
    return HTML(f'<table class="caire-patients"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def describe_model(model: ReadmissionModel) -> str:
    """One sentence: how long the model took to train and how often it is right on its patients and on others."""
    if not isinstance(model, ReadmissionModel):
        raise TypeError(f"model must be a trained readmission model (trained_model()); got {type(model).__name__}")
    return t("m11.model.summary", seconds=model.seconds, train=model.train_accuracy, test=model.test_accuracy)


def describe_digit_model(model: DigitModel) -> str:
    """One sentence: how long the digit model took to train and how often it is right on unseen images."""
    if not isinstance(model, DigitModel):
        raise TypeError(f"model must be the digit model (digit_model()); got {type(model).__name__}")
    return t("m11.digits.summary", seconds=model.seconds, accuracy=model.test_accuracy)


def describe_attack(threshold: float, epsilon: float | None = None) -> str:
    """One sentence: what the attack gets right at this threshold."""
    found = attack(threshold, epsilon)
    return t(
        "m11.attack.summary",
        threshold=found.threshold,
        caught=found.members_caught,
        members=TRAINED,
        cleared=found.others_cleared,
        others=TRAINED,
        success=found.success,
    )


def describe_privacy(epsilon: float | None) -> str:
    """One sentence: accuracy and best attack at this epsilon."""
    model = private_model(epsilon)
    best = best_attack(epsilon)
    if epsilon is None:
        return t("m11.privacy.none", accuracy=model.test_accuracy, attack=best.success)
    return t(
        "m11.privacy.summary",
        epsilon=epsilon,
        accuracy=model.test_accuracy,
        attack=best.success,
        threshold=best.threshold,
    )


def describe_poisoning(flip_share: float, poisoning: str = "random") -> str:
    """One sentence: what flipping this share of labels does."""
    model = poisoned(flip_share, poisoning)
    clean = poisoned(0.0)
    return t(
        f"m11.poison.{poisoning}",
        flipped=round(model.flip_share * TRAINED),
        share=model.flip_share,
        accuracy=model.test_accuracy,
        clean=clean.test_accuracy,
        recall=model.test_recall,
        clean_recall=clean.test_recall,
    )


def describe_adversarial(index: int, step: float) -> str:
    """One sentence: whether changing each pixel of unseen image ``index`` by ``step`` fools the model."""
    found = adversarial(index, step)
    key = "m11.adversarial.fooled" if found.fooled else "m11.adversarial.holds"
    return t(
        key,
        digit=found.digit,
        read=found.read_altered,
        step=found.step,
        levels=16 * found.step,
        confidence=found.confidence_altered,
    )


# --- explorers ---------------------------------------------------------------------------------------------------


def _selection_slider(options, value, description: str):
    """A slider over a few given values (``(label, value)`` pairs), laid out as :func:`caire.core.explorer.slider`."""
    import ipywidgets as widgets

    return widgets.SelectionSlider(
        options=options,
        value=value,
        description=description,
        continuous_update=False,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="60%"),
    )


def attack_explorer(threshold: float = 0.8):
    """A threshold slider: the attacker's guesses and their success follow it."""
    control = slider(number_between("threshold", threshold, 0, 1), 0, 1, 0.01, t("m11.widget.threshold"))
    return explorer([control], lambda value: View(describe_attack(value), plot_confidences(value)))


def privacy_explorer(epsilon: float = 1.0):
    """An epsilon slider (smaller = more noise): accuracy, the attack's best success and the confidences follow."""
    start = check_epsilon(epsilon)
    if start not in EPSILONS:
        raise ValueError(f"epsilon must be one of {', '.join(f'{e:g}' for e in EPSILONS)}; got {epsilon!r}")
    control = _selection_slider([(number(e), e) for e in EPSILONS], start, t("m11.widget.epsilon"))
    return explorer([control], lambda value: View(describe_privacy(value), plot_privacy_tradeoff(value)))


def poisoning_explorer(flip_share: float = 0.0, poisoning: str = "random"):
    """A slider for the share of flipped labels and a choice of attack: the model is trained again each time."""
    import ipywidgets as widgets

    share = number_between("flip_share", flip_share, 0, MAX_FLIP_SHARE)
    if round(share, 2) not in FLIP_SHARES:
        raise ValueError(f"flip_share must be a multiple of 0.05 between 0 and 0.5; got {flip_share!r}")
    poisoning = one_of("poisoning", poisoning, POISONINGS)
    kind = widgets.ToggleButtons(options=[(t(f"m11.widget.{name}"), name) for name in POISONINGS], value=poisoning)
    control = _selection_slider([(percent(s, 1), s) for s in FLIP_SHARES], round(share, 2), t("m11.widget.flip_share"))

    def update(chosen: str, value: float) -> View:
        return View(describe_poisoning(value, chosen), plot_poisoning(value))

    return explorer([kind, control], update)


def adversarial_explorer(index: int = LESSON_DIGIT, step: float = 0.0):
    """Pick an unseen digit and how much each pixel may change: see what the linear model reads."""
    import ipywidgets as widgets

    last = digit_test_count() - 1
    index = whole_number("index", index, 0, last)
    step = number_between("step", step, 0, MAX_STEP)
    picker = widgets.BoundedIntText(
        value=index, min=0, max=last, description=t("m11.widget.image"), style={"description_width": "initial"}
    )
    control = slider(step, 0, MAX_STEP, 0.01, t("m11.widget.step"))

    def update(chosen: int, value: float) -> View:
        return View(describe_adversarial(chosen, value), plot_adversarial(chosen, value))

    return explorer([picker, control], update)
