# %% [markdown] lang="en"
# # Module 03: errors and their cost
#
# A model that is "right 95% of the time" can still be the wrong tool: it depends on **which** cases it gets
# wrong, and on what each mistake costs. In this lesson you will:
#
# 1. train a model live that flags breast tumours as possibly malignant,
# 2. sort its answers into four boxes, and measure its **precision** and its **recall**,
# 3. move its **threshold** and watch one kind of error trade against the other,
# 4. put a price on each kind of error, for your profession, and find the threshold that costs least,
# 5. see why "99% accurate" can mean "useless" when what you are looking for is rare.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for
# its exercise). The course's words are in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 03 : les erreurs et leur coût
#
# Un modèle qui « a raison dans 95 % des cas » peut quand même être le mauvais outil : tout dépend des cas sur lesquels
# il se trompe, et de ce que coûte chaque erreur. Dans cette leçon, vous allez :
#
# 1. entraîner en direct un modèle qui signale les tumeurs du sein peut-être malignes,
# 2. ranger ses réponses dans quatre cases, et mesurer sa **précision** et son **rappel**,
# 3. déplacer son **seuil** et voir un type d'erreur s'échanger contre l'autre,
# 4. donner un prix à chaque type d'erreur, pour votre métier, et trouver le seuil qui coûte le moins,
# 5. comprendre pourquoi « exact à 99 % » peut vouloir dire « inutile » quand ce que l'on cherche est rare.
#
# Nul besoin de savoir programmer. Comptez environ {{duration.lesson}} minutes (et {{duration.exercise}} pour son
# exercice). Les mots du cours sont dans le [glossaire](../../apps/fr/00-glossary.ipynb).

# %% [markdown] lang="en" only="notebook"
# **How to use this notebook.** Click in a grey *code cell* and press **Shift + Enter** to run it; its result
# appears below it. Run the cells in order, from top to bottom. You cannot break anything: if something looks
# wrong, use *Kernel ▸ Restart Kernel and Run All Cells*.

# %% [markdown] lang="fr" only="notebook"
# **Mode d'emploi.** Cliquez dans une case grise (une *cellule de code*) et appuyez sur **Maj + Entrée** pour
# l'exécuter ; son résultat s'affiche en dessous. Exécutez les cellules dans l'ordre, de haut en bas. Vous ne pouvez
# rien casser : si quelque chose ne va pas, utilisez *Noyau ▸ Redémarrer le noyau et exécuter toutes les cellules…*
# (*Kernel ▸ Restart Kernel and Run All Cells* si les menus sont en anglais). Les curseurs et le code écrivent les
# nombres à l'anglaise, avec un point : 0.5 pour 0,5.

# %% [markdown] lang="en" only="page"
# **How to use this page.** There is nothing to install, type or run: the page computed everything when it
# opened, and the tables, charts and scores below are live. Under some charts are controls (sliders, tick boxes,
# buttons): move a slider or press a button, and what is right next to it changes within a second or two. Read from
# top to bottom. You cannot break anything: to start again, reload the page. With the keyboard, the Tab key moves
# from one control to the next and the arrow keys move a slider.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Rien à installer, à taper ni à exécuter : la page a tout calculé à son ouverture, et les
# tableaux, graphiques et scores ci-dessous sont vivants. Sous certains graphiques se trouvent des commandes (curseurs,
# cases à cocher, boutons) : déplacez un curseur ou appuyez sur un bouton, et ce qui se trouve juste à côté change en
# une ou deux secondes. Lisez de haut en bas. Vous ne pouvez rien casser : pour tout reprendre, rechargez la page.
# Au clavier, la touche Tab passe d'une commande à la suivante et les flèches déplacent un curseur.

# %% [markdown] lang="en" only="notebook"
# The first cell sets the language of the charts and messages; the second loads the course's tools and the tumours
# of section 2.

# %% [markdown] lang="fr" only="notebook"
# La première cellule choisit la langue des graphiques et des messages ; la seconde charge les outils du cours et
# les tumeurs de la partie 2.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire import decimal, percent
from caire.modules.errors_and_costs.data import load_cases
from caire.modules.errors_and_costs.model import (always_no, cheapest_threshold, expected_precision, outcomes,
                                                  rule_of_thumb_threshold, train_model)
from caire.modules.errors_and_costs.figures import plot_confusion, plot_cost_curve, plot_scores
from caire.modules.errors_and_costs.widgets import (cases_table, cost_explorer, describe, screening_explorer,
                                                    threshold_explorer)

tumours = load_cases("health")

# %% [markdown] lang="en"
# ## 1. Two ways to be wrong
#
# Many models answer a yes/no question: "is this tumour malignant?", "is this payment a fraud?", "will this pump
# break down this week?". Such a model can be wrong in two ways, and they are not the same mistake:
#
# - a **false alarm**: it says "yes" when the answer is "no". Its technical name is a **false positive**;
# - a **miss**: it says "no" when the answer is "yes". Its technical name is a **false negative**.
#
# Careful with the word **positive**: it means "the case the model is looking for" (malignant, fraud, fault), not
# "good news". A positive test result is often bad news.
#
# | work | the question | a false alarm (false positive) | a miss (false negative) |
# |---|---|---|---|
# | health | is this tumour malignant? | a benign tumour sent for biopsy: a needle, days of worry, a cost | a cancer not treated in time |
# | banking | is this card payment a fraud? | an honest customer's card refused at the till | money stolen; the bank usually refunds it |
# | maintenance | will this pump break down this week? | a pump stopped and inspected for nothing: lost production | a breakdown: repairs, downtime, perhaps a safety risk |
# | public service | should this benefit claim be checked for fraud? | an honest family investigated, its payments suspended | an undue payment goes unnoticed |
#
# The two other boxes are the right answers: a **true positive** (a malignant tumour flagged) and a
# **true negative** (a benign tumour left alone).

