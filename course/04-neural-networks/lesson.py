# %% [markdown] lang="en"
# # Module 04: neural networks, a playground
#
# In this lesson you will:
#
# 1. set by hand the two weights and the bias of **one neuron**, and see what each of them does,
# 2. watch **gradient descent**, the way networks learn, find good weights step by step,
# 3. train small **neural networks** live, choosing their layers, neurons and learning rate, and watch them
#    learn shapes that one neuron cannot.
#
# Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise). The course's words are in the
# [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 04 : les réseaux de neurones, un bac à sable
#
# Dans cette leçon, vous allez :
#
# 1. régler à la main les deux poids et le biais d'**un neurone**, et voir ce que fait chacun d'eux,
# 2. regarder la **descente de gradient**, la façon dont les réseaux apprennent, trouver de bons poids pas à pas,
# 3. entraîner en direct de petits **réseaux de neurones**, en choisissant leurs couches, leurs neurones et leur
#    taux d'apprentissage, et les regarder apprendre des formes qu'un seul neurone ne sait pas séparer.
#
# Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice). Les mots du cours sont
# dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# You do not need to know how to program: you run cells, change a number here and there, move sliders and
# press buttons.
#
# **How to use this notebook.** The grey boxes are *code cells*. Click in one and press **Shift + Enter**
# to run it: its result appears just below. Run the cells in order, from top to bottom. You cannot break
# anything: a cell can always be run again. If something looks wrong, use
# *Kernel ▸ Restart Kernel and Run All Cells* to start again from the top.

# %% [markdown] lang="fr" only="notebook"
# Nul besoin de savoir programmer : vous exécutez des cellules, vous changez un nombre par-ci par-là, vous déplacez
# des curseurs et vous appuyez sur des boutons.
#
# **Mode d'emploi.** Les cases grises sont des *cellules de code*. Cliquez dans l'une d'elles et appuyez sur
# **Maj + Entrée** pour l'exécuter : le résultat s'affiche juste en dessous. Exécutez les cellules dans l'ordre,
# de haut en bas. Vous ne pouvez rien casser : une cellule peut toujours être relancée. Si quelque chose
# ne va pas, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
# and Run All Cells* si les menus sont en anglais) pour tout reprendre depuis le début.

# %% [markdown] lang="en" only="page"
# You do not need to know how to program: you move sliders, choose from menus and press buttons.
#
# **How to use this page.** There is nothing to install, type or run: the page computed everything when it
# opened, and the tables, charts and scores below are live. Under some charts are controls (sliders, tick boxes,
# buttons): move a slider or press a button, and what is right next to it changes within a second or two. Read from
# top to bottom. You cannot break anything: to start again, reload the page. With the keyboard, the Tab key moves
# from one control to the next and the arrow keys move a slider.

# %% [markdown] lang="fr" only="page"
# Nul besoin de savoir programmer : vous déplacez des curseurs, vous choisissez dans des menus et vous appuyez sur
# des boutons.
#
# **Mode d'emploi.** Rien à installer, à taper ni à exécuter : la page a tout calculé à son ouverture, et les
# tableaux, graphiques et scores ci-dessous sont vivants. Sous certains graphiques se trouvent des commandes (curseurs,
# cases à cocher, boutons) : déplacez un curseur ou appuyez sur un bouton, et ce qui se trouve juste à côté change en
# une ou deux secondes. Lisez de haut en bas. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.
# Au clavier, la touche Tab passe d'une commande à la suivante et les flèches déplacent un curseur.

# %% [markdown] lang="en" only="notebook"
# The first cell sets the language of the charts and messages; the second loads the course's tools
# and makes charts appear in the notebook.

# %% [markdown] lang="fr" only="notebook"
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours
# et fait apparaître les graphiques dans le notebook.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
import matplotlib.pyplot as plt

from caire import decimal, integer, percent
from caire.modules.neural_networks.figures import (
    plot_descent, plot_network, plot_neuron, plot_neuron_descent, plot_shapes,
)
from caire.modules.neural_networks.model import count_weights, descend, descent_loss, neuron_accuracy, train_network
from caire.modules.neural_networks.widgets import descent_explorer, neuron_explorer, playground, weight_counter

# %% [markdown] lang="en"
# ## 1. What a neural network is, in one paragraph
#
# A **neural network** is a calculation built from many small, identical pieces called **neurons**, arranged
# in **layers**. Each neuron does very simple arithmetic: a few multiplications and an addition. What the network
# does depends on the numbers used in those multiplications, its **weights**, and nobody writes them by hand:
# they are **learned from examples**, like the decision tree of module 01.
#
# The name comes from a loose analogy with nerve cells, made in the 1940s and 1950s (McCulloch and Pitts, 1943):
# Frank Rosenblatt's *perceptron* (1958) was one neuron of this kind. Today's networks are arithmetic on a computer; they do not
# work like a brain, and this lesson will show you all the arithmetic there is.

# %% [markdown] lang="fr"
# ## 1. Un réseau de neurones, en un paragraphe
#
# Un **réseau de neurones** est un calcul construit à partir de nombreuses petites pièces identiques appelées
# **neurones**, rangées en **couches**. Chaque neurone fait une arithmétique très simple : quelques multiplications
# et une addition. Ce que fait le réseau dépend des nombres utilisés dans ces multiplications, ses **poids**,
# et personne ne les écrit à la main : ils sont **appris à partir d'exemples**, comme l'arbre de décision
# du module 01.
#
# Le nom vient d'une analogie lointaine avec les cellules nerveuses, faite dans les années 1940 et 1950
# (McCulloch et Pitts, 1943) : le *perceptron* de Frank Rosenblatt (1958) était un neurone de ce genre. Les réseaux d'aujourd'hui sont de
# l'arithmétique sur un ordinateur ; ils ne fonctionnent pas comme un cerveau, et cette leçon va vous montrer
# toute l'arithmétique qu'il y a.

# %% [markdown] lang="en"
# ## 2. The task: orange or blue?
#
# Each point on the charts below has two numbers, its position across (**x1**) and up (**x2**), and a colour,
# orange or blue. The task: **from the two numbers alone, tell the colour.** There are four sets of points,
# from the easiest to the hardest: two clouds, a disc inside a ring ("circles"), a chessboard of four squares
# ("XOR") and two arms wound around each other ("spiral").
#
# Two numbers and two groups stand in for many tasks at work: two sensor readings and "fault or no fault",
# two blood-test values and "ill or not", an amount and a time of day and "fraud or not". Real tasks have more
# numbers, but with two we can draw everything. The same four sets appear in the *TensorFlow Playground*,
# a web page made by Google researchers to show how networks learn, which this lesson imitates.
#
# Each set has **200 points to learn from** and **200 unseen points**, drawn separately with the same recipe
# (and fixed random seeds, so everyone sees the same points), kept aside for the test.

