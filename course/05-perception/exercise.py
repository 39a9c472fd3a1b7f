# %% [markdown] lang="en" only="assignment"
# # Assignment 05: perception
#
# In this assignment you draw a digit for a neural network, judge where a reported score holds, predict what a tiny
# calculated change does, read the network's mistakes, and find who could gain from fooling it. There are
# **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 05 : la perception
#
# Dans cet exercice, vous dessinez un chiffre pour un réseau de neurones, vous jugez où vaut un score annoncé, vous
# prédisez l'effet d'une minuscule modification calculée, vous lisez les erreurs du réseau, et vous trouvez qui
# gagnerait à le tromper. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
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
# # Perception: the exercise, no code needed
#
# In this app you:
# 1. draw a 7 that a neural network can read,
# 2. judge where a network's score holds,
# 3. predict what a change too small to see does to it, then try it,
# 4. find the digits it mixes up, and who could gain from fooling it.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The data: 1,797 handwritten digits of 8 × 8 pixels (UCI "Optical Recognition of Handwritten Digits",
# Alpaydin and Kaynak, 1998). The network learns from 1,257 of them; the other 540 are kept aside to test it
# on images it has never seen.

# %% [markdown] lang="fr" only="app"
# # La perception : l'exercice, sans code
#
# Dans cette application, vous allez :
# 1. dessiner un 7 qu'un réseau de neurones sait lire,
# 2. juger où vaut le score d'un réseau,
# 3. prédire l'effet d'une modification trop petite pour être vue, puis l'essayer,
# 4. trouver les chiffres qu'il confond, et qui gagnerait à le tromper.
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
from caire.modules.perception import questions as ex
from caire.modules.perception.figures import plot_confusion, plot_gallery
from caire.modules.perception.widgets import train_with_progress

# %% only="assignment"
import numpy as np

from caire.modules.perception.data import UNCROSSED_SEVEN
from caire.modules.perception.figures import plot_attack, plot_robustness, show_drawing
from caire.modules.perception.model import attack_test_image, confusion_matrix
from caire.modules.perception.widgets import drawing_pad

# %% only="app"
from caire.core.app import show_question
from caire.modules.perception.widgets import adversarial_explorer, robustness_explorer

# %% [markdown] lang="en" only="assignment"
# First, the network of the lesson is trained again, live, on the 1,257 training images (a fraction of a second).

# %% [markdown] lang="fr" only="assignment"
# D'abord, le réseau de la leçon est entraîné à nouveau, en direct, sur les 1 257 images d'entraînement
# (une fraction de seconde).

# %% [markdown] lang="en" only="app"
# The network is trained now, live, on the training images:

# %% [markdown] lang="fr" only="app"
# Le réseau est entraîné maintenant, en direct, sur les images d'entraînement :

# %%
network = train_with_progress()

# %% [markdown] lang="en" only="assignment"
# ## Question 1: draw a 7 the network can read
#
# Here is a 7 as many people write it. The network reads it as another digit. Change it, square by square,
# until the network reads a **7** and is at least **80%** sure. Look at the 7s of the training images for ideas.
#
# A drawing is written as 8 lines of 8 characters, between quotes and separated by commas: `#` is ink and `.` is
# paper. Edit the lines of `my_try` below and run the cell again to see what the network reads. You can also click
# squares on the drawing pad further down and copy the text it shows.
#
# When you are happy, write your drawing in the answer cell: `my_drawing = [...]`, with your 8 lines.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : dessiner un 7 que le réseau sait lire
#
# Voici un 7 comme beaucoup de gens l'écrivent. Le réseau y lit un autre chiffre. Modifiez-le, case par case,
# jusqu'à ce que le réseau lise un **7** et en soit sûr à au moins **80 %**. Regardez les 7 des images
# d'entraînement pour trouver des idées.
#
# Un dessin s'écrit en 8 lignes de 8 caractères, entre guillemets et séparées par des virgules : `#` pour l'encre,
# `.` pour le papier. Modifiez les lignes de `my_try` ci-dessous et relancez la cellule pour voir ce que lit le réseau.
# Vous pouvez aussi cliquer sur les cases de la grille de dessin plus bas et copier le texte qu'elle affiche.
#
# Quand vous êtes satisfait, écrivez votre dessin dans la cellule de réponse : `my_drawing = [...]`, avec vos 8 lignes.

# %% [markdown] lang="en" only="app"
# ## Question 1: draw a 7 the network can read
#
# The grid below holds a 7 as many people write it, and the network reads another digit. Click squares to ink
# them or erase them until the network reads a **7**, at least **80%** sure. Here are training images, two of each
# digit: look at how these people wrote their 7s.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : dessiner un 7 que le réseau sait lire
#
# La grille ci-dessous contient un 7 comme beaucoup de gens l'écrivent, et le réseau y lit un autre chiffre.
# Cliquez sur les cases pour les encrer ou les effacer jusqu'à ce que le réseau lise un **7**, sûr à au moins
# **80 %**. Voici des images d'entraînement, deux de chaque chiffre : regardez comment ces personnes écrivaient leurs 7.

