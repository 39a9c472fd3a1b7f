"""Module 01, "What is AI? Rules versus learning".

It teaches what "learning from examples" means by putting a rule written by hand next to a learned one: the
learner picks thresholds on the measurements of 178 Italian wines (scikit-learn's bundled "Wine" data) to tell
three grape cultivars apart, then a decision tree finds its own thresholds in the same wines. Trained live: a
scikit-learn decision tree, in under 10 ms.
"""