# %% [markdown] lang="fr"
# ## 2. La tâche : orange ou bleu ?
#
# Chaque point des graphiques ci-dessous a deux nombres, sa position à l'horizontale (**x1**) et à la verticale
# (**x2**), et une couleur, orange ou bleue. La tâche : **à partir des deux nombres seulement, dire la couleur.**
# Il y a quatre jeux de points, du plus facile au plus difficile : deux nuages, un disque dans un anneau
# (« cercles »), un damier de quatre cases (« XOR ») et deux bras enroulés l'un autour de l'autre (« spirale »).
#
# Deux nombres et deux groupes tiennent lieu de bien des tâches au travail : deux relevés de capteurs et
# « panne ou pas », deux valeurs d'une prise de sang et « malade ou pas », un montant et une heure et
# « fraude ou pas ». Les vraies tâches ont plus de nombres, mais avec deux, on peut tout dessiner. Les mêmes
# quatre jeux figurent dans le *TensorFlow Playground*, une page web créée par des chercheurs de Google pour montrer
# comment les réseaux apprennent, et que cette leçon imite.
#
# Chaque jeu compte **200 points pour apprendre** et **200 points jamais vus**, tirés à part avec la même recette
# (et des graines aléatoires fixes, pour que tout le monde voie les mêmes points), mis de côté pour le test.

# %%
plot_shapes();

# %% [markdown] lang="en"
# ## 3. One neuron
#
# A neuron receives the two numbers of a point, x1 and x2, and does three things:
#
# 1. it multiplies each number by its own **weight** (w1 for x1, w2 for x2): a weight says how much that input
#    counts, and in which direction (a negative weight pulls the other way);
# 2. it adds the two results and one more number of its own, the **bias** (b), to get a **total**;
# 3. it turns the total into a number between 0 and 1: near 1 for a large total, one half for a total of 0, near 0
#    for a very negative total. This last step is called the **activation**. We read its result as "how sure the
#    neuron is that the point is blue".
#
# So the neuron says **blue where the total is above 0**, orange elsewhere. The border between the two, where the
# total is exactly 0, is always a **straight line**. The weights turn that line (and set how fast the colour changes
# across it); the bias moves it without turning it.
#
# <details><summary>Going further: the neuron as a formula</summary>
#
# total = w1 × x1 + w2 × x2 + b, and the neuron says blue where w1 × x1 + w2 × x2 + b > 0. Its activation here is
# the *sigmoid*, 1 ÷ (1 + e<sup>−total</sup>), where e ≈ 2.718: it gives exactly 0.5 for a total of 0.
#
# </details>
#
# The chart shows the neuron with w1 = 1, w2 = −1 and b = 0 on the two clouds. The shading is what it says
# (deeper colour: more sure), the black line its border.

# %% [markdown] lang="fr"
# ## 3. Un neurone
#
# Un neurone reçoit les deux nombres d'un point, x1 et x2, et fait trois choses :
#
# 1. il multiplie chaque nombre par son propre **poids** (w1 pour x1, w2 pour x2) : un poids dit combien cette
#    entrée compte, et dans quel sens (un poids négatif tire de l'autre côté) ;
# 2. il additionne les deux résultats et un nombre de plus qui lui est propre, le **biais** (b), pour obtenir un
#    **total** ;
# 3. il transforme ce total en un nombre entre 0 et 1 : proche de 1 pour un grand total, un demi pour un total nul,
#    proche de 0 pour un total très négatif. Cette dernière étape s'appelle l'**activation**. On lit son résultat
#    comme « à quel point le neurone est sûr que le point est bleu ».
#
# Le neurone dit donc **bleu là où le total est supérieur à 0**, orange ailleurs. La frontière entre les deux, là où
# le total vaut exactement 0, est toujours une **ligne droite**. Les poids font tourner cette ligne (et règlent la
# vitesse à laquelle la couleur change en la traversant) ; le biais la déplace sans la faire tourner.
#
# <details><summary>Pour aller plus loin : le neurone en formule</summary>
#
# total = w1 × x1 + w2 × x2 + b, et le neurone dit bleu là où w1 × x1 + w2 × x2 + b > 0. Son activation est ici
# la *sigmoïde*, 1 ÷ (1 + e<sup>−total</sup>), où e ≈ 2,718 : elle donne exactement 0,5 pour un total nul.
#
# </details>
#
# Le graphique montre le neurone avec w1 = 1, w2 = −1 et b = 0 sur les deux nuages. La teinte est ce qu'il dit
# (couleur plus foncée : plus sûr), la ligne noire sa frontière.

# %%
plot_neuron(1.0, -1.0, 0.0);

# %% [markdown] lang="en"
# That neuron is right on about half of the points: no better than tossing a coin. **Your turn**: move the three
# sliders below until the neuron is right on at least 95% of the points. Watch what each slider does to the line.

# %% [markdown] lang="fr"
# Ce neurone classe correctement environ la moitié des points : pas mieux qu'un tirage à pile ou face. **À vous** :
# déplacez les trois curseurs ci-dessous jusqu'à ce que le neurone classe correctement au moins 95 % des points.
# Observez ce que chaque curseur fait à la ligne.

# %%
neuron_explorer(w1=1.0, w2=-1.0, bias=0.0)

# %% [markdown] lang="en" only="notebook"
# You can also try weights in code: replace the three numbers below (w1, w2, b) and run the cell again.
# It prints the share of training points the neuron gets right, then the same on the unseen points.

# %% [markdown] lang="fr" only="notebook"
# Vous pouvez aussi essayer des poids dans le code : remplacez les trois nombres ci-dessous (w1, w2, b) et relancez
# la cellule. Elle affiche la part des points d'entraînement que le neurone classe correctement, puis la même chose
# pour les points jamais vus (écrivez les nombres avec un point, pas une virgule).

# %% [markdown] lang="en" only="page"
# Above the chart, the explorer gives two shares for the weights you set: the training points the neuron gets right,
# then the same on the unseen points, which played no part in your choice. Are they close?