# %%
plot_gallery();

# %% only="assignment"
my_try = [
    ".######.",
    "......#.",
    ".....#..",
    "....#...",
    "...#....",
    "...#....",
    "..#.....",
    "..#.....",
]
show_drawing(my_try);

# %% only="assignment"
drawing_pad(UNCROSSED_SEVEN)

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
my_drawing = ["..#####.", "......#.", ".....#..", "...####.", "....#...", "...#....", "...#....", "...#...."]
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_draw_a_seven", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: a drawing of 8 x 8 squares that the network reads as a 7, at least 80% sure."""
ex.require("q1_draw_a_seven", my_drawing, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_draw_a_seven", my_drawing, "read")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: where does a score hold?
#
# The chart shows the share of the 540 unseen images our network reads right once each is tilted: a tilt a person
# hardly notices is enough to lower it.
#
# Now a health service. GP practices are offered a network that sorts photos of skin spots into "see a dermatologist
# soon" and "can wait". The vendor reports **95%** right on photos it never saw, kept aside from the same hospital
# collection as its training photos, all taken with a specialist's camera. The GPs would take the photos with their
# phones. What should they ask for before using it? Set `evidence` to the letter of your choice, for example
# `evidence = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : où vaut un score ?
#
# Le graphique montre la part des 540 images jamais vues que notre réseau lit correctement quand chacune est inclinée :
# une inclinaison qu'une personne remarque à peine suffit à la faire baisser.
#
# Passons à la santé. On propose à des cabinets de médecins généralistes un réseau qui classe des photos de taches de
# peau en « voir un dermatologue rapidement » et « peut attendre ». Le fournisseur annonce **95 %** de bonnes réponses
# sur des photos jamais vues, mises de côté dans la même collection hospitalière que ses photos d'entraînement, toutes
# prises avec l'appareil d'un spécialiste. Les médecins prendraient les photos avec leur téléphone. Que doivent-ils
# demander avant de l'utiliser ? Donnez à `evidence` la lettre de votre choix, par exemple `evidence = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 2: where does a score hold?
#
# Move the slider: a tilt that a person hardly notices is enough to lower the share of the 540 unseen images our
# network reads right.
#
# Now a health service. GP practices are offered a network that sorts photos of skin spots into "see a dermatologist
# soon" and "can wait". The vendor reports **95%** right on photos it never saw, kept aside from the same hospital
# collection as its training photos, all taken with a specialist's camera. The GPs would take the photos with their
# phones. What should they ask for before using it?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : où vaut un score ?
#
# Déplacez le curseur : une inclinaison qu'une personne remarque à peine suffit à faire baisser la part des 540 images
# jamais vues que notre réseau lit correctement.
#
# Passons à la santé. On propose à des cabinets de médecins généralistes un réseau qui classe des photos de taches de
# peau en « voir un dermatologue rapidement » et « peut attendre ». Le fournisseur annonce **95 %** de bonnes réponses
# sur des photos jamais vues, mises de côté dans la même collection hospitalière que ses photos d'entraînement, toutes
# prises avec l'appareil d'un spécialiste. Les médecins prendraient les photos avec leur téléphone. Que doivent-ils
# demander avant de l'utiliser ?

# %% only="assignment"
plot_robustness("rotate");

# %% only="app"
robustness_explorer("rotate")

# %% only="assignment"
ex.show_options("q2_phone_photos")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
evidence = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_phone_photos", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the evidence GP practices should ask for before using a network measured on hospital photos."""
ex.require("q2_phone_photos", evidence, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_phone_photos", evidence, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: predict the attack
#
# Unseen image 12 shows a 5, and the network reads a 5, fully sure. Each of its pixels will now be changed by at most
# **0.15** (15% of full ink): once in the direction calculated to fool the network, once at random. What do you
# predict? Set `prediction` to the letter of your choice, for example `prediction = "a"`. Then run the cell after
# the question: it makes both changes and shows what the network reads.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : prédire l'attaque
#
# L'image jamais vue 12 montre un 5, et le réseau lit un 5, tout à fait sûr. Chacun de ses pixels va être modifié
# d'au plus **0,15** (15 % de l'encre pleine) : une fois dans le sens calculé pour tromper le réseau, une fois au
# hasard. Que prédisez-vous ? Donnez à `prediction` la lettre de votre choix, par exemple `prediction = "a"`. Puis
# exécutez la cellule qui suit la question : elle fait les deux modifications et montre ce que lit le réseau.

# %% [markdown] lang="en" only="app"
# ## Question 3: predict the attack
#
# This unseen image shows a 5, and the network reads a 5, fully sure. Each of its pixels will now be changed by at
# most **0.15** (15% of full ink): once in the direction calculated to fool the network, once at random.
# What do you predict? Answer first, then try it with the slider below the question.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : prédire l'attaque
#
# Cette image jamais vue montre un 5, et le réseau lit un 5, tout à fait sûr. Chacun de ses pixels va être modifié
# d'au plus **0,15** (15 % de l'encre pleine) : une fois dans le sens calculé pour tromper le réseau, une fois au
# hasard. Que prédisez-vous ? Répondez d'abord, puis essayez avec le curseur sous la question.

# %% only="assignment"
ex.show_options("q3_predict_the_attack")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
prediction = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_predict_the_attack", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: what a calculated change and a random one, of at most 0.15 per pixel, do to the reading of image 12."""
ex.require("q3_predict_the_attack", prediction, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_predict_the_attack", prediction, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="app"
# Now try it: set the slider to 0.15. The four pictures show the image, the calculated change, the changed image,
# and a random change of the same size, each with what the network reads.

# %% [markdown] lang="fr" only="app"
# Essayez maintenant : mettez le curseur à 0,15. Les quatre images montrent l'image, la modification calculée,
# l'image modifiée, et une modification au hasard de même taille, chacune avec ce que lit le réseau.

# %% only="assignment"
attempt = attack_test_image(12, 0.15)
plot_attack(attempt);

# %% only="app"
adversarial_explorer(ex.Q3_INDEX)

# %% [markdown] lang="en" only="assignment"
# ## Question 4: which digits does it mix up?
#
# The confusion matrix counts, for the 540 unseen images, each pair "digit in the image" (row) / "digit the network
# read" (column); `confusion_matrix()` gives the same counts as a table of numbers. Which **two digits** does the
# network mix up most often, counting both ways (an 8 read as 1, and a 1 read as 8, both count for the pair 1 and 8)?
#
# Set `confused_pair` to the set of those two digits, for example `confused_pair = {4, 9}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : quels chiffres confond-il ?
#
# La matrice de confusion compte, pour les 540 images jamais vues, chaque paire « chiffre de l'image » (ligne) /
# « chiffre lu par le réseau » (colonne) ; `confusion_matrix()` donne les mêmes comptes sous forme de tableau de
# nombres. Quels **deux chiffres** le réseau confond-il le plus souvent, en comptant les deux sens (un 8 lu comme un 1
# et un 1 lu comme un 8 comptent tous deux pour la paire 1 et 8) ?
#
# Donnez à `confused_pair` l'ensemble de ces deux chiffres, par exemple `confused_pair = {4, 9}`.

# %% [markdown] lang="en" only="app"
# ## Question 4: which digits does it mix up?
#
# The confusion matrix counts, for the 540 unseen images, each pair "digit in the image" (row) / "digit the network
# read" (column). The grey diagonal holds the right answers. Tick the **two digits** the network mixes up most
# often, counting both ways.

# %% [markdown] lang="fr" only="app"
# ## Question 4 : quels chiffres confond-il ?
#
# La matrice de confusion compte, pour les 540 images jamais vues, chaque paire « chiffre de l'image » (ligne) /
# « chiffre lu par le réseau » (colonne). La diagonale grise contient les bonnes réponses. Cochez les **deux chiffres**
# que le réseau confond le plus souvent, en comptant les deux sens.

# %%
plot_confusion();

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
both_ways = confusion_matrix() + confusion_matrix().T
np.fill_diagonal(both_ways, 0)
confused_pair = {int(digit) for digit in np.unravel_index(both_ways.argmax(), both_ways.shape)}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_confused_digits", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the two digits the network mixes up most often on unseen images."""
ex.require("q4_confused_digits", confused_pair, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_confused_digits", confused_pair, "most")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: who could gain from fooling it?
#
# Someone who can run a network, or a copy of it, can calculate changes that fool it, as in question 3. In which of
# these uses could the person whose picture or document is read gain from fooling the network?
# `ex.show_options("q5_who_gains")` lists the uses. Set `could_gain` to the set of their names, for example
# `could_gain = {"orchard", "plates"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : qui gagnerait à le tromper ?
#
# Quelqu'un qui peut faire tourner un réseau, ou une copie de celui-ci, peut calculer des modifications qui le
# trompent, comme à la question 3. Dans lesquels de ces usages la personne dont on lit la photo ou le document
# gagnerait-elle à tromper le réseau ? `ex.show_options("q5_who_gains")` liste les usages. Donnez à `could_gain`
# l'ensemble de leurs noms, par exemple `could_gain = {"orchard", "plates"}`.

# %% [markdown] lang="en" only="app"
# ## Question 5: who could gain from fooling it?
#
# Someone who can run a network, or a copy of it, can calculate changes that fool it, as in question 3. Tick the uses
# in which the person whose picture or document is read could gain from fooling the network.

# %% [markdown] lang="fr" only="app"
# ## Question 5 : qui gagnerait à le tromper ?
#
# Quelqu'un qui peut faire tourner un réseau, ou une copie de celui-ci, peut calculer des modifications qui le
# trompent, comme à la question 3. Cochez les usages où la personne dont on lit la photo ou le document gagnerait à
# tromper le réseau.

# %% only="assignment"
ex.show_options("q5_who_gains")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
could_gain = {"cheques", "selfie", "plates"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_who_gains", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the uses in which the person whose picture or document is read could gain from fooling the network."""
ex.require("q5_who_gains", could_gain, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_who_gains", could_gain, "right")
### END HIDDEN TESTS
