# %% [markdown] lang="en" only="assignment"
# # Assignment 09: fairness
#
# In this assignment you measure how unequally a hiring model treats women and men, see what removing the gender
# column does, spot a proxy in a bank's model, advise the company once it has dropped the career gap, and say who
# should choose what "fair" means. There are **5 questions**, each worth 1 point, graded automatically.
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
# Dans cet exercice, vous mesurez à quel point un modèle d'embauche traite inégalement femmes et hommes, vous voyez ce
# que fait le retrait de la colonne sexe, vous repérez une variable indirecte dans le modèle d'une banque, vous
# conseillez l'entreprise une fois l'interruption de carrière retirée, et vous dites qui doit choisir ce
# qu'« équitable » veut dire. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
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
# 2. see what removing the gender column changes, and spot a proxy in a bank's model,
# 3. advise the company once it has dropped the career gap, a lawful first step,
# 4. say who should choose what "fair" means.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The company and its 4,000 past applications are fictional, generated for the course.

# %% [markdown] lang="fr" only="app"
# # L'équité d'un modèle d'embauche : l'exercice, sans code
#
# Un modèle entraîné sur des décisions d'embauche biaisées apprend le biais. Dans cette application, vous allez :
# 1. lire combien de femmes et d'hommes le modèle retient, et l'écart entre les deux,
# 2. voir ce que change le retrait de la colonne sexe, et repérer une variable indirecte dans le modèle d'une banque,
# 3. conseiller l'entreprise une fois l'interruption de carrière retirée, un premier pas légal,
# 4. dire qui doit choisir ce qu'« équitable » veut dire.
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
from caire.modules.fairness.widgets import describe, describe_models

# %% only="app"
from caire.core.app import show_question

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
# ## Question 3: a proxy in a bank
#
# A bank removed the nationality column from the model that scores loan applications. An audit still finds that
# applicants of foreign nationality are accepted less often than others with the same income and debts. Which
# remaining column most likely stands in for nationality? Set `likely_proxy` to the letter of your choice, for
# example `likely_proxy = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : une variable indirecte dans une banque
#
# Une banque a retiré la colonne nationalité du modèle qui note les demandes de prêt. Un audit constate pourtant que
# les demandeurs de nationalité étrangère sont acceptés moins souvent que les autres, à revenus et dettes égaux.
# Quelle colonne restante remplace le plus probablement la nationalité ? Donnez à `likely_proxy` la lettre de votre
# choix, par exemple `likely_proxy = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 3: a proxy in a bank
#
# A bank removed the nationality column from the model that scores loan applications. An audit still finds that
# applicants of foreign nationality are accepted less often than others with the same income and debts. Which
# remaining column most likely stands in for nationality?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : une variable indirecte dans une banque
#
# Une banque a retiré la colonne nationalité du modèle qui note les demandes de prêt. Un audit constate pourtant que
# les demandeurs de nationalité étrangère sont acceptés moins souvent que les autres, à revenus et dettes égaux.
# Quelle colonne restante remplace le plus probablement la nationalité ?