# %% [markdown] lang="fr" only="page"
# Au-dessus du graphique, l'explorateur donne deux parts pour les poids que vous avez réglés : les points
# d'entraînement que le neurone classe correctement, puis la même chose pour les points jamais vus, qui n'ont joué
# aucun rôle dans votre choix. Sont-elles proches ?

# %% only="notebook"
on_training_points = neuron_accuracy(1.0, 1.0, 0.5)
on_unseen_points = neuron_accuracy(1.0, 1.0, 0.5, split="test")
print(percent(on_training_points), " / ", percent(on_unseen_points))

# %% [markdown] lang="en"
# ## 4. How wrong is it? The loss
#
# You judged your neuron by its share of points right. To learn by itself, the computer needs a finer measure,
# one number that says how wrong the weights are: the **loss**. For each training point, the neuron gives a
# probability that the point is blue; the loss gives a small penalty when it gives the right colour a high
# probability, and a large one when it is **confidently wrong**. The loss of the network is the average penalty
# over the training points: 0 would mean "always right and completely sure"; lower is better.
#
# <details><summary>Going further: the name of this loss</summary>
#
# This loss is called *cross-entropy* or *log loss*. For one point, the penalty is −log(p), where p is the
# probability the neuron gives to the point's true colour: close to 0 when p is close to 1, larger and larger as p
# gets close to 0. Other tasks use other losses, as you will see next: the method for lowering them is the same.
#
# </details>

# %% [markdown] lang="fr"
# ## 4. À quel point se trompe-t-il ? La perte
#
# Vous avez jugé votre neurone à sa part de points bien classés. Pour apprendre seul, l'ordinateur a besoin d'une
# mesure plus fine, un seul nombre qui dit à quel point les poids sont mauvais : la **perte**. Pour chaque point
# d'entraînement, le neurone donne une probabilité que le point soit bleu ; la perte inflige une petite pénalité
# quand il donne une forte probabilité à la bonne couleur, et une grosse quand il se trompe **avec assurance**.
# La perte du réseau est la pénalité moyenne sur les points d'entraînement : 0 voudrait dire « toujours juste et
# parfaitement sûr » ; plus elle est basse, mieux c'est.
#
# <details><summary>Pour aller plus loin : le nom de cette perte</summary>
#
# Cette perte s'appelle l'*entropie croisée* ou *perte logistique*. Pour un point, la pénalité vaut −log(p), où p est
# la probabilité que le neurone donne à la vraie couleur du point : proche de 0 quand p est proche de 1, de plus en
# plus grande quand p s'approche de 0. D'autres tâches utilisent d'autres pertes, vous allez en voir une : la méthode
# pour les faire baisser est la même.
#
# </details>

# %% [markdown] lang="en"
# ## 5. Gradient descent, with a single weight
#
# Start with the smallest network there is: **one neuron, one input x, one weight w**, no bias and no
# activation. It predicts y = w × x. We have 12 examples (x, y); its loss grows with the gaps between its
# predictions and the real y. The right-hand chart shows that loss for every value of w: a bowl. The best weight is at the bottom.
#
# The computer cannot see the whole bowl: computing the loss for every possible weight of a real network would
# take forever. What it **can** compute, at the weight where it stands, is the **slope** of the loss (its
# *gradient*): which way is downhill, and how steep. **Gradient descent** repeats one move: step downhill, by a
# step that is longer where the slope is steeper. The **learning rate** sets the size of the steps.
#
# <details><summary>Going further: the move as a formula</summary>
#
# The loss here is the average of the squared gaps between what the neuron predicts and the real y. Each step does
#
# > new weight = weight − learning rate × slope
#
# so a steep slope gives a long step, and the minus sign makes the step go downhill.
#
# </details>
#
# The chart starts at w = −1 and takes 10 steps with a learning rate of 0.1: each orange dot is one step. On the
# left, the line y = w × x of the last weight, against the examples.

# %% [markdown] lang="fr"
# ## 5. La descente de gradient, avec un seul poids
#
# Commençons par le plus petit réseau qui soit : **un neurone, une entrée x, un poids w**, sans biais ni activation.
# Il prédit y = w × x. Nous avons 12 exemples (x, y) ; sa perte grandit avec les écarts entre ses prédictions et le
# vrai y. Le graphique de droite montre cette perte pour chaque valeur de w : une cuvette. Le meilleur poids est au fond.
#
# L'ordinateur ne voit pas toute la cuvette : calculer la perte pour tous les poids possibles d'un vrai réseau
# prendrait une éternité. Ce qu'il **peut** calculer, au poids où il se trouve, c'est la **pente** de la perte
# (son *gradient*) : de quel côté ça descend, et à quel point. La **descente de gradient** répète un seul geste :
# faire un pas vers le bas, d'autant plus long que la pente est forte. Le **taux d'apprentissage** règle la taille
# des pas.
#
# <details><summary>Pour aller plus loin : le geste en formule</summary>
#
# La perte est ici la moyenne des carrés des écarts entre ce que prédit le neurone et le vrai y. Chaque pas fait
#
# > nouveau poids = poids − taux d'apprentissage × pente
#
# si bien qu'une forte pente donne un long pas, et que le signe moins fait descendre.
#
# </details>
#
# Le graphique part de w = −1 et fait 10 pas avec un taux d'apprentissage de 0,1 : chaque point orange est un pas.
# À gauche, la droite y = w × x du dernier poids, face aux exemples.

# %%
plot_descent(0.1, steps=10);

# %% [markdown] lang="en"
# The same in numbers: the 11 weights visited (the start and 10 steps), then the loss at the start and at the end.

# %% [markdown] lang="fr"
# La même chose en nombres : les 11 poids visités (le départ et 10 pas), puis la perte au départ et à la fin.

# %%
weights = descend(0.1, steps=10)
print(*(decimal(weight, 2) for weight in weights), sep="  ")
print(decimal(descent_loss(weights[0]), 3), "->", decimal(descent_loss(weights[-1]), 3))

# %% [markdown] lang="en"
# **Your turn**: move the learning rate. Try 0.01, 0.3, 0.5, 1.0 and 1.2. Which ones reach the bottom in 10 steps?
# What happens when the steps are too long?

# %% [markdown] lang="fr"
# **À vous** : changez le taux d'apprentissage. Essayez 0,01, 0,3, 0,5, 1,0 et 1,2. Lesquels atteignent le fond en
# 10 pas ? Que se passe-t-il quand les pas sont trop longs ?

# %%
descent_explorer(learning_rate=0.1, steps=10)

