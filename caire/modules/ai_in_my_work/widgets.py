"""Module 17's tables and widgets: the toy's suggestions beside the learner's ratings, its agreement explorer, and
the AI-use register (rows added in widgets, shown as a table, saved as CSV and offered as a download link)."""

from __future__ import annotations

import base64
import html

from caire.core.explorer import View, explorer, slider
from caire.core.i18n import t
from caire.core.numbers import integer, percent
from caire.core.validation import whole_number
from caire.modules.ai_in_my_work.data import (
    LABELS,
    MAX_CELL,
    REGISTER_COLUMNS,
    REGISTER_FILE,
    ROLES,
    TIERS,
    RegisterEntry,
    example_register,
    register_csv,
    register_entries,
    register_entry,
    save_register,
)
from caire.modules.ai_in_my_work.figures import plot_agreement
from caire.modules.ai_in_my_work.model import (
    MOST_NEIGHBOURS,
    NEIGHBOURS,
    ToyRater,
    compare,
    left_out_agreement,
    left_out_mistakes,
    suggest,
)

_STYLE = {"description_width": "initial"}


def _table_html(heads: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    return f'<table class="caire-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _label(label: str) -> str:
    return t(f"m17.label.{label}")


def suggestion_html(rater: ToyRater, task: str, neighbours: int = NEIGHBOURS) -> str:
    """The toy's rating for ``task`` and the three labelled tasks it found nearest."""
    found = suggest(rater, task, neighbours)
    if not found.known_words:
        return f"<p>{html.escape(t('m17.suggest.unknown', task=task))}</p>"
    rows = [[text, _label(label), percent(similarity)] for text, label, similarity in found.neighbours[:3]]
    heads = [t("m17.suggest.nearest"), t("m17.suggest.label"), t("m17.suggest.similarity")]
    intro = t("m17.suggest.says", task=task, label=_label(found.label))
    return f"<p>{html.escape(intro)}</p>" + _table_html(heads, rows)


def ratings_html(ratings: list, rater: ToyRater, neighbours: int = NEIGHBOURS) -> str:
    """Your ratings beside the toy's suggestions, and how often the two agree."""
    rows = compare(ratings, rater, neighbours)
    if not rows:
        return f"<p>{html.escape(t('m17.ratings.empty'))}</p>"
    table = [
        [task, _label(mine), _label(found.label) if found.known_words else t("m17.label.unknown")]
        for task, mine, found in rows
    ]
    same = sum(found.label == mine for _, mine, found in rows)
    heads = [t("m17.ratings.task"), t("m17.ratings.mine"), t("m17.ratings.toy")]
    summary = t("m17.ratings.summary", same=integer(same), tasks=integer(len(rows)))
    return _table_html(heads, table) + f"<p>{html.escape(summary)}</p>"


def ratings_table(ratings: list, rater: ToyRater, neighbours: int = NEIGHBOURS):
    """``ratings_html`` as a displayed table (the notebook's twin of the rating widget)."""
    from IPython.display import HTML

    return HTML(ratings_html(ratings, rater, neighbours))


def rating_builder(rater: ToyRater, neighbours: int = NEIGHBOURS):
    """Type a task of your job, choose your rating, press Add: the toy's suggestion appears beside yours."""
    import ipywidgets as widgets

    if not isinstance(rater, ToyRater):
        raise TypeError(f"rater must be the toy that train_rater() returns; got {type(rater).__name__}")
    neighbours = whole_number("neighbours", neighbours, 1, MOST_NEIGHBOURS)
    task = widgets.Text(
        description=t("m17.builder.task"),
        placeholder=t("m17.builder.example"),
        style=_STYLE,
        layout=widgets.Layout(width="80%"),
    )
    rating = widgets.ToggleButtons(
        options=[(_label(label), label) for label in LABELS],
        value="augmentation",
        description=t("m17.builder.rating"),
        style=_STYLE,
    )
    add = widgets.Button(description=t("m17.builder.add"), button_style="primary")
    message = widgets.HTML()
    table = widgets.HTML(ratings_html([], rater, neighbours))
    ratings: list[tuple[str, str]] = []

    def on_add(_button=None) -> None:
        text = task.value.strip()
        if not text:
            message.value = f"<p>{html.escape(t('m17.builder.empty'))}</p>"
            return
        ratings.append((text, rating.value))
        message.value = suggestion_html(rater, text, neighbours)
        table.value = ratings_html(ratings, rater, neighbours)
        task.value = ""

    add.on_click(on_add)
    box = widgets.VBox([task, rating, add, message, table])
    box.task, box.rating, box.add, box.message, box.table, box.ratings, box.press = (
        task,
        rating,
        add,
        message,
        table,
        ratings,
        on_add,
    )
    return box


def agreement_explorer(rater: ToyRater, neighbours: int = NEIGHBOURS):
    """A slider for the number of neighbours that vote; the toy's agreement on left-out tasks follows it."""
    if not isinstance(rater, ToyRater):
        raise TypeError(f"rater must be the toy that train_rater() returns; got {type(rater).__name__}")
    control = slider(
        whole_number("neighbours", neighbours, 1, MOST_NEIGHBOURS),
        1,
        MOST_NEIGHBOURS,
        1,
        t("m17.widget.neighbours"),
        whole=True,
    )

    def update(value: int) -> View:
        found = left_out_agreement(rater, value)
        tasks = len(rater.labels)
        return View(
            t(
                "m17.widget.summary",
                neighbours=value,
                agreement=found,
                right=integer(round(found * tasks)),
                tasks=integer(tasks),
            ),
            plot_agreement(rater, value),
        )

    return explorer([control], update)


def register_html(entries: list) -> str:
    """The register as a table, one row a system."""
    checked = register_entries(entries)
    if not checked:
        return f"<p>{html.escape(t('m17.register.empty'))}</p>"
    heads = [t(f"m17.register.{name}") for name in REGISTER_COLUMNS]
    rows = [
        [
            entry.system,
            entry.purpose,
            t(f"m17.role.{entry.role}"),
            t(f"m17.tier.{entry.tier}"),
            entry.data,
            entry.oversight,
            entry.incident_contact,
        ]
        for entry in checked
    ]
    return _table_html(heads, rows)


def download_link(entries: list, file_name: str = REGISTER_FILE) -> str:
    """An HTML link that downloads the register as a CSV file (the file travels inside the link)."""
    if not isinstance(file_name, str) or not file_name.endswith(".csv"):
        raise ValueError(f"file_name must end in .csv; got {file_name!r}")
    data = base64.b64encode(register_csv(entries).encode("utf-8")).decode("ascii")
    return (
        f'<a download="{html.escape(file_name)}" href="data:text/csv;charset=utf-8;base64,{data}">'
        f"{html.escape(t('m17.register.download', file=file_name))}</a>"
    )


def register_view(entries: list, file_name: str = REGISTER_FILE):
    """The register's table and its download link (the notebook's twin of the register builder)."""
    from IPython.display import HTML

    return HTML(register_html(entries) + f"<p>{download_link(entries, file_name)}</p>")


def register_builder(entries: list | None = None, file_name: str = REGISTER_FILE, *, save_button: bool = False):
    """Fields for one AI system and Add to put it in the register; the table and a download link follow. With
    ``save_button``, a Save button writes the CSV next to the notebook too (left out of the lesson's page: on a
    shared server, learners would write the same file)."""
    import ipywidgets as widgets

    rows: list[RegisterEntry] = register_entries(list(entries or []))
    layout = widgets.Layout(width="80%")
    texts = {
        name: widgets.Text(
            description=t(f"m17.register.{name}"),
            placeholder=t(f"m17.register.hint.{name}"),
            style=_STYLE,
            layout=layout,
        )
        for name in ("system", "purpose", "data", "oversight", "incident_contact")
    }
    role = widgets.Dropdown(
        options=[(t(f"m17.role.{name}"), name) for name in ROLES],
        value="deployer",
        description=t("m17.register.role"),
        style=_STYLE,
    )
    tier = widgets.Dropdown(
        options=[(t(f"m17.tier.{name}"), name) for name in TIERS],
        value="unsure",
        description=t("m17.register.tier"),
        style=_STYLE,
    )
    add = widgets.Button(description=t("m17.register.add"), button_style="primary")
    save = widgets.Button(description=t("m17.register.save"))
    message = widgets.HTML()
    table = widgets.HTML()

    def redraw() -> None:
        link = f"<p>{download_link(rows, file_name)}</p>" if rows else ""
        table.value = register_html(rows) + link

    def on_add(_button=None) -> None:
        values = {name: box.value for name, box in texts.items()}
        missing = [t(f"m17.register.{name}") for name, value in values.items() if not value.strip()]
        if missing:
            message.value = f"<p>{html.escape(t('m17.register.missing', fields=', '.join(missing)))}</p>"
            return
        try:
            rows.append(register_entry(role=role.value, tier=tier.value, **values))
        except ValueError:
            message.value = f"<p>{html.escape(t('m17.register.too_long', most=integer(MAX_CELL)))}</p>"
            return
        for box in texts.values():
            box.value = ""
        message.value = f"<p>{html.escape(t('m17.register.added', system=values['system'].strip()))}</p>"
        redraw()

    def on_save(_button=None) -> None:
        if not rows:
            message.value = f"<p>{html.escape(t('m17.register.empty'))}</p>"
            return
        path = save_register(rows, file_name)
        message.value = f"<p>{html.escape(t('m17.register.saved', file=str(path), rows=integer(len(rows))))}</p>"

    add.on_click(on_add)
    save.on_click(on_save)
    redraw()
    box = widgets.VBox(
        [
            texts["system"],
            texts["purpose"],
            role,
            tier,
            texts["data"],
            texts["oversight"],
            texts["incident_contact"],
            widgets.HBox([add, save] if save_button else [add]),
            message,
            table,
        ]
    )
    box.fields, box.role, box.tier, box.message, box.table, box.rows = texts, role, tier, message, table, rows
    box.press_add, box.press_save = on_add, on_save
    return box


def example_suggestion(rater: ToyRater, neighbours: int = NEIGHBOURS):
    """The toy's suggestion for the course's example task (an office task, in the learner's language)."""
    from IPython.display import HTML

    return HTML(suggestion_html(rater, t("m17.example.task"), neighbours))


def mistakes_table(rater: ToyRater, neighbours: int = NEIGHBOURS, rows: int = 8):
    """The first ``rows`` tasks whose course label the toy missed when each was left out, with both labels."""
    from IPython.display import HTML

    rows = whole_number("rows", rows, 1, 48)
    missed = left_out_mistakes(rater, neighbours)
    heads = [t("m17.ratings.task"), t("m17.suggest.label"), t("m17.ratings.toy")]
    table = [[task, _label(course), _label(toy)] for task, course, toy in missed[:rows]]
    summary = t("m17.mistakes.summary", missed=integer(len(missed)), tasks=integer(len(rater.labels)))
    return HTML(f"<p>{html.escape(summary)}</p>" + _table_html(heads, table))


def example_register_view():
    """A fictional town hall's register, as a table with its download link."""
    return register_view(example_register(), "town-hall-ai-register.csv")
