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
# 5. correct the model with one threshold per group, and see what it costs in accuracy,
# 6. ask who should decide which kind of fairness counts.
#
# You do not need to know how to program. Allow about 35 minutes.
#
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.

# %% [markdown] lang="fr"
# # Module 09 : l'équité
#
# Un modèle apprend de décisions passées. Si ces décisions étaient injustes, le modèle apprend à l'être aussi,
# discrètement et à grande échelle. Dans cette leçon, vous allez :
#
# 1. regarder 4 000 décisions d'embauche passées d'une entreprise fictive, biaisées contre les femmes,
# 2. entraîner un modèle en direct sur ces décisions, et mesurer combien de femmes et d'hommes il retient,
# 3. retirer la colonne genre, et voir le biais revenir par une autre colonne (une **variable indirecte**),
# 4. mesurer l'équité de deux façons (**parité démographique** et **égalité des chances**), et constater qu'elles
#    ne sont pas d'accord,
# 5. corriger le modèle avec un seuil par groupe, et voir ce que cela coûte en exactitude,
# 6. vous demander qui doit choisir la forme d'équité qui compte.
#
# Nul besoin de savoir programmer. Comptez environ 35 minutes.
#
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose vous semble bizarre, utilisez *Kernel ▸ Restart Kernel and Run All Cells*.

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
#   (Annex III of [Regulation (EU) 2024/1689](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)): they must meet
#   requirements on data quality, documentation and human oversight.

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
# - **Service public et banque.** Le règlement européen sur l'IA (AI Act) classe **à haut risque** les systèmes d'IA
#   utilisés pour recruter ou sélectionner des personnes, et ceux qui évaluent la solvabilité d'une personne ou son
#   droit à des prestations publiques (annexe III du
#   [règlement (UE) 2024/1689](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)) : ils doivent respecter des
#   exigences de qualité des données, de documentation et de contrôle humain.

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
# The next cell trains a model live (a logistic regression, as in module 03) on 3,000 of the applications, with all
# four columns, gender included. The other 1,000 are kept aside: the model never sees them while learning, and we
# measure it on them. The model gives each applicant a **score** from 0 to 1; it **selects** those whose score is at
# least 0.5.

# %% [markdown] lang="fr"
# ## 3. Un modèle entraîné sur le passé
#
# La cellule suivante entraîne un modèle en direct (une régression logistique, comme au module 03) sur 3 000
# candidatures, avec les quatre colonnes, genre compris. Les 1 000 autres sont mises de côté : le modèle ne les voit
# pas pendant l'apprentissage, et c'est sur elles qu'on le mesure. Le modèle donne à chaque candidat un **score** de
# 0 à 1 ; il **retient** ceux dont le score est d'au moins 0,5.

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
# ## 4. Retirer la colonne genre ?
#
# La correction évidente : ne pas donner la colonne genre au modèle. Ci-dessous, le même modèle est entraîné à nouveau
# sans elle, puis une troisième fois sans le genre **et** sans l'interruption de carrière. Le graphique compare les
# taux de sélection des trois.

# %%
without_gender = train_model("without_group")
without_both = train_model("without_group_or_proxy")
plot_feature_sets();

# %% [markdown] lang="en"
# Without the gender column the gap shrinks, but a large part of it stays. The model found another way to tell women
# from men: the career gap. Its weight is now clearly negative, although the recruiters never looked at gaps:

# %% [markdown] lang="fr"
# Sans la colonne genre, l'écart diminue, mais une grande partie reste. Le modèle a trouvé un autre moyen de
# distinguer les femmes des hommes : l'interruption de carrière. Son poids est maintenant nettement négatif, alors
# que les recruteurs ne regardaient jamais les interruptions :

# %%
print(weights_table("without_group"))

# %% [markdown] lang="en"
# A column that stands in for a protected attribute is a **proxy**. In real data there are many: postcode, first name,
# a sport, a school, a gap in a CV, the words of a cover letter (Amazon's tool picked up "women's"). Each says a little
# about gender or origin; together they can say a lot. Removing the protected column is not enough, and removing every
# proxy also removes useful information. The only way to know is to **measure** the outcomes, group by group. That
# needs the protected attribute: you cannot check a gap you cannot see.

# %% [markdown] lang="fr"
# Une colonne qui remplace un attribut protégé est une **variable indirecte** (on dit aussi *proxy*). Les vraies
# données en contiennent beaucoup : code postal, prénom, un sport, une école, un trou dans un CV, les mots d'une lettre
# de motivation (l'outil d'Amazon avait repéré « women's »). Chacune dit un peu du genre ou de l'origine ; ensemble,
# elles peuvent en dire beaucoup. Retirer la colonne protégée ne suffit pas, et retirer toutes les variables
# indirectes retire aussi de l'information utile. Le seul moyen de savoir est de **mesurer** les résultats, groupe par
# groupe. Cela demande l'attribut protégé : on ne peut pas vérifier un écart qu'on ne voit pas.

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
# Désormais, nous utilisons le modèle sans la colonne genre, celui que l'entreprise mettrait en service. Deux mesures
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
# ## 6. A correction: one threshold per group
#
# One way to correct the model after training is to give each group its own threshold. Move the two sliders: the
# chart shows the scores of the unseen women and men, and each dashed line is a group's threshold. Below the sliders,
# the selection rates, both gaps and the accuracy follow.
#
# Try to bring the parity gap under 5%. What happens to the equal-opportunity gap, and to the accuracy?

