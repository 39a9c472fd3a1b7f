# %% [markdown] lang="en"
# # Module 11: privacy and security of AI models
#
# A model is built from data, often data about people, and it is used by people who do not always mean well.
# In this lesson you will:
#
# 1. train live a small hospital model that learns its patients by heart,
# 2. attack it: guess, from its answers alone, who was in its training data (a *membership-inference attack*),
# 3. protect it by adding noise (the idea behind *differential privacy*), and see what that costs in accuracy,
# 4. poison it by flipping some of its training labels, at random or on purpose,
# 5. fool a digit reader with a change too small for you to notice (an *adversarial example*, seen in module 05),
# 6. see how AI assistants can be turned against their users (*prompt injection*, data leaking through what they are
#    connected to),
# 7. see why each of these matters at work, and what protects against it.
#
# You do not need to know how to program. Allow about {{duration.lesson}} minutes (and {{duration.exercise}} for its
# exercise); the words of the course are in the [glossary](../../apps/en/00-glossary.ipynb).

# %% [markdown] lang="fr"
# # Module 11 : confidentialité et sécurité des modèles d'IA
#
# Un modèle est construit à partir de données, souvent des données sur des personnes, et il est utilisé par des gens
# qui ne sont pas tous bien intentionnés. Dans cette leçon, vous allez :
#
# 1. entraîner en direct un petit modèle hospitalier qui apprend ses patients par cœur,
# 2. l'attaquer : deviner, à partir de ses seules réponses, qui figurait dans ses données d'entraînement (une
#    *attaque par inférence d'appartenance*),
# 3. le protéger en ajoutant du bruit (l'idée de la *confidentialité différentielle*), et voir ce que cela coûte en
#    exactitude,
# 4. l'empoisonner en inversant une partie de ses étiquettes d'entraînement, au hasard ou de façon ciblée,
# 5. tromper un lecteur de chiffres avec une modification trop petite pour que vous la remarquiez (un *exemple
#    antagoniste*, vu au module 05),
# 6. voir comment un assistant d'IA peut être retourné contre ses utilisateurs (*injection d'instructions*, fuite de
#    données par ce à quoi il est connecté),
# 7. voir pourquoi chacun de ces points compte au travail, et ce qui protège.
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
# **How to use this page.** Everything on it was computed when it opened: the models are already trained, the charts
# and tables already drawn. Read it from top to bottom. Where a section has controls (sliders, buttons to choose how
# the labels are flipped, a box for an image's number), the text above them says what to try, and what is shown
# below them changes as you use them. The keyboard works too: Tab moves to the next control, the arrow keys move the
# selected slider, Space presses the selected button. There is nothing to install and no code to write. You cannot
# break anything: to start again, reload the page.

# %% [markdown] lang="fr" only="page"
# **Mode d'emploi.** Tout ce que montre cette page a été calculé à son ouverture : les modèles sont déjà entraînés,
# les graphiques et les tableaux déjà tracés. Lisez-la de haut en bas. Quand une partie a des commandes (des
# curseurs, des boutons pour choisir comment les étiquettes sont inversées, une case pour le numéro d'une image), le
# texte au-dessus dit quoi essayer, et ce qui s'affiche en dessous change quand vous vous en servez. Le clavier
# fonctionne aussi : la touche Tab passe à la commande suivante, les flèches déplacent le curseur sélectionné, la
# barre d'espace appuie sur le bouton sélectionné. Rien à installer, aucun code à écrire. Vous ne pouvez rien
# casser : pour tout reprendre, rechargez la page.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.modules.privacy_and_security.figures import plot_confidences
from caire.modules.privacy_and_security.model import LESSON_DIGIT, digit_model, trained_model
from caire.modules.privacy_and_security.widgets import (adversarial_explorer, attack_explorer, describe_digit_model,
                                                        describe_model, patients_table, poisoning_explorer,
                                                        privacy_explorer)

# %% [markdown] lang="en"
# ## 1. A hospital model that learns its patients by heart
#
# A hospital wants to know which patients are likely to come back within 30 days of leaving, to call them after
# they go home. It trains a model on the records of **150 past patients**: six measurements each, and whether the
# patient was readmitted.
#
# These patients are **generated** by the course with a fixed seed: no real person is in them. The first rows:

# %% [markdown] lang="fr"
# ## 1. Un modèle hospitalier qui apprend ses patients par cœur
#
# Un hôpital veut savoir quels patients risquent de revenir dans les 30 jours après leur sortie, pour les appeler une
# fois rentrés chez eux. Il entraîne un modèle sur les dossiers de **150 anciens patients** : six mesures chacun, et
# le fait que le patient a été réhospitalisé ou non.
#
# Ces patients sont **générés** par le cours avec une graine fixe : aucune personne réelle n'y figure. Les premières
# lignes :

# %%
patients_table(5)

# %% [markdown] lang="en"
# Below, the model is trained live, in a fraction of a second. It is a flexible model with few patients to learn
# from, and nothing stops it from fitting each one exactly. Compare how often it is right on its own patients and
# on the 1,850 patients it never saw.

# %% [markdown] lang="fr"
# Ci-dessous, le modèle est entraîné en direct, en une fraction de seconde. C'est un modèle souple, avec peu de
# patients pour apprendre, et rien ne l'empêche de coller exactement à chacun. Comparez la part de bonnes réponses
# sur ses propres patients et sur les 1 850 patients qu'il n'a jamais vus.

# %%
print(describe_model(trained_model()))

# %% [markdown] lang="en"
# Right almost every time on the patients it learned from, far less often on new ones: the model has learned its
# 150 patients **by heart** (module 02 called this *overfitting*). That is bad for accuracy. This lesson shows
# that it is also bad for **privacy**.

# %% [markdown] lang="fr"
# Juste presque à chaque fois sur les patients qui lui ont servi à apprendre, bien moins souvent sur les nouveaux :
# le modèle a appris ses 150 patients **par cœur** (le module 02 appelait cela le *surapprentissage*). C'est mauvais
# pour l'exactitude. Cette leçon montre que c'est aussi mauvais pour la **confidentialité**.

# %% [markdown] lang="en"
# ## 2. The model gives away who was in its training data
#
# For every patient, the model says how likely a readmission is. Its **confidence** is the probability it gave to
# what really happened to that patient: 0.95 means "I was sure, and right".
#
# The chart compares its confidence on its 150 training patients (orange) and on 150 patients it never saw (blue).
# On its own patients it is almost always very sure; on the others it hesitates much more.

# %% [markdown] lang="fr"
# ## 2. Le modèle trahit qui figurait dans ses données d'entraînement
#
# Pour chaque patient, le modèle dit quelle est la probabilité d'une réhospitalisation. Sa **confiance** est la
# probabilité qu'il a donnée à ce qui est vraiment arrivé à ce patient : 0,95 veut dire « j'en étais sûr, et j'avais
# raison ».
#
# Le graphique compare sa confiance sur ses 150 patients d'entraînement (en orange) et sur 150 patients qu'il n'a
# jamais vus (en bleu). Sur ses propres patients, il est presque toujours très sûr de lui ; sur les autres, il hésite
# beaucoup plus.

# %%
plot_confidences(threshold=None);

# %% [markdown] lang="en"
# Now be the attacker. You know a person's record and what happened to them (a neighbour, an employer, an insurer
# could). You ask the model about this person and look at its confidence. Your rule: **if the confidence is at
# least a threshold, guess "this person was one of the training patients"**, otherwise guess "was not".
#
# This is a *membership-inference attack* (Shokri et al., 2017). The attacker never sees the training data, only the
# model's answers. Move the threshold: which share of your 300 guesses is right? Guessing at random would be right
# half of the time.

# %% [markdown] lang="fr"
# Mettez-vous à la place de l'attaquant. Vous connaissez le dossier d'une personne et ce qui lui est arrivé (un voisin,
# un employeur, un assureur le pourraient). Vous interrogez le modèle sur cette personne et regardez sa confiance.
# Votre règle : **si la confiance atteint un seuil, répondre « cette personne faisait partie des patients
# d'entraînement »**, sinon répondre « n'en faisait pas partie ».
#
# C'est une *attaque par inférence d'appartenance* (Shokri et al., 2017). L'attaquant ne voit jamais les données
# d'entraînement, seulement les réponses du modèle. Déplacez le seuil : quelle part de vos 300 réponses est juste ?
# Répondre au hasard serait juste une fois sur deux.

# %%
attack_explorer(threshold=0.8)

