# %% [markdown] lang="en"
# # Module 13: human oversight and regulation
#
# A model that decides on its own is fast and cheap; a model whose every output a person checks is slow and costly.
# Most organisations sit in between, and the law now has a say in where. In this lesson you will:
#
# 1. train live a model that decides insurance claims, and choose which claims it sends to a person,
# 2. see what **automation bias** does to that person's check,
# 3. sort workplace uses of AI into the risk tiers of the **EU AI Act**, and see its rules for general-purpose models,
# 4. read and complete a **model card** for the hiring model of module 09,
# 5. make your own checklist for using AI at work.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise); the words of the course are in the [glossary](../../apps/en/00-glossary.ipynb). This lesson
# explains the law in plain words; it is not legal advice: for a real case, ask your organisation's legal or
# compliance team.
#
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.

# %% [markdown] lang="fr"
# # Module 13 : contrôle humain et réglementation
#
# Un modèle qui décide seul est rapide et bon marché ; un modèle dont une personne vérifie chaque résultat est lent et
# coûteux. La plupart des organisations se situent entre les deux, et la loi a désormais son mot à dire. Dans cette
# leçon, vous allez :
#
# 1. entraîner en direct un modèle qui décide des demandes d'indemnisation, et choisir celles qu'il envoie à une personne,
# 2. voir ce que le **biais d'automatisation** fait à la vérification de cette personne,
# 3. classer des usages de l'IA au travail selon les niveaux de risque du **règlement européen sur l'IA**, et voir ses
#    règles pour les modèles à usage général,
# 4. lire et compléter une **fiche de modèle** pour le modèle de recrutement du module 09,
# 5. construire votre propre liste de vérification pour utiliser l'IA au travail.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice) ; les mots du cours sont dans le [glossaire](../../apps/fr/00-glossary.ipynb). Cette leçon
# explique la loi en mots simples ; ce n'est pas un conseil juridique : pour un cas réel, adressez-vous au service
# juridique ou conformité de votre organisation.
#
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les
# cellules…* (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais).

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
from caire.modules.oversight_and_regulation.figures import plot_automation_bias, plot_band
from caire.modules.oversight_and_regulation.model import band_result, review_result, train_claims_model
from caire.modules.oversight_and_regulation.widgets import (band_explorer, bias_explorer, describe_band,
                                                            describe_review, model_card_editor, personal_checklist,
                                                            show_model_card, tier_sorter)

# %% [markdown] lang="en"
# ## 1. A model that decides insurance claims
#
# A fictional insurer receives thousands of claims. Most should be paid; about a quarter should be refused (not
# covered, exaggerated, or fraudulent). We **generated** 4,000 such claims with a fixed seed: for each, the amount, how
# many days after the policy started it came, how many earlier claims the customer made, whether the documents are
# complete, and how many days the customer waited to report it, plus what a careful claims handler decided.
#
# A logistic regression (the model of module 03) learns from 2,000 claims; the other 2,000 are kept aside to measure
# it. Training takes a few milliseconds.

# %% [markdown] lang="fr"
# ## 1. Un modèle qui décide des demandes d'indemnisation
#
# Un assureur fictif reçoit des milliers de déclarations de sinistre. La plupart doivent être payées ; environ un
# quart doivent être refusées (non couvertes, exagérées ou frauduleuses). Nous avons **généré** 4 000 sinistres de ce
# genre avec une graine fixe : pour chacun, le montant, le nombre de jours écoulés depuis le début du contrat, le nombre
# de sinistres déjà déclarés par le client, si le dossier est complet, et le nombre de jours que le client a attendu
# pour déclarer, ainsi que la décision d'un gestionnaire attentif.
#
# Une régression logistique (le modèle du module 03) apprend sur 2 000 sinistres ; les 2 000 autres sont mis de côté
# pour la mesurer. L'entraînement prend quelques millisecondes.

# %%
claims_model = train_claims_model()
print(decimal(claims_model.seconds * 1000, 1), "ms,", percent(claims_model.accuracy, 1))

# %% [markdown] lang="en"
# The model gets about 90% of the unseen claims right. Left to decide everything alone, it would get about one claim
# in ten wrong: honest customers refused, bad claims paid. For 2,000 claims, that is about 200 mistakes.

# %% [markdown] lang="fr"
# Le modèle décide juste pour environ 90 % des sinistres non vus. S'il décidait de tout seul, il se tromperait sur
# environ un sinistre sur dix : des clients honnêtes refusés, de mauvaises demandes payées. Sur 2 000 sinistres, cela
# fait environ 200 erreurs.

# %% [markdown] lang="en"
# ## 2. Send the uncertain cases to a person
#
# The model gives each claim a **score** between 0 and 1, its estimate of the chance that the claim should be refused.
# A score near 0 or near 1 means the model is fairly sure; a score near 0.5 means it is hesitating. So a common design
# is an **uncertainty band** around 0.5: the model decides the claims whose score is outside the band, and sends the
# ones inside it to a claims handler.
#
# Below, on the left, the scores of the 2,000 unseen claims (blue: should be paid, red: should be refused) and, in
# orange, a band from 0.3 to 0.7 (we call 0.2 its *half-width*). On the right, for every half-width: the share of
# claims decided automatically (green) and the share of those automatic decisions that are wrong (red).

