# %% [markdown] lang="en"
# # Module 06: how a language model works
#
# In this lesson you will:
#
# 1. cut text into **tokens**, the pieces a language model reads and writes,
# 2. build a **counting model** that predicts the next character from what followed the same characters in a
#    small text,
# 3. train a tiny **neural language model** live, make it write with a **temperature** slider, and watch it both
#    **invent** plausible nonsense and **copy** its training text word for word,
# 4. compare its size with today's large language models,
# 5. see what turns a language model into the assistant you use at work.
#
# You do not need to know how to program: run the cells in order with **Shift + Enter**, move the sliders and press
# the buttons. You cannot break anything. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise). Words you do not know are explained in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 06 : comment marche un modèle de langage
#
# Dans cette leçon, vous allez :
#
# 1. découper du texte en **jetons**, les morceaux qu'un modèle de langage lit et écrit,
# 2. construire un **modèle à comptage** qui prédit le caractère suivant à partir de ce qui suivait les mêmes
#    caractères dans un petit texte,
# 3. entraîner en direct un minuscule **modèle de langage neuronal**, le faire écrire avec un curseur de
#    **température**, et le voir à la fois **inventer** des absurdités plausibles et **recopier** mot pour mot son
#    texte d'entraînement,
# 4. comparer sa taille à celle des grands modèles de langage d'aujourd'hui,
# 5. voir ce qui fait d'un modèle de langage l'assistant que vous utilisez au travail.
#
# Nul besoin de savoir programmer : exécutez les cellules dans l'ordre avec **Maj + Entrée**, déplacez les curseurs
# et appuyez sur les boutons. Vous ne pouvez rien casser. Comptez environ {{duration.lesson}} minutes (et
# {{duration.exercise}} pour son exercice). Les mots que vous ne connaissez pas sont expliqués dans le
# [glossaire](../../apps/fr/00-glossary.ipynb).

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
import matplotlib.pyplot as plt

from caire import percent
from caire.modules.language_models.data import load_corpus, tokens, vocabulary
from caire.modules.language_models.figures import plot_losses, plot_next, plot_scale
from caire.modules.language_models.model import (
    counting_accuracy, invented_words, longest_copy, model_parameters, next_counts,
)
from caire.modules.language_models.widgets import (
    characters_explorer, counting_explorer, sampler, show_scale, temperature_explorer, train_with_progress,
)

# %% [markdown] lang="en"
# ## 1. The text the models learn from
#
# A language model learns from text, its **corpus**. Ours is tiny: about eighty short sentences written for
# this course (meeting notes, plain facts, a description of the course), about 4,000 characters. The cell below shows
# its beginning. Large models learn from billions, even trillions, of words; the principle is the same.

# %% [markdown] lang="fr"
# ## 1. Le texte dont les modèles apprennent
#
# Un modèle de langage apprend à partir de texte, son **corpus**. Le nôtre est minuscule : environ quatre-vingts
# phrases courtes écrites pour ce cours (notes de réunion, faits simples, description du cours), environ 4 500
# caractères. La cellule ci-dessous en montre le début. Les grands modèles apprennent sur des milliards, voire des
# milliers de milliards de mots ; le principe est le même.

# %%
print(load_corpus()[:400])

# %% [markdown] lang="en"
# ## 2. Tokens
#
# A model does not read letters or words the way we do: it reads **tokens**, pieces of text each given a number.
# A token can be one character, a whole word, or, in today's large models, a piece of a word (a few characters
# that often go together). Our models use **characters**: their vocabulary is every different character of
# the corpus, the space, the line break and the punctuation marks included. Type any text in the box to see it cut
# into characters and into words.

