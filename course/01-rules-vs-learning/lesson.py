# %% [markdown] lang="en"
# # Module 01: what is AI? Rules versus learning
#
# In this lesson you will:
#
# 1. write a rule by hand that recognises a wine's grape variety from lab measurements,
# 2. watch the computer **learn** rules of the same kind from examples, in a few milliseconds,
# 3. compare the two on wines that neither you nor the computer have seen before.
#
# Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise). The course's words are
# in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 01 : qu'est-ce que l'IA ? Des règles ou de l'apprentissage
#
# Dans cette leçon, vous allez :
#
# 1. écrire à la main une règle qui reconnaît le cépage d'un vin à partir de mesures de laboratoire,
# 2. regarder l'ordinateur **apprendre** des règles du même genre à partir d'exemples, en quelques millisecondes,
# 3. comparer les deux sur des vins que ni vous ni l'ordinateur n'avez jamais vus.
#
# Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice). Les mots du cours sont
# dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# You do not need to know how to program: you run cells, change a number here and there, and move sliders.
#
# **How to use this notebook.** The grey boxes are *code cells*. Click in one and press **Shift + Enter**
# to run it: its result appears just below. Run the cells in order, from top to bottom. You cannot break
# anything: a cell can always be run again. If something looks wrong, use
# *Kernel ▸ Restart Kernel and Run All Cells* to start again from the top.

# %% [markdown] lang="fr" only="notebook"
# Nul besoin de savoir programmer : vous exécutez des cellules, vous changez un nombre par-ci par-là
# et vous déplacez des curseurs.
#
# **Mode d'emploi.** Les cases grises sont des *cellules de code*. Cliquez dans l'une d'elles et appuyez sur
# **Maj + Entrée** pour l'exécuter : le résultat s'affiche juste en dessous. Exécutez les cellules dans l'ordre,
# de haut en bas. Vous ne pouvez rien casser : une cellule peut toujours être relancée. Si quelque chose
# ne va pas, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
# and Run All Cells* si les menus sont en anglais) pour tout reprendre depuis le début.

# %% [markdown] lang="en" only="page"
# You do not need to know how to program: you move sliders, tick boxes and press buttons.
#
# **How to use this page.** There is nothing to install, type or run: the page computed everything when it
# opened, and the tables, charts and scores below are live. Under some charts are controls (sliders, tick boxes,
# buttons): move a slider or press a button, and what is right next to it changes within a second or two. Read from
# top to bottom. You cannot break anything: to start again, reload the page. With the keyboard, the Tab key moves
# from one control to the next and the arrow keys move a slider.

# %% [markdown] lang="fr" only="page"
# Nul besoin de savoir programmer : vous déplacez des curseurs, vous cochez des cases et vous appuyez sur des
# boutons.
#
# **Mode d'emploi.** Rien à installer, à taper ni à exécuter : la page a tout calculé à son ouverture, et les
# tableaux, graphiques et scores ci-dessous sont vivants. Sous certains graphiques se trouvent des commandes (curseurs,
# cases à cocher, boutons) : déplacez un curseur ou appuyez sur un bouton, et ce qui se trouve juste à côté change en
# une ou deux secondes. Lisez de haut en bas. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.
# Au clavier, la touche Tab passe d'une commande à la suivante et les flèches déplacent un curseur.

# %% [markdown] lang="en" only="notebook"
# The first cell sets the language of the charts and messages; the second loads the course's tools and the wines
# of section 2, and makes charts appear in the notebook.

# %% [markdown] lang="fr" only="notebook"
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours et
# les vins de la section 2, et fait apparaître les graphiques dans le notebook.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
import matplotlib.pyplot as plt

from caire import decimal, percent
from caire.modules.rules_vs_learning.data import load_wines
from caire.modules.rules_vs_learning.model import one_threshold_rule_accuracy, train_tree
from caire.modules.rules_vs_learning.figures import plot_measurement, plot_rule_map, plot_tree_map
from caire.modules.rules_vs_learning.widgets import (
    custom_tree_trainer,
    rule_and_tree,
    rule_explorer,
    threshold_explorer,
    tree_trainer,
)

wines = load_wines()

# %% [markdown] lang="en"
# ## 1. What "AI" means in this course
#
# Most software follows **rules written by a person**. Someone decides "if an expense is over €1,000,
# a manager must approve it", and a programmer types that rule in. The software does exactly what the rule
# says, nothing more, nothing less.
#
# In this course, **AI** means software whose behaviour is **learned from examples** rather than written out
# as rules by a person. Building software this way is called **machine learning**. The idea of computers that
# "learn without being explicitly programmed" is usually attributed to Arthur Samuel, an IBM researcher, and his
# 1959 paper on a program that learned to play checkers.

# %% [markdown] lang="fr"
# ## 1. Ce que « IA » veut dire dans ce cours
#
# La plupart des logiciels suivent des **règles écrites par une personne**. Quelqu'un décide « au-delà de
# 1 000 €, une note de frais doit être validée par un responsable », et un programmeur saisit cette règle.
# Le logiciel fait exactement ce que dit la règle, ni plus ni moins.
#
# Dans ce cours, l'**IA** désigne un logiciel dont le comportement est **appris à partir d'exemples**,
# au lieu d'être écrit sous forme de règles par une personne. Construire ainsi un logiciel à partir d'exemples
# s'appelle l'**apprentissage automatique** (en anglais *machine learning*). L'idée d'ordinateurs qui
# « apprennent sans être explicitement programmés » est habituellement attribuée à Arthur Samuel, chercheur chez
# IBM, et à son article de 1959 sur un programme qui apprenait à jouer aux dames.

