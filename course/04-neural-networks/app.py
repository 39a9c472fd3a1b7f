# %% [markdown] lang="en"
# # Neural networks: the exercise, no code needed
#
# In this app you:
# 1. set the bias of one neuron by hand,
# 2. choose a learning rate for gradient descent,
# 3. train small networks live, and find what one neuron can do and how many neurons the circles need,
# 4. decide what training a network means.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: sets of 200 points in two colours, orange and blue, generated with fixed seeds, and 200 more
# points of each set, never used for training, to test on points never seen.

# %% [markdown] lang="fr"
# # Les réseaux de neurones : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. régler à la main le biais d'un neurone,
# 2. choisir un taux d'apprentissage pour la descente de gradient,
# 3. entraîner en direct de petits réseaux, et trouver ce que sait faire un neurone et combien de neurones
#    il faut pour les cercles,
# 4. décider ce que veut dire entraîner un réseau.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les données : des jeux de 200 points de deux couleurs, orange et bleu, générés avec des graines fixes, et 200 autres
# points de chaque jeu, jamais utilisés pour l'entraînement, pour tester sur des points jamais vus.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.app import show_question, show_submit
from caire.exercises import neural_networks as ex
from caire.playground import descent_explorer, neuron_explorer, playground

# %% [markdown] lang="en"
# ## Question 1: the bias of a neuron
#
# A neuron says **blue** where w1 × x1 + w2 × x2 + b > 0, orange elsewhere: its border is a straight line.
# Here its two weights are fixed, **w1 = 1 and w2 = 1**. Move the bias and watch the border move.
# Which bias gets at least 95% of the training points right, and 95% of the unseen ones?

# %% [markdown] lang="fr"
# ## Question 1 : le biais d'un neurone
#
# Un neurone dit **bleu** là où w1 × x1 + w2 × x2 + b > 0, orange ailleurs : sa frontière est une ligne droite.
# Ici, ses deux poids sont fixés, **w1 = 1 et w2 = 1**. Déplacez le biais et regardez la frontière bouger.
# Quel biais classe bien au moins 95 % des points d'entraînement, et 95 % des points jamais vus ?

# %%
neuron_explorer(w1=1.0, w2=1.0, bias=1.5, adjust=["bias"])

# %%
show_question(ex, "q1_neuron_bias")

# %% [markdown] lang="en"
# ## Question 2: a learning rate that works
#
# Gradient descent looks for the bottom of the loss by small steps downhill: new weight = weight − learning rate ×
# slope. Here it starts at w = −1 and takes **10 steps**. Choose a learning rate with which the loss comes down
# and covers at least **99% of the way** to its lowest value in those 10 steps.

# %% [markdown] lang="fr"
# ## Question 2 : un taux d'apprentissage qui marche
#
# La descente de gradient cherche le fond de la perte par petits pas vers le bas : nouveau poids = poids − taux
# d'apprentissage × pente. Ici, elle part de w = −1 et fait **10 pas**. Choisissez un taux d'apprentissage avec lequel
# la perte baisse et fait au moins **99 % du chemin** jusqu'à sa valeur la plus basse en ces 10 pas.

# %%
descent_explorer(learning_rate=0.05, steps=10)

# %%
show_question(ex, "q2_learning_rate")

# %% [markdown] lang="en"
# ## Question 3: what one neuron can do
#
# A network with **no hidden layer** is a single neuron. In the playground below, keep the hidden layers at 0,
# train on each of the four point sets, and read the share of unseen points it gets right.
# On which sets does it reach at least **90%** of the unseen points?

# %% [markdown] lang="fr"
# ## Question 3 : ce que sait faire un neurone
#
# Un réseau **sans couche cachée** est un seul neurone. Dans le bac à sable ci-dessous, laissez les couches cachées à 0,
# entraînez sur chacun des quatre jeux de points, et lisez la part des points jamais vus bien classés.
# Sur quels jeux atteint-il au moins **90 %** des points jamais vus ?

# %%
playground(shape="clouds", layers=0)

# %%
show_question(ex, "q3_one_neuron_shapes")

# %% [markdown] lang="en"
# ## Question 4: the smallest hidden layer for the circles
#
# Now **one hidden layer** on the circles, with the playground's settings: activation tanh, learning rate 0.03,
# 300 epochs. Change only the number of neurons. What is the **smallest number of neurons** with which the network
# gets at least **90%** of the unseen points right?

# %% [markdown] lang="fr"
# ## Question 4 : la plus petite couche cachée pour les cercles
#
# Maintenant, **une couche cachée** sur les cercles, avec les réglages du bac à sable : activation tanh, taux
# d'apprentissage 0,03, 300 époques. Ne changez que le nombre de neurones. Quel est le **plus petit nombre de
# neurones** avec lequel le réseau a raison pour au moins **90 %** des points jamais vus ?

# %%
playground(shape="circles", layers=1, neurons=1)

# %%
show_question(ex, "q4_smallest_layer")

# %% [markdown] lang="en"
# ## Question 5: what training does
#
# Which statement about how a neural network is trained is true?

# %% [markdown] lang="fr"
# ## Question 5 : ce que fait l'entraînement
#
# Quelle affirmation sur la façon dont un réseau de neurones est entraîné est vraie ?

# %%
show_question(ex, "q5_what_training_does")

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
show_submit("04-neural-networks")
