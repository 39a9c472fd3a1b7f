# %% [markdown] lang="en"
# # Module 10: explainability and trust
#
# In this lesson you will:
#
# 1. train a model that grants or refuses loans, and ask it **which facts it relies on** (permutation importance),
# 2. see **how the decision moves** when one fact changes (partial dependence),
# 3. move sliders for one applicant to find **what would change the decision**,
# 4. check whether a model's "90% sure" **really means 90%** (calibration),
# 5. read, in plain words, what European and French law give a person facing an automated decision.
#
# You do not need to know how to program: you move sliders and pick from lists. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its exercise).
# The words of the course are explained in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 10 : expliquer un modèle, et savoir quand lui faire confiance
#
# Dans cette leçon, vous allez :
#
# 1. entraîner un modèle qui accorde ou refuse des prêts, et lui demander **sur quelles données il s'appuie**
#    (importance par permutation),
# 2. voir **comment la décision bouge** quand une donnée change (dépendance partielle),
# 3. déplacer des curseurs pour un demandeur et trouver **ce qui changerait la décision**,
# 4. vérifier si le « sûr à 90 % » d'un modèle **veut vraiment dire 90 %** (calibration),
# 5. lire, en termes simples, ce que les droits européen et français donnent à une personne face à une décision
#    automatisée.
#
# Nul besoin de savoir programmer : vous déplacez des curseurs et vous choisissez dans des listes. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son exercice).
# Les mots du cours sont expliqués dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# **How to use this notebook.** The grey boxes are *code cells*. Click in one and press **Shift + Enter**
# to run it: its result appears just below. Run the cells in order, from top to bottom. You cannot break
# anything: a cell can always be run again. If something looks wrong, use
# *Kernel ▸ Restart Kernel and Run All Cells* to start again from the top.
#
# The first cell sets the language of the charts and messages; the second loads the course's tools.

# %% [markdown] lang="fr" only="notebook"
# **Mode d'emploi.** Les cases grises sont des *cellules de code*. Cliquez dans l'une d'elles et appuyez sur
# **Maj + Entrée** pour l'exécuter : le résultat s'affiche juste en dessous. Exécutez les cellules dans l'ordre,
# de haut en bas. Vous ne pouvez rien casser : une cellule peut toujours être relancée. Si quelque chose
# vous semble bizarre, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les
# cellules…* (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais) pour tout reprendre depuis le début.
#
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours.

# %% [markdown] lang="en" only="page"
# **How to use this page.** Everything on it was computed when it opened: the models are already trained, the charts
# and tables already drawn. Read it from top to bottom. Where a section has controls (a list to pick a fact from,
# sliders, a box for an applicant's number), the text above them says what to try, and what is shown below them
# changes as you use them. The keyboard works too: Tab moves to the next control, the arrow keys move the selected
# slider or choose in the selected list. There is nothing to install and no code to write. You cannot break
# anything: to start again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : les modèles sont déjà entraînés,
# les graphiques et les tableaux déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes (une liste
# où choisir une donnée, des curseurs, une case pour le numéro d'un demandeur), le texte au-dessus dit quoi essayer,
# et ce qui s'affiche en dessous change quand vous vous en servez. Le clavier fonctionne aussi : la touche Tab passe
# à la commande suivante, les flèches déplacent le curseur sélectionné ou choisissent dans la liste sélectionnée.
# Rien à installer, aucun code à écrire. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
import matplotlib.pyplot as plt

from caire import integer, percent
from caire.modules.explainability.data import applicant
from caire.modules.explainability.figures import plot_importance, plot_reliability
from caire.modules.explainability.model import share_repaid_when_sure, train_model
from caire.modules.explainability.widgets import (
    applicants_table, calibration_explorer, dependence_explorer, reliability_table, what_if,
)

# %% [markdown] lang="en"
# ## 1. Why ask a model to explain itself?
#
# A model that is right 8 times out of 10 on average can still be wrong, or right for the wrong reasons, on the case
# in front of you. Before you act on its output, you want to know three things: **what it looks at**, **what would
# change its answer**, and **how far to trust its confidence**.
#
# - **Business and banking**: a customer refused a loan asks "why?", and a regulator asks the bank to show that
#   its credit model does not rest on facts it should not use.
# - **Health**: a triage score says "low risk". A nurse needs to know whether the score looked at the symptoms
#   that matter, and whether its "low risk" is as low as it sounds.
# - **Engineering**: a model predicts that a part will fail. The maintenance team wants to know which sensor drives
#   the alarm, to check that sensor before replacing the part.
# - **Public service**: an agency uses a score to pick files for inspection. The people inspected have rights,
#   and the agency must be able to say how the score works.

# %% [markdown] lang="fr"
# ## 1. Pourquoi demander à un modèle de s'expliquer ?
#
# Un modèle qui a raison 8 fois sur 10 en moyenne peut se tromper, ou avoir raison pour de mauvaises raisons, sur le
# cas qui est devant vous. Avant d'agir sur sa réponse, vous voulez savoir trois choses : **ce qu'il regarde**,
# **ce qui changerait sa réponse**, et **jusqu'où croire son assurance**.
#
# - **Entreprise et banque** : un client à qui l'on refuse un prêt demande « pourquoi ? », et le régulateur demande
#   à la banque de montrer que son modèle de crédit ne repose pas sur des données qu'il ne devrait pas utiliser.
# - **Santé** : un score de triage indique « risque faible ». L'infirmière doit savoir si le score a regardé les
#   symptômes qui comptent, et si son « risque faible » est aussi faible qu'il en a l'air.
# - **Ingénierie** : un modèle prévoit qu'une pièce va lâcher. L'équipe de maintenance veut savoir quel capteur
#   déclenche l'alerte, pour vérifier ce capteur avant de changer la pièce.
# - **Service public** : une administration utilise un score pour choisir les dossiers à contrôler. Les personnes
#   contrôlées ont des droits, et l'administration doit pouvoir dire comment le score fonctionne.