# %% [markdown] lang="en"
# With a good threshold the attack is right about two times in three: far from perfect, but far better than chance,
# from the model's answers alone. Why it matters: if the training patients are those of an addiction clinic or a
# cancer ward, learning that someone was **in** the data already reveals their health. Under the GDPR, health data
# is a "special category" that needs extra protection (Article 9).
#
# Real attacks are stronger than ours: Shokri et al. trained "shadow models" to learn how a model behaves on members
# and non-members, and attacked models trained by commercial "machine learning as a service" platforms.
#
# The law draws the consequence. A model trained on personal data is not "anonymous" just because it stores no
# table of names. For the European Data Protection Board, it is anonymous only if the chance of getting personal
# data about the people it was trained on, from the model itself or by asking it questions, is insignificant; this
# is judged case by case, and whoever claims it must show it, for example by testing the model against attacks like
# this one (EDPB, Opinion 28/2024). Otherwise the model itself falls under the GDPR.

# %% [markdown] lang="fr"
# Avec un bon seuil, l'attaque voit juste environ deux fois sur trois : loin d'être parfaite, mais bien mieux que le
# hasard, à partir des seules réponses du modèle. Pourquoi c'est grave : si les patients d'entraînement sont ceux
# d'un centre d'addictologie ou d'un service de cancérologie, apprendre qu'une personne figurait **dans** les données
# révèle déjà sa santé. Pour le RGPD, les données de santé sont une « catégorie particulière » qui demande une
# protection renforcée (article 9).
#
# Les vraies attaques sont plus fortes que la nôtre : Shokri et al. ont entraîné des « modèles fantômes » pour
# apprendre comment un modèle se comporte sur ses membres et sur les autres, et ont attaqué des modèles entraînés
# par des services commerciaux d'apprentissage automatique en ligne.
#
# Le droit en tire la conséquence. Un modèle entraîné sur des données personnelles n'est pas « anonyme » du seul fait
# qu'il ne contient pas de liste de noms. Pour le Comité européen de la protection des données (CEPD), il n'est
# anonyme que si la probabilité d'obtenir des données personnelles sur les personnes qui ont servi à l'entraîner, à
# partir du modèle lui-même ou en lui posant des questions, est insignifiante ; cela s'apprécie au cas par cas, et
# c'est à celui qui l'affirme de le démontrer, par exemple en testant le modèle contre des attaques comme celle-ci
# (CEPD, avis 28/2024). Sinon, le modèle lui-même relève du RGPD.

# %% [markdown] lang="en"
# ## 3. Protecting the patients with noise: differential privacy
#
# The attack works because the model depends too much on each single patient. **Differential privacy** (Dwork and
# Roth, 2014) asks for the opposite: whatever a model or a statistic shows must be almost the same **with or without
# any one person** in the data. Then nobody can tell from the result whether you were in.
#
# The usual way to get there is to add **random noise**, carefully sized. A number called **epsilon** (ε) sets how
# much: a **smaller epsilon means more noise and more privacy**, and a larger one less of both.
#
# The US Census Bureau used differential privacy to protect the people counted in the 2020 census, and the
# trade-off you are about to see, privacy against accuracy, was debated there too.

# %% [markdown] lang="fr"
# ## 3. Protéger les patients avec du bruit : la confidentialité différentielle
#
# L'attaque marche parce que le modèle dépend trop de chaque patient. La **confidentialité différentielle** (Dwork et
# Roth, 2014) demande l'inverse : ce que montre un modèle ou une statistique doit être presque le même **avec ou
# sans n'importe quelle personne** dans les données. Personne ne peut alors savoir, en regardant le résultat, si vous
# en faisiez partie.
#
# Le moyen habituel d'y arriver est d'ajouter un **bruit aléatoire**, soigneusement dosé. Un nombre appelé
# **epsilon** (ε) fixe la dose : **un epsilon plus petit veut dire plus de bruit et plus de confidentialité**, un plus
# grand moins des deux.
#
# Le Bureau du recensement des États-Unis a utilisé la confidentialité différentielle pour protéger les personnes
# recensées en 2020, et le compromis que vous allez voir, confidentialité contre exactitude, y a aussi été débattu.

# %% [markdown] lang="en"
# Here, random noise is added to every number the model learned. Move epsilon from right (little noise) to left (a
# lot): the green curve is the accuracy on unseen patients, the pink one the success of the **best** possible
# threshold attack. Both fall: privacy is paid for with accuracy.
#
# **Honest warning.** Our noise is a teaching simplification: its size is chosen for the demonstration, not derived
# from the proof that real differential privacy needs, so our "epsilon" gives no formal guarantee. Real tools
# (for example noisy training, "DP-SGD") compute how much noise each epsilon needs.