# %% [markdown] lang="en"
# Four words come back all through the course:
#
# - **Rule**: an instruction of the form "if ..., then ...". For example: "if the proline is at least 1000,
#   then the wine is cultivar 0".
# - **Model**: what makes the decision for a new case. It can be a set of rules written by a person,
#   or something the computer built from examples.
# - **Training**: the step where the computer builds a model from **examples whose answer is known**
#   (here: wines whose grape variety the lab knows).
# - **Test on unseen data**: checking the model on examples that were **kept aside**, never used to write the
#   rules or to train. It is the only honest way to know how it will do on new cases, like an exam whose
#   questions the student has never seen.

# %% [markdown] lang="fr"
# Quatre mots vont revenir tout au long du cours :
#
# - **Règle** : une consigne de la forme « si ..., alors ... ». Par exemple : « si la proline vaut au moins 1000,
#   alors le vin est du cépage 0 ».
# - **Modèle** : ce qui prend la décision pour un nouveau cas. Ce peut être un ensemble de règles écrites par
#   une personne, ou quelque chose que l'ordinateur a construit à partir d'exemples.
# - **Entraînement** : l'étape où l'ordinateur construit un modèle à partir d'**exemples dont on connaît la réponse**
#   (ici : des vins dont le laboratoire connaît le cépage).
# - **Test sur des données jamais vues** : vérifier le modèle sur des exemples **mis de côté**, qui n'ont servi
#   ni à écrire les règles ni à entraîner. C'est la seule façon honnête de savoir comment il se comportera face à
#   de nouveaux cas, comme un examen dont l'élève n'a jamais vu les questions.

# %% [markdown] lang="en"
# **What the law says** (state of the law on {{law.as_of}}). The European Union's AI Act (Regulation (EU)
# 2024/1689) draws the same line: an *AI system* **infers**, from the input it receives, how to produce outputs
# such as predictions, content, recommendations or decisions (Article 3(1)); systems that only apply rules defined
# by people are not covered (recital 12).
#
# <details><summary>Going further: the legal definition, word for word</summary>
#
# The legal definition is broader than ours: it also covers, for example, some systems that reason from knowledge
# written down by experts.
#
# Article 3(1): an *AI system* is "a machine-based system that is designed to operate with varying levels of autonomy
# and that may exhibit adaptiveness after deployment, and that, for explicit or implicit objectives, infers,
# from the input it receives, how to generate outputs such as predictions, content, recommendations, or decisions
# that can influence physical or virtual environments".
#
# </details>

# %% [markdown] lang="fr"
# **Ce que dit la loi** (état du droit au {{law.as_of}}). Le règlement européen sur l'intelligence artificielle
# (règlement (UE) 2024/1689) trace la même frontière : un *système d'IA* **déduit**, à partir des entrées qu'il
# reçoit, la manière de produire des sorties telles que des prédictions, du contenu, des recommandations ou des
# décisions (article 3, point 1) ; les systèmes qui ne font qu'appliquer des règles définies par des personnes n'en
# font pas partie (considérant 12).
#
# <details><summary>Pour aller plus loin : la définition juridique, mot pour mot</summary>
#
# La définition juridique est plus large que la nôtre : elle couvre aussi, par exemple, certains systèmes qui
# raisonnent à partir de connaissances formalisées par des experts.
#
# Article 3, point 1 : un *système d'IA* est « un système automatisé qui est conçu pour
# fonctionner à différents niveaux d'autonomie et peut faire preuve d'une capacité d'adaptation après son
# déploiement, et qui, pour des objectifs explicites ou implicites, déduit, à partir des entrées qu'il reçoit,
# la manière de générer des sorties telles que des prédictions, du contenu, des recommandations ou des décisions
# qui peuvent influencer les environnements physiques ou virtuels ».
#
# </details>

# %% [markdown] lang="en"
# ## 2. The task: which grape variety made this wine?
#
# A lab analysed 178 wines from the same region of Italy, made from three grape varieties
# (**cultivars**, numbered 0, 1 and 2). For each wine it measured 13 things: alcohol, colour intensity,
# a substance called proline, and so on. Question: **can we tell the cultivar from the measurements alone?**
#
# The same kind of question comes up at work: a quality inspector checking that a wine is what its label says,
# a lab sorting samples, a factory telling good parts from faulty ones from sensor readings.
#
# The data are the classic "Wine" data set (Forina et al., 1988), which comes with the scikit-learn software:
# nothing is downloaded. They are already split in two: **124 training wines**, to write rules and to learn from,
# and **54 unseen wines**, kept aside for the test.

# %% [markdown] lang="fr"
# ## 2. La tâche : de quel cépage vient ce vin ?
#
# Un laboratoire a analysé 178 vins d'une même région d'Italie, issus de trois **cépages** (numérotés 0, 1 et 2).
# Pour chaque vin, il a mesuré 13 choses : l'alcool, l'intensité de la couleur, une substance appelée proline, etc.
# La question : **peut-on reconnaître le cépage à partir des seules mesures ?**
#
# On retrouve ce genre de question au travail : un inspecteur qui vérifie qu'un vin est bien ce qu'annonce
# son étiquette, un laboratoire qui trie des échantillons, une usine qui distingue les pièces bonnes des pièces
# défectueuses à partir des relevés de ses capteurs.
#
# Les données sont le jeu de données classique « Wine » (Forina et al., 1988), fourni avec le logiciel
# scikit-learn : rien n'est téléchargé. Elles sont déjà coupées en deux : **124 vins d'entraînement**, pour écrire
# des règles et pour apprendre, et **54 vins jamais vus**, mis de côté pour le test.

