"""Module 16's figure: for each context length of the toy model, the share of what it writes that is copied word
for word from its training text, and the share of the planted secret it gives back after the secret's beginning."""

from __future__ import annotations

from caire.core.figures import COLOURS, new_axes, percent_axis
from caire.core.i18n import t
from caire.modules.rights_and_secrecy.model import WINDOW, Trained


def plot_reproduction(trained: Trained, ax=None):
    """Two lines against the context length: verbatim reproduction, and the share of the secret given back."""
    if not isinstance(trained, Trained):
        raise TypeError(f"trained must be what train_models() returns; got {type(trained).__name__}")
    figure, ax = new_axes(ax, size=(7, 4))
    contexts = list(trained.measurements)
    reproduced = [trained.measurements[c].reproduced for c in contexts]
    secret = [trained.measurements[c].secret_share for c in contexts]
    ax.plot(contexts, reproduced, marker="o", color=COLOURS["blue"], label=t("m16.plot.reproduced", window=WINDOW))
    ax.plot(contexts, secret, marker="^", linestyle="--", color=COLOURS["vermillion"], label=t("m16.plot.secret"))
    ax.set_xticks(contexts)
    ax.set_ylim(0, 1.05)
    percent_axis(ax.yaxis)
    ax.set_xlabel(t("m16.plot.x"))
    ax.set_title(t("m16.plot.title", words=trained.words))
    ax.legend(loc="lower right")
    return figure