# %% [markdown] lang="fr"
# Ici, un bruit aléatoire est ajouté à chaque nombre que le modèle a appris. Déplacez epsilon de la droite (peu de
# bruit) vers la gauche (beaucoup) : la courbe verte est l'exactitude sur des patients jamais vus, la rose la
# réussite de la **meilleure** attaque par seuil possible. Les deux baissent : la confidentialité se paie en exactitude.
#
# **Mise en garde honnête.** Notre bruit est une simplification pédagogique : sa taille est choisie pour la
# démonstration, pas déduite de la preuve qu'exige une vraie confidentialité différentielle, donc notre « epsilon »
# ne donne aucune garantie formelle. Les vrais outils (par exemple l'entraînement bruité, « DP-SGD ») calculent le
# bruit nécessaire pour chaque epsilon.

# %%
privacy_explorer(epsilon=1.0)

# %% [markdown] lang="en"
# Noise is not the only protection, and often not the first one:
#
# - **collect less**: data you never keep cannot leak (the GDPR calls this *data minimisation*, Article 5);
# - **stop learning by heart**: a simpler or more regularised model (module 02) leaks less and often predicts better;
# - **say less**: a model that answers "high risk / low risk" instead of a precise probability gives attackers less
#   to work with;
# - **control access**: who may query the model, how often, and is it logged?

# %% [markdown] lang="fr"
# Le bruit n'est pas la seule protection, et souvent pas la première :
#
# - **collecter moins** : une donnée qu'on ne garde pas ne peut pas fuir (le RGPD appelle cela la *minimisation des
#   données*, article 5) ;
# - **ne plus apprendre par cœur** : un modèle plus simple ou plus régularisé (module 02) fuit moins et prédit
#   souvent mieux ;
# - **en dire moins** : un modèle qui répond « risque élevé / faible » au lieu d'une probabilité précise donne moins
#   de prise aux attaquants ;
# - **contrôler l'accès** : qui peut interroger le modèle, combien de fois, et est-ce journalisé ?

# %% [markdown] lang="en"
# ## 4. Poisoning the training data
#
# A model believes its training data. Whoever can change that data can change the model: this is **data
# poisoning**. Here, someone flips some of the 150 "readmitted / not readmitted" labels before the model is trained
# again.
#
# - **Random flips** make the model worse in general: accuracy on unseen patients falls.
# - **Targeted flips** relabel only readmitted patients as "not readmitted". Watch the pink dashed curve: with 20% of
#   the labels flipped, the model finds fewer than a third of the readmitted patients (about 70% with clean data),
#   while its overall accuracy drops by only about ten points. A quick look at "accuracy" would hide the damage.

# %% [markdown] lang="fr"
# ## 4. Empoisonner les données d'entraînement
#
# Un modèle croit ses données d'entraînement. Qui peut modifier ces données peut modifier le modèle : c'est
# l'**empoisonnement des données**. Ici, quelqu'un inverse une partie des 150 étiquettes « réhospitalisé / non
# réhospitalisé » avant que le modèle ne soit réentraîné.
#
# - Les **inversions au hasard** dégradent le modèle en général : l'exactitude sur des patients jamais vus baisse.
# - Les **inversions ciblées** ne réétiquettent que des patients réhospitalisés en « non réhospitalisé ». Regardez
#   la courbe rose en tirets : avec 20 % d'étiquettes inversées, le modèle repère moins d'un tiers des patients
#   réhospitalisés (environ 70 % avec des données propres), alors que son exactitude globale ne perd qu'une dizaine
#   de points. Un simple coup d'œil à « l'exactitude » cacherait les dégâts.

# %%
poisoning_explorer(flip_share=0.1, poisoning="random")

# %% [markdown] lang="en"
# Where poisoning happens at work: spam filters learn from what users mark as spam or not, and spammers mark their
# own messages as "not spam"; a model retrained on data collected from the public, forms, reviews or sensors can be
# fed bad examples on purpose; a supplier's data set can arrive already wrong. Protections: know where every piece
# of training data comes from, limit who may write to it, check the labels of a sample by hand, and measure more
# than overall accuracy after each retraining (module 03: the errors that matter).

# %% [markdown] lang="fr"
# Où l'empoisonnement arrive au travail : les filtres antispam apprennent de ce que les utilisateurs marquent comme
# spam ou non, et les spammeurs marquent leurs propres messages « non spam » ; un modèle réentraîné sur des données
# recueillies auprès du public, de formulaires, d'avis ou de capteurs peut recevoir exprès de mauvais exemples ; le
# jeu de données d'un fournisseur peut arriver déjà faux. Protections : savoir d'où vient chaque donnée
# d'entraînement, limiter qui peut y écrire, vérifier à la main les étiquettes d'un échantillon, et mesurer plus que
# l'exactitude globale après chaque réentraînement (module 03 : les erreurs qui comptent).

