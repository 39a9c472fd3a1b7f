# %% [markdown] lang="en"
# # Rules versus learning: the exercise, no code needed
#
# In this app you:
# 1. write a rule by hand to recognise a grape variety from a lab measurement,
# 2. let a decision tree learn its own rules from examples, in a fraction of a second,
# 3. look at what it learned, and decide what "learning" means.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: 178 Italian wines from three cultivars (grape varieties), 13 chemical measurements each
# (UCI "Wine" data set, Forina et al., 1988). 124 wines are used to write rules and to train;
# the other 54 are kept aside to test on wines never seen.

# %% [markdown] lang="fr"
# # Des règles ou de l'apprentissage : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. écrire à la main une règle qui reconnaît un cépage à partir d'une mesure de laboratoire,
# 2. laisser un arbre de décision apprendre ses propres règles à partir d'exemples, en une fraction de seconde,
# 3. regarder ce qu'il a appris, et décider ce qu'« apprendre » veut dire.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les données : 178 vins italiens de trois cépages, 13 mesures chimiques chacun
# (jeu de données UCI « Wine », Forina et al., 1988). 124 vins servent à écrire les règles et à entraîner ;
# les 54 autres sont mis de côté pour tester sur des vins jamais vus.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.app import show_question, show_submit
from caire.exercises import rules_vs_learning as ex
from caire.plots import plot_measurement
from caire.widgets import tree_trainer

# %% [markdown] lang="en"
# ## Question 1: write a rule by hand
#
# The chart shows the **proline** content of the 124 training wines, one colour per cultivar.
# Choose the threshold of the rule "if proline ≥ threshold, the wine is cultivar 0".
# Aim for a rule that is right on at least 90% of the training wines and 85% of the unseen ones.

# %% [markdown] lang="fr"
# ## Question 1 : écrire une règle à la main
#
# Le graphique montre la teneur en **proline** des 124 vins d'entraînement, une couleur par cépage.
# Choisissez le seuil de la règle « si proline ≥ seuil, le vin est du cépage 0 ».
# Visez une règle qui a raison pour au moins 90 % des vins d'entraînement et 85 % des vins jamais vus.

# %%
plot_measurement("proline");

# %%
show_question(ex, "q1_hand_rule")

# %% [markdown] lang="en"
# ## Question 2: the smallest tree that is good enough
#
# A decision tree asks a wine a few questions in a row ("is the alcohol at least 13%?"), and learns which
# questions to ask from the training wines. Its **depth** is how many questions in a row it may ask.
# Train trees of several depths below. Which is the **smallest depth** that gets at least 90% of the unseen wines right?

# %% [markdown] lang="fr"
# ## Question 2 : le plus petit arbre qui suffit
#
# Un arbre de décision pose à un vin quelques questions successives (« le degré d'alcool est-il d'au moins 13 % ? ») et apprend
# lesquelles poser à partir des vins d'entraînement. Sa **profondeur** est le nombre de questions successives qu'il peut poser.
# Entraînez ci-dessous des arbres de plusieurs profondeurs. Quelle est la **plus petite profondeur** qui a raison
# pour au moins 90 % des vins jamais vus ?

# %%
tree_trainer(start_depth=1)

# %%
show_question(ex, "q2_smallest_tree")

# %% [markdown] lang="en"
# ## Question 3: what did the tree look at?
#
# Train a tree of depth **2** above and read its rules. Out of the 13 measurements it could use,
# tick the ones it actually uses.

# %% [markdown] lang="fr"
# ## Question 3 : qu'a regardé l'arbre ?
#
# Entraînez ci-dessus un arbre de profondeur **2** et lisez ses règles. Parmi les 13 mesures
# qu'il pouvait utiliser, cochez celles qu'il utilise vraiment.

# %%
show_question(ex, "q3_measurements_used")

# %% [markdown] lang="en"
# ## Question 4: what "learning" means
#
# Which statement about the tree you trained is true?

# %% [markdown] lang="fr"
# ## Question 4 : ce qu'« apprendre » veut dire
#
# Quelle affirmation sur l'arbre que vous avez entraîné est vraie ?

# %%
show_question(ex, "q4_what_learning_means")

# %% [markdown] lang="en"
# ## Hand in
#
# When you have answered, press **Submit my answers**: your trainer grades them with everyone else's.
# You can change an answer and submit again; the last submission counts.

# %% [markdown] lang="fr"
# ## Rendre
#
# Quand vous avez répondu, appuyez sur **Rendre mes réponses** : votre formateur les corrige avec celles des autres.
# Vous pouvez changer une réponse et rendre à nouveau ; c'est le dernier rendu qui compte.

# %%
show_submit("01-rules-vs-learning")
