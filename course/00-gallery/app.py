# %% [markdown] lang="en"
# # CAIRE: the exercises as apps
#
# Each app is one module's exercise, answered with buttons and sliders: no code. Pick one, answer the
# questions, press **Check my answer** for immediate feedback, then **Submit my answers**.

# %% [markdown] lang="fr"
# # CAIRE : les exercices en applications
#
# Chaque application est l'exercice d'un module, auquel on répond avec des boutons et des curseurs : sans code.
# Choisissez-en une, répondez aux questions, appuyez sur **Vérifier ma réponse** pour savoir tout de suite
# où vous en êtes, puis sur **Rendre mes réponses**.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.gallery import show_gallery

show_gallery()