# %% [markdown] lang="fr"
# ## 2. Envoyer les cas incertains à une personne
#
# Le modèle donne à chaque sinistre un **score** entre 0 et 1, son estimation de la probabilité que la demande soit à
# refuser. Un score proche de 0 ou de 1 veut dire que le modèle est assez sûr ; un score proche de 0,5, qu'il hésite.
# Une conception courante est donc une **bande d'incertitude** autour de 0,5 : le modèle décide les sinistres dont le
# score est hors de la bande, et envoie ceux qui sont dedans à un gestionnaire.
#
# Ci-dessous, à gauche, les scores des 2 000 sinistres non vus (bleu : à payer, rouge : à refuser) et, en orange, une
# bande de 0,3 à 0,7 (nous appelons 0,2 sa *demi-largeur*). À droite, pour chaque demi-largeur : la part des sinistres
# décidés automatiquement (vert) et la part de ces décisions automatiques qui sont fausses (rouge).

# %%
plot_band(0.2);

# %%
print(describe_band(band_result(0.2)))

# %% [markdown] lang="en"
# The wider the band, the fewer the errors of the automatic decisions, and the more claims land on a person's desk.
# There is no free lunch: each error avoided costs human time. Move the slider and find a band you would defend
# to your manager (who counts the handlers' hours) and to your customers (who count the wrong refusals).

# %% [markdown] lang="fr"
# Plus la bande est large, moins les décisions automatiques se trompent, et plus il arrive de sinistres sur le bureau
# d'une personne. Rien n'est gratuit : chaque erreur évitée coûte du temps humain. Déplacez le curseur et trouvez une
# bande que vous sauriez défendre devant votre responsable (qui compte les heures des gestionnaires) et devant vos
# clients (qui comptent les refus injustes).

# %%
band_explorer(0.2)

# %% [markdown] lang="en"
# Two things to notice. First, even a wide band leaves some errors among the automatic decisions: the model can be
# sure *and* wrong. Second, this only works if the score really tells how sure the model is; a model whose scores
# are all near 0 or 1 would send nobody to a person while still making mistakes. Checking a sample of the automatic
# decisions now and then is how you find out.

# %% [markdown] lang="fr"
# Deux remarques. D'abord, même une bande large laisse des erreurs parmi les décisions automatiques : le modèle peut
# être sûr de lui *et* se tromper. Ensuite, cela ne marche que si le score dit vraiment à quel point le modèle est sûr ;
# un modèle dont tous les scores sont proches de 0 ou de 1 n'enverrait personne à un gestionnaire tout en se
# trompant. Vérifier de temps en temps un échantillon des décisions automatiques permet de s'en rendre compte.

# %% [markdown] lang="en"
# ## 3. Automation bias: when the person stops checking
#
# Sending a case to a person only helps if the person really checks it. People who work with a system that is
# usually right tend to accept its suggestions with less and less scrutiny: they miss the system's errors
# (omissions) and follow its wrong advice (commissions). Parasuraman and Manzey (2010) reviewed the research on this
# **automation bias**: it affects experts as well as novices, and training or instructions alone do not prevent it.
# The EU AI Act names it: Article 14(4)(b) asks that the people overseeing a high-risk system remain aware of "the
# possible tendency of automatically relying or over-relying on the output" of the system.
#
# A small simulation. The band has a half-width of 0.35, so about 500 claims go to a handler. When she really checks a
# claim, she is right 95% of the time (our assumption). But for some share of the claims she simply takes the model's
# suggestion. The plot shows the share of **all** claims decided wrongly as that share grows; the dashed line is the
# model deciding everything alone.

# %% [markdown] lang="fr"
# ## 3. Le biais d'automatisation : quand la personne ne vérifie plus
#
# Envoyer un cas à une personne n'aide que si elle le vérifie vraiment. Les personnes qui travaillent avec un système
# qui a souvent raison ont tendance à accepter ses suggestions avec de moins en moins d'attention : elles ratent les
# erreurs du système (omissions) et suivent ses mauvais conseils (commissions). Parasuraman et Manzey (2010) ont passé en
# revue les recherches sur ce **biais d'automatisation** : il touche les experts comme les novices, et une formation ou
# des consignes ne suffisent pas à l'empêcher. Le règlement européen sur l'IA le nomme : son
# article 14, paragraphe 4, point b), demande que les personnes qui surveillent un système à haut risque restent
# conscientes de la tendance possible à se fier automatiquement, ou de manière excessive, aux résultats du système.
#
# Une petite simulation. La bande a une demi-largeur de 0,35 : environ 500 sinistres vont à une gestionnaire. Quand
# elle vérifie vraiment un dossier, elle a raison dans 95 % des cas (c'est notre hypothèse). Mais pour une partie des
# dossiers, elle reprend simplement la suggestion du modèle. Le graphique montre la part de **tous** les sinistres mal
# décidés quand cette partie grandit ; la ligne pointillée correspond au modèle qui décide tout seul.

# %%
plot_automation_bias(0.35);

