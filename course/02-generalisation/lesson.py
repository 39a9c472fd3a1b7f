# %% [markdown] lang="en"
# # Module 02: generalisation and overfitting
#
# A model is useful only if it is right on **new** cases, not just on the examples it learned from.
# In this lesson you will:
#
# 1. train three kinds of model live, from very simple to very complex, and watch their two scores:
#    on the examples they learned from, and on examples they have never seen;
# 2. find the **sweet spot**, the complexity at which a model does best on new cases;
# 3. see why a model that is perfect on its training examples can be useless, and how more data helps;
# 4. fall into three classic traps, called **data leakage**, that make a model look better than it is,
#    and learn how to avoid them.
#
# Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise). The course's words are in the
# [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 02 : généralisation et surapprentissage
#
# Un modèle n'est utile que s'il donne de bonnes réponses sur des cas **nouveaux**, pas seulement sur les exemples dont
# il a appris.
# Dans cette leçon, vous allez :
#
# 1. entraîner en direct trois sortes de modèles, du très simple au très complexe, et suivre leurs deux scores :
#    sur les exemples dont ils ont appris, et sur des exemples qu'ils n'ont jamais vus ;
# 2. trouver le **juste milieu**, la complexité à laquelle un modèle réussit le mieux sur de nouveaux cas ;
# 3. voir pourquoi un modèle parfait sur ses exemples d'entraînement peut être inutile, et en quoi plus de données
#    aident ;
# 4. tomber dans trois pièges classiques, appelés **fuites de données**, qui font paraître un modèle meilleur
#    qu'il ne l'est, et apprendre à les éviter.
#
# Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice). Les mots du cours sont
# dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# No programming needed: you run cells and move sliders.
#
# **How to use this notebook.** The grey boxes are *code cells*. Click in one and press **Shift + Enter**
# to run it: its result appears just below. Run the cells in order, from top to bottom. You cannot break
# anything: a cell can always be run again. If something looks wrong, use
# *Kernel ▸ Restart Kernel and Run All Cells* to start again from the top.

# %% [markdown] lang="fr" only="notebook"
# Nul besoin de programmer : vous exécutez des cellules et vous déplacez des curseurs.
#
# **Mode d'emploi.** Les cases grises sont des *cellules de code*. Cliquez dans l'une d'elles et appuyez sur
# **Maj + Entrée** pour l'exécuter : le résultat s'affiche juste en dessous. Exécutez les cellules dans l'ordre,
# de haut en bas. Vous ne pouvez rien casser : une cellule peut toujours être relancée. Si quelque chose
# ne va pas, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
# and Run All Cells* si les menus sont en anglais) pour tout reprendre depuis le début.

# %% [markdown] lang="en" only="page"
# No programming needed: you choose and move controls, the page does the rest.
#
# **How to use this page.** There is nothing to install, type or run: the page computed everything when it
# opened, and the tables, charts and scores below are live. Under some charts are controls (sliders, tick boxes,
# buttons): move a slider or press a button, and what is right next to it changes within a second or two. Read from
# top to bottom. You cannot break anything: to start again, reload the page. With the keyboard, the Tab key moves
# from one control to the next and the arrow keys move a slider.

# %% [markdown] lang="fr" only="page"
# Nul besoin de programmer : vous choisissez et déplacez des commandes, la page fait le reste.
#
# **Mode d'emploi.** Rien à installer, à taper ni à exécuter : la page a tout calculé à son ouverture, et les
# tableaux, graphiques et scores ci-dessous sont vivants. Sous certains graphiques se trouvent des commandes (curseurs,
# cases à cocher, boutons) : déplacez un curseur ou appuyez sur un bouton, et ce qui se trouve juste à côté change en
# une ou deux secondes. Lisez de haut en bas. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.
# Au clavier, la touche Tab passe d'une commande à la suivante et les flèches déplacent un curseur.

# %% [markdown] lang="en" only="notebook"
# The first cell sets the language of the charts and messages; the second loads the course's tools.

# %% [markdown] lang="fr" only="notebook"
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
import matplotlib.pyplot as plt

from caire import decimal, percent
from caire.modules.generalisation.model import choice_on_test_points, selection_leak, train_model
from caire.modules.generalisation.figures import plot_choice_trap, plot_leak, plot_model_map, plot_points, plot_size_curve
from caire.modules.generalisation.widgets import complexity_explorer, leak_explorer

# %% [markdown] lang="en"
# ## 1. Learning is not remembering
#
# Think of a student preparing for an exam with last year's papers. One student learns the answers **by heart**:
# on last year's questions they score 100%. Another learns **how** to solve the problems: on last year's questions
# they make a few slips. On this year's exam, with new questions, the second student does far better.
#
# A model learned from examples faces the same choice. Four words for this lesson:
#
# - **Training set**: the examples the model learns from, with their answers.
# - **Test set**: other examples, with their answers, **kept aside**: the model never sees them while it learns.
#   Its score on them estimates how it will do on new cases.
# - **Generalisation**: doing well on new cases, not only on the training examples.
# - **Overfitting**: learning the training examples too closely, their accidents included, so that the model
#   does worse on new cases. Its opposite, **underfitting**, is a model too simple to capture what matters.

# %% [markdown] lang="fr"
# ## 1. Apprendre, ce n'est pas retenir
#
# Pensez à deux élèves qui préparent un examen avec les sujets de l'an dernier. L'un apprend les réponses
# **par cœur** : sur les questions de l'an dernier, il a 100 %. L'autre apprend **comment** résoudre les exercices :
# sur les questions de l'an dernier, il fait quelques étourderies. À l'examen de cette année, avec des questions
# nouvelles, le second s'en sort bien mieux.
#
# Un modèle appris à partir d'exemples est face au même choix. Quatre mots pour cette leçon :
#
# - **Ensemble d'entraînement** : les exemples dont le modèle apprend, avec leurs réponses.
# - **Ensemble de test** : d'autres exemples, avec leurs réponses, **mis de côté** : le modèle ne les voit jamais
#   pendant qu'il apprend. Son score sur eux estime comment il se comportera face à de nouveaux cas.
# - **Généraliser** : donner de bons résultats sur de nouveaux cas, pas seulement sur les exemples d'entraînement.
# - **Surapprentissage** (en anglais *overfitting*) : apprendre les exemples d'entraînement de trop près,
#   accidents compris, si bien que le modèle se trompe davantage sur de nouveaux cas. Son contraire, le
#   **sous-apprentissage**, est un modèle trop simple pour saisir ce qui compte.