# %% [markdown] lang="fr"
# ## 1. Deux façons de se tromper
#
# Beaucoup de modèles répondent à une question par oui ou par non : « cette tumeur est-elle maligne ? », « ce paiement
# est-il une fraude ? », « cette pompe va-t-elle tomber en panne cette semaine ? ». Un tel modèle peut se tromper de
# deux façons, et ce n'est pas la même erreur :
#
# - une **fausse alerte** : il dit « oui » alors que la réponse est « non ». Son nom technique est **faux positif** ;
# - un **raté** : il dit « non » alors que la réponse est « oui ». Son nom technique est **faux négatif**.
#
# Attention au mot **positif** : il désigne « le cas que le modèle recherche » (maligne, fraude, panne), pas une bonne
# nouvelle. Un résultat de test positif est souvent une mauvaise nouvelle.
#
# | métier | la question | une fausse alerte (faux positif) | un raté (faux négatif) |
# |---|---|---|---|
# | santé | cette tumeur est-elle maligne ? | une tumeur bénigne envoyée en biopsie : une aiguille, des jours d'inquiétude, un coût | un cancer qui n'est pas soigné à temps |
# | banque | ce paiement par carte est-il une fraude ? | la carte d'un client honnête refusée en caisse | de l'argent volé, que la banque rembourse en général |
# | maintenance | cette pompe va-t-elle tomber en panne cette semaine ? | une pompe arrêtée et inspectée pour rien : de la production perdue | une panne : des réparations, un arrêt, peut-être un risque pour la sécurité |
# | service public | ce dossier d'allocation doit-il être contrôlé ? | une famille honnête soupçonnée, ses versements suspendus | un versement indu passe inaperçu |
#
# Les deux autres cases sont les bonnes réponses : un **vrai positif** (une tumeur maligne signalée) et un
# **vrai négatif** (une tumeur bénigne laissée tranquille).

# %% [markdown] lang="en"
# ## 2. The data: 569 breast tumours
#
# In the early 1990s, at the University of Wisconsin, doctors took a few cells from 569 breast lumps with a fine
# needle, photographed them under a microscope, and a computer measured the cells' nuclei: their size, their shape,
# their texture, 30 measurements in all. Each tumour's diagnosis was then confirmed: **212 malignant, 357 benign**.
# These data (the "Wisconsin Diagnostic Breast Cancer" data set, Street, Wolberg and Mangasarian, 1993) come with
# the scikit-learn software: nothing is downloaded.
#
# As in module 01, the tumours are split in two: **398 to train** the model, and **171 unseen tumours** kept aside
# to measure how it does on cases it has never seen.

# %% [markdown] lang="fr"
# ## 2. Les données : 569 tumeurs du sein
#
# Au début des années 1990, à l'université du Wisconsin, des médecins ont prélevé à l'aiguille fine quelques cellules
# de 569 grosseurs du sein, les ont photographiées au microscope, et un ordinateur a mesuré les noyaux des cellules :
# leur taille, leur forme, leur texture, 30 mesures en tout. Le diagnostic de chaque tumeur a ensuite été confirmé :
# **212 malignes, 357 bénignes**. Ces données (le jeu « Wisconsin Diagnostic Breast Cancer », Street, Wolberg et
# Mangasarian, 1993) sont fournies avec le logiciel scikit-learn : rien n'est téléchargé.
#
# Comme au module 01, les tumeurs sont coupées en deux : **398 pour entraîner** le modèle, et **171 tumeurs jamais
# vues**, mises de côté pour mesurer comment il se débrouille sur des cas qu'il n'a jamais vus.

# %% only="notebook"
len(tumours.y_train), len(tumours.y_test)

# %% [markdown] lang="en"
# Here are 5 of the training tumours and 4 of their 30 measurements; the last column says whether the tumour is
# malignant (1) or benign (0).

# %% [markdown] lang="fr"
# Voici 5 des tumeurs d'entraînement et 4 de leurs 30 mesures ; la dernière colonne indique si la tumeur est maligne
# (1) ou bénigne (0). Les noms des colonnes restent en anglais : `mean radius` (rayon moyen), `mean texture`
# (texture moyenne), `mean perimeter` (périmètre moyen), `mean area` (surface moyenne).

# %%
cases_table(tumours, rows=5, columns=4)

# %% [markdown] lang="en"
# ## 3. Train a model live
#
# The model is a **logistic regression**, one of the oldest and most widely used. From the training tumours it
# learns how much each measurement should weigh; for a new tumour it adds up the weighted measurements and turns the
# total into a **score** between 0 and 1. A score near 1 means "this looks like the malignant tumours I was shown";
# near 0, "this looks like the benign ones".

# %% [markdown] lang="fr"
# Le modèle est une **régression logistique**, l'un des plus anciens et des plus utilisés. À partir des tumeurs
# d'entraînement, il apprend combien chaque mesure doit peser ; pour une nouvelle tumeur, il additionne les mesures
# ainsi pondérées et transforme le total en un **score** entre 0 et 1. Un score proche de 1 veut dire « cela ressemble
# aux tumeurs malignes que l'on m'a montrées » ; proche de 0, « cela ressemble aux bénignes ».

# %% [markdown] lang="en" only="notebook"
# The cell below trains it and prints how long that took.

# %% [markdown] lang="fr" only="notebook"
# La cellule ci-dessous l'entraîne et affiche le temps que cela a pris.

# %% [markdown] lang="en" only="page"
# The page trained it when it opened; here is how long that took:

# %% [markdown] lang="fr" only="page"
# La page l'a entraîné à son ouverture ; voici le temps que cela a pris :

# %%
model = train_model("health")
print(decimal(model.train_seconds * 1000, 1), "ms")

# %% [markdown] lang="en"
# Each bar of the chart counts the unseen tumours that got about that score: the malignant ones above, the benign
# ones below. Most malignant tumours score near 1 and most benign ones near 0, but a few sit on the wrong side.

# %% [markdown] lang="fr"
# Chaque barre du graphique compte les tumeurs jamais vues qui ont obtenu à peu près ce score : les malignes en haut,
# les bénignes en bas. La plupart des tumeurs malignes ont un score proche de 1 et la plupart des bénignes un score
# proche de 0, mais quelques-unes se trouvent du mauvais côté.

# %%
plot_scores("health", threshold=0.5);

