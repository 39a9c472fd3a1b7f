# %% [markdown] lang="en" only="assignment"
# # Assignment 01: rules versus learning
#
# In this assignment you write a rule by hand, then let a decision tree learn rules from examples,
# and compare, then decide which tasks at work suit each. There are **5 questions**, each worth 1 point, graded
# automatically.
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
# des règles à partir d'exemples, et vous comparez, puis vous décidez quelles tâches au travail conviennent à chacun.
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
# # Rules versus learning: the exercise, no code needed
#
# In this app you:
# 1. write a rule by hand to recognise a grape variety from a lab measurement,
# 2. let a decision tree learn its own rules from examples, in a fraction of a second, and choose which tree to trust,
# 3. look at what it learned, and decide what "learning" means,
# 4. decide, for tasks from several professions, whether rules written by people or a learned model suit them.
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
# 2. laisser un arbre de décision apprendre ses propres règles à partir d'exemples, en une fraction de seconde, et choisir
#    à quel arbre vous fier,
# 3. regarder ce qu'il a appris, et décider ce qu'« apprendre » veut dire,
# 4. décider, pour des tâches de plusieurs métiers, si des règles écrites par des personnes ou un modèle appris leur
#    conviennent.
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
from caire import percent
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
# ## Question 2: a tree that makes no mistakes?
#
# `train_tree(depth)` trains a decision tree live on the 124 training wines, using all 13 measurements. Its `depth` is
# how many questions in a row it may ask about a wine. The cell below trains trees of depth 1 to 6 and prints, for each,
# its share of right answers on the training wines / on the 54 unseen wines.
#
# The lab's manager has seen the same figures. She asks for a tree that is right on **every** training wine: "it makes
# no mistakes, so it is the safest". What do you reply? Set `reply` to the letter of your choice, for example
# `reply = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : un arbre qui ne fait aucune erreur ?
#
# `train_tree(profondeur)` entraîne en direct un arbre de décision sur les 124 vins d'entraînement, avec les 13 mesures.
# Sa profondeur est le nombre de questions successives qu'il peut poser sur un vin. La cellule ci-dessous entraîne des
# arbres de profondeur 1 à 6 et affiche, pour chacun, sa part de réponses justes sur les vins d'entraînement / sur les
# 54 vins jamais vus.
#
# La responsable du laboratoire a vu les mêmes chiffres. Elle demande un arbre qui classe correctement **tous** les vins
# d'entraînement : « il ne fait aucune erreur, c'est donc le plus sûr ». Que lui répondez-vous ? Donnez à `reply` la
# lettre de votre choix, par exemple `reply = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: a tree that makes no mistakes?
#
# A decision tree asks a wine a few questions in a row ("is the alcohol at least 13%?"), and learns which
# questions to ask from the training wines. Its **depth** is how many questions in a row it may ask.
# Train trees of depth 1 to 6 below, with all 13 measurements, and note their two scores each time.
#
# The lab's manager has seen the same figures. She asks for a tree that is right on **every** training wine: "it makes
# no mistakes, so it is the safest". What do you reply?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : un arbre qui ne fait aucune erreur ?
#
# Un arbre de décision pose à un vin quelques questions successives (« le degré d'alcool est-il d'au moins 13 % ? ») et apprend
# lesquelles poser à partir des vins d'entraînement. Sa **profondeur** est le nombre de questions successives qu'il peut poser.
# Entraînez ci-dessous des arbres de profondeur 1 à 6, avec les 13 mesures, et notez chaque fois leurs deux scores.
#
# La responsable du laboratoire a vu les mêmes chiffres. Elle demande un arbre qui classe correctement **tous** les vins
# d'entraînement : « il ne fait aucune erreur, c'est donc le plus sûr ». Que lui répondez-vous ?

# %% only="assignment"
for depth in range(1, 7):
    tree = train_tree(depth)
    print(depth, ":", percent(tree.train_accuracy), " / ", percent(tree.test_accuracy))

# %% only="app"
tree_trainer(start_depth=1)

