# %% [markdown] lang="en" only="assignment"
# # Assignment 14: synthetic media and deepfakes
#
# In this assignment you remove a watermark with noise, explain why a detector of fakes fails on a new generator,
# decide what an accountant should do after a video call from a "director", say what content credentials prove, and
# name the duty of an agency that publishes a deepfake. There are **5 questions**, each worth 1 point, graded
# automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - A text is written in quotes: `"a"`; a set of texts in braces: `{"a", "d"}`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 14 : médias synthétiques et hypertrucages
#
# Dans cet exercice, vous effacez un filigrane avec du bruit, vous expliquez pourquoi un détecteur de faux échoue sur
# un nouveau générateur, vous décidez ce que doit faire une comptable après une visioconférence avec un « directeur »,
# vous dites ce que prouvent les certificats de contenu, et vous nommez l'obligation d'une agence qui publie un
# hypertrucage. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou *Run ▸ Run All Cells* si les
#   menus sont en anglais, une fois, puis une par une).
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette
#   partie est juste. Le correcteur fait d'autres vérifications du même genre quand vous rendez l'exercice.
# - Un texte s'écrit entre guillemets : `"a"` ; un ensemble de textes entre accolades : `{"a", "d"}`.
# - Avant de rendre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…* (*Kernel ▸ Restart Kernel
#   and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le début qui est noté.

# %% [markdown] lang="en" only="app"
# # Synthetic media and deepfakes: the exercise, no code needed
#
# Generated images, voices and videos can fool people, detectors and watermarks have limits, and procedures stop
# fraud. In this app you:
# 1. find a noise that removes an invisible watermark, with sliders,
# 2. explain why a detector of fakes, trained live, fails on a generator it never saw,
# 3. decide what to do after a video call from a "director", say what content credentials prove, and name the duty
#    of an agency that publishes a deepfake.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.

# %% [markdown] lang="fr" only="app"
# # Médias synthétiques et hypertrucages : l'exercice, sans code
#
# Les images, voix et vidéos générées peuvent tromper les gens, les détecteurs et les filigranes ont leurs limites, et
# des procédures arrêtent la fraude. Dans cette application, vous allez :
# 1. trouver un bruit qui efface un filigrane invisible, avec des curseurs,
# 2. expliquer pourquoi un détecteur de faux, entraîné en direct, échoue sur un générateur qu'il n'a jamais vu,
# 3. décider quoi faire après une visioconférence avec un « directeur », dire ce que prouvent les certificats de
#    contenu, et nommer l'obligation d'une agence qui publie un hypertrucage.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche
# aussitôt.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.synthetic_media import questions as ex
from caire.modules.synthetic_media.model import GENERATORS, evaluate_detector, train_detector, train_generator

# %% only="assignment"
from caire.core.numbers import decimal
from caire.modules.synthetic_media.figures import plot_detector, plot_watermark
from caire.modules.synthetic_media.model import edit, embed, watermark_score
from caire.modules.synthetic_media.widgets import detector_table

# %% only="app"
from caire.core.app import show_question
from caire.modules.synthetic_media.figures import plot_detector
from caire.modules.synthetic_media.widgets import detector_table, watermark_explorer

# %% [markdown] lang="en" only="assignment"
# ## Question 1: a noise that removes the watermark
#
# The lesson's mosaic carries an invisible watermark; the detector finds it from a score of 4 up. Random noise barely
# hurts it, but enough noise does. Change `noise` in the cell below (between 0 and 0.5) and run it until the score
# falls under 4, then set `noise` to that value in the answer cell.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : un bruit qui efface le filigrane
#
# La mosaïque de la leçon porte un filigrane invisible ; le détecteur le trouve à partir d'un score de 4. Un bruit
# aléatoire l'abîme à peine, mais assez de bruit l'efface. Changez `noise` dans la cellule ci-dessous (entre 0 et 0,5)
# et exécutez-la jusqu'à ce que le score passe sous 4, puis donnez cette valeur à `noise` dans la cellule de réponse.

# %% [markdown] lang="en" only="app"
# ## Question 1: a noise that removes the watermark
#
# The mosaic carries an invisible watermark; the detector finds it from a score of 4 up. Move the noise slider until
# the detector no longer finds it, then give that noise below.

# %% [markdown] lang="fr" only="app"
# ## Question 1 : un bruit qui efface le filigrane
#
# La mosaïque porte un filigrane invisible ; le détecteur le trouve à partir d'un score de 4. Déplacez le curseur du
# bruit jusqu'à ce que le détecteur ne le trouve plus, puis donnez ce bruit ci-dessous.

# %% only="assignment"
edited = edit(embed(), noise=0.1)
print(decimal(watermark_score(edited), 1))
plot_watermark(edited);

