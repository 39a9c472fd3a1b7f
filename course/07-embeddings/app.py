# %% [markdown] lang="en"
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

# %% [markdown] lang="fr"
# # Plongements et recherche de documents : l'exercice, sans code
#
# Une recherche transforme chaque texte en liste de nombres (un **vecteur**) et ramène les textes dont les vecteurs
# sont les plus proches de celui de la question. Dans cette application, vous interrogez la FAQ de support d'une
# entreprise fictive (49 questions et réponses sur l'informatique et les RH, écrites pour le cours), et vous allez :
# 1. lire quelle entrée une recherche met en premier, et si c'est la bonne,
# 2. mesurer combien de fois des questions écrites dans d'autres mots (des reformulations) trouvent leur entrée,
# 3. tester vous-même six questions,
# 4. expliquer pourquoi les reformulations échouent, et ce qu'un robot ancré dans des documents rate encore.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.app import show_question, show_submit
from caire.embeddings import load_faq, search_box, show_entries, show_query_results, show_results
from caire.exercises import embeddings as ex

# %% [markdown] lang="en"
# ## Try the search
#
# Type a question and press **Search**: you see the three nearest FAQ entries, their similarity (1: same words,
# 0: no word in common), the words they share with your question, and, in green, what a chatbot grounded in the FAQ
# would answer. Use it for the questions below.

# %% [markdown] lang="fr"
# ## Essayez la recherche
#
# Tapez une question et appuyez sur **Chercher** : vous voyez les trois entrées de la FAQ les plus proches, leur
# similarité (1 : les mêmes mots, 0 : aucun mot en commun), les mots qu'elles partagent avec votre question et, en
# vert, ce que répondrait un robot ancré dans la FAQ. Servez-vous-en pour les questions ci-dessous.

# %%
search_box()

# %% [markdown] lang="en"
# ## Question 1: which entry comes first?
#
# Here is what the word search brings back for a question written in everyday words. Which entry **number** does it
# put first?

# %% [markdown] lang="fr"
# ## Question 1 : quelle entrée arrive en premier ?
#
# Voici ce que ramène la recherche par mots pour une question écrite avec des mots de tous les jours. Quel **numéro**
# d'entrée met-elle en premier ?

# %%
show_results(ex.query_for("q1_top_entry"))

# %%
show_question(ex, "q1_top_entry")

# %% [markdown] lang="en"
# ## Question 2: how often do paraphrases find their entry?
#
# Sixteen test questions are written in other words than the FAQ's. Each is marked ✓ when the entry the search puts
# first is the right one, ✗ when not. What **share** of the 16 find their right entry first (a number between 0
# and 1)?

# %% [markdown] lang="fr"
# ## Question 2 : combien de reformulations trouvent leur entrée ?
#
# Seize questions de test sont écrites avec d'autres mots que ceux de la FAQ. Chacune est marquée ✓ quand l'entrée que
# la recherche met en premier est la bonne, ✗ sinon. Quelle **part** des 16 trouve sa bonne entrée en premier (un
# nombre entre 0 et 1) ?

# %%
show_query_results("paraphrase", rate=False)

# %%
show_question(ex, "q2_paraphrase_hit_rate")

# %% [markdown] lang="en"
# ## Question 3: which questions find their entry?
#
# Type each of these questions into the search box above. Tick those for which the search puts the right entry
# (given in brackets) **first**.

# %% [markdown] lang="fr"
# ## Question 3 : quelles questions trouvent leur entrée ?
#
# Tapez chacune de ces questions dans la boîte de recherche ci-dessus. Cochez celles pour lesquelles la recherche met
# la bonne entrée (indiquée entre parenthèses) **en premier**.

# %%
show_question(ex, "q3_queries_found")

# %% [markdown] lang="en"
# ## Question 4: why does the paraphrase miss?
#
# This question asks about annual leave (entry 25, shown below the results) in other words. Why does the word search
# not put entry 25 first?

# %% [markdown] lang="fr"
# ## Question 4 : pourquoi la reformulation échoue-t-elle ?
#
# Cette question porte sur les congés annuels (l'entrée 25, affichée sous les résultats), dans d'autres mots.
# Pourquoi la recherche par mots ne met-elle pas l'entrée 25 en premier ?

# %%
show_results(load_faq().test_queries[7].paraphrase)
show_entries([25])

# %%
show_question(ex, "q4_why_paraphrase_fails")

# %% [markdown] lang="en"
# ## Question 5: does a grounded chatbot need checking?
#
# A company puts a chatbot on its intranet: it retrieves the FAQ entry closest to each question and shows that
# entry's answer, with its source. Which statement is right?

# %% [markdown] lang="fr"
# ## Question 5 : faut-il vérifier un robot ancré dans des documents ?
#
# Une entreprise installe un robot sur son intranet : il retrouve l'entrée de la FAQ la plus proche de chaque question
# et affiche sa réponse, avec sa source. Quelle affirmation est juste ?

# %%
show_question(ex, "q5_grounded_needs_checking")

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
show_submit("07-embeddings")
