"""Module 11, Privacy and security: its data, model, figures, widgets, questions and texts."""
