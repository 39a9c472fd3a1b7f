# %% [markdown] lang="en"
# # Module 16: Rights, confidentiality and professional secrecy
#
# What you paste into a generative AI tool leaves your hands; what comes out of it may carry someone else's words.
# In this lesson you will:
#
# 1. train live a small language model on a text into which someone pasted a patient record,
# 2. measure how much of its training text it gives back word for word, as the model grows,
# 3. type the beginning of the secret and see whether the rest comes back,
# 4. see who holds rights on what goes into and comes out of an AI tool, and what is still unsettled,
# 5. meet the EU's text-and-data-mining opt-out and the copyright duty of model providers,
# 6. apply medical and legal professional secrecy and data protection to generative AI,
# 7. decide, for six work situations: may I paste this, and with which tool?
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise); the words of the course are in the [glossary](../../apps/en/00-glossary.ipynb). This lesson is not
# legal advice: for a real case, ask your data protection officer, your professional body or a lawyer.

# %% [markdown] lang="fr"
# # Module 16 : Droits, confidentialité et secret professionnel
#
# Ce que vous collez dans un outil d'IA générative vous échappe ; ce qui en sort peut contenir les mots de quelqu'un
# d'autre. Dans cette leçon, vous allez :
#
# 1. entraîner en direct un petit modèle de langage sur un texte dans lequel quelqu'un a collé un dossier de patient,
# 2. mesurer quelle part de son texte d'entraînement il restitue mot pour mot, à mesure que le modèle grandit,
# 3. taper le début du secret et voir si la suite ressort,
# 4. voir qui détient des droits sur ce qui entre dans un outil d'IA et sur ce qui en sort, et ce qui reste incertain,
# 5. découvrir l'opposition à la fouille de textes et de données prévue par l'UE et l'obligation des fournisseurs de
#    modèles en matière de droit d'auteur,
# 6. appliquer le secret médical, le secret de l'avocat et la protection des données à l'IA générative,
# 7. décider, pour six situations de travail : puis-je coller ceci, et dans quel outil ?
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice) ; les mots du cours sont dans le [glossaire](../../apps/fr/00-glossary.ipynb). Cette leçon n'est pas un
# conseil juridique : pour un cas réel, interrogez votre délégué à la protection des données, votre ordre
# professionnel ou un avocat.

# %% [markdown] lang="en" only="notebook"
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.
#
# The first cell sets the language of the charts and messages; the second loads the course's tools.

# %% [markdown] lang="fr" only="notebook"
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les
# cellules…* (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais).
#
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours.

# %% [markdown] lang="en" only="page"
# **How to use this page.** Everything on it was computed when it opened: the toy models are already trained, the
# charts and tables already drawn. Read it from top to bottom. Where a section has controls (a slider, a box to
# type in, a list to choose from), the text above them says what to try, and what is shown below them changes as
# you use them. The keyboard works too: Tab moves to the next control, the arrow keys move the selected slider.
# There is nothing to install and no code to write. You cannot break anything: to start again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : les modèles jouets sont déjà
# entraînés, les graphiques et les tableaux déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes
# (un curseur, une case où taper, une liste où choisir), le texte au-dessus dit quoi essayer, et ce qui s'affiche en
# dessous change quand vous vous en servez. Le clavier fonctionne aussi : la touche Tab passe à la commande
# suivante, les flèches déplacent le curseur sélectionné. Rien à installer, aucun code à écrire. Vous ne pouvez rien
# casser : pour tout reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.rights_and_secrecy.figures import plot_reproduction
from caire.modules.rights_and_secrecy.model import train_models
from caire.modules.rights_and_secrecy.widgets import (context_explorer, decide, decision_explorer, secret_explorer,
                                                      secret_text, situations_table, training_summary, training_table,
                                                      written_text)

# %% [markdown] lang="en"
# ## 1. Why it matters at work
#
# - **Health.** A doctor pastes a consultation note into a free chatbot to turn it into a letter. The note names the
#   patient and the diagnosis.
# - **Law.** A lawyer pastes a client's letters to get a first draft of a reply.
# - **Business and communication.** A marketer publishes a slogan an assistant wrote. Is it hers? Is it someone
#   else's?
# - **Engineering.** A developer pastes a log with a client's name and a secret key to get an error explained.
# - **Public service.** An agent asks an assistant to rewrite a letter to a citizen, with the citizen's file.
#
# Two questions come back each time: **where does what I paste go**, and **whose words come out**? A language model
# learns from text, and sometimes it learns text by heart. Let us measure that.

