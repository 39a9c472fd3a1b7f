"""Module 05, Perception: how a network "sees" a digit: its data, model, figures, widgets, questions and texts."""
