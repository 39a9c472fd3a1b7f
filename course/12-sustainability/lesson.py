# %% [markdown] lang="en"
# # Module 12: the energy and carbon cost of AI
#
# Training a model and using it takes electricity, and producing electricity emits greenhouse gases, more or less
# depending on the country. In this lesson you will:
#
# 1. train a family of small models of growing size, live, and estimate the energy each training uses,
# 2. draw accuracy against energy and find the models worth considering (the *Pareto front*),
# 3. pick the smallest model that is good enough,
# 4. convert energy into CO₂ with the electricity of France, Poland and other countries,
# 5. compare training with use (predictions),
# 6. scale up to large language models with the figures researchers published, and see what those figures leave
#    out.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise); the words of the course are in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 12 : le coût énergétique et carbone de l'IA
#
# Entraîner un modèle puis l'utiliser consomme de l'électricité, et produire de l'électricité émet des gaz à effet de
# serre, plus ou moins selon le pays. Dans cette leçon, vous allez :
#
# 1. entraîner en direct une famille de petits modèles de taille croissante, et estimer l'énergie de chaque
#    entraînement,
# 2. tracer l'exactitude en fonction de l'énergie et trouver les modèles qui valent la peine (le *front de Pareto*),
# 3. choisir le plus petit modèle suffisant,
# 4. convertir l'énergie en CO₂ avec l'électricité de la France, de la Pologne et d'autres pays,
# 5. comparer l'entraînement et l'usage (les prédictions),
# 6. passer aux grands modèles de langage avec les chiffres publiés par des chercheurs, et voir ce que ces chiffres
#    laissent de côté.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice) ; les mots du cours sont dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.
#
# The first cell sets the language of the charts and messages; the second loads the course's tools.

# %% [markdown] lang="fr" only="notebook"
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les
# cellules…* (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais).
#
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours.

# %% [markdown] lang="en" only="page"
# **How to use this page.** Everything on it was computed when it opened: the models are already trained, the charts
# and tables already drawn. Read it from top to bottom. Where a section has controls (sliders, a list of electricity
# grids, a box to type an energy in), the text above them says what to try, and what is shown below them changes as
# you use them. The keyboard works too: Tab moves to the next control, the arrow keys move the selected slider or
# choose in the selected list. There is nothing to install and no code to write. You cannot break anything: to start
# again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : les modèles sont déjà entraînés,
# les graphiques et les tableaux déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes (des
# curseurs, une liste de réseaux électriques, une case où taper une énergie), le texte au-dessus dit quoi essayer,
# et ce qui s'affiche en dessous change quand vous vous en servez. Le clavier fonctionne aussi : la touche Tab passe
# à la commande suivante, les flèches déplacent le curseur sélectionné ou choisissent dans la liste sélectionnée.
# Rien à installer, aucun code à écrire. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.sustainability.figures import plot_grids, plot_pareto
from caire.modules.sustainability.model import data_sweep, model_sweep
from caire.modules.sustainability.widgets import (co2_explorer, describe_inference, good_enough_explorer,
                                                  inference_explorer, runs_table, scale_table)

# %% [markdown] lang="en"
# ## 1. Why it matters at work
#
# - **Engineering.** A predictive-maintenance model is retrained every night on all the sensors of a plant. Does a
#   model ten times larger detect more faults, or does it only use ten times more energy?
# - **Business.** A customer-service assistant answers thousands of questions a day. Each answer costs little; all of
#   them together, for years, may cost more than the training.
# - **Health.** A hospital compares two tools that read scans. Both are accurate enough; one needs a large server
#   running day and night, the other runs on an ordinary computer.
# - **Public service.** An administration buying an AI service can ask the supplier for the energy and emissions of
#   training and use, and for the figures behind them, as it would for any other purchase.
#
# In each case the question is the same: **what does the extra accuracy cost, and is it worth it?**

# %% [markdown] lang="fr"
# ## 1. Pourquoi c'est important au travail
#
# - **Ingénierie.** Un modèle de maintenance prédictive est réentraîné chaque nuit sur tous les capteurs d'une usine.
#   Un modèle dix fois plus grand détecte-t-il plus de pannes, ou consomme-t-il seulement dix fois plus d'énergie ?
# - **Commerce.** Un assistant de service client répond à des milliers de questions par jour. Chaque réponse coûte
#   peu ; toutes ensemble, pendant des années, elles peuvent coûter plus que l'entraînement.
# - **Santé.** Un hôpital compare deux outils qui lisent des images médicales. Les deux sont assez exacts ; l'un a
#   besoin d'un gros serveur allumé jour et nuit, l'autre tourne sur un ordinateur ordinaire.
# - **Service public.** Une administration qui achète un service d'IA peut demander au fournisseur l'énergie et les
#   émissions de l'entraînement et de l'usage, avec les chiffres qui les fondent, comme pour tout autre achat.
#
# Dans chaque cas, la question est la même : **que coûte l'exactitude en plus, et cela en vaut-il la peine ?**

