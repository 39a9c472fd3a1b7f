"""Module 07, "Embeddings and retrieval": texts turned into vectors of numbers, questions answered by the nearest
entries of a help-desk FAQ, and why a search on words misses paraphrases that a small embedding does not fix.

Computes live: TF-IDF vectors of the FAQ and a 20-dimension LSA embedding (numpy), in milliseconds.
"""