# %% [markdown] lang="en"
# ## 2. The data: two groups of points
#
# To see what a model does, we use data we can draw. Each point is a case described by **two measurements**
# (across and up), and it belongs to one of two groups, **orange** or **blue**: that is the answer the model must
# learn to give. Think of a machine part measured by two sensors, with "fine" or "faulty" as the answer, or
# a customer described by two figures, with "stays" or "leaves".
#
# The points are generated by the computer from two interlocking half-moons, with some random blur
# (scikit-learn's `make_moons`, always with the same random seed, so everyone sees the same points).
# The blur makes the groups overlap: some orange points sit among the blue ones and the other way round,
# just as real measurements are never perfectly clean. Here are the **300 training points**:

# %% [markdown] lang="fr"
# ## 2. Les données : deux groupes de points
#
# Pour voir ce que fait un modèle, nous utilisons des données qu'on peut dessiner. Chaque point est un cas décrit
# par **deux mesures** (à l'horizontale et à la verticale), et il appartient à l'un de deux groupes, **orange** ou
# **bleu** : c'est la réponse que le modèle doit apprendre à donner. Pensez à une pièce mesurée par deux capteurs,
# avec « bonne » ou « défectueuse » comme réponse, ou à un client décrit par deux chiffres, avec « reste » ou « part ».
#
# Les points sont générés par l'ordinateur à partir de deux demi-lunes imbriquées, avec un peu de flou aléatoire
# (la fonction `make_moons` de scikit-learn, toujours avec la même graine aléatoire, pour que tout le monde voie
# les mêmes points). Le flou fait se chevaucher les groupes : des points orange se trouvent parmi les bleus et
# inversement, comme de vraies mesures ne sont jamais parfaitement propres. Voici les **300 points d'entraînement** :

# %%
plot_points();

# %% [markdown] lang="en"
# The computer also generated **2,000 test points** from the same half-moons, in grey below. No model will ever
# learn from them: they play the part of the new cases a model meets once it is in use. Because the groups
# overlap, even the best possible model cannot be right on all of them: here the ceiling is about 92%.

# %% [markdown] lang="fr"
# L'ordinateur a aussi généré **2 000 points de test** à partir des mêmes demi-lunes, en gris ci-dessous. Aucun
# modèle n'apprendra jamais d'eux : ils jouent le rôle des nouveaux cas qu'un modèle rencontre une fois en service.
# Comme les groupes se chevauchent, même le meilleur modèle possible ne peut pas tous les classer correctement :
# ici, le plafond est d'environ 92 %.

# %%
plot_points(show_test=True);

# %% [markdown] lang="en"
# ## 3. Too simple, too complex
#
# Our first model is a **decision tree**, as in module 01: a series of yes/no questions such as
# "is measurement 1 above 0.4?". Its **depth** is how many questions in a row it may ask.

# %% [markdown] lang="fr"
# ## 3. Trop simple, trop complexe
#
# Notre premier modèle est un **arbre de décision**, comme au module 01 : une suite de questions oui/non telles que
# « la mesure 1 dépasse-t-elle 0,4 ? ». Sa **profondeur** est le nombre de questions successives qu'il peut poser.

# %% [markdown] lang="en" only="notebook"
# The cell below trains, live, a tree of depth 1 (a single question) and a tree of depth 12, on the same 300 training
# points, and prints their two scores: on the **training points** / on the **test points** (first line: depth 1;
# second line: depth 12).

# %% [markdown] lang="fr" only="notebook"
# La cellule ci-dessous entraîne en direct un arbre de profondeur 1 (une seule question) et un arbre de
# profondeur 12, sur les mêmes 300 points d'entraînement, et affiche leurs deux scores : sur les **points
# d'entraînement** / sur les **points de test** (première ligne : profondeur 1 ; seconde ligne : profondeur 12).

# %% [markdown] lang="en" only="page"
# When this page opened, it trained, live, a tree of depth 1 (a single question) and a tree of depth 12, on the same
# 300 training points. Below are their two scores: on the **training points** / on the **test points** (first line:
# depth 1; second line: depth 12).

# %% [markdown] lang="fr" only="page"
# À l'ouverture de cette page, un arbre de profondeur 1 (une seule question) et un arbre de profondeur 12 ont été
# entraînés en direct, sur les mêmes 300 points d'entraînement. Voici leurs deux scores : sur les **points
# d'entraînement** / sur les **points de test** (première ligne : profondeur 1 ; seconde ligne : profondeur 12).

# %%
shallow = train_model("tree", 1)
deep = train_model("tree", 12)
print(percent(shallow.train_accuracy, 1), " / ", percent(shallow.test_accuracy, 1))
print(percent(deep.train_accuracy, 1), " / ", percent(deep.test_accuracy, 1))

# %% [markdown] lang="en"
# On the maps below, the shaded areas show what each tree answers at every place of the plane, and the dots are
# its training points. A dot on a shade of the other colour is a mistake.

# %% [markdown] lang="fr"
# Sur les cartes ci-dessous, les zones teintées montrent ce que répond chaque arbre en chaque endroit du plan,
# et les points sont ses points d'entraînement. Un point posé sur une teinte de l'autre couleur est une erreur.

# %%
figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.3), layout="constrained")
plot_model_map(shallow, ax=left)
plot_model_map(deep, ax=right);

# %% [markdown] lang="en"
# - The depth-1 tree cuts the plane in two with one straight line. It misses the moon shapes: it is **too simple**
#   (underfitting), and it is about as bad on the training points as on the test points.
# - The depth-12 tree is right on **every** training point. To get there it drew small islands around single
#   stray points, the blur of the data. Those islands mean nothing for new points: on the test points, it does
#   worse than its training score promised. It is **too complex** (overfitting).

# %% [markdown] lang="fr"
# - L'arbre de profondeur 1 coupe le plan en deux d'un seul trait. Il rate la forme des lunes : il est **trop simple**
#   (sous-apprentissage), et il se trompe à peu près autant sur les points d'entraînement que sur les points de test.
# - L'arbre de profondeur 12 classe correctement **tous** ses points d'entraînement. Pour y arriver, il a dessiné de
#   petites îles autour de points isolés, le flou des données. Ces îles ne veulent rien dire pour de nouveaux points :
#   sur les points de test, son score est moins bon que ne le promettait son score d'entraînement. Il est **trop complexe**
#   (surapprentissage).

# %% [markdown] lang="en"
# ## 4. Three kinds of model, each with a complexity dial
#
# Every kind of model has some setting that makes it simpler or more complex. You will try three:
#
# - **Decision tree**, dial: the **depth**. More questions in a row, more detailed areas.
# - **Nearest neighbours**, dial: **k**. To answer for a new point, the model looks at the k training points
#   closest to it and takes the majority answer. With k = 1 it copies its single nearest neighbour, stray points
#   included: the most complex setting. With a large k it averages over a wide area: simpler. So for this model,
#   complexity goes **up** as k goes **down**; the slider below is ordered from simple to complex, like the others.
# - **Polynomial curve**, dial: the **degree**. The border between the groups is drawn by a formula. Degree 1 is
#   a straight line; each extra degree allows the border more bends.

