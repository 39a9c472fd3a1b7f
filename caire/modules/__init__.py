"""One package per module of the course (``course/NN-slug`` -> ``caire.modules.<slug_with_underscores>``).

A module package imports ``caire.core`` and never another module package (tests/test_module_layout.py).
What each file of a package holds is the same in every module: see ``docs/module-pattern.md``.
"""