# %%
print(describe_review(review_result(0.35, 0.0)))
print(describe_review(review_result(0.35, 1.0)))

# %% [markdown] lang="en"
# When she checks every claim, the whole process makes about 4% errors. When she approves every suggestion, it makes
# as many errors as the model alone, and the insurer still pays for 500 reviews: the oversight exists on paper only.
# Play with the share below.

# %% [markdown] lang="fr"
# Quand elle vérifie chaque dossier, tout le processus se trompe sur environ 4 % des sinistres. Quand elle approuve
# chaque suggestion, il fait autant d'erreurs que le modèle seul, et l'assureur paie quand même 500 relectures : le
# contrôle n'existe que sur le papier. Faites varier la part ci-dessous.

# %%
bias_explorer(0.35)

# %% [markdown] lang="en"
# What helps, according to the research and to common practice:
#
# - give the reviewer time and the authority to disagree, and count disagreements as useful, not as delays;
# - let the reviewer form an opinion on the case before showing the model's suggestion, where possible;
# - check a random sample of decisions against a careful second review, and share the results;
# - train reviewers on the model's known weaknesses (where it is often wrong);
# - keep the number of cases each person reviews realistic: 500 reviews a day cannot all be careful.

# %% [markdown] lang="fr"
# Ce qui aide, selon la recherche et la pratique courante :
#
# - donner à la personne qui relit du temps et le pouvoir d'être en désaccord, et compter les désaccords comme utiles,
#   pas comme des retards ;
# - lui laisser se faire une opinion sur le dossier avant de lui montrer la suggestion du modèle, quand c'est possible ;
# - vérifier un échantillon de décisions tiré au hasard par une seconde relecture attentive, et partager les résultats ;
# - la former aux faiblesses connues du modèle (là où il se trompe souvent) ;
# - garder un nombre réaliste de dossiers par personne : 500 relectures par jour ne peuvent pas toutes être attentives.

# %% [markdown] lang="en"
# ## 4. The EU AI Act: four tiers of risk, and rules for general-purpose models
#
# The **AI Act**, Regulation (EU) 2024/1689, entered into force on {{law.date.entry_into_force}} and applies in
# stages (Article 113); Regulation (EU) 2026/1744, the "Digital Omnibus on AI", changed some dates and articles.
# Here is the state of the law on {{law.as_of}}. The AI Act sorts **uses** of AI into four tiers by the risk they
# pose to people's health, safety and fundamental rights:
#
# | tier | what | examples | what follows |
# |---|---|---|---|
# | **prohibited** (Article 5) | practices judged unacceptable | social scoring of people; inferring the emotions of people at work or in education (except for medical or safety reasons); biometric categorisation to infer race, political opinions, trade-union membership, religion or sexual orientation; untargeted scraping of faces to build face-recognition databases; manipulation that causes significant harm; generating intimate images of a real person without their consent, or child sexual abuse material | banned since {{law.date.prohibitions}} (the last two from {{law.date.new_prohibitions}}); fines up to 35 million euros or 7% of worldwide annual turnover (Article 99) |
# | **high-risk** (Article 6, Annex III) | uses that decide important things about people, or safety components of regulated products | recruitment and decisions about workers (tasks, promotion, dismissal, monitoring); access to education and grading; eligibility for public benefits; credit scoring; pricing of life and health insurance; triage of emergency calls and patients | risk management, data quality, documentation, logging, **human oversight** (Article 14), accuracy; the deployer follows the instructions and assigns oversight to competent people (Article 26); from {{law.date.annex_iii}} (Annex III uses) and {{law.date.annex_i}} (regulated products, Annex I) |
# | **transparency** (Article 50) | systems that talk to people or make content | chatbots (people must know they talk to an AI); deepfakes and AI-generated content (must be disclosed or marked) | tell people; from {{law.date.transparency}} |
# | **minimal risk** | everything else | spam filters, spell checkers, sales forecasts | no new duty; voluntary codes of conduct |
# | *beside the tiers*: **general-purpose AI models** (Chapter V) | models trained on huge amounts of data, able to do many tasks, built into many tools | the large language models behind ChatGPT-type assistants | duties of the model's **provider**, since {{law.date.gpai}}: documentation, a copyright policy, a public summary of the training data (Article 53); more for the most powerful models (Article 55) |
#
# The last row concerns models, not uses: at work you are usually a *deployer*, concerned by the tier of your use.
# The omnibus ({{law.source.omnibus}}) set the dates of the high-risk duties and of the two
# newest prohibitions. The course took these changes from published readings of it and could not check them in the
# Official Journal itself: read the text in force on EUR-Lex before relying on a date.
#
# <details><summary>Going further: exceptions, and how the tiers and the model rules combine</summary>
#
# Where a use does not fit neatly in a tier, ask your compliance team rather than guess.
# Annex III lists *areas*; a system in one of them can escape the high-risk tier if it only does a narrow
# preparatory task and poses no significant risk (Article 6(3)), but never when it profiles people. The two sets of
# rules add up: the model inside a chat assistant falls under Chapter V; the assistant talks to people, so it has a
# transparency duty; and the same assistant used to rank CVs makes that use high-risk. Whoever turns a general tool
# to a high-risk purpose can even take on the provider's duties (Article 25(1)(c)). Providers of the most powerful
# general-purpose models ("systemic risk") must also evaluate them, mitigate their risks, report serious incidents
# and ensure their cybersecurity (Article 55).
#
# </details>

