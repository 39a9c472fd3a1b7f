# %% [markdown] lang="en" only="assignment"
# # Assignment 12: the energy and carbon cost of AI
#
# In this assignment you convert a training's energy into CO₂e, pick the smallest model that is good enough, compare
# training with use, and read the figures researchers published for two large language models. There are
# **5 questions**, each worth
# 1 point, graded automatically. No answer depends on a measured time: the numbers you need are given, or come from
# accuracies that are the same at every run.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A number is written without spaces or units, with a point for decimals: `12.5`. A text is written in quotes:
#   `"h8"`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 12 : le coût énergétique et carbone de l'IA
#
# Dans cet exercice, vous convertissez en CO₂e l'énergie d'un entraînement, vous choisissez le plus petit modèle
# suffisant, vous comparez l'entraînement et l'usage, et vous lisez les chiffres publiés par des chercheurs pour deux
# grands modèles de langage. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement. Aucune réponse ne dépend d'un temps
# mesuré : les nombres nécessaires sont donnés, ou viennent d'exactitudes identiques à chaque exécution.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les
#   menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un nombre s'écrit sans espace ni unité, avec un point pour les décimales : `12.5`. Un texte s'écrit entre
#   guillemets : `"h8"`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
#   and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # The energy and carbon cost of AI: the exercise, no code needed
#
# Training and using a model takes electricity, and electricity emits more or less CO₂ depending on the country.
# In this app you:
# 1. convert a training's energy into CO₂e on the French grid, and compare with other countries,
# 2. pick the smallest model that is good enough, from a family trained live,
# 3. compare training with use, and read the figures researchers published for two large language models.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# Energies measured on this computer are estimates (processor time × an assumed 15 W per busy core) and vary a
# little from run to run; no answer depends on them.

# %% [markdown] lang="fr" only="app"
# # Le coût énergétique et carbone de l'IA : l'exercice, sans code
#
# Entraîner et utiliser un modèle consomme de l'électricité, et l'électricité émet plus ou moins de CO₂ selon le pays.
# Dans cette application, vous allez :
# 1. convertir en CO₂e l'énergie d'un entraînement sur le réseau français, et comparer avec d'autres pays,
# 2. choisir le plus petit modèle suffisant, dans une famille entraînée en direct,
# 3. comparer l'entraînement et l'usage, et lire les chiffres publiés par des chercheurs pour deux grands modèles de
#    langage.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les énergies mesurées sur cet ordinateur sont des estimations (temps de processeur × 15 W supposés par cœur occupé)
# et varient un peu d'une exécution à l'autre ; aucune réponse n'en dépend.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.sustainability import questions as ex

# %% only="assignment"
from caire.modules.sustainability.figures import plot_grids
from caire.modules.sustainability.model import model_sweep
from caire.modules.sustainability.widgets import runs_table

# %% only="app"
from caire.core.app import show_question
from caire.modules.sustainability.figures import plot_grids
from caire.modules.sustainability.model import model_sweep
from caire.modules.sustainability.widgets import co2_explorer, good_enough_explorer, inference_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: a training's CO₂e in France
#
# A team trains a model on servers in France; the training uses **400 kWh**. With the chart's figure for France
# (about 55 g of CO₂e per kWh), how many **kilograms** of CO₂e does the training emit? Set `co2_france_kg` to that
# number (1 kg = 1,000 g). For comparison, work out the same figure for Poland too.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : le CO₂e d'un entraînement en France
#
# Une équipe entraîne un modèle sur des serveurs en France ; l'entraînement consomme **400 kWh**. Avec le chiffre du
# graphique pour la France (environ 55 g de CO₂e par kWh), combien de **kilogrammes** de CO₂e l'entraînement
# émet-il ? Donnez ce nombre à `co2_france_kg` (1 kg = 1 000 g). Pour comparer, calculez aussi ce chiffre pour la
# Pologne.

# %% [markdown] lang="en" only="app"
# ## Question 1: a training's CO₂e in France
#
# A team trains a model on servers in France; the training uses **400 kWh**. The chart gives the carbon intensity of
# each country's electricity (grams of CO₂e per kWh, 2023, Ember via Our World in Data). Try the converter below with
# France, then Poland. How many **kilograms** of CO₂e does the training emit in France?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : le CO₂e d'un entraînement en France
#
# Une équipe entraîne un modèle sur des serveurs en France ; l'entraînement consomme **400 kWh**. Le graphique donne
# l'intensité carbone de l'électricité de chaque pays (grammes de CO₂e par kWh, 2023, Ember via Our World in Data).
# Essayez le convertisseur ci-dessous avec la France, puis la Pologne. Combien de **kilogrammes** de CO₂e
# l'entraînement émet-il en France ?

