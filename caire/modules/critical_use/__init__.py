"""Module 08, Using generative AI critically at work: its data, model, figures, widgets, questions and texts."""
