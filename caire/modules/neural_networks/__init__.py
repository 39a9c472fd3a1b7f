"""Module 04, "Neural networks, a playground": what a neuron computes, how gradient descent finds weights, and
why hidden layers draw curved borders.

Trains live: small fully connected networks (PyTorch, CPU, one thread) on 200 generated points, 0.1 to 0.3 s
each, their decision map redrawn while they learn; gradient descent on one weight, in numpy.
"""
