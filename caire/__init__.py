"""CAIRE, an AI-literacy course in Jupyter: the code every notebook of the course imports.

- ``caire.core``: what several modules share (texts and numbers in the learner's language, checks, the apps'
  cards, figures, explorers, a logistic regression, the digit images...);
- ``caire.modules.<module>``: one package per module of the course (its data, model, figures, widgets,
  questions and texts), listed in ``caire/registry.toml``;
- the platform: ``caire.notebooks`` (the build), ``caire.gallery``, ``caire.submission``, ``caire.scaffold``.

Notebooks stay thin: they import from here, never copy code from each other. Importing ``caire`` itself is
cheap (no scikit-learn, no torch). A lesson writes the numbers it prints with :func:`percent`, :func:`decimal`
and :func:`integer`, so that a French learner reads "90 %" and "0,50".
"""

from caire.core.i18n import LANGUAGES, get_language, set_language, t
from caire.core.numbers import decimal, integer, percent

__all__ = ["LANGUAGES", "decimal", "get_language", "integer", "percent", "set_language", "t"]
__version__ = "0.1.0"