# %% [markdown] lang="fr"
# ## 6. Une correction : un seuil par groupe
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
# Other corrections exist: reweighing the training cases so that each group counts as it should, or collecting
# better labels (for example, how people actually performed in the job). Group thresholds are simple to explain, but
# treating applicants differently by group may itself be unlawful in some countries and uses: that is a legal question.

# %% [markdown] lang="fr"
# Corriger coûte ici un peu d'exactitude, environ un point : le modèle est un peu moins d'accord avec les recruteurs
# d'hier. Comme ces recruteurs avaient un biais, « moins exact » veut dire en partie « moins semblable au biais ».
# Une exactitude mesurée sur des décisions injustes n'est pas une règle neutre.
#
# D'autres corrections existent : repondérer les cas d'entraînement pour que chaque groupe compte comme il se doit, ou
# recueillir de meilleures réponses (par exemple, comment les personnes ont réellement réussi dans le poste). Les
# seuils par groupe sont simples à expliquer, mais traiter les candidats différemment selon leur groupe peut être
# lui-même illégal dans certains pays et usages : c'est une question juridique.

# %% [markdown] lang="en"
# ## 7. The two measures disagree
#
# Suppose the company is stricter with men (threshold 0.60) and looks for the women's threshold that makes the model
# fair. The chart shows both gaps (and the accuracy) for every women's threshold; the dots mark the lowest point of
# each gap. The table gives a few values.

# %% [markdown] lang="fr"
# ## 7. Les deux mesures ne sont pas d'accord
#
# Supposons que l'entreprise soit plus exigeante avec les hommes (seuil 0,60) et cherche le seuil des femmes qui rend
# le modèle équitable. Le graphique montre les deux écarts (et l'exactitude) pour chaque seuil des femmes ; les points
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
#   [2006/54/EC](https://eur-lex.europa.eu/eli/dir/2006/54/oj)) and in France.
#   Recruitment systems are high-risk under the AI Act, with duties for the organisation that deploys them, including
#   human oversight. Under the GDPR, people have rights when a decision about them is based solely on automated
#   processing (Article 22 of [Regulation (EU) 2016/679](https://eur-lex.europa.eu/eli/reg/2016/679/oj)).
# - **The organisation answers for it.** Management, HR, legal and data protection teams, staff representatives and
#   people affected should take part; the data team explains what each option does and costs, and writes it down
#   (module 13 shows how, with a *model card*).
# - **Keep checking.** Measure the gaps again after deployment, and give people a way to contest a decision.

# %% [markdown] lang="fr"
# ## 8. Qui décide ?
#
# Alors, quelle équité le modèle doit-il avoir, et un modèle est-il seulement le bon outil ? Le code peut mesurer
# chaque option et son coût ; il ne peut pas choisir. Le choix est juridique et éthique :
#
# - **La loi fixe des limites.** La discrimination à l'embauche en raison notamment du sexe est interdite dans l'UE
#   (pour le sexe, directive [2006/54/CE](https://eur-lex.europa.eu/eli/dir/2006/54/oj)) et en France. Les systèmes
#   de recrutement sont à haut risque selon l'AI Act, avec des obligations pour l'organisation qui les utilise, dont le
#   contrôle humain. Le RGPD donne des droits aux personnes lorsqu'une décision les concernant
#   est fondée exclusivement sur un traitement automatisé (article 22 du
#   [règlement (UE) 2016/679](https://eur-lex.europa.eu/eli/reg/2016/679/oj)).
# - **L'organisation en répond.** Direction, RH, juristes et délégué à la protection des données, représentants du
#   personnel et personnes concernées doivent y prendre part ; l'équipe data explique ce que fait et coûte chaque
#   option, et le consigne par écrit (le module 13 montre comment, avec une *fiche de modèle*).
# - **Continuer à vérifier.** Mesurer à nouveau les écarts après la mise en service, et permettre aux personnes de
#   contester une décision.

# %% [markdown] lang="en"
# ## Recap
#
# - A model trained on past decisions learns their biases, faithfully.
# - Removing the protected column is not enough: **proxies** (here, the career gap) let the bias back in.
# - Measure outcomes group by group: **selection rates**, the **parity gap**, the **equal-opportunity gap**.
# - Corrections exist (one threshold per group, reweighing, better labels); here they cost about one point of
#   accuracy, measured against biased decisions.
# - Fairness definitions cannot all hold at once. Choosing between them is a legal and ethical decision, owned by the
#   organisation, not a setting left to the data team.

# %% [markdown] lang="fr"
# ## Récapitulatif
#
# - Un modèle entraîné sur des décisions passées apprend fidèlement leurs biais.
# - Retirer la colonne protégée ne suffit pas : les **variables indirectes** (ici, l'interruption de carrière) font
#   revenir le biais.
# - Mesurez les résultats groupe par groupe : **taux de sélection**, **écart de parité**, **écart d'égalité des
#   chances**.
# - Des corrections existent (un seuil par groupe, la repondération, de meilleures réponses) ; ici, elles coûtent
#   environ un point d'exactitude, mesurée sur des décisions biaisées.
# - Les définitions de l'équité ne peuvent pas toutes tenir à la fois. Choisir entre elles est une décision juridique
#   et éthique, qui engage l'organisation, pas un réglage laissé à l'équipe data.
