"""Helpers shared by every CAIRE notebook: data, small models, rules, plots, widgets and checks.

Notebooks stay thin: they import from here, never copy code from each other. Importing
``caire`` itself is cheap (no scikit-learn, no torch); each submodule imports what it needs.
"""

from caire.core.i18n import LANGUAGES, get_language, set_language, t

__all__ = ["LANGUAGES", "get_language", "set_language", "t"]
__version__ = "0.1.0"