# %% [markdown] lang="fr"
# ## 4. Trois sortes de modèles, chacun avec un bouton de complexité
#
# Chaque sorte de modèle a un réglage qui le rend plus simple ou plus complexe. Vous allez en essayer trois :
#
# - **Arbre de décision**, bouton : la **profondeur**. Plus de questions successives, des zones plus détaillées.
# - **Plus proches voisins**, bouton : **k**. Pour répondre sur un nouveau point, le modèle regarde les k points
#   d'entraînement les plus proches et prend la réponse majoritaire. Avec k = 1, il recopie son plus proche voisin,
#   points isolés compris : c'est le réglage le plus complexe. Avec un grand k, il fait la moyenne sur une large zone :
#   plus simple. Pour ce modèle, la complexité **monte** donc quand k **descend** ; le curseur ci-dessous est rangé
#   du simple au complexe, comme les autres.
# - **Courbe polynomiale**, bouton : le **degré**. La frontière entre les groupes est tracée par une formule.
#   Le degré 1 donne une ligne droite ; chaque degré de plus permet à la frontière davantage de virages.

# %% [markdown] lang="en"
# ## 5. Find the sweet spot
#
# In the explorer below, choose a kind of model, then move the **complexity** slider from left (simple) to right
# (complex). Each time you let go of a slider, the model is trained live and two charts are redrawn:
#
# - on the left, what the model decides, with its training points;
# - on the right, its two scores at **every** complexity: on the training points (dashed line) and on the test
#   points (solid line). The grey vertical line marks your choice.
#
# The **training points** slider sets how many of the 300 training points the model may learn from.
# Take a few minutes with each kind of model, with all 300 points, then with only 40.

# %% [markdown] lang="fr"
# ## 5. Trouver le juste milieu
#
# Dans l'explorateur ci-dessous, choisissez une sorte de modèle, puis déplacez le curseur de **complexité** de gauche
# (simple) à droite (complexe). Chaque fois que vous lâchez un curseur, le modèle est entraîné en direct et deux
# graphiques sont redessinés :
#
# - à gauche, ce que décide le modèle, avec ses points d'entraînement ;
# - à droite, ses deux scores à **chaque** complexité : sur les points d'entraînement (tirets) et sur les points de
#   test (trait plein). La ligne verticale grise marque votre choix.
#
# Le curseur **points d'entraînement** fixe combien des 300 points d'entraînement le modèle peut utiliser.
# Prenez quelques minutes avec chaque sorte de modèle, avec les 300 points, puis avec 40 seulement.

# %%
complexity_explorer()

# %% [markdown] lang="en"
# What to notice:
#
# - The **training score** (dashed) almost always rises with complexity, up to 100%. It tells you how well the
#   model fits the examples it has seen, not how it will do on new ones.
# - The **test score** (solid) rises at first, while the model learns the real shape of the moons; then it levels
#   off or falls, as the model starts to learn the blur. Its peak is the **sweet spot**.
# - The **gap** between the two lines grows with complexity: it measures how much the model learned by heart.
# - With **fewer training points**, everything is more fragile: the gap opens sooner and wider, the sweet spot moves
#   to simpler models, and the best test score is lower.
# - The three kinds of model reach similar best scores, around 89 to 91%, close to the ceiling of about 92%. The kind
#   of model matters less than its complexity.

# %% [markdown] lang="fr"
# À remarquer :
#
# - Le **score d'entraînement** (tirets) monte presque toujours avec la complexité, jusqu'à 100 %. Il dit à quel point
#   le modèle colle aux exemples qu'il a vus, pas comment il fera sur de nouveaux.
# - Le **score de test** (trait plein) monte d'abord, tant que le modèle apprend la vraie forme des lunes ; puis il
#   plafonne ou baisse, quand le modèle se met à apprendre le flou. Son sommet est le **juste milieu**.
# - L'**écart** entre les deux lignes grandit avec la complexité : il mesure ce que le modèle a appris par cœur.
# - Avec **moins de points d'entraînement**, tout est plus fragile : l'écart s'ouvre plus tôt et plus largement,
#   le juste milieu se déplace vers des modèles plus simples, et le meilleur score de test est plus bas.
# - Les trois sortes de modèles atteignent des meilleurs scores proches, de 89 à 91 % environ, près du plafond
#   d'environ 92 %. La sorte de modèle compte moins que sa complexité.

# %% [markdown] lang="en"
# ## 6. Perfect on its training examples, and useless
#
# Now a more extreme case: a polynomial curve of degree 8 trained on only **40 points** (first line, map on the left),
# next to a straight line (degree 1) trained on the same 40 points (second line, map on the right). Each line gives
# the score on the training points / on the test points.

# %% [markdown] lang="fr"
# ## 6. Parfait sur ses exemples d'entraînement, et inutile
#
# Un cas plus extrême maintenant : une courbe polynomiale de degré 8 entraînée sur **40 points** seulement (première
# ligne, carte de gauche), à côté d'une droite (degré 1) entraînée sur les mêmes 40 points (seconde ligne, carte de
# droite). Chaque ligne donne le score sur les points d'entraînement / sur les points de test.

# %%
wiggly = train_model("poly", 8, training_size=40)
straight = train_model("poly", 1, training_size=40)
print(percent(wiggly.train_accuracy, 1), " / ", percent(wiggly.test_accuracy, 1))
print(percent(straight.train_accuracy, 1), " / ", percent(straight.test_accuracy, 1))
figure, (left, right) = plt.subplots(1, 2, figsize=(12, 4.3), layout="constrained")
plot_model_map(wiggly, ax=left)
plot_model_map(straight, ax=right);

# %% [markdown] lang="en"
# The degree-8 curve is right on **all 40** of its training points, and yet on new points it does clearly **worse
# than a straight line**. Its border twists to pass around every training point, and those twists land in the
# wrong places for new points.
#
# Push the idea to its limit: a "model" that simply stores each training example with its answer, and guesses at
# random for anything else, scores 100% on its training examples and no better than a coin flip on new cases.
# A perfect training score is **easy** to get; it proves nothing about new cases.
# Only a score on examples the model has never seen can tell you that.

