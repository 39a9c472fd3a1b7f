# %% [markdown] lang="en"
# # Module 07: embeddings and retrieval
#
# A help-desk chatbot, a search box on an intranet, a tool that "finds the relevant documents" for a lawyer or a
# doctor: all of them first turn texts into lists of numbers, called **vectors**, and then look for the texts whose
# vectors are closest to the question's. In this lesson you will:
#
# 1. turn the questions and answers of a help-desk FAQ into vectors, live,
# 2. find the entries closest to a question, and see them on a map,
# 3. type your own questions into a search box,
# 4. measure how often the right entry comes first: with the FAQ's own words, then with other words,
# 5. see how a chatbot "grounded" in documents answers, and why its answers still need checking.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise). Words you do not know are explained in the [glossary](../../apps/en/00-glossary.ipynb).
#
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.

# %% [markdown] lang="fr"
# # Module 07 : plongements et recherche de documents
#
# Un agent conversationnel de support, la barre de recherche d'un intranet, un outil qui « trouve les documents
# pertinents » pour une avocate ou un médecin : tous commencent par transformer les textes en listes de nombres,
# appelées **vecteurs**, puis cherchent les textes dont les vecteurs sont les plus proches de celui de la question.
# Dans cette leçon, vous allez :
#
# 1. transformer en vecteurs, en direct, les questions et réponses d'une FAQ de support,
# 2. trouver les entrées les plus proches d'une question, et les voir sur une carte,
# 3. taper vos propres questions dans une boîte de recherche,
# 4. mesurer combien de fois la bonne entrée arrive en premier : avec les mots de la FAQ, puis avec d'autres mots,
# 5. voir comment répond un agent conversationnel « ancré » dans des documents, et pourquoi ses réponses doivent quand
#    même être vérifiées.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice). Les mots que vous ne connaissez pas sont expliqués dans le [glossaire](../../apps/fr/00-glossary.ipynb).
#
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les
# cellules…* (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais).

# %% [markdown] lang="en"
# The first cell sets the language of the charts, messages and of the FAQ; the second loads the course's tools.

# %% [markdown] lang="fr"
# La première cellule choisit la langue des graphiques, des messages et de la FAQ ; la seconde charge les outils du
# cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire import decimal
from caire.modules.embeddings.data import load_faq
from caire.modules.embeddings.figures import plot_hit_rates, plot_map
from caire.modules.embeddings.model import hit_rate, lsa_index
from caire.modules.embeddings.widgets import (grounded_answer, search_box, show_entries, show_query_results, show_results,
                                              show_vector)

# %% [markdown] lang="en"
# ## 1. Why it matters at work
#
# Finding the passage that answers a question, in more documents than anyone can read, is one of the most common
# uses of AI at work. It is also the first step of most "chatbots on your own documents".
#
# | work | the documents | the question |
# |---|---|---|
# | HR, IT support | the help-desk FAQ, the staff handbook | "how many days of leave do I have?" |
# | health | clinical guidelines, a patient's past notes | "what is the recommended dose for a child?" |
# | engineering, maintenance | manuals, past incident reports | "has this pump already failed this way?" |
# | public service | regulations, forms, answers already given to citizens | "which form do I need to declare a move?" |
# | business, law | contracts, customer e-mails | "which contracts have a termination clause?" |
#
# In each case, a search that misses the right passage, or brings back the wrong one with confidence, has a cost:
# a wrong answer given to an employee, a citizen or a patient.