# %% [markdown] lang="en"
# ## 2. Power, energy and a few units
#
# - **Power** is how fast a device uses electricity, in **watts (W)**: a laptop under load draws a few tens of watts.
# - **Energy** is power multiplied by time. A device drawing 1 W for one second uses 1 **joule (J)**. For one hour,
#   1 **watt-hour (Wh)** = 3,600 J. A thousand of those make a **kilowatt-hour (kWh)**, the unit of electricity
#   bills; a thousand kWh make a **megawatt-hour (MWh)**.
# - **CO₂e** (CO₂-equivalent) counts all greenhouse gases as the amount of CO₂ that would warm the planet as much.
#
# So: **energy = power × time**, and **emissions = energy × carbon intensity of the electricity** (grams of CO₂e per
# kWh).

# %% [markdown] lang="fr"
# ## 2. Puissance, énergie et quelques unités
#
# - La **puissance** dit à quelle vitesse un appareil consomme de l'électricité, en **watts (W)** : un ordinateur
#   portable qui calcule tire quelques dizaines de watts.
# - L'**énergie**, c'est la puissance multipliée par le temps. Un appareil qui tire 1 W pendant une seconde consomme
#   1 **joule (J)**. Pendant une heure, 1 **wattheure (Wh)** = 3 600 J. Mille wattheures font un **kilowattheure
#   (kWh)**, l'unité des factures d'électricité ; mille kWh font un **mégawattheure (MWh)**.
# - Le **CO₂e** (équivalent CO₂) compte tous les gaz à effet de serre comme la quantité de CO₂ qui réchaufferait
#   autant la planète.
#
# Donc : **énergie = puissance × temps**, et **émissions = énergie × intensité carbone de l'électricité** (grammes de
# CO₂e par kWh).

# %% [markdown] lang="en"
# ## 3. How we estimate the energy of a training
#
# Without a power meter plugged into the computer, we cannot *measure* its energy. We **estimate** it:
#
# 1. We measure the **processor time** a training uses: the seconds the processor's cores spend computing for it
#    (Python's `time.process_time`; two cores busy for one second would count as two seconds; our trainings run on
#    one core).
# 2. We multiply by an **assumed power per busy core: 15 W**. Why this figure? Intel and AMD publish a rated power
#    (the "TDP") for each processor, roughly 15 to 65 W for many laptop and desktop chips of 4 to 16 cores, that is a few
#    watts to about 15 W a core; we add a share for memory, fans and the power supply.
#
# This is an **assumption, not a measurement**. The table below also shows the result for 5 W and for 30 W a core:
# the truth is likely somewhere in that range. And the measured time itself varies a little from one run to the next
# (other programs, heat, power saving). Treat the energies as orders of magnitude, not exact figures.

# %% [markdown] lang="fr"
# ## 3. Comment nous estimons l'énergie d'un entraînement
#
# Sans wattmètre branché sur l'ordinateur, nous ne pouvons pas *mesurer* son énergie. Nous l'**estimons** :
#
# 1. Nous mesurons le **temps de processeur** d'un entraînement : les secondes que les cœurs du processeur passent à
#    calculer pour lui (`time.process_time` en Python ; deux cœurs occupés pendant une seconde compteraient deux
#    secondes ; nos entraînements tournent sur un seul cœur).
# 2. Nous le multiplions par une **puissance supposée par cœur occupé : 15 W**. Pourquoi ce chiffre ? Intel et AMD
#    publient pour chaque processeur une puissance nominale (le « TDP »), d'environ 15 à 65 W pour beaucoup de puces de
#    portables et d'ordinateurs de bureau de 4 à 16 cœurs, soit de quelques watts à environ 15 W par cœur ; nous
#    ajoutons une part pour la mémoire, les ventilateurs et l'alimentation.
#
# C'est une **hypothèse, pas une mesure**. Le tableau ci-dessous donne aussi le résultat pour 5 W et pour 30 W par
# cœur : la réalité se trouve probablement dans cet intervalle. Et le temps mesuré varie lui-même un peu d'une
# exécution à l'autre (autres programmes, chaleur, économie d'énergie). Lisez ces énergies comme des ordres de
# grandeur, pas comme des chiffres exacts.