# %% only="notebook"
len(wines.train), len(wines.test)

# %% [markdown] lang="en"
# Here are 8 of the training wines: one row per wine, one column per measurement, and in the last column the
# cultivar, which the lab knows. The number on the left of each row is just the wine's number in the data set.

# %% [markdown] lang="fr"
# Voici 8 des vins d'entraînement : une ligne par vin, une colonne par mesure et, dans la dernière colonne,
# le cépage, que le laboratoire connaît. Le nombre à gauche de chaque ligne est simplement le numéro du vin
# dans le jeu de données. Les noms des colonnes restent en anglais, comme dans le jeu de données : `alcohol` (alcool),
# `malic_acid` (acide malique), `color_intensity` (intensité de la couleur), `flavanoids` (flavonoïdes),
# `proline`, etc.

# %%
wines.train.X.assign(cultivar=wines.train.y).head(8)

# %% [markdown] lang="en"
# A table of numbers is hard to read. Let us look at one measurement at a time. The chart shows the **proline**
# of the 124 training wines, one colour per cultivar: each bar counts the wines that have about that much proline.

# %% [markdown] lang="fr"
# Un tableau de nombres se lit mal. Regardons une mesure à la fois. Le graphique montre la **proline**
# des 124 vins d'entraînement, une couleur par cépage : chaque barre compte les vins qui ont à peu près
# cette quantité de proline.

# %%
plot_measurement("proline");

# %% [markdown] lang="en"
# What do you see? Most cultivar 0 wines have far more proline than the others. Cultivars 1 and 2 overlap:
# proline alone cannot tell them apart. And a few wines of each cultivar sit where the others are.

# %% [markdown] lang="fr"
# Que voyez-vous ? La plupart des vins du cépage 0 ont bien plus de proline que les autres. Les cépages 1 et 2
# se chevauchent : la proline seule ne permet pas de les distinguer. Et quelques vins de chaque cépage se trouvent
# là où sont les autres.

# %% [markdown] lang="en"
# ## 3. Write a rule by hand
#
# Your first rule answers a single question, "cultivar 0 or not?":
#
# > **if proline ≥ threshold, then cultivar 0; otherwise, another cultivar.**

# %% [markdown] lang="fr"
# Votre première règle répond à une seule question, « cépage 0 ou pas ? » :
#
# > **si proline ≥ seuil, alors cépage 0 ; sinon, un autre cépage.**

# %% [markdown] lang="en" only="notebook"
# The cell below draws the threshold as a dashed line and prints two scores: the share of **training wines**
# for which the rule is right, then the same on the **unseen wines**.

# %% [markdown] lang="fr" only="notebook"
# La cellule ci-dessous trace le seuil en pointillés et affiche deux scores : la part des **vins d'entraînement**
# que la règle classe correctement, puis la même chose pour les **vins jamais vus**.

# %% only="notebook"
threshold = 1000

plot_measurement("proline", threshold=threshold)
on_training_wines = one_threshold_rule_accuracy(threshold, split="train")
on_unseen_wines = one_threshold_rule_accuracy(threshold, split="test")
print(percent(on_training_wines), " / ", percent(on_unseen_wines))

# %% [markdown] lang="en" only="notebook"
# **Your turn.** Replace `1000` with another threshold and run the cell again (Shift + Enter). Where should the
# line go to get the most wines right? Do the two scores always move together?

# %% [markdown] lang="fr" only="notebook"
# **À vous.** Remplacez `1000` par un autre seuil et relancez la cellule (Maj + Entrée). Où placer la ligne
# pour classer correctement le plus de vins possible ? Les deux scores bougent-ils toujours ensemble ?

# %% [markdown] lang="en" only="page"
# The chart draws the threshold as a dashed line, and above it are two scores: the share of **training wines** for
# which the rule is right, then the same on the **unseen wines**. The slider sets the threshold, from 300 to 1700.
#
# **Your turn.** Move the slider (or click it and use the arrow keys). Where should the line go to get the most
# wines right? Do the two scores always move together?

# %% [markdown] lang="fr" only="page"
# Le graphique trace le seuil en pointillés et, au-dessus, deux scores : la part des **vins d'entraînement** que la
# règle classe correctement, puis la même chose pour les **vins jamais vus**. Le curseur règle le seuil, de 300
# à 1700.
#
# **À vous.** Déplacez le curseur (ou cliquez dessus et utilisez les flèches du clavier). Où placer la ligne pour
# classer correctement le plus de vins possible ? Les deux scores bougent-ils toujours ensemble ?

# %% only="page"
threshold_explorer()

# %% [markdown] lang="en"
# ### A rule in two steps
#
# To tell all three cultivars apart we need a second question, about a second measurement. The **flavanoids**
# separate cultivar 1 (rather high) from cultivar 2 (low). The rule becomes:
#
# 1. if proline ≥ A, then cultivar 0;
# 2. otherwise, if flavanoids ≥ B, then cultivar 1;
# 3. otherwise, cultivar 2.
#
# Move the two sliders to choose A and B. On the map, each dot is a training wine (proline across, flavanoids
# up), coloured by its real cultivar; the shaded areas show what **your rule** decides. A dot on a shade of
# another colour is a mistake. Your two scores are shown above the map.

