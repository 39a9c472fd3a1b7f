# %% [markdown] lang="en" only="assignment"
# # Assignment 17: AI in my work and my organisation
#
# In this assignment you say what the exposure studies measure, tune the toy rater of the lesson, judge what its
# suggestions are worth, decide what a warehouse must do before software manages its pickers, and fill in one row
# of a hospital's AI-use register; then you apply all of this to one task of your own work. There are
# **6 questions**: questions 1 to 5 are worth 1 point each and graded automatically; your trainer grades question 6
# (4 points).
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A text is written in quotes: `"a"`; a set of letters in braces: `{"a", "c"}`; a whole number as it is: `7`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 17 : L'IA dans mon travail et mon organisation
#
# Dans cet exercice, vous dites ce que mesurent les études d'exposition, vous réglez le jouet noteur de la leçon,
# vous jugez ce que valent ses suggestions, vous décidez ce qu'un entrepôt doit faire avant qu'un logiciel organise
# le travail de ses préparateurs, et vous remplissez une ligne du registre des usages de l'IA d'un hôpital ; puis
# vous appliquez tout cela à une tâche de votre propre travail. Il y a **6 questions** : les questions 1 à 5 valent
# 1 point chacune et sont corrigées automatiquement ; votre formateur note la question 6 (4 points).
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si
#   les menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre
#   réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette
#   partie est juste. Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un texte s'écrit entre guillemets : `"a"` ; un ensemble de lettres entre accolades : `{"a", "c"}` ; un nombre
#   entier tel quel : `7`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
#   Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # AI in my work and my organisation: the exercise, no code needed
#
# A toy (a nearest-neighbour model built live on 48 work tasks that the course labelled) suggests how exposed a task
# is to generative AI. In this app you:
# 1. say what the exposure studies measure, and tune the toy,
# 2. judge what its suggestions are worth,
# 3. decide what a warehouse must do before software manages its pickers, and fill in a row of an AI-use register,
# 4. apply all of this to one task of your own work, in your own words: your trainer grades this answer.
#
# Answer questions 1 to 5 with the controls, then press **Check my answer**: you get feedback at once.

# %% [markdown] lang="fr" only="app"
# # L'IA dans mon travail et mon organisation : l'exercice, sans code
#
# Un jouet (un modèle des plus proches voisins construit en direct sur 48 tâches étiquetées par le cours) suggère à
# quel point une tâche est exposée à l'IA générative. Dans cette application, vous allez :
# 1. dire ce que mesurent les études d'exposition, et régler le jouet,
# 2. juger ce que valent ses suggestions,
# 3. décider ce qu'un entrepôt doit faire avant qu'un logiciel organise le travail de ses préparateurs, et remplir
#    une ligne d'un registre des usages de l'IA,
# 4. appliquer tout cela à une tâche de votre propre travail, avec vos mots : votre formateur note cette réponse.
#
# Répondez aux questions 1 à 5 avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche
# aussitôt.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.ai_in_my_work import questions as ex
from caire.modules.ai_in_my_work.model import train_rater
from caire.modules.ai_in_my_work.widgets import agreement_explorer

# %% only="app"
from caire.core.app import show_question

# %% [markdown] lang="en"
# ## Question 1: what "exposed" means
#
# The ILO's studies and Eloundou et al. (2023) say that many occupations are "exposed" to generative AI. What does
# it mean that an occupation is exposed?

# %% [markdown] lang="fr"
# ## Question 1 : ce que veut dire « exposé »
#
# Les études de l'OIT et celle d'Eloundou et al. (2023) disent que beaucoup de professions sont « exposées » à l'IA
# générative. Que veut dire qu'une profession est exposée ?

# %% [markdown] lang="en" only="assignment"
# Set `exposed_answer` to the letter of your choice, for example `exposed_answer = "b"`.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `exposed_answer` la lettre de votre choix, par exemple `exposed_answer = "b"`.

