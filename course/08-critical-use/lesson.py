# %% [markdown] lang="en"
# # Module 08: using generative AI critically at work
#
# A chatbot such as ChatGPT, Copilot, Gemini, Claude or Le Chat writes fluent answers in seconds. Fluent is not the
# same as right. In this lesson you will:
#
# 1. check a chatbot's answers claim by claim against the document they should agree with,
# 2. spot the invented source, a known failure of these tools,
# 3. learn a few habits that make answers easier to check,
# 4. sort what may and may not be pasted into a public chatbot,
# 5. train live a small filter that flags sentences with personal data, and look at what it misses,
# 6. see when not to use a chatbot at all.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise).
# The words of the course are explained in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 08 : utiliser l'IA générative avec esprit critique au travail
#
# Un agent conversationnel (en anglais *chatbot*) comme ChatGPT, Copilot, Gemini, Claude ou Le Chat écrit des
# réponses fluides en quelques secondes. Fluide ne veut pas dire juste. Dans cette leçon, vous allez :
#
# 1. vérifier les réponses d'un agent conversationnel, affirmation par affirmation, avec le document auquel elles
#    devraient se conformer,
# 2. repérer la source inventée, un défaut connu de ces outils,
# 3. apprendre quelques habitudes qui rendent les réponses plus faciles à vérifier,
# 4. trier ce qu'on peut coller ou non dans un agent conversationnel public,
# 5. entraîner en direct un petit filtre qui signale les phrases contenant des données personnelles, et regarder ce
#    qu'il laisse passer,
# 6. voir quand il ne faut pas utiliser d'agent conversationnel du tout.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice).
# Les mots du cours sont expliqués dans le [glossaire](../../apps/fr/00-glossary.ipynb).

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
# **How to use this page.** Everything on it was computed when it opened: the filter is already trained, its chart
# and its lists already made. Read it from top to bottom. Where a section has controls (boxes to tick and a button,
# a box to type a sentence in), the text above them says what to try, and what is shown below them changes as you
# use them. The keyboard works too: Tab moves to the next control, Space ticks a box or presses a button, Enter
# sends the sentence you typed. There is nothing to install and no code to write. You cannot break anything: to
# start again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : le filtre est déjà entraîné, son
# graphique et ses listes déjà prêts. Lisez-la de haut en bas. Quand une partie a des commandes (des cases à cocher
# et un bouton, une zone où taper une phrase), le texte au-dessus dit quoi essayer, et ce qui s'affiche en dessous
# change quand vous vous en servez. Le clavier fonctionne aussi : la touche Tab passe à la commande suivante, la
# barre d'espace coche une case ou appuie sur un bouton, Entrée envoie la phrase que vous avez tapée. Rien à
# installer, aucun code à écrire. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire import decimal
from caire.modules.critical_use.figures import plot_filter_scores
from caire.modules.critical_use.model import filter_results, train_filter
from caire.modules.critical_use.widgets import claim_checker, describe_filter, filter_tester, sentence_table, show_answer

# %% [markdown] lang="en"
# ## 1. What a chatbot does, and what it does not
#
# A chatbot is built on a **large language model**: a model trained on a huge amount of text to continue a text with
# the words that are most likely to come next. It has learned what a good answer *looks like*. It has not learned to
# check that an answer is *true*, and it does not know your company's documents unless someone gives them to it.
#
# So its mistakes are not typos: they are sentences that sound exactly as sure as the right ones. A wrong number, a
# rule from another company or another country, a source that does not exist. The tool cannot tell you which
# sentence is which; checking is your job.

# %% [markdown] lang="fr"
# ## 1. Ce que fait un agent conversationnel, et ce qu'il ne fait pas
#
# Un agent conversationnel repose sur un **grand modèle de langage** : un modèle entraîné sur une énorme quantité de textes pour
# continuer un texte avec les mots les plus probables. Il a appris à quoi *ressemble* une bonne réponse. Il n'a pas
# appris à vérifier qu'une réponse est *vraie*, et il ne connaît pas les documents de votre entreprise si personne ne
# les lui donne.
#
# Ses erreurs ne sont donc pas des fautes de frappe : ce sont des phrases qui ont l'air aussi sûres que les bonnes. Un
# nombre faux, une règle d'une autre entreprise ou d'un autre pays, une source qui n'existe pas. L'outil ne peut pas
# vous dire quelle phrase est laquelle ; vérifier, c'est votre travail.