# %% [markdown] lang="fr"
# ## 4. Le règlement européen sur l'IA : quatre niveaux de risque, et des règles pour les modèles à usage général
#
# Le **règlement sur l'IA** (souvent appelé *AI Act*), règlement (UE) 2024/1689, est entré en vigueur le
# {{law.date.entry_into_force}} et s'applique par étapes (article 113) ; le règlement (UE) 2026/1744, dit « omnibus
# numérique sur l'IA », a modifié certaines dates et certains articles. Voici l'état du droit au {{law.as_of}}. Le
# règlement sur l'IA classe les **usages** de l'IA en quatre niveaux selon le risque qu'ils font peser sur la santé,
# la sécurité et les droits fondamentaux des personnes :
#
# | niveau | quoi | exemples | ce qui en découle |
# |---|---|---|---|
# | **interdit** (article 5) | pratiques jugées inacceptables | notation sociale des personnes ; reconnaissance des émotions des personnes au travail ou dans l'enseignement (sauf raisons médicales ou de sécurité) ; catégorisation biométrique pour déduire l'origine, les opinions politiques, l'appartenance syndicale, la religion ou l'orientation sexuelle ; collecte non ciblée de visages pour constituer des bases de reconnaissance faciale ; manipulation causant un préjudice important ; production d'images intimes d'une personne réelle sans son consentement, ou de contenus pédopornographiques | interdit depuis le {{law.date.prohibitions}} (les deux dernières pratiques à partir du {{law.date.new_prohibitions}}) ; amendes jusqu'à 35 millions d'euros ou 7 % du chiffre d'affaires annuel mondial (article 99) |
# | **à haut risque** (article 6, annexe III) | usages qui décident de choses importantes pour les personnes, ou composants de sécurité de produits réglementés | recrutement et décisions sur les travailleurs (tâches, promotion, licenciement, surveillance) ; accès à l'éducation et notation ; droit aux prestations publiques ; évaluation de la solvabilité ; tarification de l'assurance vie et santé ; tri des appels d'urgence et des patients | gestion des risques, qualité des données, documentation, journalisation, **contrôle humain** (article 14), exactitude ; le déployeur suit la notice et confie le contrôle à des personnes compétentes (article 26) ; à partir du {{law.date.annex_iii}} (usages de l'annexe III) et du {{law.date.annex_i}} (produits réglementés, annexe I) |
# | **transparence** (article 50) | systèmes qui parlent aux gens ou produisent du contenu | agents conversationnels (les personnes doivent savoir qu'elles parlent à une IA) ; hypertrucages et contenus générés par IA (à signaler ou à marquer) | informer les personnes ; à partir du {{law.date.transparency}} |
# | **risque minimal** | tout le reste | filtres antispam, correcteurs orthographiques, prévisions de ventes | pas de nouvelle obligation ; codes de conduite volontaires |
# | *à côté des niveaux* : **modèles d'IA à usage général** (chapitre V) | modèles entraînés sur d'énormes quantités de données, capables de nombreuses tâches, intégrés à de nombreux outils | les grands modèles de langage des assistants de type ChatGPT | obligations du **fournisseur** du modèle, depuis le {{law.date.gpai}} : documentation, politique de respect du droit d'auteur, résumé public des données d'entraînement (article 53) ; davantage pour les modèles les plus puissants (article 55) |
#
# La dernière ligne concerne les modèles, pas les usages : au travail, vous êtes en général *déployeur*, concerné par
# le niveau de votre usage. L'omnibus ({{law.source.omnibus}}) a fixé les dates des obligations du
# haut risque et des deux interdictions les plus récentes. Le cours a pris ces modifications dans des lectures
# publiées de ce texte et n'a pas pu les vérifier lui-même dans le Journal officiel : lisez le texte en vigueur sur
# EUR-Lex avant de vous fier à une date.
#
# <details><summary>Pour aller plus loin : les exceptions, et comment niveaux et règles des modèles se combinent</summary>
#
# Quand un usage n'entre pas clairement dans une case, demandez à votre service conformité plutôt que de deviner.
# L'annexe III liste des *domaines* ; un système de l'un de ces domaines peut échapper au haut risque s'il n'accomplit
# qu'une tâche préparatoire limitée et ne présente pas de risque important (article 6, paragraphe 3), mais jamais
# quand il fait du profilage de personnes. Les deux ensembles de règles s'additionnent : le modèle d'un agent
# conversationnel relève du chapitre V ; l'agent parle aux gens, il a donc une obligation de transparence ; et le
# même agent utilisé pour classer des CV rend cet usage à haut risque. Qui détourne un outil général vers un usage à
# haut risque peut même prendre les obligations du fournisseur (article 25, paragraphe 1, point c)). Les fournisseurs
# des modèles à usage général les plus puissants (« risque systémique ») doivent aussi les évaluer, atténuer leurs
# risques, signaler les incidents graves et assurer leur cybersécurité (article 55).
#
# </details>

