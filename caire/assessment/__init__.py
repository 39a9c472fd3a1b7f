"""The pre/post AI-literacy test: an item bank, two parallel forms and a survey, delivered like every exercise.

Not a module of the course (the registry does not list it): a learner takes one form before the course and the
other after it, as an nbgrader assignment or its Voila app, through the same Submit and into the same gradebook;
``autograder/prepost.py`` analyses it for the research team (docs/research.md).

- ``bank.toml``: every item, one source for both languages and both forms (texts in ``locales/``);
- ``items.py``: the bank read into :class:`caire.core.checks.Question` objects, and when a learner may see results;
- ``form_a.py``, ``form_b.py``: each form's questions, what its notebooks and app import as ``ex``;
- ``sources.py``: writes ``course/literacy-test-{a,b}/exercise.py`` from the bank
  (``python -m caire.assessment.sources``).
"""