# %% [markdown] lang="en"
# ## 2. The data: 3,000 loan applicants (fictional)
#
# A small lender's files: for each person who asked for a loan, six facts, and whether they **repaid on time**.
# The people are **fictional**: the data are generated by the course's code, with a fixed seed, so everyone sees
# the same ones. The six facts:
#
# - **income**, in thousands of euros (k€) a year;
# - **debt ratio**: the share of income already going to repay other debts;
# - **years in current job**;
# - **missed payments** on other loans in the last two years;
# - **amount asked for**, in k€;
# - the **day of the month** they applied. This one has **no effect at all** on repaying: we put it there on
#   purpose, to see whether the explanations notice.
#
# Half the applicants (1,500) are used to train the model; the other 1,500 are kept aside as **unseen applicants**,
# to measure everything that follows.

# %% [markdown] lang="fr"
# ## 2. Les données : 3 000 demandeurs de prêt (fictifs)
#
# Les dossiers d'un petit prêteur : pour chaque personne qui a demandé un prêt, six données, et si elle a
# **remboursé à temps**. Les personnes sont **fictives** : les données sont générées par le code du cours, avec une
# graine fixe, si bien que tout le monde voit les mêmes. Les six données :
#
# - le **revenu**, en milliers d'euros (k€) par an ;
# - le **taux d'endettement** : la part du revenu qui sert déjà à rembourser d'autres dettes ;
# - les **années dans l'emploi actuel** ;
# - les **échéances impayées** sur d'autres prêts au cours des deux dernières années ;
# - le **montant demandé**, en k€ ;
# - le **jour du mois** de la demande. Celle-ci n'a **aucun effet** sur le remboursement : nous l'avons mise
#   exprès, pour voir si les explications s'en aperçoivent.
#
# La moitié des demandeurs (1 500) sert à entraîner le modèle ; les 1 500 autres sont mis de côté, ce sont les
# **demandeurs jamais vus**, sur lesquels on mesure tout ce qui suit.

# %%
applicants_table(8)

# %% [markdown] lang="en"
# ## 3. The model: many small yes/no rules that add up
#
# The model is made of **150 tiny rules**, each about one fact, such as "if the debt ratio is at most 36%, add 0.2
# points; otherwise take 0.3 off". Each rule is learned to correct the mistakes of the rules before it (this is
# called *gradient boosting*). The points of all the rules add up to a score, turned into a **probability of
# repaying**. The lender grants the loan when this probability is **at least 50%**.
#
# Nobody wrote these rules: the computer learned them from the 1,500 training applicants, in a few hundredths of a
# second. 150 rules are already too many to read one by one; the next sections are ways to understand the model
# without reading them.

# %% [markdown] lang="fr"
# ## 3. Le modèle : beaucoup de petites règles oui/non qui s'additionnent
#
# Le modèle est fait de **150 petites règles**, chacune sur une seule donnée, comme « si le taux d'endettement vaut
# au plus 36 %, ajouter 0,2 point ; sinon, en retirer 0,3 ». Chaque règle est apprise pour corriger les erreurs des
# règles précédentes (c'est ce qu'on appelle le *gradient boosting*). Les points de toutes les règles s'additionnent
# en un score, transformé en **probabilité de rembourser**. Le prêteur accorde le prêt quand cette probabilité vaut
# **au moins 50 %**.
#
# Personne n'a écrit ces règles : l'ordinateur les a apprises à partir des 1 500 demandeurs d'entraînement, en
# quelques centièmes de seconde. 150 règles, c'est déjà trop pour les lire une à une ; les parties suivantes sont des
# façons de comprendre le modèle sans les lire.

# %%
model = train_model("careful")
print(integer(model.train_seconds * 1000), "ms  / ", percent(model.test_accuracy, 1))

# %% [markdown] lang="en"
# The first number is the training time, the second the share of unseen applicants for whom the model's decision
# matches what really happened (repaid or not): its **accuracy**. Close to 8 in 10. Repaying depends on many things
# no file holds (an illness, a lost job), so no model can be right every time.

# %% [markdown] lang="fr"
# Le premier nombre est la durée de l'entraînement, le second la part des demandeurs jamais vus pour lesquels la
# décision du modèle correspond à ce qui s'est vraiment passé (remboursé ou non) : son **exactitude**. Près de 8 sur
# 10. Rembourser dépend de bien des choses qu'aucun dossier ne contient (une maladie, un emploi perdu) : aucun
# modèle ne peut avoir raison à chaque fois.

# %% [markdown] lang="en"
# ## 4. Which facts does the model rely on? Permutation importance
#
# A simple idea, due to Leo Breiman (2001): take the unseen applicants, **shuffle one column** (give each person the
# income of someone else, picked at random), and measure the accuracy again. If the model relied on that fact, it
# now makes more mistakes. The **drop in accuracy** is the fact's importance. We shuffle each column 5 times and
# average the drops.
#
# The chart gives the drop in **percentage points**: a drop from 79% to 70% is 9 points.

# %% [markdown] lang="fr"
# ## 4. Sur quelles données le modèle s'appuie-t-il ? L'importance par permutation
#
# Une idée simple, due à Leo Breiman (2001) : prendre les demandeurs jamais vus, **mélanger une colonne** (donner à
# chacun le revenu de quelqu'un d'autre, tiré au hasard) et mesurer à nouveau l'exactitude. Si le modèle s'appuyait
# sur cette donnée, il fait maintenant plus d'erreurs. La **baisse d'exactitude** est l'importance de la donnée.
# Nous mélangeons chaque colonne 5 fois et faisons la moyenne des baisses.
#
# Le graphique donne la baisse en **points de pourcentage** : passer de 79 % à 70 %, c'est perdre 9 points.

# %%
plot_importance();

