# %% [markdown] lang="en" only="assignment"
# # Assignment 09: fairness
#
# In this assignment you measure how unequally a hiring model treats women and men, find the column that keeps the
# bias alive once gender is removed, see what a threshold for women would change, and say who should decide what
# "fair" means. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Write a share as a number between 0 and 1, with a point: `0.25` for 25%.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 09 : l'équité
#
# Dans cet exercice, vous mesurez à quel point un modèle d'embauche traite inégalement femmes et hommes, vous trouvez la
# colonne qui entretient le biais une fois le sexe retiré, vous voyez ce que changerait un seuil pour les femmes, et
# vous dites qui doit décider de ce qu'« équitable » veut dire. Il y a **5 questions**, chacune sur 1 point, corrigées
# automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les menus sont en
#   anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Écrivez une part comme un nombre entre 0 et 1, avec un point : `0.25` pour 25 %.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
#   Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Fairness in a hiring model: the exercise, no code needed
#
# A model trained on biased hiring decisions learns the bias. In this app you:
# 1. read how often the model selects women and men, and the gap between them,
# 2. see what removing the gender column changes, and find the column that keeps the bias alive,
# 3. see what a separate threshold for women would change (an exercise: unlawful for real hiring),
# 4. say who should decide what "fair" means.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The company and its 4,000 past applications are fictional, generated for the course.

# %% [markdown] lang="fr" only="app"
# # L'équité d'un modèle d'embauche : l'exercice, sans code
#
# Un modèle entraîné sur des décisions d'embauche biaisées apprend le biais. Dans cette application, vous allez :
# 1. lire combien de femmes et d'hommes le modèle retient, et l'écart entre les deux,
# 2. voir ce que change le retrait de la colonne sexe, et trouver la colonne qui entretient le biais,
# 3. voir ce que changerait un seuil propre aux femmes (un exercice : illégal pour une vraie embauche),
# 4. dire qui doit décider de ce qu'« équitable » veut dire.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# L'entreprise et ses 4 000 candidatures passées sont fictives, générées pour le cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.fairness import questions as ex
from caire.modules.fairness.figures import plot_feature_sets
from caire.modules.fairness.model import measure, train_model
from caire.modules.fairness.widgets import describe, weights_table

# %% only="assignment"
from caire.modules.fairness.figures import plot_scores

# %% only="app"
from caire.core.app import show_question
from caire.modules.fairness.widgets import fairness_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: the parity gap
#
# The cell below trains the company's model live, without the gender column, and describes what it does on the 1,000
# applicants it never saw, with the same threshold (0.5) for everyone. Set `parity_gap` to the **parity gap**: the
# difference between the selection rates of women and men, as a share (for example `0.10` for 10 points).

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : l'écart de parité
#
# La cellule ci-dessous entraîne en direct le modèle de l'entreprise, sans la colonne sexe, et décrit ce qu'il fait
# sur les 1 000 candidats qu'il n'a jamais vus, avec le même seuil (0,5) pour tous. Donnez à `parity_gap` l'**écart
# de parité** : la différence entre les taux de sélection des femmes et des hommes, en part (par exemple `0.10` pour
# 10 points).

# %% [markdown] lang="en" only="app"
# ## Question 1: the parity gap
#
# The company's model was trained on 3,000 past decisions, without the gender column. Here is what it does on 1,000
# applicants it never saw, with the same threshold (0.5) for everyone. What is the **parity gap**, the difference
# between the selection rates of women and men, as a share (0.10 for 10 points)?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : l'écart de parité
#
# Le modèle de l'entreprise a été entraîné sur 3 000 décisions passées, sans la colonne sexe. Voici ce qu'il fait sur
# 1 000 candidats qu'il n'a jamais vus, avec le même seuil (0,5) pour tous. Quel est l'**écart de parité**, la
# différence entre les taux de sélection des femmes et des hommes, en part (0,10 pour 10 points) ?

