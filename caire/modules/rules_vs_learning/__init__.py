"""Module 01, What is AI? Rules versus learning: its data, model, figures, widgets, questions and texts."""
