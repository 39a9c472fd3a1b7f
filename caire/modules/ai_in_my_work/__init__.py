"""Module 17, AI in my work and my organisation (the capstone).

The learner breaks a job into tasks and rates each one's exposure to generative AI (automation, augmentation, low);
a toy nearest-neighbour model, built live in milliseconds on 48 short task descriptions that the course wrote and
labelled (data/tasks.json, en and fr), suggests a rating to compare with theirs, and its agreement with the course's
labels on tasks it did not see is measured live. The lesson compares this with published exposure studies (ILO 2023
and 2025, Eloundou et al. 2023, OECD), then covers informing and consulting staff (AI Act Art. 26(7); in France the
CSE) and has the learner build their organisation's AI-use register in widgets and keep it as a CSV file.
"""
