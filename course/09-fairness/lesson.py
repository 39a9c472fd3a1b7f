# %% [markdown] lang="en"
# # Module 09: fairness
#
# A model learns from past decisions. If those decisions were unfair, the model learns to be unfair too, quietly,
# and at scale. In this lesson you will:
#
# 1. look at 4,000 past hiring decisions of a fictional company, biased against women,
# 2. train a model live on them, and measure how often it selects women and men,
# 3. remove the gender column, and see the bias come back through another column (a **proxy**),
# 4. measure fairness in two ways (**demographic parity** and **equal opportunity**), and see they disagree,
# 5. try one threshold per group, see what it costs in accuracy, and why the law rules it out for real hiring,
# 6. ask who should decide which kind of fairness counts.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise).
# The words of the course are explained in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 09 : l'équité
#
# Un modèle apprend de décisions passées. Si ces décisions étaient injustes, le modèle apprend à l'être aussi,
# discrètement et à grande échelle. Dans cette leçon, vous allez :
#
# 1. regarder 4 000 décisions d'embauche passées d'une entreprise fictive, biaisées contre les femmes,
# 2. entraîner un modèle en direct sur ces décisions, et mesurer combien de femmes et d'hommes il retient,
# 3. retirer la colonne sexe, et voir le biais revenir par une autre colonne (une **variable indirecte**),
# 4. mesurer l'équité de deux façons (**parité démographique** et **égalité des chances**), et constater qu'elles
#    ne sont pas d'accord,
# 5. essayer un seuil par groupe, voir ce que cela coûte en exactitude, et pourquoi la loi l'exclut pour une vraie
#    embauche,
# 6. vous demander qui doit choisir la forme d'équité qui compte.
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
# **How to use this page.** Everything on it was computed when it opened: the models are already trained, the charts
# and tables already drawn. Read it from top to bottom. Where a section has controls (two sliders, one threshold for
# each group), the text above them says what to try, and what is shown below them changes as you use them. The
# keyboard works too: Tab moves to the next control, the arrow keys move the selected slider. There is
# nothing to install and no code to write. You cannot break anything: to start again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : les modèles sont déjà entraînés,
# les graphiques et les tableaux déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes (deux
# curseurs, un seuil pour chaque groupe), le texte au-dessus dit quoi essayer, et ce qui s'affiche en dessous change
# quand vous vous en servez. Le clavier fonctionne aussi : la touche Tab passe à la commande suivante, les flèches
# déplacent le curseur sélectionné. Rien à installer, aucun code à écrire. Vous ne pouvez rien casser : pour tout
# reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire import decimal
from caire.modules.fairness.figures import plot_feature_sets, plot_gaps, plot_past_data
from caire.modules.fairness.model import measure, train_model
from caire.modules.fairness.widgets import applications_table, describe, fairness_explorer, threshold_table, weights_table

# %% [markdown] lang="en"
# ## 1. Why it matters at work
#
# Models now help decide who gets a job interview, a loan, a home visit or a medical follow-up. When the data they
# learn from carry an old unfairness, the model repeats it, for every case, without anyone noticing.
#
# - **Business and HR.** In 2018 Reuters reported that Amazon had abandoned an experimental tool that rated job
#   applicants. Trained on about ten years of CVs, mostly from men, it had learned to downgrade CVs that contained the
#   word "women's", as in "women's chess club captain"
#   ([Reuters, 10 October 2018](https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-idUSKCN1MK08G)).
# - **Health.** A widely used US algorithm chose patients for extra care using their past health *costs* as a stand-in
#   for their health *needs*. Less money had been spent on Black patients with the same needs, so the algorithm
#   underestimated how sick they were ([Obermeyer et al., *Science*, 2019](https://doi.org/10.1126/science.aax2342)).
# - **Engineering and products.** Commercial face-analysis systems guessed gender far less accurately for women with
#   darker skin than for men with lighter skin
#   ([Buolamwini and Gebru, "Gender Shades", 2018](https://proceedings.mlr.press/v81/buolamwini18a.html)).
# - **Public service and banking.** The European Union's AI Act lists AI systems used to recruit or select people,
#   and those used to judge whether a person is creditworthy or entitled to public benefits, as **high-risk**
#   (Annex III of [Regulation (EU) 2024/1689](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)): from
#   {{law.date.annex_iii}} they must meet requirements on data quality, documentation and human oversight (state of
#   the law on {{law.as_of}}).