# %% [markdown] lang="fr"
# ## 1. Pourquoi c'est important au travail
#
# Trouver le passage qui répond à une question, dans plus de documents que personne ne peut en lire, est l'un des
# usages les plus courants de l'IA au travail. C'est aussi la première étape de la plupart des « agents
# conversationnels qui répondent à partir de vos documents ».
#
# | métier | les documents | la question |
# |---|---|---|
# | RH, support informatique | la FAQ du support, le guide du personnel | « combien ai-je de jours de congés ? » |
# | santé | les recommandations de bonne pratique, les notes passées d'un patient | « quelle est la dose recommandée pour un enfant ? » |
# | ingénierie, maintenance | les manuels, les comptes rendus d'incidents | « cette pompe est-elle déjà tombée en panne de cette façon ? » |
# | service public | les règlements, les formulaires, les réponses déjà faites aux usagers | « quel formulaire pour déclarer un déménagement ? » |
# | commerce, droit | les contrats, les courriels des clients | « quels contrats ont une clause de résiliation ? » |
#
# Dans chaque cas, une recherche qui manque le bon passage, ou qui ramène le mauvais avec assurance, a un coût : une
# mauvaise réponse donnée à un salarié, à un usager ou à un patient.

# %% [markdown] lang="en"
# ## 2. The data: a help-desk FAQ
#
# The course comes with the FAQ of a fictional company: 49 questions and answers, 24 for the IT help desk and 25
# for HR (leave, pay, training...). We wrote it for this course (it is in the public domain, CC0); its rules and
# numbers are made up. Here are its first entries.

# %% [markdown] lang="fr"
# ## 2. Les données : une FAQ de support
#
# Le cours fournit la FAQ d'une entreprise fictive : 49 questions et réponses, 24 pour le support informatique et
# 25 pour les RH (congés, paie, formation...). Nous l'avons écrite pour ce cours (elle est dans le domaine public,
# CC0) ; ses règles et ses chiffres sont inventés. Voici ses premières entrées.

# %%
faq = load_faq()
print(len(faq.entries), "entries / entrées")
show_entries([1, 2, 4, 25, 26])

# %% [markdown] lang="en"
# ## 3. From words to numbers
#
# A computer cannot compare meanings; it can compare numbers. The oldest way to turn a text into numbers is to keep
# one number for each word of the FAQ. First, the text is cut into words; very common small words ("the", "do",
# "my"...) are dropped, and a final plural "s" is cut, so that "file" and "files" count as one word.
#
# Each remaining word then gets a weight: it weighs more when it appears often in this text, and **less when many
# entries use it**. "password" appears in few entries, so it says a lot about an entry; "portal" appears in many, so
# it says less. This weighting is called **TF-IDF**, and search engines still use it.
#
# The result is a **vector**: a list with one number per word of the FAQ, almost all zeros.
#
# <details><summary>Going further: how TF-IDF is computed</summary>
#
# TF-IDF stands for *term frequency × inverse document frequency*. For a word in an entry, the term frequency is the
# number of times the word appears in the entry. The inverse document frequency is ln((1 + n) / (1 + df)) + 1, where
# n is the number of entries (49) and df the number of entries that contain the word: the rarer the word, the larger
# it is. The weight is their product; each vector is then scaled to a length of 1, so that long and short entries can
# be compared. This is what the scikit-learn library computes by default. Weighting a word by its rarity is the idea
# of Karen Spärck Jones (1972, [*Journal of Documentation*](https://doi.org/10.1108/eb026526)).
#
# </details>

# %% [markdown] lang="fr"
# ## 3. Des mots aux nombres
#
# Un ordinateur ne sait pas comparer des sens ; il sait comparer des nombres. La plus ancienne façon de transformer
# un texte en nombres est de garder un nombre pour chaque mot de la FAQ. D'abord, le texte est découpé en mots ; les
# petits mots très courants (« le », « de », « mon »...) sont retirés, et un « s » final de pluriel est coupé, pour
# que « fichier » et « fichiers » comptent comme un seul mot.
#
# Chaque mot restant reçoit alors un poids : un mot pèse plus lourd quand il revient souvent dans ce texte, et
# **moins lourd quand beaucoup d'entrées l'emploient**. « passe » apparaît dans peu d'entrées, il en dit donc beaucoup
# sur une entrée ; « portail » apparaît dans beaucoup, il en dit moins. Cette pondération s'appelle **TF-IDF**, et les
# moteurs de recherche l'utilisent encore.
#
# Le résultat est un **vecteur** : une liste avec un nombre par mot de la FAQ, presque tous à zéro.
#
# <details><summary>Pour aller plus loin : le calcul de TF-IDF</summary>
#
# TF-IDF vient de l'anglais *term frequency × inverse document frequency* (fréquence du mot × rareté dans les
# documents). Pour un mot d'une entrée, la fréquence est le nombre de fois où le mot apparaît dans l'entrée. La rareté
# vaut ln((1 + n) / (1 + df)) + 1, où n est le nombre d'entrées (49) et df le nombre d'entrées qui contiennent le mot :
# plus le mot est rare, plus elle est grande. Le poids est leur produit ; chaque vecteur est ensuite ramené à une
# longueur de 1, pour pouvoir comparer entrées longues et courtes. C'est ce que calcule par défaut la bibliothèque
# scikit-learn. Pondérer un mot par sa rareté est l'idée de Karen Spärck Jones (1972,
# [*Journal of Documentation*](https://doi.org/10.1108/eb026526)).
#
# </details>

