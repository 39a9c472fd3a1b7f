"""Module 04, Neural networks, a playground: its data, model, figures, widgets, questions and texts."""