# %% [markdown] lang="en"
# What do you see? Missed payments matter most, then the debt ratio and the income. The day of the month is at
# about zero (a little below, by chance): the model does not need it, and the method shows it.
#
# Keep in mind that it tells you what **the model** relies on, not what **causes** people to repay, and that it
# describes the model on average: it does not say why **one** applicant was refused.
#
# <details><summary>Going further: the limits of permutation importance</summary>
#
# - A model can rely on a fact that merely goes along with the real cause.
# - When two facts carry the same information (say, income and the value of one's home), shuffling one of them
#   costs little, because the model still has the other: both can look unimportant.
#
# </details>

# %% [markdown] lang="fr"
# Que voyez-vous ? Les échéances impayées comptent le plus, puis le taux d'endettement et le revenu. Le jour du mois
# est à peu près à zéro (un peu en dessous, par hasard) : le modèle n'en a pas besoin, et la méthode le montre.
#
# Gardez en tête qu'elle dit sur quoi **le modèle** s'appuie, pas ce qui **fait** que les gens remboursent, et qu'elle
# décrit le modèle en moyenne : elle ne dit pas pourquoi **un** demandeur a été refusé.
#
# <details><summary>Pour aller plus loin : les limites de l'importance par permutation</summary>
#
# - Un modèle peut s'appuyer sur une donnée qui va seulement de pair avec la vraie cause.
# - Quand deux données portent la même information (par exemple le revenu et la valeur du logement), mélanger l'une
#   coûte peu, car le modèle a encore l'autre : toutes deux peuvent paraître sans importance.
#
# </details>

# %% [markdown] lang="en"
# ## 5. How does the decision move with one fact? Partial dependence
#
# Importance says *how much* a fact matters, not *in which direction*. For that, Jerome Friedman (2001) proposed the
# **partial dependence**: give **every** unseen applicant the same income, say 20 k€, and average the model's
# probabilities; then 21 k€, 22 k€, and so on. The thick line is that average. Each thin grey line is **one**
# applicant whose income alone is changed.
#
# Pick a fact in the list. Look at the shape: does the probability rise, fall, level off? Where does the thick line
# cross the dashed approval threshold? What does the line of the day of the month look like?

# %% [markdown] lang="fr"
# ## 5. Comment la décision bouge-t-elle avec une donnée ? La dépendance partielle
#
# L'importance dit *combien* une donnée compte, pas *dans quel sens*. Pour cela, Jerome Friedman (2001) a proposé la
# **dépendance partielle** : donner à **tous** les demandeurs jamais vus le même revenu, disons 20 k€, et faire la
# moyenne des probabilités du modèle ; puis 21 k€, 22 k€, et ainsi de suite. La ligne épaisse est cette moyenne.
# Chaque fine ligne grise est **un** demandeur dont on change seulement le revenu.
#
# Choisissez une donnée dans la liste. Regardez la forme : la probabilité monte-t-elle, descend-elle, plafonne-t-elle ?
# Où la ligne épaisse croise-t-elle le seuil d'acceptation en pointillés ? À quoi ressemble la ligne du jour du mois ?

# %%
dependence_explorer("income")

# %% [markdown] lang="en"
# The curves go up in **steps**: each step is one of the small rules. Income helps a lot up to about 60 k€, then
# no more. The debt ratio lowers the probability slowly up to about 30%, then fast. These are shapes a
# straight line could not show.
#
# The average can hide very different individuals: look at the spread of the grey lines.
#
# <details><summary>Going further: impossible people</summary>
#
# When facts go together, the method builds impossible people (a 20-year-old with 30 years in the job) and averages
# over them. Variants of the method (accumulated local effects, for one) avoid this; Molnar's book describes them.
#
# </details>

# %% [markdown] lang="fr"
# Les courbes montent par **marches** : chaque marche est l'une des petites règles. Le revenu aide beaucoup jusque vers
# 60 k€, puis plus du tout. Le taux d'endettement fait baisser la probabilité lentement jusque vers 30 %, puis vite.
# Une droite ne pourrait pas montrer ces formes.
#
# La moyenne peut cacher des individus très différents : regardez l'écart entre les lignes grises.
#
# <details><summary>Pour aller plus loin : des personnes impossibles</summary>
#
# Quand des données vont de pair, la méthode fabrique des personnes impossibles (20 ans d'âge et 30 ans d'ancienneté)
# et en fait la moyenne. Des variantes de la méthode (les effets locaux accumulés, par exemple) évitent ce piège ; le
# livre de Molnar les décrit.
#
# </details>

# %% [markdown] lang="en"
# ## 6. One applicant: what would change the decision?
#
# Here is unseen applicant number 12. The model **refuses** the loan. Move the sliders: the decision and its
# probability follow. Below the sliders, the panel lists, for each fact, the **smallest change of that fact alone**
# that would flip the decision. This is a **counterfactual explanation**: "had your income been 11.6 k€ higher, the
# loan would have been granted". Wachter, Mittelstadt and Russell (2018) proposed such explanations because a person
# can understand and act on them without seeing inside the model.
#
# Try: raise the income until the loan is granted. Then put it back and lower the debt ratio instead. Type another
# applicant number, such as 44, and look at the **day of the month**.

# %% [markdown] lang="fr"
# ## 6. Un demandeur : qu'est-ce qui changerait la décision ?
#
# Voici le demandeur jamais vu numéro 12. Le modèle **refuse** le prêt. Déplacez les curseurs : la décision et sa
# probabilité suivent. Sous les curseurs, le panneau donne, pour chaque donnée, le **plus petit changement de cette
# seule donnée** qui ferait basculer la décision. C'est une **explication contrefactuelle** : « si votre revenu avait
# été supérieur de 11,6 k€, le prêt aurait été accordé ». Wachter, Mittelstadt et Russell (2018) ont proposé ce genre
# d'explication parce qu'une personne peut la comprendre et agir dessus sans voir l'intérieur du modèle.
#
# Essayez : augmentez le revenu jusqu'à ce que le prêt soit accordé. Puis remettez-le et baissez plutôt le taux
# d'endettement. Tapez un autre numéro de demandeur, par exemple 44, et regardez le **jour du mois**.

