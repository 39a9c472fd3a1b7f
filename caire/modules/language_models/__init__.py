"""Module 06, "How a language model works": a model writes by giving each possible next token a probability and
picking one, again and again; counting what followed the same few characters already writes fluent text; the
temperature trades predictability for variety; a model copies its training text and invents words; large models
differ in scale, not in principle.

Trains live: a 15,000-parameter character model (PyTorch, CPU, one thread) on a corpus of about 4,000 characters
written for the course, in under 2 s; the counting model is counted, not trained.
"""