# %% [markdown] lang="en"
# ## 2. Checking an answer claim by claim
#
# The course comes with the documents of a fictional company (a leave policy, an expenses policy, a data-protection
# note) and answers a chatbot might give to its staff. We wrote them all; the answers are cut into **claims**, one
# checkable statement each. A claim is **supported** when a paragraph of the reference says the same thing.
#
# Here is an answer to a part-time employee. Read each claim, then look for the paragraph that supports it.

# %% [markdown] lang="fr"
# ## 2. Vérifier une réponse affirmation par affirmation
#
# Le cours fournit les documents d'une entreprise fictive (une politique de congés, une politique de notes de frais,
# une note sur la protection des données) et des réponses qu'un agent conversationnel pourrait donner à ses salariés. Nous les avons
# tous écrits ; les réponses sont découpées en **affirmations**, chacune vérifiable. Une affirmation est **confirmée**
# quand un paragraphe de la référence dit la même chose.
#
# Voici une réponse à une salariée à temps partiel. Lisez chaque affirmation, puis cherchez le paragraphe qui la confirme.

# %%
show_answer("part_time")

# %% [markdown] lang="en"
# All three claims are supported by the policy: p1 by L4, p2 by L1, and p3 is a sum you can redo (80% of 25 is 20).
# And yet the answer can be wrong in law. In France, for example, the law gives part-time employees the same paid leave as
# full-time ones, five weeks for a full year of work, not a share of it (Code du travail, articles L3141-3 and
# L3123-5). There, paragraph L4 of this fictional policy would be unlawful, and the chatbot, faithful to the policy,
# repeats its error. **Supported by the policy is not the same as lawful**: when an answer matters, check the document
# itself against the rules that apply.
#
# Now your turn. A salesperson asks whether the customer list may go into a public chatbot. Tick the claims that the
# data-protection note does **not** support, then press the button. Careful: one claim is *close* to a real rule
# but changes a number; another quotes a real law for something it does not say.

# %% [markdown] lang="fr"
# Les trois affirmations sont confirmées par la politique : p1 par L4, p2 par L1, et p3 est un calcul que vous pouvez
# refaire (80 % de 25 font 20). Et pourtant, la réponse peut être fausse en droit. En France, par exemple, la loi donne aux
# salariés à temps partiel les mêmes congés payés qu'aux salariés à temps plein, cinq semaines pour une année complète
# de travail, et non une part de ces congés (Code du travail, articles L3141-3 et L3123-5). Le paragraphe L4 de cette
# politique fictive y serait illégal, et l'agent conversationnel, fidèle à la politique, reprend son erreur.
# **Confirmé par la politique ne veut pas dire conforme à la loi** : quand une réponse compte, vérifiez aussi le
# document lui-même au regard des règles qui s'appliquent.
#
# À vous. Un commercial demande si la liste des clients peut aller dans un agent conversationnel public. Cochez les
# affirmations que la note sur la protection des données ne confirme **pas**, puis appuyez sur le bouton. Attention :
# une affirmation est *proche* d'une vraie règle mais change un nombre ; une autre cite une vraie loi pour une chose
# qu'elle ne dit pas.

# %%
claim_checker("customer_emails")

# %% [markdown] lang="en"
# The 72 hours in claim d3 are real, but they belong elsewhere: the GDPR (Article 33) gives a company 72 hours to
# notify the **data protection authority**; the company's own note asks staff to tell the data protection officer
# within **24 hours**. And Article 17 of the GDPR is the right to erasure, which a person can *ask* for; it does not
# make a chatbot delete what you pasted. Mixing a true rule into the wrong place is exactly the kind of error that
# passes a quick read.