# %% [markdown] lang="en"
# One article concerns every organisation that provides or uses AI systems, whatever the tier; another concerns the
# high-risk tier only:
#
# - **Article 4, AI literacy** (since {{law.date.prohibitions}}, reworded in 2026):
#   {{law.text.article_4}}. This course is one such measure. {{law.text.not_verified}}.
# - **Article 14, human oversight**, for **high-risk** systems: such a system must be designed so that people can
#   oversee it effectively, understand what it can and cannot do, stay aware of automation bias, interpret its
#   output, decide not to use it, override or reverse it, and stop it. For the other tiers the AI Act does not
#   require it; your organisation's rules may.
#
# Older rules still apply too. The GDPR (Article 22) gives a person the right not to be subject to a decision based
# solely on automated processing that significantly affects them, but a law may allow such decisions, with its own
# safeguards. In France, an administration may decide some individual cases by algorithm alone: the decision must
# say so, the person can ask how the algorithm was applied to them, and an appeal must be decided by a person (Loi
# Informatique et Libertés, article 47; CRPA, articles L311-3-1 and R311-3-1-2).
#
# <details><summary>Going further: automated decisions in the GDPR and in French administrative law</summary>
#
# **The GDPR.** Article 22 allows a decision based solely on automated processing, with legal or similarly
# significant effects, in three cases: when it is needed for a contract, when the person has explicitly consented,
# or when a law authorises it and lays down safeguards. Only in the first two cases does the GDPR itself give the
# right to obtain human intervention, to express one's point of view and to contest the decision (Article 22(3)).
#
# **French administrations.** Article 47 of the Loi Informatique et Libertés allows an individual administrative
# decision on the basis of an algorithm **alone** if the algorithm does not use sensitive data (health, religion,
# political opinions...); the decision must say that an algorithm was used, or it is void; the administration must
# master the algorithm well enough to explain, in detail and in plain terms, how it was applied to the person; and
# an administrative appeal against the decision may not be decided by the algorithm alone. More broadly, whenever an
# individual decision is taken *on the basis of* an algorithm, even in part, the person may ask how much the
# algorithm weighed in the decision, which data about them it used and where they came from, which parameters (and
# their weights) were applied to their situation, and what operations it performed (Code des relations entre le
# public et l'administration, CRPA, articles L311-3-1 and R311-3-1-2). The Conseil constitutionnel added that an
# algorithm able to revise the rules it applies by itself, such as a model that keeps learning, cannot be the sole
# basis of such a decision without the administration's control and validation (decision 2018-765 DC).
#
# **An example.** If a public body computes the amount of a benefit by algorithm alone, its letter must say so; the
# recipient can ask which data and parameters were used for them; and if they contest the amount through an
# administrative appeal, a person must decide on that appeal.
#
# </details>
#
# Now your turn: pick a tier for each of these eight uses, then press the button.

# %% [markdown] lang="fr"
# Un article concerne toute organisation qui fournit ou utilise des systèmes d'IA, quel que soit le niveau ; un autre
# ne concerne que le haut risque :
#
# - **Article 4, maîtrise de l'IA** (depuis le {{law.date.prohibitions}}, réécrit en 2026) :
#   {{law.text.article_4}}. Ce cours est l'une de ces mesures. {{law.text.not_verified}}.
# - **Article 14, contrôle humain**, pour les systèmes **à haut risque** : un tel système doit être conçu pour que des
#   personnes puissent le surveiller efficacement, comprendre ce qu'il sait faire ou non, rester conscientes du biais
#   d'automatisation, interpréter ses résultats, décider de ne pas l'utiliser, passer outre ou inverser sa décision,
#   et l'arrêter. Pour les autres niveaux, le règlement sur l'IA ne l'exige pas ; les règles de votre organisation
#   peuvent l'exiger.
#
# Les règles plus anciennes s'appliquent toujours. Le RGPD (article 22) donne à une personne le droit de ne pas faire
# l'objet d'une décision fondée exclusivement sur un traitement automatisé qui l'affecte de manière importante, mais
# une loi peut autoriser de telles décisions, avec ses propres garanties. En France, une administration peut trancher
# certains cas individuels par un algorithme seul : la décision doit l'indiquer, la personne peut demander comment
# l'algorithme lui a été appliqué, et un recours doit être tranché par une personne (loi Informatique et Libertés,
# article 47 ; CRPA, articles L311-3-1 et R311-3-1-2).
#
# <details><summary>Pour aller plus loin : les décisions automatisées dans le RGPD et dans le droit administratif
# français</summary>
#
# **Le RGPD.** L'article 22 permet une décision fondée exclusivement sur un traitement automatisé, produisant des
# effets juridiques ou affectant la personne de manière significative de façon similaire, dans trois cas : quand elle
# est nécessaire à un contrat, quand la personne a donné son consentement explicite, ou quand une loi l'autorise en
# prévoyant des garanties. Dans les deux premiers cas seulement, le RGPD lui-même donne le droit d'obtenir une
# intervention humaine, d'exprimer son point de vue et de contester la décision (article 22, paragraphe 3).
#
# **Les administrations françaises.** L'article 47 de la loi Informatique et Libertés permet une décision
# administrative individuelle sur le **seul** fondement d'un algorithme si l'algorithme n'utilise pas de données
# sensibles (santé, religion, opinions politiques…) ; la décision doit indiquer qu'un algorithme a été utilisé, sinon
# elle est nulle ; l'administration doit maîtriser l'algorithme assez pour expliquer, en détail et sous une forme
# intelligible, comment il a été appliqué à la personne ; et un recours administratif contre la décision ne peut pas
# être tranché par l'algorithme seul. Plus largement, dès qu'une décision individuelle est prise *sur le fondement*
# d'un algorithme, même en partie, la personne peut demander dans quelle mesure l'algorithme a contribué à la
# décision, quelles données la concernant il a utilisées et d'où elles viennent, quels paramètres (et leur
# pondération) ont été appliqués à sa situation, et quelles opérations il a effectuées (code des relations entre le
# public et l'administration, CRPA, articles L311-3-1 et R311-3-1-2). Le Conseil constitutionnel a ajouté qu'un
# algorithme capable de réviser lui-même les règles qu'il applique, comme un modèle qui continue d'apprendre, ne peut
# pas être le seul fondement d'une telle décision sans le contrôle et la validation de l'administration
# (décision 2018-765 DC).
#
# **Un exemple.** Si un organisme public calcule le montant d'une prestation par un algorithme seul, son courrier doit
# le dire ; l'allocataire peut demander quelles données et quels paramètres ont servi pour lui ; et s'il conteste le
# montant par un recours administratif, c'est une personne qui doit statuer sur ce recours.
#
# </details>
#
# À vous : choisissez un niveau pour chacun de ces huit usages, puis appuyez sur le bouton.

