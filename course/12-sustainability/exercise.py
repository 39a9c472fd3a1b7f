# %% [markdown] lang="en" only="assignment"
# # Assignment 12: the energy and carbon cost of AI
#
# In this assignment you decide what cuts a training's CO₂e most, pick the smallest model that is good enough, choose
# a tool for a job that runs every day, judge a footprint figure in a supplier's offer, and compare training with use.
# There are **5 questions**, each worth 1 point, graded automatically. No answer depends on a measured time: the
# numbers you need are given, or come from accuracies that are the same at every run.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A text is written in quotes: `"h8"`, `"a"`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 12 : le coût énergétique et carbone de l'IA
#
# Dans cet exercice, vous décidez ce qui réduit le plus le CO₂e d'un entraînement, vous choisissez le plus petit
# modèle suffisant, vous choisissez un outil pour un travail qui tourne chaque jour, vous jugez un chiffre d'empreinte
# dans l'offre d'un fournisseur, et vous comparez l'entraînement et l'usage. Il y a **5 questions**, chacune sur
# 1 point, corrigées automatiquement. Aucune réponse ne dépend d'un temps mesuré : les nombres nécessaires sont donnés,
# ou viennent d'exactitudes identiques à chaque exécution.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les
#   menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un texte s'écrit entre guillemets : `"h8"`, `"a"`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
#   and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # The energy and carbon cost of AI: the exercise, no code needed
#
# Training and using a model takes electricity, and electricity emits more or less CO₂ depending on the country.
# In this app you:
# 1. decide which change cuts a training's CO₂e most, and check it with a converter,
# 2. pick the smallest model that is good enough, from a family trained live,
# 3. choose a tool for a job that runs every day, judge a supplier's footprint figure, and compare training with use.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# Energies measured on this computer are estimates (processor time × an assumed 15 W per busy core) and vary a
# little from run to run; no answer depends on them.

# %% [markdown] lang="fr" only="app"
# # Le coût énergétique et carbone de l'IA : l'exercice, sans code
#
# Entraîner et utiliser un modèle consomme de l'électricité, et l'électricité émet plus ou moins de CO₂ selon le pays.
# Dans cette application, vous allez :
# 1. décider quel changement réduit le plus le CO₂e d'un entraînement, et le vérifier avec un convertisseur,
# 2. choisir le plus petit modèle suffisant, dans une famille entraînée en direct,
# 3. choisir un outil pour un travail qui tourne chaque jour, juger le chiffre d'empreinte d'un fournisseur, et
#    comparer l'entraînement et l'usage.
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
# ## Question 1: what cuts the CO₂e most?
#
# A maintenance team retrains its fault-detection model every month on servers in Poland (about 660 g of CO₂e per
# kWh); each training uses about 400 kWh. It can make one change this year. Which change cuts the CO₂e of its
# trainings the most? The chart gives the carbon intensity of each country's
# electricity. Set `cut_emissions` to the letter of your choice, for example `cut_emissions = "b"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : qu'est-ce qui réduit le plus le CO₂e ?
#
# Une équipe de maintenance réentraîne chaque mois son modèle de détection de pannes sur des serveurs en Pologne
# (environ 660 g de CO₂e par kWh) ; chaque entraînement consomme environ 400 kWh. Elle peut faire un seul changement
# cette année. Lequel réduit le plus le CO₂e de ses entraînements ? Le graphique donne l'intensité carbone
# de l'électricité de chaque pays. Donnez à `cut_emissions` la lettre de votre choix, par exemple `cut_emissions = "b"`.

# %% [markdown] lang="en" only="app"
# ## Question 1: what cuts the CO₂e most?
#
# A maintenance team retrains its fault-detection model every month on servers in Poland (about 660 g of CO₂e per
# kWh); each training uses about 400 kWh. It can make one change this year. Which change cuts the CO₂e of its
# trainings the most?
#
# The chart gives the carbon intensity of each country's electricity (grams of CO₂e per kWh, 2023, Ember via Our World
# in Data). Make your guess, then check it with the converter below: type 400 kWh and change the grid.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : qu'est-ce qui réduit le plus le CO₂e ?
#
# Une équipe de maintenance réentraîne chaque mois son modèle de détection de pannes sur des serveurs en Pologne
# (environ 660 g de CO₂e par kWh) ; chaque entraînement consomme environ 400 kWh. Elle peut faire un seul changement
# cette année. Lequel réduit le plus le CO₂e de ses entraînements ?
#
# Le graphique donne l'intensité carbone de l'électricité de chaque pays (grammes de CO₂e par kWh, 2023, Ember via Our
# World in Data). Faites votre choix, puis vérifiez-le avec le convertisseur ci-dessous : tapez 400 kWh et changez de
# réseau.

# %%
plot_grids();

# %% only="app"
co2_explorer(10, "poland")

