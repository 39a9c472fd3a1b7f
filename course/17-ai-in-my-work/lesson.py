# %% [markdown] lang="en"
# # Module 17: AI in my work and my organisation
#
# The other modules looked at AI from the outside. This one looks at **your** job and **your** organisation. In
# this lesson you will:
#
# 1. see how researchers measure the "exposure" of jobs to generative AI: task by task, not job by job,
# 2. build live a toy that suggests an exposure rating for a task, and measure how often it agrees with ours,
# 3. break your own job into tasks, rate them, and compare your ratings with the toy's,
# 4. see what changes when AI manages work, and who must be informed and consulted before it is used on staff,
# 5. start your organisation's AI-use register, and keep it as a file.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise); the words of the course are in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 17 : L'IA dans mon travail et mon organisation
#
# Les autres modules ont regardé l'IA de l'extérieur. Celui-ci regarde **votre** métier et **votre** organisation.
# Dans cette leçon, vous allez :
#
# 1. voir comment les chercheurs mesurent l'« exposition » des métiers à l'IA générative : tâche par tâche, et non
#    métier par métier,
# 2. construire en direct un jouet qui suggère une note d'exposition pour une tâche, et mesurer combien de fois il
#    est d'accord avec nous,
# 3. décomposer votre propre métier en tâches, les noter, et comparer vos notes à celles du jouet,
# 4. voir ce qui change quand l'IA organise le travail, et qui doit être informé et consulté avant de l'utiliser sur
#    le personnel,
# 5. commencer le registre des usages de l'IA de votre organisation, et le garder dans un fichier.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice) ; les mots du cours sont dans le [glossaire](../../apps/fr/00-glossary.ipynb).

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
# **How to use this page.** Everything on it was computed when it opened: the toy is already built, the charts
# already drawn. Read it from top to bottom. Where a section has controls (a slider, boxes to type in, buttons), the
# text above them says what to try. The keyboard works too: Tab moves to the next control, the arrow keys move the
# selected slider, Enter presses the selected button. There is nothing to install and no code to write. You cannot
# break anything: to start again, reload the page (what you typed is then lost, so download your register first).

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : le jouet est déjà construit, les
# graphiques déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes (un curseur, des cases où écrire,
# des boutons), le texte au-dessus dit quoi essayer. Le clavier fonctionne aussi : la touche Tab passe à la commande
# suivante, les flèches déplacent le curseur sélectionné, Entrée appuie sur le bouton sélectionné. Rien à installer,
# aucun code à écrire. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page (ce que vous avez tapé est
# alors perdu : téléchargez d'abord votre registre).

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.ai_in_my_work.data import save_register
from caire.modules.ai_in_my_work.figures import plot_profession_shares
from caire.modules.ai_in_my_work.model import train_rater
from caire.modules.ai_in_my_work.widgets import (agreement_explorer, example_register_view, example_suggestion,
                                                 mistakes_table, rating_builder, ratings_table, register_builder,
                                                 register_view)

# %% [markdown] lang="en"
# ## 1. Why it matters at work
#
# - **Office and business.** An accounts assistant hears that "AI will replace accountants". Which of her tasks
#   would change first: entering invoices, or explaining an unusual cost to a manager?
# - **Health.** A hospital buys a tool that writes consultation notes from the doctor's voice. The doctors'
#   work changes; who decided, who was told, and who checks the notes?
# - **Engineering and logistics.** A warehouse installs software that assigns tasks to pickers and rates their
#   speed. The software now manages part of their work.
# - **Public service.** A town hall lets a chatbot answer questions on opening hours and forms. Someone must know
#   it exists, what it receives, and whom to call when it gets something wrong.
#
# In each case the questions are the same: which **tasks** change, how, who must be **informed and consulted**,
# and does the organisation know **which AI systems** it uses.

# %% [markdown] lang="fr"
# ## 1. Pourquoi c'est important au travail
#
# - **Bureau et commerce.** Une assistante comptable entend dire que « l'IA va remplacer les comptables ».
#   Lesquelles de ses tâches changeraient en premier : la saisie des factures, ou l'explication d'une dépense
#   inhabituelle à un responsable ?
# - **Santé.** Un hôpital achète un outil qui rédige les notes de consultation à partir de la voix du médecin. Le
#   travail des médecins change : qui l'a décidé, qui en a été informé, et qui vérifie les notes ?
# - **Ingénierie et logistique.** Un entrepôt installe un logiciel qui attribue les tâches aux préparateurs de
#   commandes et note leur vitesse. Le logiciel organise désormais une partie de leur travail.
# - **Service public.** Une mairie laisse un agent conversationnel répondre aux questions sur les horaires et les
#   formulaires. Quelqu'un doit savoir qu'il existe, ce qu'il reçoit, et qui appeler quand il se trompe.
#
# Dans chaque cas, les questions sont les mêmes : quelles **tâches** changent, et comment ; qui doit être **informé
# et consulté** ; et l'organisation sait-elle **quels systèmes d'IA** elle utilise.