# %% only="notebook"
applicant(12)

# %%
what_if(12)

# %% [markdown] lang="en"
# Applicant 44 is refused, but would be granted the loan by applying **three days later**. The day of the month has
# no effect on repaying; the model picked up a small accident of its training data. On average it hardly matters
# (section 4), yet it decides this person's file. A counterfactual explanation can reveal such a flaw; an average
# cannot. Keep in mind that it explains **the model**, not the world: earning 11.6 k€ more would not by itself make
# this person repay.
#
# <details><summary>Going further: the limits of counterfactual explanations</summary>
#
# - There are **several** counterfactuals, and the "smallest" depends on how you measure change: 11.6 k€ more income
#   or one missed payment fewer are not the same effort. Some changes are impossible (the past cannot change).
# - The panel changes one fact at a time; changing two facts together can flip the decision with smaller steps.
# - A model can be tuned so that its counterfactuals look reasonable while it still relies on something it should
#   not. An explanation is evidence to check, not proof.
#
# </details>

# %% [markdown] lang="fr"
# Le demandeur 44 est refusé, mais obtiendrait le prêt en déposant sa demande **trois jours plus tard**. Le jour du
# mois n'a aucun effet sur le remboursement ; le modèle a retenu un petit accident de ses données d'entraînement.
# En moyenne, cela ne compte presque pas (partie 4), et pourtant c'est ce qui décide du dossier de cette personne.
# Une explication contrefactuelle peut révéler ce genre de défaut ; une moyenne, non. Gardez en tête qu'elle explique
# **le modèle**, pas le monde : gagner 11,6 k€ de plus ne ferait pas, à soi seul, que cette personne rembourse.
#
# <details><summary>Pour aller plus loin : les limites des explications contrefactuelles</summary>
#
# - Il existe **plusieurs** contrefactuels, et le « plus petit » dépend de la façon de mesurer le changement : 11,6 k€
#   de revenu en plus ou une échéance impayée en moins ne demandent pas le même effort. Certains changements sont
#   impossibles (le passé ne change pas).
# - Le panneau change une donnée à la fois ; en changer deux ensemble peut faire basculer la décision avec de plus
#   petits pas.
# - On peut régler un modèle pour que ses contrefactuels aient l'air raisonnables alors qu'il s'appuie encore sur ce
#   qu'il ne devrait pas. Une explication est un indice à vérifier, pas une preuve.
#
# </details>

# %% [markdown] lang="en"
# ## 7. When the model says 90%, is it right 90% of the time? Calibration
#
# A probability is a promise: of all the applicants to whom a model gives "90% chance of repaying", about 9 in 10
# should repay. A model that keeps that promise is **calibrated**. To check it, we sort the unseen applicants into
# **bins** by the probability the model gave them (0–10%, 10–20%, ...) and, in each bin, count the share who really
# repaid. Drawn as points, this is a **reliability diagram**: a calibrated model's points lie on the diagonal.
#
# Here we train a second model, the **over-confident** one: it sees only 150 training applicants, learns their quirks
# by heart and gives extreme probabilities.
#
# <details><summary>Going further: how the over-confident model is made</summary>
#
# It has 300 small rules instead of 150, each new rule counts for more (a "learning rate" of 0.8 instead of 0.3), and
# the brake on rules drawn from few cases is weaker (0.1 instead of 1). With only 150 examples, such a model fits them
# almost perfectly, and its probabilities drift towards 0% and 100%.
#
# </details>

# %% [markdown] lang="fr"
# ## 7. Quand le modèle dit 90 %, a-t-il raison 9 fois sur 10 ? La calibration
#
# Une probabilité est une promesse : parmi tous les demandeurs à qui un modèle donne « 90 % de chances de
# rembourser », environ 9 sur 10 devraient rembourser. Un modèle qui tient cette promesse est **calibré**. Pour le
# vérifier, on range les demandeurs jamais vus par **tranches** selon la probabilité que le modèle leur a donnée
# (0–10 %, 10–20 %, ...) et, dans chaque tranche, on compte la part qui a vraiment remboursé. Dessiné sous forme de
# points, c'est un **diagramme de fiabilité** : les points d'un modèle calibré sont sur la diagonale.
#
# Nous entraînons ici un second modèle, **trop sûr de lui** : il ne voit que 150 demandeurs d'entraînement, apprend
# leurs particularités par cœur et donne des probabilités extrêmes.
#
# <details><summary>Pour aller plus loin : comment est fait le modèle trop sûr de lui</summary>
#
# Il a 300 petites règles au lieu de 150, chaque nouvelle règle pèse davantage (un « taux d'apprentissage » de 0,8 au
# lieu de 0,3), et le frein sur les règles tirées de peu de cas est plus faible (0,1 au lieu de 1). Avec 150 exemples
# seulement, un tel modèle les épouse presque parfaitement, et ses probabilités dérivent vers 0 % et 100 %.
#
# </details>

# %%
overconfident = train_model("overconfident")
print(integer(overconfident.train_seconds * 1000), "ms  / ", percent(overconfident.test_accuracy, 1))

# %%
plot_reliability();

# %% [markdown] lang="en"
# The careful model's points stay close to the diagonal. The over-confident model's do not: when it says "under
# 10%", about 1 in 5 of those applicants repay anyway, and when it says "90% or more", far fewer than 9 in 10 do.
# The small numbers are how many applicants each point stands for. The tables give the same figures; the slider
# below lets you change the number of bins (with many bins, each holds few applicants and the points jump about).

# %% [markdown] lang="fr"
# Les points du modèle prudent restent près de la diagonale. Ceux du modèle trop sûr de lui, non : quand il dit
# « moins de 10 % », environ 1 de ces demandeurs sur 5 rembourse quand même, et quand il dit « 90 % ou plus », bien
# moins de 9 sur 10 remboursent. Les petits nombres indiquent combien de demandeurs chaque point représente. Les
# tableaux donnent les mêmes chiffres ; le curseur ci-dessous permet de changer le nombre de tranches (avec beaucoup
# de tranches, chacune contient peu de demandeurs et les points sautent).

