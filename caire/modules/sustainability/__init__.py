"""Module 12, "The energy and carbon cost of AI": estimate the energy of a training from the processor time it
uses (an assumed power per busy core, stated with a low and a high figure), convert energy to CO2e with the carbon
intensity of a country's electricity, weigh a training against the predictions of a model's life, compare with the
published figures for GPT-3 (estimated by other researchers) and BLOOM (its builders' own), and choose the smallest
model that is good enough.

Trains live, in numpy (no scikit-learn, no torch): a family of seven digit-reading networks of 2 to 128 hidden
units on the bundled digits (about 5 s in all, with a progress bar), and the 32-unit one on more and more images.
"""