# %% [markdown] lang="en"
# ## 2. Tasks, not jobs: what the studies measure
#
# A job is a bundle of tasks. The studies of generative AI and work do not ask "will this job disappear?"; they
# score each **task**, then add the scores up by occupation. A task is **exposed** when generative AI could do it,
# or help do it much faster; exposure says what the technology *could* do, not what employers will do.
#
# - **Eloundou, Manning, Mishkin and Rock (2023)**, three of them at OpenAI, rated the tasks of US occupations
#   with people and with GPT-4 itself. They estimate that about 80% of US workers could have at least 10% of their
#   tasks affected by large language models, and about 19% at least half of their tasks; higher-paid jobs are, on
#   the whole, more exposed.
# - **The International Labour Organization (ILO, 2023)** scored the tasks of every occupation of the
#   international classification with GPT-4. Its main finding: generative AI is more likely to **augment** jobs
#   (change some of their tasks) than to **automate** them. Clerical work is the most exposed group. Jobs exposed to
#   automation are 5.5% of employment in high-income countries and 0.4% in low-income countries; because clerical
#   jobs are more often held by women, women are more exposed. The ILO adds that the effects on **job quality**
#   (how intense work becomes, how much say people keep) may matter more than the number of jobs.
# - **The ILO's refined index (2025)**, built on more detailed data (Polish labour data, surveys of workers,
#   experts' reviews), finds about 25% of the world's jobs in occupations with some exposure, and 3.3% in the most
#   exposed group; clerical jobs again come first.
# - **The OECD** counts, across its member countries, about 28% of jobs in occupations at the highest risk of
#   automation by automation technologies in general, AI included (not generative AI alone); the workers in them
#   are more often low-skilled, young and male.
#
# These are estimates of what could happen, made with different methods on different countries: they do not
# agree on one number, and none of them measures jobs actually lost.

# %% [markdown] lang="fr"
# ## 2. Des tâches, pas des métiers : ce que mesurent les études
#
# Un métier est un ensemble de tâches. Les études sur l'IA générative et le travail ne demandent pas « ce métier
# va-t-il disparaître ? » : elles notent chaque **tâche**, puis additionnent les notes par profession. Une tâche est
# **exposée** quand l'IA générative pourrait la faire, ou aider à la faire bien plus vite ; l'exposition dit ce que
# la technique *pourrait* faire, pas ce que feront les employeurs.
#
# - **Eloundou, Manning, Mishkin et Rock (2023)**, dont trois travaillent chez OpenAI, ont noté les tâches des
#   professions des États-Unis avec des personnes et avec GPT-4 lui-même. Ils estiment qu'environ 80 % des
#   travailleurs américains pourraient voir au moins 10 % de leurs tâches touchées par les grands modèles de
#   langage, et environ 19 % au moins la moitié de leurs tâches ; les emplois mieux payés sont, dans l'ensemble,
#   plus exposés.
# - **L'Organisation internationale du travail (OIT, 2023)** a noté avec GPT-4 les tâches de toutes les professions
#   de la classification internationale. Son résultat principal : l'IA générative devrait plus souvent
#   **augmenter** les emplois (en changer certaines tâches) que les **automatiser**. Le travail administratif est le
#   groupe le plus exposé. Les emplois exposés à l'automatisation représentent 5,5 % de l'emploi dans les pays à
#   revenu élevé et 0,4 % dans les pays à faible revenu ; comme les emplois administratifs sont plus souvent occupés
#   par des femmes, les femmes sont plus exposées. L'OIT ajoute que les effets sur la **qualité de l'emploi**
#   (l'intensité du travail, l'autonomie qui reste aux personnes) pourraient compter davantage que le nombre
#   d'emplois.
# - **L'indice affiné de l'OIT (2025)**, construit sur des données plus détaillées (données polonaises sur
#   l'emploi, enquêtes auprès de travailleurs, avis d'experts), trouve environ 25 % des emplois du monde dans des
#   professions exposées d'une manière ou d'une autre, et 3,3 % dans le groupe le plus exposé ; les emplois
#   administratifs viennent encore en tête.
# - **L'OCDE** compte, dans ses pays membres, environ 28 % des emplois dans des professions au plus haut risque
#   d'automatisation par les techniques d'automatisation en général, IA comprise (pas la seule IA générative) ; les
#   personnes qui les occupent sont plus souvent peu qualifiées, jeunes et des hommes.
#
# Ce sont des estimations de ce qui pourrait arriver, faites avec des méthodes différentes sur des pays différents :
# elles ne s'accordent pas sur un chiffre, et aucune ne mesure des emplois réellement perdus.

