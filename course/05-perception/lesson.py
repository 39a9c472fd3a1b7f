# %% [markdown] lang="en"
# # Module 05: perception. How a network "sees" a digit
#
# In this lesson you will:
#
# 1. see what an image is for a computer: a grid of numbers,
# 2. train a small neural network, live, to read handwritten digits,
# 3. draw your own digit and see what the network reads, and how sure it is,
# 4. make the images a little harder (noise, a tilt, a shift) and watch the network's score fall,
# 5. fool it with a change so small that you can hardly see it,
# 6. find out which digits it mixes up, and what all this means for cameras at work.
#
# You do not need to know how to program: you run cells, click squares and move sliders. Allow about
# {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise). Words you do not know are explained in
# the [glossary](../../apps/en/00-glossary.ipynb).
#
# **How to use this notebook.** Click in a grey code cell and press **Shift + Enter** to run it; run the cells in
# order, from top to bottom. You cannot break anything. If something looks wrong, use
# *Kernel ▸ Restart Kernel and Run All Cells* to start again from the top.

# %% [markdown] lang="fr"
# # Module 05 : la perception. Comment un réseau « voit » un chiffre
#
# Dans cette leçon, vous allez :
#
# 1. voir ce qu'est une image pour un ordinateur : une grille de nombres,
# 2. entraîner en direct un petit réseau de neurones à lire des chiffres écrits à la main,
# 3. dessiner votre propre chiffre et voir ce que lit le réseau, et avec quelle assurance,
# 4. rendre les images un peu plus difficiles (du bruit, une inclinaison, un décalage) et regarder le score
#    du réseau chuter,
# 5. le tromper avec une modification si petite qu'on la voit à peine,
# 6. découvrir quels chiffres il confond, et ce que tout cela veut dire pour les caméras au travail.
#
# Nul besoin de savoir programmer : vous exécutez des cellules, vous cliquez sur des cases et vous déplacez
# des curseurs. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice). Les mots
# que vous ne connaissez pas sont expliqués dans le [glossaire](../../apps/fr/00-glossary.ipynb).
#
# **Mode d'emploi.** Cliquez dans une cellule de code grise et appuyez sur **Maj + Entrée** pour l'exécuter ;
# exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez rien casser. Si quelque chose vous semble
# bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel and Run
# All Cells* si les menus sont en anglais) pour tout reprendre depuis le début.

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
from caire import decimal, percent
from caire.modules.perception.data import UNCROSSED_SEVEN, load_digit_images
from caire.modules.perception.figures import (plot_attack, plot_confusion, plot_gallery, plot_losses, plot_mistakes,
                                              plot_reading, plot_robustness)
from caire.modules.perception.model import accuracy_under_attack, accuracy_when, attack_test_image, read_image
from caire.modules.perception.widgets import (adversarial_explorer, drawing_pad, robustness_explorer,
                                              train_with_progress)

# %% [markdown] lang="en"
# ## 1. What a computer sees
#
# In the 1990s, researchers at Boğaziçi University in Istanbul asked 43 people to fill in forms with handwritten
# digits. The forms were scanned, and each digit was cut out and shrunk to a small square of **8 × 8 = 64 pixels**.
# Each pixel holds a number: how much ink there is in that part of the square, from 0 (white paper) to 1
# (full ink). This is the "Optical Recognition of Handwritten Digits" data set (Alpaydin and Kaynak, 1998).
# The part of it that comes with the scikit-learn software, written by 13 of those people, is used here:
# nothing is downloaded.
#
# There are 1,797 images. As in module 01, they are split in two: **1,257 training images** for the network
# to learn from, and **540 unseen images**, kept aside to test it. Here are a few training images:

# %% [markdown] lang="fr"
# ## 1. Ce que voit un ordinateur
#
# Dans les années 1990, des chercheurs de l'université du Bosphore (Boğaziçi), à Istanbul, ont fait remplir à
# 43 personnes des formulaires de chiffres écrits à la main. Les formulaires ont été numérisés, puis chaque chiffre
# a été découpé et réduit à un petit carré de **8 × 8 = 64 pixels**. Chaque pixel contient un nombre : la quantité
# d'encre dans cette partie du carré, de 0 (papier blanc) à 1 (encre pleine). C'est le jeu de données « Optical
# Recognition of Handwritten Digits » (Alpaydin et Kaynak, 1998). La partie fournie avec le logiciel scikit-learn,
# écrite par 13 de ces personnes, est utilisée ici : rien n'est téléchargé.
#
# Il y a 1 797 images. Comme dans le module 01, elles sont coupées en deux : **1 257 images d'entraînement**
# dont le réseau apprend, et **540 images jamais vues**, mises de côté pour le tester. Voici quelques images
# d'entraînement :

# %%
plot_gallery();