# %% [markdown] lang="fr"
# Les 72 heures de l'affirmation d3 existent, mais ailleurs : le RGPD (article 33) donne 72 heures à une entreprise pour
# notifier l'**autorité de protection des données** ; la note de l'entreprise demande de prévenir le délégué à la
# protection des données dans les **24 heures**. Et l'article 17 du RGPD est le droit à l'effacement, qu'une personne
# peut *demander* ; il n'oblige pas un agent conversationnel à effacer ce que vous avez collé. Mettre une vraie règle au mauvais
# endroit, c'est exactement le genre d'erreur qui passe une lecture rapide.

# %% [markdown] lang="en"
# ## 3. Invented sources
#
# Chatbots can cite laws, court rulings, articles or reports **that do not exist**, with plausible names, dates and
# numbers. This is not rare and it has had consequences:
#
# - **Mata v. Avianca (New York, 2023).** Two lawyers filed a brief citing six court decisions that ChatGPT had
#   invented. When the court could not find them, they asked ChatGPT whether the cases were real, and it said yes.
#   The judge fined them 5,000 dollars (Mata v. Avianca, Inc., No. 22-cv-1461, S.D.N.Y., order of 22 June 2023).
# - **Moffatt v. Air Canada (British Columbia, 2024).** The airline's website chatbot told a customer he could ask
#   for a bereavement fare refund after his trip; the airline's policy said otherwise. The tribunal held the airline
#   responsible for what its chatbot said (2024 BCCRT 149).
#
# The check is simple and cannot be skipped: **find the source and read it**. If you cannot find it, treat the claim
# as unsupported. Asking the chatbot "are you sure?" is not a check.

# %% [markdown] lang="fr"
# ## 3. Les sources inventées
#
# Les agents conversationnels peuvent citer des lois, des décisions de justice, des articles ou des rapports **qui n'existent pas**,
# avec des noms, des dates et des numéros vraisemblables. Ce n'est pas rare, et cela a eu des conséquences :
#
# - **Mata c. Avianca (New York, 2023).** Deux avocats ont déposé des conclusions citant six décisions de justice
#   inventées par ChatGPT. Quand le tribunal n'a pas pu les trouver, ils ont demandé à ChatGPT si elles existaient, et il
#   a répondu oui. Le juge leur a infligé une amende de 5 000 dollars (Mata v. Avianca, Inc., no 22-cv-1461, S.D.N.Y.,
#   décision du 22 juin 2023).
# - **Moffatt c. Air Canada (Colombie-Britannique, 2024).** L'agent conversationnel du site de la compagnie a dit à un client qu'il
#   pourrait demander après son voyage le tarif réduit pour deuil ; la politique de la compagnie disait le contraire. Le
#   tribunal a jugé la compagnie responsable de ce qu'avait dit son agent conversationnel (2024 BCCRT 149).
#
# La vérification est simple et on ne peut pas s'en passer : **trouver la source et la lire**. Si vous ne la trouvez pas,
# considérez l'affirmation comme non confirmée. Demander à l'agent conversationnel « tu es sûr ? » n'est pas une vérification.

# %% [markdown] lang="en"
# ## 4. Habits that make answers easier to check
#
# | habit | why |
# |---|---|
# | Give the context: your role, the country, the document that applies | rules differ between companies and countries |
# | Paste the reference text (if you are allowed to) and ask it to answer **only** from it | the answer can then be checked against that text |
# | Ask it to quote the paragraph behind each claim | a quote is quick to find; a vague answer is not |
# | Ask it to say "I don't know" when the text does not answer | otherwise it tends to fill the gap |
# | Ask for short answers, one point a line | each line becomes a claim you can tick or not |
# | Check numbers, dates, names and sources yourself | these are where errors hide |
# | Keep the final decision and the responsibility | the tool does not answer for the result; you do |
#
# These habits reduce errors; they do not remove them. Even an answer built "only from your text" can misread it.