# %%
show_vector(faq.entries[0].question)

# %% [markdown] lang="en"
# ## 4. The nearest entries to a question
#
# To answer a question, the search turns it into a vector the same way, then compares it with the vector of every
# entry (its question and its answer). The comparison gives a **similarity** between 0 and 1: 1 when the two texts use
# the same words in the same proportions, 0 when they share no word at all. The entries with the highest similarity
# are the question's **nearest neighbours**. Below, the three nearest entries, and the words each shares with the
# question.
#
# <details><summary>Going further: the cosine similarity</summary>
#
# Think of each vector as an arrow, in a space with one direction per word. The similarity is the **cosine** of the
# angle between the question's arrow and the entry's: 1 when they point the same way, 0 when they are at right angles
# (no word in common). With arrows of length 1, it is the sum, over all the words, of the products of their two
# weights. Only the direction counts, not the length: a long entry gets no advantage from using many words.
#
# </details>

# %% [markdown] lang="fr"
# ## 4. Les entrées les plus proches d'une question
#
# Pour répondre à une question, la recherche la transforme en vecteur de la même façon, puis la compare au vecteur de
# chaque entrée (sa question et sa réponse). La comparaison donne une **similarité** entre 0 et 1 : 1 quand les deux
# textes emploient les mêmes mots dans les mêmes proportions, 0 quand ils n'ont aucun mot en commun. Les entrées les
# plus similaires sont les **plus proches voisines** de la question. Ci-dessous, les trois entrées les plus proches, et
# les mots que chacune partage avec la question.
#
# <details><summary>Pour aller plus loin : la similarité cosinus</summary>
#
# Imaginez chaque vecteur comme une flèche, dans un espace qui a une direction par mot. La similarité est le
# **cosinus** de l'angle entre la flèche de la question et celle de l'entrée : 1 quand elles pointent dans le même
# sens, 0 quand elles sont à angle droit (aucun mot en commun). Avec des flèches de longueur 1, c'est la somme, sur
# tous les mots, des produits de leurs deux poids. Seule la direction compte, pas la longueur : une entrée longue ne
# gagne rien à employer beaucoup de mots.
#
# </details>

# %%
question = faq.test_queries[7].exact
show_results(question)

# %% [markdown] lang="en"
# ## 5. A map of the FAQ
#
# A vector with hundreds of numbers cannot be drawn. A classic trick, **principal component analysis**, finds the
# two directions along which the entries differ most, and places each entry on a flat map along them. Entries that
# use the same words land close together; the star is the question above. Look for the IT entries (blue) and the HR
# entries (orange): do they form separate regions?

# %% [markdown] lang="fr"
# ## 5. Une carte de la FAQ
#
# Un vecteur de centaines de nombres ne se dessine pas. Une méthode classique, l'**analyse en composantes
# principales**, trouve les deux directions selon lesquelles les entrées diffèrent le plus, et place chaque entrée
# sur une carte plane selon elles. Les entrées qui emploient les mêmes mots se retrouvent proches ; l'étoile est la
# question ci-dessus. Repérez les entrées informatiques (en bleu) et RH (en orange) : forment-elles des régions
# séparées ?