# %% [markdown] lang="en"
# For the computer, each image is nothing but its 64 numbers. Here is the first training image as the network
# receives it, one row of the square per line (0.0 is paper, 1.0 is full ink). Can you see the digit in the numbers?

# %% [markdown] lang="fr"
# Pour l'ordinateur, chaque image n'est rien d'autre que ses 64 nombres. Voici la première image d'entraînement
# telle que le réseau la reçoit, une rangée du carré par ligne (0, c'est le papier ; 1, l'encre pleine ; le programme
# écrit les décimales avec un point : `0.5` pour 0,5). Voyez-vous le chiffre dans les nombres ?

# %%
digits = load_digit_images()
print(digits.train.images[0].round(1))
print(digits.train.labels[0])

# %% [markdown] lang="en"
# ## 2. Train a network, live
#
# A **neural network** is a calculation with many adjustable numbers, called **weights**. Ours takes the 64
# pixels in, mixes them through 32 intermediate values (its "hidden layer"), and gives out 10 numbers: one for
# each digit, turned into **probabilities** that add up to 100%. Its answer is the digit with the highest
# probability.
#
# At first the weights are random and the answers are nonsense. **Training** shows the network the training
# images with their right digit, over and over; after each small batch of images, every weight is nudged a little
# in the direction that lowers the **error** on those images. One pass through all the training images is
# an **epoch**. Nobody writes a rule such as "a 1 is a vertical stroke": the weights are all the network knows.
#
# Run the cell: the bar follows the 30 epochs, then the cell prints how long training took and two scores.

# %% [markdown] lang="fr"
# ## 2. Entraîner un réseau, en direct
#
# Un **réseau de neurones** est un calcul qui comporte beaucoup de nombres réglables, appelés **poids**. Le nôtre
# reçoit les 64 pixels, les combine en 32 valeurs intermédiaires (sa « couche cachée ») et produit 10 nombres :
# un par chiffre, transformés en **probabilités** dont la somme fait 100 %. Sa réponse est le chiffre de plus forte
# probabilité.
#
# Au départ, les poids sont tirés au hasard et les réponses n'ont aucun sens. L'**entraînement** montre au réseau
# les images d'entraînement avec leur bon chiffre, encore et encore ; après chaque petit paquet d'images, chaque
# poids est légèrement ajusté dans le sens qui diminue l'**erreur** sur ces images. Un passage sur toutes les images
# d'entraînement s'appelle une **époque**. Personne n'écrit de règle comme « un 1 est un trait vertical » :
# les poids sont tout ce que sait le réseau.
#
# Exécutez la cellule : la barre suit les 30 époques, puis la cellule affiche la durée de l'entraînement
# et deux scores.

# %%
network = train_with_progress()

# %% [markdown] lang="en"
# The error went down epoch after epoch, fast at first, then slowly:

# %% [markdown] lang="fr"
# L'erreur a baissé d'époque en époque, vite au début, puis lentement :

# %%
plot_losses(network);

# %% [markdown] lang="en"
# A fraction of a second of training on an ordinary processor, and the network reads the right digit in about
# 96% of the 540 images it has **never seen**. Recognising handwritten digits was a hard problem in the 1980s;
# in 1989, a network trained the same way learned to read the handwritten postcodes of US mail (LeCun et al., 1989).

# %% [markdown] lang="fr"
# Une fraction de seconde d'entraînement sur un processeur ordinaire, et le réseau lit le bon chiffre dans environ
# 96 % des 540 images qu'il n'a **jamais vues**. Reconnaître des chiffres manuscrits était un problème difficile
# dans les années 1980 ; en 1989, un réseau entraîné de la même façon a appris à lire les codes postaux manuscrits
# du courrier américain (LeCun et al., 1989).

# %% [markdown] lang="en"
# ## 3. Draw a digit
#
# Click the squares to ink them (click again to erase), and watch the bars: the probability the network gives each
# digit, updated at every click. **Copy an unseen image** puts one of the 540 test images on the grid, in black
# and white, for you to change.
#
# Things to try:
#
# - Draw a **1**, a **0**, a **7**. Does the network read them? How sure is it?
# - Clear the grid. A blank page is not a digit, yet the network still answers, and sometimes with confidence.
# - Change a well-read image square by square: how many squares before the answer changes?

# %% [markdown] lang="fr"
# ## 3. Dessiner un chiffre
#
# Cliquez sur les cases pour les encrer (cliquez encore pour effacer) et regardez les barres : la probabilité
# que le réseau donne à chaque chiffre, mise à jour à chaque clic. **Copier une image jamais vue** pose sur
# la grille l'une des 540 images de test, en noir et blanc, pour que vous la modifiiez.
#
# À essayer :
#
# - Dessinez un **1**, un **0**, un **7**. Le réseau les lit-il ? Avec quelle assurance ?
# - Effacez la grille. Une page blanche n'est pas un chiffre, et pourtant le réseau répond, parfois avec assurance.
# - Modifiez case par case une image bien lue : combien de cases avant que la réponse change ?

