# %% [markdown] lang="en" only="assignment"
# # Assignment 04: neural networks
#
# In this assignment you set a neuron by hand, choose a learning rate, see what one neuron can do, judge a single
# training run and predict what longer training gives. There are **5 questions**, each worth 1 point, graded
# automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 04 : les réseaux de neurones
#
# Dans cet exercice, vous réglez un neurone à la main, vous choisissez un taux d'apprentissage, vous voyez ce que sait
# faire un neurone, vous jugez un entraînement unique et vous prédisez ce que donne un entraînement plus long.
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
# 3. train small networks live, and find what one neuron can do,
# 4. decide how far to trust a network trained once, and predict what longer training gives.
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
# 3. entraîner en direct de petits réseaux, et trouver ce que sait faire un neurone,
# 4. décider jusqu'où croire un réseau entraîné une seule fois, et prédire ce que donne un entraînement plus long.
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
# ## Question 4: one training run, at work
#
# An engineer trains a network that flags faulty parts on her production line from two sensor readings, with **one
# hidden layer of 3 neurons**. Her first training run is right on **99%** of the unseen parts. She wants to report:
# "a hidden layer of 3 neurons is enough". What should she do first? Set `next_step` to the letter of your choice,
# for example `next_step = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : un seul entraînement, au travail
#
# Une ingénieure entraîne un réseau qui signale les pièces défectueuses de sa ligne de production à partir de deux
# mesures de capteurs, avec **une couche cachée de 3 neurones**. Son premier entraînement classe correctement
# **99 %** des pièces jamais vues. Elle veut écrire dans son rapport : « une couche cachée de 3 neurones suffit ».
# Que doit-elle faire d'abord ? Donnez à `next_step` la lettre de votre choix, par exemple `next_step = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: one training run, at work
#
# An engineer trains a network that flags faulty parts on her production line from two sensor readings, with **one
# hidden layer of 3 neurons**. Her first training run is right on **99%** of the unseen parts. She wants to report:
# "a hidden layer of 3 neurons is enough". What should she do first?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : un seul entraînement, au travail
#
# Une ingénieure entraîne un réseau qui signale les pièces défectueuses de sa ligne de production à partir de deux
# mesures de capteurs, avec **une couche cachée de 3 neurones**. Son premier entraînement classe correctement
# **99 %** des pièces jamais vues. Elle veut écrire dans son rapport : « une couche cachée de 3 neurones suffit ».
# Que doit-elle faire d'abord ?

# %% only="assignment"
ex.show_options("q4_one_training_run")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
next_step = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_one_training_run", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: what to do before calling a design enough on the strength of one training run."""
ex.require("q4_one_training_run", next_step, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_one_training_run", next_step, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: predict, then try
#
# On the circles, a network with **no hidden layer** (one neuron) trained for 300 epochs is right on about half of the
# unseen points. What if you train it for **1,000 epochs** at a **learning rate of 0.3**? Predict first: set
# `prediction` to the letter of your choice, for example `prediction = "b"`. Then train it: run the cell after the
# question.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : prédire, puis essayer
#
# Sur les cercles, un réseau **sans couche cachée** (un neurone) entraîné pendant 300 époques classe correctement
# environ la moitié des points jamais vus. Et si on l'entraîne pendant **1 000 époques** avec un **taux
# d'apprentissage de 0,3** ? Prédisez d'abord : donnez à `prediction` la lettre de votre choix, par exemple
# `prediction = "b"`. Puis exécutez la cellule qui suit la question : elle entraîne ce réseau.

# %% [markdown] lang="en" only="app"
# ## Question 5: predict, then try
#
# On the circles, a network with **no hidden layer** (a single neuron) trained for 300 epochs is right on about half
# of the unseen points. What happens if you train it for **1,000 epochs** with a **learning rate of 0.3**?
# Make your prediction first, then check it in the playground below the question.

# %% [markdown] lang="fr" only="app"
# ## Question 5 : prédire, puis essayer
#
# Sur les cercles, un réseau **sans couche cachée** (un seul neurone) entraîné pendant 300 époques classe correctement
# environ la moitié des points jamais vus. Que se passe-t-il si on l'entraîne pendant **1 000 époques** avec un **taux
# d'apprentissage de 0,3** ? Faites d'abord votre prédiction, puis vérifiez-la dans le bac à sable sous la question.

# %% only="assignment"
ex.show_options("q5_train_longer")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
prediction = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_train_longer", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: what 1,000 epochs at a learning rate of 0.3 give a single neuron on the circles."""
ex.require("q5_train_longer", prediction, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_train_longer", prediction, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="app"
# Now check your prediction: the playground is set to no hidden layer, the circles, a learning rate of 0.3 and
# 1,000 epochs. Press **Train**.

# %% [markdown] lang="fr" only="app"
# Vérifiez maintenant votre prédiction : le bac à sable est réglé sur aucune couche cachée, les cercles, un taux
# d'apprentissage de 0,3 et 1 000 époques. Appuyez sur **Entraîner**.

# %% only="assignment"
train_network("circles", hidden=[], learning_rate=0.3, epochs=1000).test_accuracy

# %% only="app"
playground(shape="circles", layers=0, learning_rate=0.3, epochs=1000, train_now=False)