# %% [markdown] lang="en"
# ## 4. A family of models of growing size
#
# The models learn to read handwritten digits (8 × 8 pixel images that come with the scikit-learn library: 1,257 to
# learn from, 540 kept aside to test). Each is a small neural network with one hidden layer: from 2 to 128 *hidden
# units*. More units means more numbers to learn, and more computing. The seven models are trained live below: the
# trainings take a few seconds in all.

# %% [markdown] lang="fr"
# ## 4. Une famille de modèles de taille croissante
#
# Les modèles apprennent à lire des chiffres manuscrits (des images de 8 × 8 pixels fournies avec la bibliothèque
# scikit-learn : 1 257 pour apprendre, 540 mises de côté pour le test). Chacun est un petit réseau de neurones à une
# couche cachée : de 2 à 128 *unités cachées*. Plus d'unités, c'est plus de nombres à apprendre, et plus de calcul.
# Les sept modèles sont entraînés en direct ci-dessous : les entraînements prennent quelques secondes en tout.

# %%
runs = model_sweep()
runs_table(runs)

# %% [markdown] lang="en"
# The accuracy is the same every time the models are trained (fixed random seeds); the times, and so the energies, vary
# a little. The energies are tiny, a few joules at most: a 15 W core for a few tenths of a second.

# %% [markdown] lang="fr"
# L'exactitude est la même à chaque entraînement (graines aléatoires fixées) ; les temps, et donc les
# énergies, varient un peu. Les énergies sont minuscules, quelques joules au plus : un cœur de 15 W pendant quelques
# dixièmes de seconde.

# %% [markdown] lang="en"
# ## 5. Accuracy against energy: the Pareto front
#
# Each dot is one training: its estimated energy (across, on a *log scale*: each step multiplies by 10) and its
# accuracy (up). A model is on the **Pareto front** (green line) when no other model is both cheaper and at least as
# accurate. The models off the front are never worth choosing: another one does as well for less.

# %% [markdown] lang="fr"
# ## 5. L'exactitude en fonction de l'énergie : le front de Pareto
#
# Chaque point est un entraînement : son énergie estimée (à l'horizontale, sur une *échelle logarithmique* : chaque
# graduation multiplie par 10) et son exactitude (à la verticale). Un modèle est sur le **front de Pareto** (ligne
# verte) quand aucun autre n'est à la fois moins cher et au moins aussi exact. Les modèles hors du front ne valent
# jamais la peine : un autre fait aussi bien pour moins.

# %%
plot_pareto(runs);

# %% [markdown] lang="en"
# Look at the top right: past 16 or 32 units, the energy keeps growing while the accuracy hardly moves. This pattern,
# **diminishing returns**, is common: the last percent of accuracy is often the most expensive.

# %% [markdown] lang="fr"
# Regardez en haut à droite : au-delà de 16 ou 32 unités, l'énergie continue de croître alors que l'exactitude ne
# bouge presque plus. Ce phénomène, les **rendements décroissants**, est courant : le dernier pour cent d'exactitude
# est souvent le plus cher.

# %% [markdown] lang="en"
# ## 6. More data costs energy too
#
# Now the model with 32 hidden units learns from 100, 200, 400, 800 and then all 1,257 images. The numbers next to
# the dots are the numbers of images.

# %% [markdown] lang="fr"
# ## 6. Plus de données, c'est aussi plus d'énergie
#
# Cette fois, le modèle à 32 unités cachées apprend sur 100, 200, 400, 800 puis les 1 257 images. Les nombres à côté
# des points sont les nombres d'images.

# %%
more_data = data_sweep()
plot_pareto(more_data);

# %% [markdown] lang="en"
# The energy grows about in proportion to the data (each pass reads every image), while the accuracy climbs fast at
# first and then levels off. Large models are trained on enormous amounts of text, many times over: this is where
# their energy goes.

# %% [markdown] lang="fr"
# L'énergie croît à peu près en proportion des données (chaque passage lit toutes les images), tandis que
# l'exactitude monte vite au début puis plafonne. Les grands modèles sont entraînés sur d'énormes quantités de texte,
# plusieurs fois : c'est là que part leur énergie.

