"""Module 09, "Fairness": a hiring model trained on biased past decisions learns the bias, finds it again through a
proxy once the group column is removed, and two fairness measures (demographic parity, equal opportunity) disagree
on how to correct it with one threshold per group.

Trains live: a numpy logistic regression (:mod:`caire.core.logistic`) on 3,000 generated applications, in
milliseconds, once per feature set.
"""
