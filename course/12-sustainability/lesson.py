# %% [markdown] lang="en"
# # Module 12: the energy and carbon cost of AI
#
# Training a model and using it takes electricity, and producing electricity emits greenhouse gases, more or less
# depending on the country. In this lesson you will:
#
# 1. train a family of small models of growing size, live, and estimate the energy each training uses,
# 2. draw accuracy against energy and find the models worth considering (the *Pareto front*),
# 3. pick the smallest model that is good enough,
# 4. convert energy into CO2 with the electricity of France, Poland and other countries,
# 5. compare training with use (predictions),
# 6. scale up to large language models with published figures, and see what those figures leave out.
#
# You do not need to know how to program. Allow about 30 minutes.
#
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.

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
# 4. convertir l'énergie en CO2 avec l'électricité de la France, de la Pologne et d'autres pays,
# 5. comparer l'entraînement et l'usage (les prédictions),
# 6. passer aux grands modèles de langage avec des chiffres publiés, et voir ce que ces chiffres laissent de côté.
#
# Nul besoin de savoir programmer. Comptez environ 30 minutes.
#
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Kernel ▸ Restart Kernel and Run All Cells*.

# %% [markdown] lang="en"
# The first cell sets the language of the charts and messages; the second loads the course's tools.

# %% [markdown] lang="fr"
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours.

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
# - **CO2e** (CO2-equivalent) counts all greenhouse gases as the amount of CO2 that would warm the planet as much.
#
# So: **energy = power × time**, and **emissions = energy × carbon intensity of the electricity** (grams of CO2e per
# kWh).

# %% [markdown] lang="fr"
# ## 2. Puissance, énergie et quelques unités
#
# - La **puissance** dit à quelle vitesse un appareil consomme de l'électricité, en **watts (W)** : un ordinateur
#   portable qui calcule tire quelques dizaines de watts.
# - L'**énergie**, c'est la puissance multipliée par le temps. Un appareil qui tire 1 W pendant une seconde consomme
#   1 **joule (J)**. Pendant une heure, 1 **wattheure (Wh)** = 3 600 J. Mille wattheures font un **kilowattheure
#   (kWh)**, l'unité des factures d'électricité ; mille kWh font un **mégawattheure (MWh)**.
# - Le **CO2e** (équivalent CO2) compte tous les gaz à effet de serre comme la quantité de CO2 qui réchaufferait
#   autant la planète.
#
# Donc : **énergie = puissance × temps**, et **émissions = énergie × intensité carbone de l'électricité** (grammes de
# CO2e par kWh).

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
# units*. More units means more numbers to learn, and more computing. Run the cell: the seven trainings take a few
# seconds in all.

# %% [markdown] lang="fr"
# ## 4. Une famille de modèles de taille croissante
#
# Les modèles apprennent à lire des chiffres manuscrits (des images de 8 × 8 pixels fournies avec la bibliothèque
# scikit-learn : 1 257 pour apprendre, 540 mises de côté pour le test). Chacun est un petit réseau de neurones à une
# couche cachée : de 2 à 128 *unités cachées*. Plus d'unités, c'est plus de nombres à apprendre, et plus de calcul.
# Exécutez la cellule : les sept entraînements prennent quelques secondes en tout.

# %%
runs = model_sweep()
runs_table(runs)

# %% [markdown] lang="en"
# The accuracy is the same every time you run the notebook (fixed random seeds); the times, and so the energies, vary
# a little. The energies are tiny, a few joules at most: a 15 W core for a few tenths of a second.

# %% [markdown] lang="fr"
# L'exactitude est la même à chaque exécution du notebook (graines aléatoires fixées) ; les temps, et donc les
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
# ## 8. From energy to CO2: the electricity matters
#
# The same kilowatt-hour emits very different amounts of CO2e depending on how the electricity is produced. These
# are life-cycle figures for 2023 (building the plants and extracting the fuel included), from the think tank
# Ember as published by [Our World in Data](https://ourworldindata.org/grapher/carbon-intensity-electricity),
# rounded: France about 55 g of CO2e per kWh (mostly nuclear and hydro power), Germany about 380, Poland about 660
# (mostly coal), the world average about 480.
#
# Other sources give other figures for the same country: RTE, which runs the French grid, publishes
# [éCO2mix](https://www.rte-france.com/eco2mix), which counts only the emissions of the power plants themselves and
# so gives lower figures for France. The figures also change from year to year and from hour to hour. The order of
# magnitude, a **ten-fold gap** between a low-carbon grid and a coal-heavy one, is what matters.

# %% [markdown] lang="fr"
# ## 8. De l'énergie au CO2 : l'électricité compte
#
# Le même kilowattheure émet des quantités de CO2e très différentes selon la façon dont l'électricité est produite.
# Voici des chiffres en cycle de vie pour 2023 (construction des centrales et extraction du combustible comprises),
# du groupe de réflexion Ember, publiés par [Our World in Data](https://ourworldindata.org/grapher/carbon-intensity-electricity),
# arrondis : France environ 55 g de CO2e par kWh (surtout du nucléaire et de l'hydraulique), Allemagne environ 380,
# Pologne environ 660 (surtout du charbon), moyenne mondiale environ 480.
#
# D'autres sources donnent d'autres chiffres pour le même pays : RTE, le gestionnaire du réseau français, publie
# [éCO2mix](https://www.rte-france.com/eco2mix), qui ne compte que les émissions des centrales elles-mêmes et donne
# donc des chiffres plus bas pour la France. Les chiffres changent aussi d'une année et d'une heure à l'autre. C'est
# l'ordre de grandeur qui compte : un **écart de un à dix** entre un réseau bas carbone et un réseau au charbon.