# %%
plot_map(question);

# %% [markdown] lang="en"
# <details><summary>What you should have seen</summary>
#
# The two topics mostly occupy different regions, with some overlap: the map keeps only two directions out of
# hundreds, so entries that look close on it are not always close in the full vector. The star sits among the HR
# entries, near those that share its words.
#
# </details>

# %% [markdown] lang="fr"
# <details><summary>Ce que vous auriez dû voir</summary>
#
# Les deux thèmes occupent surtout des régions différentes, avec un peu de chevauchement : la carte ne garde que deux
# directions sur des centaines, des entrées proches sur la carte ne le sont donc pas toujours dans le vecteur complet.
# L'étoile est parmi les entrées RH, près de celles qui partagent ses mots.
#
# </details>

# %% [markdown] lang="en"
# ## 6. Your turn: search the FAQ
#
# Type a question in the box, press **Search**, and read the entries found, their similarity (the bar) and the words
# they share with your question. Above them, in green, is what a chatbot grounded in the FAQ would answer: the
# answer of the best entry, with its source. Try:
#
# - a question that uses the FAQ's words, such as "how do I reset my password";
# - the same question in other words, such as "I forgot the secret code to log on";
# - a question the FAQ does not cover at all.

# %% [markdown] lang="fr"
# ## 6. À vous : interrogez la FAQ
#
# Tapez une question dans la boîte, appuyez sur **Chercher**, et lisez les entrées trouvées, leur similarité (la
# barre) et les mots qu'elles partagent avec votre question. Au-dessus, en vert, ce que répondrait un agent
# conversationnel ancré dans la FAQ : la réponse de la meilleure entrée, avec sa source. Essayez :
#
# - une question qui reprend les mots de la FAQ, comme « comment réinitialiser mon mot de passe » ;
# - la même question dans d'autres mots, comme « j'ai oublié le code secret pour me connecter » ;
# - une question à laquelle la FAQ ne répond pas du tout.

# %%
search_box()

# %% [markdown] lang="en"
# ## 7. Shared words work, paraphrases fail
#
# The FAQ comes with 16 test questions whose right entry we know, each written twice: once **with the FAQ's
# wording**, once **in other words** (a paraphrase), the way a colleague in a hurry might ask. For each, the search
# looks for the entry ranked first: ✓ when it is the right one, ✗ when not.

# %% [markdown] lang="fr"
# ## 7. Les mots partagés marchent, les reformulations échouent
#
# La FAQ est livrée avec 16 questions de test dont on connaît la bonne entrée, chacune écrite deux fois : une fois
# **avec les mots de la FAQ**, une fois **dans d'autres mots** (une reformulation), comme pourrait la poser un collègue
# pressé. Pour chacune, on regarde l'entrée que la recherche classe en premier : ✓ quand c'est la bonne, ✗ sinon.

# %%
show_query_results("exact")

# %%
show_query_results("paraphrase")

# %% [markdown] lang="en"
# The difference is not bad luck. To TF-IDF, "vacation" and "leave", "money" and "salary", "quit" and "resign" are
# unrelated words: a paraphrase that shares none of the important words with its entry gets a similarity near 0 to
# it, and an entry that happens to share a word ("office", "network") comes first instead. People rarely use the
# same words: in a classic study, two people chose the same main word to name the same thing less than 20% of the
# time (Furnas and colleagues, 1987, [*Communications of the ACM*](https://doi.org/10.1145/32206.32212)).

# %% [markdown] lang="fr"
# L'écart n'est pas de la malchance. Pour TF-IDF, « vacances » et « congés », « payé » et « salaire », « partir » et
# « démissionner » sont des mots sans rapport : une reformulation qui ne partage aucun des mots importants avec son
# entrée a une similarité proche de 0 avec elle, et une entrée qui partage un mot par hasard (« bureau »,
# « réseau ») passe devant. Les gens emploient rarement les mêmes mots : dans une étude classique, deux personnes
# choisissaient le même mot principal pour nommer la même chose dans moins de 20 % des cas (Furnas et ses collègues, 1987,
# [*Communications of the ACM*](https://doi.org/10.1145/32206.32212)).

