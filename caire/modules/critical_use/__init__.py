"""Module 08, "Using generative AI critically at work": a chatbot's answers checked claim by claim against the
documents they should agree with, what must stay out of a public chatbot, and a personal-data filter that helps
without replacing judgement.

Trains live: a naive Bayes personal-data filter on 40 sentences written for the course, in milliseconds.
"""