# %% [markdown] lang="fr"
# ## 1. Pourquoi c'est important au travail
#
# Des modèles aident désormais à décider qui obtient un entretien d'embauche, un prêt, une visite à domicile ou un
# suivi médical. Quand les données dont ils apprennent portent une vieille injustice, le modèle la répète, pour chaque
# dossier, sans que personne ne s'en aperçoive.
#
# - **Entreprise et RH.** En 2018, Reuters a révélé qu'Amazon avait abandonné un outil expérimental qui notait les
#   candidatures. Entraîné sur environ dix ans de CV, surtout d'hommes, il avait appris à déclasser les CV contenant le
#   mot « women's » (« féminin »), comme dans « capitaine du club d'échecs féminin »
#   ([Reuters, 10 octobre 2018](https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-idUSKCN1MK08G)).
# - **Santé.** Un algorithme très utilisé aux États-Unis choisissait les patients à suivre de près d'après leurs
#   *dépenses* de santé passées, prises comme indice de leurs *besoins* de santé. On avait moins dépensé pour les
#   patients noirs à besoins égaux, si bien que l'algorithme sous-estimait leur état
#   ([Obermeyer et al., *Science*, 2019](https://doi.org/10.1126/science.aax2342)).
# - **Ingénierie et produits.** Des systèmes commerciaux d'analyse de visages devinaient le genre bien moins
#   exactement pour les femmes à la peau foncée que pour les hommes à la peau claire
#   ([Buolamwini et Gebru, « Gender Shades », 2018](https://proceedings.mlr.press/v81/buolamwini18a.html)).
# - **Service public et banque.** Le règlement européen sur l'IA classe **à haut risque** les systèmes d'IA utilisés
#   pour recruter ou sélectionner des personnes, et ceux qui évaluent la solvabilité d'une personne ou son droit à des
#   prestations publiques (annexe III du
#   [règlement (UE) 2024/1689](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)) : à partir du
#   {{law.date.annex_iii}}, ils doivent respecter des exigences de qualité des données, de documentation et de
#   contrôle humain (état du droit au {{law.as_of}}).

# %% [markdown] lang="en"
# ## 2. The past decisions
#
# A fictional company wants a model to sort its job applications. It has 4,000 past applications and what its
# recruiters decided: hired (1) or not (0). The course **generated** these data, so we know the truth behind them:
#
# - women and men have, on average, exactly the same test scores and experience;
# - the recruiters were biased: at equal skills, a woman was less likely to be hired;
# - far more women than men have a **career gap** (a break of 6 months or more, for example parental leave). The
#   recruiters did not look at gaps at all.
#
# Here are the first rows. `woman` is 1 for a woman and 0 for a man; `hired` is the past decision.

# %% [markdown] lang="fr"
# ## 2. Les décisions passées
#
# Une entreprise fictive veut un modèle pour trier ses candidatures. Elle a 4 000 candidatures passées et la décision
# de ses recruteurs : embauché (1) ou non (0). Le cours a **généré** ces données, donc nous savons ce qu'il y a
# derrière :
#
# - femmes et hommes ont, en moyenne, exactement les mêmes scores au test et la même expérience ;
# - les recruteurs avaient un biais : à compétences égales, une femme avait moins de chances d'être embauchée ;
# - bien plus de femmes que d'hommes ont une **interruption de carrière** (6 mois ou plus, par exemple un congé
#   parental). Les recruteurs ne regardaient pas du tout les interruptions.
#
# Voici les premières lignes. `woman` vaut 1 pour une femme et 0 pour un homme ; `hired` est la décision passée.

# %%
applications_table(8)

# %% [markdown] lang="en"
# Left: the share of each group hired in the past. Right: the share with a career gap on their CV.

# %% [markdown] lang="fr"
# À gauche : la part de chaque groupe embauchée par le passé. À droite : la part qui a une interruption de carrière
# sur son CV.

# %%
plot_past_data();

# %% [markdown] lang="en"
# Equally skilled, yet women were hired about half as often as men. That is the unfairness the data carry.

# %% [markdown] lang="fr"
# À compétences égales, les femmes ont pourtant été embauchées environ deux fois moins souvent que les hommes. C'est
# l'injustice que portent les données.