# %% [markdown] lang="fr"
# ## 1. Pourquoi c'est important au travail
#
# - **Santé.** Un médecin colle une note de consultation dans un agent conversationnel gratuit pour en faire un
#   courrier. La note donne le nom du patient et le diagnostic.
# - **Droit.** Une avocate colle les lettres d'un client pour obtenir un premier jet de réponse.
# - **Commerce et communication.** Une chargée de communication publie un slogan écrit par un assistant. Est-il à
#   elle ? À quelqu'un d'autre ?
# - **Ingénierie.** Un développeur colle un journal contenant le nom d'un client et une clé secrète pour se faire
#   expliquer une erreur.
# - **Service public.** Un agent demande à un assistant de reformuler une lettre à un usager, avec le dossier de
#   l'usager.
#
# Deux questions reviennent chaque fois : **où va ce que je colle**, et **à qui sont les mots qui sortent** ? Un
# modèle de langage apprend à partir de textes, et il lui arrive d'en apprendre par cœur. Mesurons-le.

# %% [markdown] lang="en"
# ## 2. A toy language model, trained live
#
# Our training text is 300 short office notes that we generated ("Nadia from the legal team will send the contract
# to the school before Friday."). Halfway through, someone pasted, once, a fictional patient record: the **secret**
# ("Consultation note: patient Jeanne Moreau, born 14 March 1961, file RX-4471-2290, diagnosis type 2 diabetes,
# ..."). The person and the numbers are invented.
#
# Our model is an **honest toy**: an *n-gram model*. It reads the text once and counts, for every run of words,
# which word came next. To write, it looks at the last few words it wrote, its **context**, and picks a next word
# in proportion to those counts (where it never saw that run, it looks at a shorter one). There is no neural
# network: a large language model guesses the next word too, but from a context of thousands of words, with
# billions of parameters.
#
# We train six of them, with a context of 1 to 6 words. A longer context is a **bigger model**: it stores more runs
# of words. Training is counting, so it takes milliseconds.

# %% [markdown] lang="fr"
# ## 2. Un modèle de langage jouet, entraîné en direct
#
# Notre texte d'entraînement est fait de 300 courtes notes de bureau que nous avons générées (« Nadia de l'équipe
# juridique enverra le contrat à l'école avant vendredi. »). Au milieu, quelqu'un a collé, une seule fois, un
# dossier de patiente fictif : le **secret** (« Note de consultation : patiente Jeanne Moreau, née le 14 mars 1961,
# dossier RX-4471-2290, diabète de type 2, … »). La personne et les numéros sont inventés.
#
# Notre modèle est un **jouet honnête** : un *modèle n-gramme*. Il lit le texte une fois et compte, pour chaque
# suite de mots, quel mot est venu ensuite. Pour écrire, il regarde les derniers mots qu'il a écrits, son
# **contexte**, et choisit le mot suivant en proportion de ces comptes (s'il n'a jamais vu cette suite, il en
# regarde une plus courte). Aucun réseau de neurones : un grand modèle de langage devine lui aussi le mot suivant,
# mais à partir d'un contexte de milliers de mots, avec des milliards de paramètres.
#
# Nous en entraînons six, avec un contexte de 1 à 6 mots. Un contexte plus long fait un **plus gros modèle** : il
# stocke plus de suites de mots. Entraîner, c'est compter : cela prend quelques millisecondes.

# %%
models = train_models()
print(training_summary(models))
training_table(models)

# %% [markdown] lang="en"
# The column "runs of 8 words copied" is measured live: each model writes 60 short texts, each started from the
# first two words of an office note, and we look up every run of 8 words it wrote in the training text. A run found
# there word for word is **verbatim reproduction**. The last column types the beginning of the secret and checks
# how much of the rest the model writes back.
#
# ## 3. How much does it copy?
#
# The chart shows both measurements against the context length.

# %% [markdown] lang="fr"
# La colonne « suites de 8 mots copiées » est mesurée en direct : chaque modèle écrit 60 courts textes, chacun
# commencé par les deux premiers mots d'une note de bureau, et nous cherchons chaque suite de 8 mots qu'il a écrite
# dans le texte d'entraînement. Une suite qui s'y trouve mot pour mot est une **reproduction à l'identique**
# (verbatim). La dernière colonne tape le début du secret et vérifie quelle part de la suite le modèle réécrit.
#
# ## 3. Combien copie-t-il ?
#
# Le graphique montre les deux mesures selon la longueur du contexte.

# %%
plot_reproduction(models);

# %% [markdown] lang="en"
# With one word of context the toy copies almost nothing: under a tenth of its runs of 8 words are in the training
# text, the rest are new mixtures of the notes. With six words it copies almost everything: over nine runs in ten.
# The reason is in the counts: almost every run of five or six words appears **once** in the training text, so the
# model has seen a single word after it, and writes that word. The bigger the model relative to its training text,
# the more it recites rather than composes.
#
# And the secret? A name, a birth date, a file number appear only in the pasted record: after "Jeanne" the only
# word the model ever saw is "Moreau". With a context of two words, the model already gives back the name, the birth
# date, the file number and the diagnosis, and derails only on a word that is common in the notes; with a slightly
# longer context, the whole record comes back. A rare detail, seen once, is exactly what a model learns by heart.

