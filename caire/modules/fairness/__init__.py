"""Module 09, Fairness: its data, model, figures, widgets, questions and texts."""