# %% [markdown] lang="en"
# ## 3. A model trained on the past
#
# Below, a model is trained live (a logistic regression, as in module 03) on 3,000 of the applications, with all
# four columns, gender included. The other 1,000 are kept aside: the model never sees them while learning, and we
# measure it on them. The model gives each applicant a **score** from 0 to 1; it **selects** those whose score is at
# least 0.5. The first line below says how long the training took.

# %% [markdown] lang="fr"
# ## 3. Un modèle entraîné sur le passé
#
# Ci-dessous, un modèle est entraîné en direct (une régression logistique, comme au module 03) sur 3 000
# candidatures, avec les quatre colonnes, sexe compris. Les 1 000 autres sont mises de côté : le modèle ne les voit
# pas pendant l'apprentissage, et c'est sur elles qu'on le mesure. Le modèle donne à chaque candidat un **score** de
# 0 à 1 ; il **retient** ceux dont le score est d'au moins 0,5. La première ligne ci-dessous donne la durée de
# l'entraînement.

# %%
with_gender = train_model("with_group")
print(decimal(with_gender.train_seconds * 1000, 1), "ms")
print(describe(measure(features="with_group")))

# %% [markdown] lang="en"
# The **selection rate** of a group is the share of its applicants the model selects. The model selects women far
# less often than men: it has learned the recruiters' bias, faithfully. Each column gets a weight; a negative weight
# lowers the score. Look at `woman`:

# %% [markdown] lang="fr"
# Le **taux de sélection** d'un groupe est la part de ses candidats que le modèle retient. Le modèle retient bien moins
# souvent les femmes que les hommes : il a fidèlement appris le biais des recruteurs. Chaque colonne reçoit un poids ;
# un poids négatif fait baisser le score. Regardez `woman` :

# %%
print(weights_table("with_group"))

# %% [markdown] lang="en"
# ## 4. Remove the gender column?
#
# The obvious fix: do not give the model the gender column. Below, the same model is trained again without it, then
# a third time without gender **and** without the career gap. The chart compares the selection rates of the three.

# %% [markdown] lang="fr"
# ## 4. Retirer la colonne sexe ?
#
# La correction évidente : ne pas donner la colonne sexe au modèle. Ci-dessous, le même modèle est entraîné à nouveau
# sans elle, puis une troisième fois sans le sexe **et** sans l'interruption de carrière. Le graphique compare les
# taux de sélection des trois.

# %%
without_gender = train_model("without_group")
without_both = train_model("without_group_or_proxy")
plot_feature_sets();

# %% [markdown] lang="en"
# Without the gender column the gap shrinks, but a large part of it stays. The model found another way to tell women
# from men: the career gap. Its weight is now clearly negative, although the recruiters never looked at gaps:

# %% [markdown] lang="fr"
# Sans la colonne sexe, l'écart diminue, mais une grande partie reste. Le modèle a trouvé un autre moyen de
# distinguer les femmes des hommes : l'interruption de carrière. Son poids est maintenant nettement négatif, alors
# que les recruteurs ne regardaient jamais les interruptions :

# %%
print(weights_table("without_group"))

# %% [markdown] lang="en"
# A column that stands in for a protected attribute is a **proxy**. In real data there are many: postcode, first name,
# a sport, a school, a gap in a CV, the words of a cover letter (Amazon's tool picked up "women's"). Each says a little
# about gender or origin; together they can say a lot. Removing the protected column is not enough, and removing every
# proxy also removes useful information. The only way to know is to **measure** the outcomes, group by group. That
# needs the protected attribute: you cannot check a gap you cannot see. And collecting it has rules of its own: sex is
# ordinary personal data, but ethnic origin, health, religion or sexual orientation are **special categories** that
# the GDPR (Article 9) forbids processing except in the cases it lists.
#
# <details><summary>Going further: sensitive data to measure bias</summary>
#
# The AI Act makes a narrow exception for this purpose. Under its Article 10(5), the providers of high-risk AI systems
# may exceptionally process special categories of personal data where this is strictly necessary to detect and correct
# bias, with safeguards: only if other data (synthetic or anonymised) would not do, pseudonymised, with strict access,
# never passed on to others, deleted once the bias is corrected, and with a record of why it was necessary.
# Regulation (EU) 2026/1744 is reported to widen this, in a new Article 4a, to providers and deployers of other AI
# systems, still under strict necessity and safeguards (state of the law on {{law.as_of}}). The course could not check
# this amendment in the Official Journal: read it on EUR-Lex, and ask your data protection officer, before relying on
# it.
#
# </details>