# %%
plot_grids();

# %% [markdown] lang="en"
# Pick a grid and type an energy: the widget converts it into CO2e. Try 100 kWh in France, then in Poland.

# %% [markdown] lang="fr"
# Choisissez un réseau et tapez une énergie : le widget la convertit en CO2e. Essayez 100 kWh en France, puis en
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
# ## 10. Scaling up: large language models
#
# Two large language models of about the same size have published figures for their training:
#
# - **GPT-3** (OpenAI, 175 billion numbers learnt): about **1,287 MWh** and about **552 tonnes of CO2e**, on a grid
#   of about 429 g per kWh (Patterson et al. 2021, [arXiv:2104.10350](https://arxiv.org/abs/2104.10350)).
# - **BLOOM** (the BigScience project, 176 billion): about **433 MWh** and about **25 tonnes of CO2e** for its final
#   training, on the Jean Zay supercomputer in France, about 57 g per kWh (Luccioni et al. 2022,
#   [arXiv:2211.02001](https://arxiv.org/abs/2211.02001)).
#
# The table puts our largest model next to them: the last column says how many of our trainings would use as much
# energy.

# %% [markdown] lang="fr"
# ## 10. Changer d'échelle : les grands modèles de langage
#
# Deux grands modèles de langage d'à peu près la même taille ont publié les chiffres de leur entraînement :
#
# - **GPT-3** (OpenAI, 175 milliards de nombres appris) : environ **1 287 MWh** et environ **552 tonnes de CO2e**, sur
#   un réseau d'environ 429 g par kWh (Patterson et al. 2021, [arXiv:2104.10350](https://arxiv.org/abs/2104.10350)).
# - **BLOOM** (le projet BigScience, 176 milliards) : environ **433 MWh** et environ **25 tonnes de CO2e** pour son
#   entraînement final, sur le supercalculateur Jean Zay en France, environ 57 g par kWh (Luccioni et al. 2022,
#   [arXiv:2211.02001](https://arxiv.org/abs/2211.02001)).
#
# Le tableau place notre plus grand modèle à côté d'eux : la dernière colonne dit combien de nos entraînements
# consommeraient autant d'énergie.

# %%
scale_table(runs[-1])

# %% [markdown] lang="en"
# Same size, yet many times less CO2e for BLOOM (the assignment asks you how many): about 3 times less energy (other
# hardware, other choices) and electricity about 7.5 times less carbon-intensive. **Where** and **how** a model is trained matter as much as its size.

# %% [markdown] lang="fr"
# Même taille, et pourtant bien des fois moins de CO2e pour BLOOM (le devoir vous demande combien) : environ 3 fois
# moins d'énergie (un autre matériel, d'autres choix) et une électricité environ 7,5 fois moins carbonée. **Où** et **comment** un modèle est
# entraîné comptent autant que sa taille.

# %% [markdown] lang="en"
# ## 11. What these figures leave out
#
# - **Making the hardware.** Servers and chips emit CO2 when they are built. For BLOOM, counting the manufacturing
#   of the equipment and the machines' idle time roughly doubles the figure, to about 50 tonnes (Luccioni et al.
#   2022).
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
# - **La fabrication du matériel.** Les serveurs et les puces émettent du CO2 quand on les fabrique. Pour BLOOM,
#   compter la fabrication de l'équipement et le temps d'inactivité des machines double à peu près le chiffre, à
#   environ 50 tonnes (Luccioni et al. 2022).
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

# %% [markdown] lang="fr"
# ## 12. Ce que vous pouvez faire au travail
#
# - Dites d'abord quelle exactitude l'outil doit atteindre, puis choisissez le **plus petit modèle suffisant**.
# - Préférez un modèle existant à un nouvel entraînement, et un petit outil spécialisé à un grand outil généraliste
#   quand il fait le travail.
# - Demandez aux fournisseurs l'énergie et les émissions de l'entraînement *et* de l'usage, où tournent les calculs,
#   et comment les chiffres ont été obtenus.
# - Comptez l'usage : prédictions par jour × jours × énergie par prédiction.

# %% [markdown] lang="en"
# ## Recap
#
# - Energy = power × time; emissions = energy × the carbon intensity of the electricity.
# - Without a meter, energy is an **estimate**: say what you assumed, and give a range.
# - Larger models and more data cost more energy, often for little extra accuracy: look at the Pareto front and pick
#   the smallest model that is good enough.
# - The same training emits about ten times more CO2e on a coal-heavy grid than in France.
# - Over a model's life, its use often outweighs its training.
# - Published figures leave out part of the cost: manufacturing, cooling, water, trials.
#
# Now try the assignment or the app of this module.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Énergie = puissance × temps ; émissions = énergie × intensité carbone de l'électricité.
# - Sans wattmètre, l'énergie est une **estimation** : dites ce que vous avez supposé, et donnez un intervalle.
# - Les modèles plus grands et les données plus nombreuses consomment plus d'énergie, souvent pour peu d'exactitude
#   en plus : regardez le front de Pareto et choisissez le plus petit modèle suffisant.
# - Le même entraînement émet environ dix fois plus de CO2e sur un réseau au charbon qu'en France.
# - Sur la vie d'un modèle, l'usage l'emporte souvent sur l'entraînement.
# - Les chiffres publiés laissent de côté une partie du coût : fabrication, refroidissement, eau, essais.
#
# Essayez maintenant le devoir ou l'application de ce module.