# %% [markdown] lang="en"
# ## 4. From a score to a decision: the threshold
#
# A score is not yet a decision. To decide, we choose a **threshold**: every tumour whose score is at least the
# threshold is **flagged** (sent for a biopsy); the others are not. The dashed line above is a threshold of 0.5.
#
# The **confusion matrix** sorts the 171 unseen tumours into the four boxes of section 1: rows say what the tumour
# really is, columns what the model says. The green boxes are right answers, the orange ones are errors.

# %% [markdown] lang="fr"
# ## 4. D'un score à une décision : le seuil
#
# Un score n'est pas encore une décision. Pour décider, on choisit un **seuil** : toute tumeur dont le score atteint
# le seuil est **signalée** (envoyée en biopsie) ; les autres ne le sont pas. La ligne en pointillés ci-dessus est un
# seuil de 0,5.
#
# La **matrice de confusion** range les 171 tumeurs jamais vues dans les quatre cases de la partie 1 : les lignes disent
# ce qu'est réellement la tumeur, les colonnes ce que dit le modèle. Les cases vertes sont les bonnes réponses,
# les orange sont les erreurs.

# %%
plot_confusion("health", 0.5);

# %% [markdown] lang="en"
# Three shares sum the matrix up. Each answers a different question:
#
# - **Accuracy**: of all the tumours, what share does the model get right? (the two green boxes ÷ all)
# - **Precision**: when the model raises the alarm, how often is it right? (tumours found ÷ tumours flagged)
# - **Recall**: of the malignant tumours, what share does the model find? (tumours found ÷ malignant tumours).
#   In medicine this is called the test's **sensitivity**, and precision its **positive predictive value**.

# %% [markdown] lang="fr"
# Trois parts résument la matrice. Chacune répond à une question différente :
#
# - **Exactitude** (en anglais *accuracy*) : sur toutes les tumeurs, quelle part le modèle classe-t-il bien ?
#   (les deux cases vertes ÷ le total)
# - **Précision** : quand le modèle donne l'alerte, combien de fois a-t-il raison ? (tumeurs trouvées ÷ tumeurs signalées)
# - **Rappel** (en anglais *recall*) : sur les tumeurs malignes, quelle part le modèle trouve-t-il ?
#   (tumeurs trouvées ÷ tumeurs malignes). En médecine, on parle de **sensibilité** du test, et la précision s'appelle
#   la **valeur prédictive positive**.

# %%
print(describe(outcomes("health", 0.5)))

# %% [markdown] lang="en"
# ## 5. Move the threshold
#
# Nothing forces the threshold to be 0.5. Move the slider: the dashed line moves on the scores, the boxes of the
# matrix are counted again, and so are the three shares.
#
# - Lower the threshold: what happens to the **missed** tumours? And to the **false alarms**?
# - Raise it: which of the two shares, precision or recall, goes up, and which goes down?
# - Is there a threshold with no error of either kind?

# %% [markdown] lang="fr"
# ## 5. Déplacer le seuil
#
# Rien n'oblige le seuil à valoir 0,5. Déplacez le curseur : la ligne en pointillés se déplace sur les scores, les
# cases de la matrice sont recomptées, et les trois parts aussi.
#
# - Baissez le seuil : que deviennent les tumeurs **manquées** ? Et les **fausses alertes** ?
# - Montez-le : laquelle des deux parts, précision ou rappel, augmente, et laquelle diminue ?
# - Existe-t-il un seuil sans aucune erreur, d'un type ou de l'autre ?

# %%
threshold_explorer("health")

# %% [markdown] lang="en"
# <details><summary>What you should have seen</summary>
#
# A lower threshold flags more tumours: fewer are missed (recall goes up), but more benign tumours are sent for a
# biopsy (precision goes down). A higher threshold does the opposite. Here no threshold avoids every error: a few
# malignant tumours score lower than some benign ones. **Choosing a threshold means choosing which error you would
# rather make.** Which one depends on what each costs, and that is not a question the data can answer.
#
# </details>

# %% [markdown] lang="fr"
# <details><summary>Ce que vous auriez dû voir</summary>
#
# Un seuil plus bas signale plus de tumeurs : on en manque moins (le rappel monte), mais on envoie plus de tumeurs
# bénignes en biopsie (la précision baisse). Un seuil plus haut fait l'inverse. Ici, aucun seuil n'évite toutes les
# erreurs : quelques tumeurs malignes ont un score plus bas que certaines bénignes. **Choisir un seuil, c'est choisir
# l'erreur que l'on préfère faire.** Laquelle dépend de ce que coûte chacune, et les données ne peuvent pas répondre
# à cette question.
#
# </details>

# %% [markdown] lang="en"
# ## 6. What does each error cost?
#
# Give each kind of error a cost. Then the **total cost** of a threshold is:
#
# > number of misses × cost of a miss + number of false alarms × cost of a false alarm
#
# and the best threshold is the one with the lowest total cost. The cost explorer below does this sum for every
# threshold from 0 to 1 and draws the result. Choose a profession, type the two costs, and move the threshold.
#
# Besides the tumours, it has two other professions. Their data are **generated** by the course (made up, with a
# fixed seed), because real fraud and breakdown records are confidential:
#
# - **Banking**: 20,000 card payments, 1% of them frauds. Frauds tend to be larger, further from the customer's home,
#   at night, at a shop the customer never used. Half the payments train a model, the other 10,000 are unseen.
# - **Maintenance**: 4,000 weekly sensor readings from pumps (vibration, temperature, hours since the last service);
#   5% of them were followed by a breakdown that week. Half train a model, the other 2,000 are unseen.
#
# In each profession a logistic regression is trained the same way as for the tumours, in a few milliseconds.