# %% [markdown] lang="en"
# ## 3. Our own small table of tasks
#
# To practise, we wrote 48 short tasks from six kinds of work and labelled each one ourselves, in the spirit of
# these studies, with one of three ratings:
#
# - **automation**: most of the task could be done by a generative AI tool, a person checking the result;
# - **augmentation**: a tool can help with parts of it, but a person's judgement, contact or responsibility stays
#   at its centre;
# - **low exposure**: physical, in-person or hands-on work.
#
# These labels are **the course's judgement**, not a study's data: you may disagree with some of them, and that
# is the point of the next sections. The chart shows how they fall by profession.

# %% [markdown] lang="fr"
# ## 3. Notre petit tableau de tâches
#
# Pour nous exercer, nous avons écrit 48 tâches courtes de six sortes de métiers et étiqueté chacune nous-mêmes,
# dans l'esprit de ces études, avec l'une de trois notes :
#
# - **automatisation** : un outil d'IA générative pourrait faire l'essentiel de la tâche, une personne vérifiant le
#   résultat ;
# - **augmentation** : un outil peut aider pour certaines parties, mais le jugement, le contact ou la responsabilité
#   d'une personne restent au centre ;
# - **faible exposition** : travail physique, en présence ou manuel.
#
# Ces étiquettes sont **le jugement du cours**, pas les données d'une étude : vous ne serez peut-être pas d'accord
# avec certaines, et c'est tout l'intérêt des parties suivantes. Le graphique montre leur répartition par métier.

# %%
plot_profession_shares();

# %% [markdown] lang="en"
# ## 4. A toy that suggests a rating, built live
#
# Our **toy** suggests a rating for any task you type. It is a **nearest-neighbour** model: it turns each task into
# the list of its words (cut to their first five letters, so that "translate" and "translating" meet), finds the tasks of
# the table that share the most words with yours, and lets the ten nearest vote, each with the weight of its
# similarity. "Training" it means building that table of words: the cell below does it in about a millisecond.
#
# It is a toy: it knows nothing about work, only which words appear in which of our 48 tasks. Here is what it says
# for one task of an office job:

# %% [markdown] lang="fr"
# ## 4. Un jouet qui suggère une note, construit en direct
#
# Notre **jouet** suggère une note pour toute tâche que vous tapez. C'est un modèle des **plus proches voisins** :
# il transforme chaque tâche en la liste de ses mots (coupés à leurs cinq premières lettres, pour que « rédiger » et
# « rédigez » se rejoignent), cherche les tâches du tableau qui partagent le plus de mots avec la vôtre, et fait
# voter les dix plus proches, chacune avec le poids de sa similarité. L'« entraîner », c'est construire ce tableau de
# mots : la cellule ci-dessous le fait en une milliseconde environ.
#
# C'est un jouet : il ne sait rien du travail, seulement quels mots figurent dans lesquelles de nos 48 tâches. Voici
# ce qu'il dit d'une tâche d'un emploi de bureau :

# %%
toy = train_rater()
example_suggestion(toy)

# %% [markdown] lang="en"
# How good is it? We cannot ask it about tasks it already has, so we leave each task of the table out in turn, ask
# the toy to rate it from the 47 others, and count how often it finds our label. Move the slider to change how many
# neighbours vote; the dashed line is what you get by always answering the most common label.

# %% [markdown] lang="fr"
# Que vaut-il ? Inutile de l'interroger sur des tâches qu'il connaît déjà : nous mettons de côté chaque tâche du
# tableau tour à tour, demandons au jouet de la noter d'après les 47 autres, et comptons combien de fois il retrouve
# notre étiquette. Déplacez le curseur pour changer le nombre de voisins qui votent ; la ligne en tirets montre ce
# qu'on obtient en répondant toujours l'étiquette la plus fréquente.

# %%
agreement_explorer(toy)

# %% [markdown] lang="en"
# With ten neighbours, the toy finds our label for about half of the tasks it did not see (between 40% and 60%,
# depending on the language), against about a third by always giving the most common label. Two words in common
# ("write", "report") say little about a task; what makes a task exposed (a text to produce, a body to care for, a
# decision to take) is often not in its words at all. The published studies used GPT-4 and experts, not word
# counts, and they still disagree with each other. **Whatever a tool suggests, you know your job better.**