# %% [markdown] lang="fr"
# ## 2. Les jetons
#
# Un modèle ne lit pas les lettres ou les mots comme nous : il lit des **jetons** (*tokens*), des morceaux de texte
# qui portent chacun un numéro. Un jeton peut être un caractère, un mot entier ou, dans les grands modèles
# d'aujourd'hui, un morceau de mot (quelques caractères qui vont souvent ensemble). Nos modèles utilisent des
# **caractères** : leur vocabulaire, ce sont tous les caractères différents du corpus, espace, saut de ligne et
# ponctuation compris. Tapez un texte dans la case pour le voir découpé en caractères et en mots.

# %%
characters_explorer()

# %%
len(vocabulary()), len(tokens(load_corpus(), "words"))

# %% [markdown] lang="en"
# ## 3. Predicting the next character by counting
#
# The simplest language model **counts**. To guess what comes after some characters, it looks at every place
# where the same characters appear in the corpus and counts what came next. The chart shows what follows the
# letter "e": a probability for each character, its count divided by the total. A model **writes** by drawing
# the next character with these probabilities, adding it to the text, and starting again.

# %% [markdown] lang="fr"
# ## 3. Prédire le caractère suivant en comptant
#
# Le modèle de langage le plus simple **compte**. Pour deviner ce qui vient après quelques caractères, il regarde
# tous les endroits où ces mêmes caractères apparaissent dans le corpus et compte ce qui venait ensuite. Le graphique
# montre ce qui suit la lettre « e » : une probabilité pour chaque caractère, son nombre d'apparitions divisé par le
# total. Un modèle **écrit** en tirant le caractère suivant avec ces probabilités, en l'ajoutant au texte, et en
# recommençant.

# %%
plot_next("e");

# %% [markdown] lang="en"
# Reading one character is not much to go on. The slider sets how many characters the counting model reads before
# guessing. It shows the share of the corpus's characters it guesses right, and a text it writes. With 1 or 2
# characters, it writes gibberish; with 3 or 4, word-like pieces; with 6 or more, it mostly **recites** the corpus,
# because few sequences of 6 characters appear in more than one place.

# %% [markdown] lang="fr"
# Lire un seul caractère, c'est peu. Le curseur règle combien de caractères le modèle à comptage lit avant de deviner.
# Il affiche la part des caractères du corpus qu'il devine juste, et un texte qu'il écrit. Avec 1 ou 2 caractères, il
# écrit du charabia ; avec 3 ou 4, des bouts qui ressemblent à des mots ; avec 6 ou plus, il **récite** surtout le
# corpus, car peu de suites de 6 caractères apparaissent à plus d'un endroit.

# %%
counting_explorer(context_length=2)

# %%
print(*(percent(counting_accuracy(length)) for length in range(9)), sep="  ")

# %% [markdown] lang="en"
# ## 4. Temperature
#
# When a model draws the next token, a setting called **temperature** reshapes its probabilities before the draw.
# Below 1, the likely tokens get even more likely: the text gets predictable and repetitive. Above 1, rare tokens
# get a better chance: the text gets surprising, then incoherent. Move the slider and watch the bars.
# Chatbots let their makers, and sometimes their users, choose this setting.

# %% [markdown] lang="fr"
# ## 4. La température
#
# Quand un modèle tire le jeton suivant, un réglage appelé **température** remodèle ses probabilités avant le
# tirage. En dessous de 1, les jetons probables deviennent encore plus probables : le texte devient prévisible et
# répétitif. Au-dessus de 1, les jetons rares ont plus de chances : le texte devient surprenant, puis incohérent.
# Déplacez le curseur et regardez les barres. Les agents conversationnels laissent leurs fabricants, et parfois
# leurs utilisateurs, choisir ce réglage.

# %%
temperature_explorer("e", temperature=1.0)

