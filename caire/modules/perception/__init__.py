"""Module 05, "Perception: how a network "sees" a digit": images are only numbers to a network, it learns to read
handwritten digits from examples, and it fails in ways a person would not (a slight tilt, a tiny calculated change).

Trains live: a network of one hidden layer (PyTorch, CPU, one thread) on 1,257 of scikit-learn's bundled 8 x 8
digits (:mod:`caire.core.digits`), about 96% right on the 540 unseen ones in about 0.2 s; the "fast gradient sign"
attack is computed from it.
"""
