# %% [markdown] lang="en" only="assignment"
# # Assignment 08: using generative AI critically at work
#
# In this assignment you check two chatbot answers against the company documents they should agree with, sort what
# may go into a public chatbot, advise a hospital on a personal-data filter, and say what is wrong with letting a
# chatbot rank job applicants. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A set of answers is written between curly brackets, each in quotes: `{"x1", "x2"}`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 08 : utiliser l'IA générative avec esprit critique au travail
#
# Dans cet exercice, vous vérifiez deux réponses d'agent conversationnel avec les documents de l'entreprise auxquels
# elles devraient se conformer, vous triez ce qui peut aller dans un agent conversationnel public, vous conseillez un
# hôpital sur un filtre à données personnelles, et vous dites ce qui ne va pas quand un agent conversationnel classe
# des candidats. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les menus sont en
#   anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un ensemble de réponses s'écrit entre accolades, chacune entre guillemets : `{"x1", "x2"}`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
#   Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Using generative AI critically at work: the exercise, no code needed
#
# A chatbot writes fluent answers; fluent is not the same as right. In this app you:
# 1. check two chatbot answers, claim by claim, against the company documents they should agree with,
# 2. sort what may and may not be pasted into a public chatbot,
# 3. advise a hospital on the threshold of a small personal-data filter, and say what is wrong with letting a chatbot
#    rank job applicants.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The company, its documents, the chatbot's answers and the test sentences are fictional, written for the course.

# %% [markdown] lang="fr" only="app"
# # Utiliser l'IA générative avec esprit critique au travail : l'exercice, sans code
#
# Un agent conversationnel écrit des réponses fluides ; fluide ne veut pas dire juste. Dans cette application, vous allez :
# 1. vérifier deux réponses d'agent conversationnel, affirmation par affirmation, avec les documents de l'entreprise auxquels elles
#    devraient se conformer,
# 2. trier ce qu'on peut coller ou non dans un agent conversationnel public,
# 3. conseiller un hôpital sur le seuil d'un petit filtre à données personnelles, et dire ce qui ne va pas quand un
#    agent conversationnel classe des candidats.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# L'entreprise, ses documents, les réponses de l'agent conversationnel et les phrases de test sont fictifs, écrits pour le cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.critical_use import questions as ex

# %% only="assignment"
from caire.modules.critical_use.figures import plot_filter_scores
from caire.modules.critical_use.model import filter_results
from caire.modules.critical_use.widgets import describe_filter, sentence_table, show_answer

# %% only="app"
from caire.core.app import show_question
from caire.modules.critical_use.widgets import show_answer, threshold_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: an answer about travel expenses
#
# An employee asked a chatbot what they can claim for a conference trip. Its answer is cut into claims `x1` to `x5`;
# the company's expenses policy is next to it. Set `unsupported_expense_claims` to the set of the claims the policy
# does **not** support (it contradicts them, or says nothing of them), for example `{"x1", "x2"}`.
# The visible check tells you whether any claim you ticked is in fact supported; the grader also checks that you
# found them all.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : une réponse sur les notes de frais
#
# Un salarié a demandé à un agent conversationnel ce qu'il peut se faire rembourser pour un congrès. Sa réponse est découpée en
# affirmations `x1` à `x5` ; la politique de notes de frais de l'entreprise est à côté. Donnez à
# `unsupported_expense_claims` l'ensemble des affirmations que la politique ne confirme **pas** (elle les contredit,
# ou n'en dit rien), par exemple `{"x1", "x2"}`. La vérification visible vous dit si une affirmation cochée est en fait
# confirmée ; le correcteur vérifie aussi que vous les avez toutes trouvées.

# %% [markdown] lang="en" only="app"
# ## Question 1: an answer about travel expenses
#
# An employee asked a chatbot what they can claim for a two-day conference in Lyon, 2 hours away by train. Read each
# claim of its answer and look for the paragraph of the expenses policy that supports it. Tick the claims the policy
# does **not** support: it contradicts them, or says nothing of them.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : une réponse sur les notes de frais
#
# Un salarié a demandé à un agent conversationnel ce qu'il peut se faire rembourser pour un congrès de deux jours à Lyon, à 2 heures
# de train. Lisez chaque affirmation de sa réponse et cherchez le paragraphe de la politique de notes de frais qui la
# confirme. Cochez les affirmations que la politique ne confirme **pas** : elle les contredit, ou n'en dit rien.