# %%
model = train_model("without_group")
print(describe(measure()))

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
parity_gap = 0.16
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_parity_gap", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the parity gap of the model without the gender column, at threshold 0.5."""
ex.require("q1_parity_gap", parity_gap, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_parity_gap", parity_gap, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: removing the gender column
#
# The chart compares the selection rates of three models: trained with the gender column, without it, and without
# gender nor career gap. What does removing the gender column do? Set `removing_gender` to the letter of your choice,
# for example `removing_gender = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : retirer la colonne sexe
#
# Le graphique compare les taux de sélection de trois modèles : entraîné avec la colonne sexe, sans elle, et sans
# sexe ni interruption de carrière. Que fait le retrait de la colonne sexe ? Donnez à `removing_gender` la lettre de
# votre choix, par exemple `removing_gender = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: removing the gender column
#
# The chart compares three models: trained with the gender column, without it, and without gender nor career gap.
# What does removing the gender column do?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : retirer la colonne sexe
#
# Le graphique compare trois modèles : entraîné avec la colonne sexe, sans elle, et sans sexe ni interruption de
# carrière. Que fait le retrait de la colonne sexe ?

# %%
plot_feature_sets();

# %% only="assignment"
ex.show_options("q2_remove_group")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
removing_gender = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_remove_group", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: what removing the gender column does to the gap."""
ex.require("q2_remove_group", removing_gender, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_remove_group", removing_gender, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: the proxy
#
# Here are the weights the model without the gender column gives each column (a negative weight lowers the score).
# Which column acts as a **proxy** for gender? Set `proxy` to its name, in quotes, for example
# `proxy = "test_score"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : la variable indirecte
#
# Voici les poids que le modèle sans la colonne sexe donne à chaque colonne (un poids négatif fait baisser le score).
# Quelle colonne sert de **variable indirecte** (*proxy*) pour le sexe ? Donnez son nom à `proxy`, entre guillemets,
# par exemple `proxy = "test_score"`.

# %% [markdown] lang="en" only="app"
# ## Question 3: the proxy
#
# Here are the weights of the model without the gender column (a negative weight lowers the score). In the past data,
# about 8 women in 10 have a career gap, against about 1 man in 20. Which column stands in for gender?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : la variable indirecte
#
# Voici les poids du modèle sans la colonne sexe (un poids négatif fait baisser le score). Dans les données passées,
# environ 8 femmes sur 10 ont une interruption de carrière, contre environ 1 homme sur 20. Quelle colonne remplace le
# sexe ?

# %%
print(weights_table("without_group"))

# %% only="assignment"
ex.show_options("q3_proxy")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
proxy = "career_gap"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_proxy", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the column that stands in for gender."""
ex.require("q3_proxy", proxy, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_proxy", proxy, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: a threshold for women
#
# This question shows the trade-off; it is not a correction a company could use. In the EU and in France, a lower
# hiring threshold for women than for men is, in principle, direct discrimination on grounds of sex (lesson,
# section 6).
#
# The threshold for men stays at 0.5. Find a threshold for women that brings the parity gap to **5% or less** while
# the model still agrees with at least **76%** of the past decisions (accuracy). Try values in the cell below (change
# the number and run it again), then set `threshold_women` to your threshold.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : un seuil pour les femmes
#
# Cette question montre le compromis ; ce n'est pas une correction qu'une entreprise pourrait appliquer. Dans l'UE et
# en France, un seuil d'embauche plus bas pour les femmes que pour les hommes est, en principe, une discrimination
# directe fondée sur le sexe (leçon, partie 6).
#
# Le seuil des hommes reste à 0,5. Trouvez un seuil pour les femmes qui ramène l'écart de parité à **5 % ou moins**
# tout en gardant le modèle d'accord avec au moins **76 %** des décisions passées (exactitude). Essayez des valeurs
# dans la cellule ci-dessous (changez le nombre et exécutez-la à nouveau), puis donnez votre seuil à
# `threshold_women`.

# %% [markdown] lang="en" only="app"
# ## Question 4: a threshold for women
#
# This question shows the trade-off; it is not a correction a company could use. In the EU and in France, a lower
# hiring threshold for women than for men is, in principle, direct discrimination on grounds of sex (lesson,
# section 6).
#
# Move the sliders to explore. Then keep the men's threshold at 0.5 and find a threshold for women that brings the
# parity gap to **5% or less** while accuracy stays at **76%** or more.

# %% [markdown] lang="fr" only="app"
# ## Question 4 : un seuil pour les femmes
#
# Cette question montre le compromis ; ce n'est pas une correction qu'une entreprise pourrait appliquer. Dans l'UE et
# en France, un seuil d'embauche plus bas pour les femmes que pour les hommes est, en principe, une discrimination
# directe fondée sur le sexe (leçon, partie 6).
#
# Déplacez les curseurs pour explorer. Puis gardez le seuil des hommes à 0,5 et trouvez un seuil pour les femmes qui
# ramène l'écart de parité à **5 % ou moins** tout en gardant l'exactitude à **76 %** ou plus.

# %% only="assignment"
print(describe(measure(threshold_women=0.45, threshold_men=0.5)))
plot_scores(threshold_women=0.45, threshold_men=0.5);

# %% only="app"
fairness_explorer()

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
threshold_women = 0.3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_women_threshold", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: a threshold for women that gives parity within 5% and keeps accuracy at 76% or more."""
ex.require("q4_women_threshold", threshold_women, "parity")
### BEGIN HIDDEN TESTS
ex.require("q4_women_threshold", threshold_women, "accuracy")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: who decides
#
# Parity and equal opportunity call for different thresholds, and they cannot both hold exactly. Who should choose
# which fairness the hiring model must have? Set `who_decides` to the letter of your choice, for example
# `who_decides = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : qui décide
#
# La parité et l'égalité des chances demandent des seuils différents, et ne peuvent pas tenir exactement toutes les
# deux. Qui doit choisir l'équité que doit avoir le modèle d'embauche ? Donnez à `who_decides` la lettre de votre
# choix, par exemple `who_decides = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: who decides
#
# Parity and equal opportunity call for different thresholds, and they cannot both hold exactly. Who should choose
# which fairness the hiring model must have?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : qui décide
#
# La parité et l'égalité des chances demandent des seuils différents, et ne peuvent pas tenir exactement toutes les
# deux. Qui doit choisir l'équité que doit avoir le modèle d'embauche ?

# %% only="assignment"
ex.show_options("q5_who_decides")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
who_decides = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_who_decides", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: who should choose between fairness definitions."""
ex.require("q5_who_decides", who_decides, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_who_decides", who_decides, "right")
### END HIDDEN TESTS