# %% [markdown] lang="fr"
# ## 6. Que coûte chaque erreur ?
#
# Donnez un coût à chaque type d'erreur. Le **coût total** d'un seuil est alors :
#
# > nombre de ratés × coût d'un raté + nombre de fausses alertes × coût d'une fausse alerte
#
# et le meilleur seuil est celui dont le coût total est le plus bas. L'explorateur de coûts ci-dessous fait ce calcul
# pour chaque seuil de 0 à 1 et en trace le résultat. Choisissez un métier, tapez les deux coûts, et déplacez le seuil.
#
# En plus des tumeurs, il propose deux autres métiers. Leurs données sont **générées** par le cours (inventées, avec
# une graine fixe), car les vrais relevés de fraudes ou de pannes sont confidentiels :
#
# - **Banque** : 20 000 paiements par carte, dont 1 % de fraudes. Les fraudes sont plutôt plus grosses, plus loin du
#   domicile du client, la nuit, chez un commerçant où le client n'était jamais allé. La moitié des paiements sert à
#   entraîner un modèle ; les 10 000 autres sont mis de côté, jamais vus par lui.
# - **Maintenance** : 4 000 relevés hebdomadaires de capteurs sur des pompes (vibrations, température, heures depuis
#   la dernière révision) ; 5 % ont été suivis d'une panne dans la semaine. La moitié sert à entraîner un modèle ;
#   les 2 000 autres sont mis de côté, jamais vus par lui.
#
# Pour chaque métier, une régression logistique est entraînée comme pour les tumeurs, en quelques millisecondes.

# %%
cost_explorer("health")

# %% [markdown] lang="en"
# **Try this.**
#
# 1. Health: a missed tumour costs 30 points, a false alarm 1 point. Then try 100 and 1, then 5 and 1. How does the
#    cheapest threshold move? (A cheapest threshold of 0 means: send every tumour for a biopsy.)
# 2. Banking: try a missed fraud at 150 euros and a blocked customer at 10 euros. Is the cheapest threshold near 0.5?
# 3. Maintenance: a breakdown at 20,000 euros, an unneeded stop at 1,000 euros. Then make the stop cost 10,000.
#
# In health, the costs here are **points**, not money: how many false alarms is one missed cancer worth? That is a
# value judgement for patients, doctors and society, not a fact found in the data. But leaving the threshold at 0.5
# is a judgement too, as what follows shows.

# %% [markdown] lang="fr"
# **Essayez.**
#
# 1. Santé : une tumeur manquée coûte 30 points, une fausse alerte 1 point. Essayez ensuite 100 et 1, puis 5 et 1.
#    Comment se déplace le seuil le moins coûteux ? (Un seuil le moins coûteux de 0 veut dire : envoyer toutes les
#    tumeurs en biopsie.)
# 2. Banque : essayez une fraude manquée à 150 euros et un client bloqué à 10 euros. Le seuil le moins coûteux est-il
#    proche de 0,5 ?
# 3. Maintenance : une panne à 20 000 euros, un arrêt inutile à 1 000 euros. Puis faites coûter l'arrêt 10 000.
#
# En santé, les coûts sont ici des **points**, pas de l'argent : combien de fausses alertes vaut une tumeur manquée ?
# C'est un jugement de valeur, qui revient aux patientes, aux médecins et à la société, pas un fait que l'on trouve
# dans les données. Mais laisser le seuil à 0,5 est aussi un jugement, comme le montre la suite.

# %% [markdown] lang="en"
# ### A rule of thumb
#
# If the scores behave like true probabilities, it pays to flag a case when *chance it is positive × cost of a miss*
# is at least *chance it is not × cost of a false alarm*. That gives a threshold of
#
# > cost of a false alarm ÷ (cost of a false alarm + cost of a miss)
#
# (Elkan, 2001). With equal costs it is 0.5: **the usual threshold of 0.5 quietly assumes that a miss and a false
# alarm cost the same.**

# %% [markdown] lang="fr"
# ### Une règle empirique
#
# Si les scores se comportent comme de vraies probabilités, il vaut la peine de signaler un cas quand *probabilité
# qu'il soit positif × coût d'un raté* atteint *probabilité qu'il ne le soit pas × coût d'une fausse alerte*. Cela
# donne un seuil de
#
# > coût d'une fausse alerte ÷ (coût d'une fausse alerte + coût d'un raté)
#
# (Elkan, 2001). À coûts égaux, il vaut 0,5 : **le seuil habituel de 0,5 suppose en silence qu'un raté et une fausse
# alerte coûtent autant.**

# %% [markdown] lang="en" only="notebook"
# The cell compares the rule of thumb with the cheapest threshold found by trying them all.

# %% [markdown] lang="fr" only="notebook"
# La cellule compare la règle empirique au seuil le moins coûteux trouvé en les essayant tous.

# %% [markdown] lang="en" only="page"
# Below is the cost explorer again, set to maintenance: a breakdown at 20,000 euros, an unneeded stop at 1,000 euros.
# Under the chart's total cost, it compares the rule of thumb with the cheapest threshold found by trying them all.

# %% [markdown] lang="fr" only="page"
# Voici à nouveau l'explorateur de coûts, réglé sur la maintenance : une panne à 20 000 euros, un arrêt inutile
# à 1 000 euros. Sous le coût total, il compare la règle empirique au seuil le moins coûteux trouvé en les essayant
# tous.

# %% only="page"
cost_explorer("maintenance")

# %% only="notebook"
cost_missed, cost_false_alarm = 20000, 1000
print(decimal(rule_of_thumb_threshold(cost_missed, cost_false_alarm), 2))
print(decimal(cheapest_threshold("maintenance", cost_missed, cost_false_alarm), 2))
plot_cost_curve("maintenance", cost_missed, cost_false_alarm, threshold=0.5);

# %% [markdown] lang="en"
# The two are close, not equal: the scores are only roughly probabilities, and 2,000 readings are not many. Note
# also how **flat** the curve is near its bottom: a rough idea of the costs is already enough to pick a much better
# threshold than 0.5.

# %% [markdown] lang="fr"
# Les deux sont proches, sans être égaux : les scores ne sont qu'à peu près des probabilités, et 2 000 relevés, ce
# n'est pas beaucoup. Remarquez aussi combien la courbe est **plate** près de son creux : une idée approximative des
# coûts suffit déjà pour choisir un bien meilleur seuil que 0,5.

# %% [markdown] lang="en" only="notebook"
# Change the two costs in the cell and run it again.

# %% [markdown] lang="fr" only="notebook"
# Changez les deux coûts dans la cellule et relancez-la (écrivez les nombres sans espace ni virgule : `20000`).