# %%
drawing_pad()

# %% [markdown] lang="en"
# Your digits are probably read less well than the test images. Here is a 7 as many people write it, with no bar
# across:

# %% [markdown] lang="fr"
# Vos chiffres sont sans doute moins bien lus que les images de test. Voici un 7 comme beaucoup de gens l'écrivent,
# sans barre au milieu :

# %%
plot_reading(UNCROSSED_SEVEN);

# %% [markdown] lang="en"
# The network does not read a 7, and it is quite sure of itself. Look back at the 7s in the training images: the people
# who filled in the forms crossed their 7s, and wrote them in the middle of the square, with grey edges. Your drawing
# is black and white, with thin strokes, and placed where you chose. It is a **new situation** for the network, and
# nothing warns it.
#
# Two lessons:
#
# - A network only knows the examples it learned from. Images that differ from them, even in ways that do not
#   matter to a person, can be misread.
# - The **probability is not a guarantee**. "90% sure" is the output of a calculation, not a measure of how often
#   the network is right on images like this one. A network can be very sure and wrong.

# %% [markdown] lang="fr"
# Le réseau n'y lit pas un 7, et il est plutôt sûr de lui. Revoyez les 7 des images d'entraînement : les personnes qui ont
# rempli les formulaires barraient leurs 7, et les écrivaient au milieu du carré, avec des bords gris. Votre dessin
# est en noir et blanc, avec des traits fins, et placé où vous l'avez voulu. C'est une **situation nouvelle** pour
# le réseau, et rien ne l'en avertit.
#
# Deux leçons :
#
# - Un réseau ne connaît que les exemples dont il a appris. Des images qui en diffèrent, même d'une façon qui ne
#   compte pas pour une personne, peuvent être mal lues.
# - La **probabilité n'est pas une garantie**. « Sûr à 90 % » est le résultat d'un calcul, pas la mesure de la
#   fréquence à laquelle le réseau a raison sur des images comme celle-ci. Un réseau peut être très sûr de lui
#   et se tromper.

# %% [markdown] lang="en"
# ## 4. Harder images: noise, tilt, shift
#
# A camera at work never gives perfectly clean, straight, centred images. Let us make the 540 unseen images harder
# in three ways, and measure how often the network still reads them right:
#
# - **random noise**: random grey added to every pixel, like a poor sensor or bad light;
# - **tilt**: the image turned by a few degrees, like a form scanned crooked;
# - **shift**: the image moved to the right by part of a pixel or more, like a part that is not quite where the
#   camera expects it.
#
# Choose a kind of change and move the slider. Each amount you try adds a point to the curve; the row of images
# shows the first ten unseen images as the network now receives them, with what it reads. **Draw the whole curve**
# goes through every amount for you.

# %% [markdown] lang="fr"
# ## 4. Des images plus difficiles : bruit, inclinaison, décalage
#
# Au travail, une caméra ne donne jamais des images parfaitement nettes, droites et centrées. Rendons les 540 images
# jamais vues plus difficiles, de trois façons, et mesurons combien de fois le réseau les lit encore correctement :
#
# - **bruit aléatoire** : du gris ajouté au hasard à chaque pixel, comme avec un capteur médiocre ou un mauvais
#   éclairage ;
# - **inclinaison** : l'image tournée de quelques degrés, comme un formulaire numérisé de travers ;
# - **décalage** : l'image déplacée vers la droite d'une fraction de pixel ou plus, comme une pièce qui n'est pas
#   tout à fait là où la caméra l'attend.
#
# Choisissez une modification et déplacez le curseur. Chaque valeur essayée ajoute un point à la courbe ; la rangée
# d'images montre les dix premières images jamais vues telles que le réseau les reçoit maintenant, avec ce qu'il lit.
# **Tracer toute la courbe** passe toutes les valeurs en revue pour vous.

# %%
robustness_explorer("rotate")

# %% [markdown] lang="en"
# The three curves side by side (the dotted line is what pure guessing would score: 1 digit in 10):

# %% [markdown] lang="fr"
# Les trois courbes côte à côte (la ligne pointillée est le score d'un pur hasard : 1 chiffre sur 10) :

# %%
plot_robustness();

# %%
print(percent(accuracy_when("rotate", 0)), percent(accuracy_when("rotate", 10)), percent(accuracy_when("shift", 1)), sep="  ")

# %% [markdown] lang="en"
# A tilt of 10 degrees, which you would hardly notice, takes the network from about 96% to under 80%. A shift of
# **one pixel** to the right brings it below 50%. You read a digit wherever it is on the page; this network
# compares each pixel with what it saw **at that same place** in its training images. It never saw tilted or
# shifted digits, so it did not learn to cope with them.
#
# What engineers do about it:
#
# - **train on varied images**: add tilted, shifted, noisy, darker or lighter copies of the training images
#   (this is called *data augmentation*);
# - use networks built to find the same shape anywhere in an image (*convolutional* networks, LeCun et al., 1998);
# - above all, **test in the conditions of use**: the lighting, the cameras, the angles and the people of the
#   real workplace, not only a clean set kept aside from the same collection.