# %% [markdown] lang="en"
# ## 5. A tiny neural language model, trained live
#
# Counting breaks down when a sequence never appeared: the counting model has nothing to say. A **neural language
# model** learns instead a calculation, like the networks of module 04: it reads the last 8 characters and gives a
# probability to each character of the vocabulary. Training adjusts its numbers to lower its **loss**: how surprised
# it is by the real next character. It takes about a second.
#
# <details><summary>Going further: inside the neural model</summary>
#
# Each of the 8 characters is turned into 12 numbers (an *embedding*, see module 07); these 96 numbers pass through a
# hidden layer of 96 neurons, and an output layer gives one score per character of the vocabulary, turned into
# probabilities. The loss is the cross-entropy (module 04); training lowers it by gradient descent (the Adam method),
# on small batches of examples cut from the corpus. The design follows Bengio et al. (2003).
#
# </details>

# %% [markdown] lang="fr"
# ## 5. Un minuscule modèle de langage neuronal, entraîné en direct
#
# Compter ne marche plus quand une suite n'est jamais apparue : le modèle à comptage n'a rien à dire. Un **modèle de
# langage neuronal** apprend plutôt un calcul, comme les réseaux du module 04 : il lit les 8 derniers caractères et
# donne une probabilité à chaque caractère du vocabulaire. L'entraînement ajuste ses nombres pour faire baisser sa
# **perte** : à quel point il est surpris par le vrai caractère suivant. Cela prend environ une seconde.
#
# <details><summary>Pour aller plus loin : l'intérieur du modèle neuronal</summary>
#
# Chacun des 8 caractères est changé en 12 nombres (un *plongement*, voir le module 07) ; ces 96 nombres passent par
# une couche cachée de 96 neurones, puis une couche de sortie donne un score par caractère du vocabulaire, transformé
# en probabilités. La perte est l'entropie croisée (module 04) ; l'entraînement la fait baisser par descente de
# gradient (la méthode Adam), sur de petits lots d'exemples découpés dans le corpus. La conception suit Bengio et al.
# (2003).
#
# </details>

# %%
model = train_with_progress()
plot_losses(model);

# %%
model.parameters, model_parameters()

# %% [markdown] lang="en"
# ## 6. Let it write: invention and copying
#
# Press **Write** with several temperatures and draws. Under the text, the app lists the words the model made up
# (they are in no sentence of the corpus) and the longest piece it copied word for word from the corpus.
#
# - **Plausible nonsense.** The model writes word-like strings and sentences that have the shape of the corpus but
#   mean nothing, or say something false, with the same ease as true ones. Large models do the same at a much higher
#   level: fluent, confident text that can be wrong. It is often called a *hallucination*.
# - **Word-for-word copies.** At a low temperature the model often recites whole sentences of the corpus.
#   A model that saw a text, especially often, can give it back: researchers extracted hundreds of verbatim
#   passages, names, phone numbers and email addresses included, from GPT-2 (Carlini et al., 2021).

# %% [markdown] lang="fr"
# ## 6. Laissons-le écrire : invention et copie
#
# Appuyez sur **Écrire** avec plusieurs températures et plusieurs tirages. Sous le texte, l'application liste les
# mots que le modèle a inventés (ils ne figurent dans aucune phrase du corpus) et le plus long passage qu'il a recopié
# mot pour mot du corpus.
#
# - **Des absurdités plausibles.** Le modèle écrit des suites qui ressemblent à des mots et des phrases qui ont la
#   forme du corpus mais ne veulent rien dire, ou disent quelque chose de faux, aussi facilement que des vraies.
#   Les grands modèles font de même à un bien plus haut niveau : un texte fluide, assuré, et qui peut être faux.
#   On parle souvent d'*hallucination*.
# - **Des copies mot pour mot.** À basse température, le modèle récite souvent des phrases entières du corpus.
#   Un modèle qui a vu un texte, surtout souvent, peut le rendre : des chercheurs ont extrait de GPT-2 des centaines
#   de passages mot pour mot, dont des noms, des numéros de téléphone et des adresses électroniques (Carlini et al., 2021).

# %%
sampler(model, temperature=1.0)