# %% [markdown] lang="en" only="page"
# Change the two costs in the explorer: type a number in each box, and the chart and both thresholds follow.

# %% [markdown] lang="fr" only="page"
# Changez les deux coûts dans l'explorateur : tapez un nombre dans chaque case, et le graphique comme les deux seuils
# suivent.

# %% [markdown] lang="en"
# ## 7. Rare events: when 99% accuracy means nothing
#
# Back to the bank: of its 10,000 unseen payments, 100 are frauds (1%). Now take a "model" that needs no training
# at all: it always answers "no fraud". Here is its confusion matrix.

# %% [markdown] lang="fr"
# ## 7. Les événements rares : quand 99 % d'exactitude ne veut rien dire
#
# Retour à la banque : sur ses 10 000 paiements jamais vus, 100 sont des fraudes (1 %). Prenons maintenant un
# « modèle » qui n'a besoin d'aucun entraînement : il répond toujours « pas de fraude ». Voici sa matrice de confusion.

# %%
lazy = always_no("banking")
plot_confusion("banking", found=lazy);

# %%
print(describe(lazy, "banking"))

# %% [markdown] lang="en"
# **99% accurate, and it stops no fraud at all.** When what you look for is rare, accuracy mostly counts the easy
# "no" cases. The trained fraud model, at threshold 0.5, is barely more accurate, yet very different: look at its
# recall.

# %% [markdown] lang="fr"
# **Exact à 99 %, et il n'arrête aucune fraude.** Quand ce que l'on cherche est rare, l'exactitude compte surtout les
# cas faciles, ceux où la réponse est « non ». Le modèle de fraude entraîné, au seuil 0,5, est à peine plus exact, et
# pourtant très différent : regardez son rappel.

# %%
print(describe(outcomes("banking", 0.5), "banking"))

# %% [markdown] lang="en"
# Real fraud is rarer still. In a public set of 284,807 card payments made by European cardholders over two days
# in September 2013, 492 were frauds: 0.17% (Dal Pozzolo et al., 2015). There, a model that always says "no fraud"
# is 99.83% accurate. So when someone reports an accuracy, always ask: **what share of the cases were positive to
# begin with?** That share is called the **base rate**.

# %% [markdown] lang="fr"
# Les vraies fraudes sont encore plus rares. Dans un jeu public de 284 807 paiements par carte faits par des titulaires
# européens sur deux jours de septembre 2013, 492 étaient des fraudes : 0,17 % (Dal Pozzolo et al., 2015). Là, un modèle
# qui dit toujours « pas de fraude » est exact à 99,83 %. Quand on vous annonce une exactitude, demandez donc toujours :
# **quelle part des cas étaient positifs au départ ?** Cette part s'appelle le **taux de base**.

# %% [markdown] lang="en"
# ### The base rate also drives precision: the screening puzzle
#
# A puzzle Gerd Gigerenzer put to 160 gynaecologists: in a screening programme, 1% of the women have breast cancer.
# The test finds 90% of the cancers (its recall), and flags 9% of the healthy women (false alarms). A woman's test
# is positive: how likely is it that she has cancer? Only about one in five of the doctors chose the right answer
# (Gigerenzer et al., 2007).
#
# Think of 1,000 women: 10 have cancer, and the test finds 9 of them. Of the 990 healthy women it also flags about
# 89. So of the 98 positive tests, only 9 are cancers: **about 1 in 10**. The explorer does the same count for
# 10,000 people; move the three sliders.

# %% [markdown] lang="fr"
# ### Le taux de base commande aussi la précision : l'énigme du dépistage
#
# Une énigme que Gerd Gigerenzer a posée à 160 gynécologues : dans un programme de dépistage, 1 % des femmes ont un
# cancer du sein. Le test trouve 90 % des cancers (son rappel) et signale 9 % des femmes en bonne santé (fausses
# alertes). Le test d'une femme est positif : quelle est la probabilité qu'elle ait un cancer ? Seul un médecin sur cinq
# environ a choisi la bonne réponse (Gigerenzer et al., 2007).
#
# Pensez à 1 000 femmes : 10 ont un cancer, et le test en trouve 9. Sur les 990 femmes en bonne santé, il en signale
# aussi environ 89. Donc, sur les 98 tests positifs, seuls 9 sont des cancers : **environ 1 sur 10**. L'explorateur fait
# le même compte pour 10 000 personnes ; déplacez les trois curseurs.

# %%
screening_explorer()

# %% [markdown] lang="en"
# The same is true of our tumour model. On our data, 37% of the tumours are malignant (212 of 569): far more than
# among the women a screening programme tests.

# %% [markdown] lang="fr"
# C'est vrai aussi de notre modèle de tumeurs. Dans nos données, 37 % des tumeurs sont malignes (212 sur 569) : bien
# plus que parmi les femmes qu'un programme de dépistage examine.

# %% [markdown] lang="en" only="notebook"
# The cell takes the model's recall and false-alarm rate at threshold 0.5, measured on the unseen tumours, and works
# out its precision if only 1% of the tumours tested were malignant.

# %% [markdown] lang="fr" only="notebook"
# La cellule prend le rappel et le taux de fausses alertes du modèle au seuil 0,5, mesurés sur les tumeurs jamais
# vues, et calcule sa précision si 1 % seulement des tumeurs testées étaient malignes.

# %% [markdown] lang="en" only="page"
# Below, the page took the model's recall and false-alarm rate at threshold 0.5, measured on the unseen tumours: the
# first line is its precision on our data, the second its precision if only 1% of the tumours tested were malignant.

# %% [markdown] lang="fr" only="page"
# Ci-dessous, la page a pris le rappel et le taux de fausses alertes du modèle au seuil 0,5, mesurés sur les tumeurs
# jamais vues : la première ligne est sa précision sur nos données, la seconde sa précision si 1 % seulement des
# tumeurs testées étaient malignes.

# %%
found = outcomes("health", 0.5)
print(percent(found.precision))
print(percent(expected_precision(0.01, found.recall, found.false_alarm_rate)))