# %% [markdown] lang="fr"
# Une colonne qui remplace un attribut protégé est une **variable indirecte** (on dit aussi *proxy*). Les vraies
# données en contiennent beaucoup : code postal, prénom, un sport, une école, un trou dans un CV, les mots d'une lettre
# de motivation (l'outil d'Amazon avait repéré « women's »). Chacune dit un peu du sexe ou de l'origine ; ensemble,
# elles peuvent en dire beaucoup. Retirer la colonne protégée ne suffit pas, et retirer toutes les variables
# indirectes retire aussi de l'information utile. Le seul moyen de savoir est de **mesurer** les résultats, groupe par
# groupe. Cela demande l'attribut protégé : on ne peut pas vérifier un écart qu'on ne voit pas. Et le recueillir obéit
# à des règles : le sexe est une donnée personnelle ordinaire, mais l'origine ethnique, la santé, la religion ou
# l'orientation sexuelle sont des **catégories particulières** de données que le RGPD (article 9) interdit de traiter
# hors des cas qu'il énumère.
#
# <details><summary>Pour aller plus loin : des données sensibles pour mesurer les biais</summary>
#
# Le règlement sur l'IA prévoit une exception étroite pour cet usage. Selon son article 10, paragraphe 5, les
# fournisseurs de systèmes d'IA à haut risque peuvent exceptionnellement traiter des catégories particulières de
# données personnelles lorsque c'est strictement nécessaire pour détecter et corriger des biais, avec des garanties :
# seulement si d'autres données (synthétiques ou anonymisées) ne suffisent pas, des données pseudonymisées, un accès
# strictement limité, aucune transmission à des tiers, un effacement une fois le biais corrigé, et une trace écrite
# de la raison pour laquelle c'était nécessaire. Le règlement (UE) 2026/1744 élargirait cette possibilité, dans un
# nouvel article 4 bis, aux fournisseurs et déployeurs d'autres systèmes d'IA, toujours en cas de stricte nécessité
# et avec des garanties (état du droit au {{law.as_of}}). Le cours n'a pas pu vérifier cette modification dans le
# Journal officiel : lisez-la sur EUR-Lex, et interrogez votre délégué à la protection des données, avant de vous y
# fier.
#
# </details>

# %% [markdown] lang="en"
# ## 5. Two ways to measure fairness
#
# From now on we use the model without the gender column, the one the company would deploy. Two common measures:
#
# - **Demographic parity**: both groups are selected at the same rate. The *parity gap* is the difference between the
#   two selection rates. US employment guidelines use a related test, the "four-fifths rule": a group selected at less
#   than 80% of the rate of the most selected group is a sign of adverse impact
#   ([29 CFR 1607.4(D)](https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1607)).
# - **Equal opportunity**: among the people who "deserve" a yes, both groups get a yes equally often. Here, "deserve"
#   can only mean "were hired in the past", the only answer the data hold. The *equal-opportunity gap* is the
#   difference between the two groups' shares ([Hardt, Price and Srebro, 2016](https://arxiv.org/abs/1610.02413)).
#
# **Accuracy** here is the share of unseen applicants on which the model agrees with the past recruiters. Keep in mind
# what it rewards: copying decisions we know were biased.

# %% [markdown] lang="fr"
# ## 5. Deux façons de mesurer l'équité
#
# Désormais, nous utilisons le modèle sans la colonne sexe, celui que l'entreprise mettrait en service. Deux mesures
# courantes :
#
# - **Parité démographique** : les deux groupes sont retenus au même taux. L'*écart de parité* est la différence entre
#   les deux taux de sélection. Les règles américaines sur l'emploi utilisent un test voisin, la « règle des
#   quatre cinquièmes » : un groupe retenu à moins de 80 % du taux du groupe le plus retenu est un signe d'effet
#   défavorable ([29 CFR 1607.4(D)](https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1607)).
# - **Égalité des chances** : parmi les personnes qui « méritent » un oui, les deux groupes obtiennent un oui aussi
#   souvent. Ici, « mériter » ne peut vouloir dire qu'« avoir été embauché par le passé », la seule réponse que
#   contiennent les données. L'*écart d'égalité des chances* est la différence entre les parts des deux groupes
#   ([Hardt, Price et Srebro, 2016](https://arxiv.org/abs/1610.02413)).
#
# L'**exactitude** est ici la part des candidats jamais vus pour lesquels le modèle est d'accord avec les recruteurs
# d'hier. Gardez en tête ce qu'elle récompense : copier des décisions que l'on sait biaisées.

