# %% [markdown] lang="en" only="assignment"
# # Assignment 07: embeddings and retrieval
#
# In this assignment you read what a similarity says about a search's results, measure how often the search finds
# the right entry of the help-desk FAQ, then carry these ideas to a hospital's search and to a law firm's assistant.
# There are **5 questions**, each worth 1 point, graded automatically.
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
# Dans cet exercice, vous lisez ce que dit une similarité des résultats d'une recherche, vous mesurez combien de fois
# la recherche trouve la bonne entrée de la FAQ de support, puis vous appliquez ces idées à la recherche d'un hôpital
# et à l'assistant d'un cabinet d'avocats. Il y a **5 questions**, chacune sur 1 point, corrigées automatiquement.
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
# 1. see what the similarity of a search result says, and what it does not,
# 2. measure how often questions written in other words (paraphrases) find their entry,
# 3. test six questions yourself,
# 4. explain why a hospital's search misses a guideline, and what a law firm must check before it trusts quoted
#    answers.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.

# %% [markdown] lang="fr" only="app"
# # Plongements et recherche de documents : l'exercice, sans code
#
# Une recherche transforme chaque texte en liste de nombres (un **vecteur**) et ramène les textes dont les vecteurs
# sont les plus proches de celui de la question. Dans cette application, vous interrogez la FAQ de support d'une
# entreprise fictive (49 questions et réponses sur l'informatique et les RH, écrites pour le cours), et vous allez :
# 1. voir ce que dit la similarité d'un résultat de recherche, et ce qu'elle ne dit pas,
# 2. mesurer combien de fois des questions écrites dans d'autres mots (des reformulations) trouvent leur entrée,
# 3. tester vous-même six questions,
# 4. expliquer pourquoi la recherche d'un hôpital manque une recommandation, et ce qu'un cabinet d'avocats doit
#    vérifier avant de se fier à des réponses citées.
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
from caire.modules.embeddings.widgets import show_entries, show_query_results, show_results

# %% only="app"
from caire.core.app import show_question
from caire.modules.embeddings.widgets import search_box, show_entries, show_query_results, show_results

# %% [markdown] lang="en" only="assignment"
# ## Question 1: what does a similarity say?
#
# The cell below asks the word search (TF-IDF) of the lesson a question written in everyday words, and prints the
# three nearest FAQ entries, best first, with their similarity. The entry that answers the question is entry 4, on
# the VPN, shown below the results. What does the **similarity** of the entry ranked first tell you? Set
# `similarity_says` to the letter of your choice, for example `similarity_says = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 1 : que dit une similarité ?
#
# La cellule ci-dessous pose à la recherche par mots (TF-IDF) de la leçon une question écrite avec des mots de tous
# les jours, et affiche les trois entrées de la FAQ les plus proches, la meilleure d'abord, avec leur similarité.
# L'entrée qui répond à la question est l'entrée 4, sur le VPN, affichée sous les résultats. Que vous dit la
# **similarité** de l'entrée classée en premier ? Donnez à `similarity_says` la lettre de votre choix, par exemple
# `similarity_says = "a"`.

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
# ## Question 1: what does a similarity say?
#
# Here is what the word search brings back for a question written in everyday words. The entry that answers it is
# entry 4, on the VPN, shown below the results. What does the **similarity** of the entry ranked first tell you?

# %% [markdown] lang="fr" only="app"
# ## Question 1 : que dit une similarité ?
#
# Voici ce que ramène la recherche par mots pour une question écrite avec des mots de tous les jours. L'entrée qui y
# répond est l'entrée 4, sur le VPN, affichée sous les résultats. Que vous dit la **similarité** de l'entrée classée
# en premier ?

# %%
show_results(ex.query_for("q1_similarity_meaning"))
show_entries([4])

# %% only="assignment"
ex.show_options("q1_similarity_meaning")

