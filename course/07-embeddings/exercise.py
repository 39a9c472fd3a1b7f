# %% [markdown] lang="en" only="assignment"
# # Assignment 07: embeddings and retrieval
#
# In this assignment you search the help-desk FAQ of the lesson, measure how often the search finds the right entry,
# and think about what a chatbot grounded in documents can get wrong. There are **5 questions**, each worth 1 point,
# graded automatically.
#
# - Run the cells in order (menu *Run ▸ Run All Cells* once, then one by one).
# - Answer in the cells that say `# YOUR CODE HERE`: replace `raise NotImplementedError()` with your answer.
# - The cells starting with `"""Question ...` check your answer. When one runs with no error, that part is right.
#   The grader runs more checks of the same kind when you submit.
# - Write numbers with a dot, not a comma: `0.25`, not `0,25`.
# - Before you submit, use *Kernel ▸ Restart Kernel and Run All Cells*: what is graded is what runs from the top.

# %% [markdown] lang="fr" only="assignment"
# # Exercice 07 : plongements et recherche de documents
#
# Dans cet exercice, vous interrogez la FAQ de support de la leçon, vous mesurez combien de fois la recherche trouve la
# bonne entrée, et vous réfléchissez à ce qu'un agent conversationnel ancré dans des documents peut faire de travers.
# Il y a
# **5 questions**, chacune sur 1 point, corrigées automatiquement.
#
# - Exécutez une fois toutes les cellules dans l'ordre (menu *Exécution ▸ Exécuter toutes les cellules*, ou
#   *Run ▸ Run All Cells* si les menus sont en anglais), puis une par une.
# - Répondez dans les cellules marquées `# YOUR CODE HERE` : remplacez `raise NotImplementedError()` par votre réponse.
# - Les cellules qui commencent par `"""Question ...` vérifient votre réponse. Si elles s'exécutent sans erreur, cette partie est juste.
#   Le correcteur fait d'autres vérifications du même genre quand vous rendez votre travail.
# - Écrivez les nombres avec un point, pas une virgule : `0.25`, pas `0,25`.
# - Avant de rendre votre travail, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…*
#   (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais) : c'est ce qui s'exécute depuis le
#   début qui est noté.

# %% [markdown] lang="en" only="app"
# # Embeddings and retrieval: the exercise, no code needed
#
# A search turns each text into a list of numbers (a **vector**) and brings back the texts whose vectors are
# closest to the question's. In this app you search the help-desk FAQ of a fictional company (49 questions and
# answers on IT and HR, written for the course), and you:
# 1. read which entry a search puts first, and whether it is the right one,
# 2. measure how often questions written in other words (paraphrases) find their entry,
# 3. test six questions yourself,
# 4. explain why paraphrases fail, and what a chatbot grounded in documents still gets wrong.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.

# %% [markdown] lang="fr" only="app"
# # Plongements et recherche de documents : l'exercice, sans code
#
# Une recherche transforme chaque texte en liste de nombres (un **vecteur**) et ramène les textes dont les vecteurs
# sont les plus proches de celui de la question. Dans cette application, vous interrogez la FAQ de support d'une
# entreprise fictive (49 questions et réponses sur l'informatique et les RH, écrites pour le cours), et vous allez :
# 1. lire quelle entrée une recherche met en premier, et si c'est la bonne,
# 2. mesurer combien de fois des questions écrites dans d'autres mots (des reformulations) trouvent leur entrée,
# 3. tester vous-même six questions,
# 4. expliquer pourquoi les reformulations échouent, et ce qu'un agent conversationnel ancré dans des documents rate
#    encore.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.embeddings import questions as ex

# %% only="assignment"
from caire.modules.embeddings.data import load_faq
from caire.modules.embeddings.widgets import show_entries, show_query_results, show_results

# %% only="app"
from caire.core.app import show_question
from caire.modules.embeddings.data import load_faq
from caire.modules.embeddings.widgets import search_box, show_entries, show_query_results, show_results

# %% [markdown] lang="en" only="assignment"
# ## Question 1: which entry comes first?
#
# The cell below asks the word search (TF-IDF) of the lesson a question written in everyday words, and prints the
# three nearest FAQ entries, best first, with their similarity. Set `first_entry` to the **number** of the entry the
# search puts first, for example `first_entry = 12`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : quelle entrée arrive en premier ?
#
# La cellule ci-dessous pose à la recherche par mots (TF-IDF) de la leçon une question écrite avec des mots de tous
# les jours, et affiche les trois entrées de la FAQ les plus proches, la meilleure d'abord, avec leur similarité.
# Donnez à `first_entry` le **numéro** de l'entrée que la recherche met en premier, par exemple `first_entry = 12`.