# %% [markdown] lang="fr"
# ### Une règle en deux temps
#
# Pour distinguer les trois cépages, il faut une deuxième question, sur une deuxième mesure. Les **flavonoïdes**
# séparent le cépage 1 (plutôt élevés) du cépage 2 (bas). La règle devient :
#
# 1. si proline ≥ A, alors cépage 0 ;
# 2. sinon, si flavonoïdes ≥ B, alors cépage 1 ;
# 3. sinon, cépage 2.
#
# Déplacez les deux curseurs pour choisir A et B. Sur la carte, chaque point est un vin d'entraînement
# (la proline à l'horizontale, les flavonoïdes à la verticale), coloré selon son vrai cépage ; les zones teintées
# montrent ce que décide **votre règle**. Un point posé sur une teinte d'une autre couleur est une erreur.
# Vos deux scores s'affichent au-dessus de la carte.

# %%
rule_explorer()

# %% [markdown] lang="en" only="notebook"
# Take a few minutes to find your best pair of thresholds. Then write them in the cell below, in place of
# `750` and `1.5`, and run it: we will compare your rule with the computer's in a moment.

# %% [markdown] lang="fr" only="notebook"
# Prenez quelques minutes pour trouver votre meilleure paire de seuils. Puis écrivez-les dans la cellule
# ci-dessous, à la place de `750` et `1.5` (avec un point, pas une virgule), et exécutez-la : nous comparerons
# bientôt votre règle à celle de l'ordinateur.

# %% [markdown] lang="en" only="page"
# Take a few minutes to find your best pair of thresholds, and note them down: in a moment you will set them again,
# next to the rule the computer finds.

# %% [markdown] lang="fr" only="page"
# Prenez quelques minutes pour trouver votre meilleure paire de seuils, et notez-les : dans un instant, vous les
# réglerez à nouveau, à côté de la règle que trouve l'ordinateur.

# %% only="notebook"
my_proline_min = 750
my_flavanoids_min = 1.5

# %% [markdown] lang="en"
# ### Where rules break down
#
# - **The overlap.** Some wines sit in the middle of another cultivar's dots. Whatever thresholds you choose,
#   a few wines end up on the wrong side.
# - **Tuning by hand is slow.** Two sliders are manageable. With 13 measurements, and rules of a dozen steps,
#   trying combinations by hand would take days.
# - **Training wines are not new wines.** You probably noticed that the score on the unseen wines is lower.
#   Thresholds polished on the training wines also fit their quirks, and new wines do not share those quirks.
# - **New situations.** If the lab started receiving wines from another region, or from a new vintage, nobody
#   knows whether your thresholds still hold. Someone would have to study the data again and rewrite the rule.
#
# <details><summary>Going further: expert systems, the rule-based AI of the 1980s</summary>
#
# For years, this is how "intelligent" software was built. In the 1980s, **expert systems** held hundreds or
# thousands of if-then rules written by hand with specialists, for example to configure computer orders at
# Digital Equipment Corporation (XCON). They worked in narrow fields, but became hard to maintain as rules piled up.
#
# </details>

# %% [markdown] lang="fr"
# ### Là où les règles atteignent leurs limites
#
# - **Le chevauchement.** Certains vins se trouvent au milieu des points d'un autre cépage. Quels que soient
#   vos seuils, quelques vins tombent du mauvais côté.
# - **Régler à la main prend du temps.** Deux curseurs, ça va. Avec 13 mesures et des règles en une douzaine
#   d'étapes, essayer les combinaisons à la main prendrait des jours.
# - **Les vins d'entraînement ne sont pas de nouveaux vins.** Vous l'avez sans doute remarqué : le score sur les
#   vins jamais vus est plus bas. Des seuils peaufinés sur les vins d'entraînement collent aussi à leurs
#   particularités, que les nouveaux vins ne partagent pas.
# - **Les situations nouvelles.** Si le laboratoire recevait des vins d'une autre région, ou d'un nouveau millésime,
#   personne ne sait si vos seuils tiendraient encore. Il faudrait réétudier les données et réécrire la règle.
#
# <details><summary>Pour aller plus loin : les systèmes experts, l'IA à base de règles des années 1980</summary>
#
# Pendant des années, c'est ainsi qu'on a construit des logiciels « intelligents ». Dans les années 1980, les
# **systèmes experts** rassemblaient des centaines ou des milliers de règles « si ... alors ... » écrites à la main
# avec des spécialistes, par exemple pour configurer les commandes d'ordinateurs chez Digital Equipment Corporation
# (XCON). Ils fonctionnaient dans des domaines étroits, mais devenaient difficiles à maintenir à mesure que
# les règles s'accumulaient.
#
# </details>

# %% [markdown] lang="en"
# ## 4. Let the computer learn the rules
#
# Same task, but this time the computer chooses the thresholds. The model is a **decision tree**: a set of
# if-then questions, like your rule. During training, at each step, it tries the possible thresholds on each
# measurement it is allowed to use and keeps the one that best separates the cultivars of the training wines.
# Its **depth** is how many questions in a row it may ask: depth 2 means two, like your rule.

# %% [markdown] lang="fr"
# ## 4. Laisser l'ordinateur apprendre les règles
#
# Même tâche, mais cette fois c'est l'ordinateur qui choisit les seuils. Le modèle est un **arbre de décision** :
# un ensemble de questions « si ... alors ... », comme votre règle. Pendant l'entraînement, à chaque étape, il essaie
# les seuils possibles sur chaque mesure qu'il a le droit d'utiliser, et garde celui qui sépare le mieux les
# cépages des vins d'entraînement. Sa **profondeur** est le nombre de questions successives qu'il peut poser :
# une profondeur 2 signifie deux questions, comme votre règle.

# %% [markdown] lang="en" only="notebook"
# The cell below trains a depth-2 tree **live**, on the same 124 wines and the same two measurements as you.
# It prints how long training took, in milliseconds (thousandths of a second), then its two scores, as for your
# rule: training wines / unseen wines.