# %% [markdown] lang="fr"
# ## 4. Des habitudes qui rendent les réponses plus faciles à vérifier
#
# | habitude | pourquoi |
# |---|---|
# | Donner le contexte : votre rôle, le pays, le document qui s'applique | les règles changent d'une entreprise et d'un pays à l'autre |
# | Coller le texte de référence (si vous en avez le droit) et demander de répondre **seulement** à partir de lui | la réponse peut alors être vérifiée avec ce texte |
# | Demander de citer le paragraphe derrière chaque affirmation | une citation se retrouve vite ; une réponse vague, non |
# | Demander de dire « je ne sais pas » quand le texte ne répond pas | sinon l'outil a tendance à combler le vide |
# | Demander des réponses courtes, une idée par ligne | chaque ligne devient une affirmation que l'on coche ou non |
# | Vérifier vous-même les nombres, dates, noms et sources | c'est là que se cachent les erreurs |
# | Garder la décision finale et la responsabilité | l'outil ne répond pas du résultat ; vous, si |
#
# Ces habitudes réduisent les erreurs ; elles ne les suppriment pas. Même une réponse construite « seulement à partir
# de votre texte » peut le lire de travers.

# %% [markdown] lang="en"
# ## 5. What not to paste into a public chatbot
#
# What you type into a public chatbot leaves your organisation: it is stored by the provider, and depending on the
# service and its settings it may be read by its staff or used to train later versions. Keep out of it:
#
# - **personal data**: anything about a person who can be identified, directly (a name, an e-mail, a phone number)
#   or indirectly (a rare diagnosis with a date of birth, "the only left-handed welder of the night shift"). This is
#   the definition of Article 4 of the GDPR;
# - **secrets of your organisation**: unreleased products, formulas, source code, contracts, prices being negotiated;
# - **access codes**: passwords, keys, tokens.
#
# In 2023 Samsung restricted the use of public chatbots after engineers pasted confidential source code into ChatGPT
# (reported by Bloomberg, 2 May 2023). In France, the CNIL (the data protection authority) publishes guidance on
# deploying generative AI: choose a tool whose handling of data you know, and follow your organisation's rules.
# Public, published or made-up content (a press release, a law, a question on a spreadsheet formula) is fine.

# %% [markdown] lang="fr"
# ## 5. Ce qu'il ne faut pas coller dans un agent conversationnel public
#
# Ce que vous tapez dans un agent conversationnel public sort de votre organisation : le fournisseur le conserve et, selon le
# service et ses réglages, son personnel peut le lire ou s'en servir pour entraîner de futures versions. Gardez-en à
# l'écart :
#
# - les **données personnelles** : tout ce qui concerne une personne identifiable, directement (un nom, un e-mail, un
#   numéro de téléphone) ou indirectement (un diagnostic rare avec une date de naissance, « le seul soudeur gaucher de
#   l'équipe de nuit »). C'est la définition de l'article 4 du RGPD ;
# - les **secrets de votre organisation** : produits pas encore lancés, formules, code source, contrats, prix en
#   négociation ;
# - les **codes d'accès** : mots de passe, clés, jetons.
#
# En 2023, Samsung a restreint l'usage des agents conversationnels publics après que des ingénieurs ont collé du code source
# confidentiel dans ChatGPT (rapporté par Bloomberg le 2 mai 2023). En France, la CNIL publie des recommandations pour
# déployer l'IA générative : choisir un outil dont on connaît le traitement des données, et suivre les règles de son
# organisation. Le contenu public, publié ou inventé (un communiqué de presse, une loi, une question sur une formule de
# tableur) ne pose pas de problème.

# %% [markdown] lang="en"
# ## 6. Train a personal-data filter live
#
# Some organisations put a **filter** between their staff and the chatbot: it looks at what is about to be sent and
# stops what seems to contain personal data. Let us build a small one and see how far to trust it.
#
# We wrote 40 training sentences: 20 with personal data (label 1), 20 without (label 0). The filter is a
# **naive Bayes** model: it counts how often each clue appears in each kind of sentence. Its clues are the words,
# plus three made-up clues: `<number>` for any number, `<email>` for an e-mail address, `<capital>` for a word with
# a capital letter inside a sentence (often a name). Training takes about a millisecond.

