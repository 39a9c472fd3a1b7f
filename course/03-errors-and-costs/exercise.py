# %% [markdown] lang="en"
# # Assignment 03: errors and their cost
#
# In this assignment you choose thresholds for a tumour model and a fraud model, read a confusion matrix, and
# look at what "99% accurate" hides. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Write numbers with a dot, not a comma: `0.25`, not `0,25`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr"
# # Devoir 03 : les erreurs et leur coût
#
# Dans ce devoir, vous choisissez des seuils pour un modèle de tumeurs et un modèle de fraude, vous lisez une matrice
# de confusion, et vous regardez ce que cache « exact à 99 % ». Il y a **5 questions**, chacune sur 1 point, corrigées
# automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Run ▸ Run All Cells* une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez le devoir.
# - Écrivez les nombres avec un point, pas une virgule : `0.25`, pas `0,25`.
# - Avant de rendre, utilisez *Kernel ▸ Restart Kernel and Run All Cells* : c'est ce qui s'exécute depuis le début qui est noté.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.errors_and_costs import always_no, describe, outcomes, total_cost, train_model
from caire.errors_and_costs_plots import plot_confusion, plot_cost_curve, plot_scores
from caire.exercises import errors_and_costs as ex

# %% [markdown] lang="en"
# ## Question 1: a threshold that misses few tumours
#
# The cell below trains the tumour model of the lesson (a logistic regression on 398 breast tumours) and draws the
# scores it gives the 171 unseen tumours: 64 malignant, 107 benign. A tumour is flagged for a biopsy when its score
# is at least the threshold.
#
# Set `tumour_threshold` so that the model misses **at most 1** of the 64 malignant tumours, and (checked when you
# submit) sends **at most 20** of the 107 benign tumours to an unneeded biopsy.
#
# To try a threshold, run `print(describe(outcomes("health", 0.5), shares=False))` with another number than `0.5`.

# %% [markdown] lang="fr"
# ## Question 1 : un seuil qui manque peu de tumeurs
#
# La cellule ci-dessous entraîne le modèle de tumeurs de la leçon (une régression logistique sur 398 tumeurs du sein)
# et trace les scores qu'il donne aux 171 tumeurs jamais vues : 64 malignes, 107 bénignes. Une tumeur est signalée pour
# une biopsie quand son score atteint le seuil.
#
# Donnez à `tumour_threshold` une valeur telle que le modèle manque **au plus 1** des 64 tumeurs malignes et (vérifié
# quand vous rendez le devoir) n'envoie pas plus de **20** des 107 tumeurs bénignes vers une biopsie inutile.
#
# Pour essayer un seuil, exécutez `print(describe(outcomes("health", 0.5), shares=False))` avec un autre nombre que `0.5`.

# %%
model = train_model("health")
plot_scores("health", threshold=0.5);

# %%
print(describe(outcomes("health", 0.5), shares=False))

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
tumour_threshold = 0.09
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_tumour_threshold", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: a threshold that misses at most 1 malignant tumour without flagging too many benign ones."""
ex.require("q1_tumour_threshold", tumour_threshold, "missed")
### BEGIN HIDDEN TESTS
ex.require("q1_tumour_threshold", tumour_threshold, "false_alarms")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 2: when the model raises the alarm, how often is it right?
#
# The matrix below shows what the tumour model says at threshold **0.2**. Of the tumours it flags (the first
# column), what share is really malignant? Set `share_really_malignant` to that share, as a number between 0 and 1
# (for example `0.5` for half). You may write the division itself, for example `12 / 30`.

# %% [markdown] lang="fr"
# ## Question 2 : quand le modèle donne l'alerte, combien de fois a-t-il raison ?
#
# La matrice ci-dessous montre ce que dit le modèle de tumeurs au seuil **0.2**. Parmi les tumeurs qu'il signale
# (la première colonne), quelle part est réellement maligne ? Donnez cette part à `share_really_malignant`, sous la
# forme d'un nombre entre 0 et 1 (par exemple `0.5` pour la moitié). Vous pouvez écrire la division elle-même,
# par exemple `12 / 30`.

