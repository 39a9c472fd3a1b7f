"""Module 10, "Explainability and trust": why a loan model decided that (permutation importance, partial
dependence), what would change one decision (counterfactuals), and whether its confidence can be trusted
(calibration).

Trains live: two boosted-stump models in numpy on 1,500 and 150 generated applicants, a few hundredths of a second
each.
"""
