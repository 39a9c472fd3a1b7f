"""Module 15, AI assistants at work, and their security.

The learner sees a base model that only continues text (word pairs counted in generated e-mails) turn into a toy
assistant (a numpy logistic regression trained live to tell instructions from information: it acts on any sentence
that reads like an instruction, whoever wrote it); inspects what the assistant sees (system prompt, tools, request,
the retrieved e-mail); attacks it with instructions hidden in 120 generated e-mails and measures the share it
follows with no defence, with data kept apart, with least privilege, with human confirmation, and with all three;
then reads about approved tools versus shadow AI and retention settings. Everything here is a toy, labelled as such.
"""
