"""Module 03, "Errors and their cost".

It teaches that a model's two kinds of error cost different amounts: in health (breast tumours, scikit-learn's
bundled Wisconsin data), banking (generated card payments) and maintenance (generated pump readings), a score and a
threshold decide which cases to flag; the learner reads the four outcomes, prices each error, finds the cheapest
threshold, and sees why accuracy misleads and precision falls when positives are rare. Trained live: a logistic
regression (numpy), a few milliseconds.
"""
