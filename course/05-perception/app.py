# %% [markdown] lang="en"
# # Perception: the exercise, no code needed
#
# In this app you:
# 1. draw a 7 that a neural network can read,
# 2. tilt its images until it fails,
# 3. fool it with a change too small to see,
# 4. find the digits it mixes up, and decide what the attack shows.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: 1,797 handwritten digits of 8 × 8 pixels (UCI "Optical Recognition of Handwritten Digits",
# Alpaydin and Kaynak, 1998). The network learns from 1,257 of them; the other 540 are kept aside to test it
# on images it has never seen.

# %% [markdown] lang="fr"
# # La perception : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. dessiner un 7 qu'un réseau de neurones sait lire,
# 2. incliner ses images jusqu'à ce qu'il échoue,
# 3. le tromper avec une modification trop petite pour être vue,
# 4. trouver les chiffres qu'il confond, et décider ce que montre l'attaque.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# Les données : 1 797 chiffres manuscrits de 8 × 8 pixels (jeu de données UCI « Optical Recognition of Handwritten
# Digits », Alpaydin et Kaynak, 1998). Le réseau apprend à partir de 1 257 d'entre eux ; les 540 autres sont mis de
# côté pour le tester sur des images qu'il n'a jamais vues.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.app import show_submit
from caire.exercises import perception as ex
from caire.perception_widgets import (adversarial_explorer, plot_confusion, plot_gallery, robustness_explorer,
                                      show_question, train_with_progress)

# %% [markdown] lang="en"
# The network is trained now, live, on the training images:

# %% [markdown] lang="fr"
# Le réseau est entraîné maintenant, en direct, sur les images d'entraînement :

# %%
network = train_with_progress()

# %% [markdown] lang="en"
# ## Question 1: draw a 7 the network can read
#
# The grid below holds a 7 as many people write it, and the network reads another digit. Click squares to ink
# them or erase them until the network reads a **7**, at least **80%** sure. Here are training images, two of each
# digit: look at how these people wrote their 7s.

# %% [markdown] lang="fr"
# ## Question 1 : dessiner un 7 que le réseau sait lire
#
# La grille ci-dessous contient un 7 comme beaucoup de gens l'écrivent, et le réseau y lit un autre chiffre.
# Cliquez sur les cases pour les encrer ou les effacer jusqu'à ce que le réseau lise un **7**, sûr à au moins
# **80 %**. Voici des images d'entraînement, deux de chaque chiffre : regardez comment ces personnes écrivaient leurs 7.

# %%
plot_gallery();

# %%
show_question(ex, "q1_draw_a_seven")

# %% [markdown] lang="en"
# ## Question 2: how much tilt can it take?
#
# A camera is rarely perfectly straight. Choose **tilt (rotation)** and move the slider: the chart shows the share of
# the 540 unseen images the network still reads right, and the images as it receives them.
# What is the **smallest tilt**, in steps of 5 degrees, at which it reads **fewer than 70%** of them right?

# %% [markdown] lang="fr"
# ## Question 2 : quelle inclinaison supporte-t-il ?
#
# Une caméra est rarement parfaitement droite. Choisissez **inclinaison (rotation)** et déplacez le curseur :
# le graphique montre la part des 540 images jamais vues que le réseau lit encore correctement, et les images telles
# qu'il les reçoit. Quelle est la **plus petite inclinaison**, par pas de 5 degrés, pour laquelle il en lit
# correctement **moins de 70 %** ?

# %%
robustness_explorer("rotate")

# %%
show_question(ex, "q2_tilt_limit")

# %% [markdown] lang="en"
# ## Question 3: the smallest change that fools it
#
# This unseen image shows a 5. The slider sets the largest change allowed to each pixel (0.10 = 10% of full ink);
# the change is calculated to fool the network. A random change of the same size is shown on the right.
# What is the **smallest change**, in steps of 0.01, that makes the network read another digit?

# %% [markdown] lang="fr"
# ## Question 3 : la plus petite modification qui le trompe
#
# Cette image jamais vue montre un 5. Le curseur fixe la plus grande modification permise pour chaque pixel
# (0,10 = 10 % de l'encre pleine) ; la modification est calculée pour tromper le réseau. Une modification au hasard
# de même taille est montrée à droite. Quelle est la **plus petite modification**, par pas de 0,01, qui fait lire
# un autre chiffre au réseau ?

# %%
adversarial_explorer(ex.Q3_INDEX)

# %%
show_question(ex, "q3_smallest_attack")

# %% [markdown] lang="en"
# ## Question 4: which digits does it mix up?
#
# The confusion matrix counts, for the 540 unseen images, each pair "digit in the image" (row) / "digit the network
# read" (column). The grey diagonal holds the right answers. Tick the **two digits** the network mixes up most
# often, counting both ways.

# %% [markdown] lang="fr"
# ## Question 4 : quels chiffres confond-il ?
#
# La matrice de confusion compte, pour les 540 images jamais vues, chaque paire « chiffre de l'image » (ligne) /
# « chiffre lu par le réseau » (colonne). La diagonale grise contient les bonnes réponses. Cochez les **deux chiffres**
# que le réseau confond le plus souvent, en comptant les deux sens.

# %%
plot_confusion();

# %%
show_question(ex, "q4_confused_digits")

# %% [markdown] lang="en"
# ## Question 5: what the attack shows
#
# Think back to question 3. Which statement is true?

# %% [markdown] lang="fr"
# ## Question 5 : ce que montre l'attaque
#
# Repensez à la question 3. Quelle affirmation est vraie ?

# %%
show_question(ex, "q5_what_the_attack_shows")

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
show_submit("05-perception")