# %% [markdown] lang="fr"
# Avec dix voisins, le jouet retrouve notre étiquette pour la moitié environ des tâches qu'il n'a pas vues (entre
# 40 % et 60 % selon la langue), contre un tiers environ en donnant toujours l'étiquette la plus fréquente. Deux mots
# en commun (« rédiger », « rapport ») disent peu de chose d'une tâche ; ce qui rend une tâche exposée (un texte à
# produire, un corps à soigner, une décision à prendre) n'est souvent pas du tout dans ses mots. Les études publiées
# ont utilisé GPT-4 et des experts, pas des comptes de mots, et elles ne s'accordent pas pour autant. **Quoi qu'un
# outil suggère, c'est vous qui connaissez votre métier.**

# %% [markdown] lang="en"
# Look at the tasks the toy got wrong. Most of them are tasks we labelled *augmentation*: negotiating, explaining a
# diagnosis, designing a bridge. Their words ("contract", "diagnosis", "bridge") appear nowhere else in the table, so
# the toy has nothing to go on, or it follows a word such as "report" or "data" to a task of another kind. Our labels
# are judgements too: for some of these tasks you might have chosen otherwise.

# %% [markdown] lang="fr"
# Regardez les tâches où le jouet s'est trompé. La plupart sont des tâches que nous avons étiquetées *augmentation* :
# négocier, expliquer un diagnostic, concevoir un pont. Leurs mots (« contrat », « diagnostic », « pont ») ne
# figurent nulle part ailleurs dans le tableau : le jouet n'a alors rien sur quoi s'appuyer, ou bien il suit un mot
# comme « rapport » ou « données » jusqu'à une tâche d'une autre sorte. Nos étiquettes sont, elles aussi, des
# jugements : pour certaines de ces tâches, vous auriez peut-être choisi autrement.

# %%
mistakes_table(toy)

# %% [markdown] lang="en" only="notebook"
# ## 5. Your turn: break your job into tasks
#
# List five to ten tasks of your own job in `my_tasks` below, each with your rating: `"automation"`,
# `"augmentation"` or `"low"`. Think of a normal week: what you write, whom you meet, what you decide, what you do
# with your hands. Then run the cell: the table puts the toy's suggestion beside each of your ratings.

# %% [markdown] lang="fr" only="notebook"
# ## 5. À vous : décomposez votre métier en tâches
#
# Listez cinq à dix tâches de votre propre métier dans `my_tasks` ci-dessous, chacune avec votre note :
# `"automation"` (automatisation), `"augmentation"` ou `"low"` (faible exposition). Pensez à une semaine ordinaire :
# ce que vous écrivez, qui vous rencontrez, ce que vous décidez, ce que vous faites de vos mains. Les exemples sont en
# anglais : remplacez-les par vos tâches, écrites en français (le jouet compare des mots français). Puis exécutez la
# cellule : le tableau place la suggestion du jouet à côté de chacune de vos notes.

# %% only="notebook"
my_tasks = [
    ("Write the minutes of the team meeting", "automation"),
    ("Train a new colleague on the job", "low"),
    ("Prepare the budget of my department", "augmentation"),
]

ratings_table(my_tasks, toy)

# %% [markdown] lang="en" only="page"
# ## 5. Your turn: break your job into tasks
#
# Type a task of your own job in the box, choose your rating, and press **Add**; do it for five to ten tasks. Think
# of a normal week: what you write, whom you meet, what you decide, what you do with your hands. Below the box, the
# toy says what it suggests and from which tasks of the table; the table puts its suggestion beside each of your
# ratings.

# %% [markdown] lang="fr" only="page"
# ## 5. À vous : décomposez votre métier en tâches
#
# Tapez une tâche de votre propre métier dans la case, choisissez votre note et appuyez sur **Ajouter** ; faites-le
# pour cinq à dix tâches. Pensez à une semaine ordinaire : ce que vous écrivez, qui vous rencontrez, ce que vous
# décidez, ce que vous faites de vos mains. Sous la case, le jouet dit ce qu'il suggère et d'après quelles tâches du
# tableau ; le tableau place sa suggestion à côté de chacune de vos notes.

# %% only="page"
rating_builder(toy)

# %% [markdown] lang="en"
# Where you and the toy differ, ask which of you is missing something. Then look at your list as the studies do:
# if several of your tasks are "automation", the time they take may shrink, and your job may shift towards the
# others. That shift is a matter for you, your manager and, in many organisations, the staff's representatives.

# %% [markdown] lang="fr"
# Là où le jouet et vous divergez, demandez-vous lequel des deux oublie quelque chose. Puis regardez votre liste
# comme le font les études : si plusieurs de vos tâches relèvent de l'« automatisation », le temps qu'elles prennent
# pourrait diminuer, et votre métier se déplacer vers les autres. Ce déplacement vous concerne, vous, votre
# responsable et, dans beaucoup d'organisations, les représentants du personnel.