# %% [markdown] lang="en"
# The cell below starts the model on the first words of a sentence of the corpus with temperature 0 (always the
# most likely character), and finds the longest piece of its text that is a word-for-word copy.

# %% [markdown] lang="fr"
# La cellule ci-dessous lance le modèle sur les premiers mots d'une phrase du corpus avec une température 0
# (toujours le caractère le plus probable), et trouve le plus long passage de son texte qui est une copie mot pour mot.

# %%
start = load_corpus().splitlines()[2][:12]
written = model.write(start, length=120, temperature=0)
print(written)
print("→", repr(longest_copy(written)), len(longest_copy(written)))
print(invented_words(model.write(start, length=200, temperature=1.2, seed=3)))

# %% [markdown] lang="en"
# ## 7. Small and large
#
# Our model has about 15,000 parameters and learned from about 4,000 characters. The chart and table compare it
# with large language models, from GPT-2 (2019) to Qwen3 (2025), using the figures their authors published. GPT-3 has
# 175 billion parameters and was trained on about 300 billion tokens (Brown et al., 2020); recent open models learned
# from tens of trillions. Each step on the scale is ten times more.
# Size changes what a model can do, a lot; it does not change the principle: predict the next token.
#
# <details><summary>Going further: the two most recent models of the table</summary>
#
# Both are open-weight models: anyone can download their weights, but not the text they learned from. Llama 3.1 405B
# has 405 billion parameters and learned from 15.6 trillion tokens (Llama Team, 2024). Qwen3-235B-A22B learned from
# about 36 trillion tokens; its 235 billion parameters are split into "experts", and only 22 billion of them work on
# each token (Qwen Team, 2025).
#
# </details>

# %% [markdown] lang="fr"
# ## 7. Petit et grand
#
# Notre modèle a environ 15 000 paramètres et a appris sur environ 4 500 caractères. Le graphique et le tableau le
# comparent aux grands modèles de langage, de GPT-2 (2019) à Qwen3 (2025), avec les chiffres publiés par leurs auteurs.
# GPT-3 a 175 milliards de paramètres et a été entraîné sur environ 300 milliards de jetons (Brown et al., 2020) ; les
# modèles ouverts récents ont appris sur des dizaines de milliers de milliards de jetons. Chaque cran de l'échelle vaut
# dix fois plus. La taille change beaucoup ce que peut faire un modèle ; elle ne change pas le principe : prédire
# le jeton suivant.
#
# <details><summary>Pour aller plus loin : les deux modèles les plus récents du tableau</summary>
#
# Ce sont deux modèles à poids ouverts : chacun peut télécharger leurs poids, mais pas les textes dont ils ont appris.
# Llama 3.1 405B a 405 milliards de paramètres et a appris sur 15 600 milliards de jetons (Llama Team, 2024).
# Qwen3-235B-A22B a appris sur environ 36 000 milliards de jetons ; ses 235 milliards de paramètres sont répartis en
# « experts », et 22 milliards seulement travaillent sur chaque jeton (Qwen Team, 2025).
#
# </details>

# %%
plot_scale();

# %%
show_scale()