# %% [markdown] lang="fr"
# Une inclinaison de 10 degrés, que vous remarqueriez à peine, fait passer le réseau d'environ 96 % à moins de 80 %.
# Un décalage d'**un pixel** vers la droite le fait tomber sous les 50 %. Vous lisez un chiffre où qu'il soit sur
# la page ; ce réseau compare chaque pixel à ce qu'il a vu **au même endroit** dans ses images d'entraînement.
# Il n'a jamais vu de chiffres inclinés ou décalés, il n'a donc pas appris à s'en accommoder.
#
# Ce que font les ingénieurs :
#
# - **entraîner sur des images variées** : ajouter des copies inclinées, décalées, bruitées, plus sombres ou plus
#   claires des images d'entraînement (on parle d'*augmentation de données*) ;
# - utiliser des réseaux conçus pour trouver la même forme n'importe où dans l'image (les réseaux *convolutifs*,
#   LeCun et al., 1998) ;
# - surtout, **tester dans les conditions d'usage** : l'éclairage, les caméras, les angles et les personnes du
#   vrai lieu de travail, pas seulement un jeu propre mis de côté dans la même collection.

# %% [markdown] lang="en"
# ## 5. A tiny change that fools the network
#
# Random noise is not the worst that can happen. Someone who can run the network can ask it a precise question:
# "for each pixel, would a little more ink, or a little less, make your error grow?". The network's own
# calculation answers that for all 64 pixels at once. Move every pixel by the same small amount in the direction
# that hurts most, and you get an **adversarial example**. This recipe, the *fast gradient sign method*, was
# published by Ian Goodfellow and colleagues (Goodfellow et al., 2015).
#
# The slider sets the largest change allowed to a pixel, as a share of full ink (0.10 = 10%). The four pictures
# show the unseen image, the calculated change (orange: less ink, purple: more ink), the changed image, and,
# for comparison, a **random** change of the same size.

# %% [markdown] lang="fr"
# ## 5. Une toute petite modification qui trompe le réseau
#
# Le bruit aléatoire n'est pas le pire qui puisse arriver. Quelqu'un qui peut faire tourner le réseau peut lui poser
# une question précise : « pour chaque pixel, un peu plus d'encre, ou un peu moins, ferait-il grandir ton erreur ? ».
# Le calcul du réseau lui-même y répond, pour les 64 pixels à la fois. Déplacez chaque pixel d'une même petite
# quantité dans le sens qui fait le plus de mal, et vous obtenez un **exemple antagoniste** (*adversarial example*).
# Cette recette, la *fast gradient sign method* (méthode du signe du gradient), a été publiée par Ian Goodfellow et
# ses collègues (Goodfellow et al., 2015).
#
# Le curseur fixe la plus grande modification permise pour un pixel, en part de l'encre pleine (0,10 = 10 %).
# Les quatre images montrent l'image jamais vue, la modification calculée (orange : moins d'encre ; violet :
# plus d'encre), l'image modifiée et, pour comparer, une modification **au hasard** de même taille.

# %%
adversarial_explorer()

# %% [markdown] lang="en"
# With changes of at most 0.10 per pixel, the same picture:

# %% [markdown] lang="fr"
# Avec des modifications d'au plus 0,10 par pixel, la même image :

# %%
plot_attack(attack_test_image(65, 0.10));

# %% [markdown] lang="en"
# To you, the changed image is still clearly a 3. The network now reads another digit, and it is very sure of itself.
# The random change of the same size does nothing. Over all 540 unseen images (first number: after the calculated change; second: after a random
# change of the same size):

# %% [markdown] lang="fr"
# Pour vous, l'image modifiée est toujours clairement un 3. Le réseau lit maintenant un autre chiffre, et il en est
# très sûr. La modification au hasard de même taille ne change rien. Sur les 540 images jamais vues (premier nombre : après la modification calculée ;
# second : après une modification au hasard de même taille) :

# %%
for epsilon in (0.05, 0.10, 0.15):
    attacked, randomised = accuracy_under_attack(epsilon)
    print(decimal(epsilon) + ": ", percent(attacked), " / ", percent(randomised))

# %% [markdown] lang="en"
# This is not a weakness of our tiny network alone. In Goodfellow et al.'s best-known example, a large network that
# read a photo as a "panda" (58% sure) read it as a "gibbon" (99% sure) after a change invisible to the eye.
# Researchers have fooled image classifiers with stickers stuck on real road signs (Eykholt et al., 2018) and
# shown that medical-imaging models can be fooled the same way (Finlayson et al., 2019). Defences exist, such as
# training on attacked images, but none is complete: it is an open research problem.
#
# The EU AI Act requires high-risk AI systems to be resilient to "inputs designed to cause the AI model to make a
# mistake (adversarial examples or model evasion)" (Article 15(5)).