# %% [markdown] lang="en"
# ## 6. When AI manages the work, and who must be told
#
# **Algorithmic management** is the use of software to do part of a manager's work: assign tasks and shifts, set
# the pace, monitor, rate performance. The AI Act (Regulation (EU) 2024/1689, as amended; here is the state of the
# law on {{law.as_of}}) lists among its **high-risk** uses, in Annex III, AI systems used to recruit people and to
# make decisions about workers: allocating tasks, promotion, termination, monitoring and evaluating their
# performance and behaviour (module 13 covers the tiers).
#
# For these uses the AI Act adds a duty for the employer. **Article 26(7):** {{law.text.article_26_7}}. This duty
# applies with the other high-risk duties of Annex III, from
# {{law.date.annex_iii}}. Recital 92 of the Regulation adds that it does not replace the employer's existing duties
# to inform and consult workers under EU and national law (such as Directive 2002/14/EC).
#
# In **France**, those existing duties go through the **CSE** (*comité social et économique*, the staff's elected
# committee). Article L2312-8 of the Code du travail (II, 4°) says that the committee is informed and consulted on
# the introduction of new technologies and on any important change to health and safety or working conditions;
# article L2315-94 lets it call on an accredited expert in that case. In April 2022, a court in Pontoise held that
# introducing an AI software in a company was in itself enough for the CSE to be consulted and to call an expert,
# without first showing an effect on working conditions (a first-instance decision, not a settled rule).
#
# In practice: **before** a system that manages or monitors staff is switched on, the staff's representatives are
# told what it does, what data it uses, and who oversees it, and in France the CSE gives its opinion. Informing
# people afterwards, or asking each worker to sign a form instead, does not do this.

# %% [markdown] lang="fr"
# ## 6. Quand l'IA organise le travail, et qui doit en être informé
#
# Le **management algorithmique** est l'usage d'un logiciel pour faire une partie du travail d'un responsable :
# attribuer les tâches et les horaires, fixer le rythme, surveiller, évaluer le travail. Le règlement sur l'IA
# (règlement (UE) 2024/1689, tel que modifié ; voici l'état du droit au {{law.as_of}}) range parmi les usages **à
# haut risque**, à l'annexe III, les systèmes d'IA utilisés pour recruter et pour prendre des décisions sur les
# travailleurs : attribution des tâches, promotion, licenciement, surveillance et évaluation de leur travail et de
# leur comportement (le module 13 présente les niveaux de risque).
#
# Pour ces usages, le règlement ajoute une obligation à l'employeur. **Article 26, paragraphe 7 :**
# {{law.text.article_26_7}}. Cette obligation s'applique avec les autres obligations du haut risque de l'annexe III, à partir du
# {{law.date.annex_iii}}. Le considérant 92 du règlement précise qu'elle ne remplace pas les obligations d'information
# et de consultation des travailleurs qui existent déjà en droit de l'Union et en droit national (comme la directive
# 2002/14/CE).
#
# En **France**, ces obligations passent par le **CSE** (comité social et économique). L'article L2312-8 du Code du
# travail (II, 4°) dispose que le comité est informé et consulté sur l'introduction de nouvelles technologies et sur
# tout aménagement important modifiant les conditions de santé et de sécurité ou les conditions de travail ;
# l'article L2315-94 lui permet alors de faire appel à un expert habilité. En avril 2022, le tribunal judiciaire de
# Pontoise a jugé que l'introduction d'un logiciel d'intelligence artificielle dans une entreprise suffisait à elle
# seule à justifier la consultation du CSE et le recours à un expert, sans avoir à démontrer d'abord un effet sur les
# conditions de travail (une décision de première instance, pas une règle établie).
#
# En pratique : **avant** de mettre en marche un système qui organise ou surveille le travail du personnel, on
# explique à ses représentants ce qu'il fait, quelles données il utilise et qui le contrôle, et en France le CSE
# rend son avis. Informer après coup, ou faire signer un formulaire à chaque salarié à la place, ne remplit pas ce
# rôle.

