"""Module 10, Explainability and trust: its data, model, figures, widgets, questions and texts."""