# %%
show_answer("conference_trip")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
unsupported_expense_claims = {"x1", "x4", "x5"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_expense_claims", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the claims of the travel answer that the expenses policy does not support."""
ex.require("q1_expense_claims", unsupported_expense_claims, "valid")
ex.require("q1_expense_claims", unsupported_expense_claims, "none_wrong")
### BEGIN HIDDEN TESTS
ex.require("q1_expense_claims", unsupported_expense_claims, "all_found")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: an answer about unused leave
#
# Another employee asked what happens to 8 days of leave they have not taken. Set `unsupported_leave_claims` to the
# set of the claims (`l1` to `l5`) that the leave policy does **not** support. Look closely at any source it cites.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : une réponse sur les congés non pris
#
# Une autre salariée a demandé ce que deviennent 8 jours de congé qu'elle n'a pas pris. Donnez à
# `unsupported_leave_claims` l'ensemble des affirmations (`l1` à `l5`) que la politique de congés ne confirme **pas**.
# Regardez de près toute source citée.

# %% [markdown] lang="en" only="app"
# ## Question 2: an answer about unused leave
#
# Another employee asked what happens to 8 days of leave not taken this year. Tick the claims the leave policy does
# **not** support. Look closely at any source the answer cites.

# %% [markdown] lang="fr" only="app"
# ## Question 2 : une réponse sur les congés non pris
#
# Une autre salariée a demandé ce que deviennent 8 jours de congé non pris cette année. Cochez les affirmations que la
# politique de congés ne confirme **pas**. Regardez de près toute source citée par la réponse.

# %%
show_answer("unused_days")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
unsupported_leave_claims = {"l3", "l4"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_leave_claims", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the claims of the leave answer that the leave policy does not support."""
ex.require("q2_leave_claims", unsupported_leave_claims, "valid")
ex.require("q2_leave_claims", unsupported_leave_claims, "none_wrong")
### BEGIN HIDDEN TESTS
ex.require("q2_leave_claims", unsupported_leave_claims, "all_found")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: what stays out of a public chatbot
#
# Colleagues would like to paste each of the items below into a free public chatbot. Set `keep_out` to the set of
# the items that must **not** be pasted there (write their names as shown before the bracket, for example
# `{"press_release"}`).

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : ce qui reste hors d'un agent conversationnel public
#
# Des collègues voudraient coller chacun des éléments ci-dessous dans un agent conversationnel public gratuit. Donnez à `keep_out`
# l'ensemble des éléments qui ne doivent **pas** y être collés (écrivez leur nom tel qu'il apparaît avant la
# parenthèse, par exemple `{"press_release"}`).

# %% [markdown] lang="en" only="app"
# ## Question 3: what stays out of a public chatbot
#
# Colleagues would like to paste each of these items into a free public chatbot. Tick the ones that must **not** be
# pasted there: personal data (even without a name), secrets of the company, access codes.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : ce qui reste hors d'un agent conversationnel public
#
# Des collègues voudraient coller chacun de ces éléments dans un agent conversationnel public gratuit. Cochez ceux qui ne doivent
# **pas** y être collés : données personnelles (même sans nom), secrets de l'entreprise, codes d'accès.

# %% only="assignment"
ex.show_options("q3_keep_out_of_chatbot")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
keep_out = {"customer_list", "patient_letter", "unreleased_formula", "shared_password", "team_salaries"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_keep_out_of_chatbot", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the items that must not be pasted into a public chatbot."""
ex.require("q3_keep_out_of_chatbot", keep_out, "valid")
ex.require("q3_keep_out_of_chatbot", keep_out, "none_wrong")
### BEGIN HIDDEN TESTS
ex.require("q3_keep_out_of_chatbot", keep_out, "all_found")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: a threshold for a hospital
#
# A hospital wants to put the personal-data filter of the lesson between its staff and a public chatbot. There a
# miss costs more than a false alarm: patient data that has left cannot be called back, while a harmless sentence
# stopped costs a nurse a minute. So the hospital asks you to lower the threshold until the filter lets **no** test
# sentence with personal data through.
#
# The cell below trains the filter again and shows what it does on the 16 test sentences it never saw, at the
# threshold written on its first line. Lower that number and run the cell again until no sentence with personal data
# is let through. What do you advise the hospital? Set `advice` to the letter of your choice, for example
# `advice = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : un seuil pour un hôpital
#
# Un hôpital veut placer le filtre à données personnelles de la leçon entre son personnel et un agent conversationnel
# public. Là, un raté coûte plus cher qu'une fausse alerte : des données de patients sorties ne se rattrapent pas,
# alors qu'une phrase sans risque bloquée coûte une minute à une infirmière. L'hôpital vous demande donc de baisser le
# seuil jusqu'à ce que le filtre ne laisse passer **aucune** phrase de test avec des données personnelles.
#
# La cellule ci-dessous entraîne à nouveau le filtre et montre ce qu'il fait sur les 16 phrases de test qu'il n'a
# jamais vues, au seuil écrit sur sa première ligne. Baissez ce nombre et exécutez à nouveau la cellule jusqu'à ce
# qu'aucune phrase avec des données personnelles ne passe. Que conseillez-vous à l'hôpital ? Donnez à `advice` la
# lettre de votre choix, par exemple `advice = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: a threshold for a hospital
#
# A hospital wants to put the personal-data filter of the lesson between its staff and a public chatbot. There a
# miss costs more than a false alarm: patient data that has left cannot be called back, while a harmless sentence
# stopped costs a nurse a minute. So the hospital asks you to lower the threshold until the filter lets **no** test
# sentence with personal data through.
#
# The filter was trained on 40 example sentences; here it is on 16 sentences it never saw. Each dot is a sentence, at
# the score the filter gives it; red dots hold personal data, and the filter stops the dots right of the dashed line.
# Move the slider down until no red dot is left of the line. What do you advise the hospital?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : un seuil pour un hôpital
#
# Un hôpital veut placer le filtre à données personnelles de la leçon entre son personnel et un agent conversationnel
# public. Là, un raté coûte plus cher qu'une fausse alerte : des données de patients sorties ne se rattrapent pas,
# alors qu'une phrase sans risque bloquée coûte une minute à une infirmière. L'hôpital vous demande donc de baisser le
# seuil jusqu'à ce que le filtre ne laisse passer **aucune** phrase de test avec des données personnelles.
#
# Le filtre a été entraîné sur 40 phrases d'exemple ; le voici sur 16 phrases qu'il n'a jamais vues. Chaque point est
# une phrase, placée au score que lui donne le filtre ; les points rouges contiennent des données personnelles, et le
# filtre bloque les points à droite de la ligne pointillée. Descendez le curseur jusqu'à ce qu'aucun point rouge ne
# reste à gauche de la ligne. Que conseillez-vous à l'hôpital ?

# %% only="assignment"
threshold = 0.5
print(describe_filter(filter_results(threshold)))
print(sentence_table(threshold))
plot_filter_scores(threshold);

# %% only="app"
threshold_explorer()

# %% only="assignment"
ex.show_options("q4_filter_threshold")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
advice = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_filter_threshold", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: what a hospital should hear about a filter whose threshold is lowered until it misses nothing."""
ex.require("q4_filter_threshold", advice, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_filter_threshold", advice, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: a ranking of applicants
#
# Your company has an approved chatbot whose data stays inside the company. A recruiter asks it to rank the 40
# applicants for a job and to reject the 30 lowest; she then reads the files of the 10 it kept. What is the main
# problem left? Set `ranking_problem` to the letter of your choice, for example `ranking_problem = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : un classement de candidats
#
# Votre entreprise dispose d'un agent conversationnel autorisé dont les données restent dans l'entreprise. Une
# recruteuse lui demande de classer les 40 candidats à un poste et d'écarter les 30 derniers ; elle lit ensuite les
# dossiers des 10 qu'il a gardés. Quel est le principal problème qui reste ? Donnez à `ranking_problem` la lettre de
# votre choix, par exemple `ranking_problem = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: a ranking of applicants
#
# Your company has an approved chatbot whose data stays inside the company. A recruiter asks it to rank the 40
# applicants for a job and to reject the 30 lowest; she then reads the files of the 10 it kept. What is the main
# problem left?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : un classement de candidats
#
# Votre entreprise dispose d'un agent conversationnel autorisé dont les données restent dans l'entreprise. Une
# recruteuse lui demande de classer les 40 candidats à un poste et d'écarter les 30 derniers ; elle lit ensuite les
# dossiers des 10 qu'il a gardés. Quel est le principal problème qui reste ?

# %% only="assignment"
ex.show_options("q5_ranking_applicants")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
ranking_problem = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_ranking_applicants", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the problem left when a chatbot whose data stays in the company ranks and rejects applicants."""
ex.require("q5_ranking_applicants", ranking_problem, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_ranking_applicants", ranking_problem, "right")
### END HIDDEN TESTS