# %% [markdown] lang="en"
# ## 5. Adversarial examples: a change you cannot see
#
# Module 05 showed that a tiny, aimed change to an image can make a network misread it. Here is the same attack on a
# simpler model, to see that it is not a weakness of neural networks alone: a linear digit reader (8 × 8 pixel
# images from a public data set), trained live now, right on about 93% of the images it never saw.

# %% [markdown] lang="fr"
# ## 5. Les exemples antagonistes : une modification qu'on ne voit pas
#
# Le module 05 a montré qu'une modification minuscule et visée d'une image peut faire mal lire un réseau de neurones.
# Voici la même attaque contre un modèle plus simple, pour voir que ce n'est pas une faiblesse des seuls réseaux de
# neurones : un lecteur de chiffres linéaire (des images de 8 × 8 pixels d'un jeu de données public), entraîné en
# direct maintenant, qui lit correctement environ 93 % des images qu'il n'a jamais vues.

# %%
print(describe_digit_model(digit_model()))

# %% [markdown] lang="en"
# The **fast gradient sign** method (Goodfellow et al., 2015) moves **every** pixel by the same small amount, up or
# down, in the direction that raises the model's error most. Move the slider: the middle picture shows the change,
# in the colours of module 05 (purple: more ink, orange: less). At about 0.10, a tenth of the full ink, the model
# reads this 2 as something else, while you still see a 2. Try other image numbers too.

# %% [markdown] lang="fr"
# La méthode du **signe du gradient** (*fast gradient sign*, Goodfellow et al., 2015) déplace **chaque** pixel d'une
# même petite quantité, vers le haut ou vers le bas, dans le sens qui augmente le plus l'erreur du modèle. Déplacez
# le curseur : l'image du milieu montre la modification, avec les couleurs du module 05 (violet : plus d'encre,
# orange : moins). Vers 0,10, un dixième de l'encre pleine, le modèle lit ce 2 comme un autre chiffre, alors que vous
# voyez toujours un 2. Essayez aussi d'autres numéros d'image.

# %%
adversarial_explorer(index=LESSON_DIGIT, step=0.0)

# %% [markdown] lang="en"
# At work, think of a face-recognition badge reader, a document scanner reading an amount, or a fraud model that an
# attacker probes until a payment passes. Defences (training on attacked examples, checking inputs, limiting
# queries, keeping a person in the loop for high stakes) make attacks harder; none makes them impossible.

# %% [markdown] lang="fr"
# Au travail, pensez à un lecteur de badges à reconnaissance faciale, à un scanner de documents qui lit un montant,
# ou à un modèle antifraude qu'un attaquant teste jusqu'à ce qu'un paiement passe. Les défenses (s'entraîner sur des
# exemples attaqués, contrôler les entrées, limiter les requêtes, garder une personne dans la boucle quand l'enjeu est
# grand) rendent les attaques plus difficiles ; aucune ne les rend impossibles.

# %% [markdown] lang="en"
# ## 6. AI assistants turned against their users
#
# Many people now use an AI assistant at work: a chatbot built on a large language model (module 06), often
# connected to their mail, their documents, the web or other tools. The attacks that matter most there have nothing
# to do with pixels.
#
# - **Prompt injection.** A language model reads your request and the documents it works on as one single text; it
#   cannot reliably tell your instructions from the text it is given. So anyone who can put text where the assistant
#   will read it (a web page, an incoming email, a shared document, a CV sent to HR) can slip in instructions of
#   their own, sometimes hidden in the page or in characters you cannot see: "ignore your previous instructions
#   and...".
# - **Data leaking through connections.** If the same assistant can also read private data and act (send an email,
#   open a link, show an image, call another tool), an injected instruction can make it send that data out, for
#   example hidden in the address of a link or of an image it displays. Nobody needs to break into your systems: the
#   assistant does it with your access.
#
# The OWASP list of the ten main risks of applications built on large language models puts prompt injection first,
# and notes that no reliable way to prevent it exists today: the defence is to limit what a fooled assistant can do
# (OWASP, 2026). ANSSI, the French cybersecurity agency, gives the same direction in its recommendations for
# generative AI systems: filter what goes in and out, and limit the actions an assistant takes automatically
# (ANSSI, 2024). For you at work:
#
# - connect an assistant only to the mailboxes, folders and tools the task needs;
# - be wary when it works on content from outside (web pages, incoming mail, attachments);
# - require a confirmation before it sends, deletes, pays or publishes anything;
# - use the tools your organisation has approved, with their settings for what is kept and for how long.

