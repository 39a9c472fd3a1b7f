"""Module 02, Generalisation and overfitting: its data, model, figures, widgets, questions and texts."""