# %% [markdown] lang="fr" only="notebook"
# La cellule ci-dessous entraîne **en direct** un arbre de profondeur 2, sur les mêmes 124 vins et les deux mêmes
# mesures que vous. Elle affiche la durée de l'entraînement en millisecondes (millièmes de seconde), puis ses deux
# scores, comme pour votre règle : vins d'entraînement / vins jamais vus.

# %% [markdown] lang="en" only="page"
# When this page opened, it trained a depth-2 tree **live**, on the same 124 wines and the same two measurements as
# you. Below: how long training took, in milliseconds (thousandths of a second), then its two scores, as for your
# rule: training wines / unseen wines.

# %% [markdown] lang="fr" only="page"
# À l'ouverture de cette page, un arbre de profondeur 2 a été entraîné **en direct**, sur les mêmes 124 vins et les
# deux mêmes mesures que vous. Ci-dessous : la durée de l'entraînement en millisecondes (millièmes de seconde), puis
# ses deux scores, comme pour votre règle : vins d'entraînement / vins jamais vus.

# %%
tree = train_tree(2, measurements=["proline", "flavanoids"])
print(decimal(tree.train_seconds * 1000, 1), "ms")
print(percent(tree.train_accuracy), " / ", percent(tree.test_accuracy))

# %% [markdown] lang="en" only="notebook"
# Your rule on the left, the tree on the right, on the same map of the training wines:

# %% [markdown] lang="fr" only="notebook"
# Votre règle à gauche, l'arbre à droite, sur la même carte des vins d'entraînement :

# %% [markdown] lang="en" only="page"
# Set the two sliders to your best pair of thresholds. Your rule is on the left, the tree on the right, on the same
# map of the training wines, and the scores of both are above the maps.

# %% [markdown] lang="fr" only="page"
# Réglez les deux curseurs sur votre meilleure paire de seuils. Votre règle est à gauche, l'arbre à droite, sur la
# même carte des vins d'entraînement, et les scores des deux s'affichent au-dessus des cartes.

# %% only="page"
rule_and_tree(tree)

# %% only="notebook"
figure, (left, right) = plt.subplots(1, 2, figsize=(13, 4.5), layout="constrained")
plot_rule_map(my_proline_min, my_flavanoids_min, ax=left)
plot_tree_map(tree, ax=right);

# %% [markdown] lang="en"
# And here is what the tree learned, written out as rules. Each `|---` line is a question; the lines indented
# below it are what happens next. `<=` means "at most", and `class` is the tree's answer.

# %% [markdown] lang="fr"
# Et voici ce que l'arbre a appris, écrit sous forme de règles. Chaque ligne `|---` est une question ; les lignes
# en retrait en dessous disent ce qui se passe ensuite. `<=` signifie « au plus », et `class` est la réponse
# de l'arbre.

# %%
print(tree.as_rules())

# %% [markdown] lang="en"
# Compare with your rule. The tree found, **by itself**, a proline threshold and a flavanoids threshold, probably
# close to yours, in a few milliseconds, where you needed several minutes. It also asks one question your rule
# could not ask: among the wines with a lot of proline, it checks the flavanoids again, which catches a couple of
# cultivar 2 wines that a rule like yours calls cultivar 0.
#
# Nobody told the tree that proline matters, or where to cut. It found that in the examples. That is what
# "learning" means here.

# %% [markdown] lang="fr"
# Comparez avec votre règle. L'arbre a trouvé **tout seul** un seuil de proline et un seuil de flavonoïdes,
# sans doute proches des vôtres, en quelques millisecondes, là où il vous a fallu plusieurs minutes.
# Il pose aussi une question que votre règle ne pouvait pas poser : parmi les vins riches en proline, il regarde
# à nouveau les flavonoïdes, ce qui rattrape deux ou trois vins du cépage 2 qu'une règle comme la vôtre classe
# en cépage 0.
#
# Personne n'a dit à l'arbre que la proline comptait, ni où couper. Il l'a trouvé dans les exemples.
# C'est ce qu'« apprendre » veut dire ici.

# %% [markdown] lang="en"
# ### All 13 measurements
#
# You chose to look at 2 measurements out of 13. A tree can be given all 13 and work out which ones help.
# Choose a depth, press **Train the tree**, and read the training time, the two scores and the rules.
# Try several depths, from 1 to 6.

# %% [markdown] lang="fr"
# ### Les 13 mesures
#
# Vous avez choisi de regarder 2 mesures sur 13. On peut donner les 13 à un arbre et le laisser trouver
# celles qui servent. Choisissez une profondeur, appuyez sur **Entraîner l'arbre**, puis lisez la durée
# d'entraînement, les deux scores et les règles. Essayez plusieurs profondeurs, de 1 à 6.

# %%
tree_trainer()

# %% [markdown] lang="en"
# What to notice:
#
# - Training still takes milliseconds, even with all 13 measurements.
# - The tree uses only a few of the 13 measurements: it leaves out those that do not help.
# - As the depth grows, the score on the training wines climbs to 100%. The score on the unseen wines does not
#   follow: past a certain depth it stops improving, or even drops. A tree that is perfect on its training
#   wines has partly learned them **by heart**, quirks included. This is called **overfitting**.
# - Beyond a certain depth nothing changes any more: once the tree gets every training wine right,
#   it has no reason to ask more questions.

