# %% [markdown] lang="en" only="assignment"
# # AI-literacy test, form B
#
# This test measures what you know about AI and how you use it at work, before or after the course. Your trainer
# uses the results of the whole group to see what the course teaches; a learner's score is not a grade. It has two
# parts:
#
# - **Part 1, about you** (11 questions): how confident you feel with AI and how you use it at work. There is
#   no right answer, and these questions earn no points.
# - **Part 2, what you know** (24 questions, 1 point each): one option is right in each.
#
# How to answer:
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer, as
#   each question says.
# - The cells starting with `"""Question ...` only check that your answer can be recorded (one of the options, a
#   number from 1 to 5). They never say whether it is right.
# - Answer on your own, without looking anything up: the test is about what you know today.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Test de maîtrise de l'IA, forme B
#
# Ce test mesure ce que vous savez de l'IA et comment vous l'utilisez au travail, avant ou après le cours. Votre
# formateur utilise les résultats de l'ensemble du groupe pour voir ce que le cours apprend ; le score d'une personne
# n'est pas une note. Il a deux parties :
#
# - **Partie 1, vous et l'IA** (11 questions) : à quel point vous vous sentez à l'aise avec l'IA et comment vous
#   l'utilisez au travail. Il n'y a pas de bonne réponse, et ces questions ne rapportent pas de points.
# - **Partie 2, ce que vous savez** (24 questions, 1 point chacune) : une option est juste dans chacune.
#
# Comment répondre :
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si
#   les menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre
#   réponse, comme l'indique chaque question.
# - Les cellules qui commencent par `"""Question ...` vérifient seulement que votre réponse peut être enregistrée
#   (une des options, un nombre de 1 à 5). Elles ne disent jamais si elle est juste.
# - Répondez seul, sans rien chercher : le test porte sur ce que vous savez aujourd'hui.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
#   Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # AI-literacy test, form B
#
# Before or after the course, this test measures what you know about AI and how you use it at work. Your trainer uses
# the results of the whole group to see what the course teaches; your score is not a grade. In this app you:
# 1. say how confident you feel with AI and how you use it at work (11 questions, no right answer),
# 2. answer 24 questions about AI, with one right option in each,
# 3. submit your answers to your trainer.
#
# Press **Record my answer** after each question: it tells you whether your answer can be recorded, never whether it is
# right. Answer on your own, without looking anything up: the test is about what you know today. After the course,
# once you have submitted, you see which of your answers were right.

# %% [markdown] lang="fr" only="app"
# # Test de maîtrise de l'IA, forme B
#
# Avant ou après le cours, ce test mesure ce que vous savez de l'IA et comment vous l'utilisez au travail. Votre
# formateur utilise les résultats de l'ensemble du groupe pour voir ce que le cours apprend ; votre score n'est pas
# une note. Dans cette application, vous allez :
# 1. dire à quel point vous vous sentez à l'aise avec l'IA et comment vous l'utilisez au travail (11 questions, sans bonne réponse),
# 2. répondre à 24 questions sur l'IA, avec une option juste dans chacune,
# 3. rendre vos réponses à votre formateur.
#
# Appuyez sur **Enregistrer ma réponse** après chaque question : le bouton vous dit si votre réponse peut être enregistrée, jamais
# si elle est juste. Répondez seul, sans rien chercher : le test porte sur ce que vous savez aujourd'hui. Après le
# cours, une fois vos réponses rendues, vous voyez lesquelles étaient justes.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.assessment import form_b as ex

# %% only="app"
from caire.core.app import show_question

# %% [markdown] lang="en"
# ## Part 1: about you
#
# There is no right or wrong answer here: answer for yourself, as things are today.

# %% [markdown] lang="fr"
# ## Partie 1 : vous et l'IA
#
# Il n'y a ni bonne ni mauvaise réponse : répondez pour vous-même, tel que c'est aujourd'hui.

# %% [markdown] lang="en" only="assignment"
# ### Question 1
#
# How confident are you in using AI tools for your work?
#
# Set `answer_01` to a whole number from 1 to 5 (1 = not at all confident, 5 = very confident), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 1
#
# À quel point vous sentez-vous capable d'utiliser des outils d'IA dans votre travail ?
#
# Donnez à `answer_01` un nombre entier de 1 à 5 (1 = pas du tout capable, 5 = tout à fait capable), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 1
#
# How confident are you in using AI tools for your work?

# %% [markdown] lang="fr" only="app"
# ### Question 1
#
# À quel point vous sentez-vous capable d'utiliser des outils d'IA dans votre travail ?

