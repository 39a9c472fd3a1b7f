# %% [markdown] lang="en"
# # Understand AI by trying it
#
# How AI works, what it cannot do, its ethics and its cost, for every profession. Each module has a **lesson**, a
# page to read and play with, and an **exercise**, answered with buttons and sliders: no code, nothing to install.
# Every model you see is trained live, in a fraction of a second.

# %% [markdown] lang="fr"
# # Comprendre l'IA en l'essayant
#
# Comment fonctionne l'IA, ce qu'elle ne sait pas faire, son éthique et son coût, pour tous les métiers. Chaque
# module a une **leçon**, une page à lire et à manipuler, et un **exercice**, auquel on répond avec des boutons et des
# curseurs : sans code, rien à installer. Chaque modèle que vous voyez est entraîné en direct, en une fraction de
# seconde.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.gallery import show_gallery

show_gallery()