# %%
print(describe(measure()))

# %% [markdown] lang="en"
# Women are selected at well under half the men's rate: far below the four-fifths line. And of the applicants the
# past recruiters did hire, the model would select again a smaller share of the women than of the men.

# %% [markdown] lang="fr"
# Les femmes sont retenues à bien moins de la moitié du taux des hommes : très en dessous de la barre des quatre
# cinquièmes. Et parmi les candidats que les recruteurs d'hier avaient embauchés, le modèle retiendrait à nouveau une
# part plus faible des femmes que des hommes.

# %% [markdown] lang="en"
# ## 6. A tempting correction: one threshold per group
#
# One way to correct the model after training is to give each group its own threshold. Move the two sliders: the
# chart shows the scores of the unseen women and men, and each dashed line is a group's threshold. Below the sliders,
# the selection rates, both gaps and the accuracy follow.
#
# Try to bring the parity gap under 5%. What happens to the equal-opportunity gap, and to the accuracy?

# %% [markdown] lang="fr"
# ## 6. Une correction tentante : un seuil par groupe
#
# Une façon de corriger le modèle après l'entraînement consiste à donner à chaque groupe son propre seuil. Déplacez les
# deux curseurs : le graphique montre les scores des femmes et des hommes jamais vus, et chaque ligne pointillée est le
# seuil d'un groupe. Sous les curseurs, les taux de sélection, les deux écarts et l'exactitude suivent.
#
# Essayez de ramener l'écart de parité sous 5 %. Que deviennent l'écart d'égalité des chances et l'exactitude ?

# %%
fairness_explorer()

# %% [markdown] lang="en"
# Correcting costs a little accuracy here, about one point: the model agrees a little less with the past recruiters.
# Since those recruiters were biased, "less accurate" partly means "less like the bias". Accuracy measured against
# unfair decisions is not a neutral yardstick.
#
# **But a company may not use this correction for real.** In the EU and in France, a lower hiring threshold for women
# than for men is, in principle, **direct discrimination on grounds of sex**: two applicants with the same score get
# different answers because of their sex (Directive 2006/54/EC; Code du travail, articles L1132-1 and L1142-1). Here
# the group thresholds are a way to *see* the trade-offs, not a fix to deploy. Lawful places to start: stop scoring
# down career gaps (a rule that puts women at a particular disadvantage may itself be indirect discrimination unless
# it is justified), collect better labels (how people actually performed in the job), and have a person review the
# applications close to the threshold.
#
# <details><summary>Going further: positive action</summary>
#
# EU law lets Member States keep or adopt measures that give specific advantages to the under-represented sex
# (Directive 2006/54/EC, Article 3). The EU Court of Justice reads this narrowly: a rule that gives women priority
# automatically, even between equally qualified candidates, is not allowed (*Kalanke*, C-450/93, 1995). A threshold
# that selects a woman over a man with a higher score, whatever else their files say, goes further still. Any
# correction that uses sex, or a stand-in for it, such as reweighing the training cases group by group, needs a legal
# review before it touches real applicants.
#
# </details>