# %% nbgrader={"grade": false, "grade_id": "answer_01_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_01 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s01_confident_using", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 1: an answer that can be recorded (no right answer, no points)."""
ex.require("s01_confident_using", answer_01, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 2
#
# How confident are you in judging whether what an AI tool gives you is right?
#
# Set `answer_02` to a whole number from 1 to 5 (1 = not at all confident, 5 = very confident), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 2
#
# À quel point vous sentez-vous capable de juger si ce que vous donne un outil d'IA est juste ?
#
# Donnez à `answer_02` un nombre entier de 1 à 5 (1 = pas du tout capable, 5 = tout à fait capable), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 2
#
# How confident are you in judging whether what an AI tool gives you is right?

# %% [markdown] lang="fr" only="app"
# ### Question 2
#
# À quel point vous sentez-vous capable de juger si ce que vous donne un outil d'IA est juste ?

# %% nbgrader={"grade": false, "grade_id": "answer_02_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_02 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s02_confident_judging", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 2: an answer that can be recorded (no right answer, no points)."""
ex.require("s02_confident_judging", answer_02, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 3
#
# How well do you feel you understand how AI systems, such as chatbots, produce their answers?
#
# Set `answer_03` to a whole number from 1 to 5 (1 = not at all, 5 = very well), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 3
#
# Avez-vous le sentiment de comprendre comment les systèmes d'IA, comme les agents conversationnels, produisent leurs réponses ?
#
# Donnez à `answer_03` un nombre entier de 1 à 5 (1 = pas du tout, 5 = très bien), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 3
#
# How well do you feel you understand how AI systems, such as chatbots, produce their answers?

# %% [markdown] lang="fr" only="app"
# ### Question 3
#
# Avez-vous le sentiment de comprendre comment les systèmes d'IA, comme les agents conversationnels, produisent leurs réponses ?

# %% nbgrader={"grade": false, "grade_id": "answer_03_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_03 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s03_understand_how", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 3: an answer that can be recorded (no right answer, no points)."""
ex.require("s03_understand_how", answer_03, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 4
#
# How well could you explain to a colleague the main risks of using AI at work?
#
# Set `answer_04` to a whole number from 1 to 5 (1 = not at all, 5 = very well), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 4
#
# Sauriez-vous expliquer à un collègue les principaux risques de l'usage de l'IA au travail ?
#
# Donnez à `answer_04` un nombre entier de 1 à 5 (1 = pas du tout, 5 = très bien), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 4
#
# How well could you explain to a colleague the main risks of using AI at work?

# %% [markdown] lang="fr" only="app"
# ### Question 4
#
# Sauriez-vous expliquer à un collègue les principaux risques de l'usage de l'IA au travail ?

# %% nbgrader={"grade": false, "grade_id": "answer_04_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_04 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s04_explain_risks", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 4: an answer that can be recorded (no right answer, no points)."""
ex.require("s04_explain_risks", answer_04, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 5
#
# How much do you agree: "AI tools can be useful in my work."
#
# Set `answer_05` to a whole number from 1 to 5 (1 = strongly disagree, 5 = strongly agree), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 5
#
# Êtes-vous d'accord avec cette phrase : « Les outils d'IA peuvent être utiles dans mon travail. »
#
# Donnez à `answer_05` un nombre entier de 1 à 5 (1 = pas du tout d'accord, 5 = tout à fait d'accord), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 5
#
# How much do you agree: "AI tools can be useful in my work."

# %% [markdown] lang="fr" only="app"
# ### Question 5
#
# Êtes-vous d'accord avec cette phrase : « Les outils d'IA peuvent être utiles dans mon travail. »

# %% nbgrader={"grade": false, "grade_id": "answer_05_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_05 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s05_useful_at_work", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 5: an answer that can be recorded (no right answer, no points)."""
ex.require("s05_useful_at_work", answer_05, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 6
#
# How much do you agree: "What an AI tool produces for work should be checked by a person before it is used."
#
# Set `answer_06` to a whole number from 1 to 5 (1 = strongly disagree, 5 = strongly agree), for example `4`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 6
#
# Êtes-vous d'accord avec cette phrase : « Ce qu'un outil d'IA produit pour le travail doit être vérifié par une personne avant d'être utilisé. »
#
# Donnez à `answer_06` un nombre entier de 1 à 5 (1 = pas du tout d'accord, 5 = tout à fait d'accord), par exemple `4`.

# %% [markdown] lang="en" only="app"
# ### Question 6
#
# How much do you agree: "What an AI tool produces for work should be checked by a person before it is used."

# %% [markdown] lang="fr" only="app"
# ### Question 6
#
# Êtes-vous d'accord avec cette phrase : « Ce qu'un outil d'IA produit pour le travail doit être vérifié par une personne avant d'être utilisé. »

# %% nbgrader={"grade": false, "grade_id": "answer_06_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_06 = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "s06_outputs_checked", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 6: an answer that can be recorded (no right answer, no points)."""
ex.require("s06_outputs_checked", answer_06, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 7
#
# Which kinds of AI tools do you use for your work? Tick all that apply.
#
# Set `answer_07` to the set of the words before the brackets of your choices, for example `{"chatbot"}`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 7
#
# Quels types d'outils d'IA utilisez-vous pour votre travail ? Cochez tout ce qui s'applique.
#
# Donnez à `answer_07` l'ensemble des mots placés avant les parenthèses de vos choix, par exemple `{"chatbot"}`.

# %% [markdown] lang="en" only="app"
# ### Question 7
#
# Which kinds of AI tools do you use for your work? Tick all that apply.

# %% [markdown] lang="fr" only="app"
# ### Question 7
#
# Quels types d'outils d'IA utilisez-vous pour votre travail ? Cochez tout ce qui s'applique.

# %% only="assignment"
ex.show_options("p01_tools_used")

# %% nbgrader={"grade": false, "grade_id": "answer_07_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_07 = {"chatbot", "writing"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "p01_tools_used", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 7: an answer that can be recorded (no right answer, no points)."""
ex.require("p01_tools_used", answer_07, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 8
#
# How often do you use AI tools for your work?
#
# Set `answer_08` to the word before the bracket of your choice, in quotes, for example `"never"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 8
#
# À quelle fréquence utilisez-vous des outils d'IA pour votre travail ?
#
# Donnez à `answer_08` le mot placé avant la parenthèse de votre choix, entre guillemets, par exemple `"never"`.

# %% [markdown] lang="en" only="app"
# ### Question 8
#
# How often do you use AI tools for your work?

# %% [markdown] lang="fr" only="app"
# ### Question 8
#
# À quelle fréquence utilisez-vous des outils d'IA pour votre travail ?

# %% only="assignment"
ex.show_options("p02_how_often")

# %% nbgrader={"grade": false, "grade_id": "answer_08_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_08 = "rarely"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "p02_how_often", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 8: an answer that can be recorded (no right answer, no points)."""
ex.require("p02_how_often", answer_08, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 9
#
# What do you give AI tools when you use them for work? Tick all that apply.
#
# Set `answer_09` to the set of the words before the brackets of your choices, for example `{"public"}`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 9
#
# Que donnez-vous aux outils d'IA quand vous les utilisez pour le travail ? Cochez tout ce qui s'applique.
#
# Donnez à `answer_09` l'ensemble des mots placés avant les parenthèses de vos choix, par exemple `{"public"}`.

# %% [markdown] lang="en" only="app"
# ### Question 9
#
# What do you give AI tools when you use them for work? Tick all that apply.

# %% [markdown] lang="fr" only="app"
# ### Question 9
#
# Que donnez-vous aux outils d'IA quand vous les utilisez pour le travail ? Cochez tout ce qui s'applique.

# %% only="assignment"
ex.show_options("p03_data_given")

# %% nbgrader={"grade": false, "grade_id": "answer_09_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_09 = {"public", "internal"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "p03_data_given", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 9: an answer that can be recorded (no right answer, no points)."""
ex.require("p03_data_given", answer_09, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 10
#
# When an AI tool gives you something for work, what do you usually do with it?
#
# Set `answer_10` to the word before the bracket of your choice, in quotes, for example `"as_is"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 10
#
# Quand un outil d'IA vous fournit quelque chose pour le travail, qu'en faites-vous le plus souvent ?
#
# Donnez à `answer_10` le mot placé avant la parenthèse de votre choix, entre guillemets, par exemple `"as_is"`.

# %% [markdown] lang="en" only="app"
# ### Question 10
#
# When an AI tool gives you something for work, what do you usually do with it?

# %% [markdown] lang="fr" only="app"
# ### Question 10
#
# Quand un outil d'IA vous fournit quelque chose pour le travail, qu'en faites-vous le plus souvent ?

# %% only="assignment"
ex.show_options("p04_checking")

# %% nbgrader={"grade": false, "grade_id": "answer_10_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_10 = "read"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "p04_checking", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 10: an answer that can be recorded (no right answer, no points)."""
ex.require("p04_checking", answer_10, "valid")

# %% [markdown] lang="en" only="assignment"
# ### Question 11
#
# Does your organisation have rules or guidance on using AI tools at work?
#
# Set `answer_11` to the word before the bracket of your choice, in quotes, for example `"yes_known"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 11
#
# Votre organisation a-t-elle des règles ou des consignes sur l'usage des outils d'IA au travail ?
#
# Donnez à `answer_11` le mot placé avant la parenthèse de votre choix, entre guillemets, par exemple `"yes_known"`.

# %% [markdown] lang="en" only="app"
# ### Question 11
#
# Does your organisation have rules or guidance on using AI tools at work?

# %% [markdown] lang="fr" only="app"
# ### Question 11
#
# Votre organisation a-t-elle des règles ou des consignes sur l'usage des outils d'IA au travail ?

# %% only="assignment"
ex.show_options("p05_organisation_rules")

# %% nbgrader={"grade": false, "grade_id": "answer_11_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_11 = "yes_vague"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "p05_organisation_rules", "locked": true, "points": 0, "schema_version": 3, "solution": false, "task": false}
"""Question 11: an answer that can be recorded (no right answer, no points)."""
ex.require("p05_organisation_rules", answer_11, "valid")

# %% [markdown] lang="en"
# ## Part 2: what you know
#
# One option is right in each question. If you are unsure, choose the one that seems best to you: a question left unanswered counts as wrong.

# %% [markdown] lang="fr"
# ## Partie 2 : ce que vous savez
#
# Une option est juste dans chaque question. Si vous hésitez, choisissez celle qui vous semble la meilleure : une question sans réponse compte comme fausse.

# %% [markdown] lang="en" only="assignment"
# ### Question 12
#
# What is the main difference between a program that follows rules written by hand and a model trained by machine learning?
#
# Set `answer_12` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 12
#
# Quelle est la principale différence entre un programme qui suit des règles écrites à la main et un modèle entraîné par apprentissage automatique ?
#
# Donnez à `answer_12` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 12
#
# What is the main difference between a program that follows rules written by hand and a model trained by machine learning?

# %% [markdown] lang="fr" only="app"
# ### Question 12
#
# Quelle est la principale différence entre un programme qui suit des règles écrites à la main et un modèle entraîné par apprentissage automatique ?

# %% only="assignment"
ex.show_options("k01_rules_or_learning")

# %% nbgrader={"grade": false, "grade_id": "answer_12_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_12 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k01_rules_or_learning", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 12: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k01_rules_or_learning", answer_12, "valid")
### BEGIN HIDDEN TESTS
ex.require("k01_rules_or_learning", answer_12, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 13
#
# A payroll office must apply a tax rule that the law states exactly, with fixed thresholds and rates. Which approach fits best?
#
# Set `answer_13` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 13
#
# Un service de paie doit appliquer une règle fiscale que la loi énonce exactement, avec des seuils et des taux fixés. Quelle approche convient le mieux ?
#
# Donnez à `answer_13` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 13
#
# A payroll office must apply a tax rule that the law states exactly, with fixed thresholds and rates. Which approach fits best?

# %% [markdown] lang="fr" only="app"
# ### Question 13
#
# Un service de paie doit appliquer une règle fiscale que la loi énonce exactement, avec des seuils et des taux fixés. Quelle approche convient le mieux ?

# %% only="assignment"
ex.show_options("k01_payroll_rules")

# %% nbgrader={"grade": false, "grade_id": "answer_13_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_13 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k01_payroll_rules", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 13: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k01_payroll_rules", answer_13, "valid")
### BEGIN HIDDEN TESTS
ex.require("k01_payroll_rules", answer_13, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 14
#
# A model is right on 99% of the examples it was trained on, but on only 70% of new examples. What does this most likely show?
#
# Set `answer_14` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 14
#
# Un modèle a raison sur 99 % des exemples sur lesquels il a été entraîné, mais sur 70 % seulement de nouveaux exemples. Que montre le plus probablement cet écart ?
#
# Donnez à `answer_14` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 14
#
# A model is right on 99% of the examples it was trained on, but on only 70% of new examples. What does this most likely show?

# %% [markdown] lang="fr" only="app"
# ### Question 14
#
# Un modèle a raison sur 99 % des exemples sur lesquels il a été entraîné, mais sur 70 % seulement de nouveaux exemples. Que montre le plus probablement cet écart ?

# %% only="assignment"
ex.show_options("k02_unseen_examples")

# %% nbgrader={"grade": false, "grade_id": "answer_14_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_14 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k02_unseen_examples", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 14: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k02_unseen_examples", answer_14, "valid")
### BEGIN HIDDEN TESTS
ex.require("k02_unseen_examples", answer_14, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 15
#
# A retailer's sales forecast uses a very complex model. It is nearly perfect on the weeks it learned from and much worse on new weeks. Which change is most likely to help?
#
# Set `answer_15` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 15
#
# La prévision des ventes d'un commerce utilise un modèle très complexe. Il est presque parfait sur les semaines dont il a appris et bien moins bon sur les nouvelles semaines. Quel changement a le plus de chances d'aider ?
#
# Donnez à `answer_15` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 15
#
# A retailer's sales forecast uses a very complex model. It is nearly perfect on the weeks it learned from and much worse on new weeks. Which change is most likely to help?

# %% [markdown] lang="fr" only="app"
# ### Question 15
#
# La prévision des ventes d'un commerce utilise un modèle très complexe. Il est presque parfait sur les semaines dont il a appris et bien moins bon sur les nouvelles semaines. Quel changement a le plus de chances d'aider ?

# %% only="assignment"
ex.show_options("k02_complex_demand")

# %% nbgrader={"grade": false, "grade_id": "answer_15_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_15 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k02_complex_demand", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 15: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k02_complex_demand", answer_15, "valid")
### BEGIN HIDDEN TESTS
ex.require("k02_complex_demand", answer_15, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 16
#
# A screening model gives each patient a score; patients above a threshold are sent for more tests. Missing a sick patient costs far more than an extra test. What should the hospital do with the threshold?
#
# Set `answer_16` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 16
#
# Un modèle de dépistage donne un score à chaque patient ; ceux qui dépassent un seuil passent d'autres examens. Manquer un patient malade coûte bien plus qu'un examen de trop. Que doit faire l'hôpital du seuil ?
#
# Donnez à `answer_16` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 16
#
# A screening model gives each patient a score; patients above a threshold are sent for more tests. Missing a sick patient costs far more than an extra test. What should the hospital do with the threshold?

# %% [markdown] lang="fr" only="app"
# ### Question 16
#
# Un modèle de dépistage donne un score à chaque patient ; ceux qui dépassent un seuil passent d'autres examens. Manquer un patient malade coûte bien plus qu'un examen de trop. Que doit faire l'hôpital du seuil ?

# %% only="assignment"
ex.show_options("k03_screening_threshold")

# %% nbgrader={"grade": false, "grade_id": "answer_16_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_16 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k03_screening_threshold", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 16: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k03_screening_threshold", answer_16, "valid")
### BEGIN HIDDEN TESTS
ex.require("k03_screening_threshold", answer_16, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 17
#
# In a water plant, a model flags the pumps likely to fail so that they are inspected first. A pump it did not flag breaks down. What kind of error is this, and what does it usually cost?
#
# Set `answer_17` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 17
#
# Dans une usine de traitement de l'eau, un modèle signale les pompes susceptibles de tomber en panne pour qu'on les inspecte d'abord. Une pompe non signalée tombe en panne. De quelle erreur s'agit-il, et que coûte-t-elle en général ?
#
# Donnez à `answer_17` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 17
#
# In a water plant, a model flags the pumps likely to fail so that they are inspected first. A pump it did not flag breaks down. What kind of error is this, and what does it usually cost?

# %% [markdown] lang="fr" only="app"
# ### Question 17
#
# Dans une usine de traitement de l'eau, un modèle signale les pompes susceptibles de tomber en panne pour qu'on les inspecte d'abord. Une pompe non signalée tombe en panne. De quelle erreur s'agit-il, et que coûte-t-elle en général ?

# %% only="assignment"
ex.show_options("k03_missed_failure")

# %% nbgrader={"grade": false, "grade_id": "answer_17_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_17 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k03_missed_failure", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 17: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k03_missed_failure", answer_17, "valid")
### BEGIN HIDDEN TESTS
ex.require("k03_missed_failure", answer_17, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 18
#
# One neuron can only separate two groups of points with a straight line. Why can a network with a hidden layer separate groups that a straight line cannot?
#
# Set `answer_18` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 18
#
# Un neurone seul ne sépare deux groupes de points que par une droite. Pourquoi un réseau à couche cachée sépare-t-il des groupes qu'une droite ne peut pas séparer ?
#
# Donnez à `answer_18` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 18
#
# One neuron can only separate two groups of points with a straight line. Why can a network with a hidden layer separate groups that a straight line cannot?

# %% [markdown] lang="fr" only="app"
# ### Question 18
#
# Un neurone seul ne sépare deux groupes de points que par une droite. Pourquoi un réseau à couche cachée sépare-t-il des groupes qu'une droite ne peut pas séparer ?

# %% only="assignment"
ex.show_options("k04_hidden_layers")

# %% nbgrader={"grade": false, "grade_id": "answer_18_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_18 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k04_hidden_layers", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 18: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k04_hidden_layers", answer_18, "valid")
### BEGIN HIDDEN TESTS
ex.require("k04_hidden_layers", answer_18, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 19
#
# A small change to an image, which a person cannot see, makes a network read a 3 as an 8. What does this show?
#
# Set `answer_19` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 19
#
# Une petite modification d'une image, invisible pour une personne, fait lire un 8 à un réseau là où il y a un 3. Que montre cet exemple ?
#
# Donnez à `answer_19` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 19
#
# A small change to an image, which a person cannot see, makes a network read a 3 as an 8. What does this show?

# %% [markdown] lang="fr" only="app"
# ### Question 19
#
# Une petite modification d'une image, invisible pour une personne, fait lire un 8 à un réseau là où il y a un 3. Que montre cet exemple ?

# %% only="assignment"
ex.show_options("k05_invisible_change")

# %% nbgrader={"grade": false, "grade_id": "answer_19_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_19 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k05_invisible_change", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 19: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k05_invisible_change", answer_19, "valid")
### BEGIN HIDDEN TESTS
ex.require("k05_invisible_change", answer_19, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 20
#
# A warehouse uses a camera model that reads parcel labels. It was trained on photos taken in daylight. On the night shift the light is dim and parcels arrive tilted. What should the manager expect and do?
#
# Set `answer_20` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 20
#
# Un entrepôt utilise un modèle de caméra qui lit les étiquettes des colis. Il a été entraîné sur des photos prises en plein jour. La nuit, l'éclairage est faible et les colis arrivent inclinés. À quoi le responsable doit-il s'attendre, et que doit-il faire ?
#
# Donnez à `answer_20` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 20
#
# A warehouse uses a camera model that reads parcel labels. It was trained on photos taken in daylight. On the night shift the light is dim and parcels arrive tilted. What should the manager expect and do?

# %% [markdown] lang="fr" only="app"
# ### Question 20
#
# Un entrepôt utilise un modèle de caméra qui lit les étiquettes des colis. Il a été entraîné sur des photos prises en plein jour. La nuit, l'éclairage est faible et les colis arrivent inclinés. À quoi le responsable doit-il s'attendre, et que doit-il faire ?

# %% only="assignment"
ex.show_options("k05_night_shift_camera")

# %% nbgrader={"grade": false, "grade_id": "answer_20_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_20 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k05_night_shift_camera", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 20: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k05_night_shift_camera", answer_20, "valid")
### BEGIN HIDDEN TESTS
ex.require("k05_night_shift_camera", answer_20, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 21
#
# How does a large language model write its answer?
#
# Set `answer_21` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 21
#
# Comment un grand modèle de langage écrit-il sa réponse ?
#
# Donnez à `answer_21` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 21
#
# How does a large language model write its answer?

# %% [markdown] lang="fr" only="app"
# ### Question 21
#
# Comment un grand modèle de langage écrit-il sa réponse ?

# %% only="assignment"
ex.show_options("k06_next_token")

# %% nbgrader={"grade": false, "grade_id": "answer_21_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_21 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k06_next_token", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 21: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k06_next_token", answer_21, "valid")
### BEGIN HIDDEN TESTS
ex.require("k06_next_token", answer_21, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 22
#
# A teacher uses a language model to draft quiz questions. She wants it to stick to the most likely wording, with little variety from one run to the next. What should she do with its temperature?
#
# Set `answer_22` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 22
#
# Une enseignante utilise un modèle de langage pour rédiger des questions de quiz. Elle veut qu'il s'en tienne à la formulation la plus probable, avec peu de variété d'une fois à l'autre. Que doit-elle faire de sa température ?
#
# Donnez à `answer_22` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 22
#
# A teacher uses a language model to draft quiz questions. She wants it to stick to the most likely wording, with little variety from one run to the next. What should she do with its temperature?

# %% [markdown] lang="fr" only="app"
# ### Question 22
#
# Une enseignante utilise un modèle de langage pour rédiger des questions de quiz. Elle veut qu'il s'en tienne à la formulation la plus probable, avec peu de variété d'une fois à l'autre. Que doit-elle faire de sa température ?

# %% only="assignment"
ex.show_options("k06_quiz_temperature")

# %% nbgrader={"grade": false, "grade_id": "answer_22_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_22 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k06_quiz_temperature", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 22: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k06_quiz_temperature", answer_22, "valid")
### BEGIN HIDDEN TESTS
ex.require("k06_quiz_temperature", answer_22, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 23
#
# An HR assistant answers staff questions by first retrieving passages of the company's policies, then writing an answer from them. Can its answers be used without checking?
#
# Set `answer_23` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 23
#
# Un assistant RH répond aux questions du personnel en retrouvant d'abord des passages des règlements de l'entreprise, puis en rédigeant une réponse à partir d'eux. Peut-on utiliser ses réponses sans les vérifier ?
#
# Donnez à `answer_23` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 23
#
# An HR assistant answers staff questions by first retrieving passages of the company's policies, then writing an answer from them. Can its answers be used without checking?

# %% [markdown] lang="fr" only="app"
# ### Question 23
#
# Un assistant RH répond aux questions du personnel en retrouvant d'abord des passages des règlements de l'entreprise, puis en rédigeant une réponse à partir d'eux. Peut-on utiliser ses réponses sans les vérifier ?

# %% only="assignment"
ex.show_options("k07_grounded_hr_bot")

# %% nbgrader={"grade": false, "grade_id": "answer_23_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_23 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k07_grounded_hr_bot", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 23: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k07_grounded_hr_bot", answer_23, "valid")
### BEGIN HIDDEN TESTS
ex.require("k07_grounded_hr_bot", answer_23, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 24
#
# A nurse would like a public AI chatbot to summarise a patient's discharge letter. What should she do?
#
# Set `answer_24` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 24
#
# Une infirmière voudrait qu'un agent conversationnel public résume la lettre de sortie d'un patient. Que doit-elle faire ?
#
# Donnez à `answer_24` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 24
#
# A nurse would like a public AI chatbot to summarise a patient's discharge letter. What should she do?

# %% [markdown] lang="fr" only="app"
# ### Question 24
#
# Une infirmière voudrait qu'un agent conversationnel public résume la lettre de sortie d'un patient. Que doit-elle faire ?

# %% only="assignment"
ex.show_options("k08_discharge_letter")

# %% nbgrader={"grade": false, "grade_id": "answer_24_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_24 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k08_discharge_letter", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 24: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k08_discharge_letter", answer_24, "valid")
### BEGIN HIDDEN TESTS
ex.require("k08_discharge_letter", answer_24, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 25
#
# A case worker at a benefits office handles a family's claim. Which use of a general AI chatbot is appropriate?
#
# Set `answer_25` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 25
#
# Un agent d'une caisse d'allocations traite la demande d'une famille. Quel usage d'un agent conversationnel généraliste est approprié ?
#
# Donnez à `answer_25` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 25
#
# A case worker at a benefits office handles a family's claim. Which use of a general AI chatbot is appropriate?

# %% [markdown] lang="fr" only="app"
# ### Question 25
#
# Un agent d'une caisse d'allocations traite la demande d'une famille. Quel usage d'un agent conversationnel généraliste est approprié ?

# %% only="assignment"
ex.show_options("k08_benefit_decision")

# %% nbgrader={"grade": false, "grade_id": "answer_25_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_25 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k08_benefit_decision", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 25: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k08_benefit_decision", answer_25, "valid")
### BEGIN HIDDEN TESTS
ex.require("k08_benefit_decision", answer_25, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 26
#
# A company trains a hiring model on its past decisions, with the gender column removed. The model still selects fewer women than men with the same skills. How can this be?
#
# Set `answer_26` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 26
#
# Une entreprise entraîne un modèle d'embauche sur ses décisions passées, sans la colonne sexe. Le modèle retient encore moins de femmes que d'hommes aux compétences égales. Comment est-ce possible ?
#
# Donnez à `answer_26` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 26
#
# A company trains a hiring model on its past decisions, with the gender column removed. The model still selects fewer women than men with the same skills. How can this be?

# %% [markdown] lang="fr" only="app"
# ### Question 26
#
# Une entreprise entraîne un modèle d'embauche sur ses décisions passées, sans la colonne sexe. Le modèle retient encore moins de femmes que d'hommes aux compétences égales. Comment est-ce possible ?

# %% only="assignment"
ex.show_options("k09_proxy_column")

# %% nbgrader={"grade": false, "grade_id": "answer_26_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_26 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k09_proxy_column", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 26: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k09_proxy_column", answer_26, "valid")
### BEGIN HIDDEN TESTS
ex.require("k09_proxy_column", answer_26, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 27
#
# A public employment agency uses a model to prioritise job seekers for training places. Who should decide which fairness measure the model must meet?
#
# Set `answer_27` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 27
#
# Une agence publique pour l'emploi utilise un modèle pour classer les demandeurs d'emploi à qui proposer une formation. Qui doit décider de la mesure d'équité que le modèle doit respecter ?
#
# Donnez à `answer_27` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 27
#
# A public employment agency uses a model to prioritise job seekers for training places. Who should decide which fairness measure the model must meet?

# %% [markdown] lang="fr" only="app"
# ### Question 27
#
# Une agence publique pour l'emploi utilise un modèle pour classer les demandeurs d'emploi à qui proposer une formation. Qui doit décider de la mesure d'équité que le modèle doit respecter ?

# %% only="assignment"
ex.show_options("k09_who_chooses")

# %% nbgrader={"grade": false, "grade_id": "answer_27_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_27 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k09_who_chooses", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 27: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k09_who_chooses", answer_27, "valid")
### BEGIN HIDDEN TESTS
ex.require("k09_who_chooses", answer_27, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 28
#
# For many loan applicants, a model says it is 90% confident that they will repay. When is this model well calibrated?
#
# Set `answer_28` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 28
#
# Pour de nombreux demandeurs de prêt, un modèle se dit sûr à 90 % qu'ils rembourseront. Quand ce modèle est-il bien calibré ?
#
# Donnez à `answer_28` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 28
#
# For many loan applicants, a model says it is 90% confident that they will repay. When is this model well calibrated?

# %% [markdown] lang="fr" only="app"
# ### Question 28
#
# Pour de nombreux demandeurs de prêt, un modèle se dit sûr à 90 % qu'ils rembourseront. Quand ce modèle est-il bien calibré ?

# %% only="assignment"
ex.show_options("k10_calibrated")

# %% nbgrader={"grade": false, "grade_id": "answer_28_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_28 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k10_calibrated", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 28: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k10_calibrated", answer_28, "valid")
### BEGIN HIDDEN TESTS
ex.require("k10_calibrated", answer_28, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 29
#
# Permutation importance shows that a loan model relies heavily on the applicant's postcode. What can you conclude?
#
# Set `answer_29` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 29
#
# L'importance par permutation montre qu'un modèle de prêt s'appuie beaucoup sur le code postal du demandeur. Que pouvez-vous en conclure ?
#
# Donnez à `answer_29` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 29
#
# Permutation importance shows that a loan model relies heavily on the applicant's postcode. What can you conclude?

# %% [markdown] lang="fr" only="app"
# ### Question 29
#
# L'importance par permutation montre qu'un modèle de prêt s'appuie beaucoup sur le code postal du demandeur. Que pouvez-vous en conclure ?

# %% only="assignment"
ex.show_options("k10_postcode_importance")

# %% nbgrader={"grade": false, "grade_id": "answer_29_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_29 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k10_postcode_importance", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 29: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k10_postcode_importance", answer_29, "valid")
### BEGIN HIDDEN TESTS
ex.require("k10_postcode_importance", answer_29, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 30
#
# From a hospital model's answers alone, an outsider can tell whether a given person was among the patients it was trained on. Why does that matter?
#
# Set `answer_30` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 30
#
# À partir des seules réponses d'un modèle d'hôpital, une personne extérieure peut savoir si quelqu'un faisait partie des patients de son entraînement. Pourquoi est-ce grave ?
#
# Donnez à `answer_30` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 30
#
# From a hospital model's answers alone, an outsider can tell whether a given person was among the patients it was trained on. Why does that matter?

# %% [markdown] lang="fr" only="app"
# ### Question 30
#
# À partir des seules réponses d'un modèle d'hôpital, une personne extérieure peut savoir si quelqu'un faisait partie des patients de son entraînement. Pourquoi est-ce grave ?

# %% only="assignment"
ex.show_options("k11_membership")

# %% nbgrader={"grade": false, "grade_id": "answer_30_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_30 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k11_membership", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 30: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k11_membership", answer_30, "valid")
### BEGIN HIDDEN TESTS
ex.require("k11_membership", answer_30, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 31
#
# Adding random noise to a model's training (differential privacy) protects the people in its data. What does this protection cost?
#
# Set `answer_31` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 31
#
# Ajouter du bruit aléatoire à l'entraînement d'un modèle (confidentialité différentielle) protège les personnes de ses données. Que coûte cette protection ?
#
# Donnez à `answer_31` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 31
#
# Adding random noise to a model's training (differential privacy) protects the people in its data. What does this protection cost?

# %% [markdown] lang="fr" only="app"
# ### Question 31
#
# Ajouter du bruit aléatoire à l'entraînement d'un modèle (confidentialité différentielle) protège les personnes de ses données. Que coûte cette protection ?

# %% only="assignment"
ex.show_options("k11_privacy_noise")

# %% nbgrader={"grade": false, "grade_id": "answer_31_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_31 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k11_privacy_noise", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 31: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k11_privacy_noise", answer_31, "valid")
### BEGIN HIDDEN TESTS
ex.require("k11_privacy_noise", answer_31, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 32
#
# A retailer retrains a stock model every week and needs it right on 95% of items. Model A is right on 96% and uses 1 kWh per training; model B on 97% and uses 40 kWh. Which should it choose?
#
# Set `answer_32` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 32
#
# Un commerce réentraîne chaque semaine un modèle de stocks et a besoin qu'il ait raison sur 95 % des articles. Le modèle A a raison sur 96 % et consomme 1 kWh par entraînement ; le modèle B sur 97 % avec 40 kWh. Lequel choisir ?
#
# Donnez à `answer_32` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 32
#
# A retailer retrains a stock model every week and needs it right on 95% of items. Model A is right on 96% and uses 1 kWh per training; model B on 97% and uses 40 kWh. Which should it choose?

# %% [markdown] lang="fr" only="app"
# ### Question 32
#
# Un commerce réentraîne chaque semaine un modèle de stocks et a besoin qu'il ait raison sur 95 % des articles. Le modèle A a raison sur 96 % et consomme 1 kWh par entraînement ; le modèle B sur 97 % avec 40 kWh. Lequel choisir ?

# %% only="assignment"
ex.show_options("k12_good_enough")

# %% nbgrader={"grade": false, "grade_id": "answer_32_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_32 = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k12_good_enough", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 32: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k12_good_enough", answer_32, "valid")
### BEGIN HIDDEN TESTS
ex.require("k12_good_enough", answer_32, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 33
#
# A model is trained once and then answers millions of requests a day for years. Over its life, where is much of its energy likely to go?
#
# Set `answer_33` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 33
#
# Un modèle est entraîné une fois, puis répond à des millions de demandes par jour pendant des années. Sur sa durée de vie, où part probablement une grande part de son énergie ?
#
# Donnez à `answer_33` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 33
#
# A model is trained once and then answers millions of requests a day for years. Over its life, where is much of its energy likely to go?

# %% [markdown] lang="fr" only="app"
# ### Question 33
#
# Un modèle est entraîné une fois, puis répond à des millions de demandes par jour pendant des années. Sur sa durée de vie, où part probablement une grande part de son énergie ?

# %% only="assignment"
ex.show_options("k12_predictions_add_up")

# %% nbgrader={"grade": false, "grade_id": "answer_33_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_33 = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k12_predictions_add_up", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 33: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k12_predictions_add_up", answer_33, "valid")
### BEGIN HIDDEN TESTS
ex.require("k12_predictions_add_up", answer_33, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 34
#
# An insurance claims handler is meant to review each decision a model proposes. Under time pressure, she now approves them all without reading the files. What is this, and what does her review add?
#
# Set `answer_34` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 34
#
# Une gestionnaire de sinistres doit relire chaque décision que propose un modèle. Pressée par le temps, elle les approuve désormais toutes sans lire les dossiers. De quoi s'agit-il, et qu'apporte sa relecture ?
#
# Donnez à `answer_34` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 34
#
# An insurance claims handler is meant to review each decision a model proposes. Under time pressure, she now approves them all without reading the files. What is this, and what does her review add?

# %% [markdown] lang="fr" only="app"
# ### Question 34
#
# Une gestionnaire de sinistres doit relire chaque décision que propose un modèle. Pressée par le temps, elle les approuve désormais toutes sans lire les dossiers. De quoi s'agit-il, et qu'apporte sa relecture ?

# %% only="assignment"
ex.show_options("k13_automation_bias")

# %% nbgrader={"grade": false, "grade_id": "answer_34_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_34 = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k13_automation_bias", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 34: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k13_automation_bias", answer_34, "valid")
### BEGIN HIDDEN TESTS
ex.require("k13_automation_bias", answer_34, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ### Question 35
#
# A model decides insurance claims by itself, except those whose score falls between 0.4 and 0.6, which go to a person. The insurer widens this band to between 0.3 and 0.7. What changes?
#
# Set `answer_35` to the letter of your choice, in quotes: `"a"`, `"b"`, `"c"` or `"d"`.

# %% [markdown] lang="fr" only="assignment"
# ### Question 35
#
# Un modèle décide seul des sinistres, sauf ceux dont le score tombe entre 0,4 et 0,6, qui vont à une personne. L'assureur élargit cette bande entre 0,3 et 0,7. Qu'est-ce qui change ?
#
# Donnez à `answer_35` la lettre de votre choix, entre guillemets : `"a"`, `"b"`, `"c"` ou `"d"`.

# %% [markdown] lang="en" only="app"
# ### Question 35
#
# A model decides insurance claims by itself, except those whose score falls between 0.4 and 0.6, which go to a person. The insurer widens this band to between 0.3 and 0.7. What changes?

# %% [markdown] lang="fr" only="app"
# ### Question 35
#
# Un modèle décide seul des sinistres, sauf ceux dont le score tombe entre 0,4 et 0,6, qui vont à une personne. L'assureur élargit cette bande entre 0,3 et 0,7. Qu'est-ce qui change ?

# %% only="assignment"
ex.show_options("k13_wider_band")

# %% nbgrader={"grade": false, "grade_id": "answer_35_cell", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
answer_35 = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "k13_wider_band", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 35: an answer that can be recorded (the grader checks it when you submit)."""
ex.require("k13_wider_band", answer_35, "valid")
### BEGIN HIDDEN TESTS
ex.require("k13_wider_band", answer_35, "right")
### END HIDDEN TESTS