# %% [markdown] lang="fr"
# À remarquer :
#
# - L'entraînement prend toujours quelques millisecondes, même avec les 13 mesures.
# - L'arbre n'utilise que quelques-unes des 13 mesures : il laisse de côté celles qui n'aident pas.
# - Quand la profondeur augmente, le score sur les vins d'entraînement grimpe jusqu'à 100 %. Le score sur les vins
#   jamais vus ne suit pas : au-delà d'une certaine profondeur, il cesse de s'améliorer, voire baisse. Un arbre
#   parfait sur ses vins d'entraînement les a en partie appris **par cœur**, particularités comprises.
#   C'est ce qu'on appelle le **surapprentissage**.
# - Au-delà d'une certaine profondeur, plus rien ne change : une fois que l'arbre classe correctement tous les
#   vins d'entraînement, il n'a plus de raison de poser d'autres questions.

# %% [markdown] lang="en"
# ## 5. Try it yourself

# %% [markdown] lang="fr"
# ## 5. À vous de jouer

# %% [markdown] lang="en" only="notebook"
# In the cell below, change the depth (a whole number from 1 to 10) or the list of measurements, then run it
# again. Write the measurement names as in the table, in quotes, separated by commas. The 13 names are:
# `alcohol`, `malic_acid`, `ash`, `alcalinity_of_ash`, `magnesium`, `total_phenols`, `flavanoids`,
# `nonflavanoid_phenols`, `proanthocyanins`, `color_intensity`, `hue`, `od280_od315`, `proline`.
# The printed rules spell them out in plain words, for example "colour intensity" for `color_intensity`.
#
# If a question leads to the same answer on both sides, it is not a bug: that question sorted the training wines
# a little more cleanly, even though the final answer does not change.

# %% [markdown] lang="fr" only="notebook"
# Dans la cellule ci-dessous, changez la profondeur (un nombre entier de 1 à 10) ou la liste des mesures, puis
# relancez-la. Écrivez les noms des mesures comme dans le tableau, entre guillemets, séparés par des virgules.
# Les 13 noms sont : `alcohol`, `malic_acid`, `ash`, `alcalinity_of_ash`, `magnesium`, `total_phenols`,
# `flavanoids`, `nonflavanoid_phenols`, `proanthocyanins`, `color_intensity`, `hue`, `od280_od315`, `proline`.
# Les règles affichées les écrivent en toutes lettres, par exemple « intensité de la couleur » pour `color_intensity`.
#
# Si une question mène à la même réponse des deux côtés, ce n'est pas une erreur : cette question a trié les vins
# d'entraînement un peu plus proprement, même si la réponse finale ne change pas.

# %% [markdown] lang="en" only="page"
# Below, choose the depth with the slider (from 1 to 10), tick the measurements the tree may use, then press
# **Train the tree**. You get the training time, the two scores and the rules the tree learned.
#
# If a question leads to the same answer on both sides, it is not a bug: that question sorted the training wines
# a little more cleanly, even though the final answer does not change.

# %% [markdown] lang="fr" only="page"
# Ci-dessous, choisissez la profondeur avec le curseur (de 1 à 10), cochez les mesures que l'arbre peut utiliser,
# puis appuyez sur **Entraîner l'arbre**. Vous obtenez la durée d'entraînement, les deux scores et les règles que
# l'arbre a apprises.
#
# Si une question mène à la même réponse des deux côtés, ce n'est pas une erreur : cette question a trié les vins
# d'entraînement un peu plus proprement, même si la réponse finale ne change pas.

# %% only="page"
custom_tree_trainer()

# %% only="notebook"
my_tree = train_tree(3, measurements=["alcohol", "color_intensity", "hue"])
print(decimal(my_tree.train_seconds * 1000, 1), "ms")
print(percent(my_tree.train_accuracy), " / ", percent(my_tree.test_accuracy))
print(my_tree.as_rules())

# %% [markdown] lang="en"
# **Questions to think about**
#
# 1. Can you find a tree that uses only **two** measurements and is right on at least 90% of the unseen wines?
# 2. A colleague tells you: "My model is right on 100% of our data, so it is ready to use." What would you ask?
#
# <details><summary>One possible answer to question 2</summary>
#
# "Right on 100% of which data?" If it is the data it was trained on, that says little: a deep enough tree
# gets 100% on its training wines, as you saw. Ask for its score on examples kept aside and never used in
# training, and check that those examples look like the cases it will meet at work.
#
# </details>

# %% [markdown] lang="fr"
# **Questions pour réfléchir**
#
# 1. Trouverez-vous un arbre qui n'utilise que **deux** mesures et qui classe correctement au moins 90 % des vins
#    jamais vus ?
# 2. Un collègue vous dit : « Mon modèle est exact à 100 % sur nos données, il est prêt. » Que lui demandez-vous ?
#
# <details><summary>Une réponse possible à la question 2</summary>
#
# « À 100 % sur quelles données ? » S'il s'agit des données qui ont servi à l'entraîner, cela ne dit pas grand-chose :
# un arbre assez profond classe correctement 100 % de ses vins d'entraînement, vous l'avez vu. Demandez son score sur
# des exemples mis de côté, jamais utilisés pour l'entraînement, et vérifiez que ces exemples ressemblent aux cas
# qu'il rencontrera dans la réalité.
#
# </details>