# %% [markdown] lang="fr"
# ## 6. Entraîner en direct un filtre à données personnelles
#
# Certaines organisations placent un **filtre** entre leurs équipes et l'agent conversationnel : il regarde ce qui va être envoyé
# et bloque ce qui semble contenir des données personnelles. Construisons-en un petit et voyons jusqu'où s'y fier.
#
# Nous avons écrit 40 phrases d'entraînement : 20 avec des données personnelles (étiquette 1), 20 sans (étiquette 0).
# Le filtre est un modèle **bayésien naïf** : il compte combien de fois chaque indice apparaît dans chaque sorte de
# phrase. Ses indices sont les mots, plus trois indices fabriqués : `<number>` pour un nombre, `<email>` pour une
# adresse e-mail, `<capital>` pour un mot avec une majuscule au milieu d'une phrase (souvent un nom). L'entraînement
# prend environ une milliseconde.

# %%
personal_filter = train_filter()
print(decimal(personal_filter.seconds * 1000, 2), "ms")

# %% [markdown] lang="en"
# The clues that push a sentence most towards "personal data", with their weight:

# %% [markdown] lang="fr"
# Les indices qui poussent le plus une phrase vers « données personnelles », avec leur poids :

# %%
for clue, weight in personal_filter.strongest_clues(8):
    print(f"{clue:<10}", decimal(weight, 2))

# %% [markdown] lang="en"
# Now the test: 16 sentences the filter has never seen, 8 with personal data and 8 without. Each dot is a sentence,
# placed at the score the filter gives it; the filter stops the dots right of the dashed line (score 0.5 or more).
# Red dots on the left are **misses**: personal data let through. Blue dots on the right are **false alarms**.

# %% [markdown] lang="fr"
# Maintenant le test : 16 phrases que le filtre n'a jamais vues, 8 avec des données personnelles et 8 sans. Chaque
# point est une phrase, placée au score que lui donne le filtre ; le filtre bloque les points à droite de la ligne
# pointillée (score de 0,5 ou plus). Les points rouges à gauche sont des **ratés** : des données personnelles laissées
# passer. Les points bleus à droite sont des **fausses alertes**.

# %%
plot_filter_scores();

# %%
print(describe_filter(filter_results()))

# %% [markdown] lang="en"
# Which sentences? Read the list: each line says whether the sentence holds personal data, and what the filter did.

# %% [markdown] lang="fr"
# Lesquelles ? Lisez la liste : chaque ligne dit si la phrase contient des données personnelles, et ce qu'a fait le
# filtre.

# %%
print(sentence_table())

# %% [markdown] lang="en"
# Read the two counts together. The filter stops 5 of the 8 sentences with personal data, but also 5 of the 8
# harmless ones: of the 10 sentences it stops, only half hold personal data, the same share as in the whole test. On
# these sentences, being stopped by this filter tells you no more than a coin toss would: it is **no better than
# chance**. Forty training sentences are far too few.
#
# Its mistakes are instructive. Most misses single a person out **without** a name, a number or an address: "the only
# left-handed welder in the night shift has cancer". A person reading it knows who it is about; the filter sees only
# ordinary words. One miss even holds an e-mail address: the rest of the sentence looked harmless enough to outweigh
# it. The false alarms are the opposite: a number of seats, an invoice number, a company's name look like personal
# data to it. A filter trained on far more sentences would do better, and still miss things. Test a filter before you
# trust it, and treat even a good one as a seat belt, not as permission to paste.
#
# Type your own sentences below (press Enter) and try to get one past the filter.

# %% [markdown] lang="fr"
# Lisez les deux comptes ensemble. Le filtre bloque 5 des 8 phrases avec des données personnelles, mais aussi 5 des 8
# phrases sans risque : parmi les 10 phrases qu'il bloque, la moitié seulement contient des données personnelles, la
# même part que dans l'ensemble du test. Sur ces phrases, être bloquée par ce filtre n'en dit pas plus qu'un tirage à
# pile ou face : il ne fait **pas mieux que le hasard**. Quarante phrases d'entraînement, c'est bien trop peu.
#
# Ses erreurs sont instructives. Les ratés sont les phrases qui désignent une personne **sans** nom, sans numéro ni
# adresse : « le seul soudeur gaucher de l'équipe de nuit a un cancer ». Une personne qui la lit sait de qui il
# s'agit ; le filtre ne voit que des mots ordinaires. Les fausses alertes sont l'inverse : un nombre de places, un
# numéro de facture, le nom d'une entreprise lui semblent être des données personnelles. Un filtre entraîné sur bien
# plus de phrases ferait mieux, et laisserait quand même passer des choses. Testez un filtre avant de vous y fier, et
# voyez même un bon filtre comme une ceinture de sécurité, pas comme une permission de coller.
#
# Tapez vos propres phrases ci-dessous (appuyez sur Entrée) et essayez d'en faire passer une à travers le filtre.