# %% [markdown] lang="en"
# Same model, same threshold: about 97% precision on our data, about 34% (one in three) where malignant tumours are
# rare. Recall and the false-alarm rate travel with a test; **precision depends on who is tested**.

# %% [markdown] lang="fr"
# Même modèle, même seuil : environ 97 % de précision sur nos données, environ 34 % (une sur trois) là où les tumeurs
# malignes sont rares. Le rappel et le taux de fausses alertes voyagent avec le test ; **la précision dépend de qui
# est testé**.

# %% [markdown] lang="en"
# ## 8. Why it matters at work
#
# - **Health.** Screening tests, triage tools and image-reading software all have a threshold. Ask for their
#   sensitivity (recall) *and* their false-alarm rate, and on which patients they were measured: a test checked in a
#   hospital, where disease is common, raises far more false alarms in a general population.
# - **Business.** "Our fraud detector is 99% accurate" says little if fraud is 1% of payments. Ask what share of
#   frauds it stops, how many honest customers it blocks for each fraud stopped, and who set the threshold, with which
#   costs in mind.
# - **Engineering.** In predictive maintenance or quality control, too many false alarms have a hidden cost: people
#   stop paying attention. Hospitals know this as *alarm fatigue*; the US Joint Commission warned about it in 2013.
#   A threshold is only useful if people still act on its alarms.
# - **Public service.** In the Netherlands, the tax authority used a risk-scoring algorithm to pick childcare-benefit
#   claims to check for fraud. Tens of thousands of families were wrongly treated as fraudsters and ordered to repay
#   large sums; a parliamentary inquiry called it "unprecedented injustice" (2020), and the government resigned in
#   January 2021. Amnesty International showed that nationality was used as a risk factor. A false positive there was
#   a family pushed into debt. **The people who bear the cost of an error are often not the ones who choose the
#   threshold.**
#
# The European AI Act asks that the levels of accuracy of a high-risk AI system, and the metrics used to measure
# them, be declared in its instructions for use (Article 15(3)). This applies from {{law.date.annex_iii}} to the
# high-risk uses listed in its Annex III (hiring, credit, public benefits...) and from {{law.date.annex_i}} to AI in
# products such as medical devices or machines (state of the law on {{law.as_of}}). Now you know which questions to
# ask about those figures.

# %% [markdown] lang="fr"
# ## 8. Pourquoi c'est important au travail
#
# - **Santé.** Les tests de dépistage, les outils de tri et les logiciels de lecture d'images ont tous un seuil.
#   Demandez leur sensibilité (rappel) *et* leur taux de fausses alertes, et sur quels patients ils ont été mesurés : un
#   test vérifié à l'hôpital, où la maladie est fréquente, donne bien plus de fausses alertes dans la population générale.
# - **Entreprise.** « Notre détecteur de fraude est exact à 99 % » ne dit pas grand-chose si la fraude représente 1 %
#   des paiements. Demandez quelle part des fraudes il arrête, combien de clients honnêtes il bloque pour chaque fraude
#   arrêtée, et qui a fixé le seuil, avec quels coûts en tête.
# - **Ingénierie.** En maintenance prédictive ou en contrôle qualité, trop de fausses alertes ont un coût caché : les
#   gens cessent d'y prêter attention. Les hôpitaux appellent cela la *fatigue des alarmes* ; la Joint Commission
#   américaine a alerté à son sujet en 2013. Un seuil n'est utile que si l'on continue à réagir à ses alertes.
# - **Service public.** Aux Pays-Bas, l'administration fiscale a utilisé un algorithme de notation du risque pour choisir
#   les dossiers d'allocations de garde d'enfants à contrôler. Des dizaines de milliers de familles ont été traitées à
#   tort comme des fraudeurs et sommées de rembourser de grosses sommes ; une commission d'enquête parlementaire a parlé
#   d'« injustice sans précédent » (2020), et le gouvernement a démissionné en janvier 2021. Amnesty International a
#   montré que la nationalité servait de facteur de risque. Un faux positif, là, c'était une famille plongée dans les
#   dettes. **Ceux qui paient le coût d'une erreur ne sont souvent pas ceux qui choisissent le seuil.**
#
# Le règlement européen sur l'IA demande que les niveaux d'exactitude d'un système d'IA à haut risque, et les
# indicateurs utilisés pour les mesurer, soient déclarés dans sa notice d'utilisation (article 15, paragraphe 3).
# Cela s'applique à partir du {{law.date.annex_iii}} aux usages à haut risque de son annexe III (recrutement, crédit,
# prestations sociales...) et à partir du {{law.date.annex_i}} à l'IA intégrée à des produits comme les dispositifs
# médicaux ou les machines (état du droit au {{law.as_of}}). Vous savez maintenant quelles questions poser sur ces
# chiffres.

# %% [markdown] lang="en"
# **Four questions to ask about any yes/no model**
#
# 1. Of the cases we are looking for, what share does it find (recall)?
# 2. When it raises the alarm, how often is it right (precision), on cases with the same base rate as ours?
# 3. What threshold does it use, who chose it, and what did they assume each error costs?
# 4. On which data was all this measured: cases it had never seen, and like ours?

# %% [markdown] lang="fr"
# **Quatre questions à poser sur tout modèle qui répond par oui ou par non**
#
# 1. Sur les cas que l'on recherche, quelle part trouve-t-il (rappel) ?
# 2. Quand il donne l'alerte, combien de fois a-t-il raison (précision), sur des cas au même taux de base que les nôtres ?
# 3. Quel seuil utilise-t-il, qui l'a choisi, et que supposait-on de ce que coûte chaque erreur ?
# 4. Sur quelles données tout cela a-t-il été mesuré : des cas jamais vus, et qui ressemblent aux nôtres ?