# %% [markdown] lang="en"
# ## 8. From a language model to the assistant you use
#
# Every model in the table starts like ours, predicting the next token: a **base model**, which continues any text.
# The assistants you use at work add layers on top, and none of them checks the facts:
#
# - **instruction tuning and human feedback**: more training on good answers written by people and on their choices
#   between two answers. The model learns what a helpful answer looks like, not what is true;
# - **a context window**: the text it sees at once (your conversation, pasted documents, its provider's
#   instructions), up to 128,000 tokens for Llama 3.1. The rest does not exist for it;
# - **retrieval, web search, tools**: it adds what it finds to the window (module 07 shows how), or calls a tool such
#   as a calculator. The answer is only as good as what was found;
# - **"reasoning" modes**: it writes steps before answering. That often helps, but the steps are predicted text too;
# - **agents**: it acts (searches, fills in forms, sends e-mails), and a page it reads can hide instructions that it
#   obeys (*prompt injection*). Give it only the access it needs, and have a person approve what matters.
#
# <details><summary>Going further: where these ideas come from</summary>
#
# - Instruction tuning with human feedback: InstructGPT (Ouyang et al., 2022). Human raters preferred the answers of a
#   model of 1.3 billion parameters tuned this way to those of GPT-3, which has 175 billion.
# - The context window: 128,000 tokens for Llama 3.1 (Llama Team, 2024). Even inside the window, information in the
#   middle of a long text is used less well than at its start or end (Liu et al., 2024).
# - Tools: a model that learns when to call a calculator, a search engine or a calendar (Schick et al., 2023).
# - "Reasoning": writing out the steps, a "chain of thought", improves the answers to many problems (Wei et al., 2022);
#   but the steps can be wrong, and can leave out what really drove the answer (Turpin et al., 2023). Qwen3 lets its
#   users switch between a "thinking" and a "non-thinking" mode (Qwen Team, 2025).
# - Agents: a model that alternates reasoning and actions (Yao et al., 2023); instructions hidden in a web page or a
#   document that the model reads, "indirect prompt injection" (Greshake et al., 2023). Each step of an agent can also
#   simply go wrong.
#
# </details>

# %% [markdown] lang="fr"
# ## 8. Du modèle de langage à l'assistant que vous utilisez
#
# Chaque modèle du tableau commence comme le nôtre, en prédisant le jeton suivant : c'est un **modèle de base**, qui
# continue n'importe quel texte. Les assistants que vous utilisez au travail ajoutent des couches par-dessus, et aucune
# ne vérifie les faits :
#
# - **l'ajustement aux instructions et les retours humains** : un entraînement de plus sur de bonnes réponses écrites
#   par des personnes et sur leurs choix entre deux réponses. Le modèle apprend à quoi ressemble une réponse utile, pas
#   ce qui est vrai ;
# - **une fenêtre de contexte** : le texte qu'il voit d'un coup (votre conversation, les documents collés, les
#   consignes de son fournisseur), jusqu'à 128 000 jetons pour Llama 3.1. Le reste n'existe pas pour lui ;
# - **recherche documentaire, recherche sur le web, outils** : il ajoute ce qu'il trouve à la fenêtre (le module 07
#   montre comment), ou appelle un outil, comme une calculatrice. La réponse ne vaut que ce que vaut ce qui a été
#   trouvé ;
# - **les modes de « raisonnement »** : il écrit des étapes avant de répondre. Cela aide souvent, mais ces étapes sont
#   elles aussi du texte prédit ;
# - **les agents** : il agit (cherche, remplit des formulaires, envoie des courriels), et une page qu'il lit peut
#   cacher des instructions auxquelles il obéit (injection d'instructions, *prompt injection*). Ne lui donnez que les
#   accès dont il a besoin, et faites approuver par une personne ce qui compte.
#
# <details><summary>Pour aller plus loin : d'où viennent ces idées</summary>
#
# - L'ajustement aux instructions avec retours humains : InstructGPT (Ouyang et al., 2022). Des évaluateurs ont
#   préféré les réponses d'un modèle de 1,3 milliard de paramètres ajusté ainsi à celles de GPT-3, qui en a
#   175 milliards.
# - La fenêtre de contexte : 128 000 jetons pour Llama 3.1 (Llama Team, 2024). Même à l'intérieur de la fenêtre, une
#   information placée au milieu d'un long texte est moins bien utilisée qu'au début ou à la fin (Liu et al., 2024).
# - Les outils : un modèle qui apprend quand appeler une calculatrice, un moteur de recherche ou un agenda (Schick et
#   al., 2023).
# - Le « raisonnement » : écrire les étapes, une « chaîne de pensée », améliore les réponses à de nombreux problèmes
#   (Wei et al., 2022) ; mais les étapes peuvent être fausses, et taire ce qui a vraiment déterminé la réponse (Turpin
#   et al., 2023). Qwen3 laisse ses utilisateurs passer d'un mode « avec réflexion » à un mode « sans réflexion » (Qwen
#   Team, 2025).
# - Les agents : un modèle qui alterne raisonnement et actions (Yao et al., 2023) ; des instructions cachées dans une
#   page web ou un document que lit le modèle, l'« injection indirecte d'instructions » (Greshake et al., 2023).
#   Chaque étape d'un agent peut aussi tout simplement déraper.
#
# </details>