# %%
reliability_table("careful")

# %%
calibration_explorer()

# %% [markdown] lang="en"
# Why it matters at work: a probability is often used as a number, not just as a yes/no. A bank sets aside money
# for the loans it expects to lose; a hospital decides whom to call back first; a maintenance team plans how many
# spare parts to stock. With an over-confident model, all these numbers are wrong, even when its yes/no decisions
# look fine.
#
# <details><summary>Going further: re-calibrating a model</summary>
#
# Large modern neural networks are often over-confident too (Guo et al., 2017). There are methods to re-calibrate a
# model on data kept aside: they learn a correction from "what the model said" to "what really happened", without
# changing its yes/no ranking (see scikit-learn's guide to probability calibration). They need enough held-out cases,
# and they must be checked again when the data change.
#
# </details>

# %% [markdown] lang="fr"
# Pourquoi c'est important au travail : une probabilité sert souvent de nombre, pas seulement de oui/non. Une banque
# met de côté de l'argent pour les prêts qu'elle s'attend à perdre ; un hôpital décide qui rappeler en premier ; une
# équipe de maintenance prévoit combien de pièces de rechange stocker. Avec un modèle trop sûr de lui, tous ces
# nombres sont faux, même quand ses décisions oui/non semblent correctes.
#
# <details><summary>Pour aller plus loin : recalibrer un modèle</summary>
#
# Les grands réseaux de neurones modernes sont souvent trop sûrs d'eux eux aussi (Guo et al., 2017). Il existe des
# méthodes pour recalibrer un modèle sur des données mises de côté : elles apprennent une correction de « ce qu'a dit
# le modèle » vers « ce qui s'est vraiment passé », sans changer l'ordre de ses réponses (voir le guide de scikit-learn
# sur la calibration des probabilités). Elles demandent assez de cas mis de côté, et il faut les vérifier à nouveau
# quand les données changent.
#
# </details>

# %% [markdown] lang="en"
# ## 8. The right to an explanation, in plain words
#
# In the European Union, the **General Data Protection Regulation** (GDPR, Regulation (EU) 2016/679) has applied
# since 25 May 2018. What it says about automated decisions, simplified (this is not legal advice):
#
# - **Article 22(1)**: a person has the right **not to be subject to a decision based solely on automated
#   processing**, including profiling, which produces **legal effects** concerning them or **similarly
#   significantly affects** them. A loan refused by a model with no real human review is the textbook case.
# - **Article 22(2)** allows such decisions in three cases only: when they are **necessary for a contract** with the
#   person, when **a law** authorises them with safeguards, or with the person's **explicit consent**.
# - **Article 22(3)**: in the contract and consent cases, the organisation must protect the person's rights,
#   **at least** the right to obtain **human intervention**, to **express their point of view** and to **contest
#   the decision**.
# - **Articles 13, 14 and 15** (the information given and the right of access): the person must be told that such
#   automated decision-making exists and be given "**meaningful information about the logic involved**, as well as the
#   significance and the envisaged consequences" for them.
#
# "Solely" matters: a person who rubber-stamps the model's output does not make the decision less automated.
# In the SCHUFA case (7 December 2023), the EU Court of Justice held that a credit score computed by an agency can
# itself be such a decision when a lender **draws strongly** on it to grant or refuse credit.
#
# Article 22 does **not** give everyone a right to a human decision: the right to human intervention of Article 22(3)
# covers the contract and consent cases. Where **a law** authorises automated decisions, the safeguards are those of
# that law. **In France, decisions of the administration** are such a case. A tax office, a family-allowance fund or
# a town hall may decide about a person with an algorithm, but the decision must say so, the person can ask how the
# algorithm was applied **to their situation**, and they can ask the administration itself to review the decision (Loi
# Informatique et Libertés, article 47; Code des relations entre le public et l'administration, articles L311-3-1 and
# R311-3-1-2). For example, income tax is computed by software, without an agent looking at each return: a taxpayer
# can ask how the rules and figures were applied to their case.
#
# <details><summary>Going further: what the French administration must do</summary>
#
# - The decision states that an algorithm was used, for what purpose, and how to obtain its rules. A fully automated
#   decision without this statement is void.
# - On request, the administration tells the person, in a form they can understand, how much the algorithm weighed
#   in the decision, which data it used and where they came from, which parameters and weights it applied to their
#   situation, and what operations it carried out (unless a secret protected by law stands in the way).
# - For a fully automated decision, the administration must master the algorithm well enough to explain in detail
#   how it was applied to the person, and an administrative appeal must be possible. The Constitutional Council
#   accepted fully automated administrative decisions in 2018 on such conditions (decision 2018-765 DC).
#
# </details>