# %% [markdown] lang="en"
# What to notice:
#
# - With a **small** learning rate, every step goes the right way, but the descent crawls: after 10 steps
#   it is still far from the bottom.
# - With a **well-chosen** one, a few steps are enough.
# - With a **large** one, each step jumps over the bottom and lands on the other side; beyond a certain size,
#   it lands higher each time and the loss **grows** instead of shrinking: the descent "blows up".
#
# Real networks have thousands or billions of weights, and their loss is not a neat bowl, but they learn with this
# same move, applied to every weight at once. Choosing the learning rate is one of the practical difficulties
# of training.

# %% [markdown] lang="fr"
# À remarquer :
#
# - Avec un **petit** taux d'apprentissage, chaque pas va dans le bon sens, mais la descente se traîne : après
#   10 pas, elle est encore loin du fond.
# - Avec un taux **bien choisi**, quelques pas suffisent.
# - Avec un **grand** taux, chaque pas saute par-dessus le fond et retombe de l'autre côté ; au-delà d'une certaine
#   taille, il retombe plus haut à chaque fois et la perte **augmente** au lieu de baisser : la descente « explose ».
#
# Les vrais réseaux ont des milliers ou des milliards de poids, et leur perte n'est pas une jolie cuvette, mais ils
# apprennent avec ce même geste, appliqué à tous les poids à la fois. Choisir le taux d'apprentissage est l'une des
# difficultés pratiques de l'entraînement.

# %% [markdown] lang="en"
# ## 6. The neuron of section 3, found by gradient descent
#
# Back to the two clouds. The neuron now has three numbers to find (w1, w2 and b), and its loss is the one of
# section 4, but the method is the same: compute the slope of the loss for each of the three numbers, and move each
# one a little downhill. One pass over the 200 training points, and one move, is called an **epoch**.
#
# Below, the neuron starts from random weights and trains for 100 epochs. Its result starts with one line: the
# training time, then the share of training points and of unseen points right. The left chart shows the neuron's border at a few moments
# (light grey at the start, black at the end); the right chart shows the loss after each epoch.
#
# <details><summary>Going further: the method the computer uses</summary>
#
# The computer uses *Adam*, a refined gradient descent that adapts the size of each weight's steps as it goes
# (Kingma and Ba, 2015), through the PyTorch library. Strictly, its version of the neuron gives each colour a score
# and compares them; that comes to exactly one neuron, and the chart shows it as one.
#
# </details>

# %% [markdown] lang="fr"
# ## 6. Le neurone de la partie 3, trouvé par descente de gradient
#
# Retour aux deux nuages. Le neurone a maintenant trois nombres à trouver (w1, w2 et b), et sa perte est celle de la
# partie 4, mais la méthode est la même : calculer la pente de la perte pour chacun des trois nombres, et déplacer
# chacun un peu vers le bas. Un passage sur les 200 points d'entraînement, et un déplacement, s'appelle une
# **époque**.
#
# Ci-dessous, le neurone part de poids tirés au hasard et s'entraîne pendant 100 époques. Le résultat commence par
# une ligne : la durée de l'entraînement, puis la part des points d'entraînement et des points jamais vus bien classés. Le graphique de gauche
# montre la frontière du neurone à quelques moments (gris clair au début, noir à la fin) ; celui de droite montre la
# perte après chaque époque.
#
# <details><summary>Pour aller plus loin : la méthode qu'utilise l'ordinateur</summary>
#
# L'ordinateur utilise *Adam*, une descente de gradient perfectionnée qui adapte en chemin la taille des pas de
# chaque poids (Kingma et Ba, 2015), au moyen de la bibliothèque PyTorch. Pour être exact, sa version du neurone
# donne un score à chaque couleur et les compare ; cela revient exactement à un neurone, et le graphique le montre
# comme tel.
#
# </details>

# %%
neuron = train_network("clouds", hidden=[], learning_rate=0.1, epochs=100)
print(decimal(neuron.train_seconds), "s:", percent(neuron.train_accuracy), " / ", percent(neuron.test_accuracy))
plot_neuron_descent(neuron);

# %% [markdown] lang="en"
# In a fraction of a second, the computer found weights at least as good as yours, by 100 small moves downhill,
# without ever seeing the chart. Its weights are larger than yours: that only makes the neuron more sure of itself,
# the border stays where it is.

# %% [markdown] lang="fr"
# En une fraction de seconde, l'ordinateur a trouvé des poids au moins aussi bons que les vôtres, par 100 petits pas
# vers le bas, sans jamais voir le graphique. Ses poids sont plus grands que les vôtres : cela rend seulement le
# neurone plus sûr de lui, la frontière reste au même endroit.

# %% [markdown] lang="en"
# ## 7. Where one neuron is not enough
#
# Now the same training on the circles: a blue disc inside an orange ring.

# %% [markdown] lang="fr"
# ## 7. Là où un neurone ne suffit pas
#
# Maintenant, le même entraînement sur les cercles : un disque bleu dans un anneau orange.

# %%
alone = train_network("circles", hidden=[])
plot_network(alone);

# %% [markdown] lang="en"
# Little better than tossing a coin: no straight line can separate a disc from the ring around it, however long
# the training.
# The same is true of the XOR chessboard. Marvin Minsky and Seymour Papert made this kind of limit of single-layer
# perceptrons famous in their 1969 book *Perceptrons*.

# %% [markdown] lang="fr"
# À peine mieux qu'un tirage à pile ou face : aucune ligne droite ne sépare un disque de l'anneau qui l'entoure,
# quelle que soit la durée de l'entraînement. Il en va de même pour le damier XOR. Marvin Minsky et Seymour Papert ont rendu célèbre
# ce genre de limite des perceptrons à une couche dans leur livre *Perceptrons* de 1969.

# %% [markdown] lang="en"
# ## 8. Layers of neurons: the playground
#
# The way out is to put neurons in **layers**. In a **hidden layer**, several neurons each look at the point and
# each draw their own straight border; a last neuron then combines their outputs. Several straight borders together
# can close a shape around the disc; more neurons, or more layers, can draw more complicated shapes.
#
# The **activation** is what makes this work. Without it, a stack of layers still comes down to one sum of
# weights times inputs, so one straight line. The playground's activation menu offers three common kinds, which give
# borders of different looks.
#
# <details><summary>Going further: the three activations of the playground</summary>
#
# - *sigmoid*: the 0-to-1 curve of section 3;
# - *tanh*: the same shape, from −1 to 1;
# - *ReLU* (relu in the menu): keeps positive totals as they are and turns negative ones into 0. Borders drawn with
#   it are made of straight pieces.
#
# </details>
#
# To find the slope of the loss for every weight of every layer at once, networks use **backpropagation**:
# the error at the output is passed back, layer by layer, to tell each weight how it contributed. David Rumelhart,
# Geoffrey Hinton and Ronald Williams showed in 1986 that it lets hidden layers learn useful features. PyTorch
# does it for us.

