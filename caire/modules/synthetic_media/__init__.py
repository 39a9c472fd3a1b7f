"""Module 14, Synthetic media and deepfakes.

The learner trains a small generative model live (a variational autoencoder, PyTorch, on the 8 x 8 digit images,
about a second), plays "real or generated?" and sees their own hit rate, trains a detector live (a numpy logistic
regression) that catches the generator it saw and misses images from a generator it never saw, hides an invisible
watermark in an image and sees which edits (crop, noise, fewer grey levels) remove it; then reads what content
credentials can and cannot prove, how voice-clone and fake-video-call fraud is stopped, and the AI Act's
transparency duties (Art. 50). Everything here is a toy, labelled as such in the lesson.
"""