# %% [markdown] lang="fr"
# Ce n'est pas une faiblesse propre à notre petit réseau. Dans l'exemple le plus connu de Goodfellow et al., un grand
# réseau qui lisait une photo comme un « panda » (sûr à 58 %) la lisait comme un « gibbon » (sûr à 99 %) après une
# modification invisible à l'œil. Des chercheurs ont trompé des classificateurs d'images avec des autocollants posés
# sur de vrais panneaux routiers (Eykholt et al., 2018) et montré que des modèles d'imagerie médicale peuvent être
# trompés de la même façon (Finlayson et al., 2019). Des défenses existent, comme l'entraînement sur des images
# attaquées, mais aucune n'est complète : c'est un problème de recherche ouvert.
#
# Le règlement européen sur l'IA exige des systèmes d'IA à haut risque qu'ils résistent aux données d'entrée
# conçues pour amener le modèle à commettre une erreur, les exemples antagonistes (article 15, paragraphe 5).

# %% [markdown] lang="en"
# ## 6. Which digits get confused?
#
# A single score, "96% right", hides **which** mistakes the network makes. The **confusion matrix** counts, for the
# 540 unseen images, each pair "digit in the image" (row) / "digit the network read" (column). The grey diagonal
# holds the right answers; every number off the diagonal is a mistake.

# %% [markdown] lang="fr"
# ## 6. Quels chiffres sont confondus ?
#
# Un score unique, « 96 % de bonnes réponses », cache **quelles** erreurs fait le réseau. La **matrice de confusion**
# compte, pour les 540 images jamais vues, chaque paire « chiffre de l'image » (ligne) / « chiffre lu par le réseau »
# (colonne). La diagonale grise contient les bonnes réponses ; chaque nombre hors de la diagonale est une erreur.

# %%
plot_confusion();

# %% [markdown] lang="en"
# And here are the images it got wrong, each titled "digit in the image → digit read". Would you have read them
# right? Some are hard even for a person.

# %% [markdown] lang="fr"
# Et voici les images sur lesquelles il s'est trompé, chacune titrée « chiffre de l'image → chiffre lu ».
# Les auriez-vous bien lues ? Certaines sont difficiles même pour une personne.

# %%
plot_mistakes();

# %% [markdown] lang="en"
# At work, mistakes rarely cost the same. Missing a cracked part is worse than sending a good part for a second
# look; missing a tumour is worse than a false alarm that a radiologist clears. Ask for the confusion matrix, not
# only the overall score, and check the mistakes that matter most to you.

# %% [markdown] lang="fr"
# Au travail, les erreurs coûtent rarement la même chose. Laisser passer une pièce fissurée est plus grave
# qu'envoyer une bonne pièce à un second contrôle ; manquer une tumeur est plus grave qu'une fausse alerte qu'un
# radiologue écarte. Demandez la matrice de confusion, pas seulement le score global, et vérifiez les erreurs qui
# comptent le plus pour vous.

# %% [markdown] lang="en"
# ## 7. Cameras at work
#
# Image-reading networks are much larger than ours, and trained on millions of images, but they work the same way,
# and they share the same weak spots.
#
# - **Engineering: quality inspection.** Cameras on production lines spot scratches, cracks and missing
#   components. A new supplier, a new product colour or a moved lamp changes the images: like our tilted digits,
#   the network may fail without warning. Plan a re-check whenever the line changes.
# - **Health: medical imaging.** In 2018 the US Food and Drug Administration authorised IDx-DR, a system that
#   detects diabetic eye disease in retinal photos without a specialist reading them. But a network trained to
#   detect pneumonia on chest X-rays often did worse on X-rays from hospitals it had not seen, and could tell which
#   hospital an X-ray came from (Zech et al., 2018): it had learned something about the machines, not only about
#   the lungs.
# - **Public service: identity checks.** Face recognition is used at borders and for online identity checks.
#   The US National Institute of Standards and Technology tested 189 algorithms and found, for many of them, false
#   match rates 10 to 100 times higher for some demographic groups than for others (Grother et al., 2019).
#   The EU AI Act (state of the law on {{law.as_of}}) treats three uses of face recognition differently:
#   - **verification** (one to one): checking that you are the person you claim to be, by comparing your face with
#     the photo of your own identity document, as when you open an account online or pass an automatic border gate.
#     Annex III, point 1(a), expressly leaves it out of the high-risk list. Not high-risk does not mean error-free
#     (see the false matches above), and other rules still apply, such as the GDPR for biometric data;
#   - **remote identification** (one to many): finding out who someone is by comparing their face, without their
#     active involvement, with the faces of many people in a database. This is high-risk (Annex III, point 1(a));
#   - **real-time remote identification in publicly accessible spaces for law enforcement**: prohibited since
#     {{law.date.prohibitions}} (Article 5(1)(h)), except in a few narrowly listed cases (the targeted search for
#     victims of abduction, trafficking or sexual exploitation and for missing persons, an imminent threat to life
#     or of a terrorist attack, locating or identifying a suspect of one of the serious crimes of Annex II), each
#     needing in principle the prior authorisation of a judicial or independent administrative authority.
# - **Transport: road signs.** Driver-assistance cameras read speed-limit signs. Dirt, snow or stickers on a sign
#   are the physical version of noise and adversarial changes (Eykholt et al., 2018).
#
# **Questions to ask before trusting a camera system**
#
# 1. On which images was it tested: from our cameras, our lighting, our products, our people?
# 2. What is its confusion matrix: which mistakes does it make, and how often for the cases that matter?
# 3. What happens when the image is tilted, blurred, dark or partly hidden?
# 4. Could someone gain from fooling it (fraud, access, sabotage)? Was it tested against deliberate changes?
# 5. When it is unsure, or wrong, who checks, and how do we find out?