# %% only="assignment"
ex.show_options("q1_cut_emissions")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
cut_emissions = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_cut_emissions", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the change that cuts the CO2e of a monthly training in Poland the most."""
ex.require("q1_cut_emissions", cut_emissions, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_cut_emissions", cut_emissions, "right")
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
# ## Question 3: sorting customer emails
#
# A retailer receives about 200,000 customer emails a day and wants an AI to sort them into five queues (orders,
# returns, complaints...). The team hesitates between a general-purpose chat assistant that reads each email and a
# small model made for sorting texts; on a test of 1,000 of its emails, both sort about as well. Which is the better
# choice for the energy, over years of use? Set `email_sorter` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : trier les courriels des clients
#
# Un commerçant reçoit environ 200 000 courriels de clients par jour et veut qu'une IA les trie en cinq files
# (commandes, retours, réclamations...). L'équipe hésite entre un agent conversationnel généraliste qui lit chaque
# courriel et un petit modèle fait pour trier des textes ; sur un test de 1 000 de ses courriels, les deux trient à peu
# près aussi bien. Quel est le meilleur choix pour l'énergie, sur des années d'usage ? Donnez à `email_sorter` la
# lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 3: sorting customer emails
#
# A retailer receives about 200,000 customer emails a day and wants an AI to sort them into five queues (orders,
# returns, complaints...). The team hesitates between a general-purpose chat assistant that reads each email and a
# small model made for sorting texts; on a test of 1,000 of its emails, both sort about as well. Which is the better
# choice for the energy, over years of use?
#
# To get a feel for the amounts, the sliders below start at 200,000 predictions a day and 0.05 Wh each (about what
# generating a very short text took, on average, in Luccioni et al. 2024). Try 0.002 Wh (classifying a text, in the
# same study) and watch the energy a day.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : trier les courriels des clients
#
# Un commerçant reçoit environ 200 000 courriels de clients par jour et veut qu'une IA les trie en cinq files
# (commandes, retours, réclamations...). L'équipe hésite entre un agent conversationnel généraliste qui lit chaque
# courriel et un petit modèle fait pour trier des textes ; sur un test de 1 000 de ses courriels, les deux trient à peu
# près aussi bien. Quel est le meilleur choix pour l'énergie, sur des années d'usage ?
#
# Pour vous faire une idée des quantités, les curseurs ci-dessous partent de 200 000 prédictions par jour à 0,05 Wh
# chacune (à peu près ce que demandait, en moyenne, la génération d'un texte très court dans Luccioni et al. 2024).
# Essayez 0,002 Wh (classer un texte, dans la même étude) et regardez l'énergie par jour.

# %% only="app"
inference_explorer(1000, 0.05, 200_000)

# %% only="assignment"
ex.show_options("q3_sorting_emails")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
email_sorter = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_sorting_emails", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the better tool, for the energy, to sort a retailer's emails every day."""
ex.require("q3_sorting_emails", email_sorter, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_sorting_emails", email_sorter, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: a footprint figure in an offer
#
# A town hall is buying an AI service to answer residents' questions. A supplier writes in its offer: "Training our
# model emitted 25 t of CO₂e, twenty times less than GPT-3's 552 t: ours is the green choice." For reference, the
# figures published for the training of two models of about the same size (175 and 176 billion numbers learnt; for
# GPT-3, an estimate by other researchers, for BLOOM, its builders' own):
#
# | model | energy | CO₂e | grid |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | about 1,287 MWh | about 552 t | about 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | about 433 MWh | about 24.7 t | about 57 g/kWh (France) |
#
# What should the buyer do with the supplier's figure? Set `buyer_should` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : un chiffre d'empreinte dans une offre
#
# Une mairie achète un service d'IA pour répondre aux questions des habitants. Un fournisseur écrit dans son offre :
# « L'entraînement de notre modèle a émis 25 t de CO₂e, vingt fois moins que les 552 t de GPT-3 : c'est le choix
# vert. » Pour comparer, les chiffres publiés pour l'entraînement de deux modèles à peu près de même taille (175 et
# 176 milliards de nombres appris ; pour GPT-3, une estimation par d'autres chercheurs, pour BLOOM, ceux de ses
# constructeurs) :
#
# | modèle | énergie | CO₂e | réseau |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | environ 1 287 MWh | environ 552 t | environ 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | environ 433 MWh | environ 24,7 t | environ 57 g/kWh (France) |
#
# Que doit faire l'acheteur du chiffre du fournisseur ? Donnez à `buyer_should` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 4: a footprint figure in an offer
#
# A town hall is buying an AI service to answer residents' questions. A supplier writes in its offer: "Training our
# model emitted 25 t of CO₂e, twenty times less than GPT-3's 552 t: ours is the green choice." For reference, the
# figures published for the training of two models of about the same size (175 and 176 billion numbers learnt; for
# GPT-3, an estimate by other researchers, for BLOOM, its builders' own):
#
# | model | energy | CO₂e | grid |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | about 1,287 MWh | about 552 t | about 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | about 433 MWh | about 24.7 t | about 57 g/kWh (France) |
#
# What should the buyer do with the supplier's figure?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : un chiffre d'empreinte dans une offre
#
# Une mairie achète un service d'IA pour répondre aux questions des habitants. Un fournisseur écrit dans son offre :
# « L'entraînement de notre modèle a émis 25 t de CO₂e, vingt fois moins que les 552 t de GPT-3 : c'est le choix
# vert. » Pour comparer, les chiffres publiés pour l'entraînement de deux modèles à peu près de même taille (175 et
# 176 milliards de nombres appris ; pour GPT-3, une estimation par d'autres chercheurs, pour BLOOM, ceux de ses
# constructeurs) :
#
# | modèle | énergie | CO₂e | réseau |
# |---|---|---|---|
# | GPT-3 ([Patterson et al. 2021](https://arxiv.org/abs/2104.10350)) | environ 1 287 MWh | environ 552 t | environ 429 g/kWh |
# | BLOOM ([Luccioni et al. 2022](https://arxiv.org/abs/2211.02001)) | environ 433 MWh | environ 24,7 t | environ 57 g/kWh (France) |
#
# Que doit faire l'acheteur du chiffre du fournisseur ?

# %% only="assignment"
ex.show_options("q4_supplier_claim")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
buyer_should = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_supplier_claim", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: what a buyer should do with a supplier's training footprint figure."""
ex.require("q4_supplier_claim", buyer_should, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_supplier_claim", buyer_should, "right")
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
