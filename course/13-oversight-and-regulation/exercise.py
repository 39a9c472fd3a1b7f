# %% [markdown] lang="en" only="assignment"
# # Assignment 13: human oversight and regulation
#
# In this assignment you choose which insurance claims a model sends to a person, recognise automation bias, sort
# workplace uses of AI into the tiers of the EU AI Act, judge how a hospital oversees a high-risk system, and fill a
# number of a model card. There are **6 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A set of answers is written between braces, each in quotes: `{"x1", "x2"}`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 13 : contrôle humain et réglementation
#
# Dans cet exercice, vous choisissez quelles demandes d'indemnisation un modèle envoie à une personne, vous reconnaissez le
# biais d'automatisation, vous classez des usages de l'IA au travail selon les niveaux du règlement européen sur l'IA,
# vous jugez comment un hôpital contrôle un système à haut risque, et vous remplissez un nombre d'une fiche de modèle.
# Il y a **6 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les
#   menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un ensemble de réponses s'écrit entre accolades, chacune entre guillemets : `{"x1", "x2"}`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
#   and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Human oversight and regulation: the exercise, no code needed
#
# A model can decide alone, or send some cases to a person; the law says when a person must stay in charge.
# In this app you:
# 1. choose which insurance claims a model sends to a person, and recognise automation bias,
# 2. sort workplace uses of AI into the risk tiers of the EU AI Act, and judge how a hospital oversees a high-risk
#    system,
# 3. fill a number of the model card of module 09's hiring model.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The claims and the use cases are fictional, written or generated for the course.

# %% [markdown] lang="fr" only="app"
# # Contrôle humain et réglementation : l'exercice, sans code
#
# Un modèle peut décider seul, ou envoyer certains cas à une personne ; la loi dit quand une personne doit garder la
# main. Dans cette application, vous allez :
# 1. choisir quels sinistres un modèle envoie à une personne, et reconnaître le biais d'automatisation,
# 2. classer des usages de l'IA au travail selon les niveaux de risque du règlement européen sur l'IA, et juger comment
#    un hôpital contrôle un système à haut risque,
# 3. remplir un nombre de la fiche du modèle de recrutement du module 09.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les sinistres et les cas d'usage sont fictifs, écrits ou générés pour le cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.oversight_and_regulation import questions as ex

# %% only="assignment"
from caire.modules.oversight_and_regulation.model import band_result, train_claims_model
from caire.modules.oversight_and_regulation.widgets import band_table, describe_band, selection_rates_text

# %% only="app"
from caire.core.app import show_question
from caire.modules.oversight_and_regulation.model import train_claims_model
from caire.modules.oversight_and_regulation.widgets import band_explorer, bias_explorer, show_model_card

# %% [markdown] lang="en" only="assignment"
# ## Question 1: a band that keeps errors low
#
# The claims model of the lesson is trained again below. The insurer wants **at most 3.5%** of its automatic
# decisions to be wrong, while still deciding **at least 65%** of the claims automatically. The table gives both figures for a
# few bands; none of them meets both targets. Try bands in between with `describe_band(band_result(...))` (for
# example `describe_band(band_result(0.25))`), then set `band` to a half-width that meets both targets.
# The visible check tests the errors; the grader also tests the share decided automatically.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : une bande qui limite les erreurs
#
# Le modèle de sinistres de la leçon est entraîné à nouveau ci-dessous. L'assureur veut **au plus 3,5 %** de décisions
# automatiques fausses, tout en décidant automatiquement **au moins 65 %** des sinistres. Le tableau donne ces deux
# chiffres pour quelques bandes ; aucune n'atteint les deux objectifs. Essayez des bandes intermédiaires avec
# `describe_band(band_result(...))` (par exemple `describe_band(band_result(0.25))`), puis donnez à `band` une
# demi-largeur qui atteint les deux objectifs. La vérification visible teste les erreurs ; le correcteur teste aussi
# la part décidée automatiquement.

# %% [markdown] lang="en" only="app"
# ## Question 1: a band that keeps errors low
#
# A model scores insurance claims; it decides those whose score is far from 0.5, and sends those inside the
# **uncertainty band** around 0.5 to a claims handler. The insurer wants **at most 3.5%** of its automatic decisions
# to be wrong, while still deciding **at least 65%** of the claims automatically. Explore with the slider, then give a
# band (its half-width) that meets both targets.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : une bande qui limite les erreurs
#
# Un modèle note des déclarations de sinistre ; il décide celles dont le score est loin de 0,5, et envoie à un
# gestionnaire celles qui tombent dans la **bande d'incertitude** autour de 0,5. L'assureur veut **au plus 3,5 %** de
# décisions automatiques fausses, tout en décidant automatiquement **au moins 65 %** des sinistres. Explorez avec le
# curseur, puis donnez une bande (sa demi-largeur) qui atteint les deux objectifs.

