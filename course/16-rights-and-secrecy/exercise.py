# %% [markdown] lang="en" only="assignment"
# # Assignment 16: Rights, confidentiality and professional secrecy
#
# In this assignment you read from which context length the toy model gives back a whole secret, explain why a
# bigger model copies more, choose a tool for a patient's handover note, and check what you know of the
# text-and-data-mining opt-out and of rights on AI outputs. There are **5 questions**, each worth 1 point, graded
# automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A text is written in quotes: `"a"`; a set of letters in braces: `{"a", "c"}`; a whole number as it is: `4`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 16 : Droits, confidentialité et secret professionnel
#
# Dans cet exercice, vous lisez à partir de quelle longueur de contexte le modèle jouet restitue tout un secret, vous
# expliquez pourquoi un plus gros modèle copie davantage, vous choisissez un outil pour une note de transmission sur
# une patiente, et vous vérifiez ce que vous savez de l'opposition à la fouille de textes et de données et des droits
# sur les productions d'une IA. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si
#   les menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre
#   réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette
#   partie est juste. Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un texte s'écrit entre guillemets : `"a"` ; un ensemble de lettres entre accolades : `{"a", "c"}` ; un nombre
#   entier tel quel : `4`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart
#   Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Rights, confidentiality and professional secrecy: the exercise, no code needed
#
# Six toy language models (word-level n-gram models, trained live by counting) learnt a text of office notes in
# which someone pasted a fictional patient record. In this app you:
# 1. read from which context length a model gives back the whole record,
# 2. explain why a bigger model copies more of its training text,
# 3. choose a tool for a nurse's handover note, and answer two questions on rights.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.

# %% [markdown] lang="fr" only="app"
# # Droits, confidentialité et secret professionnel : l'exercice, sans code
#
# Six modèles de langage jouets (des modèles n-grammes de mots, entraînés en direct en comptant) ont appris un texte
# de notes de bureau dans lequel quelqu'un a collé un dossier de patiente fictif. Dans cette application, vous allez :
# 1. lire à partir de quelle longueur de contexte un modèle restitue tout le dossier,
# 2. expliquer pourquoi un plus gros modèle copie davantage son texte d'entraînement,
# 3. choisir un outil pour la note de transmission d'une infirmière, et répondre à deux questions sur les droits.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche
# aussitôt.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.rights_and_secrecy import questions as ex
from caire.modules.rights_and_secrecy.model import train_models
from caire.modules.rights_and_secrecy.widgets import training_table

# %% only="app"
from caire.core.app import show_question

# %% [markdown] lang="en" only="assignment"
# ## Question 1: when does the whole secret come back?
#
# The cell below trains the six toy models of the lesson (a few milliseconds) and shows their table. The last column
# says how much of the secret each model gives back when it is typed the secret's beginning. What is the **shortest
# context length** (in words) at which the model gives back the **whole** secret? Set `shortest_context` to that
# whole number, for example `shortest_context = 4`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : quand tout le secret ressort-il ?
#
# La cellule ci-dessous entraîne les six modèles jouets de la leçon (quelques millisecondes) et affiche leur tableau.
# La dernière colonne dit quelle part du secret chaque modèle restitue quand on lui tape le début du secret. Quelle
# est la **plus courte longueur de contexte** (en mots) pour laquelle le modèle restitue **tout** le secret ? Donnez
# ce nombre entier à `shortest_context`, par exemple `shortest_context = 4`.

# %% [markdown] lang="en" only="app"
# ## Question 1: when does the whole secret come back?
#
# The six toy models were trained live; the table below says how much of the secret each one gives back when it is
# typed the secret's beginning. What is the **shortest context length** (in words) at which the model gives back the
# **whole** secret? Give it with the slider.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : quand tout le secret ressort-il ?
#
# Les six modèles jouets ont été entraînés en direct ; le tableau ci-dessous dit quelle part du secret chacun
# restitue quand on lui tape le début du secret. Quelle est la **plus courte longueur de contexte** (en mots) pour
# laquelle le modèle restitue **tout** le secret ? Donnez-la avec le curseur.