# %% [markdown] lang="en"
# ## 9. Why it matters at work
#
# - **Business and law: check before you send.** A language model writes what is likely, not what is true.
#   In 2023, lawyers in New York were sanctioned for filing a brief that cited court cases a chatbot had made up
#   (*Mata v. Avianca*, US District Court, S.D.N.Y., 2023). Check names, numbers, quotes and sources.
# - **Health: fluent is not correct.** A draft letter or summary can read well and still swap a dose or invent a
#   result. A qualified person must review anything that reaches a patient.
# - **Engineering and IT: private data can come back out.** A model can give back pieces of its training text word
#   for word (Carlini et al., 2021). Do not paste confidential data into a tool you do not control, and ask a
#   supplier what its model was trained on.
# - **Public service: same question, different answers.** With a temperature above 0, the same question can get
#   different answers. For decisions about people, a service must be able to say what was used and why, in other ways.

# %% [markdown] lang="fr"
# ## 9. Pourquoi c'est important au travail
#
# - **Entreprise et droit : vérifier avant d'envoyer.** Un modèle de langage écrit ce qui est probable, pas ce qui
#   est vrai. En 2023, des avocats new-yorkais ont été sanctionnés pour avoir déposé un mémoire qui citait des
#   décisions de justice inventées par un agent conversationnel (*Mata v. Avianca*, tribunal fédéral du district
#   sud de New York, 2023). Vérifiez les noms, les chiffres, les citations et les sources.
# - **Santé : fluide ne veut pas dire juste.** Un brouillon de lettre ou de compte rendu peut se lire très bien et
#   inverser une dose ou inventer un résultat. Une personne qualifiée doit relire tout ce qui parvient à un patient.
# - **Ingénierie et informatique : des données privées peuvent ressortir.** Un modèle peut rendre mot pour mot des
#   morceaux de son texte d'entraînement (Carlini et al., 2021). Ne collez pas de données confidentielles dans un
#   outil que vous ne maîtrisez pas, et demandez au fournisseur sur quoi son modèle a été entraîné.
# - **Service public : même question, réponses différentes.** Avec une température au-dessus de 0, la même question
#   peut recevoir des réponses différentes. Pour une décision concernant une personne, un service doit pouvoir dire
#   autrement ce qui a été utilisé et pourquoi.