# %% [markdown] lang="en"
# ## 7. The smallest model that is good enough
#
# Decide first **how accurate the model must be** for the job, then take the **smallest** model that gets there.
# Move the slider: the red circle marks that model, and the text says what share of the largest model's energy it
# needs.

# %% [markdown] lang="fr"
# ## 7. Le plus petit modèle suffisant
#
# Décidez d'abord **quelle exactitude il faut** pour le travail, puis prenez le **plus petit** modèle qui y arrive.
# Déplacez le curseur : le cercle rouge marque ce modèle, et le texte dit quelle part de l'énergie du plus grand
# modèle il lui faut.

# %%
good_enough_explorer(runs, start=0.9)

# %% [markdown] lang="en"
# "Good enough" is a decision for the people who know the job, not for the model: a sorting tool for post may
# accept more errors than a tool that reads medical results. Module 03 showed how to weigh what errors cost.

# %% [markdown] lang="fr"
# « Suffisant » est une décision des gens qui connaissent le métier, pas du modèle : un outil de tri du courrier peut
# accepter plus d'erreurs qu'un outil qui lit des résultats médicaux. Le module 03 a montré comment peser le coût des
# erreurs.

# %% [markdown] lang="en"
# ## 8. From energy to CO₂: the electricity matters
#
# The same kilowatt-hour emits very different amounts of CO₂e depending on how the electricity is produced. These
# are life-cycle figures for 2023 (building the plants and extracting the fuel included), from the think tank
# Ember as published by [Our World in Data](https://ourworldindata.org/grapher/carbon-intensity-electricity),
# rounded: France about 55 g of CO₂e per kWh (mostly nuclear and hydro power), Germany about 380, Poland about 660
# (mostly coal), the world average about 480.
#
# Other sources give other figures for the same country: RTE, which runs the French grid, publishes
# [éCO2mix](https://www.rte-france.com/eco2mix), which counts only the emissions of the power plants themselves and
# so gives lower figures for France. The figures also change from year to year and from hour to hour. The order of
# magnitude, a **ten-fold gap** between a low-carbon grid and a coal-heavy one, is what matters.

# %% [markdown] lang="fr"
# ## 8. De l'énergie au CO₂ : l'électricité compte
#
# Le même kilowattheure émet des quantités de CO₂e très différentes selon la façon dont l'électricité est produite.
# Voici des chiffres en cycle de vie pour 2023 (construction des centrales et extraction du combustible comprises),
# du groupe de réflexion Ember, publiés par [Our World in Data](https://ourworldindata.org/grapher/carbon-intensity-electricity),
# arrondis : France environ 55 g de CO₂e par kWh (surtout du nucléaire et de l'hydraulique), Allemagne environ 380,
# Pologne environ 660 (surtout du charbon), moyenne mondiale environ 480.
#
# D'autres sources donnent d'autres chiffres pour le même pays : RTE, le gestionnaire du réseau français, publie
# [éCO2mix](https://www.rte-france.com/eco2mix), qui ne compte que les émissions des centrales elles-mêmes et donne
# donc des chiffres plus bas pour la France. Les chiffres changent aussi d'une année et d'une heure à l'autre. C'est
# l'ordre de grandeur qui compte : un **écart de un à dix** entre un réseau bas carbone et un réseau au charbon.

# %%
plot_grids();

# %% [markdown] lang="en"
# Pick a grid and type an energy: the converter turns it into CO₂e. Try 100 kWh in France, then in Poland.

# %% [markdown] lang="fr"
# Choisissez un réseau et tapez une énergie : le convertisseur la traduit en CO₂e. Essayez 100 kWh en France, puis en
# Pologne.

# %%
co2_explorer(100, "france")

# %% [markdown] lang="en"
# ## 9. Training once, predicting every day
#
# Training happens once (or once in a while); **predictions** (also called *inference*) happen every time someone
# uses the model. Here is what one prediction of the 16-unit model costs, measured the same way:

# %% [markdown] lang="fr"
# ## 9. Entraîner une fois, prédire tous les jours
#
# L'entraînement a lieu une fois (ou de temps en temps) ; les **prédictions** (on dit aussi *inférence*) ont lieu à
# chaque utilisation du modèle. Voici ce que coûte une prédiction du modèle à 16 unités, mesurée de la même façon :

# %%
print(describe_inference(runs[3]))

# %% [markdown] lang="en"
# One prediction is nearly free; but a model used by many people answers again and again, every day, for years.
# With the sliders below, set a training energy, the energy of one prediction and the number of predictions a day:
# the text says after how many days the predictions have used as much energy as the training. For a widely used
# model it is often a matter of days or weeks: over its life, **use usually outweighs training**.