# %% [markdown] lang="fr"
# ## 6. Des assistants d'IA retournés contre leurs utilisateurs
#
# Beaucoup de gens utilisent désormais un assistant d'IA au travail : un agent conversationnel construit sur un grand
# modèle de langage (module 06), souvent connecté à leur messagerie, à leurs documents, au web ou à d'autres outils.
# Les attaques qui comptent le plus y sont sans rapport avec les pixels.
#
# - **L'injection d'instructions** (*prompt injection*). Un modèle de langage lit votre demande et les documents sur
#   lesquels il travaille comme un seul et même texte ; il ne sait pas distinguer de façon fiable vos instructions du
#   texte qu'on lui donne. Quiconque peut placer du texte là où l'assistant le lira (une page web, un courriel reçu,
#   un document partagé, un CV envoyé aux ressources humaines) peut donc y glisser ses propres instructions, parfois
#   cachées dans la page ou dans des caractères invisibles : « ignore tes instructions précédentes et… ».
# - **La fuite de données par les connexions.** Si le même assistant peut aussi lire des données privées et agir
#   (envoyer un courriel, ouvrir un lien, afficher une image, appeler un autre outil), une instruction injectée peut
#   lui faire envoyer ces données à l'extérieur, par exemple cachées dans l'adresse d'un lien ou d'une image qu'il
#   affiche. Personne n'a besoin de pénétrer vos systèmes : l'assistant le fait avec vos accès.
#
# La liste de l'OWASP des dix principaux risques des applications construites sur de grands modèles de langage place
# l'injection d'instructions en premier, et note qu'aucun moyen fiable de l'empêcher n'existe aujourd'hui : la défense
# consiste à limiter ce que peut faire un assistant trompé (OWASP, 2026). L'ANSSI, l'agence nationale de la sécurité
# des systèmes d'information, va dans le même sens dans ses recommandations pour les systèmes d'IA générative :
# filtrer ce qui entre et ce qui sort, et limiter les actions qu'un assistant effectue automatiquement (ANSSI, 2024).
# Pour vous, au travail :
#
# - ne connectez un assistant qu'aux boîtes de messagerie, dossiers et outils dont la tâche a besoin ;
# - méfiez-vous quand il travaille sur des contenus venus de l'extérieur (pages web, courriels reçus, pièces jointes) ;
# - exigez une confirmation avant qu'il envoie, supprime, paie ou publie quoi que ce soit ;
# - utilisez les outils approuvés par votre organisation, avec leurs réglages de ce qui est conservé et combien de
#   temps.

# %% [markdown] lang="en"
# ## 7. Why it matters at work
#
# - **Health**: a readmission or diagnosis model trained on patients can reveal who was a patient; share models
#   with the same care as the records they came from.
# - **Business**: a customer-churn or credit model can leak who is a customer; a review or spam filter can be
#   poisoned by competitors or spammers.
# - **Engineering**: a predictive-maintenance model fed by sensors can be poisoned by a faulty or tampered sensor; a
#   camera that checks parts can be fooled by a small mark.
# - **Public service**: a fraud-detection model can be probed and gamed; published statistics about small areas
#   can reveal individuals, which is why census offices add noise.
#
# The EU AI Act asks high-risk AI systems to resist these attacks: its Article 15 names data poisoning,
# adversarial examples and confidentiality attacks.

# %% [markdown] lang="fr"
# ## 7. Pourquoi c'est important au travail
#
# - **Santé** : un modèle de réhospitalisation ou de diagnostic entraîné sur des patients peut révéler qui était
#   patient ; partagez les modèles avec le même soin que les dossiers dont ils viennent.
# - **Entreprise** : un modèle d'attrition ou de crédit peut trahir qui est client ; un filtre d'avis ou de spam peut
#   être empoisonné par des concurrents ou des spammeurs.
# - **Ingénierie** : un modèle de maintenance prédictive alimenté par des capteurs peut être empoisonné par un capteur
#   défaillant ou trafiqué ; une caméra qui contrôle des pièces peut être trompée par une petite marque.
# - **Service public** : un modèle de détection de fraude peut être sondé et contourné ; des statistiques publiées
#   sur de petits territoires peuvent révéler des personnes, c'est pourquoi les instituts de statistique ajoutent du bruit.
#
# Le règlement européen sur l'IA demande aux systèmes d'IA à haut risque de résister à ces attaques : son article 15
# cite l'empoisonnement des données, les exemples antagonistes et les attaques contre la confidentialité.