# %% [markdown] lang="fr"
# Corriger coûte ici un peu d'exactitude, environ un point : le modèle est un peu moins d'accord avec les recruteurs
# d'hier. Comme ces recruteurs avaient un biais, « moins exact » veut dire en partie « moins semblable au biais ».
# Une exactitude mesurée sur des décisions injustes n'est pas une règle neutre.
#
# **Mais une entreprise ne peut pas appliquer cette correction pour de vrai.** Dans l'UE et en France, un seuil
# d'embauche plus bas pour les femmes que pour les hommes est, en principe, une **discrimination directe fondée sur le
# sexe** : deux candidats de même score reçoivent des réponses différentes à cause de leur sexe (directive 2006/54/CE ;
# Code du travail, articles L1132-1 et L1142-1). Ici, les seuils par groupe servent à *voir* les compromis, pas à être
# mis en service. Des pistes légales pour commencer : cesser de pénaliser les interruptions de carrière (une règle qui
# désavantage particulièrement les femmes peut elle-même être une discrimination indirecte si elle n'est pas
# justifiée), recueillir de meilleures réponses (comment les personnes ont réellement réussi dans le poste), et faire
# examiner par une personne les candidatures proches du seuil.
#
# <details><summary>Pour aller plus loin : les actions positives</summary>
#
# Le droit de l'UE permet aux États membres de maintenir ou d'adopter des mesures qui donnent des avantages
# spécifiques au sexe sous-représenté (directive 2006/54/CE, article 3). La Cour de justice de l'UE l'entend
# strictement : une règle qui donne automatiquement la priorité aux femmes, même entre candidats également qualifiés,
# n'est pas permise (arrêt *Kalanke*, C-450/93, 1995). Un seuil qui retient une femme plutôt qu'un homme au score plus
# élevé, quoi que disent par ailleurs leurs dossiers, va encore plus loin. Toute correction qui utilise le sexe, ou
# une variable qui le remplace, comme repondérer les cas d'entraînement groupe par groupe, demande un examen juridique
# avant de toucher de vrais candidats.
#
# </details>

# %% [markdown] lang="en"
# ## 7. The two measures disagree
#
# Suppose, only to see the trade-off again, that the company is stricter with men (threshold 0.60) and looks for the
# women's threshold that makes the model fair. The chart shows both gaps (and the accuracy) for every women's threshold; the dots mark the lowest point of
# each gap. The table gives a few values.

# %% [markdown] lang="fr"
# ## 7. Les deux mesures ne sont pas d'accord
#
# Supposons, seulement pour revoir le compromis, que l'entreprise soit plus exigeante avec les hommes (seuil 0,60) et
# cherche le seuil des femmes qui rend le modèle équitable. Le graphique montre les deux écarts (et l'exactitude) pour chaque seuil des femmes ; les points
# marquent le plus bas de chaque écart. Le tableau donne quelques valeurs.

# %%
plot_gaps(0.6);

# %%
print(threshold_table(0.6))

# %% [markdown] lang="en"
# The threshold that gives parity is not the one that gives equal opportunity: you have to choose. This is not a
# weakness of this model. Researchers have proved that, when two groups differ in how often they get a yes in the
# data, several common fairness definitions cannot all hold at once, outside rare special cases
# ([Kleinberg, Mullainathan and Raghavan, 2016](https://arxiv.org/abs/1609.05807);
# [Chouldechova, 2017](https://arxiv.org/abs/1610.07524)).

# %% [markdown] lang="fr"
# Le seuil qui donne la parité n'est pas celui qui donne l'égalité des chances : il faut choisir. Ce n'est pas un
# défaut de ce modèle. Des chercheurs ont démontré que, lorsque deux groupes n'obtiennent pas un oui aussi souvent dans
# les données, plusieurs définitions courantes de l'équité ne peuvent pas toutes tenir à la fois, hors de rares cas
# particuliers
# ([Kleinberg, Mullainathan et Raghavan, 2016](https://arxiv.org/abs/1609.05807) ;
# [Chouldechova, 2017](https://arxiv.org/abs/1610.07524)).

# %% [markdown] lang="en"
# ## 8. Who decides?
#
# So which fairness should the model have, and is a model the right tool at all? Code can measure each option and
# its cost; it cannot choose. The choice is legal and ethical:
#
# - **The law sets limits.** Discrimination in hiring on grounds such as sex is forbidden in the EU (for sex, Directive
#   [2006/54/EC](https://eur-lex.europa.eu/eli/dir/2006/54/oj)) and in France (Code du travail, L1132-1).
#   Recruitment systems are high-risk under the AI Act, with duties for the organisation that deploys them, including
#   human oversight, from {{law.date.annex_iii}}. Under the GDPR, people have rights when a decision about them is based solely on automated
#   processing (Article 22 of [Regulation (EU) 2016/679](https://eur-lex.europa.eu/eli/reg/2016/679/oj)).
# - **The organisation answers for it.** Management, HR, legal and data protection teams, staff representatives and
#   people affected should take part; the data specialists explain what each option does and costs, and write it down
#   (module 13 shows how, with a *model card*).
# - **Keep checking.** Measure the gaps again after deployment, and give people a way to contest a decision.

