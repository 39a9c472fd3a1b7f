# %% [markdown] lang="en" only="assignment"
# # Assignment 02: generalisation and overfitting
#
# In this assignment you look for the complexity at which a model does best on new cases, see how more data helps
# a complex model, and spot the traps that make a model look better than it is. There are **4 questions**, each
# worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 02 : généralisation et surapprentissage
#
# Dans cet exercice, vous cherchez la complexité à laquelle un modèle réussit le mieux sur de nouveaux cas, vous voyez en
# quoi plus de données aident un modèle complexe, et vous repérez les pièges qui font paraître un modèle meilleur
# qu'il ne l'est. Il y a **4 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules* une fois, puis une par une ;
#   *Run ▸ Run All Cells* si les menus sont en anglais).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Avant de rendre l'exercice, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸
#   Restart Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Generalisation and overfitting: the exercise, no code needed
#
# In this app you:
# 1. look for the complexity at which a model does best on new cases (the **sweet spot**),
# 2. predict what more data changes for a complex model that learns its examples by heart,
# 3. spot the traps that make a model look better than it is, in a factory and in other teams' work.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: 300 training points in two groups (orange and blue), each point described by two measurements,
# and 2,000 test points from the same source that the models never learn from. They are generated with a fixed seed
# (the "two moons" recipe of the scikit-learn library), so everyone sees the same points.

# %% [markdown] lang="fr" only="app"
# # Généralisation et surapprentissage : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. chercher la complexité à laquelle un modèle réussit le mieux sur de nouveaux cas (le **juste milieu**),
# 2. prévoir ce que plus de données changent pour un modèle complexe qui apprend ses exemples par cœur,
# 3. repérer les pièges qui font paraître un modèle meilleur qu'il ne l'est, dans une usine et dans le travail
#    d'autres équipes.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les données : 300 points d'entraînement en deux groupes (orange et bleu), chaque point décrit par deux mesures,
# et 2 000 points de test de même origine dont les modèles n'apprennent jamais. Ils sont générés avec une graine fixe
# (la recette des « deux lunes » de la bibliothèque scikit-learn), pour que tout le monde voie les mêmes points.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.generalisation import questions as ex

# %% only="assignment"
from caire import percent
from caire.modules.generalisation.model import train_model
from caire.modules.generalisation.figures import plot_complexity_curve, plot_size_curve

# %% only="app"
from caire.core.app import show_question
from caire.modules.generalisation.widgets import complexity_explorer, leak_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: the sweet spot of a decision tree
#
# The data are the ones of the lesson: 300 training points in two groups (orange and blue), and 2,000 test points the
# models never learn from. `train_model("tree", depth)` trains a decision tree live on the 300 training points;
# `.train_accuracy` and `.test_accuracy` are its shares of right answers on the training points and on the test points.
# The chart shows both scores for every depth from 1 to 12.
#
# Set `best_depth` to a depth whose test score is **the best, or less than one point below the best**. Such a tree
# is not right on all of its training points.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : le juste milieu d'un arbre de décision
#
# Les données sont celles de la leçon : 300 points d'entraînement en deux groupes (orange et bleu), et 2 000 points
# de test dont les modèles n'apprennent jamais. `train_model("tree", profondeur)` entraîne en direct un arbre de
# décision sur les 300 points d'entraînement ; `.train_accuracy` et `.test_accuracy` sont ses parts de réponses justes
# sur les points d'entraînement et sur les points de test. Le graphique montre les deux scores pour chaque profondeur
# de 1 à 12.
#
# Donnez à `best_depth` une profondeur dont le score de test est **le meilleur, ou à moins d'un point du meilleur**.
# Un tel arbre ne classe pas correctement tous ses points d'entraînement.