# %% only="assignment"
ex.show_options("q2_which_tree")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
reply = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_which_tree", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: which tree to hand over, judged on the unseen wines rather than on a perfect training score."""
ex.require("q2_which_tree", reply, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_which_tree", reply, "right")
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
# How did the tree you trained get its thresholds, such as its proline threshold? Set `statement` to the letter of
# your choice, for example `statement = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : ce qu'« apprendre » veut dire
#
# Comment l'arbre que vous avez entraîné a-t-il obtenu ses seuils, comme son seuil de proline ? Donnez à `statement`
# la lettre de votre choix, par exemple `statement = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: what "learning" means
#
# How did the tree you trained get its thresholds, such as its proline threshold?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : ce qu'« apprendre » veut dire
#
# Comment l'arbre que vous avez entraîné a-t-il obtenu ses seuils, comme son seuil de proline ?

# %% only="assignment"
ex.show_options("q4_what_learning_means")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
statement = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_what_learning_means", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: where the tree's thresholds come from: labelled examples, not a person or knowledge of wine."""
ex.require("q4_what_learning_means", statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_what_learning_means", statement, "right")
### END HIDDEN TESTS


# %% [markdown] lang="en" only="assignment"
# ## Question 5: rules or learning, at work
#
# Six teams want software for a task. For which ones is a **model learned from examples** a sensible choice? The others
# are better done by rules written by people.
#
# - **a)** Logistics: reading the postcodes handwritten on parcels, with a million parcels already read by staff.
# - **b)** Health insurance: working out the refund of a consultation from the fixed rates written in the contract.
# - **c)** Engineering: stopping a press at once whenever its safety guard is open.
# - **d)** Retail: forecasting how many loaves each bakery will sell tomorrow, from three years of daily sales and the
#   weather.
# - **e)** Accounting: spotting a new kind of invoice fraud that the firm has seen only twice.
# - **f)** Health: choosing which skin photos a dermatologist looks at first, from 50,000 photos already diagnosed.
#
# Set `learned_tasks` to the set of their letters, for example `learned_tasks = {"a", "b"}`. The cell below recalls
# each task in a few words.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : des règles ou de l'apprentissage, au travail
#
# Six équipes veulent un logiciel pour une tâche. Pour lesquelles un **modèle appris à partir d'exemples** est-il un
# choix raisonnable ? Les autres sont mieux faites par des règles écrites par des personnes.
#
# - **a)** Logistique : lire les codes postaux écrits à la main sur les colis, avec un million de colis déjà lus par le
#   personnel.
# - **b)** Assurance santé : calculer le remboursement d'une consultation d'après les tarifs fixés dans le contrat.
# - **c)** Ingénierie : arrêter une presse dès que sa grille de protection est ouverte.
# - **d)** Commerce : prévoir combien de pains chaque boulangerie vendra demain, à partir de trois ans de ventes
#   quotidiennes et de la météo.
# - **e)** Comptabilité : repérer un nouveau type de fraude aux factures que l'entreprise n'a vu que deux fois.
# - **f)** Santé : choisir les photos de peau qu'un dermatologue regarde en premier, à partir de 50 000 photos déjà
#   diagnostiquées.
#
# Donnez à `learned_tasks` l'ensemble de leurs lettres, par exemple `learned_tasks = {"a", "b"}`. La cellule
# ci-dessous rappelle chaque tâche en quelques mots.

# %% [markdown] lang="en" only="app"
# ## Question 5: rules or learning, at work
#
# Six teams want software for a task. Tick those for which a **model learned from examples** is a sensible choice;
# leave those better done by rules written by people.
#
# - **a)** Logistics: reading the postcodes handwritten on parcels, with a million parcels already read by staff.
# - **b)** Health insurance: working out the refund of a consultation from the fixed rates written in the contract.
# - **c)** Engineering: stopping a press at once whenever its safety guard is open.
# - **d)** Retail: forecasting how many loaves each bakery will sell tomorrow, from three years of daily sales and the
#   weather.
# - **e)** Accounting: spotting a new kind of invoice fraud that the firm has seen only twice.
# - **f)** Health: choosing which skin photos a dermatologist looks at first, from 50,000 photos already diagnosed.
#
# The boxes recall each task in a few words.

# %% [markdown] lang="fr" only="app"
# ## Question 5 : des règles ou de l'apprentissage, au travail
#
# Six équipes veulent un logiciel pour une tâche. Cochez celles pour lesquelles un **modèle appris à partir d'exemples**
# est un choix raisonnable ; laissez celles que des règles écrites par des personnes font mieux.
#
# - **a)** Logistique : lire les codes postaux écrits à la main sur les colis, avec un million de colis déjà lus par le
#   personnel.
# - **b)** Assurance santé : calculer le remboursement d'une consultation d'après les tarifs fixés dans le contrat.
# - **c)** Ingénierie : arrêter une presse dès que sa grille de protection est ouverte.
# - **d)** Commerce : prévoir combien de pains chaque boulangerie vendra demain, à partir de trois ans de ventes
#   quotidiennes et de la météo.
# - **e)** Comptabilité : repérer un nouveau type de fraude aux factures que l'entreprise n'a vu que deux fois.
# - **f)** Santé : choisir les photos de peau qu'un dermatologue regarde en premier, à partir de 50 000 photos déjà
#   diagnostiquées.
#
# Les cases rappellent chaque tâche en quelques mots.

# %% only="assignment"
ex.show_options("q5_rules_or_learning")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
learned_tasks = {"a", "d", "f"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_rules_or_learning", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the work tasks that suit a model learned from examples, not rules written by people."""
ex.require("q5_rules_or_learning", learned_tasks, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_rules_or_learning", learned_tasks, "right")
### END HIDDEN TESTS