# %% only="assignment"
ex.show_options("q1_exposure_meaning")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
exposed_answer = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_exposure_meaning", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: what it means that an occupation is exposed to generative AI."""
ex.require("q1_exposure_meaning", exposed_answer, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_exposure_meaning", exposed_answer, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 2: tune the toy
#
# The cell below builds the toy rater of the lesson (about a millisecond) and shows its agreement with the course's
# labels on the tasks left out of its table, for each number of neighbours that vote. Find a number of neighbours
# with which the toy finds the course's label for **at least 45%** of the left-out tasks.

# %% [markdown] lang="fr"
# ## Question 2 : réglez le jouet
#
# La cellule ci-dessous construit le jouet noteur de la leçon (une milliseconde environ) et montre son accord avec
# les étiquettes du cours sur les tâches mises de côté, selon le nombre de voisins qui votent. Trouvez un nombre de
# voisins avec lequel le jouet retrouve l'étiquette du cours pour **au moins 45 %** des tâches mises de côté.

# %%
toy = train_rater()
agreement_explorer(toy, 1)

# %% [markdown] lang="en" only="assignment"
# Set `neighbours` to that number, a whole number from 1 to 15.

# %% [markdown] lang="fr" only="assignment"
# Donnez ce nombre à `neighbours`, un nombre entier de 1 à 15.

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
neighbours = 10
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_neighbours_agreement", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: a number of neighbours with which the toy agrees with the course on at least 45% of the tasks."""
ex.require("q2_neighbours_agreement", neighbours, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_neighbours_agreement", neighbours, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 3: what the toy's suggestion is worth
#
# A colleague types the tasks of her job into the toy and wants to show its ratings to her manager. Which of these
# statements about the toy are right?

# %% [markdown] lang="fr"
# ## Question 3 : ce que vaut la suggestion du jouet
#
# Une collègue tape les tâches de son métier dans le jouet et veut montrer ses notes à sa responsable. Lesquelles de
# ces affirmations sur le jouet sont justes ?

# %% [markdown] lang="en" only="assignment"
# Set `right_statements` to the set of the right letters, for example `{"a", "c"}`.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `right_statements` l'ensemble des bonnes lettres, par exemple `{"a", "c"}`.

# %% only="assignment"
ex.show_options("q3_toy_limits")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
right_statements = {"a", "c"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_toy_limits", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the right statements about the toy rater."""
ex.require("q3_toy_limits", right_statements, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_toy_limits", right_statements, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 4: software that manages pickers
#
# In 2028, a logistics company in France, which has a CSE, plans to use an AI system that assigns the orders to its
# warehouse pickers and rates each picker's speed. It buys the system from a software company. What must the
# company do?

# %% [markdown] lang="fr"
# ## Question 4 : un logiciel qui organise le travail des préparateurs
#
# En 2028, une entreprise de logistique française, dotée d'un CSE, prévoit d'utiliser un système d'IA qui attribue
# les commandes à ses préparateurs d'entrepôt et note la vitesse de chacun. Elle achète le système à un éditeur de
# logiciels. Que doit faire l'entreprise ?

# %% [markdown] lang="en" only="assignment"
# Set `warehouse_answer` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `warehouse_answer` la lettre de votre choix.

# %% only="assignment"
ex.show_options("q4_warehouse_consultation")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
warehouse_answer = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_warehouse_consultation", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: what an employer must do before an AI system manages its staff."""
ex.require("q4_warehouse_consultation", warehouse_answer, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_warehouse_consultation", warehouse_answer, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 5: a row of the hospital's register
#
# A hospital buys a speech-to-text tool from a software vendor; its doctors use it to draft consultation notes,
# which they read and correct. The hospital is filling in its AI-use register. What is **the hospital's** role for
# this tool?

# %% [markdown] lang="fr"
# ## Question 5 : une ligne du registre de l'hôpital
#
# Un hôpital achète un outil de transcription de la voix à un éditeur de logiciels ; ses médecins s'en servent pour
# rédiger les notes de consultation, qu'ils relisent et corrigent. L'hôpital remplit son registre des usages de
# l'IA. Quel est le rôle **de l'hôpital** pour cet outil ?

# %% [markdown] lang="en" only="assignment"
# Set `role_answer` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# Donnez à `role_answer` la lettre de votre choix.

# %% only="assignment"
ex.show_options("q5_register_role")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
role_answer = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_register_role", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the hospital's role for the tool it bought."""
ex.require("q5_register_role", role_answer, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_register_role", role_answer, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en"
# ## Question 6: one task of your own work (graded by your trainer)
#
# Pick one task of your own work, or of the work you are training for, where generative AI is used or could be.
# In 60 to 300 words:
# 1. describe the task: what goes in, what comes out;
# 2. say whether AI would rather automate the task or help you do it, and why, for this task;
# 3. name one risk of using AI for it (data, errors, rights) and one measure that addresses that risk;
# 4. say who in your organisation must be informed or consulted, or what its row of the AI-use register would hold.

# %% [markdown] lang="fr"
# ## Question 6 : une tâche de votre propre travail (notée par votre formateur)
#
# Choisissez une tâche de votre travail, ou du métier que vous préparez, pour laquelle l'IA générative est utilisée
# ou pourrait l'être. En 60 à 300 mots :
# 1. décrivez la tâche : ce qui entre, ce qui sort ;
# 2. dites si l'IA automatiserait plutôt la tâche ou vous aiderait à la faire, et pourquoi, pour cette tâche ;
# 3. nommez un risque à utiliser l'IA pour cette tâche (données, erreurs, droits) et une mesure qui y répond ;
# 4. dites qui, dans votre organisation, doit être informé ou consulté, ou ce que contiendrait sa ligne du registre
#    des usages de l'IA.

# %% [markdown] lang="en" nbgrader={"grade": false, "grade_id": "q6_my_own_task", "locked": true, "points": 4, "schema_version": 3, "solution": false, "task": true}
# *Your trainer grades this answer: 1 point for each of the four parts above.*
#
# === BEGIN MARK SCHEME ===
#
# **Rubric for trainers** (learners do not receive it). Give 0, 0.5 or 1 point per criterion; judge the reasoning,
# not the spelling or the job.
#
# 1. **The task** (1): one concrete task, with what goes in and what comes out, precise enough to judge. 0.5: a whole
#    job or a vague activity ("communication"). 0: no task.
# 2. **Automate or help** (1): a choice with a reason that belongs to this task (what must stay human: judgement,
#    contact, responsibility; or what is routine), as the exposure studies rate tasks, not jobs. 0.5: a choice with a
#    reason about the job title or AI in general. 0: no choice.
# 3. **Risk and measure** (1): a real risk of this use (confidential or personal data in a prompt, invented facts or
#    errors, rights on inputs or outputs, unfair treatment) and a measure that answers that risk (an approved tool, no
#    secrets or personal data pasted, a human check before use, a source checked). 0.5: a risk without a fitting
#    measure, or the reverse. 0: neither.
# 4. **The organisation** (1): who must be informed or consulted for this use (staff representatives, in France the
#    CSE when it changes working conditions; the data protection officer for personal data; whoever keeps the
#    AI-use register or approves tools), or a register row with at least the system, provider or deployer, the data
#    and the human oversight. 0.5: "my manager" with no reason, or an incomplete row. 0: nothing.
#
# === END MARK SCHEME ===

# %% [markdown] lang="fr" nbgrader={"grade": false, "grade_id": "q6_my_own_task", "locked": true, "points": 4, "schema_version": 3, "solution": false, "task": true}
# *Votre formateur note cette réponse : 1 point pour chacune des quatre parties ci-dessus.*
#
# === BEGIN MARK SCHEME ===
#
# **Grille pour les formateurs** (les apprenants ne la reçoivent pas). Donnez 0, 0,5 ou 1 point par critère ; jugez
# le raisonnement, pas l'orthographe ni le métier.
#
# 1. **La tâche** (1) : une tâche concrète, avec ce qui entre et ce qui sort, assez précise pour en juger. 0,5 : un
#    métier entier ou une activité vague (« la communication »). 0 : pas de tâche.
# 2. **Automatiser ou aider** (1) : un choix avec une raison propre à cette tâche (ce qui doit rester humain :
#    jugement, contact, responsabilité ; ou ce qui est routinier), comme les études d'exposition notent des tâches,
#    pas des métiers. 0,5 : un choix justifié par l'intitulé du métier ou par l'IA en général. 0 : pas de choix.
# 3. **Risque et mesure** (1) : un vrai risque de cet usage (données confidentielles ou personnelles dans une requête,
#    faits inventés ou erreurs, droits sur les entrées ou les sorties, traitement injuste) et une mesure qui répond à
#    ce risque (un outil autorisé, ni secret ni donnée personnelle collés, une vérification humaine avant usage, une
#    source vérifiée). 0,5 : un risque sans mesure adaptée, ou l'inverse. 0 : ni l'un ni l'autre.
# 4. **L'organisation** (1) : qui doit être informé ou consulté pour cet usage (les représentants du personnel, en
#    France le CSE quand les conditions de travail changent ; le délégué à la protection des données pour des
#    données personnelles ; qui tient le registre des usages de l'IA ou autorise les outils), ou une ligne du registre
#    avec au moins le système, fournisseur ou déployeur, les données et le contrôle humain. 0,5 : « mon responsable »
#    sans raison, ou une ligne incomplète. 0 : rien.
#
# === END MARK SCHEME ===

# %% [markdown] lang="en" only="assignment"
# Write your answer in the text cell below, in place of YOUR ANSWER HERE: double-click the cell to edit it, then
# press Shift + Enter to show it as text.

# %% [markdown] lang="fr" only="assignment"
# Écrivez votre réponse dans la cellule de texte ci-dessous, à la place de VOTRE RÉPONSE ICI : double-cliquez sur la
# cellule pour la modifier, puis appuyez sur Maj + Entrée pour l'afficher comme texte.

# %% [markdown] lang="en" only="assignment" caire={"answer_to": "q6_my_own_task"}
# YOUR ANSWER HERE

# %% [markdown] lang="fr" only="assignment" caire={"answer_to": "q6_my_own_task"}
# VOTRE RÉPONSE ICI