# %% [markdown] lang="en" only="app"
# ## Question 1: the sweet spot of a decision tree
#
# A decision tree asks a point a few yes/no questions in a row ("is measurement 1 above 0.4?"). Its **depth** is how
# many questions in a row it may ask. Move the **depth** slider below: the tree is trained live on the 300 training
# points, the map shows what it decides, and the chart on the right shows its score on the training points (dashed)
# and on the test points (solid) at every depth.
#
# Choose a depth whose test score is **the best, or less than one point below the best**.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : le juste milieu d'un arbre de décision
#
# Un arbre de décision pose à un point quelques questions oui/non successives (« la mesure 1 dépasse-t-elle 0,4 ? »).
# Sa **profondeur** est le nombre de questions successives qu'il peut poser. Déplacez ci-dessous le curseur de
# **profondeur** : l'arbre est entraîné en direct sur les 300 points d'entraînement, la carte montre ce qu'il décide, et
# le graphique de droite montre son score sur les points d'entraînement (tirets) et sur les points de test (trait plein)
# à chaque profondeur.
#
# Choisissez une profondeur dont le score de test est **le meilleur, ou à moins d'un point du meilleur**.

# %% only="assignment"
plot_complexity_curve("tree");

# %% only="app"
complexity_explorer(family="tree", complexity=1)

# %% only="assignment"
tree = train_model("tree", 3)
print(percent(tree.train_accuracy, 1), " / ", percent(tree.test_accuracy, 1))

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
best_depth = max(range(1, 13), key=lambda depth: train_model("tree", depth).test_accuracy)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_sweet_spot_depth", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: a tree depth at the sweet spot, not one that learned its training points by heart."""
ex.require("q1_sweet_spot_depth", best_depth, "not_memorised")
### BEGIN HIDDEN TESTS
ex.require("q1_sweet_spot_depth", best_depth, "near_best")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: what does more data change?
#
# A polynomial curve of degree 8 can bend many times. The cell below trains one live on the first 40 training points
# and prints its two scores: on those 40 points / on the test points. It learns its 40 points by heart.
#
# **Before you run the cell after it**, predict: what happens to the two scores of the degree-8 curve when it learns
# from 300 training points instead of 40? Set `prediction` to the letter of your choice, for example
# `prediction = "a"`. Then run the next cell, which draws both scores for every number of training points from 20 to
# 300, to check your prediction.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : que changent plus de données ?
#
# Une courbe polynomiale de degré 8 peut se courber de nombreuses fois. La cellule ci-dessous en entraîne une en direct
# sur les 40 premiers points d'entraînement et affiche ses deux scores : sur ces 40 points / sur les points de test.
# Elle apprend ses 40 points par cœur.
#
# **Avant d'exécuter la cellule suivante**, prévoyez : que deviennent les deux scores de la courbe de degré 8 quand
# elle apprend à partir de 300 points d'entraînement au lieu de 40 ? Donnez à `prediction` la lettre de votre choix,
# par exemple `prediction = "a"`. Exécutez ensuite la cellule suivante, qui trace les deux scores pour chaque nombre
# de points d'entraînement de 20 à 300, pour vérifier votre prévision.

# %% [markdown] lang="en" only="app"
# ## Question 2: what does more data change?
#
# The explorer below shows a **polynomial curve of degree 8** trained on only 40 points: its border twists around
# every training point, and it is right on all of them.
#
# **Before you move the sliders**, predict: what happens to the two scores of the degree-8 curve when it learns from
# 300 training points instead of 40? Choose your answer below. Then move the **training points** slider up to 300
# (keep the degree at 8) to check it.

# %% [markdown] lang="fr" only="app"
# ## Question 2 : que changent plus de données ?
#
# L'explorateur ci-dessous montre une **courbe polynomiale de degré 8** entraînée sur 40 points seulement : sa
# frontière se tord autour de chaque point d'entraînement, et elle les classe tous correctement.
#
# **Avant de déplacer les curseurs**, prévoyez : que deviennent les deux scores de la courbe de degré 8 quand elle
# apprend à partir de 300 points d'entraînement au lieu de 40 ? Choisissez votre réponse ci-dessous. Puis déplacez le
# curseur **points d'entraînement** jusqu'à 300 (gardez le degré 8) pour la vérifier.