# %% [markdown] lang="en"
# ## 9. Limits of what we did
#
# - **We chose thresholds on the same unseen cases we measured them on.** That flatters the result a little. In a
#   real project, choose the threshold on one set of cases and check it on another, kept aside until the end.
# - **Small numbers.** There are only 64 malignant tumours among the unseen ones: one miss more or less moves the
#   recall by about 1.6 points.
# - **Costs are estimates**, and in health they are value judgements. They also change: a blocked card costs more the
#   day before a holiday.
# - **Generated data are tidier than real ones.** Real fraudsters change tactics when they are caught; real pumps age.
# - **Base rates change.** A model tuned when fraud was 1% of payments raises a different share of false alarms when
#   it falls to 0.1%.
# - **Scores are not certainties.** A score of 0.9 is not "90% sure" unless someone has checked that, of the cases
#   scored about 0.9, about 9 in 10 really are positive.

# %% [markdown] lang="fr"
# ## 9. Les limites de ce que nous avons fait
#
# - **Nous avons choisi les seuils sur les mêmes cas jamais vus qui servent à les mesurer.** Cela flatte un peu le
#   résultat. Dans un vrai projet, on choisit le seuil sur un ensemble de cas et on le vérifie sur un autre, mis de côté
#   jusqu'à la fin.
# - **Petits nombres.** Il n'y a que 64 tumeurs malignes parmi les tumeurs jamais vues : un raté de plus ou de moins
#   fait bouger le rappel d'environ 1,6 point.
# - **Les coûts sont des estimations**, et en santé ce sont des jugements de valeur. Ils changent aussi : une carte
#   bloquée coûte plus cher la veille des vacances.
# - **Les données générées sont plus sages que les vraies.** Les vrais fraudeurs changent de méthode quand ils sont
#   pris ; les vraies pompes vieillissent.
# - **Les taux de base changent.** Un modèle réglé quand la fraude représentait 1 % des paiements donne une autre part
#   de fausses alertes quand elle tombe à 0,1 %.
# - **Un score n'est pas une certitude.** Un score de 0,9 ne veut dire « sûr à 90 % » que si quelqu'un a vérifié que,
#   parmi les cas notés environ 0,9, à peu près 9 sur 10 sont réellement positifs.

# %% [markdown] lang="en"
# ## Recap
#
# - A yes/no model makes two kinds of error: **false alarms** (false positives) and **misses** (false negatives).
#   The **confusion matrix** counts both, next to the right answers.
# - **Precision**: when it raises the alarm, how often it is right. **Recall**: of the cases sought, the share it finds.
#   **Accuracy** mixes everything, and hides the rare cases.
# - A model gives a **score**; a **threshold** turns it into a decision. Lowering it trades false alarms for fewer
#   misses. No threshold is right in itself.
# - Put a cost on each error and pick the threshold with the **lowest total cost**. The default of 0.5 assumes both
#   errors cost the same.
# - With rare events, "99% accurate" can describe a model that finds nothing, and even a good test mostly raises
#   false alarms: always ask for the **base rate**.
#
# Next: assignment 03 lets you practise all this, and checks your answers.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un modèle qui répond par oui ou par non fait deux types d'erreurs : des **fausses alertes** (faux positifs) et des
#   **ratés** (faux négatifs). La **matrice de confusion** compte les deux, à côté des bonnes réponses.
# - **Précision** : quand il donne l'alerte, combien de fois il a raison. **Rappel** : sur les cas recherchés, la part
#   qu'il trouve. L'**exactitude** mélange tout, et cache les cas rares.
# - Un modèle donne un **score** ; un **seuil** le transforme en décision. Le baisser échange des fausses alertes contre
#   moins de ratés. Aucun seuil n'est juste en soi.
# - Donnez un coût à chaque erreur et choisissez le seuil au **coût total le plus bas**. Le seuil par défaut de 0,5
#   suppose que les deux erreurs coûtent autant.
# - Avec des événements rares, « exact à 99 % » peut décrire un modèle qui ne trouve rien, et même un bon test donne
#   surtout de fausses alertes : demandez toujours le **taux de base**.
#
# Et ensuite : l'exercice 03 vous permet de vous exercer sur tout cela, et corrige vos réponses.

# %% [markdown] lang="en"
# ## Sources
#
# - W. N. Street, W. H. Wolberg, O. L. Mangasarian (1993), "Nuclear feature extraction for breast tumor diagnosis",
#   *IS&T/SPIE International Symposium on Electronic Imaging: Science and Technology*, Proceedings of SPIE 1905,
#   861–870; published as the "Breast Cancer Wisconsin (Diagnostic)" data set of the UCI Machine Learning
#   Repository: <https://doi.org/10.1117/12.148698>,
#   <https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic>
# - scikit-learn developers (n.d.), *sklearn.datasets.load_breast_cancer*, scikit-learn documentation:
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_breast_cancer.html>
# - scikit-learn developers (n.d.), "Logistic regression", scikit-learn user guide (to keep this notebook light, the
#   course computes it with numpy alone; it gives the same scores as scikit-learn's):
#   <https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression>
# - scikit-learn developers (n.d.), "Metrics and scoring" (precision, recall and the confusion matrix), scikit-learn
#   user guide: <https://scikit-learn.org/stable/modules/model_evaluation.html>
# - scikit-learn developers (n.d.), "Tuning the decision threshold for class prediction" (choosing a threshold on
#   separate data), scikit-learn user guide: <https://scikit-learn.org/stable/modules/classification_threshold.html>
# - C. Elkan (2001), "The foundations of cost-sensitive learning", *Proceedings of the 17th International Joint
#   Conference on Artificial Intelligence (IJCAI)*, 973–978 (the threshold rule of thumb; the author's copy):
#   <https://cseweb.ucsd.edu/~elkan/rescale.pdf>
# - G. Gigerenzer, W. Gaissmaier, E. Kurz-Milcke, L. M. Schwartz, S. Woloshin (2007), "Helping doctors and patients
#   make sense of health statistics", *Psychological Science in the Public Interest* 8(2), 53–96 (the screening
#   puzzle and the 160 gynaecologists): <https://doi.org/10.1111/j.1539-6053.2008.00033.x>
# - A. Dal Pozzolo, O. Caelen, R. A. Johnson, G. Bontempi (2015), "Calibrating probability with undersampling for
#   unbalanced classification", *IEEE Symposium Series on Computational Intelligence*, 159–166, and its data set
#   (492 frauds in 284,807 payments): <https://doi.org/10.1109/SSCI.2015.33>,
#   <https://www.kaggle.com/datasets/mlg-ulb/creditcardfraud>
# - The Joint Commission (2013), *Sentinel Event Alert* 50, "Medical device alarm safety in hospitals":
#   <https://www.jointcommission.org/resources/sentinel-event/sentinel-event-alert-newsletters/sentinel-event-alert-issue-50-medical-device-alarm-safety-in-hospitals/>
# - Amnesty International (2021), *Xenophobic machines: discrimination through unregulated use of algorithms in the
#   Dutch childcare benefits scandal*:
#   <https://amnesty.nl/actueel/xenophobic-machines-discrimination-through-unregulated-use-of-algorithms-in-the-dutch-childcare-benefits-scandal>
# - Parlement.com (n.d.), "Parlementaire ondervraging kinderopvangtoeslag", Montesquieu Institute (the Dutch
#   parliamentary inquiry committee's report *Ongekend onrecht*, "Unprecedented injustice", of 17 December 2020, and
#   the government's resignation on 15 January 2021):
#   <https://www.parlement.com/id/vla6g4unpswa/parlementaire_ondervraging>
# - European Parliament and Council of the EU (2024), *Regulation (EU) 2024/1689 laying down harmonised rules on
#   artificial intelligence (Artificial Intelligence Act)*, Official Journal of the EU, Article 15:
#   <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - European Parliament and Council of the EU (2026), *Regulation (EU) 2026/1744 amending Regulation (EU)
#   2024/1689 (Digital Omnibus on AI)*, Official Journal of the EU (the new dates for Annex III and Annex I, as two
#   published readings of the text report them): <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>