# %% [markdown] lang="fr"
# ## 8. Des couches de neurones : le bac à sable
#
# La solution est de ranger les neurones en **couches**. Dans une **couche cachée**, plusieurs neurones regardent
# chacun le point et tracent chacun leur propre frontière droite ; un dernier neurone combine ensuite leurs sorties.
# Plusieurs frontières droites ensemble peuvent fermer une forme autour du disque ; plus de neurones, ou plus de
# couches, peuvent dessiner des formes plus compliquées.
#
# C'est l'**activation** qui rend cela possible. Sans elle, un empilement de couches revient toujours à une seule
# somme de poids multipliés par les entrées, donc à une seule ligne droite. Le menu des activations du bac à sable en
# propose trois courantes, qui donnent aux frontières des aspects différents.
#
# <details><summary>Pour aller plus loin : les trois activations du bac à sable</summary>
#
# - la *sigmoïde* (sigmoid dans le menu) : la courbe de 0 à 1 de la partie 3 ;
# - *tanh* : la même forme, de −1 à 1 ;
# - *ReLU* (relu dans le menu) : garde les totaux positifs tels quels et remplace les négatifs par 0. Les frontières
#   qu'elle trace sont faites de morceaux droits.
#
# </details>
#
# Pour trouver la pente de la perte pour chaque poids de chaque couche à la fois, les réseaux utilisent la
# **rétropropagation** : l'erreur à la sortie est renvoyée vers l'arrière, couche par couche, pour dire à chaque
# poids comment il y a contribué. David Rumelhart, Geoffrey Hinton et Ronald Williams ont montré en 1986 qu'elle
# permet aux couches cachées d'apprendre des caractéristiques utiles. PyTorch la fait pour nous.

# %% [markdown] lang="en"
# Here is the playground. Choose the data, the number of hidden layers and of neurons in each, the activation,
# the learning rate and the number of epochs, then press **Train**. While it trains, the progress bar counts the
# epochs and the charts are redrawn a few times: on the left the points to learn from and what the network says
# about every spot of the plane, on the right the loss after each epoch. Below the buttons: the training time,
# the number of weights, and the share of training points and of unseen points it gets right. It has already
# trained once, on the circles, with one hidden layer of 4 neurons.

# %% [markdown] lang="fr"
# Voici le bac à sable. Choisissez les données, le nombre de couches cachées et de neurones dans chacune,
# l'activation, le taux d'apprentissage et le nombre d'époques, puis appuyez sur **Entraîner**. Pendant
# l'entraînement, la barre de progression compte les époques et les graphiques sont redessinés quelques fois :
# à gauche les points pour apprendre et ce que le réseau dit de chaque endroit du plan, à droite la perte après
# chaque époque. Sous les boutons : la durée de l'entraînement, le nombre de poids, et la part des points
# d'entraînement et des points jamais vus qu'il classe bien. Il s'est déjà entraîné une fois, sur les cercles,
# avec une couche cachée de 4 neurones.

# %%
playground()

# %% [markdown] lang="en"
# Things to try (each training takes about a second):
#
# 1. **Circles**, one hidden layer: 1 neuron, then 2, then 3. How many straight borders does it take to close
#    a shape around the disc?
# 2. **XOR**: 0 hidden layers (one neuron), then one layer of 4 neurons.
# 3. **Spiral**: one layer of 4 neurons, then two layers of 8. Count the weights each time.
# 4. **Learning rate**: on the spiral with two layers of 8, try 0.001 and 1. Watch the loss curve:
#    too slow, or jumpy?
# 5. **Activation**: the same network with each of the three choices of the activation menu. The borders have
#    different looks.

# %% [markdown] lang="fr"
# À essayer (chaque entraînement prend environ une seconde) :
#
# 1. **Cercles**, une couche cachée : 1 neurone, puis 2, puis 3. Combien de frontières droites faut-il pour fermer
#    une forme autour du disque ?
# 2. **XOR** : 0 couche cachée (un neurone), puis une couche de 4 neurones.
# 3. **Spirale** : une couche de 4 neurones, puis deux couches de 8. Comptez les poids à chaque fois.
# 4. **Taux d'apprentissage** : sur la spirale avec deux couches de 8, essayez 0,001 et 1. Regardez la courbe
#    de perte : trop lente, ou en dents de scie ?
# 5. **Activation** : le même réseau avec chacun des trois choix du menu des activations. Les frontières n'ont pas le
#    même aspect.

# %% [markdown] lang="en" only="notebook"
# ## 9. The same in code, and counting the weights
#
# The playground calls `train_network`. Here it trains two hidden layers of 8 neurons on the spiral. The cell
# prints the training time, the number of weights, then the share of training points and of unseen points right;
# the chart shows the **unseen** points this time, against what the network learned from the others.

# %% [markdown] lang="fr" only="notebook"
# ## 9. La même chose en code, et le compte des poids
#
# Le bac à sable appelle `train_network`. Ici, elle entraîne deux couches cachées de 8 neurones sur la spirale.
# La cellule affiche la durée de l'entraînement, le nombre de poids, puis la part des points d'entraînement et des
# points jamais vus bien classés ; le graphique montre cette fois les points **jamais vus**, face à ce que le réseau
# a appris des autres.

# %% [markdown] lang="en" only="page"
# ## 9. One more network, and counting the weights
#
# When this page opened, it trained two hidden layers of 8 neurons on the spiral, as the playground does. Below: the
# training time, the number of weights, then the share of training points and of unseen points right; the chart
# shows the **unseen** points this time, against what the network learned from the others.

# %% [markdown] lang="fr" only="page"
# ## 9. Encore un réseau, et le compte des poids
#
# À son ouverture, cette page a entraîné deux couches cachées de 8 neurones sur la spirale, comme le fait le bac à
# sable. Ci-dessous : la durée de l'entraînement, le nombre de poids, puis la part des points d'entraînement et des
# points jamais vus bien classés ; le graphique montre cette fois les points **jamais vus**, face à ce que le réseau
# a appris des autres.

