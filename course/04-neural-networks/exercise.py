# %% [markdown] lang="en" only="assignment"
# # Assignment 04: neural networks
#
# In this assignment you set a neuron by hand, choose a learning rate for gradient descent, and train small
# networks live to see what hidden layers add. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 04 : les réseaux de neurones
#
# Dans cet exercice, vous réglez un neurone à la main, vous choisissez un taux d'apprentissage pour la descente de
# gradient, et vous entraînez en direct de petits réseaux pour voir ce qu'apportent les couches cachées.
# Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules* une fois, puis une par une ;
#   *Run ▸ Run All Cells* si les menus sont en anglais).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Avant de rendre l'exercice, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸
#   Restart Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
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

# %% [markdown] lang="fr" only="app"
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
from caire.modules.neural_networks import questions as ex

# %% only="assignment"
from caire.modules.neural_networks.figures import plot_descent, plot_neuron
from caire.modules.neural_networks.model import descend, descent_loss, neuron_accuracy, train_network

# %% only="app"
from caire.core.app import show_question
from caire.modules.neural_networks.widgets import descent_explorer, neuron_explorer, playground

# %% [markdown] lang="en" only="assignment"
# ## Question 1: the bias of a neuron
#
# A neuron says **blue** where w1 × x1 + w2 × x2 + b > 0, orange elsewhere. Here its two weights are fixed:
# **w1 = 1 and w2 = 1**. Choose its bias `b` so that it gives the right colour to at least **95%** of the training
# points of the two clouds (and, checked when you submit, to at least 95% of the 200 unseen points).
#
# The chart shows the neuron with a bias of 0. `neuron_accuracy(1.0, 1.0, 0.5)` is the share of training points
# right with a bias of 0.5. Then set `bias`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : le biais d'un neurone
#
# Un neurone dit **bleu** là où w1 × x1 + w2 × x2 + b > 0, orange ailleurs. Ici, ses deux poids sont fixés :
# **w1 = 1 et w2 = 1**. Choisissez son biais `b` pour qu'il donne la bonne couleur à au moins **95 %** des points
# d'entraînement des deux nuages (et, vérifié quand vous rendez l'exercice, à au moins 95 % des 200 points jamais vus).
#
# Le graphique montre le neurone avec un biais de 0. `neuron_accuracy(1.0, 1.0, 0.5)` est la part des points
# d'entraînement bien classés avec un biais de 0,5. Puis donnez une valeur à `bias` (avec un point, pas une virgule).

# %% [markdown] lang="en" only="app"
# ## Question 1: the bias of a neuron
#
# A neuron says **blue** where w1 × x1 + w2 × x2 + b > 0, orange elsewhere: its border is a straight line.
# Here its two weights are fixed, **w1 = 1 and w2 = 1**. Move the bias and watch the border move.
# Which bias gets at least 95% of the training points right, and 95% of the unseen ones?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : le biais d'un neurone
#
# Un neurone dit **bleu** là où w1 × x1 + w2 × x2 + b > 0, orange ailleurs : sa frontière est une ligne droite.
# Ici, ses deux poids sont fixés, **w1 = 1 et w2 = 1**. Déplacez le biais et regardez la frontière bouger.
# Quel biais classe bien au moins 95 % des points d'entraînement, et 95 % des points jamais vus ?

# %% only="assignment"
plot_neuron(1.0, 1.0, 0.0);

# %% only="app"
neuron_explorer(w1=1.0, w2=1.0, bias=1.5, adjust=["bias"])

# %% only="assignment"
neuron_accuracy(1.0, 1.0, 0.5)

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
bias = -0.3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_neuron_bias", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the neuron with weights 1 and 1 and this bias colours the training points and the unseen points right."""
ex.require("q1_neuron_bias", bias, "train")
### BEGIN HIDDEN TESTS
ex.require("q1_neuron_bias", bias, "test")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: a learning rate that works
#
# Gradient descent on the one-weight loss of the lesson starts at w = −1 and takes **10 steps**.
# `plot_descent(0.05)` draws them with a learning rate of 0.05; `descend(0.05)` lists the weights visited, and
# `descent_loss(descend(0.05)[-1])` is the loss after the last step.
#
# Set `learning_rate` so that after 10 steps the loss has come down (checked now) and has covered at least
# **99% of the way** from its starting value to the lowest possible loss (checked when you submit).

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : un taux d'apprentissage qui marche
#
# La descente de gradient sur la perte à un seul poids de la leçon part de w = −1 et fait **10 pas**.
# `plot_descent(0.05)` les dessine avec un taux d'apprentissage de 0,05 ; `descend(0.05)` donne la liste des poids
# visités, et `descent_loss(descend(0.05)[-1])` est la perte après le dernier pas.
#
# Donnez à `learning_rate` une valeur telle qu'après 10 pas la perte ait baissé (vérifié tout de suite) et ait fait
# au moins **99 % du chemin** entre sa valeur de départ et la perte la plus basse possible (vérifié quand vous rendez
# l'exercice).

# %% [markdown] lang="en" only="app"
# ## Question 2: a learning rate that works
#
# Gradient descent looks for the bottom of the loss by small steps downhill: new weight = weight − learning rate ×
# slope. Here it starts at w = −1 and takes **10 steps**. Choose a learning rate with which the loss comes down
# and covers at least **99% of the way** to its lowest value in those 10 steps.

# %% [markdown] lang="fr" only="app"
# ## Question 2 : un taux d'apprentissage qui marche
#
# La descente de gradient cherche le fond de la perte par petits pas vers le bas : nouveau poids = poids − taux
# d'apprentissage × pente. Ici, elle part de w = −1 et fait **10 pas**. Choisissez un taux d'apprentissage avec lequel
# la perte baisse et fait au moins **99 % du chemin** jusqu'à sa valeur la plus basse en ces 10 pas.

