# %% [markdown] lang="en" only="assignment"
# # Assignment 05: perception
#
# In this assignment you draw a digit for a neural network, make its images harder, fool it with a tiny
# calculated change, and read its mistakes. There are **5 questions**, each worth 1 point, graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 05 : la perception
#
# Dans cet exercice, vous dessinez un chiffre pour un réseau de neurones, vous rendez ses images plus difficiles,
# vous le trompez avec une minuscule modification calculée, et vous lisez ses erreurs. Il y a **5 questions**,
# chacune sur 1 point, corrigées automatiquement.
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
# 2. tilt its images until it fails,
# 3. fool it with a change too small to see,
# 4. find the digits it mixes up, and decide what the attack shows.
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
from caire.modules.perception import questions as ex
from caire.modules.perception.figures import plot_confusion, plot_gallery
from caire.modules.perception.widgets import train_with_progress

# %% only="assignment"
import numpy as np

from caire.modules.perception.data import UNCROSSED_SEVEN
from caire.modules.perception.figures import plot_attack, plot_robustness, show_drawing
from caire.modules.perception.model import accuracy_when, attack_test_image, confusion_matrix
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
# ## Question 2: how much tilt can it take?
#
# `accuracy_when("rotate", 10)` is the share of the 540 unseen images the network reads right once each image is
# tilted by 10 degrees (anticlockwise). The chart shows it for every tilt from 0 to 90 degrees, in steps of 5.
#
# Set `smallest_tilt` to the **smallest tilt**, in steps of 5 degrees (0, 5, 10, ...), at which the network reads
# **fewer than 70%** of the unseen images right.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : quelle inclinaison supporte-t-il ?
#
# `accuracy_when("rotate", 10)` est la part des 540 images jamais vues que le réseau lit correctement quand chaque
# image est inclinée de 10 degrés (dans le sens inverse des aiguilles d'une montre). Le graphique la montre pour
# chaque inclinaison de 0 à 90 degrés, par pas de 5.
#
# Donnez à `smallest_tilt` la **plus petite inclinaison**, par pas de 5 degrés (0, 5, 10, ...), pour laquelle le réseau
# lit correctement **moins de 70 %** des images jamais vues.

# %% [markdown] lang="en" only="app"
# ## Question 2: how much tilt can it take?
#
# A camera is rarely perfectly straight. Choose **tilt (rotation)** and move the slider: the chart shows the share of
# the 540 unseen images the network still reads right, and the images as it receives them.
# What is the **smallest tilt**, in steps of 5 degrees, at which it reads **fewer than 70%** of them right?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : quelle inclinaison supporte-t-il ?
#
# Une caméra est rarement parfaitement droite. Choisissez **inclinaison (rotation)** et déplacez le curseur :
# le graphique montre la part des 540 images jamais vues que le réseau lit encore correctement, et les images telles
# qu'il les reçoit. Quelle est la **plus petite inclinaison**, par pas de 5 degrés, pour laquelle il en lit
# correctement **moins de 70 %** ?

# %% only="assignment"
plot_robustness("rotate");

# %% only="app"
robustness_explorer("rotate")

# %% only="assignment"
accuracy_when("rotate", 10)

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
smallest_tilt = next(angle for angle in range(0, 95, 5) if accuracy_when("rotate", angle) < 0.70)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_tilt_limit", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the smallest tilt (in steps of 5 degrees) that brings accuracy on unseen images below 70%."""
ex.require("q2_tilt_limit", smallest_tilt, "below")
### BEGIN HIDDEN TESTS
ex.require("q2_tilt_limit", smallest_tilt, "smallest")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: the smallest change that fools it
#
# `attack_test_image(12, 0.05)` attacks unseen image number 12 (a 5): each pixel is moved by at most 0.05 (5% of full
# ink), in the direction calculated to fool the network. Its `.fooled` is `True` when the network then reads another
# digit. The chart shows the image, the change and the result.
#
# Set `smallest_epsilon` to the **smallest change**, in steps of 0.01 (0.01, 0.02, 0.03, ...), that fools the network
# on image 12. Try several values with the cell below.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : la plus petite modification qui le trompe
#
# `attack_test_image(12, 0.05)` attaque l'image jamais vue numéro 12 (un 5) : chaque pixel est déplacé d'au plus 0,05
# (5 % de l'encre pleine), dans le sens calculé pour tromper le réseau. Son `.fooled` vaut `True` quand le réseau
# lit alors un autre chiffre. Le graphique montre l'image, la modification et le résultat.
#
# Donnez à `smallest_epsilon` la **plus petite modification**, par pas de 0,01 (`0.01`, `0.02`, `0.03`...), qui trompe
# le réseau sur l'image 12. Essayez plusieurs valeurs avec la cellule ci-dessous (en Python, on écrit les décimales
# avec un point, pas une virgule).

# %% [markdown] lang="en" only="app"
# ## Question 3: the smallest change that fools it
#
# This unseen image shows a 5. The slider sets the largest change allowed to each pixel (0.10 = 10% of full ink);
# the change is calculated to fool the network. A random change of the same size is shown on the right.
# What is the **smallest change**, in steps of 0.01, that makes the network read another digit?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : la plus petite modification qui le trompe
#
# Cette image jamais vue montre un 5. Le curseur fixe la plus grande modification permise pour chaque pixel
# (0,10 = 10 % de l'encre pleine) ; la modification est calculée pour tromper le réseau. Une modification au hasard
# de même taille est montrée à droite. Quelle est la **plus petite modification**, par pas de 0,01, qui fait lire
# un autre chiffre au réseau ?

# %% only="assignment"
attempt = attack_test_image(12, 0.05)
plot_attack(attempt)
attempt.fooled

# %% only="app"
adversarial_explorer(ex.Q3_INDEX)

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
smallest_epsilon = next(step / 100 for step in range(0, 31) if attack_test_image(12, step / 100).fooled)
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_smallest_attack", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the smallest change (in steps of 0.01) that fools the network on unseen image 12."""
ex.require("q3_smallest_attack", smallest_epsilon, "fools")
### BEGIN HIDDEN TESTS
ex.require("q3_smallest_attack", smallest_epsilon, "smallest")
### END HIDDEN TESTS

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
# ## Question 5: what the attack shows
#
# Think back to question 3 and to the random change of the same size shown next to the attack. Which statement is
# true? Set `statement` to the letter of your choice, for example `statement = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : ce que montre l'attaque
#
# Repensez à la question 3 et à la modification au hasard de même taille montrée à côté de l'attaque. Quelle
# affirmation est vraie ? Donnez à `statement` la lettre de votre choix, par exemple `statement = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: what the attack shows
#
# Think back to question 3. Which statement is true?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : ce que montre l'attaque
#
# Repensez à la question 3. Quelle affirmation est vraie ?

# %% only="assignment"
ex.show_options("q5_what_the_attack_shows")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
statement = "b"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_what_the_attack_shows", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the true statement about what the attack shows."""
ex.require("q5_what_the_attack_shows", statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_what_the_attack_shows", statement, "right")
### END HIDDEN TESTS