# %% [markdown] lang="fr"
# ## 7. Les caméras au travail
#
# Les réseaux qui lisent des images sont bien plus grands que le nôtre, et entraînés sur des millions d'images,
# mais ils fonctionnent de la même façon, et partagent les mêmes points faibles.
#
# - **Ingénierie : le contrôle qualité.** Des caméras sur les lignes de production repèrent rayures, fissures et
#   composants manquants. Un nouveau fournisseur, une nouvelle couleur de produit ou une lampe déplacée changent
#   les images : comme pour nos chiffres inclinés, le réseau peut échouer sans prévenir. Prévoyez une vérification
#   à chaque changement sur la ligne.
# - **Santé : l'imagerie médicale.** En 2018, l'agence américaine du médicament (FDA) a autorisé IDx-DR, un système
#   qui détecte la rétinopathie diabétique sur des photos de la rétine sans qu'un spécialiste les lise. Mais un
#   réseau entraîné à détecter la pneumonie sur des radiographies du thorax obtenait souvent de moins bons résultats
#   sur les radiographies d'hôpitaux qu'il n'avait pas vus, et savait reconnaître de quel hôpital venait une radiographie (Zech et al.,
#   2018) : il avait appris quelque chose sur les appareils, pas seulement sur les poumons.
# - **Service public : les contrôles d'identité.** La reconnaissance faciale sert aux frontières et aux vérifications
#   d'identité en ligne. L'institut américain des normes et de la technologie (NIST) a testé 189 algorithmes et
#   trouvé, pour beaucoup d'entre eux, des taux de fausses correspondances 10 à 100 fois plus élevés pour certains
#   groupes démographiques que pour d'autres (Grother et al., 2019). Le règlement européen sur l'IA (état du droit au
#   {{law.as_of}}) traite différemment trois usages de la reconnaissance faciale :
#   - la **vérification** (un contre un) : contrôler que vous êtes bien la personne que vous dites être, en comparant
#     votre visage à la photo de votre propre pièce d'identité, comme lors de l'ouverture d'un compte en ligne ou au
#     passage d'un sas automatique à la frontière. L'annexe III, point 1, a), l'exclut expressément de la liste des
#     systèmes à haut risque. Ne pas être à haut risque ne veut pas dire ne pas se tromper (voir les fausses
#     correspondances ci-dessus), et d'autres règles s'appliquent quand même, comme le RGPD pour les données
#     biométriques ;
#   - l'**identification à distance** (un contre plusieurs) : trouver qui est une personne en comparant son visage,
#     sans sa participation active, aux visages de nombreuses personnes d'une base de données. C'est un usage à haut
#     risque (annexe III, point 1, a)) ;
#   - l'**identification à distance « en temps réel » dans des espaces accessibles au public, à des fins
#     répressives** : interdite depuis le {{law.date.prohibitions}} (article 5, paragraphe 1, point h)), sauf dans
#     quelques cas limitativement énumérés (la recherche ciblée de victimes d'enlèvement, de traite ou d'exploitation
#     sexuelle et de personnes disparues, une menace imminente pour la vie ou d'attaque terroriste, la localisation ou
#     l'identification d'un suspect de l'une des infractions graves de l'annexe II), chacun soumis en principe à
#     l'autorisation préalable d'une autorité judiciaire ou d'une autorité administrative indépendante.
# - **Transports : les panneaux routiers.** Les caméras d'aide à la conduite lisent les panneaux de limitation de
#   vitesse. De la saleté, de la neige ou des autocollants sur un panneau sont la version physique du bruit et des
#   exemples antagonistes (Eykholt et al., 2018).
#
# **Questions à poser avant de faire confiance à un système à caméra**
#
# 1. Sur quelles images a-t-il été testé : celles de nos caméras, de notre éclairage, de nos produits,
#    de nos publics ?
# 2. Quelle est sa matrice de confusion : quelles erreurs fait-il, et à quelle fréquence pour les cas qui comptent ?
# 3. Que se passe-t-il quand l'image est inclinée, floue, sombre ou en partie masquée ?
# 4. Quelqu'un aurait-il intérêt à le tromper (fraude, accès, sabotage) ? A-t-il été testé contre des modifications
#    délibérées ?
# 5. Quand il hésite, ou se trompe, qui vérifie, et comment s'en aperçoit-on ?

