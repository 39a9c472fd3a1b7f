"""Module 16, Rights, confidentiality and professional secrecy.

Teaches how much of its training text a language model gives back word for word, what that means for copyright
and for secrets pasted into a prompt, who holds rights on inputs and outputs, the EU text-and-data-mining opt-out
and the copyright duty of general-purpose model providers, and professional secrecy (medical, legal) and personal
data when using generative AI, ending with a decision exercise ("may I paste this? with which tool?").

Trains live, in milliseconds, six toy word-level language models (n-gram models counting which word follows each
run of 1 to 6 words) on a generated text of office notes in which a fictional patient record was pasted once, and
measures their verbatim reproduction and whether the record comes back when prompted with its beginning.
"""
