"""Module 13, Human oversight and regulation: its data, model, figures, widgets, questions and texts."""