# %% [markdown] lang="en"
# ## 8. Limits: what the network does not know
#
# - **It does not know what a digit is.** It learned which patterns of 64 numbers came with which answer in
#   1,257 examples written by 13 people. "A 7 is a line with a bend" is not in it anywhere.
# - **It always answers**, even for a blank page or a drawing of a cat, and its probability can be high when it is
#   wrong.
# - **Its score holds only for images like its test images.** Here, the training and the unseen images were written
#   by the same 13 people; digits from other writers, tilted, shifted or noisy images, or new cameras: measure
#   again.
# - **It can be fooled on purpose**, by changes a person does not notice.

# %% [markdown] lang="fr"
# ## 8. Limites : ce que le réseau ne sait pas
#
# - **Il ne sait pas ce qu'est un chiffre.** Il a appris quelles configurations de 64 nombres allaient avec quelle
#   réponse, dans 1 257 exemples écrits par 13 personnes. « Un 7 est un trait avec un coude » n'y
#   figure nulle part.
# - **Il répond toujours**, même à une page blanche ou au dessin d'un chat, et sa probabilité peut être élevée quand
#   il se trompe.
# - **Son score ne vaut que pour des images semblables à ses images de test.** Ici, les images d'entraînement et
#   les images jamais vues ont été écrites par les mêmes 13 personnes ; chiffres d'autres personnes, images
#   inclinées, décalées ou bruitées, nouvelles caméras : il faut mesurer à nouveau.
# - **On peut le tromper exprès**, avec des modifications qu'une personne ne remarque pas.

# %% [markdown] lang="en"
# ## Recap
#
# - For a computer, an image is a grid of numbers; a **neural network** turns those numbers into one probability
#   per answer.
# - **Training** adjusts the network's weights, epoch after epoch, to lower its error on labelled examples. Ours
#   reads about 96% of unseen digits right after a fraction of a second.
# - The network knows only its examples: drawings in another style, a small **tilt** or a one-pixel **shift** can
#   make it fail, with no warning.
# - A **probability is not a guarantee**: the network can be very sure and wrong.
# - **Adversarial examples**: a tiny change, calculated from the network, can flip its answer while a person sees
#   no difference; random changes of the same size do not.
# - Look at the **confusion matrix**, not only the overall score, and test in the real conditions of use.
#
# Next: assignment 05 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Pour un ordinateur, une image est une grille de nombres ; un **réseau de neurones** transforme ces nombres en
#   une probabilité par réponse.
# - L'**entraînement** ajuste les poids du réseau, époque après époque, pour diminuer son erreur sur des exemples
#   dont on connaît la réponse. Le nôtre lit correctement environ 96 % des chiffres jamais vus après une fraction
#   de seconde.
# - Le réseau ne connaît que ses exemples : des dessins d'un autre style, une petite **inclinaison** ou un
#   **décalage** d'un pixel peuvent le faire échouer, sans avertissement.
# - Une **probabilité n'est pas une garantie** : le réseau peut être très sûr de lui et se tromper.
# - **Exemples antagonistes** : une minuscule modification, calculée à partir du réseau, peut renverser sa réponse alors
#   qu'une personne ne voit aucune différence ; une modification au hasard de même taille, non.
# - Regardez la **matrice de confusion**, pas seulement le score global, et testez dans les vraies conditions
#   d'usage.
#
# Et ensuite : l'exercice 05 vous permet de mettre tout cela en pratique, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - E. Alpaydin and C. Kaynak (1998), *Optical Recognition of Handwritten Digits* (the digits of this lesson), UCI
#   Machine Learning Repository: <https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits>
# - scikit-learn developers (n.d.), *load_digits*, scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_digits.html>
# - PyTorch Foundation (n.d.), *PyTorch*, the software that trains the network: <https://pytorch.org>
# - Y. LeCun et al. (1989), "Backpropagation applied to handwritten zip code recognition", *Neural Computation*
#   1(4), 541–551: <https://doi.org/10.1162/neco.1989.1.4.541>
# - Y. LeCun, L. Bottou, Y. Bengio and P. Haffner (1998), "Gradient-based learning applied to document
#   recognition", *Proceedings of the IEEE* 86(11), 2278–2324: <https://doi.org/10.1109/5.726791>
# - C. Szegedy et al. (2014), "Intriguing properties of neural networks", ICLR 2014 (preprint December 2013):
#   <https://arxiv.org/abs/1312.6199>
# - I. J. Goodfellow, J. Shlens and C. Szegedy (2015), "Explaining and harnessing adversarial examples", ICLR 2015
#   (preprint December 2014; the panda and the gibbon, the fast gradient sign method): <https://arxiv.org/abs/1412.6572>
# - K. Eykholt et al. (2018), "Robust physical-world attacks on deep learning visual classification", CVPR 2018:
#   <https://arxiv.org/abs/1707.08945>
# - S. G. Finlayson et al. (2019), "Adversarial attacks on medical machine learning", *Science* 363(6433),
#   1287–1289: <https://doi.org/10.1126/science.aaw4399>
# - J. R. Zech et al. (2018), "Variable generalization performance of a deep learning model to detect pneumonia in
#   chest radiographs", *PLOS Medicine* 15(11): <https://doi.org/10.1371/journal.pmed.1002683>
# - US Food and Drug Administration (2018), *De Novo classification request for IDx-DR* (DEN180001), decision
#   summary: <https://www.accessdata.fda.gov/cdrh_docs/reviews/DEN180001.pdf>
# - P. Grother, M. Ngan and K. Hanaoka (2019), *Face Recognition Vendor Test, Part 3: Demographic Effects*,
#   NISTIR 8280: <https://doi.org/10.6028/NIST.IR.8280>
# - European Parliament and Council (2024), *Regulation (EU) 2024/1689* (the AI Act): Article 3, points 36 and 41
#   (verification, remote identification), Article 5(1)(h) and 5(3), Article 15(5), Annex III, point 1(a), Official
#   Journal of the EU: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>

