"""Module 11, "Privacy and security": a hospital model that learns its 150 patients by heart leaks who they were
(a membership attack on its answers alone); privacy noise on its weights (a simplified differential privacy) buys
protection with accuracy; flipped training labels steer it; a tiny aimed change to each pixel makes a digit model
misread a handwritten digit that a person still reads right.

Trains live, in numpy (no scikit-learn, no torch): the memorising model on random cosine features, again for each
share of flipped labels (under 0.2 s each), and a linear model of the bundled digits (a fraction of a second).
"""
