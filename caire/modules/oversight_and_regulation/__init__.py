"""Module 13, "Human oversight and regulation": an uncertainty band that sends the claims a model is unsure of to a
person, automation bias (a reviewer who follows the model unchecked adds nothing), the risk tiers of the EU AI Act,
a model card of module 09's hiring model (Mitchell et al., 2019), and a personal checklist for using AI at work.

Trains live: a numpy logistic regression (:mod:`caire.core.logistic`) on 2,000 generated insurance claims, in
milliseconds. The facts on the model card ship in ``data/`` (a module never imports another).
"""