# %% [markdown] lang="fr"
# Une prédiction ne coûte presque rien ; mais un modèle utilisé par beaucoup de monde répond encore et encore, tous
# les jours, pendant des années. Avec les curseurs ci-dessous, choisissez l'énergie d'un entraînement, celle d'une
# prédiction et le nombre de prédictions par jour : le texte dit au bout de combien de jours les prédictions ont
# consommé autant d'énergie que l'entraînement. Pour un modèle très utilisé, c'est souvent une question de jours ou
# de semaines : sur sa vie, **l'usage l'emporte le plus souvent sur l'entraînement**.

# %%
inference_explorer(1000, 0.5, 10_000)

# %% [markdown] lang="en"
# What does one request to a large model cost? Luccioni et al. (2024) measured 88 models, on the same hardware (one
# A100 graphics processor), answering 1,000 requests each. On average across models, classifying a text took about
# 0.002 Wh, generating a very short text (a few words) about 0.05 Wh, and generating an image about 3 Wh, with wide
# differences between models; for the same task, a general-purpose generative model used many times more energy
# than a model made for that task. A long answer costs more than a few words, and the companies behind the most used
# assistants publish few figures: treat any single "energy per question" with care.
#
# Added up over the world, it is not small: data centres used about 415 TWh of electricity in 2024, about 1.5% of
# the world's electricity, and the International Energy Agency expects about 945 TWh by 2030, with AI as the main
# driver of the growth (IEA 2025).

# %% [markdown] lang="fr"
# Que coûte une requête à un grand modèle ? Luccioni et al. (2024) ont mesuré 88 modèles, sur le même matériel (un
# processeur graphique A100), qui répondaient chacun à 1 000 requêtes. En moyenne sur les modèles, classer un texte a
# demandé environ 0,002 Wh, produire un texte très court (quelques mots) environ 0,05 Wh, et produire une image
# environ 3 Wh, avec de grands écarts d'un modèle à l'autre ; pour la même tâche, un modèle génératif à usage général
# a consommé bien des fois plus d'énergie qu'un modèle fait pour cette tâche. Une longue réponse coûte plus que
# quelques mots, et les entreprises derrière les assistants les plus utilisés publient peu de chiffres : prenez avec
# précaution toute « énergie par question » isolée.
#
# À l'échelle du monde, ce n'est pas rien : les centres de données ont consommé environ 415 TWh d'électricité en
# 2024, environ 1,5 % de l'électricité mondiale, et l'Agence internationale de l'énergie en prévoit environ 945 TWh
# en 2030, l'IA étant le principal moteur de cette hausse (AIE 2025).

# %% [markdown] lang="en"
# ## 10. Scaling up: large language models
#
# For two large language models of about the same size, researchers have published figures for the training:
#
# - **GPT-3** (built by OpenAI, 175 billion numbers learnt): about **1,287 MWh** and about **552 tonnes of CO₂e**, on
#   a grid of about 429 g per kWh. OpenAI did not publish these figures: researchers from Google and the University
#   of California, Berkeley **estimated** them from the computing OpenAI reported and from assumptions about the
#   hardware and the data centre (Patterson et al. 2021, [arXiv:2104.10350](https://arxiv.org/abs/2104.10350)).
# - **BLOOM** (the BigScience project, 176 billion): about **433 MWh** and about **25 tonnes of CO₂e** for its final
#   training, on the Jean Zay supercomputer in France, about 57 g per kWh. These are its builders' own figures,
#   computed by members of the project from the hours the chips actually ran and their rated power (Luccioni et al.
#   2022, [arXiv:2211.02001](https://arxiv.org/abs/2211.02001)).
#
# Neither figure is a meter reading: one is an estimate made from outside, the other an estimate made from the real
# run's records, like ours in section 3. The table puts our largest model next to them: the last column says how
# many of our trainings would use as much energy.

