"""The shared core: what more than one module uses, and the only part of ``caire`` a module package imports.

- ``i18n``: languages and message catalogues; ``numbers``: numbers written the learner's way (Babel);
- ``checks``: questions, criteria and answer digests; ``validation``: argument checks that name the argument;
- ``app``: the apps' question cards and Submit panel; ``outputs``: Output widgets' content set as state;
- ``explorer``: a control panel wired to a redraw; ``figures``: axes and the course's colours;
- ``logistic``: a numpy logistic regression; ``digits``: scikit-learn's bundled digit images;
- ``neural``: PyTorch training with a progress callback; ``timing``: every live training's duration.
"""