# %% [markdown] lang="fr"
# ## 8. Qui décide ?
#
# Alors, quelle équité le modèle doit-il avoir, et un modèle est-il seulement le bon outil ? Le code peut mesurer
# chaque option et son coût ; il ne peut pas choisir. Le choix est juridique et éthique :
#
# - **La loi fixe des limites.** La discrimination à l'embauche en raison notamment du sexe est interdite dans l'UE
#   (pour le sexe, directive [2006/54/CE](https://eur-lex.europa.eu/eli/dir/2006/54/oj)) et en France (Code du
#   travail, article L1132-1). Les systèmes de recrutement sont à haut risque selon le règlement sur l'IA, avec des
#   obligations pour l'organisation qui les utilise, dont le contrôle humain, à partir du {{law.date.annex_iii}}. Le RGPD donne des droits aux personnes lorsqu'une décision les concernant
#   est fondée exclusivement sur un traitement automatisé (article 22 du
#   [règlement (UE) 2016/679](https://eur-lex.europa.eu/eli/reg/2016/679/oj)).
# - **L'organisation en répond.** Direction, RH, juristes et délégué à la protection des données, représentants du
#   personnel et personnes concernées doivent y prendre part ; les spécialistes des données expliquent ce que fait et
#   coûte chaque option, et le consignent par écrit (le module 13 montre comment, avec une *fiche de modèle*).
# - **Continuer à vérifier.** Mesurer à nouveau les écarts après la mise en service, et permettre aux personnes de
#   contester une décision.

# %% [markdown] lang="en"
# ## Recap
#
# - A model trained on past decisions learns their biases, faithfully.
# - Removing the protected column is not enough: **proxies** (here, the career gap) let the bias back in.
# - Measure outcomes group by group: **selection rates**, the **parity gap**, the **equal-opportunity gap**.
# - Corrections exist, but the law limits them: a lower threshold for one sex is in principle direct discrimination.
#   Start upstream (the proxy, better labels, human review); any correction costs some accuracy measured against
#   biased decisions.
# - Fairness definitions cannot all hold at once. Choosing between them is a legal and ethical decision, owned by the
#   organisation, not a setting left to the data specialists.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un modèle entraîné sur des décisions passées apprend fidèlement leurs biais.
# - Retirer la colonne protégée ne suffit pas : les **variables indirectes** (ici, l'interruption de carrière) font
#   revenir le biais.
# - Mesurez les résultats groupe par groupe : **taux de sélection**, **écart de parité**, **écart d'égalité des
#   chances**.
# - Des corrections existent, mais la loi les encadre : un seuil plus bas pour un sexe est en principe une
#   discrimination directe. Commencez en amont (la variable indirecte, de meilleures réponses, un examen humain) ;
#   toute correction coûte un peu d'exactitude, mesurée sur des décisions biaisées.
# - Les définitions de l'équité ne peuvent pas toutes tenir à la fois. Choisir entre elles est une décision juridique
#   et éthique, qui engage l'organisation, pas un réglage laissé aux spécialistes des données.