# %% [markdown] lang="fr"
# Avec un seul mot de contexte, le jouet ne copie presque rien : moins d'un dixième de ses suites de 8 mots se
# trouvent dans le texte d'entraînement, le reste mélange les notes autrement. Avec six mots, il copie presque
# tout : plus de neuf suites sur dix. La raison est dans les comptes : presque chaque suite de cinq ou six mots
# n'apparaît **qu'une fois** dans le texte d'entraînement, le modèle n'a donc vu qu'un seul mot après elle, et il
# l'écrit. Plus le modèle est gros par rapport à son texte d'entraînement, plus il récite au lieu de composer.
#
# Et le secret ? Un nom, une date de naissance, un numéro de dossier n'apparaissent que dans le dossier collé :
# après « Jeanne », le seul mot que le modèle ait jamais vu est « Moreau ». Avec un contexte de deux mots, le modèle
# restitue déjà le nom, la date de naissance, le numéro de dossier et le diagnostic, et ne déraille que sur un mot
# fréquent dans les notes ; avec un contexte à peine plus long, tout le dossier ressort. Un détail rare, vu une seule
# fois, est exactement ce qu'un modèle apprend par cœur.

# %% [markdown] lang="en" only="notebook"
# Read what one model writes: change `my_context` (1 to 6) and `my_note` (1 to 20, the note it starts from) below and
# run the cell. Runs of words copied from the training text are marked.

# %% [markdown] lang="fr" only="notebook"
# Lisez ce qu'écrit un modèle : modifiez `my_context` (de 1 à 6) et `my_note` (de 1 à 20, la note dont il part)
# ci-dessous et exécutez la cellule. Les suites de mots copiées du texte d'entraînement sont surlignées.

# %% only="notebook"
my_context = 2
my_note = 1

written_text(models, my_context, my_note)

# %% [markdown] lang="en" only="page"
# Read what one model writes: move the first slider (context length) and the second (the note it starts from).
# Runs of words copied from the training text are marked.

# %% [markdown] lang="fr" only="page"
# Lisez ce qu'écrit un modèle : déplacez le premier curseur (longueur du contexte) et le second (la note dont il
# part). Les suites de mots copiées du texte d'entraînement sont surlignées.

# %% only="page"
context_explorer(models, 2)

# %% [markdown] lang="en"
# ## 4. The secret comes back
#
# Now play the curious colleague, or the attacker: type the beginning of the record and let the model go on. It
# writes its most likely words, with no chance involved.

# %% [markdown] lang="fr"
# ## 4. Le secret ressort
#
# Jouez maintenant le collègue curieux, ou l'attaquant : tapez le début du dossier et laissez le modèle continuer.
# Il écrit ses mots les plus probables, sans hasard.

# %% [markdown] lang="en" only="notebook"
# Edit `my_start` and `my_context` below and run the cell. Try "Consultation note: patient" with contexts 1, 2 and 3;
# then "Weekly meeting", which leads nowhere; then "Her file": one rare word of the record is enough to bring it
# back.

# %% [markdown] lang="fr" only="notebook"
# Modifiez `my_start` et `my_context` ci-dessous et exécutez la cellule. Essayez « Note de consultation : patiente »
# avec les contextes 1, 2 et 3 ; puis « Réunion hebdomadaire », qui ne mène nulle part ; puis « Son dossier » : un
# seul mot rare du dossier suffit à le faire ressortir.

# %% only="notebook"
my_start = None  # None types the beginning of the secret; or write your own between quotes
my_context = 1

secret_text(models, my_start, my_context)

# %% [markdown] lang="en" only="page"
# Type a beginning in the box and press Enter, and move the context slider. Try "Consultation note: patient" with
# contexts 1, 2 and 3; then "Weekly meeting", which leads nowhere; then "Her file": one rare word of the record is
# enough to bring it back.

# %% [markdown] lang="fr" only="page"
# Tapez un début dans la case et appuyez sur Entrée, puis déplacez le curseur du contexte. Essayez « Note de
# consultation : patiente » avec les contextes 1, 2 et 3 ; puis « Réunion hebdomadaire », qui ne mène nulle part ;
# puis « Son dossier » : un seul mot rare du dossier suffit à le faire ressortir.

# %% only="page"
secret_explorer(models)

# %% [markdown] lang="en"
# **What this toy shows, and what it does not.** It shows the mechanism: a detail seen once, with nothing else like
# it, can be learnt by heart and given back to whoever types its beginning. It does not measure a real assistant,
# which is trained on far more text and memorises a much smaller share of it. But the effect is real in large
# models too:
#
# - Carlini and colleagues (2021) extracted, by querying the GPT-2 model, hundreds of verbatim sequences of its
#   training data, among them names, phone numbers and e-mail addresses, even when a sequence appeared in a single
#   document of the training data; they found larger models more vulnerable than smaller ones.
#
# What it means for you:
#
# - **For secrets pasted into a prompt.** Text you paste is sent to the tool's provider. Whether it is kept, and
#   whether it is used to train future models, depends on the tool, its contract and its settings. If it is used
#   for training, a secret pasted once may, as in our toy, come out for someone else. Even if it is not, it has left
#   your organisation.
# - **For copyright.** A model can give back, word for word, passages of the works it was trained on. If you
#   publish an output that copies a protected text, the copy is in your publication.