# %%
plot_grids();

# %% only="app"
co2_explorer(10, "poland")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
co2_france_kg = 400 * 55 / 1000
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_training_co2_france", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: kilograms of CO2e emitted by a 400 kWh training on the French grid."""
ex.require("q1_training_co2_france", co2_france_kg, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_training_co2_france", co2_france_kg, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: the smallest model that is good enough
#
# The cell below trains the family of digit readers of the lesson (a few seconds) and lists them. The job needs at
# least **92%** of the unseen digits read right. Which model would you choose: the one with the **fewest numbers to
# learn** that reaches 92%? Set `chosen_model` to its name, for example `"h8"` for 8 hidden units.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : le plus petit modèle suffisant
#
# La cellule ci-dessous entraîne la famille de lecteurs de chiffres de la leçon (quelques secondes) et les liste. Le
# travail demande au moins **92 %** de chiffres jamais vus lus correctement. Quel modèle choisiriez-vous : celui qui a
# **le moins de nombres à apprendre** et atteint 92 % ? Donnez son nom à `chosen_model`, par exemple `"h8"` pour
# 8 unités cachées.

# %% [markdown] lang="en" only="app"
# ## Question 2: the smallest model that is good enough
#
# Seven small networks of growing size learnt to read handwritten digits (trained live, a few seconds). Each dot is
# one model: its estimated training energy across, its accuracy on 540 unseen digits up. Move the slider to see the
# smallest model for each need. The job needs at least **92%** right: which model do you choose?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : le plus petit modèle suffisant
#
# Sept petits réseaux de taille croissante ont appris à lire des chiffres manuscrits (entraînés en direct, quelques
# secondes). Chaque point est un modèle : l'énergie estimée de son entraînement à l'horizontale, son exactitude sur
# 540 chiffres jamais vus à la verticale. Déplacez le curseur pour voir le plus petit modèle selon le besoin. Le
# travail demande au moins **92 %** de bonnes réponses : quel modèle choisissez-vous ?

# %% only="assignment"
runs = model_sweep()
runs_table(runs)

# %% only="app"
runs = model_sweep()
good_enough_explorer(runs, start=0.8)

# %% only="assignment"
ex.show_options("q2_smallest_digit_model")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
chosen_model = "h16"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_smallest_digit_model", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the smallest model whose accuracy on the unseen digits reaches 92%."""
ex.require("q2_smallest_digit_model", chosen_model, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_smallest_digit_model", chosen_model, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: training against use
#
# A model took **600 kWh** to train. Once in use, each prediction uses about **0.2 Wh**, and it makes **50,000
# predictions a day**. After how many **days** have the predictions used as much energy as the training? Set
# `inference_days` to that number (1 kWh = 1,000 Wh).

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : l'entraînement face à l'usage
#
# Un modèle a demandé **600 kWh** pour son entraînement. Une fois en service, chaque prédiction consomme environ
# **0,2 Wh**, et il fait **50 000 prédictions par jour**. Au bout de combien de **jours** les prédictions ont-elles
# consommé autant d'énergie que l'entraînement ? Donnez ce nombre à `inference_days` (1 kWh = 1 000 Wh).

# %% [markdown] lang="en" only="app"
# ## Question 3: training against use
#
# A model took **600 kWh** to train. Once in use, each prediction uses about **0.2 Wh**, and it makes **50,000
# predictions a day**. Explore with the sliders (they start elsewhere on purpose). After how many **days** have the
# predictions used as much energy as the training?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : l'entraînement face à l'usage
#
# Un modèle a demandé **600 kWh** pour son entraînement. Une fois en service, chaque prédiction consomme environ
# **0,2 Wh**, et il fait **50 000 prédictions par jour**. Explorez avec les curseurs (ils partent exprès d'ailleurs).
# Au bout de combien de **jours** les prédictions ont-elles consommé autant d'énergie que l'entraînement ?

# %% only="app"
inference_explorer(100, 1, 1000)

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
inference_days = 600 / (0.2 * 50_000 / 1000)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_inference_days", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: days of predictions that use as much energy as the training."""
ex.require("q3_inference_days", inference_days, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_inference_days", inference_days, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: two large models, two grids
#
# GPT-3 and BLOOM have about the same size (175 and 176 billion numbers learnt). Figures published for their
# training (for GPT-3, an estimate by other researchers; for BLOOM, its builders' own):
#
# | model | energy | CO₂e | grid |
# |---|---|---|---|
# | GPT-3 (Patterson et al. 2021) | about 1,287 MWh | about 552 t | about 429 g/kWh |
# | BLOOM (Luccioni et al. 2022) | about 433 MWh | about 24.7 t | about 57 g/kWh (France) |
#
# How many times more CO₂e did GPT-3's training emit than BLOOM's? Set `co2_ratio` to that number (rounded to a
# whole number is fine).

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : deux grands modèles, deux réseaux
#
# GPT-3 et BLOOM ont à peu près la même taille (175 et 176 milliards de nombres appris). Chiffres publiés pour leur
# entraînement (pour GPT-3, une estimation par d'autres chercheurs ; pour BLOOM, ceux de ses constructeurs) :
#
# | modèle | énergie | CO₂e | réseau |
# |---|---|---|---|
# | GPT-3 (Patterson et al. 2021) | environ 1 287 MWh | environ 552 t | environ 429 g/kWh |
# | BLOOM (Luccioni et al. 2022) | environ 433 MWh | environ 24,7 t | environ 57 g/kWh (France) |
#
# Combien de fois plus de CO₂e l'entraînement de GPT-3 a-t-il émis que celui de BLOOM ? Donnez ce nombre à
# `co2_ratio` (arrondi à l'unité, c'est bien).

# %% [markdown] lang="en" only="app"
# ## Question 4: two large models, two grids
#
# GPT-3 and BLOOM have about the same size (175 and 176 billion numbers learnt). Figures published for their training
# (for GPT-3, an estimate by other researchers; for BLOOM, its builders' own):
#
# | model | energy | CO₂e | grid |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | about 1,287 MWh | about 552 t | about 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | about 433 MWh | about 24.7 t | about 57 g/kWh (France) |
#
# How many times more CO₂e did GPT-3's training emit than BLOOM's?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : deux grands modèles, deux réseaux
#
# GPT-3 et BLOOM ont à peu près la même taille (175 et 176 milliards de nombres appris). Chiffres publiés pour leur
# entraînement (pour GPT-3, une estimation par d'autres chercheurs ; pour BLOOM, ceux de ses constructeurs) :
#
# | modèle | énergie | CO₂e | réseau |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | environ 1 287 MWh | environ 552 t | environ 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | environ 433 MWh | environ 24,7 t | environ 57 g/kWh (France) |
#
# Combien de fois plus de CO₂e l'entraînement de GPT-3 a-t-il émis que celui de BLOOM ?

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
co2_ratio = 552 / 24.7
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_gpt3_vs_bloom", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: how many times more CO2e GPT-3's training emitted than BLOOM's."""
ex.require("q4_gpt3_vs_bloom", co2_ratio, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_gpt3_vs_bloom", co2_ratio, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: over a model's life
#
# A model is trained once, then answers millions of requests a day for several years. Over its whole life, what
# usually weighs most in its energy use? Set `life_energy` to the letter of your choice, for example
# `life_energy = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : sur la vie d'un modèle
#
# Un modèle est entraîné une fois, puis répond à des millions de requêtes par jour pendant plusieurs années. Sur
# toute sa vie, qu'est-ce qui pèse le plus souvent le plus lourd dans sa consommation d'énergie ? Donnez à
# `life_energy` la lettre de votre choix, par exemple `life_energy = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: over a model's life
#
# A model is trained once, then answers millions of requests a day for several years. Over its whole life, what
# usually weighs most in its energy use?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : sur la vie d'un modèle
#
# Un modèle est entraîné une fois, puis répond à des millions de requêtes par jour pendant plusieurs années. Sur toute
# sa vie, qu'est-ce qui pèse le plus souvent le plus lourd dans sa consommation d'énergie ?

# %% only="assignment"
ex.show_options("q5_life_energy")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
life_energy = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_life_energy", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: what usually weighs most over the life of a widely used model."""
ex.require("q5_life_energy", life_energy, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_life_energy", life_energy, "right")
### END HIDDEN TESTS