# %% [markdown] lang="fr"
# ## 8. Le droit à une explication, en termes simples
#
# Dans l'Union européenne, le **règlement général sur la protection des données** (RGPD, règlement (UE) 2016/679)
# s'applique depuis le 25 mai 2018. Ce qu'il dit des décisions automatisées, simplifié (ceci n'est pas un conseil
# juridique) :
#
# - **Article 22, paragraphe 1** : une personne a le droit **de ne pas faire l'objet d'une décision fondée
#   exclusivement sur un traitement automatisé**, y compris le profilage, produisant des **effets juridiques** la
#   concernant ou l'**affectant de manière significative de façon similaire**. Un prêt refusé par un modèle sans
#   véritable examen humain en est l'exemple type.
# - **Article 22, paragraphe 2** : de telles décisions ne sont permises que dans trois cas : quand elles sont
#   **nécessaires à un contrat** avec la personne, quand **une loi** les autorise avec des garanties, ou avec le
#   **consentement explicite** de la personne.
# - **Article 22, paragraphe 3** : dans les cas du contrat et du consentement, l'organisation doit protéger les droits
#   de la personne, **au moins** le droit d'obtenir une **intervention humaine**, d'**exprimer son point de vue** et de
#   **contester la décision**.
# - **Articles 13, 14 et 15** (les informations fournies et le droit d'accès) : la personne doit être informée de
#   l'existence d'une telle prise de décision automatisée et recevoir « des **informations utiles concernant la
#   logique sous-jacente**, ainsi que l'importance et les conséquences prévues » pour elle.
#
# « Exclusivement » compte : une personne qui se contente de valider la sortie du modèle ne rend pas la décision moins
# automatisée. Dans l'affaire SCHUFA (7 décembre 2023), la Cour de justice de l'Union européenne a jugé qu'un score de
# crédit calculé par une agence peut constituer à lui seul une telle décision quand un prêteur **s'appuie fortement**
# dessus pour accorder ou refuser un crédit.
#
# L'article 22 ne donne **pas** à chacun le droit à une décision humaine : le droit à une intervention humaine de
# l'article 22, paragraphe 3, vaut pour les cas du contrat et du consentement. Quand **une loi** autorise les décisions
# automatisées, les garanties sont celles de cette loi. **En France, les décisions de l'administration** sont dans ce
# cas. Un centre des finances publiques, une caisse d'allocations familiales ou une mairie peuvent décider du cas
# d'une personne à l'aide d'un algorithme, mais la décision doit le dire, la personne peut demander comment
# l'algorithme a été appliqué **à sa situation**, et elle peut demander à l'administration elle-même de revoir la
# décision (loi Informatique et Libertés, article 47 ; code des relations entre le public et l'administration,
# articles L311-3-1 et R311-3-1-2). Par exemple, l'impôt sur le revenu est calculé par un logiciel, sans qu'un agent
# examine chaque déclaration : un contribuable peut demander comment les règles et les montants ont été appliqués à
# son cas.
#
# <details><summary>Pour aller plus loin : ce que doit faire l'administration en France</summary>
#
# - La décision mentionne qu'un algorithme a été utilisé, dans quel but, et comment en obtenir les règles. Une
#   décision entièrement automatisée sans cette mention est nulle.
# - Sur demande, l'administration indique à la personne, sous une forme intelligible, le degré et le mode de
#   contribution de l'algorithme à la décision, les données traitées et leurs sources, les paramètres et leur
#   pondération appliqués à sa situation, et les opérations effectuées (sauf si un secret protégé par la loi s'y
#   oppose).
# - Pour une décision entièrement automatisée, l'administration doit maîtriser l'algorithme au point de pouvoir
#   expliquer en détail comment il a été appliqué à la personne, et un recours administratif doit être possible. Le
#   Conseil constitutionnel a admis en 2018 les décisions administratives entièrement automatisées à de telles
#   conditions (décision 2018-765 DC).
#
# </details>

# %% [markdown] lang="en"
# **How far does the "right to an explanation" go?** It is debated. In the Dun & Bradstreet Austria case
# (27 February 2025), the Court of Justice said that the person must be told, in a way they can understand, the
# procedure and principles actually applied to their data to reach the result; handing over a complex formula is not
# enough, and trade secrets do not simply cancel the right (a court or authority weighs them).
#
# <details><summary>Going further: the debate on a "right to explanation"</summary>
#
# The word "explanation" appears in recital 71 of the GDPR (the recitals explain the articles but are not binding
# themselves), not in Article 22. Goodman and Flaxman (2017) read the GDPR as creating a right to explanation;
# Wachter, Mittelstadt and Floridi (2017) argued that it guarantees a right to be *informed* about the logic, in
# general, rather than an explanation of *one* decision.
#
# </details>
#
# The EU's AI Act (Regulation (EU) 2024/1689) adds, in its **Article 86**, a right to "clear and meaningful
# explanations of the role of the AI system in the decision-making procedure and the main elements of the decision
# taken". Its scope is narrow. It covers a decision taken by the organisation that uses a **high-risk AI system listed
# in Annex III** (credit scoring, recruitment, access to public benefits..., but not the critical infrastructure of
# point 2), when the decision has **legal effects or similarly significant effects** on the person that they consider
# harmful to their health, safety or fundamental rights; and only where EU law does not already give that right (for a
# solely automated decision, the GDPR may already do so). Under Article 113, Article 86 applies from the regulation's general
# date, {{law.date.transparency}}; since the 2026 amendment, the duties of the Annex III systems themselves apply from
# {{law.date.annex_iii}} (state of the law on {{law.as_of}}; the course could not check the amended text in the
# Official Journal).
#
# In practice, the tools of this lesson help an organisation give such information: what the model relies on
# (section 4), how each fact moves the result (section 5), what would have changed this decision (section 6), and
# how much its probabilities can be trusted (section 7).