# %% [markdown] lang="en" only="app"
# ## Try the search
#
# Type a question and press **Search**: you see the three nearest FAQ entries, their similarity (1: same words,
# 0: no word in common), the words they share with your question, and, in green, what a chatbot grounded in the FAQ
# would answer. Use it for the questions below.

# %% [markdown] lang="fr" only="app"
# ## Essayez la recherche
#
# Tapez une question et appuyez sur **Chercher** : vous voyez les trois entrées de la FAQ les plus proches, leur
# similarité (1 : les mêmes mots, 0 : aucun mot en commun), les mots qu'elles partagent avec votre question et, en
# vert, ce que répondrait un agent conversationnel ancré dans la FAQ. Servez-vous-en pour les questions ci-dessous.

# %% only="app"
search_box()

# %% [markdown] lang="en" only="app"
# ## Question 1: which entry comes first?
#
# Here is what the word search brings back for a question written in everyday words. Which entry **number** does it
# put first?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : quelle entrée arrive en premier ?
#
# Voici ce que ramène la recherche par mots pour une question écrite avec des mots de tous les jours. Quel **numéro**
# d'entrée met-elle en premier ?

# %%
show_results(ex.query_for("q1_top_entry"))

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
first_entry = 5
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_top_entry", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: the number of the FAQ entry the word search ranks first for an everyday question."""
ex.require("q1_top_entry", first_entry, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_top_entry", first_entry, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# Is the entry the search puts first the one that answers the question? Look at the entry on the VPN:

# %% [markdown] lang="fr" only="assignment"
# L'entrée mise en premier est-elle celle qui répond à la question ? Regardez l'entrée sur le VPN :

# %% [markdown] lang="en" only="app"
# ## Question 2: how often do paraphrases find their entry?
#
# Sixteen test questions are written in other words than the FAQ's. Each is marked ✓ when the entry the search puts
# first is the right one, ✗ when not. What **share** of the 16 find their right entry first (a number between 0
# and 1)?

# %% [markdown] lang="fr" only="app"
# ## Question 2 : combien de reformulations trouvent leur entrée ?
#
# Seize questions de test sont écrites avec d'autres mots que ceux de la FAQ. Chacune est marquée ✓ quand l'entrée que
# la recherche met en premier est la bonne, ✗ sinon. Quelle **part** des 16 trouve sa bonne entrée en premier (un
# nombre entre 0 et 1) ?

# %% only="assignment"
show_entries([4])

# %% [markdown] lang="en" only="assignment"
# ## Question 2: how often do paraphrases find their entry?
#
# The FAQ comes with 16 test questions written in other words than the FAQ's (paraphrases). The cell below searches
# for each one and marks it ✓ when the entry ranked first is the right one, ✗ when not. What **share** of the
# 16 paraphrases find their right entry first? Set `paraphrase_hit_rate` to that share, a number between 0 and 1;
# you may write the division itself, for example `3 / 16`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 2 : combien de reformulations trouvent leur entrée ?
#
# La FAQ est livrée avec 16 questions de test écrites avec d'autres mots que ceux de la FAQ (des reformulations). La
# cellule ci-dessous cherche chacune et la marque ✓ quand l'entrée classée en premier est la bonne, ✗ sinon. Quelle
# **part** des 16 reformulations trouve sa bonne entrée en premier ? Donnez cette part à `paraphrase_hit_rate`, un
# nombre entre 0 et 1 ; vous pouvez écrire la division elle-même, par exemple `3 / 16`.

# %%
show_query_results("paraphrase", rate=False)

# %% nbgrader={"grade": false, "grade_id": "q2_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
from caire.modules.embeddings.model import hit_rate

paraphrase_hit_rate = hit_rate("paraphrase")
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q2_paraphrase_hit_rate", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 2: the share of paraphrased questions whose right entry the word search ranks first."""
ex.require("q2_paraphrase_hit_rate", paraphrase_hit_rate, "valid")
### BEGIN HIDDEN TESTS
ex.require("q2_paraphrase_hit_rate", paraphrase_hit_rate, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 3: which questions find their entry?
#
# Here are six questions, lettered a to f, each with the number of the FAQ entry that answers it. For which of them
# does the word search put that entry **first**? Try them with `show_results`, for example
# `show_results(ex.q3_queries()["a"][0])`, then set `queries_found` to the set of their letters, for example
# `queries_found = {"a", "b"}`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 3 : quelles questions trouvent leur entrée ?
#
# Voici six questions, notées de a à f, chacune avec le numéro de l'entrée de la FAQ qui y répond. Pour lesquelles la
# recherche par mots met-elle cette entrée **en premier** ? Essayez-les avec `show_results`, par exemple
# `show_results(ex.q3_queries()["a"][0])`, puis donnez à `queries_found` l'ensemble de leurs lettres, par exemple
# `queries_found = {"a", "b"}`.

# %% [markdown] lang="en" only="app"
# ## Question 3: which questions find their entry?
#
# Type each of these questions into the search box above. Tick those for which the search puts the right entry
# (given in brackets) **first**.

# %% [markdown] lang="fr" only="app"
# ## Question 3 : quelles questions trouvent leur entrée ?
#
# Tapez chacune de ces questions dans la boîte de recherche ci-dessus. Cochez celles pour lesquelles la recherche met
# la bonne entrée (indiquée entre parenthèses) **en premier**.

# %% only="assignment"
ex.show_queries()

# %% only="assignment"
show_results(ex.q3_queries()["a"][0])

# %% nbgrader={"grade": false, "grade_id": "q3_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
from caire.modules.embeddings.model import search

queries_found = {letter for letter, (query, entry) in ex.q3_queries().items() if search(query, 1)[0].number == entry}
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q3_queries_found", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 3: the questions for which the word search ranks the right entry first."""
ex.require("q3_queries_found", queries_found, "valid")
### BEGIN HIDDEN TESTS
ex.require("q3_queries_found", queries_found, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 4: why does the paraphrase miss?
#
# The question below asks about annual leave (entry 25) in other words. Read which entries the word search brings
# back, then choose the best explanation. Set `why_missed` to the letter of your choice, for example
# `why_missed = "d"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : pourquoi la reformulation échoue-t-elle ?
#
# La question ci-dessous porte sur les congés annuels (entrée 25), dans d'autres mots. Lisez les entrées que ramène la
# recherche par mots, puis choisissez la meilleure explication. Donnez à `why_missed` la lettre de votre choix, par
# exemple `why_missed = "d"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: why does the paraphrase miss?
#
# This question asks about annual leave (entry 25, shown below the results) in other words. Why does the word search
# not put entry 25 first?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : pourquoi la reformulation échoue-t-elle ?
#
# Cette question porte sur les congés annuels (l'entrée 25, affichée sous les résultats), dans d'autres mots.
# Pourquoi la recherche par mots ne met-elle pas l'entrée 25 en premier ?

# %%
show_results(load_faq().test_queries[7].paraphrase)
show_entries([25])

# %% only="assignment"
ex.show_options("q4_why_paraphrase_fails")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
why_missed = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_why_paraphrase_fails", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: why a search on shared words misses a paraphrase."""
ex.require("q4_why_paraphrase_fails", why_missed, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_why_paraphrase_fails", why_missed, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: does a grounded chatbot need checking?
#
# A company puts a chatbot on its intranet: it retrieves the FAQ entry closest to each question and shows that
# entry's answer, with its source. Which statement is right? Set `grounded_statement` to the letter of your choice.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : faut-il vérifier un agent conversationnel ancré dans des documents ?
#
# Une entreprise installe un agent conversationnel sur son intranet : il retrouve l'entrée de la FAQ la plus proche de
# chaque question et affiche sa réponse, avec sa source. Quelle affirmation est juste ? Donnez à `grounded_statement`
# la lettre de votre choix.

# %% [markdown] lang="en" only="app"
# ## Question 5: does a grounded chatbot need checking?
#
# A company puts a chatbot on its intranet: it retrieves the FAQ entry closest to each question and shows that
# entry's answer, with its source. Which statement is right?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : faut-il vérifier un agent conversationnel ancré dans des documents ?
#
# Une entreprise installe un agent conversationnel sur son intranet : il retrouve l'entrée de la FAQ la plus proche de
# chaque question et affiche sa réponse, avec sa source. Quelle affirmation est juste ?

# %% only="assignment"
ex.show_options("q5_grounded_needs_checking")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
grounded_statement = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_grounded_needs_checking", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: what grounding a chatbot in documents guarantees, and what it does not."""
ex.require("q5_grounded_needs_checking", grounded_statement, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_grounded_needs_checking", grounded_statement, "right")
### END HIDDEN TESTS
