# %% [markdown] lang="en" only="assignment"
# # Assignment 06: how a language model works
#
# In this assignment you judge what a counting model's high score shows, weigh a risk for customers, set a
# temperature, and decide what searching a handbook, and size, change for a language model. There are
# **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 06 : comment marche un modèle de langage
#
# Dans cet exercice, vous jugez ce que montre le score élevé d'un modèle à comptage, vous pesez un risque pour des
# clients, vous réglez une température, et vous décidez ce que changent, pour un modèle de langage, la recherche dans
# un guide et la taille. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez une fois toutes les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou
#   *Run ▸ Run All Cells* si les menus sont en anglais), puis une par une.
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez votre travail.
# - Avant de rendre votre travail, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…*
#   (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le
#   début qui est noté.

# %% [markdown] lang="en" only="app"
# # How a language model works: the exercise, no code needed
#
# In this app you:
# 1. judge what a counting model's high score shows,
# 2. weigh a risk of training a model on customers' e-mails,
# 3. set a temperature that makes the next character predictable,
# 4. decide what an assistant that searches a handbook, and a far larger model, change.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: a short corpus of about eighty sentences written for this course.

# %% [markdown] lang="fr" only="app"
# # Comment marche un modèle de langage : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. juger ce que montre le score élevé d'un modèle à comptage,
# 2. peser un risque de l'entraînement d'un modèle sur les courriels de clients,
# 3. régler une température qui rend le caractère suivant prévisible,
# 4. décider ce que changent un assistant qui cherche dans un guide, et un modèle bien plus grand.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les données : un court corpus d'environ quatre-vingts phrases écrites pour ce cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.language_models import questions as ex
from caire.modules.language_models.widgets import counting_explorer, show_scale

# %% only="assignment"
from caire.modules.language_models.figures import plot_next
from caire.modules.language_models.model import next_counts, with_temperature

# %% only="app"
from caire.core.app import show_question
from caire.modules.language_models.widgets import temperature_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: a high score, and what it shows
#
# The counting model reads the last few characters and guesses the character that most often came next after them in
# the corpus. Move the slider to **8** characters: it guesses most of the corpus's next characters right, and writes
# the text shown under its score. What does this high score show? Set `meaning` to the letter of your choice, for
# example `meaning = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : un score élevé, et ce qu'il montre
#
# Le modèle à comptage lit les derniers caractères et devine le caractère qui venait le plus souvent après eux dans le
# corpus. Mettez le curseur à **8** caractères : il devine juste la plupart des caractères suivants du corpus, et écrit
# le texte affiché sous son score. Que montre ce score élevé ? Donnez à `meaning` la lettre de votre choix, par exemple
# `meaning = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 1: a high score, and what it shows
#
# The counting model reads the last few characters and guesses the character that most often came next after them in
# the corpus. Move the slider to **8** characters: it guesses most of the corpus's next characters right, and writes
# the text shown under its score. What does this high score show?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : un score élevé, et ce qu'il montre
#
# Le modèle à comptage lit les derniers caractères et devine le caractère qui venait le plus souvent après eux dans le
# corpus. Mettez le curseur à **8** caractères : il devine juste la plupart des caractères suivants du corpus, et écrit
# le texte affiché sous son score. Que montre ce score élevé ?

# %%
counting_explorer(context_length=1)

