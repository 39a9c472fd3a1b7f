"""Module 03, Errors and their cost: its data, model, figures, widgets, questions and texts."""