# %% [markdown] lang="fr"
# La courbe de degré 8 classe correctement **ses 40** points d'entraînement, et pourtant, sur de nouveaux points,
# elle se trompe nettement **plus souvent qu'une droite**. Sa frontière se tord pour contourner chaque point d'entraînement, et ces
# contorsions tombent au mauvais endroit pour de nouveaux points.
#
# Poussez l'idée jusqu'au bout : un « modèle » qui se contente de stocker chaque exemple d'entraînement avec sa réponse,
# et qui répond au hasard pour tout le reste, a 100 % sur ses exemples d'entraînement et ne fait pas mieux qu'un
# pile ou face sur de nouveaux cas. Un score parfait à l'entraînement est **facile** à obtenir ; il ne prouve rien
# sur les nouveaux cas. Seul un score sur des exemples que le modèle n'a jamais vus peut le dire.

# %% [markdown] lang="en"
# ## 7. More data tames a complex model
#
# Same degree-8 curve, but now we let it learn from more and more training points, from 20 to 300. The chart shows
# its two scores for each number of training points.

# %% [markdown] lang="fr"
# ## 7. Plus de données apprivoisent un modèle complexe
#
# Même courbe de degré 8, mais nous la laissons maintenant apprendre de plus en plus de points d'entraînement,
# de 20 à 300. Le graphique montre ses deux scores pour chaque nombre de points d'entraînement.

# %%
plot_size_curve("poly", 8);

# %% [markdown] lang="en"
# With few points, the curve has enough freedom to pass around each of them: 100% on training, poor on test.
# With more points, it can no longer bend around each one, so it has to follow the general shape: the training score
# comes down a little, the test score rises, and the gap narrows.
#
# More data is often the best cure for overfitting. But it does not lift the ceiling: with the groups overlapping,
# no amount of data gets above about 92% here. And more data of the **wrong kind** (another factory, another
# population) does not help with the cases that matter.

# %% [markdown] lang="fr"
# Avec peu de points, la courbe a assez de liberté pour contourner chacun d'eux : 100 % à l'entraînement, faible
# en test. Avec plus de points, elle ne peut plus se tordre autour de chacun : elle doit suivre la forme générale.
# Le score d'entraînement baisse un peu, le score de test monte, et l'écart se resserre.
#
# Plus de données, c'est souvent le meilleur remède au surapprentissage. Mais cela ne relève pas le plafond :
# les groupes se chevauchant, aucune quantité de données ne fait dépasser environ 92 % ici. Et plus de données
# **du mauvais type** (une autre usine, une autre population) n'aide pas pour les cas qui comptent.

# %% [markdown] lang="en"
# ## 8. Data leakage: when the test is not really unseen
#
# Everything above rests on one promise: the test examples played **no part** in building the model.
# When information from the test examples, or from the answer itself, slips into the model or into choices about
# it, we speak of **data leakage**. The test score then looks better than the model really is, and nobody notices
# until the model meets real new cases. Here are three traps.
#
# ### Trap 1: choosing the model on the test set
#
# In the explorer you looked for the complexity with the best **test** score. That is fine for learning, but in a
# real project it is a leak: the test points helped **choose** the model, so its score on them is a little too good.
#
# To see it, take a realistic test set of 100 points instead of 2,000.

# %% [markdown] lang="fr"
# ## 8. Les fuites de données : quand le test n'est pas vraiment inédit
#
# Tout ce qui précède repose sur une promesse : les exemples de test n'ont joué **aucun rôle** dans la construction
# du modèle. Quand une information venant des exemples de test, ou de la réponse elle-même, se glisse dans le modèle
# ou dans les choix faits à son sujet, on parle de **fuite de données** (en anglais *data leakage*). Le score de test
# paraît alors meilleur que le modèle ne l'est vraiment, et personne ne s'en aperçoit avant que le modèle rencontre de
# vrais nouveaux cas. Voici trois pièges.
#
# ### Piège 1 : choisir le modèle sur l'ensemble de test
#
# Dans l'explorateur, vous avez cherché la complexité qui avait le meilleur score de **test**. C'est très bien pour
# apprendre, mais dans un vrai projet, c'est une fuite : les points de test ont aidé à **choisir** le modèle, son
# score sur eux est donc un peu trop beau.
#
# Pour le voir, prenons un ensemble de test réaliste de 100 points au lieu de 2 000.

# %% [markdown] lang="en" only="notebook"
# The cell below trains **35 models** (the three kinds, at every complexity), keeps the one that is best on those
# 100 points, then scores that model on 2,000 new points it was never chosen on.

# %% [markdown] lang="fr" only="notebook"
# La cellule ci-dessous entraîne **35 modèles** (les trois sortes, à chaque complexité), garde celui qui fait le mieux
# sur ces 100 points, puis note ce modèle sur 2 000 nouveaux points qui n'ont pas servi à le choisir.

# %% [markdown] lang="en" only="page"
# When this page opened, it trained **35 models** (the three kinds, at every complexity), kept the one that is best on
# those 100 points, then scored that model on 2,000 new points it was never chosen on. Below: its score on the
# 100 points it was chosen on / on the 2,000 new points.

# %% [markdown] lang="fr" only="page"
# À l'ouverture de cette page, **35 modèles** ont été entraînés (les trois sortes, à chaque complexité) ; celui qui
# fait le mieux sur ces 100 points a été gardé, puis noté sur 2 000 nouveaux points qui n'ont pas servi à le choisir.
# Ci-dessous : son score sur les 100 points qui ont servi à le choisir / sur les 2 000 nouveaux points.

# %%
trap = choice_on_test_points()
print(percent(trap.on_choice_points, 1), " / ", percent(trap.on_new_points, 1))
plot_choice_trap(trap);

# %% [markdown] lang="en"
# The winner looked about 3 points better than it is. The more models you try on the same test set, and the smaller
# that set, the bigger this flattering gap: some models do well on those particular points by luck.
#
# **The fix:** split the data in **three**. The model learns from the **training set**; you compare models and choose
# the complexity on a **validation set**; the **test set** is used **once**, at the very end, to measure the model you
# chose. The EU AI Act uses the same three words (state of the law on {{law.as_of}}): its Article 3 defines
# *training*, *validation* and *testing data*, and says that validation data serve, among other things, "to prevent
# underfitting or overfitting".

# %% [markdown] lang="fr"
# Le gagnant paraissait environ 3 points meilleur qu'il ne l'est. Plus on essaie de modèles sur le même ensemble de
# test, et plus cet ensemble est petit, plus cet écart flatteur grandit : certains modèles réussissent sur ces points-là
# par chance.
#
# **La parade :** couper les données en **trois**. Le modèle apprend sur l'**ensemble d'entraînement** ; on compare
# les modèles et on choisit la complexité sur un **ensemble de validation** ; l'**ensemble de test** ne sert qu'**une
# fois**, tout à la fin, pour mesurer le modèle choisi. Le règlement européen sur l'IA emploie ces trois mêmes mots
# (état du droit au {{law.as_of}}) : son article 3 définit les *données d'entraînement*, *de validation* et *de test*,
# et précise que les données de validation servent notamment à éviter le sous-apprentissage comme le
# surapprentissage.