# %% [markdown] lang="en"
# ## 8. A small embedding, learned from the FAQ
#
# An **embedding** places texts in a space of a few dozen directions, chosen so that words used in the same contexts
# end up close. The oldest kind, **latent semantic analysis** (LSA, 1990), learns them from the FAQ itself: words that
# often appear in the same entries share directions, so an entry can be close to a question with few words in common.
# Ours keeps 20 directions. The cell below computes it live, on the 49 entries, and prints how long it took. Then the
# chart compares the two searches on the 16 test questions, asked both ways.
#
# <details><summary>Going further: how LSA squeezes the vectors</summary>
#
# The TF-IDF vectors of the 49 entries form a table: one row per entry, one column per word. A matrix decomposition,
# the *singular value decomposition*, rewrites this table as a sum of simple layers, from the most important to the
# least; LSA keeps the 20 most important and drops the rest. Each entry, and each question, then becomes 20 numbers
# instead of hundreds. Words that appear in the same entries weigh on the same layers: that is how the embedding
# brings them together. The method comes from Deerwester and colleagues (1990,
# [*JASIS*](https://doi.org/10.1002/(SICI)1097-4571(199009)41:6%3C391::AID-ASI1%3E3.0.CO;2-9)); scikit-learn calls it
# `TruncatedSVD`.
#
# </details>

# %% [markdown] lang="fr"
# ## 8. Un petit plongement, appris sur la FAQ
#
# Un **plongement** (en anglais *embedding*) place les textes dans un espace de quelques dizaines de directions,
# choisies pour que les mots employés dans les mêmes contextes se retrouvent proches. Le plus ancien, l'**analyse
# sémantique latente** (LSA, 1990), les apprend sur la FAQ elle-même : les mots qui apparaissent souvent dans les mêmes
# entrées partagent des directions, si bien qu'une entrée peut être proche d'une question avec peu de mots en commun.
# Le nôtre garde 20 directions. La cellule ci-dessous le calcule en direct, sur les 49 entrées, et affiche le temps que
# cela a pris. Le graphique compare ensuite les deux recherches sur les 16 questions de test, posées des deux façons.
#
# <details><summary>Pour aller plus loin : comment LSA comprime les vecteurs</summary>
#
# Les vecteurs TF-IDF des 49 entrées forment un tableau : une ligne par entrée, une colonne par mot. Une décomposition
# de matrice, la *décomposition en valeurs singulières*, réécrit ce tableau comme une somme de couches simples, de la
# plus importante à la moins importante ; LSA garde les 20 plus importantes et laisse tomber les autres. Chaque entrée,
# et chaque question, devient alors 20 nombres au lieu de centaines. Les mots qui apparaissent dans les mêmes entrées
# pèsent sur les mêmes couches : c'est ainsi que le plongement les rapproche. La méthode vient de Deerwester et ses
# collègues (1990, [*JASIS*](https://doi.org/10.1002/(SICI)1097-4571(199009)41:6%3C391::AID-ASI1%3E3.0.CO;2-9)) ;
# scikit-learn l'appelle `TruncatedSVD`.
#
# </details>

# %%
embedding = lsa_index()
print(decimal(embedding.seconds * 1000, 1), "ms,", embedding.vectors.shape[1], "dimensions")
plot_hit_rates();

# %% [markdown] lang="en"
# An embedding can only learn that two words are related if it has seen them used in similar texts. Our FAQ is 49
# short entries: "vacation" never appears in it, so no embedding learned from it can know that it means "leave".
# The embeddings of today's search tools and chatbots are learned the same way in spirit, but from billions of
# sentences (for example word2vec, [Mikolov and colleagues, 2013](https://arxiv.org/abs/1301.3781), and sentence
# embeddings, [Reimers and Gurevych, 2019](https://arxiv.org/abs/1908.10084)): they do match many paraphrases. They
# still fail on the words of your trade that they rarely saw, on acronyms, and on questions the documents do not
# answer. The only way to know how a search does on **your** documents is to measure it, as above, with questions
# written by the people who will ask them.