# %% [markdown] lang="fr"
# ## 10. Changer d'échelle : les grands modèles de langage
#
# Pour deux grands modèles de langage d'à peu près la même taille, des chercheurs ont publié des chiffres sur
# l'entraînement :
#
# - **GPT-3** (construit par OpenAI, 175 milliards de nombres appris) : environ **1 287 MWh** et environ
#   **552 tonnes de CO₂e**, sur un réseau d'environ 429 g par kWh. Ce n'est pas OpenAI qui a publié ces chiffres :
#   des chercheurs de Google et de l'université de Californie à Berkeley les ont **estimés** à partir du calcul
#   déclaré par OpenAI et d'hypothèses sur le matériel et le centre de données (Patterson et al. 2021,
#   [arXiv:2104.10350](https://arxiv.org/abs/2104.10350)).
# - **BLOOM** (le projet BigScience, 176 milliards) : environ **433 MWh** et environ **25 tonnes de CO₂e** pour son
#   entraînement final, sur le supercalculateur Jean Zay en France, environ 57 g par kWh. Ce sont les chiffres de
#   ceux qui l'ont construit, calculés par des membres du projet à partir des heures de fonctionnement réelles des
#   puces et de leur puissance nominale (Luccioni et al. 2022, [arXiv:2211.02001](https://arxiv.org/abs/2211.02001)).
#
# Aucun de ces chiffres n'est un relevé de compteur : l'un est une estimation faite de l'extérieur, l'autre une
# estimation faite à partir des relevés de l'entraînement réel, comme la nôtre à la section 3. Le tableau place notre
# plus grand modèle à côté d'eux : la dernière colonne dit combien de nos entraînements consommeraient autant
# d'énergie.

# %%
scale_table(runs[-1])

# %% [markdown] lang="en"
# Same size, yet many times less CO₂e for BLOOM (the exercise asks you how many): about 3 times less energy (other
# hardware, other choices) and electricity about 7.5 times less carbon-intensive. **Where** and **how** a model is trained matter as much as its size.

# %% [markdown] lang="fr"
# Même taille, et pourtant bien des fois moins de CO₂e pour BLOOM (l'exercice vous demande combien) : environ 3 fois
# moins d'énergie (un autre matériel, d'autres choix) et une électricité environ 7,5 fois moins carbonée. **Où** et **comment** un modèle est
# entraîné comptent autant que sa taille.

# %% [markdown] lang="en"
# ## 11. What these figures leave out
#
# - **Making the hardware.** Servers and chips emit CO₂ when they are built. For BLOOM, counting the manufacturing
#   of the equipment and the machines' idle time roughly doubles the figure, to about 50 tonnes (Luccioni et al.
#   2022). The same holds for the devices we use AI on: in France, the study of ADEME and Arcep (2022) found that
#   user devices (screens, computers, phones) cause most of the environmental impact of digital technology, at
#   least two thirds whatever the indicator, and that making equipment weighs more than using it.
# - **The data centre.** Cooling, power conversion and lighting add to what the computers themselves use. The ratio
#   of the whole site's energy to the computers' energy is called the **PUE** (power usage effectiveness): 1.0
#   would mean no overhead at all.
# - **Water.** Many data centres use water for cooling, and power plants use water too (Li et al. 2023,
#   [arXiv:2304.03271](https://arxiv.org/abs/2304.03271)).
# - **Everything before the final training.** Trials, failed runs and tuning are often not counted.
# - **Use.** The published figures above are for training only; the predictions of millions of users come on top.
#
# And our own estimate left out the screen, the network and the rest of the computer.

# %% [markdown] lang="fr"
# ## 11. Ce que ces chiffres laissent de côté
#
# - **La fabrication du matériel.** Les serveurs et les puces émettent du CO₂ quand on les fabrique. Pour BLOOM,
#   compter la fabrication de l'équipement et le temps d'inactivité des machines double à peu près le chiffre, à
#   environ 50 tonnes (Luccioni et al. 2022). Il en va de même des appareils sur lesquels nous utilisons l'IA : en
#   France, l'étude de l'ADEME et de l'Arcep (2022) a montré que les terminaux des utilisateurs (écrans, ordinateurs,
#   téléphones) causent l'essentiel de l'impact environnemental du numérique, au moins les deux tiers quel que soit
#   l'indicateur, et que la fabrication des équipements pèse plus que leur utilisation.
# - **Le centre de données.** Le refroidissement, la conversion électrique et l'éclairage s'ajoutent à ce que
#   consomment les ordinateurs eux-mêmes. Le rapport entre l'énergie de tout le site et celle des ordinateurs
#   s'appelle le **PUE** (*power usage effectiveness*, indicateur d'efficacité énergétique) : 1,0 voudrait dire aucun
#   surcoût.
# - **L'eau.** Beaucoup de centres de données utilisent de l'eau pour le refroidissement, et les centrales
#   électriques aussi (Li et al. 2023, [arXiv:2304.03271](https://arxiv.org/abs/2304.03271)).
# - **Tout ce qui précède l'entraînement final.** Les essais, les entraînements ratés et les réglages sont souvent
#   oubliés.
# - **L'usage.** Les chiffres publiés ci-dessus ne concernent que l'entraînement ; les prédictions de millions
#   d'utilisateurs s'y ajoutent.
#
# Et notre propre estimation a laissé de côté l'écran, le réseau et le reste de l'ordinateur.