# %% [markdown] lang="fr"
# **Ce que montre ce jouet, et ce qu'il ne montre pas.** Il montre le mécanisme : un détail vu une seule fois, sans
# rien de semblable, peut être appris par cœur et rendu à quiconque tape son début. Il ne mesure pas un vrai
# assistant, entraîné sur bien plus de textes et qui en mémorise une part bien plus petite. Mais l'effet est réel
# dans les grands modèles aussi :
#
# - Carlini et ses collègues (2021) ont extrait, en interrogeant le modèle GPT-2, des centaines de suites mot pour
#   mot de ses données d'entraînement, dont des noms, des numéros de téléphone et des adresses électroniques, même
#   quand une suite n'apparaissait que dans un seul document des données d'entraînement ; ils ont trouvé les plus gros
#   modèles plus vulnérables que les petits.
#
# Ce que cela signifie pour vous :
#
# - **Pour les secrets collés dans une instruction.** Le texte que vous collez est envoyé au fournisseur de l'outil.
#   Qu'il soit conservé, et qu'il serve à entraîner de futurs modèles, dépend de l'outil, de son contrat et de ses
#   réglages. S'il sert à l'entraînement, un secret collé une seule fois peut, comme dans notre jouet, ressortir
#   pour quelqu'un d'autre. Même sinon, il a quitté votre organisation.
# - **Pour le droit d'auteur.** Un modèle peut restituer mot pour mot des passages des œuvres sur lesquelles il a
#   été entraîné. Si vous publiez une production qui copie un texte protégé, la copie est dans votre publication.

# %% [markdown] lang="en"
# ## 5. Who holds rights on inputs and outputs?
#
# Here is what the course could verify, and what it could not.
#
# - **What is protected.** In EU law, copyright protects a subject matter that is original in the sense that it is
#   its **author's own intellectual creation**. The Court of Justice of the EU held in *Infopaq* (2009) that an
#   extract of **11 words** can be protected if it expresses that creation. A few words copied verbatim can
#   therefore matter. In France, the author of a work of the mind enjoys an exclusive property right on it "by the
#   mere fact of its creation" (Code de la propriété intellectuelle, art. L111-1): no registration is needed.
# - **Inputs.** A text you paste keeps its rightholder: pasting it into a tool transfers no right to you or to the
#   provider. What the provider may do with your inputs is set by the tool's terms of use, which differ from tool
#   to tool: read them, or ask whoever approved the tool.
# - **Outputs.** No EU law says that what an AI tool writes belongs to its provider, or to you; the tool's terms
#   often say how the provider treats outputs. Whether an output written by AI, with no creative choice by a
#   person, can be a protected work at all, and who would be its author, is **unsettled**: the course found no
#   judgment of the Court of Justice on it. The more your own creative choices shape the result, the stronger
#   your claim; a one-line prompt is unlikely to be enough, but no court has drawn that line for the EU.
# - **Copies in outputs.** Whoever publishes a text that reproduces a protected work may infringe it, whatever tool
#   produced the copy. Check outputs you publish, especially long or distinctive passages, slogans and code.

# %% [markdown] lang="fr"
# ## 5. Qui détient des droits sur ce qui entre et sur ce qui sort ?
#
# Voici ce que le cours a pu vérifier, et ce qu'il n'a pas pu vérifier.
#
# - **Ce qui est protégé.** En droit de l'Union, le droit d'auteur protège un objet original, au sens où il est une
#   **création intellectuelle propre à son auteur**. La Cour de justice de l'Union a jugé dans l'arrêt *Infopaq*
#   (2009) qu'un extrait de **11 mots** peut être protégé s'il exprime cette création. Quelques mots copiés à
#   l'identique peuvent donc compter. En France, l'auteur d'une œuvre de l'esprit jouit sur elle, « du seul fait de
#   sa création », d'un droit de propriété incorporelle exclusif (code de la propriété intellectuelle, art. L111-1) :
#   aucun dépôt n'est nécessaire.
# - **Ce qui entre.** Un texte que vous collez garde son titulaire de droits : le coller dans un outil ne vous
#   transfère aucun droit, ni au fournisseur. Ce que le fournisseur peut faire de vos saisies est fixé par les
#   conditions d'utilisation de l'outil, qui diffèrent d'un outil à l'autre : lisez-les, ou interrogez qui a
#   autorisé l'outil.
# - **Ce qui sort.** Aucune règle de l'Union ne dit que ce qu'écrit un outil d'IA appartient à son fournisseur, ni
#   à vous ; les conditions de l'outil disent souvent comment le fournisseur traite les productions. Une production
#   écrite par l'IA, sans choix créatif d'une personne, peut-elle seulement être une œuvre protégée, et qui en
#   serait l'auteur ? La question est **ouverte** : le cours n'a trouvé aucun arrêt de la Cour de justice à ce
#   sujet. Plus vos propres choix créatifs façonnent le résultat, plus votre position est solide ; une instruction
#   d'une ligne ne suffit sans doute pas, mais aucun juge n'a tracé cette limite pour l'Union.
# - **Les copies dans les productions.** Qui publie un texte reproduisant une œuvre protégée peut la contrefaire,
#   quel que soit l'outil qui a produit la copie. Vérifiez les productions que vous publiez, surtout les passages
#   longs ou originaux, les slogans et le code.