# %% [markdown] lang="en"
# ## 7. Your organisation's AI-use register
#
# Many organisations do not know all the AI systems their staff use. A **register** lists them, one row a system,
# so that someone can answer: what do we use, for what, with which data, under whose control? Its columns:
#
# - **AI system** and **what it is used for**: the same tool can be used for a harmless and for a high-risk purpose
#   (a chatbot answering opening hours, or sorting job applications);
# - **our role**: under the AI Act, the **provider** develops an AI system (or has it developed) and puts it on the
#   market or into service under its own name; the **deployer** uses an AI system under its authority in a
#   professional activity. Most organisations are deployers of the tools they buy, and carry the deployer's duties;
# - **risk tier**: prohibited, high-risk, transparency duties or minimal (module 13); "not yet checked" is an
#   honest answer that tells you what to do next;
# - **data it receives**: personal data, health data, secrets of clients (module 16);
# - **human oversight**: who reads, checks or can stop what the system does (module 13);
# - **report an incident to**: the person or service that staff tell when the system gets something wrong, leaks
#   data or is attacked (module 15).
#
# This register is a working tool that the course suggests, not a form that the law prescribes.

# %% [markdown] lang="fr"
# ## 7. Le registre des usages de l'IA de votre organisation
#
# Beaucoup d'organisations ne connaissent pas tous les systèmes d'IA qu'utilise leur personnel. Un **registre** les
# recense, une ligne par système, pour que quelqu'un puisse répondre : qu'utilisons-nous, pour quoi faire, avec
# quelles données, sous le contrôle de qui ? Ses colonnes :
#
# - **système d'IA** et **à quoi il sert** : un même outil peut servir à un usage anodin ou à un usage à haut risque
#   (un agent conversationnel qui donne les horaires, ou qui trie des candidatures) ;
# - **notre rôle** : selon le règlement sur l'IA, le **fournisseur** développe un système d'IA (ou le fait
#   développer) et le met sur le marché ou en service sous son propre nom ; le **déployeur** utilise un système
#   d'IA sous sa propre autorité dans une activité professionnelle. La plupart des organisations sont déployeurs des
#   outils qu'elles achètent, et en portent les obligations ;
# - **niveau de risque** : interdit, à haut risque, obligations de transparence ou minimal (module 13) ; « pas encore
#   vérifié » est une réponse honnête qui dit quoi faire ensuite ;
# - **données qu'il reçoit** : données personnelles, données de santé, secrets des clients (module 16) ;
# - **contrôle humain** : qui lit, vérifie ou peut arrêter ce que fait le système (module 13) ;
# - **signaler un incident à** : la personne ou le service que le personnel prévient quand le système se trompe,
#   laisse fuir des données ou est attaqué (module 15).
#
# Ce registre est un outil de travail que propose le cours, pas un formulaire imposé par la loi.

# %% [markdown] lang="en"
# Here is the register of a fictional town hall, as the course would fill it in. Read each row and ask what it
# makes someone do. People who use the chatbot must know that they are talking to an AI (transparency). The CV-sorting
# module is a high-risk use: the town, as deployer and employer, has duties before using it, including informing
# the staff's representatives (section 6). The waste model was built by the town's own IT team and offered to other
# towns under the town's name: there, the town is a **provider**, with a provider's duties, and its tier is still to
# be checked. The link under the table downloads the register as a file.

# %% [markdown] lang="fr"
# Voici le registre d'une mairie fictive, tel que le cours le remplirait. Lisez chaque ligne et demandez-vous ce
# qu'elle oblige quelqu'un à faire. Les personnes qui utilisent l'agent conversationnel doivent savoir qu'elles
# parlent à une IA (transparence). Le module de tri des CV est un usage à haut risque : la mairie, déployeur et employeur, a des
# obligations avant de l'utiliser, dont l'information des représentants du personnel (partie 6). Le modèle de
# collecte des déchets a été développé par le service informatique de la ville et proposé à d'autres communes sous
# le nom de la ville : là, la mairie est **fournisseur**, avec les obligations d'un fournisseur, et son niveau de
# risque reste à vérifier. Le lien sous le tableau télécharge le registre dans un fichier.

# %%
example_register_view()

# %% [markdown] lang="en" only="notebook"
# Fill in `my_register` below, one dictionary a system (copy the example's lines for a second system), then run the
# cell: it shows the table and a link to download it. To also write it as `my-ai-register.csv` next to this
# notebook, delete the `#` at the start of the last line, `# save_register(my_register)`, and run the cell again. The
# role is `"deployer"` or `"provider"`; the tier is `"minimal"`, `"transparency"`, `"high"`,
# `"prohibited"` or `"unsure"`.

# %% [markdown] lang="fr" only="notebook"
# Remplissez `my_register` ci-dessous, un dictionnaire par système (recopiez les lignes de l'exemple pour un second
# système), puis exécutez la cellule : elle affiche le tableau et un lien pour le télécharger. Pour l'écrire aussi dans
# `my-ai-register.csv`, à côté de ce carnet, supprimez le `#` au début de la dernière ligne,
# `# save_register(my_register)`, et exécutez à nouveau la cellule. Le rôle est `"deployer"` (déployeur) ou `"provider"`
# (fournisseur) ; le niveau est `"minimal"`, `"transparency"` (transparence), `"high"` (haut risque), `"prohibited"`
# (interdit) ou `"unsure"` (pas encore vérifié).

