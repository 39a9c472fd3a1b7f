"""Assignment 14, "Synthetic media and deepfakes": the five questions and their checks.

Used by ``assignments/14-synthetic-media-*/`` (nbgrader tests) and ``apps/*/14-synthetic-media`` (Voila app).
Question 1 is checked on the watermark itself (the same noise every time, fixed seed); the others are decisions
whose right options are compared as digests, never stored.
"""

from __future__ import annotations

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    Several,
    Slider,
    choice_criteria,
    several_criteria,
)
from caire.core.i18n import t
from caire.core.numbers import decimal
from caire.core.validation import number_between
from caire.modules.synthetic_media.model import MAX_NOISE, THRESHOLD, edit, embed, watermark_score

#: What the module teaches (texts "m14.objective.<key>"); every question serves one of them.
OBJECTIVES = ("detection_limits", "watermarks_and_credentials", "fraud_procedures", "transparency_law")

Q1 = "q1_noise_removes_watermark"
Q2 = "q2_detector_unseen_generator"
Q3 = "q3_fake_video_call"
Q4 = "q4_content_credentials"
Q5 = "q5_deepfake_disclosure"
OPTIONS = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option(s)>): the options themselves are not stored.
Q2_RIGHT_DIGEST = "ff86b132bec743c7f12a96509515fcfb1803837da7838ce521d30b022036112f"
Q3_RIGHT_DIGEST = "99fd102bd851cf11a90f48f20aca6453aa9b99d3136bc23bc565c0daf299afc8"
Q4_RIGHT_DIGEST = "6178523267a112dae3ae4ba0a27e661d685c07e74ef482f319f67699f09124cd"
Q5_RIGHT_DIGEST = "e224ff618afae987719bb6dfab797a578c520a4f3f20e85148275c7076c0e6ef"


# --- question 1: a noise that removes the watermark ----------------------------------------------------------------


def _noise(answer: object) -> float:
    return number_between("noise", answer, 0, MAX_NOISE)


def _noise_is_valid(answer: object) -> Feedback:
    return Feedback(True, t(f"{Q1}.valid", noise=decimal(_noise(answer), 2)))


def _noise_removes(answer: object) -> Feedback:
    noise = _noise(answer)
    score = watermark_score(edit(embed(), noise=noise))
    removed = score < THRESHOLD
    return Feedback(
        removed,
        t(f"{Q1}.ok" if removed else f"{Q1}.still_found", noise=decimal(noise, 2), score=decimal(score, 1)),
    )


# --- question 4: what content credentials prove --------------------------------------------------------------------


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        Q1,
        {"valid": _noise_is_valid, "removed": _noise_removes},
        Slider(low=0, high=MAX_NOISE, step=0.05, start=0),
        objective="watermarks_and_credentials",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        Q2,
        choice_criteria(Q2, OPTIONS, Q2_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="detection_limits",
        level="analyse",
        competences=("art4.general_understanding", "art4.risks", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        Q3,
        choice_criteria(Q3, OPTIONS, Q3_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="fraud_procedures",
        level="evaluate",
        competences=("art4.risks", "art4.context", "digcomp.2.1", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        Q4,
        several_criteria(Q4, "right_statements", OPTIONS, Q4_RIGHT_DIGEST),
        Several(OPTIONS),
        objective="watermarks_and_credentials",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.mindset.understand"),
    ),
    Question(
        Q5,
        choice_criteria(Q5, OPTIONS, Q5_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="transparency_law",
        level="apply",
        competences=("art4.role", "digcomp.2.3", "unesco.ethics.understand"),
        transfer=True,
    ),
).interface()