# %% [markdown] lang="fr"
# **Jusqu'où va le « droit à une explication » ?** C'est débattu. Dans l'affaire Dun & Bradstreet Austria
# (27 février 2025), la Cour de justice a dit que la personne doit recevoir, d'une manière qu'elle peut comprendre, la
# procédure et les principes effectivement appliqués à ses données pour obtenir le résultat ; remettre une formule
# complexe ne suffit pas, et le secret des affaires n'annule pas simplement ce droit (un juge ou une autorité le met
# en balance).
#
# <details><summary>Pour aller plus loin : le débat sur un « droit à l'explication »</summary>
#
# Le mot « explication » figure au considérant 71 du RGPD (les considérants éclairent les articles mais ne sont pas
# eux-mêmes contraignants), pas dans l'article 22. Goodman et Flaxman (2017) lisent le RGPD comme créant un droit à
# l'explication ; Wachter, Mittelstadt et Floridi (2017) ont soutenu qu'il garantit un droit à être *informé* de la
# logique, en général, plutôt qu'une explication d'*une* décision.
#
# </details>
#
# Le règlement européen sur l'IA (règlement (UE) 2024/1689) ajoute, à son **article 86**, un droit d'obtenir « des
# explications claires et pertinentes sur le rôle du système d'IA dans la procédure décisionnelle et sur les
# principaux éléments de la décision prise ». Sa portée est étroite. Il vise une décision prise par l'organisation qui
# utilise un **système d'IA à haut risque de l'annexe III** (évaluation de la solvabilité, recrutement, accès aux
# prestations publiques..., mais pas les infrastructures critiques du point 2), quand cette décision produit des
# **effets juridiques ou affecte la personne de manière significative de façon similaire**, d'une manière qu'elle
# estime préjudiciable à sa santé, à sa sécurité ou à ses droits fondamentaux ; et seulement si le droit de l'Union ne
# donne pas déjà ce droit (pour une décision exclusivement automatisée, le RGPD peut déjà le donner). Selon l'article 113,
# l'article 86 s'applique à partir de la date générale d'application du règlement, le {{law.date.transparency}} ;
# depuis la modification de 2026, les obligations des systèmes de l'annexe III eux-mêmes s'appliquent à partir du
# {{law.date.annex_iii}} (état du droit au {{law.as_of}} ; le cours n'a pas pu vérifier le texte modifié dans le
# Journal officiel).
#
# En pratique, les outils de cette leçon aident une organisation à donner ces informations : ce sur quoi le modèle
# s'appuie (partie 4), comment chaque donnée fait bouger le résultat (partie 5), ce qui aurait changé cette décision
# (partie 6), et jusqu'où croire ses probabilités (partie 7).

# %% [markdown] lang="en"
# ## Recap
#
# - **Permutation importance**: shuffle one fact, measure how much accuracy is lost. It shows what the model relies
#   on, on average, not what causes the outcome.
# - **Partial dependence**: set one fact to the same value for everybody and average. It shows the direction and
#   shape of a fact's effect, and hides individual differences.
# - **Counterfactual**: the smallest change that flips one person's decision. It is easy to understand and can
#   reveal flaws (the day of the month), but there are many, and they describe the model, not the world.
# - **Calibration**: a "90%" should come true about 9 times in 10. Check it with a reliability diagram on unseen data;
#   an over-confident model can have acceptable decisions and misleading probabilities.
# - **GDPR Article 22**: no decision based solely on automated processing with legal or similarly significant
#   effects, except in three cases; in the contract and consent cases, at least human intervention, the right to
#   express one's view and to contest; where a law allows it (French administrative decisions), the safeguards of that
#   law. Articles 13–15 add meaningful information about the logic involved. How far this is a right to an explanation
#   of one decision is still debated.
# - **AI Act Article 86**: an explanation of the AI's role for decisions based on Annex III high-risk systems, from
#   {{law.date.transparency}}.

# %% [markdown] lang="fr"
# ## À retenir
#
# - **Importance par permutation** : mélanger une donnée, mesurer l'exactitude perdue. Elle montre ce sur quoi le
#   modèle s'appuie, en moyenne, pas ce qui cause le résultat.
# - **Dépendance partielle** : donner à tous la même valeur d'une donnée et faire la moyenne. Elle montre le sens et
#   la forme de l'effet d'une donnée, et cache les différences entre individus.
# - **Contrefactuel** : le plus petit changement qui fait basculer la décision d'une personne. Il est facile à
#   comprendre et peut révéler des défauts (le jour du mois), mais il en existe beaucoup, et ils décrivent le modèle,
#   pas le monde.
# - **Calibration** : un « 90 % » devrait se réaliser environ 9 fois sur 10. On le vérifie avec un diagramme de
#   fiabilité sur des données jamais vues ; un modèle trop sûr de lui peut prendre des décisions acceptables et donner
#   des probabilités trompeuses.
# - **Article 22 du RGPD** : pas de décision fondée exclusivement sur un traitement automatisé produisant des effets
#   juridiques ou similaires significatifs, sauf dans trois cas ; pour le contrat et le consentement, au moins une
#   intervention humaine, le droit d'exprimer son point de vue et de contester ; quand une loi l'autorise (décisions
#   de l'administration en France), les garanties de cette loi. Les articles 13 à 15 ajoutent des informations utiles
#   sur la logique sous-jacente. Jusqu'où cela fait un droit à l'explication d'une décision reste débattu.
# - **Article 86 du règlement sur l'IA** : une explication du rôle de l'IA pour les décisions fondées sur un système à
#   haut risque de l'annexe III, à partir du {{law.date.transparency}}.

