# %% [markdown] lang="en"
# # CAIRE: glossary
#
# The words of the course, one for each idea, with their French twin and a short definition. French terms follow
# the Commission d'enrichissement de la langue française (FranceTerme) where it has chosen one, and the French
# text of the EU's regulations for legal terms.

# %% [markdown] lang="fr"
# # CAIRE : glossaire
#
# Les mots du cours, un pour chaque idée, avec leur équivalent anglais et une courte définition. Les termes
# français suivent la Commission d'enrichissement de la langue française (FranceTerme) quand elle en a choisi un,
# et le texte français des règlements de l'UE pour les termes juridiques.

# %% lang="en"
import caire

caire.set_language("en")

# %% lang="fr"
import caire

caire.set_language("fr")

# %%
from caire.glossary import show_glossary

show_glossary()
