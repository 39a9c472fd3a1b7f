# %% [markdown] lang="en"
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

# %% [markdown] lang="fr"
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
from caire.app import show_question, show_submit
from caire.exercises import language_models as ex
from caire.language_models import characters_explorer, counting_explorer, show_scale, temperature_explorer

# %% [markdown] lang="en"
# ## Question 1: the vocabulary of a character model
#
# Our models read and write **characters**. Below, each different character of the corpus is listed once, with how
# many times it appears (␣ is the space, ↵ the line break). How many different characters does the corpus use?

# %% [markdown] lang="fr"
# ## Question 1 : le vocabulaire d'un modèle à caractères
#
# Nos modèles lisent et écrivent des **caractères**. Ci-dessous, chaque caractère différent du corpus est listé une
# fois, avec son nombre d'apparitions (␣ est l'espace, ↵ le saut de ligne). Combien de caractères différents le corpus
# utilise-t-il ?

# %%
characters_explorer()

# %%
show_question(ex, "q1_vocabulary_size")

# %% [markdown] lang="en"
# ## Question 2: how much must a counting model read?
#
# The counting model reads the last few characters and guesses the character that most often came next after them
# in the corpus. Move the slider: what is the **smallest** number of characters it must read to guess at least
# **90%** of the corpus's characters right?

# %% [markdown] lang="fr"
# ## Question 2 : combien un modèle à comptage doit-il lire ?
#
# Le modèle à comptage lit les derniers caractères et devine le caractère qui venait le plus souvent après eux dans le
# corpus. Déplacez le curseur : quel est le **plus petit** nombre de caractères qu'il doit lire pour deviner juste au
# moins **90 %** des caractères du corpus ?

# %%
counting_explorer(context_length=1)

# %%
show_question(ex, "q2_context_length")

# %% [markdown] lang="en"
# ## Question 3: a temperature for a predictable model
#
# The chart shows the probability of each character after the letter "e". Move the temperature: choose one at which
# the most likely character gets at least **90%** of the probability.

# %% [markdown] lang="fr"
# ## Question 3 : une température pour un modèle prévisible
#
# Le graphique montre la probabilité de chaque caractère après la lettre « e ». Déplacez la température : choisissez-en
# une à laquelle le caractère le plus probable reçoit au moins **90 %** de la probabilité.

# %%
temperature_explorer("e", temperature=1.0)

# %%
show_question(ex, "q3_temperature")

# %% [markdown] lang="en"
# ## Question 4: how a language model writes
#
# Which statement is true of a language model like the one in the lesson, or GPT-3?

# %% [markdown] lang="fr"
# ## Question 4 : comment écrit un modèle de langage
#
# Quelle affirmation est vraie d'un modèle de langage comme celui de la leçon, ou GPT-3 ?

# %%
show_question(ex, "q4_how_it_writes")

# %% [markdown] lang="en"
# ## Question 5: small and large
#
# The table gives the parameters of our model and of large language models, with their sources. How many **powers of
# ten** separate GPT-3's parameters from ours? (Divide, take the logarithm in base 10, round: 1,000 times more is 3.)

# %% [markdown] lang="fr"
# ## Question 5 : petit et grand
#
# Le tableau donne les paramètres de notre modèle et de grands modèles de langage, avec leurs sources. Combien de
# **puissances de dix** séparent les paramètres de GPT-3 des nôtres ? (Divisez, prenez le logarithme en base 10,
# arrondissez : 1 000 fois plus, c'est 3.)

# %%
show_scale()

# %%
show_question(ex, "q5_scale_gap")

# %% [markdown] lang="en"
# ## Hand in
#
# When you have answered, press **Submit my answers**: your trainer grades them with everyone else's.
# You can change an answer and submit again; the last submission counts.

# %% [markdown] lang="fr"
# ## Rendre
#
# Quand vous avez répondu, appuyez sur **Rendre mes réponses** : votre formateur les corrige avec celles des autres.
# Vous pouvez changer une réponse et rendre à nouveau ; c'est le dernier rendu qui compte.

# %%
show_submit("06-language-models")