# %% [markdown] lang="en"
# ## 6. Why it matters at work
#
# The same choice, rules written by people or a model learned from examples, comes up in every field:
#
# - **Engineering: predictive maintenance.** A hand-written rule says "stop the pump if vibration exceeds
#   a limit". A learned model is trained on sensor records from past breakdowns and can spot combinations of
#   temperature, vibration and pressure that came before a failure. It can only know the kinds of failure that
#   are in its history.
# - **Business: credit and fraud scoring.** Rules such as "flag any large payment from a new country" are
#   easy to explain. A fraud model learns from past transactions labelled "fraud" or "not fraud". But fraudsters
#   change tactics: a model trained on last year's fraud may miss this year's, like your thresholds facing a
#   new vintage.
# - **Health: triage and imaging.** Triage protocols are rules written by clinicians. Learned models can flag
#   images (X-rays, photos of skin) for a specialist to look at first. A new scanner, or patients unlike those in
#   the training images, is a "new situation" for the model.
# - **Public service: law is made of rules.** The right to a benefit or the amount of a tax follows from rules
#   written in law. Software that applies them exactly is rule-based, and each decision can be explained by
#   quoting the text. A model learned from past files, for instance to choose which files to check first,
#   is different: it repeats the patterns of the past, including their unfairness, and its reasons are harder to
#   state. The AI Act lists AI systems used to assess people's eligibility for public assistance benefits,
#   or their creditworthiness, among its high-risk uses (Annex III, point 5); its obligations for these systems
#   apply from {{law.date.annex_iii}} (state of the law on {{law.as_of}}).

# %% [markdown] lang="fr"
# ## 6. Pourquoi c'est important au travail
#
# Le même choix, des règles écrites par des personnes ou un modèle appris à partir d'exemples, se pose dans tous
# les métiers :
#
# - **Ingénierie : la maintenance prédictive.** Une règle écrite à la main dit « arrêter la pompe si les vibrations
#   dépassent une limite ». Un modèle appris est entraîné sur les relevés de capteurs des pannes passées et peut
#   repérer des combinaisons de température, de vibrations et de pression qui ont précédé une panne. Il ne connaît
#   que les types de pannes présents dans son historique.
# - **Entreprise : l'évaluation du crédit et la détection de fraude.** Des règles comme « signaler tout gros paiement
#   depuis un nouveau pays » sont faciles à expliquer. Un modèle de détection de fraude apprend à partir de
#   transactions passées étiquetées « fraude » ou « pas fraude ». Mais les fraudeurs changent de méthode : un modèle
#   entraîné sur les fraudes de l'an dernier peut manquer celles de cette année, comme vos seuils face à un
#   nouveau millésime.
# - **Santé : le tri des patients et l'imagerie.** Les protocoles de tri aux urgences sont des règles écrites par
#   des soignants. Des modèles appris peuvent signaler des images (radiographies, photos de peau) qu'un spécialiste
#   regardera en priorité. Un nouvel appareil, ou des patients différents de ceux des images d'entraînement,
#   constituent une « situation nouvelle » pour le modèle.
# - **Service public : la loi est faite de règles.** Le droit à une prestation ou le montant d'un impôt découlent
#   de règles écrites dans les textes. Un logiciel qui les applique à la lettre est fondé sur des règles, et chaque
#   décision peut être justifiée en citant le texte. Un modèle appris sur des dossiers passés, par exemple pour
#   choisir quels dossiers contrôler en premier, est autre chose : il reproduit les habitudes du passé, injustices
#   comprises, et ses raisons sont plus difficiles à exposer. Le règlement sur l'IA classe parmi les usages
#   à haut risque les systèmes d'IA qui évaluent l'éligibilité des personnes aux prestations d'aide sociale,
#   ou leur solvabilité (annexe III, point 5) ; ses obligations pour ces systèmes s'appliquent à partir du
#   {{law.date.annex_iii}} (état du droit au {{law.as_of}}).

# %% [markdown] lang="en"
# **When hand-written rules are the better choice**
#
# - The rule is already known and must be applied exactly: a law, a contract, a safety limit.
# - Every decision must be explained and audited, line by line.
# - There are few examples, or the cases that matter most are too rare to learn from.
# - The situation changes faster than new examples can be collected.
#
# Often the two work together: a learned model suggests, and rules and people check.

# %% [markdown] lang="fr"
# **Quand les règles écrites à la main sont le meilleur choix**
#
# - La règle est déjà connue et doit être appliquée à la lettre : une loi, un contrat, une limite de sécurité.
# - Chaque décision doit pouvoir être expliquée et auditée, ligne par ligne.
# - Il y a peu d'exemples, ou les cas qui comptent le plus sont trop rares pour qu'on puisse en apprendre.
# - La situation change plus vite qu'on ne peut réunir de nouveaux exemples.
#
# Souvent, les deux travaillent ensemble : un modèle appris propose, des règles et des personnes vérifient.

# %% [markdown] lang="en"
# ## 7. Limits: what the tree does not know
#
# - **It knows nothing about chemistry or wine.** It found thresholds that separate 124 rows of numbers.
#   Give the columns other names and it would learn the same tree.
# - **It is only as good as its examples.** If some training wines had been given the wrong cultivar, or if
#   they all came from one vintage, the tree would have learned those flaws too. Always ask: "what examples was
#   this model trained on?"
# - **It always answers.** Show it a wine from a fourth grape variety and it will still say 0, 1 or 2,
#   without any warning.
# - **What counts is the score on unseen data**, and those data must look like the cases the model will meet
#   at work. Here the test has only 54 wines: one mistake more, or one fewer, moves the score by about 2 points.