# %%
models = train_models()
training_table(models)

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
shortest_context = 3
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_secret_context", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the shortest context length at which the toy gives back the whole secret."""
ex.require("q1_secret_context", shortest_context, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_secret_context", shortest_context, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: why does a bigger model copy more?
#
# In the table, the share of runs of 8 words copied from the training text grows with the context length. Why? Set
# `why_more_copies` to the letter of your choice, for example `why_more_copies = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : pourquoi un plus gros modèle copie-t-il davantage ?
#
# Dans le tableau, la part des suites de 8 mots copiées du texte d'entraînement augmente avec la longueur du
# contexte. Pourquoi ? Donnez à `why_more_copies` la lettre de votre choix, par exemple `why_more_copies = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: why does a bigger model copy more?
#
# In the table, the share of runs of 8 words copied from the training text grows with the context length. Why?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : pourquoi un plus gros modèle copie-t-il davantage ?
#
# Dans le tableau, la part des suites de 8 mots copiées du texte d'entraînement augmente avec la longueur du
# contexte. Pourquoi ?

# %% only="assignment"
ex.show_options("q2_why_longer_copies")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
why_more_copies = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_why_longer_copies", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: why a longer context makes the toy copy more of its training text."""
ex.require("q2_why_longer_copies", why_more_copies, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_why_longer_copies", why_more_copies, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: the nurse's handover note
#
# A nurse wants a shorter version of a discharge letter, which names the patient and gives the diagnosis, to hand
# over to the night team. Her hospital offers an assistant it approved for patient data, hosted under a processing
# contract; she also has a free chatbot on her phone. What should she use? Set `handover_tool` to the letter of your
# choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : la note de transmission de l'infirmière
#
# Une infirmière veut une version courte d'une lettre de sortie, qui nomme la patiente et donne le diagnostic, pour la
# transmettre à l'équipe de nuit. Son hôpital propose un assistant qu'il a autorisé pour les données des patients,
# hébergé sous contrat de sous-traitance ; elle a aussi un agent conversationnel gratuit sur son téléphone. Que
# doit-elle utiliser ? Donnez à `handover_tool` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 3: the nurse's handover note
#
# A nurse wants a shorter version of a discharge letter, which names the patient and gives the diagnosis, to hand
# over to the night team. Her hospital offers an assistant it approved for patient data, hosted under a processing
# contract; she also has a free chatbot on her phone. What should she use?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : la note de transmission de l'infirmière
#
# Une infirmière veut une version courte d'une lettre de sortie, qui nomme la patiente et donne le diagnostic, pour la
# transmettre à l'équipe de nuit. Son hôpital propose un assistant qu'il a autorisé pour les données des patients,
# hébergé sous contrat de sous-traitance ; elle a aussi un agent conversationnel gratuit sur son téléphone. Que
# doit-elle utiliser ?

# %% only="assignment"
ex.show_options("q3_nurse_handover")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
handover_tool = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_nurse_handover", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the tool for a handover note that names a patient."""
ex.require("q3_nurse_handover", handover_tool, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_nurse_handover", handover_tool, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: the text-and-data-mining opt-out
#
# Under Article 4 of Directive (EU) 2019/790, who can stop the text and data mining of a work published online, and
# how? Set `opt_out` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : l'opposition à la fouille de textes et de données
#
# D'après l'article 4 de la directive (UE) 2019/790, qui peut empêcher la fouille de textes et de données d'une œuvre
# publiée en ligne, et comment ? Donnez à `opt_out` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 4: the text-and-data-mining opt-out
#
# Under Article 4 of Directive (EU) 2019/790, who can stop the text and data mining of a work published online, and
# how?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : l'opposition à la fouille de textes et de données
#
# D'après l'article 4 de la directive (UE) 2019/790, qui peut empêcher la fouille de textes et de données d'une œuvre
# publiée en ligne, et comment ?

# %% only="assignment"
ex.show_options("q4_tdm_opt_out")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
opt_out = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_tdm_opt_out", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: who can opt out of text and data mining, and how."""
ex.require("q4_tdm_opt_out", opt_out, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_tdm_opt_out", opt_out, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: rights on inputs and outputs
#
# Which statements are right? Set `right_statements` to the set of their letters, for example
# `right_statements = {"b", "d"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : les droits sur ce qui entre et ce qui sort
#
# Quelles affirmations sont justes ? Donnez à `right_statements` l'ensemble de leurs lettres, par exemple
# `right_statements = {"b", "d"}`.

# %% [markdown] lang="en" only="app"
# ## Question 5: rights on inputs and outputs
#
# Tick every right statement.

# %% [markdown] lang="fr" only="app"
# ## Question 5 : les droits sur ce qui entre et ce qui sort
#
# Cochez chaque affirmation juste.

# %% only="assignment"
ex.show_options("q5_rights_statements")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
right_statements = {"a", "c"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_rights_statements", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the right statements about rights on inputs and outputs."""
ex.require("q5_rights_statements", right_statements, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_rights_statements", right_statements, "right")
### END HIDDEN TESTS