# %% only="assignment"
train_claims_model()
print(band_table(0.15))

# %% only="app"
train_claims_model()
band_explorer(0.1)

# %% only="assignment"
describe_band(band_result(0.25))

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
band = 0.4
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_uncertainty_band", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: a band with at most 3.5% wrong automatic decisions and at least 65% of the claims decided automatically."""
ex.require("q1_uncertainty_band", band, "valid")
ex.require("q1_uncertainty_band", band, "errors_low")
### BEGIN HIDDEN TESTS
ex.require("q1_uncertainty_band", band, "automates_enough")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: a reviewer who no longer checks
#
# The insurer sends the uncertain claims to a handler. At first she reads each file. After months in which the model
# was right almost every time, she approves its suggestion in a few seconds without opening the file. The share of
# wrong decisions among the claims she reviews climbs back to what the model alone would do. What is happening?
# Set `what_happens` to the letter of your choice, for example `what_happens = "b"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : une relectrice qui ne vérifie plus
#
# L'assureur envoie les sinistres incertains à une gestionnaire. Au début, elle lit chaque dossier. Après des mois où
# le modèle avait raison presque à chaque fois, elle approuve sa suggestion en quelques secondes sans ouvrir le
# dossier. La part de décisions fausses parmi les sinistres qu'elle relit remonte au niveau du modèle seul. Que se
# passe-t-il ? Donnez à `what_happens` la lettre de votre choix, par exemple `what_happens = "b"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: a reviewer who no longer checks
#
# The handler at first reads each file. After months in which the model was right almost every time, she approves
# its suggestion in a few seconds without opening the file. The share of wrong decisions among the claims she
# reviews climbs back to what the model alone would do (move the slider to see it). What is happening?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : une relectrice qui ne vérifie plus
#
# La gestionnaire lit d'abord chaque dossier. Après des mois où le modèle avait raison presque à chaque fois, elle
# approuve sa suggestion en quelques secondes sans ouvrir le dossier. La part de décisions fausses parmi les sinistres
# qu'elle relit remonte au niveau du modèle seul (déplacez le curseur pour le voir). Que se passe-t-il ?

# %% only="assignment"
ex.show_options("q2_automation_bias")