# %% [markdown] lang="en"
# ### Trap 2: preparing the data with all the rows
#
# Before a model is trained, the data are often prepared: keep the most useful columns, fill in missing values, put
# the numbers on the same scale. If that preparation looks at the test rows too, the test is no longer unseen. This
# trap is sneakier, and it can turn pure noise into a brilliant-looking model.
#
# To see it, we built a table with **nothing to learn**: 100 people (rows), 5,000 columns of **random numbers**, and
# for each person an answer that is a **coin flip**. No method can honestly be right more than about half the time.
# The preparation keeps the 20 columns that best match the answer; a simple model is then trained on them and tested
# on 30 of the 100 people, set aside. It is done in two orders:
#
# - **leaky**: choose the 20 columns looking at **all 100 people**, then set 30 aside for the test;
# - **honest**: set 30 people aside **first**, then choose the 20 columns looking at the other 70 only.

# %% [markdown] lang="fr"
# ### Piège 2 : préparer les données avec toutes les lignes
#
# Avant d'entraîner un modèle, on prépare souvent les données : garder les colonnes les plus utiles, compléter des
# valeurs manquantes, mettre les nombres à la même échelle. Si cette préparation regarde aussi les lignes de test, le
# test n'est plus inédit. Ce piège est plus sournois, et il peut transformer du pur bruit en un modèle qui paraît
# brillant.
#
# Pour le voir, nous avons construit un tableau où il n'y a **rien à apprendre** : 100 personnes (les lignes),
# 5 000 colonnes de **nombres au hasard**, et pour chaque personne une réponse tirée à **pile ou face**. Aucune méthode
# ne peut honnêtement avoir raison plus d'une fois sur deux environ. La préparation garde les 20 colonnes qui
# correspondent le mieux à la réponse ; un modèle simple est ensuite entraîné sur elles et testé sur 30 des
# 100 personnes, mises de côté. On procède dans deux ordres :
#
# - **avec fuite** : on choisit les 20 colonnes en regardant **les 100 personnes**, puis on met 30 personnes de côté
#   pour le test ;
# - **honnête** : on met **d'abord** 30 personnes de côté, puis on choisit les 20 colonnes en ne regardant que les
#   70 autres.

# %% [markdown] lang="en" only="notebook"
# The cell prints the leaky score, then the honest one.

# %% [markdown] lang="fr" only="notebook"
# La cellule affiche le score avec fuite, puis le score honnête.

# %% [markdown] lang="en" only="page"
# Below: the leaky score, then the honest one.

# %% [markdown] lang="fr" only="page"
# Ci-dessous : le score avec fuite, puis le score honnête.

# %%
leak = selection_leak()
print(percent(leak.leaky), " / ", percent(leak.honest))
plot_leak(leak);

# %% [markdown] lang="en"
# With the leak, the model seems right almost 9 times in 10, on coin flips. Among 5,000 random columns, a few match
# the answers of these 100 people by pure chance, test people included, and choosing the columns with everyone picks
# exactly those coincidences. The honest order gives the truth: about 50%, a coin flip.
#
# Move the slider: the more useless columns there are to choose from, the more impressive the leaky score tends to
# become, while the honest score stays around 50%.
#
# <details><summary>Going further: why the honest score is not exactly 50%</summary>
#
# The coincidences that the leaky order picks also "work" on the test people, because they were chosen with them.
# The honest score, measured on only 30 test people, is itself moved by luck: by 10 points or more either side of
# 50%. That is why, with 10 columns (nothing to choose: both orders give the same model), the honest score is not
# exactly 50%.
#
# </details>

# %% [markdown] lang="fr"
# Avec la fuite, le modèle semble avoir raison près de 9 fois sur 10, sur des pile ou face. Parmi 5 000 colonnes au
# hasard, quelques-unes correspondent par pure coïncidence aux réponses de ces 100 personnes, personnes de test
# comprises, et choisir les colonnes avec tout le monde retient justement ces coïncidences. L'ordre honnête dit la
# vérité : environ 50 %, un pile ou face.
#
# Déplacez le curseur : plus il y a de colonnes inutiles parmi lesquelles choisir, plus le score avec fuite tend à
# paraître impressionnant, alors que le score honnête reste autour de 50 %.
#
# <details><summary>Pour aller plus loin : pourquoi le score honnête n'est pas exactement 50 %</summary>
#
# Les coïncidences que retient l'ordre avec fuite « marchent » aussi sur les personnes de test, puisqu'elles ont été
# choisies avec elles. Le score honnête, mesuré sur 30 personnes de test seulement, dépend lui-même du hasard : il
# s'écarte de 10 points ou plus de part et d'autre de 50 %. C'est pourquoi, avec 10 colonnes (rien à choisir : les
# deux ordres donnent le même modèle), le score honnête n'est pas exactement 50 %.
#
# </details>

# %%
leak_explorer()

# %% [markdown] lang="en"
# **The fix:** set the test rows aside **before anything else**. Every step that learns something from the data
# (choosing columns, filling in missing values, rescaling, choosing the complexity) must learn it from the training
# rows only.
#
# <details><summary>Going further: pipelines, and a textbook example</summary>
#
# Each preparation step, once learned from the training rows, is applied unchanged to the test rows. Data-science
# tools offer ways to chain these steps so that this happens automatically (in scikit-learn, a *pipeline*).
#
# This is not a made-up danger: a textbook of the field uses the same example (5,000 random measurements, 50 samples)
# and reports an estimated error of 3% where the true error is 50% (Hastie, Tibshirani and Friedman, *The Elements of
# Statistical Learning*, section 7.10.2), and the scikit-learn documentation warns against it in its "Common pitfalls"
# page.
#
# </details>

# %% [markdown] lang="fr"
# **La parade :** mettre les lignes de test de côté **avant toute chose**. Chaque étape qui apprend quelque chose des
# données (choisir des colonnes, compléter des valeurs manquantes, changer d'échelle, choisir la complexité) doit
# l'apprendre sur les seules lignes d'entraînement.
#
# <details><summary>Pour aller plus loin : les chaînes de traitement, et un exemple de manuel</summary>
#
# Chaque étape de préparation, une fois apprise sur les lignes d'entraînement, est appliquée telle quelle aux lignes
# de test. Les outils de science des données permettent d'enchaîner ces étapes pour que cela se fasse
# automatiquement (dans scikit-learn, un *pipeline*).
#
# Ce danger n'a rien d'imaginaire : un manuel de référence du domaine prend le même exemple (5 000 mesures au hasard,
# 50 échantillons) et y rapporte une erreur estimée de 3 % là où l'erreur réelle est de 50 % (Hastie, Tibshirani et
# Friedman, *The Elements of Statistical Learning*, section 7.10.2), et la documentation de scikit-learn met en garde
# contre lui dans sa page « Common pitfalls » (pièges courants).
#
# </details>