# %% [markdown] lang="fr"
# ## Sources
#
# - E. Alpaydin et C. Kaynak (1998), *Optical Recognition of Handwritten Digits* (les chiffres de cette leçon),
#   UCI *Machine Learning Repository* : <https://archive.ics.uci.edu/dataset/80/optical+recognition+of+handwritten+digits>
# - Développeurs de scikit-learn (n.d.), *load_digits*, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_digits.html>
# - PyTorch Foundation (n.d.), *PyTorch*, le logiciel qui entraîne le réseau : <https://pytorch.org>
# - Y. LeCun et al. (1989), *Backpropagation applied to handwritten zip code recognition*, *Neural Computation*
#   1(4), 541–551 : <https://doi.org/10.1162/neco.1989.1.4.541>
# - Y. LeCun, L. Bottou, Y. Bengio et P. Haffner (1998), *Gradient-based learning applied to document
#   recognition*, *Proceedings of the IEEE* 86(11), 2278–2324 : <https://doi.org/10.1109/5.726791>
# - C. Szegedy et al. (2014), *Intriguing properties of neural networks*, ICLR 2014 (prépublication de
#   décembre 2013) : <https://arxiv.org/abs/1312.6199>
# - I. J. Goodfellow, J. Shlens et C. Szegedy (2015), *Explaining and harnessing adversarial examples*, ICLR 2015
#   (prépublication de décembre 2014 ; le panda et le gibbon, la méthode du signe du gradient) :
#   <https://arxiv.org/abs/1412.6572>
# - K. Eykholt et al. (2018), *Robust physical-world attacks on deep learning visual classification*, CVPR 2018 :
#   <https://arxiv.org/abs/1707.08945>
# - S. G. Finlayson et al. (2019), *Adversarial attacks on medical machine learning*, *Science* 363(6433),
#   1287–1289 : <https://doi.org/10.1126/science.aaw4399>
# - J. R. Zech et al. (2018),
#   *Variable generalization performance of a deep learning model to detect pneumonia in chest radiographs*,
#   *PLOS Medicine* 15(11) : <https://doi.org/10.1371/journal.pmed.1002683>
# - Food and Drug Administration des États-Unis (2018), *De Novo classification request for IDx-DR* (DEN180001),
#   résumé de la décision : <https://www.accessdata.fda.gov/cdrh_docs/reviews/DEN180001.pdf>
# - P. Grother, M. Ngan et K. Hanaoka (2019), *Face Recognition Vendor Test, Part 3: Demographic Effects*,
#   NISTIR 8280 : <https://doi.org/10.6028/NIST.IR.8280>
# - Parlement européen et Conseil (2024), *Règlement (UE) 2024/1689* (règlement sur l'intelligence artificielle) :
#   article 3, points 36 et 41 (vérification, identification à distance), article 5, paragraphe 1, point h), et
#   paragraphe 3, article 15, paragraphe 5, annexe III, point 1, a), Journal officiel de l'UE :
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