# %%
filter_tester()

# %% [markdown] lang="en"
# ## 7. When not to use a chatbot
#
# - **Decisions about people**: hiring, firing, grading, granting a benefit. The people concerned may ask you why;
#   "the chatbot said so" is not an answer, and the EU AI Act classes AI used in recruitment or for access to public
#   benefits as *high-risk*, with strict duties from {{law.date.annex_iii}}.
# - **Facts you cannot check**: if you have no way to verify the answer and it matters, do not rely on it.
# - **Confidential material** in a public tool (section 5).
# - **Medical, legal or financial advice** given to someone else without a qualified person checking it.
# - **When the exact text matters** (a contract clause, a dosage, a safety procedure): use the source itself.
#
# It is often useful for a first draft, a summary of a text you then read, rephrasing, brainstorming, or explaining
# a concept you will check elsewhere.

# %% [markdown] lang="fr"
# ## 7. Quand ne pas utiliser d'agent conversationnel
#
# - **Les décisions sur des personnes** : recruter, licencier, noter, accorder une aide. Les personnes concernées
#   peuvent vous demander pourquoi ; « l'agent conversationnel l'a dit » n'est pas une réponse, et le règlement européen sur l'IA
#   classe « à haut risque » l'IA utilisée pour recruter ou pour l'accès aux prestations publiques, avec des
#   obligations strictes à partir du {{law.date.annex_iii}}.
# - **Les faits que vous ne pouvez pas vérifier** : si vous n'avez aucun moyen de vérifier la réponse et qu'elle
#   compte, ne vous y fiez pas.
# - **Les documents confidentiels** dans un outil public (section 5).
# - **Les conseils médicaux, juridiques ou financiers** donnés à quelqu'un d'autre sans vérification par une personne
#   qualifiée.
# - **Quand le texte exact compte** (une clause de contrat, une posologie, une consigne de sécurité) : utilisez la
#   source elle-même.
#
# Il est souvent utile pour un premier jet, le résumé d'un texte que vous lisez ensuite, la reformulation, la recherche
# d'idées, ou l'explication d'une notion que vous vérifierez ailleurs.

# %% [markdown] lang="en"
# ## 8. Why it matters at work
#
# | work | a useful use | a risk to check |
# |---|---|---|
# | human resources | a first draft of a job advert | a leave or pay rule stated wrongly to an employee; CVs pasted into a public tool |
# | health | rephrasing a leaflet in plain words | a dosage or an interaction invented; patient data leaving the hospital |
# | engineering | explaining an error message | a standard or a tolerance quoted wrongly; source code leaving the company |
# | law and public service | summarising a long published text | invented case law (Mata v. Avianca); a decision about a citizen that no one can explain |
# | sales and customer service | drafting a reply to a customer | a promise the company's policy does not make (Moffatt v. Air Canada); a customer list pasted |
#
# **Article 4 of the EU AI Act** (Regulation (EU) 2024/1689), on **AI literacy**, has applied since
# {{law.date.prohibitions}}. As amended in 2026, it says in short that {{law.text.article_4}} (state of the law on
# {{law.as_of}}). {{law.text.not_verified}}. This course is one such measure; see also
# {{law.source.literacy_qa}}.