# %%
tier_sorter()

# %% [markdown] lang="en"
# The answers, with the text behind them: ranking CVs is high-risk (Annex III, point 4, employment); inferring the
# emotions of call-centre staff is prohibited (Article 5(1)(f), emotion recognition at work); the shop's chatbot has a
# transparency duty (Article 50(1): customers must be told they are talking to an AI); the spam filter is minimal
# risk; scoring creditworthiness is high-risk (Annex III, point 5(b)); scoring residents on their behaviour in daily
# life is prohibited (Article 5(1)(c), social scoring); the generated video of a real celebrity is a deepfake that must
# be disclosed (Article 50(4)); the translation tool is minimal risk. The tier belongs to the **use**, not to the
# technique: the same face-analysis software can be minimal risk in one use and prohibited in another.

# %% [markdown] lang="fr"
# Les réponses, avec le texte qui les fonde : classer des CV est à haut risque (annexe III, point 4, emploi) ; déduire
# les émotions des téléconseillers est interdit (article 5, paragraphe 1, point f), reconnaissance des émotions au
# travail) ; l'agent conversationnel du magasin a une obligation de transparence (article 50, paragraphe 1 : les clients doivent
# savoir qu'ils parlent à une IA) ; le filtre antispam est à risque minimal ; évaluer la solvabilité est à haut
# risque (annexe III, point 5 b)) ; noter les habitants sur leur comportement au quotidien est interdit (article 5,
# paragraphe 1, point c), notation sociale) ; la vidéo générée d'une vraie célébrité est un hypertrucage qui doit être
# signalé (article 50, paragraphe 4) ; l'outil de traduction est à risque minimal. Le niveau dépend de l'**usage**, pas
# de la technique : le même logiciel d'analyse de visages peut être à risque minimal dans un usage et interdit dans un
# autre.

# %% [markdown] lang="en"
# ## 5. A model card for the hiring model of module 09
#
# In module 09 a hiring model learned from biased past decisions. Whoever deploys such a model needs to know what it
# was built for, on what data, how well it works, and for whom it works worse. Mitchell et al. (2019) proposed
# **model cards**: a short document that travels with a model, in nine sections (model details, intended use,
# factors, metrics, evaluation data, training data, quantitative analyses, ethical considerations, caveats and
# recommendations). The AI Act asks providers of high-risk systems for much more technical documentation
# (Article 11, Annex IV), but a model card is a good start and anyone can read it.
#
# Here is the card of module 09's model, filled from the model itself (it is trained again, in milliseconds):

# %% [markdown] lang="fr"
# ## 5. Une fiche de modèle pour le modèle de recrutement du module 09
#
# Dans le module 09, un modèle de recrutement a appris sur des décisions passées biaisées. Celui qui déploie un tel
# modèle doit savoir pour quoi il a été construit, sur quelles données, s'il marche bien, et pour qui il marche moins
# bien. Mitchell et al. (2019) ont proposé les **fiches de modèle** (*model cards*) : un court document qui accompagne
# un modèle, en neuf sections (détails du modèle, usage prévu, facteurs, mesures, données d'évaluation, données
# d'entraînement, analyses quantitatives, considérations éthiques, mises en garde et recommandations). Le règlement
# sur l'IA demande bien plus de documentation technique aux fournisseurs de systèmes à haut risque (article 11,
# annexe IV), mais une fiche de modèle est un bon début et tout le monde peut la lire.
#
# Voici la fiche du modèle du module 09, remplie à partir du modèle lui-même (il est entraîné à nouveau, en quelques
# millisecondes) :