# %% [markdown] lang="fr"
# ## Sources
#
# - W. N. Street, W. H. Wolberg, O. L. Mangasarian (1993), « Nuclear feature extraction for breast tumor diagnosis »,
#   *IS&T/SPIE International Symposium on Electronic Imaging: Science and Technology*, Proceedings of SPIE 1905,
#   861–870 ; publiées comme jeu de données « Breast Cancer Wisconsin (Diagnostic) » de l'*UCI Machine Learning Repository* :
#   <https://doi.org/10.1117/12.148698>, <https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic>
# - Développeurs de scikit-learn (n.d.), *sklearn.datasets.load_breast_cancer*, documentation de scikit-learn :
#   <https://scikit-learn.org/stable/modules/generated/sklearn.datasets.load_breast_cancer.html>
# - Développeurs de scikit-learn (n.d.), « Logistic regression » (la régression logistique), guide de scikit-learn
#   (pour alléger ce notebook, le cours la calcule avec numpy seul ; elle donne les mêmes scores que celle de
#   scikit-learn) : <https://scikit-learn.org/stable/modules/linear_model.html#logistic-regression>
# - Développeurs de scikit-learn (n.d.), « *Metrics and scoring* » (précision, rappel et matrice de confusion), guide
#   de scikit-learn : <https://scikit-learn.org/stable/modules/model_evaluation.html>
# - Développeurs de scikit-learn (n.d.), « Tuning the decision threshold for class prediction » (choisir un seuil sur
#   des données à part), guide de scikit-learn : <https://scikit-learn.org/stable/modules/classification_threshold.html>
# - C. Elkan (2001), « The foundations of cost-sensitive learning », *Proceedings of the 17th International Joint
#   Conference on Artificial Intelligence (IJCAI)*, 973–978 (la règle empirique du seuil ; copie de l'auteur) :
#   <https://cseweb.ucsd.edu/~elkan/rescale.pdf>
# - G. Gigerenzer, W. Gaissmaier, E. Kurz-Milcke, L. M. Schwartz, S. Woloshin (2007), « Helping doctors and patients
#   make sense of health statistics », *Psychological Science in the Public Interest* 8(2), 53–96 (l'énigme du
#   dépistage et les 160 gynécologues) : <https://doi.org/10.1111/j.1539-6053.2008.00033.x>
# - A. Dal Pozzolo, O. Caelen, R. A. Johnson, G. Bontempi (2015), « Calibrating probability with undersampling for
#   unbalanced classification », *IEEE Symposium Series on Computational Intelligence*, 159–166, et son jeu de données
#   (492 fraudes sur 284 807 paiements) : <https://doi.org/10.1109/SSCI.2015.33>,
#   <https://www.kaggle.com/datasets/mlg-ulb/creditcardfraud>
# - The Joint Commission (2013), *Sentinel Event Alert* 50, « Medical device alarm safety in hospitals » :
#   <https://www.jointcommission.org/resources/sentinel-event/sentinel-event-alert-newsletters/sentinel-event-alert-issue-50-medical-device-alarm-safety-in-hospitals/>
# - Amnesty International (2021), *Xenophobic machines: discrimination through unregulated use of algorithms in the
#   Dutch childcare benefits scandal* :
#   <https://amnesty.nl/actueel/xenophobic-machines-discrimination-through-unregulated-use-of-algorithms-in-the-dutch-childcare-benefits-scandal>
# - Parlement.com (n.d.), « Parlementaire ondervraging kinderopvangtoeslag », Institut Montesquieu (le rapport de la
#   commission d'enquête parlementaire néerlandaise, *Ongekend onrecht*, « Injustice sans précédent », du
#   17 décembre 2020, et la démission du gouvernement le 15 janvier 2021) :
#   <https://www.parlement.com/id/vla6g4unpswa/parlementaire_ondervraging>
# - Parlement européen et Conseil de l'UE (2024), *Règlement (UE) 2024/1689 établissant des règles harmonisées
#   concernant l'intelligence artificielle (règlement sur l'intelligence artificielle)*, Journal officiel de l'UE,
#   article 15 : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - Parlement européen et Conseil de l'UE (2026), *Règlement (UE) 2026/1744 modifiant le règlement (UE) 2024/1689
#   (omnibus numérique sur l'IA)*, Journal officiel de l'UE (les nouvelles dates des annexes III et I, telles que les
#   rapportent deux lectures publiées du texte) : <https://eur-lex.europa.eu/legal-content/EN/ALL/?uri=oj%3AL_202601744>