# %% [markdown] lang="fr"
# ## 8. Pourquoi c'est important au travail
#
# | métier | un usage utile | un risque à vérifier |
# |---|---|---|
# | ressources humaines | un premier jet d'offre d'emploi | une règle de congés ou de paie mal énoncée à un salarié ; des CV collés dans un outil public |
# | santé | reformuler une brochure en mots simples | une posologie ou une interaction inventée ; des données de patients qui sortent de l'hôpital |
# | ingénierie | expliquer un message d'erreur | une norme ou une tolérance mal citée ; du code source qui sort de l'entreprise |
# | droit et service public | résumer un long texte publié | une jurisprudence inventée (Mata c. Avianca) ; une décision sur un citoyen que personne ne sait expliquer |
# | vente et service client | rédiger une réponse à un client | une promesse que la politique de l'entreprise ne fait pas (Moffatt c. Air Canada) ; une liste de clients collée |
#
# L'**article 4 du règlement européen sur l'IA** (règlement (UE) 2024/1689), sur la **maîtrise de l'IA**, s'applique
# depuis le {{law.date.prohibitions}}. Modifié en 2026, il dit en substance que {{law.text.article_4}} (état du droit
# au {{law.as_of}}). {{law.text.not_verified}}. Ce cours est l'une de ces mesures ; voir aussi
# {{law.source.literacy_qa}}.

# %% [markdown] lang="en"
# ## 9. Limits of what we did
#
# - The answers and the documents are short and written by us; real policies are longer, and real answers mix right
#   and wrong within one sentence.
# - "Supported by the reference" is not the same as "true": the reference itself can be out of date, or unlawful
#   (section 2).
# - Our filter learned from 40 sentences in one language; commercial filters learn from far more, and also miss things.

# %% [markdown] lang="fr"
# ## 9. Les limites de ce que nous avons fait
#
# - Les réponses et les documents sont courts et écrits par nous ; les vraies politiques sont plus longues, et les
#   vraies réponses mélangent le juste et le faux dans une même phrase.
# - « Confirmé par la référence » ne veut pas dire « vrai » : la référence elle-même peut être dépassée, ou contraire
#   à la loi (partie 2).
# - Notre filtre a appris sur 40 phrases dans une seule langue ; les filtres du commerce apprennent sur bien plus, et
#   laissent aussi passer des choses.

# %% [markdown] lang="en"
# ## Recap
#
# - A chatbot writes what a good answer looks like; it does not check that it is true.
# - Cut an answer into claims and check each one against the document that applies. Numbers, dates and sources first;
#   and the document itself can be wrong.
# - A source you cannot find is an unsupported claim. Asking the chatbot to confirm is not a check.
# - Do not paste personal data, secrets or access codes into a public chatbot; indirect details can identify a person.
# - Test a filter before you trust it: ours did no better than chance, and even a good one misses what only a reader
#   sees. It does not replace your judgement.
# - Keep decisions about people, and the responsibility for what you send, with a person.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un agent conversationnel écrit ce à quoi ressemble une bonne réponse ; il ne vérifie pas qu'elle est vraie.
# - Découpez une réponse en affirmations et vérifiez chacune avec le document qui s'applique. Nombres, dates et sources
#   d'abord ; et le document lui-même peut être faux.
# - Une source introuvable est une affirmation non confirmée. Demander à l'agent conversationnel de confirmer n'est pas une vérification.
# - Ne collez ni données personnelles, ni secrets, ni codes d'accès dans un agent conversationnel public ; des détails indirects
#   peuvent identifier une personne.
# - Testez un filtre avant de vous y fier : le nôtre n'a pas fait mieux que le hasard, et même un bon filtre laisse
#   passer ce que seul un lecteur voit. Il ne remplace pas votre jugement.
# - Gardez les décisions sur des personnes, et la responsabilité de ce que vous envoyez, à une personne.