# %% [markdown] lang="en"
# ## Sources
#
# - J. Dastin (2018), "Amazon scraps secret AI recruiting tool that showed bias against women", Reuters, 10 October
#   2018: <https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-idUSKCN1MK08G>
# - Z. Obermeyer, B. Powers, C. Vogeli, S. Mullainathan (2019), "Dissecting racial bias in an algorithm used to manage
#   the health of populations", *Science* 366(6464), 447–453: <https://doi.org/10.1126/science.aax2342>
# - J. Buolamwini, T. Gebru (2018), "Gender Shades: intersectional accuracy disparities in commercial gender
#   classification", *Proceedings of Machine Learning Research* 81: <https://proceedings.mlr.press/v81/buolamwini18a.html>
# - M. Hardt, E. Price, N. Srebro (2016), "Equality of opportunity in supervised learning", NeurIPS 2016, arXiv
#   version: <https://arxiv.org/abs/1610.02413>
# - J. Kleinberg, S. Mullainathan, M. Raghavan (2016), "Inherent trade-offs in the fair determination of risk scores",
#   arXiv version (published at ITCS 2017): <https://arxiv.org/abs/1609.05807>
# - A. Chouldechova (2017), "Fair prediction with disparate impact: a study of bias in recidivism prediction
#   instruments", *Big Data* 5(2), arXiv version: <https://arxiv.org/abs/1610.07524>
# - US Equal Employment Opportunity Commission and others (1978), Uniform Guidelines on Employee Selection Procedures,
#   29 CFR 1607.4(D) (the four-fifths rule), eCFR: <https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1607>
# - European Parliament and Council of the EU (2006), Directive 2006/54/EC on equal treatment of men and women in
#   employment, Articles 2, 3 and 14: <https://eur-lex.europa.eu/eli/dir/2006/54/oj>
# - Court of Justice of the EU (1995), *Kalanke v Freie Hansestadt Bremen*, C-450/93, judgment of 17 October 1995:
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61993CJ0450>
# - République française (n.d.), Code du travail, articles L1132-1 and L1142-1, Légifrance:
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900801>
# - European Parliament and Council of the EU (2016), Regulation (EU) 2016/679 (GDPR), Articles 9 and 22:
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - European Parliament and Council of the EU (2024), Regulation (EU) 2024/1689 (AI Act), Article 10(5) and Annex III:
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), Regulation (EU) 2026/1744 (Digital Omnibus on AI), new
#   Article 4a as two published readings report it; not checked by the course in the Official Journal:
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
#
# The company and its 4,000 past applications are fictional, generated by the course's code with a fixed seed.

# %% [markdown] lang="fr"
# ## Sources
#
# - J. Dastin (2018), « Amazon scraps secret AI recruiting tool that showed bias against women », Reuters,
#   10 octobre 2018 : <https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-idUSKCN1MK08G>
# - Z. Obermeyer, B. Powers, C. Vogeli, S. Mullainathan (2019), « Dissecting racial bias in an algorithm used to manage
#   the health of populations », *Science* 366(6464), 447–453 : <https://doi.org/10.1126/science.aax2342>
# - J. Buolamwini, T. Gebru (2018), « Gender Shades: intersectional accuracy disparities in commercial gender
#   classification », *Proceedings of Machine Learning Research* 81 :
#   <https://proceedings.mlr.press/v81/buolamwini18a.html>
# - M. Hardt, E. Price, N. Srebro (2016), « Equality of opportunity in supervised learning », NeurIPS 2016, version
#   arXiv : <https://arxiv.org/abs/1610.02413>
# - J. Kleinberg, S. Mullainathan, M. Raghavan (2016), « Inherent trade-offs in the fair determination of risk
#   scores », version arXiv (publiée à ITCS 2017) : <https://arxiv.org/abs/1609.05807>
# - A. Chouldechova (2017), « Fair prediction with disparate impact: a study of bias in recidivism prediction
#   instruments », *Big Data* 5(2), version arXiv : <https://arxiv.org/abs/1610.07524>
# - US Equal Employment Opportunity Commission et autres (1978), Uniform Guidelines on Employee Selection Procedures,
#   29 CFR 1607.4(D) (la règle des quatre cinquièmes), eCFR :
#   <https://www.ecfr.gov/current/title-29/subtitle-B/chapter-XIV/part-1607>
# - Parlement européen et Conseil de l'UE (2006), directive 2006/54/CE relative à l'égalité de traitement entre hommes
#   et femmes en matière d'emploi, articles 2, 3 et 14 : <https://eur-lex.europa.eu/eli/dir/2006/54/oj>
# - Cour de justice de l'UE (1995), *Kalanke c. Freie Hansestadt Bremen*, C-450/93, arrêt du 17 octobre 1995 :
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61993CJ0450>
# - République française (n.d.), Code du travail, articles L1132-1 et L1142-1, Légifrance :
#   <https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050/>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006900801>
# - Parlement européen et Conseil de l'UE (2016), règlement (UE) 2016/679 (RGPD), articles 9 et 22 :
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - Parlement européen et Conseil de l'UE (2024), règlement (UE) 2024/1689 (règlement sur l'IA), article 10,
#   paragraphe 5, et annexe III : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), règlement (UE) 2026/1744 (omnibus numérique sur l'IA), nouvel
#   article 4 bis selon deux lectures publiées ; non vérifié par le cours dans le Journal officiel :
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
#
# L'entreprise et ses 4 000 candidatures passées sont fictives, générées par le code du cours avec une graine fixe.