# %% only="assignment"
curve = train_model("poly", 8, training_size=40)
print(percent(curve.train_accuracy, 1), " / ", percent(curve.test_accuracy, 1))

# %% only="app"
complexity_explorer(family="poly", complexity=8, training_size=40)

# %% only="assignment"
ex.show_options("q2_more_data")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
prediction = "d"
### END SOLUTION

# %% only="assignment"
plot_size_curve("poly", 8);

# %% nbgrader={"grade": true, "grade_id": "q2_more_data", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: what more training data does to the two scores of a complex model that learned its points by heart."""
ex.require("q2_more_data", prediction, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_more_data", prediction, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 3: a test that is too easy
#
# An engineering firm wants to predict pump breakdowns from sensor readings. It has one reading an hour, for a year,
# from each of its 20 pumps. The rows are shuffled and split at random: 80% to train the model, 20% to test it. The
# model is right on 98% of the test rows, and the firm plans to use it on the pumps of a new plant.
#
# What is the main problem with this test?

# %% [markdown] lang="fr"
# ## Question 3 : un test trop facile
#
# Une entreprise d'ingénierie veut prévoir les pannes de pompes à partir des relevés de leurs capteurs. Elle a un relevé
# par heure, pendant un an, pour chacune de ses 20 pompes. Les lignes sont mélangées et séparées au hasard : 80 % pour
# entraîner le modèle, 20 % pour le tester. Le modèle classe correctement 98 % des lignes de test, et l'entreprise
# compte l'utiliser sur les pompes d'une nouvelle usine.
#
# Quel est le principal problème de ce test ?

# %% [markdown] lang="en" only="assignment"
# Set `main_problem` to the letter of your choice, for example `main_problem = "b"`.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `main_problem` la lettre de votre choix, par exemple `main_problem = "b"`.

# %% only="assignment"
ex.show_options("q3_split_by_pump")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
main_problem = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_split_by_pump", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: why a random split of hourly readings from the same pumps flatters the test score."""
ex.require("q3_split_by_pump", main_problem, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_split_by_pump", main_problem, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: spot the leaks
#
# Each line below describes how a team built and tested a model. In which ones does information from the test rows,
# or the answer itself, leak into the model, so that its test score looks better than it will be on new cases?
#
# - **a)** The 20 most useful columns are chosen using all the rows; then the rows are split into training and test rows.
# - **b)** The rows are split first; the 20 most useful columns are then chosen using the training rows only.
# - **c)** Thirty models are tried; the one with the best score on the test rows is reported, with that score.
# - **d)** The depth is chosen on validation rows taken from the training rows; the test rows are used once, at the end.
# - **e)** To predict which loans will not be repaid, the table includes the column "file sent to debt collection".
# - **f)** The test rows are the most recent months, all later than the rows used for training.
#
# Set `leaky_workflows` to the set of their letters, for example `leaky_workflows = {"a", "b"}`. The cell below
# recalls each workflow in a few words.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : repérer les fuites
#
# Chaque ligne ci-dessous décrit comment une équipe a construit et testé un modèle. Dans lesquelles une information
# venant des lignes de test, ou la réponse elle-même, fuit-elle dans le modèle, si bien que son score de test paraît
# meilleur qu'il ne le sera sur de nouveaux cas ?
#
# - **a)** On choisit les 20 colonnes les plus utiles avec toutes les lignes ; puis on sépare les lignes en lignes
#   d'entraînement et lignes de test.
# - **b)** On sépare d'abord les lignes ; puis on choisit les 20 colonnes les plus utiles avec les seules lignes d'entraînement.
# - **c)** On essaie trente modèles ; on présente celui qui a le meilleur score sur les lignes de test, avec ce score.
# - **d)** On choisit la profondeur sur des lignes de validation prises parmi les lignes d'entraînement ; les lignes de test
#   ne servent qu'une fois, à la fin.
# - **e)** Pour prédire quels prêts ne seront pas remboursés, le tableau contient la colonne « dossier transmis au
#   recouvrement ».
# - **f)** Les lignes de test sont les mois les plus récents, tous postérieurs aux lignes d'entraînement.
#
# Donnez à `leaky_workflows` l'ensemble de leurs lettres, par exemple `leaky_workflows = {"a", "b"}`. La cellule
# ci-dessous rappelle chaque façon de faire en quelques mots.

# %% [markdown] lang="en" only="app"
# ## Question 4: spot the leaks
#
# First, see a leak at work. The table has 100 rows (people) and up to 5,000 columns of **random numbers**, and the
# answer to guess for each person is a **coin flip**: honestly, no method can do better than about 50%. The method
# keeps the 20 columns most linked to the answer, trains a simple model on them, and tests it on 30 people set aside.
# Choosing the columns with all 100 people, test people included, is a leak; choosing them with the 70 training people
# only is honest. Move the slider.

# %% [markdown] lang="fr" only="app"
# ## Question 4 : repérer les fuites
#
# Voyons d'abord une fuite à l'œuvre. Le tableau a 100 lignes (des personnes) et jusqu'à 5 000 colonnes de **nombres
# au hasard**, et la réponse à deviner pour chaque personne est un **pile ou face** : honnêtement, aucune méthode ne peut
# avoir raison plus d'une fois sur deux environ. La méthode garde les 20 colonnes les plus liées à la réponse, entraîne un modèle simple
# dessus et le teste sur 30 personnes mises de côté. Choisir les colonnes avec les 100 personnes, personnes de test
# comprises, est une fuite ; les choisir avec les 70 personnes d'entraînement seulement est honnête. Déplacez le curseur.

# %% only="assignment"
ex.show_options("q4_leaks")

# %% only="app"
leak_explorer()

# %% [markdown] lang="en" only="app"
# Each line below describes how a team built and tested a model. Tick those in which information from the test rows,
# or the answer itself, leaks into the model, so that its test score looks better than it will be on new cases.
#
# - **a)** The 20 most useful columns are chosen using all the rows; then the rows are split into training and test rows.
# - **b)** The rows are split first; the 20 most useful columns are then chosen using the training rows only.
# - **c)** Thirty models are tried; the one with the best score on the test rows is reported, with that score.
# - **d)** The depth is chosen on validation rows taken from the training rows; the test rows are used once, at the end.
# - **e)** To predict which loans will not be repaid, the table includes the column "file sent to debt collection".
# - **f)** The test rows are the most recent months, all later than the rows used for training.
#
# The boxes recall each workflow in a few words.

# %% [markdown] lang="fr" only="app"
# Chaque ligne ci-dessous décrit comment une équipe a construit et testé un modèle. Cochez celles où une information
# venant des lignes de test, ou la réponse elle-même, fuit dans le modèle, si bien que son score de test paraît
# meilleur qu'il ne le sera sur de nouveaux cas.
#
# - **a)** On choisit les 20 colonnes les plus utiles avec toutes les lignes ; puis on sépare les lignes en lignes
#   d'entraînement et lignes de test.
# - **b)** On sépare d'abord les lignes ; puis on choisit les 20 colonnes les plus utiles avec les seules lignes d'entraînement.
# - **c)** On essaie trente modèles ; on présente celui qui a le meilleur score sur les lignes de test, avec ce score.
# - **d)** On choisit la profondeur sur des lignes de validation prises parmi les lignes d'entraînement ; les lignes de test
#   ne servent qu'une fois, à la fin.
# - **e)** Pour prédire quels prêts ne seront pas remboursés, le tableau contient la colonne « dossier transmis au
#   recouvrement ».
# - **f)** Les lignes de test sont les mois les plus récents, tous postérieurs aux lignes d'entraînement.
#
# Les cases rappellent chaque façon de faire en quelques mots.

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
leaky_workflows = {"a", "c", "e"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_leaks", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the workflows that leak test information or the answer into the model."""
ex.require("q4_leaks", leaky_workflows, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_leaks", leaky_workflows, "right")
### END HIDDEN TESTS
