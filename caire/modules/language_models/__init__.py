"""Module 06, How a language model works: its data, model, figures, widgets, questions and texts."""