# %% [markdown] lang="fr"
# ## 7. Limites : ce que l'arbre ne sait pas
#
# - **Il ne connaît rien à la chimie ni au vin.** Il a trouvé des seuils qui séparent 124 lignes de nombres.
#   Donnez d'autres noms aux colonnes, il apprendra le même arbre.
# - **Il ne vaut que ce que valent ses exemples.** Si des vins d'entraînement avaient été attribués au mauvais
#   cépage, ou s'ils venaient tous du même millésime, l'arbre aurait appris ces défauts aussi. Demandez toujours :
#   « sur quels exemples ce modèle a-t-il été entraîné ? »
# - **Il répond toujours.** Montrez-lui un vin d'un quatrième cépage : il dira quand même 0, 1 ou 2, sans aucun
#   avertissement.
# - **Ce qui compte, c'est le score sur des données jamais vues**, et ces données doivent ressembler aux cas que
#   le modèle rencontrera dans la réalité. Ici, le test ne compte que 54 vins : une erreur de plus, ou de moins,
#   fait bouger le score d'environ 2 points.

# %% [markdown] lang="en"
# ## Recap
#
# - A **rule** is written by a person; a **model** can be **learned** by the computer from examples
#   whose answer is known: that step is **training**.
# - Hand-written rules are easy to read, but slow to tune, and they break down where the cases overlap
#   and when the situation changes.
# - In milliseconds, a decision tree learned rules much like yours, and showed which measurements mattered.
# - Judge a model, or a rule, on data it has **never seen**: a perfect training score can hide **overfitting**.
# - A learned model knows only its examples: it does not understand, and it does not warn you when a case is new.
#
# Next: assignment 01 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Une **règle** est écrite par une personne ; un **modèle** peut être **appris** par l'ordinateur à partir
#   d'exemples dont on connaît la réponse : cette étape s'appelle l'**entraînement**.
# - Les règles écrites à la main se lisent facilement, mais elles sont longues à régler, et elles atteignent leurs
#   limites là où les cas se chevauchent et quand la situation change.
# - En quelques millisecondes, un arbre de décision a appris des règles très proches des vôtres, et a montré
#   quelles mesures comptaient.
# - Jugez un modèle, ou une règle, sur des données qu'il n'a **jamais vues** : un score parfait à l'entraînement
#   peut cacher du **surapprentissage**.
# - Un modèle appris ne connaît que ses exemples : il ne comprend pas, et il ne prévient pas quand un cas est nouveau.
#
# Et ensuite : l'exercice 01 vous permet de vous exercer sur tout cela, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - M. Forina et al. (1988), *PARVUS: an extendible package for data exploration, classification and
#   correlation*, Institute of Pharmaceutical and Food Analysis and Technologies, Genoa; published as the "Wine"
#   data set of the UCI Machine Learning Repository: <https://archive.ics.uci.edu/dataset/109/wine>
# - scikit-learn developers (n.d.), *sklearn.datasets.load_wine*, scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_wine.html>
# - scikit-learn developers (n.d.), "Decision trees", scikit-learn user guide:
#   <https://scikit-learn.org/stable/modules/tree.html>
# - A. L. Samuel (1959), "Some studies in machine learning using the game of checkers", *IBM Journal of Research
#   and Development* 3(3), 210–229: <https://doi.org/10.1147/rd.33.0210>
# - J. McDermott (1982), "R1: a rule-based configurer of computer systems" (the system later called XCON),
#   *Artificial Intelligence* 19(1), 39–88: <https://doi.org/10.1016/0004-3702(82)90021-2>
# - J. Bachant, J. McDermott (1984), "R1 revisited: four years in the trenches", *AI Magazine* 5(3), 21–32:
#   <https://doi.org/10.1609/aimag.v5i3.445>
# - European Parliament and Council of the EU (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on
#   artificial intelligence (Artificial Intelligence Act)*, Official Journal of the EU, Article 3(1), recital 12,
#   Annex III: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), *Regulation (EU) 2026/1744 amending Regulation (EU)
#   2024/1689 (Digital Omnibus on AI)*, Official Journal of the EU (new Annex III date, from two published readings):
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>

# %% [markdown] lang="fr"
# ## Sources
#
# - M. Forina et al. (1988), *PARVUS: an extendible package for data exploration, classification and
#   correlation*, Institute of Pharmaceutical and Food Analysis and Technologies, Gênes ; publiées comme jeu de
#   données « Wine » de l'*UCI Machine Learning Repository* : <https://archive.ics.uci.edu/dataset/109/wine>
# - Développeurs de scikit-learn (n.d.), *sklearn.datasets.load_wine*, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_wine.html>
# - Développeurs de scikit-learn (n.d.), « Decision trees » (les arbres de décision), guide de scikit-learn :
#   <https://scikit-learn.org/stable/modules/tree.html>
# - A. L. Samuel (1959), « *Some studies in machine learning using the game of checkers* », *IBM Journal of
#   Research and Development* 3(3), 210–229 : <https://doi.org/10.1147/rd.33.0210>
# - J. McDermott (1982), « R1: a rule-based configurer of computer systems » (le système appelé ensuite XCON),
#   *Artificial Intelligence* 19(1), 39–88 : <https://doi.org/10.1016/0004-3702(82)90021-2>
# - J. Bachant, J. McDermott (1984), « R1 revisited: four years in the trenches », *AI Magazine* 5(3), 21–32 :
#   <https://doi.org/10.1609/aimag.v5i3.445>
# - Parlement européen et Conseil de l'UE (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées
#   concernant l'intelligence artificielle (règlement sur l'intelligence artificielle)*, Journal officiel de l'UE,
#   article 3, point 1, considérant 12, annexe III : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), *Règlement (UE) 2026/1744 modifiant le règlement (UE) 2024/1689
#   (omnibus numérique sur l'IA)*, Journal officiel de l'UE (nouvelle date de l'annexe III, d'après deux lectures
#   publiées) :
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