# %% [markdown] lang="en"
# ## 6. The text-and-data-mining opt-out and the model providers' duty
#
# Training a model starts by copying huge amounts of text, and copying is what copyright controls. Two EU texts
# frame it. Here is the state of the law on {{law.as_of}}.
#
# - **The copyright directive** ({{law.source.copyright_directive}}) defines *text and data
#   mining* as any automated analytical technique aimed at analysing text and data in digital form to generate
#   information such as patterns, trends and correlations. Its **Article 3** lets research organisations and
#   cultural heritage institutions mine works for scientific research. Its **Article 4** lets anyone make copies of
#   works they can lawfully access, for text and data mining, and keep them as long as needed for it, **unless the
#   rightholder has expressly reserved that use** in an appropriate manner, "such as machine-readable means" for
#   content made publicly available online. This reservation is the **opt-out**. One machine-readable way to
#   express it is the TDM Reservation Protocol of a W3C community group (2024), which is not a W3C standard.
# - **The AI Act** ({{law.source.ai_act}}), Article 53(1)(c): since {{law.date.gpai}}, every **provider of a
#   general-purpose AI model** must put in place a policy to comply with EU copyright law, and in particular to
#   identify and comply with, including through state-of-the-art technologies, the reservations of rights made under
#   Article 4(3) of the directive. Article 53(1)(d) adds a public summary of the content used for training. The AI
#   Office checks that the policy exists, without assessing the training data work by work, and the regulation
#   leaves the enforcement of copyright as it was (recital 108).
#
# For your work: the duty falls on the model's **provider**, not on you when you use an assistant. If your
# organisation publishes texts or images online and does not want them mined, it must say so in a machine-readable
# way. How the exception applies to the training of generative models is still discussed by lawyers; the course
# could not find a judgment of the Court of Justice on it.

# %% [markdown] lang="fr"
# ## 6. L'opposition à la fouille de textes et de données, et l'obligation des fournisseurs de modèles
#
# Entraîner un modèle commence par copier d'énormes quantités de textes, et la copie est ce que contrôle le droit
# d'auteur. Deux textes de l'Union l'encadrent. Voici l'état du droit au {{law.as_of}}.
#
# - La **directive sur le droit d'auteur** ({{law.source.copyright_directive}}) définit la
#   *fouille de textes et de données* comme toute technique d'analyse automatisée visant à analyser des textes et
#   des données sous forme numérique pour en dégager des informations, comme des constantes, des tendances et des
#   corrélations. Son **article 3** permet aux organismes de recherche et aux institutions du patrimoine culturel de
#   fouiller des œuvres à des fins de recherche scientifique. Son **article 4** permet à chacun de faire des copies
#   d'œuvres auxquelles il a licitement accès, pour la fouille de textes et de données, et de les garder le temps
#   nécessaire, **sauf si le titulaire de droits a expressément réservé cet usage** de manière appropriée, « notamment
#   par des procédés lisibles par machine » pour les contenus mis à la disposition du public en ligne. Cette réserve
#   est l'**opposition** (en anglais *opt-out*). Une façon lisible par machine de l'exprimer est le protocole TDMRep
#   d'un groupe communautaire du W3C (2024), qui n'est pas une norme du W3C.
# - Le **règlement sur l'IA** ({{law.source.ai_act}}), article 53, paragraphe 1, point c : depuis le
#   {{law.date.gpai}}, tout **fournisseur de modèle d'IA à usage général** doit mettre en place une politique pour
#   respecter le droit d'auteur de l'Union, et notamment pour repérer et respecter, y compris par des technologies de
#   pointe, les réserves de droits exprimées au titre de l'article 4, paragraphe 3, de la directive. Le point d
#   ajoute un résumé public des contenus utilisés pour l'entraînement. Le Bureau de l'IA vérifie que la politique
#   existe, sans examiner les données d'entraînement œuvre par œuvre, et le règlement laisse l'application du droit
#   d'auteur telle qu'elle était (considérant 108).
#
# Pour votre travail : l'obligation pèse sur le **fournisseur** du modèle, pas sur vous quand vous utilisez un
# assistant. Si votre organisation publie en ligne des textes ou des images et ne veut pas qu'ils soient fouillés,
# elle doit le dire par un procédé lisible par machine. La façon dont l'exception s'applique à l'entraînement des
# modèles génératifs est encore discutée par les juristes ; le cours n'a pas trouvé d'arrêt de la Cour de justice à
# ce sujet.

