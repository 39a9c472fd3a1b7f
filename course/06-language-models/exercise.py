# %% [markdown] lang="en" only="assignment"
# # Assignment 06: how a language model works
#
# In this assignment you count tokens, find how much a counting model must read to predict well, set a temperature,
# and compare our tiny model with GPT-3. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 06 : comment marche un modèle de langage
#
# Dans cet exercice, vous comptez des jetons, vous cherchez combien un modèle à comptage doit lire pour bien prédire,
# vous réglez une température, et vous comparez notre minuscule modèle à GPT-3. Il y a **5 questions**, chacune sur
# 1 point, corrigées automatiquement.
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
# 1. count the tokens a character model knows,
# 2. find how many characters a counting model must read to predict well,
# 3. set a temperature that makes the next character predictable,
# 4. decide how a language model writes, and compare our tiny model with GPT-3.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: a short corpus of about eighty sentences written for this course.

# %% [markdown] lang="fr" only="app"
# # Comment marche un modèle de langage : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. compter les jetons que connaît un modèle à caractères,
# 2. trouver combien de caractères un modèle à comptage doit lire pour bien prédire,
# 3. régler une température qui rend le caractère suivant prévisible,
# 4. décider comment écrit un modèle de langage, et comparer notre minuscule modèle à GPT-3.
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

# %% only="assignment"
import math
from caire.modules.language_models.data import load_corpus, vocabulary
from caire.modules.language_models.figures import plot_next
from caire.modules.language_models.model import counting_accuracy, model_parameters, next_counts, with_temperature

# %% only="app"
from caire.core.app import show_question
from caire.modules.language_models.widgets import characters_explorer, counting_explorer, show_scale, temperature_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: the vocabulary of a character model
#
# Our models read and write **characters**. Their vocabulary is the list of the different characters of the
# corpus: each letter (capitals apart), each digit and punctuation mark, the space and the line break.
# `set(load_corpus())` is the set of the different characters of the corpus; `len(...)` counts the items of a set.
#
# Set `vocabulary_size` to the number of different characters in the corpus.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : le vocabulaire d'un modèle à caractères
#
# Nos modèles lisent et écrivent des **caractères**. Leur vocabulaire est la liste des caractères différents du
# corpus : chaque lettre (majuscules et lettres accentuées à part), chaque chiffre et signe de ponctuation, l'espace
# et le saut de ligne. `set(load_corpus())` est l'ensemble des caractères différents du corpus ; `len(...)` compte les
# éléments d'un ensemble.
#
# Donnez à `vocabulary_size` le nombre de caractères différents du corpus.

# %% [markdown] lang="en" only="app"
# ## Question 1: the vocabulary of a character model
#
# Our models read and write **characters**. Below, each different character of the corpus is listed once, with how
# many times it appears (␣ is the space, ↵ the line break). How many different characters does the corpus use?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : le vocabulaire d'un modèle à caractères
#
# Nos modèles lisent et écrivent des **caractères**. Ci-dessous, chaque caractère différent du corpus est listé une
# fois, avec son nombre d'apparitions (␣ est l'espace, ↵ le saut de ligne). Combien de caractères différents le corpus
# utilise-t-il ?

# %% only="assignment"
print(sorted(set(load_corpus())))

# %% only="app"
characters_explorer()

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
vocabulary_size = len(set(load_corpus()))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_vocabulary_size", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the number of different characters in the corpus."""
ex.require("q1_vocabulary_size", vocabulary_size, "close")
### BEGIN HIDDEN TESTS
ex.require("q1_vocabulary_size", vocabulary_size, "exact")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: how much must a counting model read?
#
# The counting model reads the last few characters and guesses the character that most often came next after them
# in the corpus. `counting_accuracy(2)` is the share of the corpus's characters it guesses right when it reads 2.
#
# Set `context_length` to the **smallest** number of characters it must read to guess at least **90%** right.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : combien un modèle à comptage doit-il lire ?
#
# Le modèle à comptage lit les derniers caractères et devine le caractère qui venait le plus souvent après eux dans
# le corpus. `counting_accuracy(2)` est la part des caractères du corpus qu'il devine juste quand il en lit 2.
#
# Donnez à `context_length` le **plus petit** nombre de caractères qu'il doit lire pour deviner juste au moins
# **90 %**.