# %% [markdown] lang="en"
# ## 12. What you can do at work
#
# - Say first how accurate the tool must be, then choose the **smallest model that is good enough**.
# - Prefer an existing model to training a new one, and a small specialised tool to a large general one when it does
#   the job.
# - Ask suppliers for the energy and emissions of training *and* use, where the computing runs, and how the figures
#   were obtained.
# - Count the use: predictions per day × days × energy per prediction.
# - Use a shared method. In France, AFNOR Spec 2314 (2024), a free and voluntary reference for *frugal AI*, gives a
#   way to assess an AI service's environmental impact over its life cycle, and good practices; it calls a service
#   frugal only if the need for AI, rather than a less demanding solution, has been shown.

# %% [markdown] lang="fr"
# ## 12. Ce que vous pouvez faire au travail
#
# - Dites d'abord quelle exactitude l'outil doit atteindre, puis choisissez le **plus petit modèle suffisant**.
# - Préférez un modèle existant à un nouvel entraînement, et un petit outil spécialisé à un grand outil généraliste
#   quand il fait le travail.
# - Demandez aux fournisseurs l'énergie et les émissions de l'entraînement *et* de l'usage, où tournent les calculs,
#   et comment les chiffres ont été obtenus.
# - Comptez l'usage : prédictions par jour × jours × énergie par prédiction.
# - Utilisez une méthode partagée. En France, l'AFNOR Spec 2314 (2024), un référentiel gratuit et d'application
#   volontaire pour une *IA frugale*, propose une façon d'évaluer l'impact environnemental d'un service d'IA sur tout
#   son cycle de vie, et des bonnes pratiques ; il ne qualifie un service de frugal que si le besoin de recourir à
#   l'IA, plutôt qu'à une solution moins gourmande, a été démontré.

# %% [markdown] lang="en"
# ## Recap
#
# - Energy = power × time; emissions = energy × the carbon intensity of the electricity.
# - Without a meter, energy is an **estimate**: say what you assumed, and give a range.
# - Larger models and more data cost more energy, often for little extra accuracy: look at the Pareto front and pick
#   the smallest model that is good enough.
# - The same training emits about ten times more CO₂e on a coal-heavy grid than in France.
# - Over a model's life, its use often outweighs its training.
# - Published figures leave out part of the cost: manufacturing, cooling, water, trials. Check who produced a figure,
#   and whether it was measured or estimated.
#
# Now try the assignment or the app of this module.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Énergie = puissance × temps ; émissions = énergie × intensité carbone de l'électricité.
# - Sans wattmètre, l'énergie est une **estimation** : dites ce que vous avez supposé, et donnez un intervalle.
# - Les modèles plus grands et les données plus nombreuses consomment plus d'énergie, souvent pour peu d'exactitude
#   en plus : regardez le front de Pareto et choisissez le plus petit modèle suffisant.
# - Le même entraînement émet environ dix fois plus de CO₂e sur un réseau au charbon qu'en France.
# - Sur la vie d'un modèle, l'usage l'emporte souvent sur l'entraînement.
# - Les chiffres publiés laissent de côté une partie du coût : fabrication, refroidissement, eau, essais. Vérifiez qui
#   a produit un chiffre, et s'il a été mesuré ou estimé.
#
# Essayez maintenant l'exercice de ce module, dans le carnet à rendre ou dans l'application sans code.