# %%
plot_confusion("health", 0.2);

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
share_really_malignant = 61 / (61 + 8)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tumour_precision", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the precision of the tumour model at threshold 0.2, read from its confusion matrix."""
ex.require("q2_tumour_precision", share_really_malignant, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_tumour_precision", share_really_malignant, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 3: the cheapest threshold for the bank
#
# The bank of the lesson checks 10,000 unseen card payments, 100 of them frauds. A **missed fraud** costs it
# **100 euros** on average (it refunds the customer). **Blocking an honest customer** costs it **10 euros** (a call
# to the helpline, a lost sale, an annoyed customer).
#
# Set `fraud_threshold` to a threshold whose total cost is lower than at 0.5, and (checked when you submit) within
# 5% of the lowest total cost that any threshold gives. The chart draws the total cost of every threshold; the cell
# after it gives the total cost of one threshold: change `0.5` and run it again.

# %% [markdown] lang="fr"
# ## Question 3 : le seuil le moins coûteux pour la banque
#
# La banque de la leçon contrôle 10 000 paiements par carte jamais vus, dont 100 fraudes. Une **fraude manquée** lui
# coûte en moyenne **100 euros** (elle rembourse le client). **Bloquer un client honnête** lui coûte **10 euros**
# (un appel au service client, une vente perdue, un client mécontent).
#
# Donnez à `fraud_threshold` un seuil dont le coût total est plus bas qu'à 0.5 et (vérifié quand vous rendez le devoir)
# à moins de 5 % du coût total le plus bas qu'un seuil puisse donner. Le graphique trace le coût total de chaque seuil ;
# la cellule suivante donne le coût total d'un seuil : changez `0.5` et relancez-la.

# %%
plot_cost_curve("banking", cost_missed=100, cost_false_alarm=10, threshold=0.5, show_cheapest=False);

# %%
total_cost("banking", 0.5, cost_missed=100, cost_false_alarm=10)

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
fraud_threshold = 0.14
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_fraud_cheapest_threshold", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: a fraud threshold that costs the bank less than 0.5, close to the cheapest one."""
ex.require("q3_fraud_cheapest_threshold", fraud_threshold, "beats_default")
### BEGIN HIDDEN TESTS
ex.require("q3_fraud_cheapest_threshold", fraud_threshold, "cheapest")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 4: the model that always says "no fraud"
#
# A "model" that needs no training always answers "no fraud". The matrix shows what it does on the bank's 10,000
# unseen payments. What is its **accuracy**, the share of all payments it gets right? Set `always_no_accuracy` to
# that share, as a number between 0 and 1.

# %% [markdown] lang="fr"
# ## Question 4 : le modèle qui dit toujours « pas de fraude »
#
# Un « modèle » qui n'a besoin d'aucun entraînement répond toujours « pas de fraude ». La matrice montre ce qu'il fait
# sur les 10 000 paiements jamais vus de la banque. Quelle est son **exactitude**, la part de tous les paiements pour
# lesquels il a raison ? Donnez cette part à `always_no_accuracy`, sous la forme d'un nombre entre 0 et 1.

# %%
plot_confusion("banking", found=always_no("banking"));

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
always_no_accuracy = 9900 / 10000
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_always_no_accuracy", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the accuracy of a model that never flags a fraud, on payments where 1% are frauds."""
ex.require("q4_always_no_accuracy", always_no_accuracy, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_always_no_accuracy", always_no_accuracy, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 5: which way do costs move the threshold?
#
# A factory uses the pump model of the lesson. A **missed fault** (a breakdown) costs **20,000 euros**; an **unneeded
# stop** for inspection costs **1,000 euros**: a miss costs 20 times a false alarm. Compared with the usual threshold
# of 0.5, where is the threshold that costs least? Set `direction` to the letter of your choice, for example
# `direction = "a"`.

# %% [markdown] lang="fr"
# ## Question 5 : dans quel sens les coûts déplacent-ils le seuil ?
#
# Une usine utilise le modèle de pompes de la leçon. Un **défaut manqué** (une panne) coûte **20 000 euros** ; un
# **arrêt inutile** pour inspection coûte **1 000 euros** : un raté coûte 20 fois une fausse alerte. Par rapport au seuil
# habituel de 0.5, où se trouve le seuil qui coûte le moins ? Donnez à `direction` la lettre de votre choix, par exemple
# `direction = "a"`.

# %%
ex.show_options("q5_threshold_direction")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
direction = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_threshold_direction", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: which way the cheapest threshold moves when a miss costs far more than a false alarm."""
ex.require("q5_threshold_direction", direction, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_threshold_direction", direction, "right")
### END HIDDEN TESTS
