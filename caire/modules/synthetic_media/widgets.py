"""Module 14's widgets: the generator's training with a progress bar, the "real or generated?" game with the
learner's hit rate, the detector's table, and the watermark explorer (crop, noise, grey levels)."""

from __future__ import annotations

import html

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import decimal, integer, percent
from caire.core.outputs import show_figure
from caire.core.validation import number_between, whole_number
from caire.modules.synthetic_media.figures import plot_digits, plot_watermark
from caire.modules.synthetic_media.model import (
    ANSWERS,
    EPOCHS,
    MAX_CROP,
    MAX_LEVELS,
    MAX_NOISE,
    MIN_LEVELS,
    THRESHOLD,
    DetectorResult,
    Game,
    Generator,
    edit,
    embed,
    hit_rate,
    train_generator,
    watermark_score,
)

_STYLE = {"description_width": "initial"}


def train_with_progress(epochs: int = EPOCHS, seed: int = 0) -> Generator:
    """Train the autoencoder live under a progress bar; the bar then says how long it took."""
    import ipywidgets as widgets
    from IPython.display import display

    epochs = whole_number("epochs", epochs, 1, 500)
    bar = widgets.IntProgress(value=0, min=0, max=epochs, description=t("m14.widget.training"), style=_STYLE)
    display(bar)

    def on_epoch(epoch: int, _loss: float) -> None:
        bar.value = epoch

    generator = train_generator(epochs, seed, on_epoch=on_epoch)
    bar.description = t("m14.widget.trained", seconds=generator.seconds)
    return generator


def game_verdict(game: Game, answers: list[str]) -> str:
    """The learner's hit rate as a sentence, then which images were generated."""
    rate = hit_rate(game, answers)
    right = round(rate * len(answers))
    generated = ", ".join(integer(index + 1) for index, flag in enumerate(game.generated) if flag)
    return t("m14.game.verdict", right=right, total=len(answers), rate=rate, generated=generated)


def play(game: Game):
    """The game: the numbered images, one "real / generated" choice per image, and a button that gives the hit
    rate and the truth."""
    import ipywidgets as widgets

    if not isinstance(game, Game):
        raise TypeError(f"game must be a Game (make_game()); got {type(game).__name__}")
    picture = widgets.Output()
    show_figure(picture, plot_digits(game.images, "game"))
    choices = [
        widgets.ToggleButtons(
            options=[(t(f"m14.game.{answer}"), answer) for answer in ANSWERS],
            value=None,
            description=t("m14.game.image", number=integer(index + 1)),
            style={"description_width": "6em", "button_width": "7.5em"},
        )
        for index in range(len(game.generated))
    ]
    button = widgets.Button(description=t("m14.game.check"), button_style="primary")
    result = widgets.HTML()

    def check(_button=None) -> None:
        missing = [integer(index + 1) for index, choice in enumerate(choices) if choice.value is None]
        if missing:
            result.value = html.escape(t("m14.game.missing", images=", ".join(missing)))
            return
        result.value = game_verdict(game, [choice.value for choice in choices])

    button.on_click(check)
    box = widgets.VBox([picture, *choices, button, result])
    box.check, box.choices, box.result = check, choices, result
    return box


def detector_table(results: list[DetectorResult]):
    """The detector against each generator: accuracy, real digits kept as real, fakes caught."""
    from IPython.display import HTML

    if not results or not all(isinstance(result, DetectorResult) for result in results):
        raise TypeError("results must be a non-empty list of DetectorResult (evaluate_detector())")
    heads = [t(f"m14.table.{name}") for name in ("generator", "seen", "accuracy", "real_kept", "fakes_caught")]
    rows = [
        [
            t(f"m14.generator.{result.generator}"),
            t("m14.table.yes" if index == 0 else "m14.table.no"),
            percent(result.accuracy),
            percent(result.real_kept),
            percent(result.fakes_caught),
        ]
        for index, result in enumerate(results)
    ]
    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return HTML(f'<table class="caire-detector"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def describe_edit(crop: int = 0, noise: float = 0.0, levels: int = MAX_LEVELS) -> str:
    """What the detector says of the watermarked image after these edits."""
    score = watermark_score(edit(embed(), crop, noise, levels))
    key = "m14.watermark.found" if score >= THRESHOLD else "m14.watermark.lost"
    return t(key, score=decimal(score, 1), threshold=decimal(THRESHOLD, 0))


def watermark_explorer(crop: int = 0, noise: float = 0.0, levels: int = MAX_LEVELS):
    """Three sliders (columns cropped, noise, grey levels); the detector's verdict and the images follow them."""
    controls = [
        slider(whole_number("crop", crop, 0, MAX_CROP), 0, MAX_CROP, 1, t("m14.widget.crop"), whole=True),
        slider(number_between("noise", noise, 0, MAX_NOISE), 0, MAX_NOISE, 0.05, t("m14.widget.noise")),
        slider(
            whole_number("levels", levels, MIN_LEVELS, MAX_LEVELS),
            MIN_LEVELS,
            MAX_LEVELS,
            1,
            t("m14.widget.levels"),
            whole=True,
        ),
    ]

    def update(crop_value: int, noise_value: float, levels_value: int) -> View:
        edited = edit(embed(), crop_value, noise_value, levels_value)
        return View(describe_edit(crop_value, noise_value, levels_value), plot_watermark(edited))

    return explorer(controls, update)
