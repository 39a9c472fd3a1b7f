"""Assignment 04, "Neural networks, a playground": the five questions and their checks.

Used by ``assignments/04-neural-networks-*/`` (nbgrader tests) and ``apps/*/04-neural-networks``
(Voila app). Expected answers are computed from the data and live trainings, or compared as digests, never stored.
Each question says what it measures (tests/test_assessment_items.py): the objective of ``OBJECTIVES`` it serves,
its cognitive level, the competences it evidences, and whether it is a transfer question.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number, ticked_names
from caire.modules.neural_networks.data import SHAPES, shape_label
from caire.modules.neural_networks.model import (
    DESCENT_START,
    best_weight,
    descend,
    descent_loss,
    neuron_accuracy,
    train_network,
)

#: What the module teaches, each with its text ``m04.objective.<key>``: what a neuron's weights and bias do and
#: its one straight border; training as gradient descent with a learning rate; what hidden layers add, and what
#: training cannot add; judging a trained network given its random start and unseen data.
OBJECTIVES = ("neuron", "descent", "layers", "judging")

#: Question 1: the neuron's two weights are fixed at these values; the learner chooses its bias.
Q1_W1 = 1.0
Q1_W2 = 1.0
#: The neuron must give the right colour to this share of the training points, and of the unseen points.
NEURON_TRAIN_TARGET = 0.95
NEURON_TEST_TARGET = 0.95
#: Question 2: after this many steps of gradient descent...
DESCENT_STEPS = 10
#: ...the loss must have covered at least 99% of the way from where it started down to its lowest value.
DESCENT_WAY = 0.99
#: Question 3: which point sets a network with no hidden layer gets this share of unseen points right on.
ONE_NEURON_TARGET = 0.90


def _bias_on(split: str, target: float) -> Callable[[object], Feedback]:
    def criterion(answer: object) -> Feedback:
        bias = real_number("bias", answer)
        score = neuron_accuracy(Q1_W1, Q1_W2, bias, "clouds", split)
        key = f"q1_neuron_bias.ok_{split}" if score >= target else f"q1_neuron_bias.low_{split}"
        return Feedback(score >= target, t(key, accuracy=score, target=target))

    return criterion


def _loss_goes_down(answer: object) -> Feedback:
    start, end = descent_loss(DESCENT_START), descent_loss(descend(answer, DESCENT_STEPS)[-1])  # descend checks it
    if end < start:
        return Feedback(True, t("q2_learning_rate.lower", steps=DESCENT_STEPS, start=start, end=end))
    return Feedback(False, t("q2_learning_rate.higher", steps=DESCENT_STEPS, start=start, end=end))


def _loss_gets_close(answer: object) -> Feedback:
    start, lowest = descent_loss(DESCENT_START), descent_loss(best_weight())
    end = descent_loss(descend(answer, DESCENT_STEPS)[-1])
    way = (start - end) / (start - lowest)
    if way >= DESCENT_WAY:
        return Feedback(True, t("q2_learning_rate.close", steps=DESCENT_STEPS, end=end, lowest=lowest))
    return Feedback(
        False,
        t(
            "q2_learning_rate.not_close",
            steps=DESCENT_STEPS,
            end=end,
            lowest=lowest,
            way=max(way, 0.0),
            target=DESCENT_WAY,
        ),
    )


def _as_shapes(answer: object) -> set[str]:
    return ticked_names("one_neuron_shapes", answer, SHAPES, "point set names")


def _shapes_are_valid(answer: object) -> Feedback:
    chosen = _as_shapes(answer)
    return Feedback(bool(chosen), t("q3_one_neuron_shapes.valid" if chosen else "q3_one_neuron_shapes.empty"))


@cache
def one_neuron_shapes() -> frozenset[str]:
    """The point sets on which a network with no hidden layer reaches ``ONE_NEURON_TARGET`` (trained live, once)."""
    return frozenset(shape for shape in SHAPES if train_network(shape, []).test_accuracy >= ONE_NEURON_TARGET)


def _shapes_are_right(answer: object) -> Feedback:
    chosen = _as_shapes(answer)
    if chosen == one_neuron_shapes():
        return Feedback(True, t("q3_one_neuron_shapes.ok"))
    return Feedback(False, t("q3_one_neuron_shapes.wrong", chosen=len(chosen), target=ONE_NEURON_TARGET))


#: Question 4: an engineer's network scored well after one training run: what to do before calling the design
#: enough (right option: several random starts). Question 5: predict what longer training does for one neuron on
#: the circles (right option: about half again, as no straight border closes around the disc).
Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_one_training_run", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "47a31251ad7966613d15af79afc2f0eb3a23c10dd42f5ae0bd17238514d89780"
Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_train_longer", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "763a617d113d0f78785df6dfe826635dedaabffdc796663ea98baec7f6d2ce80"

#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_neuron_bias",
        {"train": _bias_on("train", NEURON_TRAIN_TARGET), "test": _bias_on("test", NEURON_TEST_TARGET)},
        Slider(low=-3, high=3, step=0.1, start=1.5),
        objective="neuron",
        level="apply",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.apply"),
    ),
    Question(
        "q2_learning_rate",
        {"lower": _loss_goes_down, "close": _loss_gets_close},
        Slider(low=0.01, high=1.5, step=0.01, start=0.01),
        objective="descent",
        level="apply",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.apply"),
    ),
    Question(
        "q3_one_neuron_shapes",
        {"valid": _shapes_are_valid, "right": _shapes_are_right},
        Several(SHAPES),
        option_label=shape_label,
        objective="layers",
        level="analyse",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.understand"),
    ),
    Question(
        "q4_one_training_run",
        choice_criteria("q4_one_training_run", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
        objective="judging",
        level="evaluate",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_train_longer",
        choice_criteria("q5_train_longer", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
        objective="layers",
        level="understand",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.understand"),
    ),
).interface()