# %% only="assignment"
plot_descent(0.05);

# %% only="app"
descent_explorer(learning_rate=0.05, steps=10)

# %% only="assignment"
descent_loss(descend(0.05)[-1])

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
learning_rate = 0.3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_learning_rate", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: with this learning rate, 10 steps of gradient descent lower the loss, nearly to its lowest value."""
ex.require("q2_learning_rate", learning_rate, "lower")
### BEGIN HIDDEN TESTS
ex.require("q2_learning_rate", learning_rate, "close")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: what one neuron can do
#
# A network with **no hidden layer** is a single neuron. `train_network("circles", hidden=[])` trains one on the
# circles; its `.test_accuracy` is the share of the 200 unseen points it colours right.
#
# On which of the four point sets does a network with no hidden layer get at least **90%** of the unseen points
# right? Set `one_neuron_shapes` to the set of their names, among `"clouds"`, `"circles"`, `"xor"` and `"spiral"`,
# for example `{"circles", "spiral"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : ce que sait faire un neurone
#
# Un réseau **sans couche cachée** est un seul neurone. `train_network("circles", hidden=[])` en entraîne un sur les
# cercles ; son `.test_accuracy` est la part des 200 points jamais vus qu'il colore correctement.
#
# Sur lesquels des quatre jeux de points un réseau sans couche cachée classe-t-il correctement au moins **90 %** des
# points jamais vus ? Donnez à `one_neuron_shapes` l'ensemble de leurs noms, parmi `"clouds"` (deux nuages), `"circles"`
# (cercles), `"xor"` et `"spiral"` (spirale), par exemple `{"circles", "spiral"}`.

# %% [markdown] lang="en" only="app"
# ## Question 3: what one neuron can do
#
# A network with **no hidden layer** is a single neuron. In the playground below, keep the hidden layers at 0,
# train on each of the four point sets, and read the share of unseen points it gets right.
# On which sets does it reach at least **90%** of the unseen points?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : ce que sait faire un neurone
#
# Un réseau **sans couche cachée** est un seul neurone. Dans le bac à sable ci-dessous, laissez les couches cachées à 0,
# entraînez sur chacun des quatre jeux de points, et lisez la part des points jamais vus bien classés.
# Sur quels jeux atteint-il au moins **90 %** des points jamais vus ?

# %% only="assignment"
train_network("circles", hidden=[]).test_accuracy

# %% only="app"
playground(shape="clouds", layers=0)

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
one_neuron_shapes = {"clouds"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_one_neuron_shapes", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the point sets a network with no hidden layer gets at least 90% of unseen points right on."""
ex.require("q3_one_neuron_shapes", one_neuron_shapes, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_one_neuron_shapes", one_neuron_shapes, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: the smallest hidden layer for the circles
#
# `train_network("circles", hidden=[2])` trains a network with **one hidden layer of 2 neurons** on the circles
# (activation tanh, learning rate 0.03, 300 epochs: the playground's settings).
#
# Set `smallest_layer` to the **smallest number of neurons** in that one hidden layer with which the network gets
# at least **90%** of the unseen points right. Fewer neurons means fewer weights to learn and to check.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : la plus petite couche cachée pour les cercles
#
# `train_network("circles", hidden=[2])` entraîne sur les cercles un réseau avec **une couche cachée de 2 neurones**
# (activation tanh, taux d'apprentissage 0,03, 300 époques : les réglages du bac à sable).
#
# Donnez à `smallest_layer` le **plus petit nombre de neurones** de cette couche cachée avec lequel le réseau classe
# correctement au moins **90 %** des points jamais vus. Moins de neurones, c'est moins de poids à apprendre et à vérifier.

# %% [markdown] lang="en" only="app"
# ## Question 4: the smallest hidden layer for the circles
#
# Now **one hidden layer** on the circles, with the playground's settings: activation tanh, learning rate 0.03,
# 300 epochs. Change only the number of neurons. What is the **smallest number of neurons** with which the network
# gets at least **90%** of the unseen points right?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : la plus petite couche cachée pour les cercles
#
# Maintenant, **une couche cachée** sur les cercles, avec les réglages du bac à sable : activation tanh, taux
# d'apprentissage 0,03, 300 époques. Ne changez que le nombre de neurones. Quel est le **plus petit nombre de
# neurones** avec lequel le réseau classe correctement au moins **90 %** des points jamais vus ?

# %% only="assignment"
train_network("circles", hidden=[2]).test_accuracy

# %% only="app"
playground(shape="circles", layers=1, neurons=1)

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
smallest_layer = next(size for size in range(1, 9) if train_network("circles", hidden=[size]).test_accuracy >= 0.90)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_smallest_layer", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the smallest single hidden layer that gets at least 90% of the unseen circle points right."""
ex.require("q4_smallest_layer", smallest_layer, "reaches")
### BEGIN HIDDEN TESTS
ex.require("q4_smallest_layer", smallest_layer, "smallest")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: what training does
#
# Which statement about how a neural network is trained is true? Set `statement` to the letter of your choice,
# for example `statement = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : ce que fait l'entraînement
#
# Quelle affirmation sur la façon dont un réseau de neurones est entraîné est vraie ? Donnez à `statement` la lettre
# de votre choix, par exemple `statement = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: what training does
#
# Which statement about how a neural network is trained is true?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : ce que fait l'entraînement
#
# Quelle affirmation sur la façon dont un réseau de neurones est entraîné est vraie ?

# %% only="assignment"
ex.show_options("q5_what_training_does")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
statement = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_what_training_does", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the true statement about how a network is trained."""
ex.require("q5_what_training_does", statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_what_training_does", statement, "right")
### END HIDDEN TESTS