# %% [markdown] lang="en"
# ## Recap
#
# - A language model reads and writes **tokens** (characters, pieces of words or words).
# - It gives a **probability** to each possible next token and draws one; the **temperature** makes the draw more
#   predictable (below 1) or more surprising (above 1).
# - A counting model uses what followed the same tokens in its text; a neural model learns a calculation that also
#   answers for sequences it never saw.
# - Both can **invent** fluent nonsense and **copy** their training text word for word. Nothing in them checks facts.
# - Large models work on the same principle, with billions of parameters and up to tens of trillions of tokens.
# - Assistants add instruction tuning, a context window, retrieval, tools, agents: none makes the text true.
#
# Next: assignment 06 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un modèle de langage lit et écrit des **jetons** (caractères, morceaux de mots ou mots).
# - Il donne une **probabilité** à chaque jeton suivant possible et en tire un ; la **température** rend le tirage
#   plus prévisible (en dessous de 1) ou plus surprenant (au-dessus de 1).
# - Un modèle à comptage se sert de ce qui suivait les mêmes jetons dans son texte ; un modèle neuronal apprend un
#   calcul qui répond aussi pour des suites jamais vues.
# - Les deux peuvent **inventer** des absurdités fluides et **recopier** mot pour mot leur texte d'entraînement.
#   Rien en eux ne vérifie les faits.
# - Les grands modèles marchent sur le même principe, avec des milliards de paramètres et jusqu'à des dizaines de
#   milliers de milliards de jetons.
# - Les assistants y ajoutent ajustement aux instructions, fenêtre de contexte, recherche documentaire, outils,
#   agents : rien de cela ne rend le texte vrai.
#
# Et ensuite : l'exercice 06 vous permet de mettre tout cela en pratique, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - C. E. Shannon (1948), "A mathematical theory of communication", *Bell System Technical Journal* 27(3), 379–423:
#   <https://doi.org/10.1002/j.1538-7305.1948.tb01338.x>
# - Y. Bengio, R. Ducharme, P. Vincent and C. Jauvin (2003), "A neural probabilistic language model", *Journal of
#   Machine Learning Research* 3, 1137–1155: <https://www.jmlr.org/papers/v3/bengio03a.html>
# - A. Radford et al. (2019), "Language models are unsupervised multitask learners" (GPT-2), OpenAI:
#   <https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf>
# - T. B. Brown et al. (2020), "Language models are few-shot learners" (GPT-3), NeurIPS 2020:
#   <https://arxiv.org/abs/2005.14165>
# - J. Hoffmann et al. (2022), "Training compute-optimal large language models" (Chinchilla), NeurIPS 2022:
#   <https://arxiv.org/abs/2203.15556>
# - H. Touvron et al. (2023), "Llama 2: open foundation and fine-tuned chat models": <https://arxiv.org/abs/2307.09288>
# - Llama Team, AI at Meta (2024), "The Llama 3 herd of models": <https://arxiv.org/abs/2407.21783>
# - Qwen Team (2025), "Qwen3 technical report", and the Qwen3 announcement on the Qwen blog:
#   <https://arxiv.org/abs/2505.09388>, <https://qwenlm.github.io/blog/qwen3/>
# - N. Carlini et al. (2021), "Extracting training data from large language models", USENIX Security 2021:
#   <https://arxiv.org/abs/2012.07805>
# - L. Ouyang et al. (2022), "Training language models to follow instructions with human feedback" (InstructGPT),
#   NeurIPS 2022: <https://arxiv.org/abs/2203.02155>
# - N. F. Liu et al. (2024), "Lost in the middle: how language models use long contexts", *Transactions of the
#   Association for Computational Linguistics* 12, 157–173: <https://doi.org/10.1162/tacl_a_00638>
# - T. Schick et al. (2023), "Toolformer: language models can teach themselves to use tools", NeurIPS 2023:
#   <https://arxiv.org/abs/2302.04761>
# - J. Wei et al. (2022), "Chain-of-thought prompting elicits reasoning in large language models", NeurIPS 2022:
#   <https://arxiv.org/abs/2201.11903>
# - M. Turpin, J. Michael, E. Perez and S. R. Bowman (2023), "Language models don't always say what they think:
#   unfaithful explanations in chain-of-thought prompting", NeurIPS 2023: <https://arxiv.org/abs/2305.04388>
# - S. Yao et al. (2023), "ReAct: synergizing reasoning and acting in language models", ICLR 2023:
#   <https://arxiv.org/abs/2210.03629>
# - K. Greshake et al. (2023), "Not what you've signed up for: compromising real-world LLM-integrated applications
#   with indirect prompt injection", AISec 2023: <https://arxiv.org/abs/2302.12173>
# - US District Court, S.D.N.Y. (2023), *Mata v. Avianca, Inc.*, No. 22-cv-1461 (PKC), opinion and order on sanctions,
#   22 June 2023: <https://law.justia.com/cases/federal/district-courts/new-york/nysdce/1:2022cv01461/575368/54/>
#
# The corpus was written for this course and is dedicated to the public domain (CC0).