# %% [markdown] lang="fr"
# Un plongement ne peut apprendre que deux mots sont liés que s'il les a vus employés dans des textes semblables.
# Notre FAQ compte 49 courtes entrées : « vacances » n'y figure jamais, aucun plongement appris sur elle ne peut donc
# savoir que cela veut dire « congés ». Les plongements des outils de recherche et des agents conversationnels actuels sont appris dans
# le même esprit, mais sur des milliards de phrases (par exemple word2vec,
# [Mikolov et ses collègues, 2013](https://arxiv.org/abs/1301.3781), et les plongements de phrases,
# [Reimers et Gurevych, 2019](https://arxiv.org/abs/1908.10084)) : ils rapprochent bien des reformulations. Ils
# échouent encore sur les mots de votre métier qu'ils ont peu vus, sur les sigles, et sur les questions auxquelles les
# documents ne répondent pas. La seule façon de savoir ce que vaut une recherche sur **vos** documents est de la
# mesurer, comme ci-dessus, avec des questions écrites par les personnes qui les poseront.

# %% [markdown] lang="en"
# ## 9. A chatbot grounded in documents, and why it still needs checking
#
# Many company chatbots work in two steps, called **retrieval-augmented generation** (RAG;
# [Lewis and colleagues, 2020](https://arxiv.org/abs/2005.11401)): first **retrieve** the passages closest to the
# question, as above; then have a language model write an answer from them. Ours skips the writing and quotes the
# best entry, with its source. Here is what it says to the paraphrase about the internal network:

# %% [markdown] lang="fr"
# ## 9. Un agent conversationnel ancré dans des documents, et pourquoi il faut quand même le vérifier
#
# Beaucoup d'agents conversationnels d'entreprise travaillent en deux temps, ce qu'on appelle la **génération
# augmentée par la recherche** (en anglais RAG ; [Lewis et ses collègues, 2020](https://arxiv.org/abs/2005.11401)) :
# d'abord **retrouver** les passages les plus proches de la question, comme ci-dessus ; puis faire écrire une réponse
# à partir d'eux par un modèle de langage. Le nôtre saute l'écriture et cite la meilleure entrée, avec sa source.
# Voici ce qu'il répond à la reformulation sur le réseau interne :

# %%
print(faq.test_queries[1].paraphrase)
print(grounded_answer(faq.test_queries[1].paraphrase))

# %% [markdown] lang="en"
# The answer is a real sentence of the FAQ, with its source, and it answers another question (the office Wi-Fi, not
# connecting from outside the office). Grounding makes answers **traceable**, not **true**:
#
# - the search can bring back the wrong passage with confidence, as here;
# - the documents themselves can be out of date or contradict each other;
# - when a language model rewrites the passages, it can still add what they do not say. A 2024 Stanford study found
#   that AI legal research tools built this way gave incorrect or misgrounded answers to between 17% and 33% of its
#   questions, depending on the tool ([Magesh and colleagues](https://arxiv.org/abs/2405.20362));
# - the organisation stays responsible: Air Canada's website chatbot told a customer he could claim a bereavement
#   fare after his trip, which the airline's policy did not allow. In 2024 a Canadian tribunal found the airline
#   liable for negligent misrepresentation (it is responsible for everything on its website, chatbot included) and
#   ordered it to pay him damages, about 650 Canadian dollars, plus interest and fees
#   ([*Moffatt v. Air Canada*, 2024 BCCRT 149](https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html)).
#
# So: show the sources, measure the search on real questions, let the chatbot say "I don't know" when nothing is
# close, and have people check the answers that matter (pay, health, rights).