# %% [markdown] lang="en"
# ### Trap 3: a column that already contains the answer
#
# Sometimes a column is a consequence of the answer, recorded **after** the fact. The model then learns to read the
# answer rather than to predict it, and scores brilliantly, until it is used on real new cases, where that column is
# not known yet. Examples:
#
# - predicting which loans will not be repaid, with a column "file sent to debt collection";
# - predicting an infection on admission to hospital, with a column "antibiotics prescribed";
# - predicting which employees will leave, with a column "date of exit interview".
#
# **The fix:** for every column, ask: "at the moment the model must decide, would I already know this?"
# If not, remove it.

# %% [markdown] lang="fr"
# ### Piège 3 : une colonne qui contient déjà la réponse
#
# Parfois, une colonne est une conséquence de la réponse, enregistrée **après** coup. Le modèle apprend alors à lire
# la réponse plutôt qu'à la prédire, et obtient un score brillant, jusqu'à ce qu'on l'utilise sur de vrais nouveaux
# cas, où cette colonne n'est pas encore connue. Exemples :
#
# - prédire quels prêts ne seront pas remboursés, avec une colonne « dossier transmis au recouvrement » ;
# - prédire une infection à l'admission à l'hôpital, avec une colonne « antibiotiques prescrits » ;
# - prédire quels salariés vont partir, avec une colonne « date de l'entretien de départ ».
#
# **La parade :** pour chaque colonne, demandez-vous : « au moment où le modèle doit décider, est-ce que je connais
# déjà ceci ? » Sinon, retirez-la.

# %% [markdown] lang="en"
# ## 9. Try it yourself

# %% [markdown] lang="fr"
# ## 9. À vous de jouer

# %% [markdown] lang="en" only="notebook"
# In the cell below, change the kind of model (`"tree"`, `"knn"` or `"poly"`), its complexity (a whole number) or the
# number of training points (from 10 to 300), then run it again.

# %% [markdown] lang="fr" only="notebook"
# Dans la cellule ci-dessous, changez la sorte de modèle (`"tree"` pour l'arbre, `"knn"` pour les plus proches
# voisins, `"poly"` pour la courbe polynomiale), sa complexité (un nombre entier) ou le nombre de points
# d'entraînement (de 10 à 300), puis relancez-la.

# %% [markdown] lang="en" only="page"
# Below is the explorer of section 5 again, set this time to nearest neighbours with k = 15, trained on 100 points.
# Change the kind of model (the buttons), its complexity or the number of training points (the sliders, from 20 to
# 300): each change trains the model live and shows how long it took, its two scores and its map.

# %% [markdown] lang="fr" only="page"
# Voici à nouveau l'explorateur de la section 5, réglé cette fois sur les plus proches voisins avec k = 15, entraînés
# sur 100 points. Changez la sorte de modèle (les boutons), sa complexité ou le nombre de points d'entraînement
# (les curseurs, de 20 à 300) : chaque changement entraîne le modèle en direct et affiche la durée de
# l'entraînement, ses deux scores et sa carte.

# %% only="page"
complexity_explorer("knn", 15, training_size=100)

# %% only="notebook"
my_model = train_model("knn", 15, training_size=100)
print(decimal(my_model.train_seconds * 1000, 1), "ms")
print(percent(my_model.train_accuracy, 1), " / ", percent(my_model.test_accuracy, 1))
plot_model_map(my_model);

# %% [markdown] lang="en"
# **Questions to think about**
#
# 1. With 300 training points, which kind of model and which complexity give the best test score you can find?
#    Is the training score of that model 100%?
# 2. A supplier tells you: "Our model is 98% accurate." What would you ask before believing it?
#
# <details><summary>Some questions worth asking, for question 2</summary>
#
# "98% on which data?" On the examples it was trained on, it means little. On a test set: was that test set kept
# aside from the start, and used only once, or were models and settings chosen on it? Was any preparation step (choice
# of columns, rescaling, filling in values) done before the split? Does any column contain information that would not
# be known at the moment of the decision? And do the test examples look like **your** cases (your customers, your
# machines, your patients)?
#
# </details>

# %% [markdown] lang="fr"
# **Questions pour réfléchir**
#
# 1. Avec 300 points d'entraînement, quelle sorte de modèle et quelle complexité donnent le meilleur score de test
#    que vous puissiez trouver ? Le score d'entraînement de ce modèle est-il de 100 % ?
# 2. Un fournisseur vous dit : « Notre modèle est fiable à 98 %. » Que lui demandez-vous avant de le croire ?
#
# <details><summary>Quelques questions utiles, pour la question 2</summary>
#
# « 98 % sur quelles données ? » Sur les exemples qui ont servi à l'entraîner, cela ne veut pas dire grand-chose.
# Sur un ensemble de test : cet ensemble a-t-il été mis de côté dès le début, et utilisé une seule fois, ou bien
# a-t-on choisi des modèles et des réglages dessus ? Une étape de préparation (choix des colonnes, changement d'échelle,
# valeurs complétées) a-t-elle été faite avant la séparation ? Une colonne contient-elle une information qu'on ne
# connaîtrait pas au moment de la décision ? Et les exemples de test ressemblent-ils à **vos** cas (vos clients,
# vos machines, vos patients) ?
#
# </details>

