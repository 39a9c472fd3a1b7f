"""Module 12, The energy and carbon cost of AI: its data, model, figures, widgets, questions and texts."""