# %% [markdown] lang="fr"
# La réponse est une vraie phrase de la FAQ, avec sa source, et elle répond à une autre question (le Wi-Fi du bureau,
# pas la connexion depuis l'extérieur). S'ancrer dans des documents rend les réponses **traçables**, pas **vraies** :
#
# - la recherche peut ramener le mauvais passage avec assurance, comme ici ;
# - les documents eux-mêmes peuvent être périmés ou se contredire ;
# - quand un modèle de langage réécrit les passages, il peut encore ajouter ce qu'ils ne disent pas. Une étude de
#   Stanford de 2024 a constaté que des outils de recherche juridique par IA construits ainsi donnaient des réponses
#   fausses ou mal sourcées à 17 à 33 % de ses questions, selon l'outil
#   ([Magesh et ses collègues](https://arxiv.org/abs/2405.20362)) ;
# - l'organisation reste responsable : l'agent conversationnel du site d'Air Canada avait dit à un client qu'il
#   pourrait demander le tarif réduit pour deuil après son voyage, ce que la politique de la compagnie excluait. En
#   2024, un tribunal canadien a jugé la compagnie responsable d'une déclaration inexacte faite par négligence
#   (*negligent misrepresentation* : elle répond de tout ce qui figure sur son site, agent conversationnel compris) et
#   l'a condamnée à lui verser des dommages-intérêts, environ 650 dollars canadiens, plus les intérêts et les frais
#   ([*Moffatt c. Air Canada*, 2024 BCCRT 149](https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html)).
#
# Donc : montrer les sources, mesurer la recherche sur de vraies questions, laisser l'agent conversationnel dire « je ne
# sais pas » quand rien n'est proche, et faire vérifier par des personnes les réponses qui comptent (paie, santé,
# droits).

# %% [markdown] lang="en"
# ## Recap
#
# - A search turns texts into **vectors**; TF-IDF gives one number per word, heavier for words that are rare in the
#   collection.
# - The **similarity** of two vectors (their cosine) says how much two texts share; the entries most similar to a question
#   are its **nearest neighbours**, and a 2-D map shows them roughly.
# - A search on words finds the right entry when the question uses the documents' wording, and mostly fails on
#   **paraphrases**: measure both, on questions from real users.
# - An **embedding** can bring related words together, but only those it has seen used together: a small one
#   learned on 49 entries cannot.
# - A chatbot **grounded** in documents quotes sources, which makes it checkable, not right: it can retrieve the wrong
#   passage, quote an outdated one, or add what no passage says.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Une recherche transforme les textes en **vecteurs** ; TF-IDF donne un nombre par mot, plus lourd pour les mots
#   rares dans la collection.
# - La **similarité** de deux vecteurs (leur cosinus) dit combien deux textes ont en commun ; les entrées les plus similaires
#   à une question sont ses **plus proches voisines**, et une carte en 2-D les montre à peu près.
# - Une recherche par mots trouve la bonne entrée quand la question reprend les mots des documents, et échoue le plus
#   souvent sur les **reformulations** : mesurez les deux, avec des questions de vrais utilisateurs.
# - Un **plongement** peut rapprocher des mots liés, mais seulement ceux qu'il a vus employés ensemble : un petit
#   plongement appris sur 49 entrées ne le peut pas.
# - Un agent conversationnel **ancré** dans des documents cite ses sources, ce qui le rend vérifiable, pas juste : il peut ramener le
#   mauvais passage, citer un passage périmé, ou ajouter ce qu'aucun passage ne dit.