# %% [markdown] lang="en"
# ## Sources
#
# - European Parliament and Council of the EU (2024), Regulation (EU) 2024/1689 (AI Act), Article 4 "AI literacy"
#   and Annex III (high-risk uses, including employment), Official Journal of the EU:
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), Regulation (EU) 2026/1744 (Digital Omnibus on AI), amending
#   Article 4, Official Journal of the EU; the course relies on two published readings of it:
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - European Commission (2025), *AI Literacy – Questions & Answers*, Shaping Europe's digital future:
#   <https://digital-strategy.ec.europa.eu/en/faqs/ai-literacy-questions-answers>
# - European Parliament and Council of the EU (2016), Regulation (EU) 2016/679 (GDPR), Article 4 (personal data),
#   Article 17 (right to erasure), Article 33 (72-hour notification to the authority), Official Journal of the EU:
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - République française (n.d.), Code du travail, article L3141-3 (paid leave), Légifrance:
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020826>
# - Direction de l'information légale et administrative (n.d.), "Temps partiel : quelle incidence sur les droits à
#   congés payés du salarié ?" (part-timers' paid leave, with article L3123-5), Service-Public.fr:
#   <https://www.service-public.fr/particuliers/vosdroits/F33927>
# - CNIL (n.d.), "Intelligence artificielle", guidance and recommendations: <https://www.cnil.fr/fr/intelligence-artificielle>
# - United States District Court for the Southern District of New York (2023), *Mata v. Avianca, Inc.*,
#   No. 22-cv-1461 (PKC), opinion and order on sanctions of 22 June 2023, Justia:
#   <https://law.justia.com/cases/federal/district-courts/new-york/nysdce/1:2022cv01461/575368/54/>
# - Civil Resolution Tribunal of British Columbia (2024), *Moffatt v. Air Canada*, 2024 BCCRT 149, 14 February 2024,
#   CanLII: <https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html>
# - Bloomberg (2023), "Samsung Bans Staff's AI Use After Spotting ChatGPT Data Leak", 2 May 2023:
#   <https://www.bloomberg.com/news/articles/2023-05-02/samsung-bans-chatgpt-and-other-generative-ai-use-by-staff-after-leak>
#
# The company, its documents, the chatbot's answers and the filter's sentences are fictional, written for the course
# (CC0), in `caire/modules/critical_use/data/`.

# %% [markdown] lang="fr"
# ## Sources
#
# - Parlement européen et Conseil de l'UE (2024), règlement (UE) 2024/1689 (règlement sur l'IA), article 4
#   « Maîtrise de l'IA » et annexe III (usages à haut risque, dont l'emploi), Journal officiel de l'UE :
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), règlement (UE) 2026/1744 (omnibus numérique sur l'IA), qui modifie
#   l'article 4, Journal officiel de l'UE ; le cours s'appuie sur deux lectures publiées de ce texte :
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - Commission européenne (2025), *AI Literacy – Questions & Answers* (en anglais), Shaping Europe's digital future :
#   <https://digital-strategy.ec.europa.eu/en/faqs/ai-literacy-questions-answers>
# - Parlement européen et Conseil de l'UE (2016), règlement (UE) 2016/679 (RGPD), article 4 (données personnelles),
#   article 17 (droit à l'effacement), article 33 (notification à l'autorité en 72 heures), Journal officiel de l'UE :
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - République française (n.d.), Code du travail, article L3141-3 (congés payés), Légifrance :
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033020826>
# - Direction de l'information légale et administrative (n.d.), « Temps partiel : quelle incidence sur les droits à
#   congés payés du salarié ? » (avec l'article L3123-5), Service-Public.fr :
#   <https://www.service-public.fr/particuliers/vosdroits/F33927>
# - CNIL (n.d.), « Intelligence artificielle », recommandations et fiches pratiques :
#   <https://www.cnil.fr/fr/intelligence-artificielle>
# - Cour fédérale de district du district sud de New York (2023), *Mata v. Avianca, Inc.*, no 22-cv-1461 (PKC), décision sur
#   les sanctions du 22 juin 2023, Justia :
#   <https://law.justia.com/cases/federal/district-courts/new-york/nysdce/1:2022cv01461/575368/54/>
# - Civil Resolution Tribunal de Colombie-Britannique (2024), *Moffatt v. Air Canada*, 2024 BCCRT 149, 14 février 2024,
#   CanLII : <https://www.canlii.org/en/bc/bccrt/doc/2024/2024bccrt149/2024bccrt149.html>
# - Bloomberg (2023), « Samsung Bans Staff's AI Use After Spotting ChatGPT Data Leak », 2 mai 2023 :
#   <https://www.bloomberg.com/news/articles/2023-05-02/samsung-bans-chatgpt-and-other-generative-ai-use-by-staff-after-leak>
#
# L'entreprise, ses documents, les réponses de l'agent conversationnel et les phrases du filtre sont fictifs, écrits
# pour le cours (CC0), dans `caire/modules/critical_use/data/`.