# %% only="notebook"
my_register = [
    {
        "system": "Speech-to-text tool bought from a supplier",
        "purpose": "Drafting consultation notes from the doctor's voice",
        "role": "deployer",
        "tier": "unsure",
        "data": "Patients' names and health data",
        "oversight": "The doctor reads and corrects every note before it is saved",
        "incident_contact": "The data protection officer",
    },
]

register_view(my_register)
# save_register(my_register)

# %% [markdown] lang="en" only="page"
# Fill in the fields for one AI system used in your organisation and press **Add**; do it again for each system you
# know of. The link **Download the register** under the table saves it on your own computer, as a CSV file
# (`my-ai-register.csv`) that any spreadsheet opens. Download it before you leave the page: the page keeps nothing.

# %% [markdown] lang="fr" only="page"
# Remplissez les champs pour un système d'IA utilisé dans votre organisation et appuyez sur **Ajouter** ;
# recommencez pour chaque système que vous connaissez. Le lien **Télécharger le registre**, sous le tableau,
# l'enregistre sur votre ordinateur, dans un fichier CSV (`my-ai-register.csv`) que tout tableur sait ouvrir.
# Téléchargez-le avant de quitter la page : elle ne garde rien.

# %% only="page"
register_builder()

# %% [markdown] lang="en"
# ## Recap
#
# - Studies of generative AI and work score **tasks**, not jobs. They find many jobs partly exposed and few fully
#   exposed, expect **augmentation** more often than automation, and find clerical work most exposed. Their numbers
#   differ because their methods differ; exposure is not job loss.
# - Our toy suggested ratings from words alone and found our labels for about half of the tasks it did not see:
#   a suggestion to question, never a verdict on your job.
# - Software that assigns, monitors or rates work is a **high-risk** use under the AI Act. Before using it, an
#   employer informs the workers' representatives and the workers (Art. 26(7)); in France the CSE is informed and
#   consulted on new technologies (Code du travail, L2312-8).
# - An **AI-use register** lists each system, your role (usually deployer), its risk tier, its data, its human
#   oversight and whom to tell when something goes wrong. Keep yours, and keep it up to date.
#
# Now try the assignment or the app of this module.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Les études sur l'IA générative et le travail notent des **tâches**, pas des métiers. Elles trouvent beaucoup de
#   métiers exposés en partie et peu entièrement, s'attendent plus souvent à une **augmentation** qu'à une
#   automatisation, et placent le travail administratif en tête. Leurs chiffres diffèrent parce que leurs méthodes
#   diffèrent ; l'exposition n'est pas une perte d'emploi.
# - Notre jouet a suggéré des notes à partir des seuls mots et retrouvé nos étiquettes pour la moitié environ des
#   tâches qu'il n'avait pas vues : une suggestion à discuter, jamais un verdict sur votre métier.
# - Un logiciel qui attribue, surveille ou évalue le travail est un usage **à haut risque** selon le règlement sur
#   l'IA. Avant de l'utiliser, l'employeur informe les représentants des travailleurs et les travailleurs (art. 26,
#   paragraphe 7) ; en France, le CSE est informé et consulté sur les nouvelles technologies (Code du travail,
#   L2312-8).
# - Un **registre des usages de l'IA** recense chaque système, votre rôle (le plus souvent déployeur), son niveau de
#   risque, ses données, son contrôle humain et qui prévenir en cas de problème. Gardez le vôtre, et tenez-le à jour.
#
# Essayez maintenant l'exercice de ce module, dans le carnet à rendre ou dans l'application sans code.