# %% only="assignment"
ex.show_options("q3_likely_proxy")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
likely_proxy = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_likely_proxy", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the column of a bank's model that most likely stands in for nationality."""
ex.require("q3_likely_proxy", likely_proxy, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_likely_proxy", likely_proxy, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: after the proxy
#
# A lower threshold for women is ruled out: in the EU and in France it is, in principle, direct discrimination on
# grounds of sex (lesson, section 6). So the company takes a lawful first step: it also drops the career-gap column,
# and keeps one threshold, 0.5, for everyone. The cell below trains that model live and describes it under the model
# of question 1.
#
# Compare the two: the parity gap almost vanishes, but an equal-opportunity gap remains, now the other way round. The
# head of HR asks what to do next. What do you advise? Set `next_step` to the letter of your choice, for example
# `next_step = "d"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : après la variable indirecte
#
# Un seuil plus bas pour les femmes est exclu : dans l'UE et en France, c'est en principe une discrimination directe
# fondée sur le sexe (leçon, partie 6). L'entreprise fait donc un premier pas légal : elle retire aussi la colonne
# interruption de carrière, et garde un seul seuil, 0,5, pour tout le monde. La cellule ci-dessous entraîne ce modèle
# en direct et le décrit sous le modèle de la question 1.
#
# Comparez-les : l'écart de parité disparaît presque, mais un écart d'égalité des chances demeure, désormais dans
# l'autre sens. La responsable RH demande quoi faire ensuite. Que lui conseillez-vous ? Donnez à `next_step` la
# lettre de votre choix, par exemple `next_step = "d"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: after the proxy
#
# A lower threshold for women is ruled out: in the EU and in France it is, in principle, direct discrimination on
# grounds of sex (lesson, section 6). So the company takes a lawful first step: it also drops the career-gap column,
# and keeps one threshold, 0.5, for everyone. Below, that model is described under the model of question 1.
#
# Compare the two: the parity gap almost vanishes, but an equal-opportunity gap remains, now the other way round. The
# head of HR asks what to do next. What do you advise?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : après la variable indirecte
#
# Un seuil plus bas pour les femmes est exclu : dans l'UE et en France, c'est en principe une discrimination directe
# fondée sur le sexe (leçon, partie 6). L'entreprise fait donc un premier pas légal : elle retire aussi la colonne
# interruption de carrière, et garde un seul seuil, 0,5, pour tout le monde. Ci-dessous, ce modèle est décrit sous le
# modèle de la question 1.
#
# Comparez-les : l'écart de parité disparaît presque, mais un écart d'égalité des chances demeure, désormais dans
# l'autre sens. La responsable RH demande quoi faire ensuite. Que lui conseillez-vous ?

# %%
train_model("without_group_or_proxy")
print(describe_models(["without_group", "without_group_or_proxy"]))

# %% only="assignment"
ex.show_options("q4_after_the_proxy")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
next_step = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_after_the_proxy", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the lawful next step once the proxy is dropped and an equal-opportunity gap remains."""
ex.require("q4_after_the_proxy", next_step, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_after_the_proxy", next_step, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: who chooses
#
# A university uses a model to choose which applicants to a selective programme get an interview. Its data team shows
# two settings: one invites women and men at the same rate; the other gives the applicants who would succeed in the
# programme the same chance of an interview in both groups. They cannot both hold. The head of admissions answers:
# "You are the experts: pick the better one and tell me when it is done." What is the best reply? Set `best_reply` to the letter of your choice,
# for example `best_reply = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : qui choisit
#
# Une université utilise un modèle pour choisir les candidats à une formation sélective qui passeront un entretien.
# Son équipe des données présente deux réglages : l'un convoque femmes et hommes au même taux ; l'autre donne, dans
# les deux groupes, la même chance d'entretien aux candidats qui réussiraient la formation. Les deux ne peuvent pas
# tenir à la fois. La responsable des admissions répond : « Vous êtes les spécialistes : choisissez le meilleur et
# prévenez-moi quand c'est fait. » Quelle est la meilleure réponse ? Donnez à `best_reply` la lettre de
# votre choix, par exemple `best_reply = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: who chooses
#
# A university uses a model to choose which applicants to a selective programme get an interview. Its data team shows
# two settings: one invites women and men at the same rate; the other gives the applicants who would succeed in the
# programme the same chance of an interview in both groups. They cannot both hold. The head of admissions answers:
# "You are the experts: pick the better one and tell me when it is done." What is the best reply?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : qui choisit
#
# Une université utilise un modèle pour choisir les candidats à une formation sélective qui passeront un entretien.
# Son équipe des données présente deux réglages : l'un convoque femmes et hommes au même taux ; l'autre donne, dans
# les deux groupes, la même chance d'entretien aux candidats qui réussiraient la formation. Les deux ne peuvent pas
# tenir à la fois. La responsable des admissions répond : « Vous êtes les spécialistes : choisissez le meilleur et
# prévenez-moi quand c'est fait. » Quelle est la meilleure réponse ?

# %% only="assignment"
ex.show_options("q5_who_chooses")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
best_reply = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_who_chooses", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: who must choose between fairness definitions that cannot all hold, and answer for the choice."""
ex.require("q5_who_chooses", best_reply, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_who_chooses", best_reply, "right")
### END HIDDEN TESTS