# %% [markdown] lang="en"
# ## 8. The limits of what we did
#
# - Our patients are generated and our models are tiny; real attacks and real defences are more elaborate.
# - Our attacker knows each person's outcome and tries exactly 150 members and 150 others; real attackers know less
#   but can try many more people.
# - Our noise only illustrates differential privacy: a real guarantee needs the noise computed from a proof.
# - Our adversarial change is computed with full knowledge of the model; attackers without it also succeed,
#   by trying many inputs or by attacking a copy.
# - The attacks on assistants (section 6) are described, not run: they need a real assistant connected to real
#   mail and documents.

# %% [markdown] lang="fr"
# ## 8. Les limites de ce que nous avons fait
#
# - Nos patients sont générés et nos modèles minuscules ; les vraies attaques et les vraies défenses sont plus élaborées.
# - Notre attaquant connaît ce qui est arrivé à chaque personne et essaie exactement 150 membres et 150 autres ; les
#   vrais attaquants en savent moins mais peuvent essayer bien plus de personnes.
# - Notre bruit ne fait qu'illustrer la confidentialité différentielle : une vraie garantie demande un bruit calculé
#   à partir d'une preuve.
# - Notre modification antagoniste est calculée en connaissant tout le modèle ; des attaquants qui ne le connaissent
#   pas réussissent aussi, en essayant beaucoup d'entrées ou en attaquant une copie.
# - Les attaques contre les assistants (section 6) sont décrites, pas exécutées : il y faudrait un vrai assistant
#   connecté à une vraie messagerie et à de vrais documents.

# %% [markdown] lang="en"
# ## Recap
#
# - A model that learned its training data by heart is more confident on it, and that difference leaks who was in it.
# - Differential privacy adds carefully sized noise so that no single person changes the result much; smaller
#   epsilon, more privacy, less accuracy.
# - Collect less, keep models from memorising, say less in the answers and control access: often the first defences.
# - Whoever can write to the training data can steer the model; targeted poisoning can hide behind a modest drop in
#   overall accuracy.
# - A tiny, aimed change can make a model misread an input a person reads easily; defences help but none is complete.
# - An AI assistant cannot reliably tell your instructions from the text it reads: give it only the access the task
#   needs, and confirm its actions.

# %% [markdown] lang="fr"
# ## À retenir
#
# - Un modèle qui a appris ses données d'entraînement par cœur est plus sûr de lui sur elles, et cette différence
#   trahit qui y figurait.
# - La confidentialité différentielle ajoute un bruit soigneusement dosé pour qu'aucune personne ne change beaucoup le
#   résultat ; epsilon plus petit, plus de confidentialité, moins d'exactitude.
# - Collecter moins, empêcher les modèles d'apprendre par cœur, en dire moins dans les réponses et contrôler l'accès :
#   souvent les premières défenses.
# - Qui peut écrire dans les données d'entraînement peut orienter le modèle ; un empoisonnement ciblé peut se cacher
#   derrière une baisse modeste de l'exactitude globale.
# - Une petite modification visée peut faire mal lire à un modèle ce qu'une personne lit facilement ; les défenses
#   aident, aucune n'est complète.
# - Un assistant d'IA ne sait pas distinguer de façon fiable vos instructions du texte qu'il lit : ne lui donnez que
#   les accès dont la tâche a besoin, et confirmez ses actions.