# %%
show_model_card(show_gaps=False)

# %% [markdown] lang="en"
# Two sections are empty on purpose: *intended use* and *caveats and recommendations* are for the people who decide
# how the model will be used. Write them below and press the button; your text appears in italics in the card.
# What would you allow this model to do? What would you forbid? (The parity gap is left for you to compute in the
# assignment.)

# %% [markdown] lang="fr"
# Deux sections sont vides exprès : l'*usage prévu* et les *mises en garde et recommandations* reviennent aux personnes
# qui décident de l'usage du modèle. Écrivez-les ci-dessous et appuyez sur le bouton ; votre texte apparaît en
# italique dans la fiche. Que permettriez-vous à ce modèle ? Que lui interdiriez-vous ? (L'écart de parité reste à
# calculer dans l'exercice.)

# %%
model_card_editor()

# %% [markdown] lang="en"
# ## 6. Your checklist for using AI at work
#
# Tick the habits you want to keep, add your own, and copy the list somewhere you will see it. It is not graded.

# %% [markdown] lang="fr"
# ## 6. Votre liste de vérification pour utiliser l'IA au travail
#
# Cochez les habitudes que vous voulez garder, ajoutez les vôtres, et copiez la liste là où vous la verrez. Elle n'est
# pas notée.

# %%
personal_checklist()

# %% [markdown] lang="en"
# ## 7. Why it matters at work
#
# | work | an AI use | tier | what oversight looks like |
# |---|---|---|---|
# | insurance and banking | deciding claims; scoring loan applicants | credit scoring and life or health insurance pricing: high-risk | an uncertainty band, handlers with time to disagree, sampled second reviews |
# | human resources | sorting CVs; allocating shifts from monitoring data | high-risk (Annex III, point 4) | workers and their representatives informed beforehand (Article 26(7)); a person decides and can explain |
# | health | triage of emergency patients; reading images | triage: high-risk; medical devices: high-risk through product law | the clinician forms an opinion, then looks at the suggestion; errors reported |
# | engineering | predicting a pump failure; a safety component of a machine | minimal; high-risk when it is a safety component of a regulated product (Article 6(1)) | checks against the sensor data; a stop button (Article 14(4)(e)) |
# | public service | deciding eligibility for a benefit | high-risk (Annex III, point 5(a)) | in France: the decision says an algorithm was used; the citizen can ask how it was applied to them; an appeal is decided by a person (Loi Informatique et Libertés, article 47) |

# %% [markdown] lang="fr"
# ## 7. Pourquoi c'est important au travail
#
# | métier | un usage de l'IA | niveau | à quoi ressemble le contrôle |
# |---|---|---|---|
# | assurance et banque | décider des sinistres ; noter les demandeurs de prêt | solvabilité et tarification de l'assurance vie ou santé : haut risque | une bande d'incertitude, des gestionnaires qui ont le temps d'être en désaccord, des secondes relectures par échantillon |
# | ressources humaines | trier des CV ; attribuer des horaires à partir de données de surveillance | haut risque (annexe III, point 4) | travailleurs et représentants informés à l'avance (article 26, paragraphe 7) ; une personne décide et sait expliquer |
# | santé | trier les patients aux urgences ; lire des images | triage : haut risque ; dispositifs médicaux : haut risque par le droit des produits | le soignant se fait une opinion, puis regarde la suggestion ; les erreurs sont signalées |
# | ingénierie | prévoir la panne d'une pompe ; un composant de sécurité d'une machine | minimal ; haut risque quand c'est un composant de sécurité d'un produit réglementé (article 6, paragraphe 1) | des vérifications avec les données des capteurs ; un bouton d'arrêt (article 14, paragraphe 4, point e)) |
# | service public | décider du droit à une prestation | haut risque (annexe III, point 5 a)) | en France : la décision indique qu'un algorithme a été utilisé ; l'usager peut demander comment il lui a été appliqué ; un recours est tranché par une personne (loi Informatique et Libertés, article 47) |

# %% [markdown] lang="en"
# ## 8. Limits of what we did
#
# - The claims, their decisions and the reviewer's 95% are made up; in a real insurer you would measure them.
# - Our simulation gives the expected number of errors; real people are not equally careful all day.
# - The tiers above summarise a long text that changes; the AI Act has exceptions and details that this lesson
#   leaves out.
# - A model card documents a model; it does not make it fair.

# %% [markdown] lang="fr"
# ## 8. Les limites de ce que nous avons fait
#
# - Les sinistres, leurs décisions et les 95 % de la gestionnaire sont inventés ; chez un vrai assureur, on les mesurerait.
# - Notre simulation donne le nombre d'erreurs attendu ; les vraies personnes ne sont pas attentives de la même façon
#   toute la journée.
# - Les niveaux ci-dessus résument un long texte qui change ; le règlement sur l'IA a des exceptions et des détails
#   que cette leçon laisse de côté.
# - Une fiche de modèle documente un modèle ; elle ne le rend pas équitable.