# %% only="app"
bias_explorer(0.35)

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
what_happens = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_automation_bias", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: what happens when the reviewer approves the model's suggestions without checking."""
ex.require("q2_automation_bias", what_happens, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_automation_bias", what_happens, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: high-risk uses
#
# Here are ten uses of AI, each with its name before the colon. Set `high_risk_uses` to the set of those the AI Act
# classes as **high-risk** (Annex III), for example `{"spell_checker"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : les usages à haut risque
#
# Voici dix usages de l'IA, chacun avec son nom avant les deux-points. Donnez à `high_risk_uses` l'ensemble de ceux que
# le règlement sur l'IA classe **à haut risque** (annexe III), par exemple `{"spell_checker"}`.

# %% [markdown] lang="en" only="app"
# ## Question 3: high-risk uses
#
# Tick the uses of AI that the AI Act classes as **high-risk** (Annex III): AI that decides important things about
# people at work, in education, for essential public and private services, insurance and emergencies.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : les usages à haut risque
#
# Cochez les usages de l'IA que le règlement sur l'IA classe **à haut risque** (annexe III) : une IA qui décide de
# choses importantes pour les personnes au travail, dans l'éducation, pour les services essentiels publics et privés,
# l'assurance et les urgences.

# %% only="assignment"
ex.show_options("q3_high_risk_uses")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
high_risk_uses = {"shift_allocation", "exam_grading", "benefit_eligibility", "life_insurance_pricing",
                  "emergency_triage"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_high_risk_uses", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the uses of AI that the AI Act classes as high-risk."""
ex.require("q3_high_risk_uses", high_risk_uses, "valid")
ex.require("q3_high_risk_uses", high_risk_uses, "none_wrong")
### BEGIN HIDDEN TESTS
ex.require("q3_high_risk_uses", high_risk_uses, "all_found")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: prohibited practices
#
# Among the same ten uses, set `prohibited_uses` to the set of those the AI Act **prohibits** (Article 5).

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : les pratiques interdites
#
# Parmi les mêmes dix usages, donnez à `prohibited_uses` l'ensemble de ceux que le règlement sur l'IA **interdit**
# (article 5).

# %% [markdown] lang="en" only="app"
# ## Question 4: prohibited practices
#
# Among the same uses, tick those the AI Act **prohibits** (Article 5): practices judged unacceptable whatever the
# safeguards, such as social scoring, emotion recognition at work, or some uses of biometric data.

# %% [markdown] lang="fr" only="app"
# ## Question 4 : les pratiques interdites
#
# Parmi les mêmes usages, cochez ceux que le règlement sur l'IA **interdit** (article 5) : des pratiques jugées
# inacceptables quelles que soient les précautions, comme la notation sociale, la reconnaissance des émotions au
# travail, ou certains usages des données biométriques.

# %% only="assignment"
ex.show_options("q4_prohibited_uses")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
prohibited_uses = {"union_inference", "face_scraping"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_prohibited_uses", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the uses of AI that the AI Act prohibits."""
ex.require("q4_prohibited_uses", prohibited_uses, "valid")
ex.require("q4_prohibited_uses", prohibited_uses, "none_wrong")
### BEGIN HIDDEN TESTS
ex.require("q4_prohibited_uses", prohibited_uses, "all_found")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: oversight in an emergency department
#
# A hospital deploys a high-risk AI system that sorts the patients of its emergency department by urgency. The
# supplier's instructions say that nurses must oversee it. Which arrangement gives the effective human oversight that
# the AI Act asks for? Set `oversight_in_practice` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : le contrôle humain aux urgences
#
# Un hôpital déploie un système d'IA à haut risque qui trie par urgence les patients de son service des urgences. Les
# instructions du fournisseur disent que des infirmières doivent le surveiller. Quel dispositif donne le contrôle
# humain effectif que demande le règlement sur l'IA ? Donnez à `oversight_in_practice` la lettre de
# votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 5: oversight in an emergency department
#
# A hospital deploys a high-risk AI system that sorts the patients of its emergency department by urgency. The
# supplier's instructions say that nurses must oversee it. Which arrangement gives the effective human oversight that
# the AI Act asks for?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : le contrôle humain aux urgences
#
# Un hôpital déploie un système d'IA à haut risque qui trie par urgence les patients de son service des urgences. Les
# instructions du fournisseur disent que des infirmières doivent le surveiller. Quel dispositif donne le contrôle
# humain effectif que demande le règlement sur l'IA ?

# %% only="assignment"
ex.show_options("q5_oversight_in_practice")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
oversight_in_practice = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_oversight_in_practice", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the arrangement that gives a high-risk triage system effective human oversight."""
ex.require("q5_oversight_in_practice", oversight_in_practice, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_oversight_in_practice", oversight_in_practice, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 6: a number of the model card
#
# The section *quantitative analyses* of the model card of module 09's hiring model needs its **demographic parity
# gap**: the difference between the selection rates of the two groups (the higher minus the lower), in percentage
# points. Here are the selection rates, measured on the 1,000 unseen applications. Set `parity_gap_points` to the
# gap, rounded to a whole number of percentage points, for example `parity_gap_points = 5` for 5 points.

# %% [markdown] lang="fr" only="assignment"
# ## Question 6 : un nombre de la fiche de modèle
#
# La section *analyses quantitatives* de la fiche du modèle de recrutement du module 09 a besoin de son **écart de
# parité démographique** : la différence entre les taux de sélection des deux groupes (le plus grand moins le plus
# petit), en points de pourcentage. Voici les taux de sélection, mesurés sur les 1 000 candidatures non vues. Donnez
# à `parity_gap_points` cet écart, arrondi à un nombre entier de points de pourcentage, par exemple
# `parity_gap_points = 5` pour 5 points.

# %% [markdown] lang="en" only="app"
# ## Question 6: a number of the model card
#
# Here is the model card of module 09's hiring model (Mitchell et al., 2019), with its demographic parity gap left
# out. Compute it from the selection rates in *quantitative analyses*: the higher rate minus the lower one, in
# percentage points, rounded to a whole number.

# %% [markdown] lang="fr" only="app"
# ## Question 6 : un nombre de la fiche de modèle
#
# Voici la fiche du modèle de recrutement du module 09 (Mitchell et al., 2019), sans son écart de parité
# démographique. Calculez-le à partir des taux de sélection de la section *analyses quantitatives* : le plus grand
# taux moins le plus petit, en points de pourcentage, arrondi à un nombre entier.

# %% only="assignment"
print(selection_rates_text())

# %% only="app"
show_model_card(show_gaps=False)

# %% nbgrader={"grade": false, "grade_id": "q6_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
parity_gap_points = 16
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q6_model_card_gap", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 6: the demographic parity gap of module 09's hiring model, in whole percentage points."""
ex.require("q6_model_card_gap", parity_gap_points, "valid")
### BEGIN HIDDEN TESTS
ex.require("q6_model_card_gap", parity_gap_points, "right")
### END HIDDEN TESTS