# %% [markdown] lang="en"
# ## 7. Professional secrecy and personal data
#
# Some professions are bound by a secrecy that the law defines and punishes. None of these texts names AI tools;
# what they protect is the information, wherever it goes.
#
# - **Medical secrecy.** In France, every person cared for by a health professional or establishment has a right to
#   the respect of their private life and to the **secrecy of the information about them** (Code de la santé
#   publique, art. L1110-4). The secret covers *all* the information about the person that came to the knowledge of
#   the professional, of the staff, and of anyone in contact with the establishment through their activities.
#   Professionals may exchange information about a patient only if they all take part in the patient's care, and
#   only what is strictly necessary to it.
# - **The lawyer's secrecy.** In all matters, advice or defence, the lawyer's consultations to the client, the
#   correspondence between lawyer and client, meeting notes and all the documents of the file are covered by
#   professional secrecy (law no. 71-1130 of 31 December 1971, art. 66-5).
# - **The penalty.** Revealing secret information by a person who holds it by profession, function or temporary
#   mission is punished by one year of imprisonment and a fine of 15,000 euros (Code pénal, art. 226-13).
# - **Personal data.** Anything that identifies a person, directly or not, is personal data under the GDPR, and
#   health data get stronger protection. The CNIL, France's data protection authority, answered organisations in
#   2024: for non-confidential uses, a general-public service can be considered with professional accounts (no
#   personal e-mail accounts) and, where possible, with the provider's reuse of the data switched off; when the use
#   involves personal data of clients or staff, or sensitive or strategic documents, a system installed in-house
#   ("on premise") is generally more appropriate; a system hosted elsewhere needs a processing contract that sets
#   responsibilities and access, and a transfer of data outside the EU must be framed. It also advises each
#   organisation to list the uses it allows and forbids.
#
# The course's reading, not a court's: the people allowed to know a patient's or a client's information are
# listed by these laws; the provider of a general-public chatbot is not among them. A tool run for your
# organisation, in-house or under a contract that binds the provider, is a different case. Removing the name is
# rarely enough: a birth date, a file number and a diagnosis still point to one person, as the toy just showed.

# %% [markdown] lang="fr"
# ## 7. Secret professionnel et données personnelles
#
# Certaines professions sont tenues à un secret que la loi définit et punit. Aucun de ces textes ne cite les outils
# d'IA ; ce qu'ils protègent, c'est l'information, où qu'elle aille.
#
# - **Le secret médical.** En France, toute personne prise en charge par un professionnel ou un établissement de
#   santé a droit au respect de sa vie privée et au **secret des informations la concernant** (code de la santé
#   publique, art. L1110-4). Le secret couvre *l'ensemble* des informations sur la personne venues à la connaissance
#   du professionnel, du personnel, et de toute personne en relation avec l'établissement de par ses activités. Des
#   professionnels ne peuvent échanger des informations sur un patient que s'ils participent tous à sa prise en
#   charge, et seulement ce qui y est strictement nécessaire.
# - **Le secret de l'avocat.** En toutes matières, conseil ou défense, les consultations adressées par l'avocat à
#   son client, les correspondances entre l'avocat et son client, les notes d'entretien et toutes les pièces du
#   dossier sont couvertes par le secret professionnel (loi n° 71-1130 du 31 décembre 1971, art. 66-5).
# - **La sanction.** La révélation d'une information à caractère secret par une personne qui en est dépositaire par
#   état, par profession, ou en raison d'une fonction ou d'une mission temporaire, est punie d'un an
#   d'emprisonnement et de 15 000 euros d'amende (code pénal, art. 226-13).
# - **Les données personnelles.** Tout ce qui identifie une personne, directement ou non, est une donnée
#   personnelle au sens du RGPD, et les données de santé sont davantage protégées. La CNIL a répondu aux
#   organisations en 2024 : pour des usages non confidentiels, un service grand public peut être envisagé avec des
#   comptes professionnels (pas d'adresse électronique personnelle) et, si possible, en désactivant la réutilisation
#   des données par le fournisseur ; quand l'usage implique des données personnelles de clients ou de salariés, ou
#   des documents sensibles ou stratégiques, un système installé en interne (« sur site ») est en général plus
#   approprié ; un système hébergé ailleurs exige un contrat de sous-traitance qui fixe responsabilités et accès, et
#   un transfert de données hors de l'Union doit être encadré. Elle conseille aussi à chaque organisation de dresser
#   la liste des usages qu'elle autorise et qu'elle interdit.
#
# Lecture du cours, pas d'un juge : les personnes autorisées à connaître les informations d'un patient ou d'un
# client sont fixées par ces lois ; le fournisseur d'un agent conversationnel grand public n'en fait pas partie. Un
# outil exploité pour votre organisation, en interne ou sous un contrat qui engage le fournisseur, est un autre cas.
# Retirer le nom suffit rarement : une date de naissance, un numéro de dossier et un diagnostic désignent encore une
# seule personne, comme le jouet vient de le montrer.