# %% [markdown] lang="en"
# ## 10. Why it matters at work
#
# - **Health.** Wong and colleagues (2021) checked a sepsis warning model used in hundreds of US hospitals on
#   38,455 hospital stays at the University of Michigan. It separated patients who developed sepsis from the others
#   with an area under the curve of 0.63 (on a scale where 0.5 is a coin flip and 1 is perfect), "substantially worse"
#   than its developer reported. In another study, Zech and colleagues (2018) found that chest X-ray models for
#   pneumonia trained in one hospital system did worse on X-rays from the other than on new X-rays from their own.
#   The share of pneumonia differed hugely between hospitals, and telling which hospital an image came from was
#   enough to score well: a shortcut that does not travel.
# - **Public service.** Google Flu Trends estimated flu activity from web searches. Its designers picked, among
#   about 50 million search terms, those that best matched 1,152 data points of official flu figures: plenty of room
#   to match by chance.
#   In February 2013 it was estimating more than double the share of doctor visits for flu-like illness reported by
#   the US Centers for Disease Control and Prevention (Lazer and colleagues, 2014).
# - **Research and evidence.** Kapoor and Narayanan (2023) found data leakage reported in 17 scientific fields,
#   affecting 294 papers, in some cases leading to "wildly overoptimistic conclusions". Before a decision rests on a
#   published model, ask how it was tested.
# - **Business.** Data-science competitions such as those on Kaggle show competitors a score on one part of the test
#   set, but rank them at the end on another part that stayed hidden, because competitors who submit again and again can
#   end up tuning their models to the visible part (Blum and Hardt, 2015). The same holds for an internal project: a
#   test set consulted at every step is slowly used up.
# - **Engineering.** Sensor readings from the same machine, or from the same day, look alike. If some land in the
#   training set and others in the test set, the test measures how well the model recognises machines it already knows,
#   not new ones. Split by machine (or by patient, or by customer), not by row: data-science tools have splitters
#   that keep each group together (in scikit-learn, for example, `GroupKFold`).
# - **Law.** For high-risk AI systems, the EU AI Act (Article 10) requires training, validation and testing data sets
#   that meet quality criteria: what you did in this lesson is part of what is expected. These requirements apply
#   from {{law.date.annex_iii}} to the high-risk uses listed in its Annex III (hiring, credit, education...) and
#   from {{law.date.annex_i}} to AI in products such as machines or medical devices (state of the law on
#   {{law.as_of}}).

# %% [markdown] lang="fr"
# ## 10. Pourquoi c'est important au travail
#
# - **Santé.** Wong et ses collègues (2021) ont vérifié un modèle d'alerte au sepsis utilisé dans des centaines
#   d'hôpitaux américains, sur 38 455 séjours à l'hôpital de l'université du Michigan. Il distinguait les patients
#   qui ont développé un sepsis des autres avec une aire sous la courbe de 0,63 (sur une échelle où 0,5 est un pile ou
#   face et 1 la perfection), un résultat « nettement inférieur » à celui qu'annonçait son éditeur. Dans une autre étude, Zech et
#   ses collègues (2018) ont constaté que des modèles de détection de pneumonie sur radiographie du thorax, entraînés
#   dans un groupe hospitalier, obtenaient de moins bons résultats sur les radiographies de l'autre que sur de
#   nouvelles radiographies du leur. La part de pneumonies différait énormément d'un hôpital à l'autre, et reconnaître l'hôpital
#   d'origine d'une image suffisait à obtenir un bon score : un raccourci qui ne se transpose pas.
# - **Service public.** Google Flu Trends estimait l'activité grippale à partir des recherches sur le web. Ses
#   concepteurs avaient retenu, parmi environ 50 millions de termes de recherche, ceux qui collaient le mieux à
#   1 152 données officielles sur la grippe : beaucoup de place pour des coïncidences. En février 2013, il estimait plus
#   du double de la part de consultations pour syndrome grippal relevée par les Centers for Disease Control and
#   Prevention américains (Lazer et ses collègues, 2014).
# - **Recherche et expertise.** Kapoor et Narayanan (2023) ont relevé des fuites de données signalées dans 17 disciplines
#   scientifiques, touchant 294 articles, et menant parfois à des « conclusions follement optimistes ». Avant qu'une
#   décision ne s'appuie sur un modèle publié, demandez comment il a été testé.
# - **Entreprise.** Les concours de science des données, comme ceux de Kaggle, montrent aux concurrents un score sur
#   une partie de l'ensemble de test, mais les classent à la fin sur une autre partie restée cachée : à force de
#   soumettre encore et encore, des concurrents peuvent finir par régler leurs modèles sur la partie visible (Blum et
#   Hardt, 2015). Il en va de même dans un projet interne : un ensemble de test consulté à chaque étape s'use peu à peu.
# - **Ingénierie.** Les relevés de capteurs d'une même machine, ou d'une même journée, se ressemblent. Si certains
#   tombent dans l'ensemble d'entraînement et d'autres dans l'ensemble de test, le test mesure si le modèle reconnaît
#   des machines qu'il connaît déjà, pas de nouvelles. Séparez par machine (ou par patient, ou par client), pas par
#   ligne : les outils de science des données savent séparer en gardant chaque groupe entier (dans scikit-learn,
#   par exemple, `GroupKFold`).
# - **Droit.** Pour les systèmes d'IA à haut risque, le règlement européen sur l'IA (article 10) exige des jeux de
#   données d'entraînement, de validation et de test qui répondent à des critères de qualité : ce que vous avez fait
#   dans cette leçon fait partie de ce qui est attendu. Ces exigences s'appliquent à partir du {{law.date.annex_iii}}
#   aux usages à haut risque de son annexe III (recrutement, crédit, éducation...) et à partir du
#   {{law.date.annex_i}} à l'IA intégrée à des produits comme les machines ou les dispositifs médicaux (état du droit
#   au {{law.as_of}}).

# %% [markdown] lang="en"
# ## 11. Limits of this lesson
#
# - Our points are generated, and the test points come from **exactly the same source** as the training points. Real
#   new cases often differ: another season, another hospital, another customer base. A good test score is necessary,
#   not sufficient; the test set must look like the cases the model will meet.
# - A test score is itself an estimate. With 2,000 test points it moves by about a point from one sample to another;
#   with 100, by several points.
# - "Accuracy", the share of right answers, is only one way to score a model. When one kind of mistake costs more than
#   the other, it can mislead: that is the subject of module 03.

# %% [markdown] lang="fr"
# ## 11. Limites de cette leçon
#
# - Nos points sont générés, et les points de test viennent **exactement de la même source** que les points
#   d'entraînement. De vrais nouveaux cas diffèrent souvent : une autre saison, un autre hôpital, une autre clientèle.
#   Un bon score de test est nécessaire, pas suffisant ; l'ensemble de test doit ressembler aux cas que le modèle
#   rencontrera.
# - Un score de test est lui-même une estimation. Avec 2 000 points de test, il varie d'environ un point d'un
#   échantillon à l'autre ; avec 100, de plusieurs points.
# - La « part de réponses justes » n'est qu'une façon de noter un modèle. Quand un type d'erreur coûte plus cher que
#   l'autre, elle peut tromper : c'est le sujet du module 03.

