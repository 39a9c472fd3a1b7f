# %% [markdown] lang="en"
# # Using generative AI critically at work: the exercise, no code needed
#
# A chatbot writes fluent answers; fluent is not the same as right. In this app you:
# 1. check two chatbot answers, claim by claim, against the company documents they should agree with,
# 2. sort what may and may not be pasted into a public chatbot,
# 3. count what a small personal-data filter lets through, and say when not to use a chatbot.
#
# Answer each question with the controls, then press **Check my answer**: you get feedback at once.
# The company, its documents, the chatbot's answers and the test sentences are fictional, written for the course.

# %% [markdown] lang="fr"
# # Utiliser l'IA générative avec esprit critique au travail : l'exercice, sans code
#
# Un chatbot écrit des réponses fluides ; fluide ne veut pas dire juste. Dans cette application, vous allez :
# 1. vérifier deux réponses de chatbot, affirmation par affirmation, avec les documents de l'entreprise auxquels elles
#    devraient se conformer,
# 2. trier ce qu'on peut coller ou non dans un chatbot public,
# 3. compter ce que laisse passer un petit filtre à données personnelles, et dire quand ne pas utiliser de chatbot.
#
# Répondez à chaque question avec les commandes, puis appuyez sur **Vérifier ma réponse** : la réponse s'affiche aussitôt.
# L'entreprise, ses documents, les réponses du chatbot et les phrases de test sont fictifs, écrits pour le cours.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.app import show_question, show_submit
from caire.critical_use import plot_filter_scores, sentence_table, show_answer
from caire.exercises import critical_use as ex

# %% [markdown] lang="en"
# ## Question 1: an answer about travel expenses
#
# An employee asked a chatbot what they can claim for a two-day conference in Lyon, 2 hours away by train. Read each
# claim of its answer and look for the paragraph of the expenses policy that supports it. Tick the claims the policy
# does **not** support: it contradicts them, or says nothing of them.

# %% [markdown] lang="fr"
# ## Question 1 : une réponse sur les notes de frais
#
# Un salarié a demandé à un chatbot ce qu'il peut se faire rembourser pour un congrès de deux jours à Lyon, à 2 heures
# de train. Lisez chaque affirmation de sa réponse et cherchez le paragraphe de la politique de notes de frais qui la
# confirme. Cochez les affirmations que la politique ne confirme **pas** : elle les contredit, ou n'en dit rien.

# %%
show_answer("conference_trip")

# %%
show_question(ex, "q1_expense_claims")

# %% [markdown] lang="en"
# ## Question 2: an answer about unused leave
#
# Another employee asked what happens to 8 days of leave not taken this year. Tick the claims the leave policy does
# **not** support. Look closely at any source the answer cites.

# %% [markdown] lang="fr"
# ## Question 2 : une réponse sur les congés non pris
#
# Une autre salariée a demandé ce que deviennent 8 jours de congé non pris cette année. Cochez les affirmations que la
# politique de congés ne confirme **pas**. Regardez de près toute source citée par la réponse.

# %%
show_answer("unused_days")

# %%
show_question(ex, "q2_leave_claims")

# %% [markdown] lang="en"
# ## Question 3: what stays out of a public chatbot
#
# Colleagues would like to paste each of these items into a free public chatbot. Tick the ones that must **not** be
# pasted there: personal data (even without a name), secrets of the company, access codes.

# %% [markdown] lang="fr"
# ## Question 3 : ce qui reste hors d'un chatbot public
#
# Des collègues voudraient coller chacun de ces éléments dans un chatbot public gratuit. Cochez ceux qui ne doivent
# **pas** y être collés : données personnelles (même sans nom), secrets de l'entreprise, codes d'accès.

# %%
show_question(ex, "q3_keep_out_of_chatbot")

# %% [markdown] lang="en"
# ## Question 4: what the filter lets through
#
# A small filter was trained on 40 example sentences to stop those that hold personal data. Here it is on 16
# sentences it never saw: each dot is a sentence at the score the filter gives it, and it stops those right of the
# dashed line. The list below says, for each sentence, whether it holds personal data and what the filter did.
# How many sentences **with personal data** did the filter **let through**?

# %% [markdown] lang="fr"
# ## Question 4 : ce que le filtre laisse passer
#
# Un petit filtre a été entraîné sur 40 phrases d'exemple pour bloquer celles qui contiennent des données
# personnelles. Le voici sur 16 phrases qu'il n'a jamais vues : chaque point est une phrase, placée au score que lui
# donne le filtre, et il bloque celles à droite de la ligne pointillée. La liste ci-dessous dit, pour chaque phrase, si
# elle contient des données personnelles et ce qu'a fait le filtre. Combien de phrases **avec des données
# personnelles** le filtre a-t-il **laissé passer** ?

# %%
plot_filter_scores();

# %%
print(sentence_table())

# %%
show_question(ex, "q4_filter_missed")

# %% [markdown] lang="en"
# ## Question 5: when not to use a chatbot
#
# To save time, a recruiter pastes the CVs of 40 applicants into a free public chatbot and asks it which 30 to
# reject. What is the main problem?

# %% [markdown] lang="fr"
# ## Question 5 : quand ne pas utiliser de chatbot
#
# Pour gagner du temps, une recruteuse colle les CV de 40 candidats dans un chatbot public gratuit et lui demande
# lesquels écarter parmi eux (30). Quel est le principal problème ?

# %%
show_question(ex, "q5_chatbot_for_hiring")

# %% [markdown] lang="en"
# ## Hand in
#
# When you have answered, press **Submit my answers**: your trainer grades them with everyone else's.
# You can change an answer and submit again; the last submission counts.

# %% [markdown] lang="fr"
# ## Rendre
#
# Quand vous avez répondu, appuyez sur **Rendre mes réponses** : votre formateur les corrige avec celles des autres.
# Vous pouvez changer une réponse et rendre à nouveau ; c'est le dernier rendu qui compte.

# %%
show_submit("08-critical-use")