# %%
spiral = train_network("spiral", hidden=[8, 8], activation="tanh", learning_rate=0.1, epochs=500)
print(decimal(spiral.train_seconds), "s", " / ", integer(spiral.weights), " / ", percent(spiral.train_accuracy), " / ", percent(spiral.test_accuracy))
plot_network(spiral, split="test");

# %% [markdown] lang="en"
# Every weight and every bias is one number that training sets. A network with two inputs, hidden layers of 8 and 8
# neurons, and two outputs has 114 of them: each neuron has one weight per input it receives, plus its bias.

# %% [markdown] lang="fr"
# Chaque poids et chaque biais est un nombre que l'entraînement règle. Un réseau à deux entrées, des couches cachées
# de 8 et 8 neurones et deux sorties en a 114 : chaque neurone a un poids par entrée qu'il reçoit, plus son biais.

# %% [markdown] lang="en" only="notebook"
# `count_weights` does the sum for any hidden layers you give it:

# %% [markdown] lang="fr" only="notebook"
# `count_weights` fait le calcul pour les couches cachées que vous lui donnez :

# %% [markdown] lang="en" only="page"
# The counter below does the sum for any hidden layers: move its two sliders, up to 4 layers of 32 neurons.

# %% [markdown] lang="fr" only="page"
# Le compteur ci-dessous fait le calcul pour n'importe quelles couches cachées : déplacez ses deux curseurs, jusqu'à
# 4 couches de 32 neurones.

# %% only="page"
weight_counter(layers=2, neurons=8)

# %% only="notebook"
count_weights([8, 8]), count_weights([32, 32, 32, 32])

# %% [markdown] lang="en"
# For scale: the GPT-3 language model described in 2020 has 175 billion of these numbers (Brown et al., 2020).
# It is trained with the same ingredients you have just seen: weights, a loss, backpropagation and gradient
# descent, with far more data and computing power. What changes with size is what the network can represent and
# how much it costs to train, not the principle.

# %% [markdown] lang="fr"
# Pour l'échelle : le modèle de langage GPT-3 décrit en 2020 compte 175 milliards de ces nombres (Brown et al., 2020).
# Il est entraîné avec les ingrédients que vous venez de voir : des poids, une perte, la rétropropagation et la
# descente de gradient, avec beaucoup plus de données et de puissance de calcul. Ce qui change avec la taille, c'est
# ce que le réseau peut représenter et ce que coûte son entraînement, pas le principe.

# %% [markdown] lang="en"
# ## 10. Limits: what the network does not know
#
# - **Luck of the start.** Training starts from random weights. Below, the same network (one hidden layer of
#   3 neurons, on the circles) is trained from six different random starts, numbered 0 to 5: here is the share of
#   unseen points each gets right. The same settings do not always give the same network.

# %% [markdown] lang="fr"
# ## 10. Limites : ce que le réseau ne sait pas
#
# - **La chance du départ.** L'entraînement part de poids tirés au hasard. Ci-dessous, le même réseau (une couche
#   cachée de 3 neurones, sur les cercles) est entraîné à partir de six départs au hasard différents, numérotés
#   de 0 à 5 : voici la part des points jamais vus que chacun classe bien. Les mêmes réglages ne donnent pas toujours
#   le même réseau.

# %%
print(*(percent(train_network("circles", hidden=[3], seed=start).test_accuracy) for start in range(6)), sep="  ")

# %% [markdown] lang="en"
# - **It always answers.** Look at the corners of the spiral chart above: no point was ever there, yet the network
#   colours them, sometimes with confidence. A network gives an answer for any input, even one unlike all its
#   examples, without warning.
# - **Its weights are not reasons.** The tree of module 01 could be read as rules. The 114 weights of the spiral
#   network do not explain, one by one, why a point is blue; explaining a network's decisions takes extra work and
#   is an active field of research.
# - **It knows only its examples.** Like every learned model, it repeats what its training data show, including
#   their gaps and errors. What counts is the score on unseen data that look like the cases it will meet.
# - **It does not understand shapes.** It found numbers that lower a loss. Nothing in it knows what a spiral is.

# %% [markdown] lang="fr"
# - **Il répond toujours.** Regardez les coins du graphique de la spirale ci-dessus : aucun point ne s'y trouvait,
#   et pourtant le réseau les colore, parfois avec assurance. Un réseau donne une réponse pour n'importe quelle
#   entrée, même très différente de tous ses exemples, sans prévenir.
# - **Ses poids ne sont pas des raisons.** L'arbre du module 01 se lisait comme des règles. Les 114 poids du réseau
#   de la spirale n'expliquent pas, un par un, pourquoi un point est bleu ; expliquer les décisions d'un réseau
#   demande un travail en plus, et c'est un domaine de recherche actif.
# - **Il ne connaît que ses exemples.** Comme tout modèle appris, il répète ce que montrent ses données
#   d'entraînement, y compris leurs trous et leurs erreurs. Ce qui compte, c'est le score sur des données jamais
#   vues qui ressemblent aux cas qu'il rencontrera.
# - **Il ne comprend pas les formes.** Il a trouvé des nombres qui font baisser une perte. Rien en lui ne sait ce
#   qu'est une spirale.

# %% [markdown] lang="en"
# ## 11. Why it matters at work
#
# - **Engineering: inspection and monitoring.** Networks can learn curved borders between "normal" and
#   "faulty" from sensor readings or photos of parts, where one straight threshold would not do, as on the circles.
#   They can also be fooled: changes to an image too small for a person to notice can flip a network's answer
#   (Szegedy et al., 2014). Test them on cases like the ones the line will really produce, and keep a person in the
#   loop where an error is costly.
# - **Business: tables of customers or sales.** On tables of numbers like a customer file, networks are not
#   automatically the best choice: a 2022 comparison on 45 such data sets found tree-based models still ahead of
#   deep networks on typical tabular data (Grinsztajn et al., 2022). Networks shine on images, sound and text.
#   When a supplier proposes "deep learning", ask what it was compared with.
# - **Health: medical imaging.** The vast majority of the AI-enabled medical devices listed by the US Food and
#   Drug Administration are in radiology, where networks that read images are common. A network can do worse on
#   patients from another hospital than on those it was trained on: a 2018 study of a network that detects
#   pneumonia on chest X-rays found it did worse on other hospitals' X-rays in several comparisons, and that such
#   networks could tell which hospital an X-ray came from, a clue that has nothing to do with the disease
#   (Zech et al., 2018). "Unseen points" must come from where the tool will be used.
# - **Public service: explaining a decision.** Under the EU AI Act (Article 86), a person subject to a decision
#   taken on the basis of a high-risk AI system listed in its Annex III (public benefits, credit, hiring,
#   education...; critical infrastructure excepted) can obtain from the organisation using it clear and meaningful
#   explanations of the system's role and of the main elements of the decision, when the decision has legal or
#   similarly significant effects that they consider harmful to their health, safety or fundamental rights. The article
#   applies from {{law.date.transparency}}; the obligations for Annex III systems start on {{law.date.annex_iii}},
#   and the course could not check whether the right can be invoked before then (state of the law on
#   {{law.as_of}}). A network's weights are not such an explanation: an administration that uses one must be able
#   to explain the decision otherwise.