# %% only="assignment"
ex.show_options("q1_long_context_recites")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
meaning = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_long_context_recites", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: what the counting model's high score with 8 characters of context shows."""
ex.require("q1_long_context_recites", meaning, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_long_context_recites", meaning, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: trained on customers' e-mails
#
# A company trains a small language model further on its past support e-mails, which hold customers' names and phone
# numbers, so that it drafts replies to new e-mails. What is the risk for those customers? Set `risk` to the letter
# of your choice, for example `risk = "c"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : entraîné sur les courriels des clients
#
# Une entreprise poursuit l'entraînement d'un petit modèle de langage sur ses anciens courriels d'assistance, qui
# contiennent des noms et des numéros de téléphone de clients, pour qu'il rédige les réponses aux nouveaux courriels.
# Quel est le risque pour ces clients ? Donnez à `risk` la lettre de votre choix, par exemple `risk = "c"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: trained on customers' e-mails
#
# A company trains a small language model further on its past support e-mails, which hold customers' names and phone
# numbers, so that it drafts replies to new e-mails. What is the risk for those customers?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : entraîné sur les courriels des clients
#
# Une entreprise poursuit l'entraînement d'un petit modèle de langage sur ses anciens courriels d'assistance, qui
# contiennent des noms et des numéros de téléphone de clients, pour qu'il rédige les réponses aux nouveaux courriels.
# Quel est le risque pour ces clients ?

# %% only="assignment"
ex.show_options("q2_support_emails")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
risk = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_support_emails", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the risk for customers of a model trained further on their support e-mails."""
ex.require("q2_support_emails", risk, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_support_emails", risk, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: a temperature for a predictable model
#
# After the letter "e", the corpus gives each next character a probability (chart below, temperature 1).
# `max(with_temperature(next_counts("e"), 0.8).values())` is the probability of the most likely one at
# temperature 0.8.
#
# Set `temperature` (a number above 0) so that the most likely character after "e" gets at least **90%** of the
# probability.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : une température pour un modèle prévisible
#
# Après la lettre « e », le corpus donne une probabilité à chaque caractère suivant (graphique ci-dessous,
# température 1). `max(with_temperature(next_counts("e"), 0.8).values())` est la probabilité du plus probable à la
# température 0,8.
#
# Donnez à `temperature` une valeur (un nombre au-dessus de 0, avec un point, pas une virgule) telle que le caractère
# le plus probable après « e » reçoive au moins **90 %** de la probabilité.

# %% [markdown] lang="en" only="app"
# ## Question 3: a temperature for a predictable model
#
# The chart shows the probability of each character after the letter "e". Move the temperature: choose one at which
# the most likely character gets at least **90%** of the probability.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : une température pour un modèle prévisible
#
# Le graphique montre la probabilité de chaque caractère après la lettre « e ». Déplacez la température : choisissez-en
# une à laquelle le caractère le plus probable reçoit au moins **90 %** de la probabilité.

# %% only="assignment"
plot_next("e");

# %% only="app"
temperature_explorer("e", temperature=1.0)

# %% only="assignment"
max(with_temperature(next_counts("e"), 0.8).values())

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
temperature = 0.25
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_temperature", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: a temperature at which the most likely character after "e" gets at least 90% of the probability."""
ex.require("q3_temperature", temperature, "sharper")
### BEGIN HIDDEN TESTS
ex.require("q3_temperature", temperature, "confident")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: an assistant that searches the handbook
#
# An HR department connects an assistant to its staff handbook: for each question, a search finds passages of the
# handbook and adds them to the assistant's context window (the text it sees at once). An employee asks how many days
# of leave they get when they move house. Which statement is true? Set `handbook_answer` to the letter of your choice,
# for example `handbook_answer = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : un assistant qui cherche dans le guide
#
# Un service des ressources humaines relie un assistant à son guide du personnel : pour chaque question, une recherche
# trouve des passages du guide et les ajoute à la fenêtre de contexte de l'assistant (le texte qu'il voit d'un coup).
# Un salarié demande combien de jours de congé il a pour un déménagement. Quelle affirmation est vraie ? Donnez à
# `handbook_answer` la lettre de votre choix, par exemple `handbook_answer = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: an assistant that searches the handbook
#
# An HR department connects an assistant to its staff handbook: for each question, a search finds passages of the
# handbook and adds them to the assistant's context window (the text it sees at once). An employee asks how many days
# of leave they get when they move house. Which statement is true?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : un assistant qui cherche dans le guide
#
# Un service des ressources humaines relie un assistant à son guide du personnel : pour chaque question, une recherche
# trouve des passages du guide et les ajoute à la fenêtre de contexte de l'assistant (le texte qu'il voit d'un coup).
# Un salarié demande combien de jours de congé il a pour un déménagement. Quelle affirmation est vraie ?

# %% only="assignment"
ex.show_options("q4_handbook_assistant")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
handbook_answer = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_handbook_assistant", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: what an assistant that searches the staff handbook can and cannot guarantee."""
ex.require("q4_handbook_assistant", handbook_answer, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_handbook_assistant", handbook_answer, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: small and large
#
# The table gives the parameters of our model and of large language models, with their sources. Llama 3.1 405B has
# 405 billion parameters, tens of millions of times more than ours, and learned from 15.6 trillion tokens. What does
# that size change? Set `size_changes` to the letter of your choice, for example `size_changes = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : petit et grand
#
# Le tableau donne les paramètres de notre modèle et de grands modèles de langage, avec leurs sources. Llama 3.1 405B a
# 405 milliards de paramètres, des dizaines de millions de fois plus que le nôtre, et a appris sur 15 600 milliards de
# jetons. Que change cette taille ? Donnez à `size_changes` la lettre de votre choix, par exemple `size_changes = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: small and large
#
# The table gives the parameters of our model and of large language models, with their sources. Llama 3.1 405B has
# 405 billion parameters, tens of millions of times more than ours, and learned from 15.6 trillion tokens. What does
# that size change?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : petit et grand
#
# Le tableau donne les paramètres de notre modèle et de grands modèles de langage, avec leurs sources. Llama 3.1 405B a
# 405 milliards de paramètres, des dizaines de millions de fois plus que le nôtre, et a appris sur 15 600 milliards de
# jetons. Que change cette taille ?

# %%
show_scale()

# %% only="assignment"
ex.show_options("q5_what_size_changes")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
size_changes = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_what_size_changes", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: what a model tens of millions of times larger than ours changes, and what it does not."""
ex.require("q5_what_size_changes", size_changes, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_what_size_changes", size_changes, "right")
### END HIDDEN TESTS