# %% [markdown] lang="en"
# ## Sources
#
# - D. Patterson et al. (2021), "Carbon Emissions and Large Neural Network Training", arXiv preprint 2104.10350
#   (its estimates for GPT-3): <https://arxiv.org/abs/2104.10350>
# - A. S. Luccioni, S. Viguier, A.-L. Ligozat (2022), "Estimating the Carbon Footprint of BLOOM, a 176B Parameter
#   Language Model", arXiv preprint 2211.02001, published in *Journal of Machine Learning Research* 24 in 2023:
#   <https://arxiv.org/abs/2211.02001>
# - A. S. Luccioni, Y. Jernite, E. Strubell (2024), "Power Hungry Processing: Watts Driving the Cost of AI
#   Deployment?", ACM FAccT 2024: <https://arxiv.org/abs/2311.16863>, <https://doi.org/10.1145/3630106.3658542>
# - International Energy Agency (2025), *Energy and AI*, IEA: <https://www.iea.org/reports/energy-and-ai>
# - ADEME, Arcep (2022), *Évaluation de l'impact environnemental du numérique en France et analyse prospective*, as
#   summarised by Arcep (in French):
#   <https://arcep.fr/la-regulation/grands-dossiers-thematiques-transverses/lempreinte-environnementale-des-reseaux.html>
# - AFNOR, Ministry of Ecological Transition (2024), *AFNOR Spec 2314, Référentiel général pour l'IA frugale*,
#   announcement (in French):
#   <https://www.ecologie.gouv.fr/presse/publication-du-referentiel-general-lia-frugale-sattaquer-limpact-environnemental-lia>
# - Ember, Our World in Data (n.d.), *Carbon intensity of electricity generation* (life-cycle figures, 2023 used
#   here): <https://ourworldindata.org/grapher/carbon-intensity-electricity>
# - RTE (n.d.), *éCO2mix*, French electricity in real time: <https://www.rte-france.com/eco2mix>
# - P. Li, J. Yang, M. A. Islam, S. Ren (2023), "Making AI Less 'Thirsty': Uncovering and Addressing the Secret
#   Water Footprint of AI Models", arXiv preprint 2304.03271: <https://arxiv.org/abs/2304.03271>
# - E. Alpaydin, C. Kaynak (1998), "Optical Recognition of Handwritten Digits", UCI Machine Learning Repository, as
#   bundled with scikit-learn: <https://archive.ics.uci.edu/dataset/80>
#
# The 15 W per busy core is the course's assumption (section 3), not a measurement; the energies of our trainings
# are measured processor times multiplied by it.

# %% [markdown] lang="fr"
# ## Sources
#
# - D. Patterson et al. (2021), « *Carbon Emissions and Large Neural Network Training* », prépublication arXiv
#   2104.10350 (ses estimations pour GPT-3) : <https://arxiv.org/abs/2104.10350>
# - A. S. Luccioni, S. Viguier, A.-L. Ligozat (2022),
#   « *Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model* », prépublication arXiv
#   2211.02001, publiée dans le *Journal of Machine Learning Research* 24 en 2023 : <https://arxiv.org/abs/2211.02001>
# - A. S. Luccioni, Y. Jernite, E. Strubell (2024), « *Power Hungry Processing: Watts Driving the Cost of AI
#   Deployment?* », ACM FAccT 2024 : <https://arxiv.org/abs/2311.16863>, <https://doi.org/10.1145/3630106.3658542>
# - Agence internationale de l'énergie (2025), *Energy and AI* (en anglais), AIE :
#   <https://www.iea.org/reports/energy-and-ai>
# - ADEME, Arcep (2022), *Évaluation de l'impact environnemental du numérique en France et analyse prospective*,
#   présentée par l'Arcep :
#   <https://arcep.fr/la-regulation/grands-dossiers-thematiques-transverses/lempreinte-environnementale-des-reseaux.html>
# - AFNOR, ministère de la Transition écologique (2024), *AFNOR Spec 2314, Référentiel général pour l'IA frugale*,
#   communiqué de présentation :
#   <https://www.ecologie.gouv.fr/presse/publication-du-referentiel-general-lia-frugale-sattaquer-limpact-environnemental-lia>
# - Ember, Our World in Data (n.d.), *Carbon intensity of electricity generation* (en anglais ; chiffres en cycle de
#   vie, 2023 ici) : <https://ourworldindata.org/grapher/carbon-intensity-electricity>
# - RTE (n.d.), *éCO2mix*, l'électricité en France en temps réel : <https://www.rte-france.com/eco2mix>
# - P. Li, J. Yang, M. A. Islam, S. Ren (2023), « *Making AI Less 'Thirsty': Uncovering and Addressing the Secret
#   Water Footprint of AI Models* », prépublication arXiv 2304.03271 : <https://arxiv.org/abs/2304.03271>
# - E. Alpaydin, C. Kaynak (1998), « *Optical Recognition of Handwritten Digits* »,
#   *UCI Machine Learning Repository*, fourni avec scikit-learn : <https://archive.ics.uci.edu/dataset/80>
#
# Les 15 W par cœur occupé sont l'hypothèse du cours (section 3), pas une mesure ; les énergies de nos entraînements
# sont des temps de processeur mesurés multipliés par elle.