# %% [markdown] lang="fr"
# ## 11. Pourquoi c'est important au travail
#
# - **Ingénierie : l'inspection et la surveillance.** Les réseaux peuvent apprendre des frontières courbes entre
#   « normal » et « défectueux » à partir de relevés de capteurs ou de photos de pièces, là où un seul seuil droit
#   ne suffirait pas, comme sur les cercles. Ils peuvent aussi être trompés : des modifications d'une image trop
#   petites pour qu'une personne les remarque peuvent faire basculer la réponse d'un réseau (Szegedy et al., 2014).
#   Testez-les sur des cas qui ressemblent à ceux que la chaîne produira vraiment, et gardez une personne dans la
#   boucle là où une erreur coûte cher.
# - **Entreprise : les tableaux de clients ou de ventes.** Sur des tableaux de nombres comme un fichier clients, les
#   réseaux ne sont pas d'office le meilleur choix : une comparaison de 2022 sur 45 jeux de données de ce type
#   a trouvé les modèles à base d'arbres encore devant les réseaux profonds sur des données tabulaires typiques
#   (Grinsztajn et al., 2022). Les réseaux excellent sur les images, le son et le texte. Quand un fournisseur
#   propose de l'« apprentissage profond » (en anglais *deep learning*), demandez-lui à quoi il l'a comparé.
# - **Santé : l'imagerie médicale.** La grande majorité des dispositifs médicaux à base d'IA recensés par la Food
#   and Drug Administration américaine relèvent de la radiologie, où les réseaux qui lisent des images sont courants.
#   Un réseau peut se tromper davantage sur les patients d'un autre hôpital que sur ceux qui ont servi à
#   l'entraîner : une étude de 2018 sur un réseau qui détecte les pneumonies sur des radiographies du thorax a trouvé
#   qu'il obtenait de moins bons résultats sur les radiographies d'autres hôpitaux dans plusieurs comparaisons, et que de tels réseaux savaient
#   reconnaître l'hôpital d'où venait une radiographie, un indice qui n'a rien à voir avec la maladie
#   (Zech et al., 2018). Les « points jamais vus » doivent venir de là où l'outil sera utilisé.
# - **Service public : expliquer une décision.** Selon le règlement européen sur l'IA (article 86), une personne qui
#   fait l'objet d'une décision prise sur la base d'un système d'IA à haut risque de son annexe III (prestations
#   sociales, crédit, recrutement, éducation... ; les infrastructures critiques exceptées) peut obtenir de l'organisme
#   qui l'utilise des explications claires et pertinentes sur le rôle du système et sur les principaux éléments de la
#   décision, quand celle-ci produit des effets juridiques ou des effets similaires importants que la personne estime
#   préjudiciables à sa santé, à sa sécurité ou à ses droits fondamentaux. L'article s'applique à partir du
#   {{law.date.transparency}} ; les obligations des systèmes de l'annexe III commencent le {{law.date.annex_iii}}, et
#   le cours n'a pas pu vérifier si ce droit peut être invoqué avant cette date (état du droit au {{law.as_of}}). Les
#   poids d'un réseau ne sont pas une telle explication : une administration qui en utilise un doit pouvoir expliquer
#   la décision autrement.