# %% [markdown] lang="en"
# ## Recap
#
# - A model is judged on examples it has **never seen** (the test set), not on its training examples.
# - More complexity always helps on the training examples, not on new ones. Too simple: **underfitting**.
#   Too complex: **overfitting**, the model learns the noise by heart. In between lies the **sweet spot**.
# - A model that is perfect on its training examples can be useless: a perfect training score proves nothing.
# - More training data narrows the gap between training and test scores, up to a ceiling set by the data.
# - **Data leakage** inflates scores: choosing the model on the test set, preparing the data with the test rows,
#   or a column that contains the answer. Keep the test set aside first, choose on a validation set, test once.
#
# Next: assignment 02 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - On juge un modèle sur des exemples qu'il n'a **jamais vus** (l'ensemble de test), pas sur ses exemples
#   d'entraînement.
# - Plus de complexité aide toujours sur les exemples d'entraînement, pas sur les nouveaux. Trop simple :
#   **sous-apprentissage**. Trop complexe : **surapprentissage**, le modèle apprend le bruit par cœur. Entre les deux,
#   le **juste milieu**.
# - Un modèle parfait sur ses exemples d'entraînement peut être inutile : un score parfait à l'entraînement ne prouve rien.
# - Plus de données d'entraînement resserrent l'écart entre scores d'entraînement et de test, jusqu'à un plafond fixé
#   par les données.
# - Les **fuites de données** gonflent les scores : choisir le modèle sur l'ensemble de test, préparer les données avec
#   les lignes de test, ou une colonne qui contient la réponse. Mettez le test de côté d'abord, choisissez sur un
#   ensemble de validation, testez une seule fois.
#
# Et ensuite : l'exercice 02 vous permet de vous exercer sur tout cela, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - scikit-learn developers (n.d.), *sklearn.datasets.make_moons*, scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.make_moons.html>
# - scikit-learn developers (n.d.), "Common pitfalls and recommended practices" (data leakage), scikit-learn user
#   guide: <https://scikit-learn.org/stable/common_pitfalls.html>
# - scikit-learn developers (n.d.), "Cross-validation: evaluating estimator performance" (including splits that
#   keep groups together), scikit-learn user guide: <https://scikit-learn.org/stable/modules/cross_validation.html>
# - T. Hastie, R. Tibshirani, J. Friedman (2009), *The Elements of Statistical Learning*, 2nd edition, Springer,
#   section 7.10.2, "The wrong and right way to do cross-validation": <https://hastie.su.domains/ElemStatLearn/>
# - A. Wong et al. (2021), "External validation of a widely implemented proprietary sepsis prediction model in
#   hospitalized patients", *JAMA Internal Medicine* 181(8), 1065–1070:
#   <https://doi.org/10.1001/jamainternmed.2021.2626>
# - J. R. Zech et al. (2018), "Variable generalization performance of a deep learning model to detect pneumonia in
#   chest radiographs: a cross-sectional study", *PLOS Medicine* 15(11), e1002683:
#   <https://doi.org/10.1371/journal.pmed.1002683>
# - D. Lazer, R. Kennedy, G. King, A. Vespignani (2014), "The parable of Google Flu: traps in big data analysis",
#   *Science* 343(6176), 1203–1205: <https://doi.org/10.1126/science.1248506>
# - S. Kapoor, A. Narayanan (2023), "Leakage and the reproducibility crisis in machine-learning-based science",
#   *Patterns* 4(9), 100804: <https://doi.org/10.1016/j.patter.2023.100804>
# - A. Blum, M. Hardt (2015), "The Ladder: a reliable leaderboard for machine learning competitions",
#   *Proceedings of the 32nd International Conference on Machine Learning*, PMLR 37, 1006–1014:
#   <https://proceedings.mlr.press/v37/blum15.html>
# - European Parliament and Council of the EU (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on
#   artificial intelligence (Artificial Intelligence Act)*, Official Journal of the EU, Article 3, points 29 to 32
#   (training, validation and testing data), Article 10 (data and data governance):
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), *Regulation (EU) 2026/1744 amending Regulation (EU)
#   2024/1689 (Digital Omnibus on AI)*, Official Journal of the EU (the new dates for Annex III and Annex I, as two
#   published readings of the text report them): <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>

# %% [markdown] lang="fr"
# ## Sources
#
# - Développeurs de scikit-learn (n.d.), *sklearn.datasets.make_moons*, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.make_moons.html>
# - Développeurs de scikit-learn (n.d.), « Common pitfalls and recommended practices » (les fuites de données),
#   guide de scikit-learn : <https://scikit-learn.org/stable/common_pitfalls.html>
# - Développeurs de scikit-learn (n.d.), « Cross-validation: evaluating estimator performance » (y compris les
#   séparations qui gardent les groupes entiers), guide de scikit-learn :
#   <https://scikit-learn.org/stable/modules/cross_validation.html>
# - T. Hastie, R. Tibshirani, J. Friedman (2009), *The Elements of Statistical Learning*, 2e édition, Springer,
#   section 7.10.2, « The wrong and right way to do cross-validation » : <https://hastie.su.domains/ElemStatLearn/>
# - A. Wong et al. (2021), « External validation of a widely implemented proprietary sepsis prediction model in
#   hospitalized patients », *JAMA Internal Medicine* 181(8), 1065–1070 :
#   <https://doi.org/10.1001/jamainternmed.2021.2626>
# - J. R. Zech et al. (2018),
#   « *Variable generalization performance of a deep learning model to detect pneumonia in chest radiographs: a cross-sectional study* »,
#   *PLOS Medicine* 15(11), e1002683 : <https://doi.org/10.1371/journal.pmed.1002683>
# - D. Lazer, R. Kennedy, G. King, A. Vespignani (2014), « The parable of Google Flu: traps in big data analysis »,
#   *Science* 343(6176), 1203–1205 : <https://doi.org/10.1126/science.1248506>
# - S. Kapoor, A. Narayanan (2023), « Leakage and the reproducibility crisis in machine-learning-based science »,
#   *Patterns* 4(9), 100804 : <https://doi.org/10.1016/j.patter.2023.100804>
# - A. Blum, M. Hardt (2015), « *The Ladder: a reliable leaderboard for machine learning competitions* »,
#   *Proceedings of the 32nd International Conference on Machine Learning*, PMLR 37, 1006–1014 :
#   <https://proceedings.mlr.press/v37/blum15.html>
# - Parlement européen et Conseil de l'UE (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées
#   concernant l'intelligence artificielle (règlement sur l'intelligence artificielle)*, Journal officiel de l'UE,
#   article 3, points 29 à 32 (données d'entraînement, de validation et de test), article 10 (données et
#   gouvernance des données) : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), *Règlement (UE) 2026/1744 modifiant le règlement (UE) 2024/1689
#   (omnibus numérique sur l'IA)*, Journal officiel de l'UE (les nouvelles dates des annexes III et I, telles que les
#   rapportent deux lectures publiées du texte) : <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
