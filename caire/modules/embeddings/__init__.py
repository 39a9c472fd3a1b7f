"""Module 07, Embeddings and retrieval: its data, model, figures, widgets, questions and texts."""
