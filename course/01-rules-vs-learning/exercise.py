# %% [markdown] lang="en" only="assignment"
# # Assignment 01: rules versus learning
#
# In this assignment you write a rule by hand, then let a decision tree learn rules from examples,
# and compare. There are **4 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 01 : des règles ou de l'apprentissage
#
# Dans cet exercice, vous écrivez une règle à la main, puis vous laissez un arbre de décision apprendre
# des règles à partir d'exemples, et vous comparez. Il y a **4 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules* une fois, puis une par une ;
#   *Run ▸ Run All Cells* si les menus sont en anglais).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Avant de rendre l'exercice, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸
#   Restart Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
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

# %% [markdown] lang="fr" only="app"
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
from caire.modules.rules_vs_learning import questions as ex
from caire.modules.rules_vs_learning.figures import plot_measurement

# %% only="assignment"
from caire.modules.rules_vs_learning.model import one_threshold_rule_accuracy, train_tree

# %% only="app"
from caire.core.app import show_question
from caire.modules.rules_vs_learning.widgets import tree_trainer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: write a rule by hand
#
# The chart shows the **proline** content of the 124 training wines, one colour per cultivar
# (grape variety). Write the rule "if proline ≥ *threshold*, the wine is cultivar 0" by choosing
# the threshold. Your rule must be right on at least **90%** of the training wines
# (and, checked when you submit, on at least 85% of the 54 wines it has never seen).
#
# Try a threshold with `one_threshold_rule_accuracy(800)`, then set `proline_threshold`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : écrire une règle à la main
#
# Le graphique montre la teneur en **proline** des 124 vins d'entraînement, une couleur par cépage.
# Écrivez la règle « si proline ≥ *seuil*, le vin est du cépage 0 » en choisissant le seuil.
# Votre règle doit classer correctement au moins **90 %** des vins d'entraînement
# (et, vérifié quand vous rendez l'exercice, au moins 85 % des 54 vins qu'elle n'a jamais vus).
#
# Essayez un seuil avec `one_threshold_rule_accuracy(800)`, puis donnez une valeur à `proline_threshold`.

# %% [markdown] lang="en" only="app"
# ## Question 1: write a rule by hand
#
# The chart shows the **proline** content of the 124 training wines, one colour per cultivar.
# Choose the threshold of the rule "if proline ≥ threshold, the wine is cultivar 0".
# Aim for a rule that is right on at least 90% of the training wines and 85% of the unseen ones.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : écrire une règle à la main
#
# Le graphique montre la teneur en **proline** des 124 vins d'entraînement, une couleur par cépage.
# Choisissez le seuil de la règle « si proline ≥ seuil, le vin est du cépage 0 ».
# Visez une règle qui classe correctement au moins 90 % des vins d'entraînement et 85 % des vins jamais vus.

# %%
plot_measurement("proline");

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
proline_threshold = 760
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_hand_rule", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the hand-written proline rule finds cultivar 0 on the training wines and on unseen wines."""
ex.require("q1_hand_rule", proline_threshold, "train")
### BEGIN HIDDEN TESTS
ex.require("q1_hand_rule", proline_threshold, "test")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: the smallest tree that is good enough
#
# `train_tree(depth)` trains a decision tree live on the training wines, using all 13 measurements.
# Its `depth` is how many questions in a row it may ask about a wine. `train_tree(2).test_accuracy`
# is the share of the 54 unseen wines that a depth-2 tree gets right.
#
# Set `smallest_depth` to the **smallest depth** whose tree gets at least **90%** of the unseen wines right.
# Smaller trees are easier for a person to read and check.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : le plus petit arbre qui suffit
#
# `train_tree(profondeur)` entraîne en direct un arbre de décision sur les vins d'entraînement, avec les 13 mesures.
# Sa profondeur est le nombre de questions successives qu'il peut poser sur un vin. `train_tree(2).test_accuracy`
# est la part des 54 vins jamais vus qu'un arbre de profondeur 2 classe correctement.
#
# Donnez à `smallest_depth` la **plus petite profondeur** dont l'arbre classe correctement au moins **90 %** des vins
# jamais vus.
# Un petit arbre est plus facile à lire et à vérifier pour une personne.