# %% [markdown] lang="en"
# ## Sources
#
# - K. Spärck Jones (1972), "A statistical interpretation of term specificity and its application in retrieval",
#   *Journal of Documentation* 28(1), 11–21: <https://doi.org/10.1108/eb026526>
# - G. W. Furnas, T. K. Landauer, L. M. Gomez and S. T. Dumais (1987), "The vocabulary problem in human-system
#   communication", *Communications of the ACM* 30(11), 964–971: <https://doi.org/10.1145/32206.32212>
# - S. Deerwester, S. T. Dumais, G. W. Furnas, T. K. Landauer and R. Harshman (1990), "Indexing by latent semantic
#   analysis", *Journal of the American Society for Information Science* 41(6), 391–407:
#   <https://doi.org/10.1002/(SICI)1097-4571(199009)41:6%3C391::AID-ASI1%3E3.0.CO;2-9>
# - T. Mikolov, K. Chen, G. Corrado and J. Dean (2013), "Efficient estimation of word representations in vector
#   space" (word2vec): <https://arxiv.org/abs/1301.3781>
# - N. Reimers and I. Gurevych (2019), "Sentence-BERT: sentence embeddings using Siamese BERT-networks",
#   EMNLP-IJCNLP 2019: <https://arxiv.org/abs/1908.10084>
# - P. Lewis et al. (2020), "Retrieval-augmented generation for knowledge-intensive NLP tasks", NeurIPS 2020:
#   <https://arxiv.org/abs/2005.11401>
# - V. Magesh et al. (2024), "Hallucination-free? Assessing the reliability of leading AI legal research tools",
#   preprint, Stanford RegLab and HAI: <https://arxiv.org/abs/2405.20362>
# - Civil Resolution Tribunal of British Columbia (2024), *Moffatt v. Air Canada*, 2024 BCCRT 149, decision of
#   14 February 2024: <https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html>
# - scikit-learn developers (n.d.), *TfidfTransformer* and *TruncatedSVD*, scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/generated/sklearn.feature_extraction.text.TfidfTransformer.html>,
#   <https://scikit-learn.org/stable/modules/generated/sklearn.decomposition.TruncatedSVD.html>
#
# The FAQ, its rules, its numbers and its test questions are fictional: written for this course and dedicated to the
# public domain (CC0).

# %% [markdown] lang="fr"
# ## Sources
#
# - K. Spärck Jones (1972),
#   *A statistical interpretation of term specificity and its application in retrieval*,
#   *Journal of Documentation* 28(1), 11–21 : <https://doi.org/10.1108/eb026526>
# - G. W. Furnas, T. K. Landauer, L. M. Gomez et S. T. Dumais (1987),
#   *The vocabulary problem in human-system communication*, *Communications of the ACM* 30(11), 964–971 :
#   <https://doi.org/10.1145/32206.32212>
# - S. Deerwester, S. T. Dumais, G. W. Furnas, T. K. Landauer et R. Harshman (1990),
#   *Indexing by latent semantic analysis*, *Journal of the American Society for Information Science* 41(6), 391–407 :
#   <https://doi.org/10.1002/(SICI)1097-4571(199009)41:6%3C391::AID-ASI1%3E3.0.CO;2-9>
# - T. Mikolov, K. Chen, G. Corrado et J. Dean (2013),
#   *Efficient estimation of word representations in vector space* (word2vec) : <https://arxiv.org/abs/1301.3781>
# - N. Reimers et I. Gurevych (2019), *Sentence-BERT: sentence embeddings using Siamese BERT-networks*,
#   EMNLP-IJCNLP 2019 : <https://arxiv.org/abs/1908.10084>
# - P. Lewis et al. (2020), *Retrieval-augmented generation for knowledge-intensive NLP tasks*, NeurIPS 2020 :
#   <https://arxiv.org/abs/2005.11401>
# - V. Magesh et al. (2024), *Hallucination-free? Assessing the reliability of leading AI legal research tools*,
#   prépublication, Stanford RegLab et HAI : <https://arxiv.org/abs/2405.20362>
# - Civil Resolution Tribunal de Colombie-Britannique (2024), *Moffatt v. Air Canada*, 2024 BCCRT 149, décision du
#   14 février 2024 : <https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html>
# - Développeurs de scikit-learn (n.d.), *TfidfTransformer* et *TruncatedSVD*, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/generated/sklearn.feature_extraction.text.TfidfTransformer.html>,
#   <https://scikit-learn.org/stable/modules/generated/sklearn.decomposition.TruncatedSVD.html>
#
# La FAQ, ses règles, ses chiffres et ses questions de test sont fictifs : écrits pour ce cours et versés au domaine
# public (CC0).