# %% [markdown] lang="en"
# ## Recap
#
# - A **neuron** multiplies its inputs by **weights**, adds a **bias**, and passes the total through an
#   **activation**. On its own, it draws one straight border.
# - The **loss** is one number that says how wrong the network is on its training examples.
# - **Gradient descent** lowers the loss by small steps downhill; the **learning rate** sets their size: too small
#   is slow, too large bounces or blows up. **Backpropagation** gives the slope for every weight at once.
# - **Hidden layers** of neurons, with an activation, can draw curved borders that one neuron cannot: circles,
#   chessboards, spirals. More neurons means more weights to learn.
# - A network's result depends on its random start; it answers everywhere, even far from its examples; its weights
#   are not reasons. Judge it, like any model, on **unseen** data like the real cases.
#
# Next: assignment 04 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un **neurone** multiplie ses entrées par des **poids**, ajoute un **biais**, et fait passer le total par une
#   **activation**. Seul, il trace une frontière droite.
# - La **perte** est un seul nombre qui dit à quel point le réseau se trompe sur ses exemples d'entraînement.
# - La **descente de gradient** fait baisser la perte par petits pas vers le bas ; le **taux d'apprentissage** règle
#   leur taille : trop petit, c'est lent ; trop grand, ça rebondit ou ça explose. La **rétropropagation** donne la
#   pente pour tous les poids à la fois.
# - Des **couches cachées** de neurones, avec une activation, peuvent tracer des frontières courbes qu'un seul neurone
#   ne sait pas tracer : cercles, damiers, spirales. Plus de neurones, c'est plus de poids à apprendre.
# - Le résultat d'un réseau dépend de son départ au hasard ; il répond partout, même loin de ses exemples ;
#   ses poids ne sont pas des raisons. Jugez-le, comme tout modèle, sur des données **jamais vues** qui ressemblent
#   aux vrais cas.
#
# Et ensuite : l'exercice 04 vous permet de vous exercer sur tout cela, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - D. Smilkov, S. Carter (2016), *TensorFlow Playground*, Google: <https://playground.tensorflow.org>
# - W. S. McCulloch, W. Pitts (1943), "A logical calculus of the ideas immanent in nervous activity", *Bulletin of
#   Mathematical Biophysics* 5, 115–133: <https://doi.org/10.1007/BF02478259>
# - F. Rosenblatt (1958), "The perceptron: a probabilistic model for information storage and organization in the
#   brain", *Psychological Review* 65(6), 386–408: <https://doi.org/10.1037/h0042519>
# - M. Minsky, S. Papert (1969), *Perceptrons: An Introduction to Computational Geometry*, MIT Press (link: the
#   2017 reissue): <https://doi.org/10.7551/mitpress/11301.001.0001>
# - D. E. Rumelhart, G. E. Hinton, R. J. Williams (1986), "Learning representations by back-propagating errors",
#   *Nature* 323, 533–536: <https://doi.org/10.1038/323533a0>
# - A. Cauchy (1847), "Méthode générale pour la résolution des systèmes d'équations simultanées", *Comptes rendus
#   hebdomadaires des séances de l'Académie des sciences* 25, 536–538 (the note gradient descent is usually traced
#   back to): <https://gallica.bnf.fr/ark:/12148/bpt6k2982c/f540.item>
# - D. P. Kingma, J. Ba (2015), "Adam: a method for stochastic optimization", *International Conference on Learning
#   Representations (ICLR 2015)*; arXiv:1412.6980: <https://arxiv.org/abs/1412.6980>
# - T. B. Brown et al. (2020), "Language models are few-shot learners" (GPT-3), *Advances in Neural Information
#   Processing Systems* 33 (NeurIPS 2020); arXiv:2005.14165: <https://arxiv.org/abs/2005.14165>
# - C. Szegedy et al. (2014), "Intriguing properties of neural networks", *International Conference on Learning
#   Representations (ICLR 2014)*; arXiv:1312.6199, the version presented at ICLR 2014: <https://arxiv.org/abs/1312.6199>
# - L. Grinsztajn, E. Oyallon, G. Varoquaux (2022), "Why do tree-based models still outperform deep learning on
#   typical tabular data?", *NeurIPS 2022 Datasets and Benchmarks Track*; arXiv:2207.08815:
#   <https://arxiv.org/abs/2207.08815>
# - J. R. Zech et al. (2018), "Variable generalization performance of a deep learning model to detect pneumonia in
#   chest radiographs: a cross-sectional study", *PLOS Medicine* 15(11), e1002683:
#   <https://doi.org/10.1371/journal.pmed.1002683>
# - US Food and Drug Administration (n.d.), *Artificial Intelligence-Enabled Medical Devices*, list:
#   <https://www.fda.gov/medical-devices/software-medical-device-samd/artificial-intelligence-enabled-medical-devices>
# - European Parliament and Council of the EU (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on
#   artificial intelligence (Artificial Intelligence Act)*, Official Journal of the EU, Article 86, Article 113 and
#   Annex III: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), *Regulation (EU) 2026/1744 amending Regulation (EU)
#   2024/1689 (Digital Omnibus on AI)*, Official Journal of the EU (the new date for Annex III, as two published
#   readings of the text report it): <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - PyTorch Foundation (n.d.), *PyTorch*, the library that trains the networks of this lesson: <https://pytorch.org>

# %% [markdown] lang="fr"
# ## Sources
#
# - D. Smilkov, S. Carter (2016), *TensorFlow Playground*, Google : <https://playground.tensorflow.org>
# - W. S. McCulloch, W. Pitts (1943), « A logical calculus of the ideas immanent in nervous activity », *Bulletin of
#   Mathematical Biophysics* 5, 115–133 : <https://doi.org/10.1007/BF02478259>
# - F. Rosenblatt (1958), « The perceptron: a probabilistic model for information storage and organization in the
#   brain », *Psychological Review* 65(6), 386–408 : <https://doi.org/10.1037/h0042519>
# - M. Minsky, S. Papert (1969), *Perceptrons: An Introduction to Computational Geometry*, MIT Press (lien : la
#   réédition de 2017) : <https://doi.org/10.7551/mitpress/11301.001.0001>
# - D. E. Rumelhart, G. E. Hinton, R. J. Williams (1986), « Learning representations by back-propagating errors »,
#   *Nature* 323, 533–536 : <https://doi.org/10.1038/323533a0>
# - A. Cauchy (1847), « Méthode générale pour la résolution des systèmes d'équations simultanées », *Comptes rendus
#   hebdomadaires des séances de l'Académie des sciences* 25, 536–538 (la note à laquelle on fait habituellement
#   remonter la descente de gradient) : <https://gallica.bnf.fr/ark:/12148/bpt6k2982c/f540.item>
# - D. P. Kingma, J. Ba (2015), « Adam: a method for stochastic optimization », *International Conference on Learning
#   Representations (ICLR 2015)* ; arXiv:1412.6980 : <https://arxiv.org/abs/1412.6980>
# - T. B. Brown et al. (2020), « Language models are few-shot learners » (GPT-3), *Advances in Neural Information
#   Processing Systems* 33 (NeurIPS 2020) ; arXiv:2005.14165 : <https://arxiv.org/abs/2005.14165>
# - C. Szegedy et al. (2014), « Intriguing properties of neural networks », *International Conference on Learning
#   Representations (ICLR 2014)* ; arXiv:1312.6199, version présentée à ICLR 2014 : <https://arxiv.org/abs/1312.6199>
# - L. Grinsztajn, E. Oyallon, G. Varoquaux (2022),
#   « *Why do tree-based models still outperform deep learning on typical tabular data?* »,
#   *NeurIPS 2022 Datasets and Benchmarks Track* ; arXiv:2207.08815 : <https://arxiv.org/abs/2207.08815>
# - J. R. Zech et al. (2018),
#   « *Variable generalization performance of a deep learning model to detect pneumonia in chest radiographs: a cross-sectional study* »,
#   *PLOS Medicine* 15(11), e1002683 : <https://doi.org/10.1371/journal.pmed.1002683>
# - Food and Drug Administration des États-Unis (n.d.), *Artificial Intelligence-Enabled Medical Devices*, liste :
#   <https://www.fda.gov/medical-devices/software-medical-device-samd/artificial-intelligence-enabled-medical-devices>
# - Parlement européen et Conseil de l'UE (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées
#   concernant l'intelligence artificielle (règlement sur l'intelligence artificielle)*, Journal officiel de l'UE,
#   article 86, article 113 et annexe III : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), *Règlement (UE) 2026/1744 modifiant le règlement (UE) 2024/1689
#   (omnibus numérique sur l'IA)*, Journal officiel de l'UE (la nouvelle date de l'annexe III, telle que la
#   rapportent deux lectures publiées du texte) : <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - PyTorch Foundation (n.d.), *PyTorch*, la bibliothèque qui entraîne les réseaux de cette leçon : <https://pytorch.org>