# %% nbgrader={"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
similarity_says = "c"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q1_similarity_meaning", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 1: what the similarity of the entry a word search ranks first says, and what it does not."""
ex.require("q1_similarity_meaning", similarity_says, "valid")
### BEGIN HIDDEN TESTS
ex.require("q1_similarity_meaning", similarity_says, "right")
### END HIDDEN TESTS

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
# ## Question 4: a search in a hospital
#
# In a hospital, the intranet search compares the words of a question with those of the clinical guidelines, as the
# word search of this module does. A nurse types "blood thinner dose for a child". The guideline that answers it is
# titled "Anticoagulants: paediatric dosing", but the search puts first a guideline titled "Blood tests: which tubes
# to use". What is the most likely explanation? Set `why_missed` to the letter of your choice, for example
# `why_missed = "d"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 4 : une recherche à l'hôpital
#
# Dans un hôpital, la recherche de l'intranet compare les mots d'une question à ceux des recommandations cliniques,
# comme la recherche par mots de ce module. Une infirmière tape « fluidifiant sanguin pour un enfant : quelle dose ? ».
# La recommandation qui y répond s'intitule « Anticoagulants : posologie en pédiatrie », mais la recherche met en tête
# une recommandation intitulée « Bilan sanguin : quels tubes prélever ». Quelle est l'explication la plus probable ?
# Donnez à `why_missed` la lettre de votre choix, par exemple `why_missed = "d"`.

# %% [markdown] lang="en" only="app"
# ## Question 4: a search in a hospital
#
# In a hospital, the intranet search compares the words of a question with those of the clinical guidelines, as the
# word search of this app does. A nurse types "blood thinner dose for a child". The guideline that answers it is
# titled "Anticoagulants: paediatric dosing", but the search puts first a guideline titled "Blood tests: which tubes
# to use". What is the most likely explanation?

# %% [markdown] lang="fr" only="app"
# ## Question 4 : une recherche à l'hôpital
#
# Dans un hôpital, la recherche de l'intranet compare les mots d'une question à ceux des recommandations cliniques,
# comme la recherche par mots de cette application. Une infirmière tape « fluidifiant sanguin pour un enfant : quelle
# dose ? ». La recommandation qui y répond s'intitule « Anticoagulants : posologie en pédiatrie », mais la recherche
# met en tête une recommandation intitulée « Bilan sanguin : quels tubes prélever ». Quelle est l'explication la plus
# probable ?

# %% only="assignment"
ex.show_options("q4_vocabulary_mismatch")

# %% nbgrader={"grade": false, "grade_id": "q4_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
why_missed = "a"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q4_vocabulary_mismatch", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 4: why a word search in a hospital misses the guideline written in the trade's words."""
ex.require("q4_vocabulary_mismatch", why_missed, "valid")
### BEGIN HIDDEN TESTS
ex.require("q4_vocabulary_mismatch", why_missed, "right")
### END HIDDEN TESTS

# %% [markdown] lang="en" only="assignment"
# ## Question 5: quoted answers for clients
#
# A law firm's assistant finds, in the firm's own contract templates and past advice, the passage closest to a
# question, and quotes it with its source. A partner proposes to send its answers to clients without review, since
# "every answer quotes our own documents". What is the best reply? Set `quote_reply` to the letter of your choice,
# for example `quote_reply = "a"`.

# %% [markdown] lang="fr" only="assignment"
# ## Question 5 : des réponses citées pour les clients
#
# L'assistant d'un cabinet d'avocats retrouve, dans les modèles de contrats et les consultations passées du cabinet,
# le passage le plus proche d'une question, et le cite avec sa source. Une associée propose d'envoyer ses réponses
# aux clients sans relecture, puisque « chaque réponse cite nos propres documents ». Quelle est la meilleure
# réponse ? Donnez à `quote_reply` la lettre de votre choix, par exemple `quote_reply = "a"`.

# %% [markdown] lang="en" only="app"
# ## Question 5: quoted answers for clients
#
# A law firm's assistant finds, in the firm's own contract templates and past advice, the passage closest to a
# question, and quotes it with its source. A partner proposes to send its answers to clients without review, since
# "every answer quotes our own documents". What is the best reply?

# %% [markdown] lang="fr" only="app"
# ## Question 5 : des réponses citées pour les clients
#
# L'assistant d'un cabinet d'avocats retrouve, dans les modèles de contrats et les consultations passées du cabinet,
# le passage le plus proche d'une question, et le cite avec sa source. Une associée propose d'envoyer ses réponses
# aux clients sans relecture, puisque « chaque réponse cite nos propres documents ». Quelle est la meilleure
# réponse ?

# %% only="assignment"
ex.show_options("q5_quotes_need_review")

# %% nbgrader={"grade": false, "grade_id": "q5_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}
### BEGIN SOLUTION
quote_reply = "d"
### END SOLUTION

# %% nbgrader={"grade": true, "grade_id": "q5_quotes_need_review", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}
"""Question 5: what quoting its sources guarantees about an assistant's answers, and what it does not."""
ex.require("q5_quotes_need_review", quote_reply, "valid")
### BEGIN HIDDEN TESTS
ex.require("q5_quotes_need_review", quote_reply, "right")
### END HIDDEN TESTS