# %% [markdown] lang="en"
# ## 8. Your turn: may I paste this? With which tool?
#
# Here are six work situations and four choices. For each situation, choose the tool you would use, then read why
# the lesson recommends what it does. The recommendations follow the texts above; your organisation's own rules
# come first.

# %% [markdown] lang="fr"
# ## 8. À vous : puis-je coller ceci ? Dans quel outil ?
#
# Voici six situations de travail et quatre choix. Pour chaque situation, choisissez l'outil que vous utiliseriez,
# puis lisez pourquoi la leçon recommande ce qu'elle recommande. Les recommandations suivent les textes ci-dessus ;
# les règles de votre organisation passent d'abord.

# %% [markdown] lang="en" only="notebook"
# In code: the table gives the name of each situation and of each choice. Write them between the quotes below and
# run the cell. Or use the list after it.

# %% [markdown] lang="fr" only="notebook"
# En code : le tableau donne le nom de chaque situation et de chaque choix. Écrivez-les entre les guillemets
# ci-dessous et exécutez la cellule. Ou servez-vous de la liste qui suit.

# %% only="notebook"
situations_table()

# %% only="notebook"
my_situation = "discharge_letter"
my_choice = "anonymised"

decide(my_situation, my_choice)

# %% [markdown] lang="en"
# Choose a situation in the list, then tick a choice.

# %% [markdown] lang="fr"
# Choisissez une situation dans la liste, puis cochez un choix.

# %%
decision_explorer()

# %% [markdown] lang="en"
# ## Recap
#
# - A language model can give back its training text word for word. In our toy, the bigger the model relative to
#   its text, the more it recites; and a rare detail seen once (a name, a file number) came back from its
#   beginning even in the smallest model. Large models memorise a smaller share, but extraction attacks recover
#   verbatim training data from them too.
# - What you paste goes to the tool's provider; whether it is kept or used for training depends on the tool, its
#   contract and its settings.
# - In the EU, even a short extract can be protected if it is its author's own intellectual creation; whether an
#   output made by AI without human creative choices is protected is unsettled. Check what you publish.
# - Anyone may mine works they can lawfully access unless the rightholder opted out (Directive (EU) 2019/790,
#   Art. 4); providers of general-purpose models must have a policy to respect those opt-outs (AI Act,
#   Art. 53(1)(c)).
# - Medical and legal secrecy cover all the information of a patient or a client file; personal data stay personal
#   when a name is removed. Such texts go only into a tool your organisation approved for them, or nowhere.
#
# Now try the assignment or the app of this module.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un modèle de langage peut restituer mot pour mot son texte d'entraînement. Dans notre jouet, plus le modèle est
#   gros par rapport à son texte, plus il récite ; et un détail rare vu une seule fois (un nom, un numéro de dossier)
#   est ressorti à partir de son début, même dans le plus petit modèle. Les grands modèles en mémorisent une part plus
#   petite, mais des attaques par extraction en tirent aussi des données d'entraînement mot pour mot.
# - Ce que vous collez part chez le fournisseur de l'outil ; qu'il soit conservé ou serve à l'entraînement dépend de
#   l'outil, de son contrat et de ses réglages.
# - Dans l'Union, même un court extrait peut être protégé s'il est la création intellectuelle propre de son auteur ;
#   savoir si une production de l'IA sans choix créatif humain est protégée reste une question ouverte. Vérifiez ce
#   que vous publiez.
# - Chacun peut fouiller les œuvres auxquelles il a licitement accès, sauf opposition du titulaire de droits
#   (directive (UE) 2019/790, art. 4) ; les fournisseurs de modèles à usage général doivent avoir une politique pour
#   respecter ces oppositions (règlement sur l'IA, art. 53, paragraphe 1, point c).
# - Le secret médical et le secret de l'avocat couvrent toutes les informations d'un patient ou d'un dossier
#   client ; des données personnelles restent personnelles quand on retire le nom. Ces textes ne vont que dans un
#   outil que votre organisation a autorisé pour eux, ou nulle part.
#
# Essayez maintenant l'exercice de ce module, dans le carnet à rendre ou dans l'application sans code.

