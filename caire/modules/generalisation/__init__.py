"""Module 02, "Generalisation and overfitting".

It teaches why a model is judged on examples it never saw: on generated half-moons of points, the learner makes
decision trees, k nearest neighbours and polynomial curves more and more complex, or gives them more data, and
watches the training score climb while the test score peaks; then two leakage traps (choosing the model on the
test points, choosing columns with the test rows) flatter a model that learned nothing. Trained live: trees, k-NN
and polynomial curves in numpy, a few milliseconds each.
"""