# %% [markdown] lang="en" only="app"
# ## Question 2: how much must a counting model read?
#
# The counting model reads the last few characters and guesses the character that most often came next after them
# in the corpus. Move the slider: what is the **smallest** number of characters it must read to guess at least
# **90%** of the corpus's characters right?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : combien un modèle à comptage doit-il lire ?
#
# Le modèle à comptage lit les derniers caractères et devine le caractère qui venait le plus souvent après eux dans le
# corpus. Déplacez le curseur : quel est le **plus petit** nombre de caractères qu'il doit lire pour deviner juste au
# moins **90 %** des caractères du corpus ?

# %% only="assignment"
counting_accuracy(2)

# %% only="app"
counting_explorer(context_length=1)

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
context_length = next(length for length in range(11) if counting_accuracy(length) >= 0.90)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_context_length", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the fewest characters the counting model must read to guess at least 90% of the corpus right."""
ex.require("q2_context_length", context_length, "reaches")
### BEGIN HIDDEN TESTS
ex.require("q2_context_length", context_length, "smallest")
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
# ## Question 4: how a language model writes
#
# Which statement is true of a language model like the one in the lesson, or GPT-3? Set `statement` to the letter of
# your choice, for example `statement = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : comment écrit un modèle de langage
#
# Quelle affirmation est vraie d'un modèle de langage comme celui de la leçon, ou GPT-3 ? Donnez à `statement` la
# lettre de votre choix, par exemple `statement = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: how a language model writes
#
# Which statement is true of a language model like the one in the lesson, or GPT-3?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : comment écrit un modèle de langage
#
# Quelle affirmation est vraie d'un modèle de langage comme celui de la leçon, ou GPT-3 ?

# %% only="assignment"
ex.show_options("q4_how_it_writes")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
statement = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_how_it_writes", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the true statement about how a language model writes."""
ex.require("q4_how_it_writes", statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_how_it_writes", statement, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: small and large
#
# `model_parameters()` is the number of parameters of the lesson's neural model. GPT-3 has 175 billion
# (175,000,000,000, written `175e9`; Brown et al., 2020).
#
# How many **powers of ten** separate them? Divide GPT-3's parameters by ours, take the logarithm in base 10 and round
# it to the nearest whole number (for example, 1,000 times more is 3 powers of ten). Set `powers_of_ten` to that
# number. You may compute it: `math.log10(x)` is the logarithm of `x` in base 10, and `round(...)` rounds a number.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : petit et grand
#
# `model_parameters()` est le nombre de paramètres du modèle neuronal de la leçon. GPT-3 en a 175 milliards
# (175 000 000 000, qui s'écrit `175e9` ; Brown et al., 2020).
#
# Combien de **puissances de dix** les séparent ? Divisez les paramètres de GPT-3 par les nôtres, prenez le logarithme
# en base 10 et arrondissez-le au nombre entier le plus proche (par exemple, 1 000 fois plus, c'est 3 puissances de
# dix). Donnez ce nombre à `powers_of_ten`. Vous pouvez le calculer : `math.log10(x)` est le logarithme de `x` en
# base 10, et `round(...)` arrondit un nombre.

# %% [markdown] lang="en" only="app"
# ## Question 5: small and large
#
# The table gives the parameters of our model and of large language models, with their sources. How many **powers of
# ten** separate GPT-3's parameters from ours? (Divide, take the logarithm in base 10, round: 1,000 times more is 3.)

# %% [markdown] lang="fr" only="app"
# ## Question 5 : petit et grand
#
# Le tableau donne les paramètres de notre modèle et de grands modèles de langage, avec leurs sources. Combien de
# **puissances de dix** séparent les paramètres de GPT-3 des nôtres ? (Divisez, prenez le logarithme en base 10,
# arrondissez : 1 000 fois plus, c'est 3.)

# %% only="assignment"
model_parameters()

# %% only="app"
show_scale()

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
powers_of_ten = round(math.log10(175e9 / model_parameters()))
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_scale_gap", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the powers of ten between GPT-3's parameters and our model's."""
ex.require("q5_scale_gap", powers_of_ten, "close")
### BEGIN HIDDEN TESTS
ex.require("q5_scale_gap", powers_of_ten, "exact")
### END HIDDEN TESTS