# %% [markdown] lang="en"
# ## Sources
#
# - European Union (2019), *Directive (EU) 2019/790 of 17 April 2019 on copyright and related rights in the
#   Digital Single Market*, OJ L 130, 17.5.2019, p. 92-125, Articles 2(2), 3 and 4, EUR-Lex:
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=celex%3A32019L0790>
# - European Union (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence
#   (Artificial Intelligence Act)*, Article 53(1)(c) and (d), recital 108, EUR-Lex:
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Court of Justice of the European Union (2009), judgment of 16 July 2009, *Infopaq International*, C-5/08,
#   ECLI:EU:C:2009:465, EUR-Lex: <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62008CJ0005>
# - France (2021), *Code de la santé publique*, article L1110-4, as amended by law no. 2021-1017 of 2 August 2021,
#   Légifrance: <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006685745>
# - France (2011), *Loi n° 71-1130 du 31 décembre 1971*, article 66-5, as amended by law no. 2011-331 of 28 March
#   2011, Légifrance: <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006903522>
# - France (n.d.), *Code pénal*, article 226-13 (consolidated version), Légifrance:
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719>
# - France (2006), *Code de la propriété intellectuelle*, article L111-1, as amended by law no. 2006-961 of 1 August
#   2006, Légifrance:
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069414>
# - European Union (2016), *Regulation (EU) 2016/679 (General Data Protection Regulation)*, Articles 4(1) (personal
#   data) and 9 (health and other special categories), EUR-Lex: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - CNIL (2024), "Les questions-réponses de la CNIL sur l'utilisation d'un système d'IA générative", 18 July 2024
#   (in French): <https://cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative>
# - N. Carlini et al. (2021), "Extracting Training Data from Large Language Models", USENIX Security Symposium
#   2021, arXiv preprint 2012.07805: <https://arxiv.org/abs/2012.07805>
# - W3C Text and Data Mining Reservation Protocol Community Group (2024), *TDM Reservation Protocol (TDMRep)*, Final
#   Community Group Report, 10 May 2024: <https://www.w3.org/2022/tdmrep/>
#
# The office notes and the patient record are fictional, generated for the course from templates we wrote; the
# models are word-level n-gram models, not neural networks; the advice of the decision exercise is the course's
# reading of the texts above, not legal advice.

# %% [markdown] lang="fr"
# ## Sources
#
# - Union européenne (2019), *Directive (UE) 2019/790 du 17 avril 2019 sur le droit d'auteur et les droits voisins
#   dans le marché unique numérique*, JO L 130 du 17.5.2019, p. 92-125, articles 2, point 2, 3 et 4, EUR-Lex :
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=celex%3A32019L0790>
# - Union européenne (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées concernant
#   l'intelligence artificielle*, article 53, paragraphe 1, points c et d, considérant 108, EUR-Lex :
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Cour de justice de l'Union européenne (2009), arrêt du 16 juillet 2009, *Infopaq International*, C-5/08,
#   ECLI:EU:C:2009:465, EUR-Lex : <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62008CJ0005>
# - France (2021), *Code de la santé publique*, article L1110-4, modifié par la loi n° 2021-1017 du 2 août 2021,
#   Légifrance : <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006685745>
# - France (2011), *Loi n° 71-1130 du 31 décembre 1971*, article 66-5, modifié par la loi n° 2011-331 du 28 mars
#   2011, Légifrance : <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000006903522>
# - France (n.d.), *Code pénal*, article 226-13 (version consolidée), Légifrance :
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070719>
# - France (2006), *Code de la propriété intellectuelle*, article L111-1, modifié par la loi n° 2006-961 du 1er août
#   2006, Légifrance :
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069414>
# - Union européenne (2016), *Règlement (UE) 2016/679 (règlement général sur la protection des données)*, articles 4,
#   point 1 (données personnelles) et 9 (santé et autres catégories particulières), EUR-Lex :
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - CNIL (2024), « Les questions-réponses de la CNIL sur l'utilisation d'un système d'IA générative », 18 juillet
#   2024 : <https://cnil.fr/fr/les-questions-reponses-de-la-cnil-sur-lutilisation-dun-systeme-dia-generative>
# - N. Carlini et al. (2021), « *Extracting Training Data from Large Language Models* », USENIX Security Symposium
#   2021, prépublication arXiv 2012.07805 : <https://arxiv.org/abs/2012.07805>
# - Groupe communautaire W3C *Text and Data Mining Reservation Protocol* (2024), *TDM Reservation Protocol
#   (TDMRep)*, rapport final, 10 mai 2024 (en anglais) : <https://www.w3.org/2022/tdmrep/>
#
# Les notes de bureau et le dossier de patiente sont fictifs, générés pour le cours à partir de modèles de phrases
# que nous avons écrits ; les modèles sont des modèles n-grammes de mots, pas des réseaux de neurones ; les conseils
# de l'exercice de décision sont la lecture que fait le cours des textes ci-dessus, pas un conseil juridique.