# %% [markdown] lang="fr"
# ## Sources
#
# - C. E. Shannon (1948), *A mathematical theory of communication*, *Bell System Technical Journal* 27(3), 379–423 :
#   <https://doi.org/10.1002/j.1538-7305.1948.tb01338.x>
# - Y. Bengio, R. Ducharme, P. Vincent et C. Jauvin (2003), *A neural probabilistic language model*,
#   *Journal of Machine Learning Research* 3, 1137–1155 : <https://www.jmlr.org/papers/v3/bengio03a.html>
# - A. Radford et al. (2019), *Language models are unsupervised multitask learners* (GPT-2), OpenAI :
#   <https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf>
# - T. B. Brown et al. (2020), *Language models are few-shot learners* (GPT-3), NeurIPS 2020 :
#   <https://arxiv.org/abs/2005.14165>
# - J. Hoffmann et al. (2022), *Training compute-optimal large language models* (Chinchilla), NeurIPS 2022 :
#   <https://arxiv.org/abs/2203.15556>
# - H. Touvron et al. (2023), *Llama 2: open foundation and fine-tuned chat models* :
#   <https://arxiv.org/abs/2307.09288>
# - Llama Team, AI at Meta (2024), *The Llama 3 herd of models* : <https://arxiv.org/abs/2407.21783>
# - Qwen Team (2025), *Qwen3 technical report*, et l'annonce de Qwen3 sur le blog de Qwen :
#   <https://arxiv.org/abs/2505.09388>, <https://qwenlm.github.io/blog/qwen3/>
# - N. Carlini et al. (2021), *Extracting training data from large language models*, USENIX Security 2021 :
#   <https://arxiv.org/abs/2012.07805>
# - L. Ouyang et al. (2022), *Training language models to follow instructions with human feedback* (InstructGPT),
#   NeurIPS 2022 : <https://arxiv.org/abs/2203.02155>
# - N. F. Liu et al. (2024), *Lost in the middle: how language models use long contexts*,
#   *Transactions of the Association for Computational Linguistics* 12, 157–173 :
#   <https://doi.org/10.1162/tacl_a_00638>
# - T. Schick et al. (2023), *Toolformer: language models can teach themselves to use tools*, NeurIPS 2023 :
#   <https://arxiv.org/abs/2302.04761>
# - J. Wei et al. (2022), *Chain-of-thought prompting elicits reasoning in large language models*, NeurIPS 2022 :
#   <https://arxiv.org/abs/2201.11903>
# - M. Turpin, J. Michael, E. Perez et S. R. Bowman (2023),
#   *Language models don't always say what they think: unfaithful explanations in chain-of-thought prompting*,
#   NeurIPS 2023 : <https://arxiv.org/abs/2305.04388>
# - S. Yao et al. (2023), *ReAct: synergizing reasoning and acting in language models*, ICLR 2023 :
#   <https://arxiv.org/abs/2210.03629>
# - K. Greshake et al. (2023),
#   *Not what you've signed up for: compromising real-world LLM-integrated applications with indirect prompt injection*,
#   AISec 2023 : <https://arxiv.org/abs/2302.12173>
# - Tribunal fédéral du district sud de New York (2023), *Mata v. Avianca, Inc.*, no 22-cv-1461 (PKC), décision sur
#   les sanctions du 22 juin 2023 :
#   <https://law.justia.com/cases/federal/district-courts/new-york/nysdce/1:2022cv01461/575368/54/>
#
# Le corpus a été écrit pour ce cours et est versé au domaine public (CC0).