# %% [markdown] lang="en"
# ## Sources
#
# - R. Shokri, M. Stronati, C. Song, V. Shmatikov (2017), "Membership Inference Attacks against Machine Learning
#   Models", IEEE Symposium on Security and Privacy: <https://arxiv.org/abs/1610.05820>
# - European Data Protection Board (2024), *Opinion 28/2024 on certain data protection aspects related to the
#   processing of personal data in the context of AI models*, EDPB:
#   <https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en>
# - C. Dwork, A. Roth (2014), *The Algorithmic Foundations of Differential Privacy*, Foundations and Trends in
#   Theoretical Computer Science: <https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf>
# - US Census Bureau (n.d.), "Disclosure avoidance and the 2020 census", census.gov:
#   <https://www.census.gov/about/policies/privacy/statistical_safeguards/disclosure-avoidance-2020-census.html>
# - I. J. Goodfellow, J. Shlens, C. Szegedy (2015), "Explaining and Harnessing Adversarial Examples", ICLR 2015:
#   <https://arxiv.org/abs/1412.6572>
# - OWASP Foundation (2026), *OWASP Top 10 for LLM Applications 2026*, LLM01 (prompt injection):
#   <https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/>
# - ANSSI (2024), *Security recommendations for a generative AI system* (in French: *Recommandations de sécurité pour
#   un système d'IA générative*), French cybersecurity agency:
#   <https://cyber.gouv.fr/en/publications/security-recommendations-generative-ai-system>
# - European Union (2016), *Regulation (EU) 2016/679 (General Data Protection Regulation)*, Article 4 (personal data),
#   Article 5 (data minimisation), Article 9 (health data), EUR-Lex: <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - European Union (2024), *Regulation (EU) 2024/1689 (Artificial Intelligence Act)*, Article 15 (accuracy,
#   robustness and cybersecurity), EUR-Lex: <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - CNIL (n.d.), *Intelligence artificielle*, guidance and recommendations (in French):
#   <https://www.cnil.fr/fr/intelligence-artificielle>
# - E. Alpaydin, C. Kaynak (1998), "Optical Recognition of Handwritten Digits", UCI Machine Learning Repository, as
#   bundled with scikit-learn: <https://archive.ics.uci.edu/dataset/80>
#
# The patients are generated by the course: no real person is in them.

# %% [markdown] lang="fr"
# ## Sources
#
# - R. Shokri, M. Stronati, C. Song, V. Shmatikov (2017),
#   « *Membership Inference Attacks against Machine Learning Models* », IEEE Symposium on Security and Privacy :
#   <https://arxiv.org/abs/1610.05820>
# - Comité européen de la protection des données (2024), *Avis 28/2024 sur certains aspects de la protection des
#   données liés au traitement de données à caractère personnel dans le contexte des modèles d'IA*, CEPD :
#   <https://www.edpb.europa.eu/our-work-tools/our-documents/opinion-board-art-64/opinion-282024-certain-data-protection-aspects_en>
# - C. Dwork, A. Roth (2014), *The Algorithmic Foundations of Differential Privacy*, Foundations and Trends in
#   Theoretical Computer Science : <https://www.cis.upenn.edu/~aaroth/Papers/privacybook.pdf>
# - Bureau du recensement des États-Unis (n.d.), « *Disclosure avoidance and the 2020 census* », census.gov :
#   <https://www.census.gov/about/policies/privacy/statistical_safeguards/disclosure-avoidance-2020-census.html>
# - I. J. Goodfellow, J. Shlens, C. Szegedy (2015), « *Explaining and Harnessing Adversarial Examples* », ICLR 2015 :
#   <https://arxiv.org/abs/1412.6572>
# - OWASP Foundation (2026), *OWASP Top 10 for LLM Applications 2026* (en anglais), LLM01 (injection
#   d'instructions) : <https://genai.owasp.org/resource/owasp-genai-llm-top-10-2026/>
# - ANSSI (2024), *Recommandations de sécurité pour un système d'IA générative*, Agence nationale de la sécurité des
#   systèmes d'information (page en anglais) :
#   <https://cyber.gouv.fr/en/publications/security-recommendations-generative-ai-system>
# - Union européenne (2016), *Règlement (UE) 2016/679 (règlement général sur la protection des données)*, article 4
#   (données à caractère personnel), article 5 (minimisation des données), article 9 (données de santé), EUR-Lex :
#   <https://eur-lex.europa.eu/eli/reg/2016/679/oj>
# - Union européenne (2024), *Règlement (UE) 2024/1689 (règlement sur l'intelligence artificielle)*, article 15
#   (exactitude, robustesse et cybersécurité), EUR-Lex : <https://eur-lex.europa.eu/eli/reg/2024/1689/oj>
# - CNIL (n.d.), *Intelligence artificielle*, recommandations et fiches pratiques :
#   <https://www.cnil.fr/fr/intelligence-artificielle>
# - E. Alpaydin, C. Kaynak (1998), « *Optical Recognition of Handwritten Digits* »,
#   *UCI Machine Learning Repository*, fourni avec scikit-learn : <https://archive.ics.uci.edu/dataset/80>
#
# Les patients sont générés par le cours : aucune personne réelle n'y figure.