# %% [markdown] lang="en"
# ## Sources
#
# - L. Breiman (2001), "Random Forests", *Machine Learning* 45, 5–32 (permutation importance):
#   <https://doi.org/10.1023/A:1010933404324>
# - J. H. Friedman (2001), "Greedy function approximation: a gradient boosting machine", *Annals of Statistics*
#   29(5), 1189–1232 (gradient boosting, partial dependence): <https://doi.org/10.1214/aos/1013203451>
# - scikit-learn developers (n.d.), user guide on permutation importance, partial dependence and calibration,
#   scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/permutation_importance.html>,
#   <https://scikit-learn.org/stable/modules/partial_dependence.html>,
#   <https://scikit-learn.org/stable/modules/calibration.html>
# - S. Wachter, B. Mittelstadt, C. Russell (2018), "Counterfactual explanations without opening the black box:
#   automated decisions and the GDPR", *Harvard Journal of Law & Technology* 31(2): <https://arxiv.org/abs/1711.00399>
# - C. Guo, G. Pleiss, Y. Sun, K. Q. Weinberger (2017), "On calibration of modern neural networks", ICML 2017:
#   <https://arxiv.org/abs/1706.04599>
# - European Parliament and Council of the EU (2016), Regulation (EU) 2016/679 (GDPR), Articles 13, 14, 15 and 22,
#   recital 71: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - Court of Justice of the EU (2023), *SCHUFA Holding (Scoring)*, C-634/21, judgment of 7 December 2023:
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CJ0634>
# - Court of Justice of the EU (2025), *Dun & Bradstreet Austria*, C-203/22, judgment of 27 February 2025:
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62022CJ0203>
# - B. Goodman, S. Flaxman (2017), "European Union regulations on algorithmic decision-making and a 'right to
#   explanation'", *AI Magazine* 38(3): <https://arxiv.org/abs/1606.08813>
# - S. Wachter, B. Mittelstadt, L. Floridi (2017), "Why a right to explanation of automated decision-making does not
#   exist in the General Data Protection Regulation", *International Data Privacy Law* 7(2), 76–99:
#   <https://doi.org/10.1093/idpl/ipx005>
# - European Parliament and Council of the EU (2024), Regulation (EU) 2024/1689 (AI Act), Articles 86 and 113,
#   Annex III: <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689>
# - European Parliament and Council of the EU (2026), Regulation (EU) 2026/1744 (Digital Omnibus on AI), application
#   dates; not checked by the course in the Official Journal:
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - République française (n.d.), Loi no 78-17 du 6 janvier 1978 (Informatique et Libertés), article 47, Légifrance:
#   <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131>
# - République française (n.d.), Code des relations entre le public et l'administration, articles L311-3-1 and
#   R311-3-1-2, Légifrance: <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881>
# - Conseil constitutionnel (2018), Décision no 2018-765 DC du 12 juin 2018, *Loi relative à la protection des données
#   personnelles*, paragraphs 65 to 72: <https://www.conseil-constitutionnel.fr/decision/2018/2018765DC.htm>
# - Etalab, DINUM (n.d.), "Les algorithmes publics : enjeux et obligations", guides.etalab.gouv.fr:
#   <https://guides.etalab.gouv.fr/algorithmes/guide/>
# - C. Molnar (2022), *Interpretable Machine Learning*, 2nd edition, free online book:
#   <https://christophm.github.io/interpretable-ml-book/>
#
# The applicants are fictional, generated by `caire/modules/explainability/data.py` with a fixed seed.

# %% [markdown] lang="fr"
# ## Sources
#
# - L. Breiman (2001), « Random Forests », *Machine Learning* 45, 5–32 (importance par permutation) :
#   <https://doi.org/10.1023/A:1010933404324>
# - J. H. Friedman (2001), « Greedy function approximation: a gradient boosting machine », *Annals of Statistics*
#   29(5), 1189–1232 (gradient boosting, dépendance partielle) : <https://doi.org/10.1214/aos/1013203451>
# - scikit-learn developers (n.d.), guide de l'utilisateur (en anglais) : importance par permutation, dépendance
#   partielle, calibration des probabilités, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/permutation_importance.html>,
#   <https://scikit-learn.org/stable/modules/partial_dependence.html>,
#   <https://scikit-learn.org/stable/modules/calibration.html>
# - S. Wachter, B. Mittelstadt, C. Russell (2018), « Counterfactual explanations without opening the black box:
#   automated decisions and the GDPR », *Harvard Journal of Law & Technology* 31(2) : <https://arxiv.org/abs/1711.00399>
# - C. Guo, G. Pleiss, Y. Sun, K. Q. Weinberger (2017), « On calibration of modern neural networks », ICML 2017 :
#   <https://arxiv.org/abs/1706.04599>
# - Parlement européen et Conseil de l'UE (2016), règlement (UE) 2016/679 (RGPD), articles 13, 14, 15 et 22,
#   considérant 71 : <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - Cour de justice de l'UE (2023), *SCHUFA Holding (Scoring)*, C-634/21, arrêt du 7 décembre 2023 :
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CJ0634>
# - Cour de justice de l'UE (2025), *Dun & Bradstreet Austria*, C-203/22, arrêt du 27 février 2025 :
#   <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62022CJ0203>
# - B. Goodman, S. Flaxman (2017), « European Union regulations on algorithmic decision-making and a "right to
#   explanation" », *AI Magazine* 38(3) : <https://arxiv.org/abs/1606.08813>
# - S. Wachter, B. Mittelstadt, L. Floridi (2017), « Why a right to explanation of automated decision-making does not
#   exist in the General Data Protection Regulation », *International Data Privacy Law* 7(2), 76–99 :
#   <https://doi.org/10.1093/idpl/ipx005>
# - Parlement européen et Conseil de l'UE (2024), règlement (UE) 2024/1689 (règlement sur l'IA), articles 86 et 113,
#   annexe III : <https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32024R1689>
# - Parlement européen et Conseil de l'UE (2026), règlement (UE) 2026/1744 (omnibus numérique sur l'IA), dates
#   d'application ; non vérifié par le cours dans le Journal officiel :
#   <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
# - République française (n.d.), loi no 78-17 du 6 janvier 1978 (Informatique et Libertés), article 47, Légifrance :
#   <https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037823131>
# - République française (n.d.), code des relations entre le public et l'administration, articles L311-3-1 et
#   R311-3-1-2, Légifrance : <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033205535>,
#   <https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034195881>
# - Conseil constitutionnel (2018), décision no 2018-765 DC du 12 juin 2018, *Loi relative à la protection des
#   données personnelles*, paragraphes 65 à 72 : <https://www.conseil-constitutionnel.fr/decision/2018/2018765DC.htm>
# - Etalab, DINUM (n.d.), « Les algorithmes publics : enjeux et obligations », guides.etalab.gouv.fr :
#   <https://guides.etalab.gouv.fr/algorithmes/guide/>
# - C. Molnar (2022), *Interpretable Machine Learning*, 2e édition, un livre gratuit en ligne (en anglais) sur ces
#   méthodes : <https://christophm.github.io/interpretable-ml-book/>
#
# Les demandeurs sont fictifs, générés par `caire/modules/explainability/data.py` avec une graine fixe.
