"""Assignment 11, "Privacy and security": the six questions and their checks.

Used by ``assignments/11-privacy-and-security-*/`` (nbgrader tests) and ``apps/*/11-privacy-and-security``
(Voila app). No answer key is stored in plain text: the numbers are computed from the models trained live
(``caire.modules.privacy_and_security.model``); which items are personal data, and the right options of questions 4
and 6, are compared as digests.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, answer_digest, choice_criteria
from caire.core.i18n import t
from caire.core.validation import number_between, real_number, ticked_names
from caire.modules.privacy_and_security.data import TRAINED
from caire.modules.privacy_and_security.model import (
    EPSILON_RANGE,
    FLIP_SHARES,
    attack,
    best_attack,
    poisoned,
    private_model,
)

#: What the module teaches (texts "m11.objective.<key>"); every question serves one of them.
OBJECTIVES = ("leakage", "attacks", "personal_data")

#: Question 1: the attack's threshold, and how close a read-off success rate must be (answered in %, compared as
#: a share).
Q1_THRESHOLD = 0.9
Q1_TOLERANCE = 0.01
#: Question 2: the noisy model must keep at least this accuracy on unseen patients...
Q2_ACCURACY = 0.70
#: ...while the best membership attack on it succeeds at most this often.
Q2_ATTACK = 0.62
#: Question 3: the smallest share of randomly flipped labels that takes accuracy below this.
Q3_ACCURACY = 0.65

Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_adversarial_claim", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "23dbbd6691d22f507380ad8de1288464ef28fc30ed5465f2269e3a36a7981107"

#: Question 5: things a organisation may hold; which are personal data under the GDPR?
Q5_ITEMS = (
    "pseudonymised_record",
    "average_age",
    "ip_address",
    "pump_vibration",
    "call_recording",
    "company_turnover",
    "licence_plate",
    "membership_fact",
)
#: answer_digest("q5_which_personal_data/<item>", "personal" or "not personal"): the verdicts are not stored.
Q5_DIGESTS = {
    "pseudonymised_record": "5bef0976ec0347c0279a30ec3ffff7aa8d5fce488893332639c084000a9df62f",
    "ip_address": "aa4c65470e6c1ee3f85bd50704a80ca77659983914d078764b44259199b4912e",
    "call_recording": "284a3bbc6e08ab1fe9f44df0f45cc201b44e69bc1d49dfc780699f9d23a35d06",
    "licence_plate": "9e46cf219b3f30886b3228c25825339c93db4cfd3e0b287693965da44d38761e",
    "average_age": "35db9a59d33518228cce203b6dcc0ffd54cfe6c99502d3d6e71e31a323b9ec61",
    "pump_vibration": "4288c823a3e070eb151c3f111c6af24db8f7c5253a019cbad3a3f163ab19dfb9",
    "company_turnover": "e555c9feb852b2c3223e3e78930d69213f995c273aad298bc6cf65dfe6e3338d",
    "membership_fact": "340546b975e3f396dde7ed390d7e981ac2aeb7742e166da2157fc12809293c26",
}

Q6_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q6_hidden_instruction", <right option>): the option itself is not stored.
Q6_RIGHT_DIGEST = "d4523ab639251cbb79efa5a433b20b1a7cb1916c6e969028f37b7acd804677b2"


# --- question 1: the attack's success at a threshold ---------------------------------------------------------


def _percentage(name: str, answer: object) -> float:
    value = real_number(name, answer)
    if 0 < value < 1:
        raise ValueError(f"{name} must be a percentage between 0 and 100: write {100 * value:g}, not {value:g}")
    if not 0 <= value <= 100:
        raise ValueError(f"{name} must be a percentage between 0 and 100; got {answer!r}")
    return value


def _success_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q1_membership_attack.valid", share=_percentage("attack_success", answer) / 100))


def _success_is_right(answer: object) -> Feedback:
    share = _percentage("attack_success", answer) / 100
    found = attack(Q1_THRESHOLD)
    if abs(share - found.success) <= Q1_TOLERANCE:
        return Feedback(True, t("q1_membership_attack.ok", success=found.success, threshold=Q1_THRESHOLD))
    if abs(share - 0.5) <= Q1_TOLERANCE:
        return Feedback(False, t("q1_membership_attack.chance"))
    if abs(share - found.members_caught / TRAINED) <= Q1_TOLERANCE:
        return Feedback(False, t("q1_membership_attack.members_only"))
    return Feedback(False, t("q1_membership_attack.wrong", threshold=Q1_THRESHOLD))


# --- question 2: an epsilon that keeps accuracy and stops the attack ------------------------------------------


def _epsilon(answer: object) -> float:
    return number_between("epsilon", answer, *EPSILON_RANGE)


def _epsilon_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q2_privacy_epsilon.valid", epsilon=_epsilon(answer)))


def _epsilon_is_right(answer: object) -> Feedback:
    epsilon = _epsilon(answer)
    accuracy = private_model(epsilon).test_accuracy
    success = best_attack(epsilon).success
    values = {
        "epsilon": epsilon,
        "accuracy": accuracy,
        "attack": success,
        "target_accuracy": Q2_ACCURACY,
        "target_attack": Q2_ATTACK,
    }
    if accuracy < Q2_ACCURACY:
        return Feedback(False, t("q2_privacy_epsilon.too_noisy", **values))
    if success > Q2_ATTACK:
        return Feedback(False, t("q2_privacy_epsilon.too_leaky", **values))
    return Feedback(True, t("q2_privacy_epsilon.ok", **values))


# --- question 3: how many flipped labels it takes ------------------------------------------------------------


def _flip_share(answer: object) -> float:
    value = real_number("flip_share", answer)
    if round(value, 2) not in FLIP_SHARES or abs(value - round(value, 2)) > 1e-9:
        raise ValueError(f"flip_share must be one of 0, 0.05, 0.1, ..., 0.5; got {answer!r}")
    return round(value, 2)


def _flip_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q3_flipped_labels.valid", share=_flip_share(answer)))


def _flip_is_smallest(answer: object) -> Feedback:
    share = _flip_share(answer)
    accuracy = poisoned(share).test_accuracy
    if accuracy >= Q3_ACCURACY:
        return Feedback(False, t("q3_flipped_labels.still_good", share=share, accuracy=accuracy, target=Q3_ACCURACY))
    if any(poisoned(smaller).test_accuracy < Q3_ACCURACY for smaller in FLIP_SHARES if smaller < share):
        return Feedback(False, t("q3_flipped_labels.not_smallest", share=share, target=Q3_ACCURACY))
    return Feedback(True, t("q3_flipped_labels.ok", share=share, accuracy=accuracy, flipped=round(share * TRAINED)))


# --- question 5: which is personal data ----------------------------------------------------------------------


def _personal() -> set[str]:
    return {
        item for item in Q5_ITEMS if Q5_DIGESTS[item] == answer_digest(f"q5_which_personal_data/{item}", "personal")
    }


def _items_are_valid(answer: object) -> Feedback:
    ticked = ticked_names("personal_data", answer, Q5_ITEMS)
    if not ticked:
        return Feedback(False, t("q5_which_personal_data.empty"))
    return Feedback(True, t("q5_which_personal_data.valid", count=len(ticked)))


def _items_none_wrong(answer: object) -> Feedback:
    ticked = ticked_names("personal_data", answer, Q5_ITEMS)
    wrong = ticked - _personal()
    if wrong:
        return Feedback(False, t("q5_which_personal_data.wrongly_ticked", wrong=len(wrong)))
    return Feedback(True, t("q5_which_personal_data.ok_none_wrong", ticked=len(ticked)))


def _items_all_found(answer: object) -> Feedback:
    ticked = ticked_names("personal_data", answer, Q5_ITEMS)
    target = _personal()
    found = len(ticked & target)
    if found < len(target):
        return Feedback(False, t("q5_which_personal_data.some_missed", found=found, missed=len(target) - found))
    return Feedback(True, t("q5_which_personal_data.ok_all_found", found=found))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_membership_attack",
        {"valid": _success_is_valid, "right": _success_is_right},
        Slider(low=0, high=100, step=0.1, start=50),
        objective="leakage",
        level="understand",
        competences=("art4.risks", "digcomp.4.2", "unesco.techniques.understand"),
    ),
    Question(
        "q2_privacy_epsilon",
        {"valid": _epsilon_is_valid, "right": _epsilon_is_right},
        Slider(low=0.1, high=5, step=0.1, start=5),
        objective="leakage",
        level="apply",
        competences=("art4.risks", "digcomp.4.2", "unesco.techniques.apply"),
    ),
    Question(
        "q3_flipped_labels",
        {"valid": _flip_is_valid, "smallest": _flip_is_smallest},
        Slider(low=0, high=0.5, step=0.05, start=0),
        objective="attacks",
        level="apply",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q4_adversarial_claim",
        choice_criteria("q4_adversarial_claim", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
        objective="attacks",
        level="evaluate",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_which_personal_data",
        {"valid": _items_are_valid, "none_wrong": _items_none_wrong, "all_found": _items_all_found},
        Several(Q5_ITEMS),
        objective="personal_data",
        level="apply",
        competences=("art4.context", "digcomp.4.2", "unesco.ethics.apply"),
    ),
    Question(
        "q6_hidden_instruction",
        choice_criteria("q6_hidden_instruction", Q6_OPTIONS, Q6_RIGHT_DIGEST),
        Choice(Q6_OPTIONS),
        objective="attacks",
        level="apply",
        competences=("art4.risks", "art4.context", "digcomp.2.1", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
).interface()