# %% [markdown] lang="en"
# ## Recap
#
# - An uncertainty band sends the cases a model hesitates on to a person: fewer errors, more human work.
# - Oversight only works if the person really checks. Automation bias makes people follow a usually-right system;
#   design the work so that disagreeing is possible and checked.
# - The AI Act sorts uses into four tiers: prohibited (Article 5), high-risk (Annex III), transparency (Article 50),
#   minimal. The tier depends on the use, not on the technique. General-purpose models have their own rules
#   (Chapter V).
# - Article 4 (AI literacy) concerns every organisation that provides or uses AI; Article 14 (human oversight)
#   concerns high-risk systems.
# - A decision by an algorithm alone does not always come with a human review: the law says when.
# - A model card says what a model is for, what it was trained on, how well it works and for whom it works worse.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Une bande d'incertitude envoie à une personne les cas sur lesquels le modèle hésite : moins d'erreurs, plus de
#   travail humain.
# - Le contrôle ne marche que si la personne vérifie vraiment. Le biais d'automatisation pousse à suivre un système qui
#   a souvent raison ; organisez le travail pour que le désaccord soit possible et vérifié.
# - Le règlement sur l'IA classe les usages en quatre niveaux : interdit (article 5), haut risque (annexe III),
#   transparence (article 50), minimal. Le niveau dépend de l'usage, pas de la technique. Les modèles à usage général
#   ont leurs propres règles (chapitre V).
# - L'article 4 (maîtrise de l'IA) concerne toute organisation qui fournit ou utilise de l'IA ; l'article 14 (contrôle
#   humain) concerne les systèmes à haut risque.
# - Une décision prise par un algorithme seul ne s'accompagne pas toujours d'un réexamen humain : la loi dit quand.
# - Une fiche de modèle dit à quoi sert un modèle, sur quoi il a été entraîné, s'il marche bien et pour qui il marche
#   moins bien.

# %% [markdown] lang="en"
# ## Sources
#
# - European Union (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on artificial
#   intelligence (Artificial Intelligence Act)*, Articles 4, 5, 6, 14, 25, 26, 50, 51 to 56, 99, 113 and Annex III,
#   EUR-Lex: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Union (2026), *Regulation (EU) 2026/1744 amending Regulation (EU) 2024/1689 (Digital
#   Omnibus on AI)*, EUR-Lex: <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - European Union (2016), *Regulation (EU) 2016/679 (General Data Protection Regulation)*,
#   Article 22 (automated individual decisions), EUR-Lex: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - République française (2018), *Loi no 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux
#   libertés*, article 47, Légifrance:
#   <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131>
# - République française (2017), *Code des relations entre le public et l'administration*, articles L311-3-1 and
#   R311-3-1-2, Légifrance:
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881>,
#   <https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034194929>
# - Conseil constitutionnel (2018), *Décision no 2018-765 DC du 12 juin 2018, Loi relative à la protection des
#   données personnelles*, paragraphs 65 to 72: <https://www.conseil-constitutionnel.fr/decision/2018/2018765DC.htm>
# - R. Parasuraman, D. H. Manzey (2010), "Complacency and bias in human use of automation: an attentional
#   integration", *Human Factors* 52(3), 381–410: <https://doi.org/10.1177/0018720810376055>
# - M. Mitchell et al. (2019), "Model Cards for Model Reporting", FAT* 2019, ACM:
#   <https://arxiv.org/abs/1810.03993>
#
# The claims, the use cases and the checklist of this lesson are fictional, written or generated for the course.

# %% [markdown] lang="fr"
# ## Sources
#
# - Union européenne (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées concernant
#   l'intelligence artificielle (règlement sur l'intelligence artificielle)*, articles 4, 5, 6, 14, 25, 26, 50, 51 à 56,
#   99, 113 et annexe III, EUR-Lex : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Union européenne (2026), *Règlement (UE) 2026/1744 modifiant le règlement (UE) 2024/1689 (omnibus
#   numérique sur l'IA)*, EUR-Lex : <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - Union européenne (2016), *Règlement (UE) 2016/679 (règlement général sur la protection des
#   données)*, article 22 (décision individuelle automatisée), EUR-Lex : <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - République française (2018), *Loi no 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux
#   libertés*, article 47, Légifrance :
#   <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131>
# - République française (2017), *Code des relations entre le public et l'administration*, articles L311-3-1 et
#   R311-3-1-2, Légifrance :
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881>,
#   <https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000034194929>
# - Conseil constitutionnel (2018), *Décision no 2018-765 DC du 12 juin 2018, Loi relative à la protection des
#   données personnelles*, paragraphes 65 à 72 : <https://www.conseil-constitutionnel.fr/decision/2018/2018765DC.htm>
# - R. Parasuraman, D. H. Manzey (2010), « *Complacency and bias in human use of automation: an attentional
#   integration* », *Human Factors* 52(3), 381–410 : <https://doi.org/10.1177/0018720810376055>
# - M. Mitchell et al. (2019), « *Model Cards for Model Reporting* », FAT* 2019, ACM :
#   <https://arxiv.org/abs/1810.03993>
#
# Les sinistres, les cas d'usage et la liste de vérification de cette leçon sont fictifs, écrits ou générés pour le
# cours.