# %% only="app"
watermark_explorer()

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
noise = 0.45
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_noise_removes_watermark", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: a noise after which the detector no longer finds the watermark."""
ex.require("q1_noise_removes_watermark", noise, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_noise_removes_watermark", noise, "removed")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 2: a detector and a generator it never saw
#
# The cell below trains the lesson's autoencoder and detector again (about a second) and tests the detector on
# unseen images, half real and half fake, from the autoencoder it was trained against and from the cut-and-paste
# generator it never saw. What do the two results show? Set `detector_lesson` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : un détecteur et un générateur qu'il n'a jamais vu
#
# La cellule ci-dessous entraîne de nouveau l'autoencodeur et le détecteur de la leçon (environ une seconde) et teste
# le détecteur sur des images jamais vues, moitié vraies et moitié fausses, venues de l'autoencodeur contre lequel il
# a été entraîné et du générateur par copier-coller qu'il n'a jamais vu. Que montrent les deux résultats ? Donnez à
# `detector_lesson` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 2: a detector and a generator it never saw
#
# The autoencoder and the detector of the lesson were trained again when this page opened (about a second). The
# detector was tested on unseen images, half real and half fake, from the autoencoder it was trained against and
# from the cut-and-paste generator it never saw. What do the two results show?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : un détecteur et un générateur qu'il n'a jamais vu
#
# L'autoencodeur et le détecteur de la leçon ont été entraînés de nouveau à l'ouverture de cette page (environ une
# seconde). Le détecteur a été testé sur des images jamais vues, moitié vraies et moitié fausses, venues de
# l'autoencodeur contre lequel il a été entraîné et du générateur par copier-coller qu'il n'a jamais vu. Que montrent
# les deux résultats ?

# %%
generator = train_generator()
detector = train_detector(generator)
results = [evaluate_detector(detector, generator, name) for name in GENERATORS]
detector_table(results)

# %%
plot_detector(results);

# %% only="assignment"
ex.show_options("q2_detector_unseen_generator")

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
detector_lesson = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_detector_unseen_generator", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: what a detector that fails on a generator it never saw has learnt."""
ex.require("q2_detector_unseen_generator", detector_lesson, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_detector_unseen_generator", detector_lesson, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: a video call from the director
#
# An accountant in a public hospital receives an e-mail from the finance director about a confidential purchase, then
# joins a video call with the director and two colleagues she recognises. The director asks her to pay 180,000 euros
# to a new supplier today and to tell no one until the deal is announced. What should she do? Set `next_step` to the
# letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : une visioconférence avec le directeur
#
# Une comptable d'un hôpital public reçoit un courriel du directeur financier au sujet d'un achat confidentiel, puis
# rejoint une visioconférence avec le directeur et deux collègues qu'elle reconnaît. Le directeur lui demande de payer
# aujourd'hui 180 000 euros à un nouveau fournisseur et de n'en parler à personne avant l'annonce de l'opération. Que
# doit-elle faire ? Donnez à `next_step` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 3: a video call from the director
#
# An accountant in a public hospital receives an e-mail from the finance director about a confidential purchase, then
# joins a video call with the director and two colleagues she recognises. The director asks her to pay 180,000 euros
# to a new supplier today and to tell no one until the deal is announced. What should she do?

# %% [markdown] lang="fr" only="app"
# ## Question 3 : une visioconférence avec le directeur
#
# Une comptable d'un hôpital public reçoit un courriel du directeur financier au sujet d'un achat confidentiel, puis
# rejoint une visioconférence avec le directeur et deux collègues qu'elle reconnaît. Le directeur lui demande de payer
# aujourd'hui 180 000 euros à un nouveau fournisseur et de n'en parler à personne avant l'annonce de l'opération. Que
# doit-elle faire ?

# %% only="assignment"
ex.show_options("q3_fake_video_call")

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
next_step = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_fake_video_call", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: what to do after a video call that asks for an urgent, secret payment."""
ex.require("q3_fake_video_call", next_step, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_fake_video_call", next_step, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: what content credentials prove
#
# A newsroom receives a photograph of a flood. Which statements about content credentials (C2PA) are true? Set
# `right_statements` to the set of the true statements' letters, for example `right_statements = {"a", "d"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : ce que prouvent les certificats de contenu
#
# Une rédaction reçoit la photographie d'une inondation. Quelles affirmations sur les certificats de contenu (C2PA)
# sont justes ? Donnez à `right_statements` l'ensemble des lettres des affirmations justes, par exemple
# `right_statements = {"a", "d"}`.

# %% [markdown] lang="en" only="app"
# ## Question 4: what content credentials prove
#
# A newsroom receives a photograph of a flood. Which statements about content credentials (C2PA) are true? Tick every
# true statement.

# %% [markdown] lang="fr" only="app"
# ## Question 4 : ce que prouvent les certificats de contenu
#
# Une rédaction reçoit la photographie d'une inondation. Quelles affirmations sur les certificats de contenu (C2PA)
# sont justes ? Cochez chaque affirmation juste.

# %% only="assignment"
ex.show_options("q4_content_credentials")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
right_statements = {"a", "c"}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_content_credentials", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: the true statements about content credentials."""
ex.require("q4_content_credentials", right_statements, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_content_credentials", right_statements, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: an agency publishes a deepfake
#
# A communication agency uses an AI video tool to make a realistic video in which a real, well-known chef seems to
# praise a client's restaurant, and publishes it in the EU. Under Article 50 of the AI Act, what must the agency do?
# Set `agency_duty` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : une agence publie un hypertrucage
#
# Une agence de communication utilise un outil vidéo d'IA pour faire une vidéo réaliste où un chef cuisinier réel et
# connu semble vanter le restaurant d'un client, et la publie dans l'UE. Selon l'article 50 du règlement sur l'IA, que
# doit faire l'agence ? Donnez à `agency_duty` la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 5: an agency publishes a deepfake
#
# A communication agency uses an AI video tool to make a realistic video in which a real, well-known chef seems to
# praise a client's restaurant, and publishes it in the EU. Under Article 50 of the AI Act, what must the agency do?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : une agence publie un hypertrucage
#
# Une agence de communication utilise un outil vidéo d'IA pour faire une vidéo réaliste où un chef cuisinier réel et
# connu semble vanter le restaurant d'un client, et la publie dans l'UE. Selon l'article 50 du règlement sur l'IA, que
# doit faire l'agence ?

# %% only="assignment"
ex.show_options("q5_deepfake_disclosure")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
agency_duty = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_deepfake_disclosure", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: the duty of a deployer who publishes a deepfake."""
ex.require("q5_deepfake_disclosure", agency_duty, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_deepfake_disclosure", agency_duty, "right")
### END HIDDEN TESTS