# %% [markdown] lang="en" only="app"
# ## Question 2: the smallest tree that is good enough
#
# A decision tree asks a wine a few questions in a row ("is the alcohol at least 13%?"), and learns which
# questions to ask from the training wines. Its **depth** is how many questions in a row it may ask.
# Train trees of several depths below. Which is the **smallest depth** that gets at least 90% of the unseen wines right?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : le plus petit arbre qui suffit
#
# Un arbre de décision pose à un vin quelques questions successives (« le degré d'alcool est-il d'au moins 13 % ? ») et apprend
# lesquelles poser à partir des vins d'entraînement. Sa **profondeur** est le nombre de questions successives qu'il peut poser.
# Entraînez ci-dessous des arbres de plusieurs profondeurs. Quelle est la **plus petite profondeur** dont l'arbre
# classe correctement au moins 90 % des vins jamais vus ?

# %% only="assignment"
train_tree(1).test_accuracy

# %% only="app"
tree_trainer(start_depth=1)

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
smallest_depth = next(depth for depth in range(1, 11) if train_tree(depth).test_accuracy >= 0.90)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_smallest_tree", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the smallest tree depth that gets at least 90% of unseen wines right."""
ex.require("q2_smallest_tree", smallest_depth, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_smallest_tree", smallest_depth, "smallest")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: what did the tree look at?
#
# The cell below prints the rules a depth-2 tree learned. Out of the 13 measurements it could use,
# which ones does it actually use? Set `measurements_used` to the set of their names as they are
# spelled in the table, for example `{"alcohol", "hue"}`. The names are:
# `alcohol`, `malic_acid`, `ash`, `alcalinity_of_ash`, `magnesium`, `total_phenols`, `flavanoids`,
# `nonflavanoid_phenols`, `proanthocyanins`, `color_intensity`, `hue`, `od280_od315`, `proline`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : qu'a regardé l'arbre ?
#
# La cellule ci-dessous affiche les règles apprises par un arbre de profondeur 2. Parmi les 13 mesures
# qu'il pouvait utiliser, lesquelles utilise-t-il vraiment ? Donnez à `measurements_used` l'ensemble de leurs noms
# tels qu'ils s'écrivent dans le tableau, par exemple `{"alcohol", "hue"}`. Les noms sont :
# `alcohol`, `malic_acid`, `ash`, `alcalinity_of_ash`, `magnesium`, `total_phenols`, `flavanoids`,
# `nonflavanoid_phenols`, `proanthocyanins`, `color_intensity`, `hue`, `od280_od315`, `proline`.

# %% [markdown] lang="en" only="app"
# ## Question 3: what did the tree look at?
#
# Train a tree of depth **2** above and read its rules. Out of the 13 measurements it could use,
# tick the ones it actually uses.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : qu'a regardé l'arbre ?
#
# Entraînez ci-dessus un arbre de profondeur **2** et lisez ses règles. Parmi les 13 mesures
# qu'il pouvait utiliser, cochez celles qu'il utilise vraiment.

# %% only="assignment"
print(train_tree(2).as_rules())

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
measurements_used = {"proline", "flavanoids"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_measurements_used", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the set of measurements the depth-2 tree uses."""
ex.require("q3_measurements_used", measurements_used, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_measurements_used", measurements_used, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: what "learning" means
#
# Which statement about the tree you trained is true? Set `statement` to the letter of your choice,
# for example `statement = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : ce qu'« apprendre » veut dire
#
# Quelle affirmation sur l'arbre que vous avez entraîné est vraie ? Donnez à `statement` la lettre de votre choix,
# par exemple `statement = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: what "learning" means
#
# Which statement about the tree you trained is true?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : ce qu'« apprendre » veut dire
#
# Quelle affirmation sur l'arbre que vous avez entraîné est vraie ?

# %% only="assignment"
ex.show_options("q4_what_learning_means")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
statement = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_what_learning_means", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the true statement about what the tree learned."""
ex.require("q4_what_learning_means", statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_what_learning_means", statement, "right")
### END HIDDEN TESTS