# %% [markdown] lang="en"
# ## Sources
#
# - T. Eloundou, S. Manning, P. Mishkin, D. Rock (2023), "GPTs are GPTs: An Early Look at the Labor Market Impact
#   Potential of Large Language Models", arXiv preprint 2303.10130 (abstract): <https://arxiv.org/abs/2303.10130>
# - P. Gmyrek, J. Berg, D. Bescond (2023), *Generative AI and Jobs: A global analysis of potential effects on job
#   quantity and quality*, ILO Working Paper 96, International Labour Organization (summary and research seminar
#   pages): <https://www.ilo.org/global/publications/working-papers/WCMS_890761/lang--en/index.htm>,
#   <http://ilo.org/global/research/events-courses/WCMS_903663/lang--en/index.htm>
# - ILO (2025), *Generative AI and Jobs: A Refined Global Index of Occupational Exposure*, ILO Working
#   Paper 140, as summarised by the European Commission's Digital Skills and Jobs Platform:
#   <https://digital-skills-jobs.europa.eu/en/inspiration/research/generative-ai-and-jobs-refined-global-index-occupational-exposure>
# - OECD (2024), "AI and work", OECD topic page: <https://www.oecd.org/en/topics/ai-and-work.html>
# - European Union (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on artificial intelligence
#   (Artificial Intelligence Act)*, Article 3(3) and (4), Article 26(7), Article 50, recital 92 and Annex III, EUR-Lex:
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>; the wording of Art. 26(7) as read in the Dutch government's
#   Algorithm Framework: <https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels/vereisten/aia-24-informeren-werknemers>,
#   <https://artificialintelligenceact.eu/fr/recital/92/>
# - République française (2018), *Code du travail*, articles L2312-8 (II, 4°) and L2315-94, as quoted by NVO Droits,
#   "Nouvelles technologies : droit à l'expertise pour le CSE" (in French): <https://droits.nvo.fr/?p=20731>
# - Hujé Avocats (2022), "Expertise du CSE et introduction de nouvelles technologies", on the decision of the
#   tribunal judiciaire de Pontoise of 15 April 2022 (in French):
#   <https://huje-avocats.fr/expertise-du-cse-et-introduction-de-nouvelles-technologies/>
#
# The 48 tasks and their labels were written by the course (CC0); they are not data from any study. The toy is a
# nearest-neighbour model on word lists, not a model of work. The course read the AI Act's articles through the
# sources above and module 13's; read the text in force on EUR-Lex before relying on it.

# %% [markdown] lang="fr"
# ## Sources
#
# - T. Eloundou, S. Manning, P. Mishkin, D. Rock (2023), « *GPTs are GPTs: An Early Look at the Labor Market Impact
#   Potential of Large Language Models* », prépublication arXiv 2303.10130 (résumé, en anglais) :
#   <https://arxiv.org/abs/2303.10130>
# - P. Gmyrek, J. Berg, D. Bescond (2023), *Generative AI and Jobs: A global analysis of potential effects on job
#   quantity and quality*, document de travail 96 de l'OIT, Organisation internationale du travail (pages de
#   présentation et du séminaire, en anglais) :
#   <https://www.ilo.org/global/publications/working-papers/WCMS_890761/lang--en/index.htm>,
#   <http://ilo.org/global/research/events-courses/WCMS_903663/lang--en/index.htm>
# - OIT (2025), *Generative AI and Jobs: A Refined Global Index of Occupational Exposure*, document de travail
#   140 de l'OIT, résumé par la plateforme européenne des compétences et des emplois numériques (en anglais) :
#   <https://digital-skills-jobs.europa.eu/en/inspiration/research/generative-ai-and-jobs-refined-global-index-occupational-exposure>
# - OCDE (2024), « *AI and work* », page thématique de l'OCDE (en anglais) : <https://www.oecd.org/en/topics/ai-and-work.html>
# - Union européenne (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées concernant l'intelligence
#   artificielle (règlement sur l'intelligence artificielle)*, article 3, points 3 et 4, article 26, paragraphe 7,
#   article 50, considérant 92 et annexe III, EUR-Lex : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj> ; la rédaction de
#   l'article 26, paragraphe 7, telle que lue dans le cadre des algorithmes du gouvernement néerlandais :
#   <https://minbzk.github.io/Algoritmekader/voldoen-aan-wetten-en-regels/vereisten/aia-24-informeren-werknemers>,
#   <https://artificialintelligenceact.eu/fr/recital/92/>
# - République française (2018), *Code du travail*, articles L2312-8 (II, 4°) et L2315-94, cités par NVO Droits,
#   « Nouvelles technologies : droit à l'expertise pour le CSE » : <https://droits.nvo.fr/?p=20731>
# - Hujé Avocats (2022), « Expertise du CSE et introduction de nouvelles technologies », sur le jugement du tribunal
#   judiciaire de Pontoise du 15 avril 2022 : <https://huje-avocats.fr/expertise-du-cse-et-introduction-de-nouvelles-technologies/>
#
# Les 48 tâches et leurs étiquettes ont été écrites par le cours (CC0) ; ce ne sont les données d'aucune étude. Le
# jouet est un modèle des plus proches voisins sur des listes de mots, pas un modèle du travail. Le cours a lu les
# articles du règlement sur l'IA à travers les sources ci-dessus et celles du module 13 ; lisez le texte en vigueur
# sur EUR-Lex avant de vous y fier.
