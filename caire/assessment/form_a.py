"""Form A of the pre/post AI-literacy test: what ``assignments/literacy-test-a-*`` and ``apps/*/literacy-test-a``
import as ``ex``.

A test, not an exercise: the app's button only records an answer, and the learner sees which answers were right
only after submitting a post-test (:func:`caire.assessment.items.results_after_submit`).
"""

from __future__ import annotations

from caire.assessment.items import questions, results_after_submit
from caire.core.checks import Exercise

#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    *questions("a"), feedback="none", results_after_submit=results_after_submit
).interface()
