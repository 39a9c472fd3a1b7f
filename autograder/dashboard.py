"""The trainer dashboard (Voila app ``autograder/dashboard.ipynb``): where a cohort struggles, in aggregates only.

It reads nbgrader's gradebook of the course directory ($CAIRE_COURSE_DIR or course-data/), read-only, and
shows per assignment and group: cohort progress, the hardest questions, and score distributions; and, once learners
have taken the pre/post AI-literacy test, the cohort's mean scores before and after the course. Groups come
from the consent register's ``group`` column or ``groups.csv`` (see ``autograder.research``).

No student id, name or e-mail is ever shown: student ids are replaced by throw-away codes as soon as they are
read, and every figure is an aggregate over at least ``MIN_GROUP`` learners (smaller groups, and any group
that could be worked out from the others, are shown as hidden, never with their value). Grading is a task of
the course, so the dashboard counts every learner in the gradebook, consenting or not; nothing leaves it.
Labels are in English and French (``autograder/locales/<lang>.json``).
"""

from __future__ import annotations

import html
import math
import secrets
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from autograder import course_directory, research
from autograder.research import MIN_GROUP, TOTAL, ResearchError
from caire.core.i18n import LANGUAGES, t
from caire.core.outputs import clear, show_figure, show_html

#: The most "hardest questions" listed.
HARDEST = 5
#: One colour for bars, one for hidden bins (Okabe-Ito, readable with colour-vision deficiencies).
BAR_COLOUR, HIDDEN_COLOUR = "#0072B2", "#8A8A8A"  # both at least 3:1 on white


@dataclass
class CourseData:
    """What the dashboard shows, already aggregated: nothing in it names a learner."""

    analysis: dict  # research.item_analysis tables
    progress: pd.DataFrame  # scope, group, assignment, n_cohort, n_submitted, completion, mean_percent, ...
    assignments: list
    groups: list
    min_group: int
    prepost: dict | None = None  # the pre/post test: prepost.cohort_prepost, None until someone takes it


def load(course: Path | str | None = None, min_group: int = MIN_GROUP) -> CourseData:
    """Read the course's gradebook (and groups) and aggregate it; raises ResearchError with a clear message."""
    course = Path(course).expanduser().resolve() if course else course_directory()
    grades = research.read_grades(course)
    students = set(research.read_student_ids(course)) | set(grades["student_id"])
    consent_file = course / research.CONSENT_FILE
    register = research.read_consent(consent_file) if consent_file.is_file() else None
    groups = research.load_groups(course, register)
    # Student ids end here: a key drawn for this session only, kept nowhere, turns them into codes.
    key = secrets.token_bytes(32)
    data = grades.assign(
        learner=grades["student_id"].map(lambda s: research.pseudonym(key, s)),
        group=[groups.get(student, "") for student in grades["student_id"]],
    )
    data = data.drop(columns=["student_id"])
    cohort = pd.Series([groups.get(student, "") for student in students], dtype="str")
    del grades, students, groups, register
    analysis = research.item_analysis(data, min_group)
    return CourseData(
        analysis,
        progress_table(data, analysis, cohort, min_group),
        sorted(data["assignment"].unique()),
        sorted(g for g in data["group"].unique() if g),
        min_group,
        prepost_summary(data, min_group),
    )


def prepost_summary(data: pd.DataFrame, min_group: int) -> dict | None:
    """The cohort's pre/post test (autograder.prepost.cohort_prepost): learners who took both forms, their mean
    share right before and after, and the mean gain; the means are hidden (None) under ``min_group`` learners.
    None when nobody has taken the test."""
    from autograder.prepost import AnalysisError, cohort_prepost

    try:
        found = cohort_prepost(data)
    except AnalysisError:
        return None
    if found is None:
        return None
    hidden = found["learners"] < min_group
    return {
        "learners": None if 0 < found["learners"] < min_group else found["learners"],
        "mean_pre": None if hidden else found["mean_pre"],
        "mean_post": None if hidden else found["mean_post"],
        "mean_gain": None if hidden else found["mean_gain"],
        "suppressed": hidden,
    }


def progress_table(data: pd.DataFrame, analysis: dict, cohort: pd.Series, min_group: int) -> pd.DataFrame:
    """Per assignment and scope: learners who submitted, out of the cohort, and their mean and median score.

    Hidden exactly where the item analysis hides the assignment (fewer than ``min_group`` learners, or a group
    that could be worked out from the others); a cohort of fewer than ``min_group`` is hidden too.
    """
    rows = []
    totals = data.groupby(["assignment", "learner"]).agg(score=("score", "sum"), group=("group", "first"))
    for record in analysis["assignments"].itertuples(index=False):
        in_scope = cohort if record.scope == "all" else cohort[cohort == record.group]
        n_cohort = len(in_scope)
        hidden = bool(record.suppressed) or n_cohort < min_group
        scores = totals.loc[record.assignment]
        if record.scope == "group":
            scores = scores[scores["group"] == record.group]
        percent = 100 * scores["score"] / record.max_total if record.max_total > 0 else scores["score"] * math.nan
        rows.append(
            {
                "scope": record.scope,
                "group": record.group,
                "assignment": record.assignment,
                "n_cohort": None if hidden else n_cohort,
                "n_submitted": None if hidden else len(scores),
                "completion": None if hidden else len(scores) / n_cohort,
                "mean_percent": None if hidden else float(percent.mean()),
                "median_percent": None if hidden else float(percent.median()),
                "suppressed": hidden,
            }
        )
    table = pd.DataFrame(
        rows,
        columns=[
            "scope",
            "group",
            "assignment",
            "n_cohort",
            "n_submitted",
            "completion",
            "mean_percent",
            "median_percent",
            "suppressed",
        ],
    )
    return table.astype(
        {
            "n_cohort": "Int64",
            "n_submitted": "Int64",
            "completion": "float64",
            "mean_percent": "float64",
            "median_percent": "float64",
        }
    )


def _scope(frame: pd.DataFrame, group: str | None, assignment: str | None = None) -> pd.DataFrame:
    """Rows of all learners (group None or "") or of one group, for one assignment or all (assignment None)."""
    rows = (
        frame[frame["scope"] == "all"] if not group else frame[(frame["scope"] == "group") & (frame["group"] == group)]
    )
    return rows if not assignment else rows[rows["assignment"] == assignment]


def hardest_questions(
    course: CourseData, assignment: str | None = None, group: str | None = None, top: int = HARDEST
) -> pd.DataFrame:
    """The questions with the lowest difficulty index (share of the points earned), hidden ones left out."""
    items = _scope(course.analysis["items"], group, assignment)
    items = items[~items["suppressed"] & items["difficulty"].notna()]
    return items.sort_values(["difficulty", "assignment", "question"]).head(top).reset_index(drop=True)


# --- rendering -----------------------------------------------------------------------------------------------


def _percent(value, language: str, hidden: str) -> str:
    return hidden if value is None or pd.isna(value) else t("dashboard.percent", language, value=round(float(value)))


def _number(value, hidden: str, digits: int | None = None) -> str:
    if value is None or pd.isna(value):
        return hidden
    return str(int(value)) if digits is None else f"{float(value):.{digits}f}"


def _html_table(columns: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th style='text-align:left;padding:2px 10px'>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 10px'>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table class='caire-dashboard-table'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def progress_html(course: CourseData, assignment: str | None, group: str | None, language: str) -> str:
    hidden = t("dashboard.hidden", language)
    rows = []
    for record in _scope(course.progress, group, assignment).itertuples(index=False):
        rows.append(
            [
                record.assignment,
                _number(record.n_submitted, hidden),
                _number(record.n_cohort, hidden),
                _percent(None if pd.isna(record.completion) else 100 * record.completion, language, hidden),
                _percent(record.mean_percent, language, hidden),
                _percent(record.median_percent, language, hidden),
            ]
        )
    if not rows:
        return f"<p>{html.escape(t('dashboard.nothing', language))}</p>"
    columns = [
        t(f"dashboard.col.{name}", language)
        for name in ("assignment", "submitted", "cohort", "completion", "mean", "median")
    ]
    return _html_table(columns, rows)


def hardest_html(course: CourseData, assignment: str | None, group: str | None, language: str) -> str:
    hardest = hardest_questions(course, assignment, group)
    if hardest.empty:
        return f"<p>{html.escape(t('dashboard.nothing_shown', language, min=course.min_group))}</p>"
    hidden = t("dashboard.undefined", language)
    rows = [
        [
            r.assignment,
            r.question,
            _percent(100 * r.difficulty, language, hidden),
            f"{_number(r.mean_score, hidden, 2)} / {_number(r.max_score, hidden, 2)}",
            _number(r.discrimination, hidden, 2),
        ]
        for r in hardest.itertuples(index=False)
    ]
    columns = [
        t(f"dashboard.col.{name}", language)
        for name in ("assignment", "question", "difficulty", "points", "discrimination")
    ]
    return _html_table(columns, rows) + f"<p style='font-size:85%'>{html.escape(t('dashboard.explain', language))}</p>"


def prepost_html(course: CourseData, language: str) -> str:
    """The cohort's pre/post test as a one-row table, or nothing while nobody has taken the test."""
    found = course.prepost
    if found is None:
        return ""
    hidden = t("dashboard.hidden", language)
    gain = found["mean_gain"]
    points = (
        hidden if gain is None else t("dashboard.points", language, value=f"{100 * gain:+.0f}".replace("-", "\u2212"))
    )
    row = [
        _number(found["learners"], hidden),
        _percent(None if found["mean_pre"] is None else 100 * found["mean_pre"], language, hidden),
        _percent(None if found["mean_post"] is None else 100 * found["mean_post"], language, hidden),
        points,
    ]
    columns = [t(f"dashboard.col.{name}", language) for name in ("prepost_learners", "pre", "post", "gain")]
    explain = t("dashboard.prepost_explain", language, min=course.min_group)
    return _html_table(columns, [row]) + f"<p style='font-size:85%'>{html.escape(explain)}</p>"


def _bars(ax, labels: list[str], counts: list, min_group: int, language: str) -> None:
    """Bars of learner counts; a hidden count is drawn as a grey hatched stub marked "hidden", never its value."""
    shown = [0 if c is None or pd.isna(c) else int(c) for c in counts]
    hidden = [c is None or pd.isna(c) for c in counts]
    top = max([*shown, min_group])
    ax.bar(labels, shown, color=BAR_COLOUR)
    for x, is_hidden in enumerate(hidden):
        if is_hidden:
            ax.bar(x, top * 0.08, color="none", edgecolor=HIDDEN_COLOUR, hatch="//")
            ax.text(
                x, top * 0.1, t("dashboard.hidden", language), ha="center", va="bottom", fontsize=7, color="#555555"
            )
    ax.set_ylim(0, top * 1.15)
    ax.set_ylabel(t("dashboard.plot.learners", language))
    ax.tick_params(axis="x", labelsize=8)


def plot_distributions(course: CourseData, assignment: str | None, group: str | None, language: str):
    """Histograms of total scores (one panel per assignment shown), from the suppressed distribution table."""
    import matplotlib.pyplot as plt

    names = [assignment] if assignment else course.assignments[:12]
    columns = min(3, len(names))
    rows = math.ceil(len(names) / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(4.2 * columns, 3.0 * rows), layout="constrained", squeeze=False)
    table = _scope(course.analysis["distributions"], group)
    for ax, name in zip(axes.flat, names):
        part = table[(table["assignment"] == name) & (table["question"] == TOTAL)]
        _bars(ax, list(part["bin"]), list(part["count"]), course.min_group, language)
        ax.set_title(name, fontsize=9)
        ax.set_xlabel(t("dashboard.plot.total", language))
    for ax in list(axes.flat)[len(names) :]:
        ax.set_visible(False)
    return figure


def plot_difficulty(course: CourseData, assignment: str, group: str | None, language: str):
    """Difficulty index of each question of one assignment (hidden questions drawn as hatched stubs)."""
    import matplotlib.pyplot as plt

    items = _scope(course.analysis["items"], group, assignment)
    figure, ax = plt.subplots(figsize=(max(4.5, 0.9 * len(items) + 2), 3.2), layout="constrained")
    values = [None if pd.isna(v) else 100 * float(v) for v in items["difficulty"]]
    ax.bar(range(len(items)), [0 if v is None else v for v in values], color=BAR_COLOUR)
    for x, value in enumerate(values):
        if value is None:
            ax.bar(x, 8, color="none", edgecolor=HIDDEN_COLOUR, hatch="//")
            ax.text(x, 10, t("dashboard.hidden", language), ha="center", fontsize=7, color="#555555")
    ax.set_xticks(range(len(items)), list(items["question"]), rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, 105)
    ax.set_ylabel(t("dashboard.plot.difficulty", language))
    ax.set_title(t("dashboard.plot.difficulty_title", language, assignment=assignment), fontsize=9)
    return figure


class Dashboard:
    """The widgets: language, assignment and group filters, then progress, hardest questions and plots."""

    def __init__(self, course: Path | str | None = None, language: str = "en", min_group: int = MIN_GROUP):
        import ipywidgets as widgets

        self.language = language if language in LANGUAGES else "en"
        try:
            self.course, self.problem = load(course, min_group), None
        except ResearchError as problem:
            self.course, self.problem = None, str(problem)
        self.language_choice = widgets.Dropdown(options=[("English", "en"), ("Français", "fr")], value=self.language)
        self.assignment_choice = widgets.Dropdown()
        self.group_choice = widgets.Dropdown()
        self.title = widgets.HTML()
        self.privacy = widgets.HTML()
        self.sections = {
            name: (widgets.HTML(), widgets.Output())
            for name in ("progress", "prepost", "hardest", "distribution", "difficulty")
        }
        self.message = widgets.HTML()
        self._fill_choices()
        for choice in (self.language_choice, self.assignment_choice, self.group_choice):
            choice.observe(self._changed, names="value")
        filters = widgets.HBox([self.language_choice, self.assignment_choice, self.group_choice])
        parts = [self.title, filters, self.privacy, self.message]
        for heading, output in self.sections.values():
            parts += [heading, output]
        self.widget = widgets.VBox(parts)
        self.widget.add_class("caire-dashboard")
        self.render()

    def _fill_choices(self) -> None:
        language = self.language
        assignments = self.course.assignments if self.course else []
        groups = self.course.groups if self.course else []
        keep_assignment, keep_group = self.assignment_choice.value, self.group_choice.value
        self._filling = True
        self.assignment_choice.options = [(t("dashboard.all_assignments", language), "")] + [
            (a, a) for a in assignments
        ]
        self.assignment_choice.value = keep_assignment if keep_assignment in assignments else ""
        self.group_choice.options = [(t("dashboard.all_groups", language), "")] + [(g, g) for g in groups]
        self.group_choice.value = keep_group if keep_group in groups else ""
        self.assignment_choice.description = t("dashboard.assignment", language)
        self.group_choice.description = t("dashboard.group", language)
        self.language_choice.description = t("dashboard.language", language)
        self._filling = False

    def _changed(self, change) -> None:
        if getattr(self, "_filling", False):
            return
        if change["owner"] is self.language_choice:
            self.language = change["new"]
            self._fill_choices()
        self.render()

    def render(self) -> None:
        language = self.language
        self.title.value = f"<h2>{html.escape(t('dashboard.title', language))}</h2>"
        min_group = self.course.min_group if self.course else MIN_GROUP
        self.privacy.value = (
            f"<p style='font-size:85%'>{html.escape(t('dashboard.privacy', language, min=min_group))}</p>"
        )
        for name, (heading, _output) in self.sections.items():
            heading.value = f"<h3>{html.escape(t(f'dashboard.section.{name}', language))}</h3>"
        outputs = {name: output for name, (_heading, output) in self.sections.items()}
        if self.course is None:
            for output in outputs.values():
                clear(output)
            self.message.value = (
                f"<p><b>{html.escape(t('dashboard.no_data', language))}</b> {html.escape(self.problem or '')}</p>"
            )
            return
        self.message.value = ""
        assignment = self.assignment_choice.value or None
        group = self.group_choice.value or None
        show_html(outputs["progress"], progress_html(self.course, assignment, group, language))
        if self.course.prepost is None:  # nobody has taken the pre/post test: no section
            self.sections["prepost"][0].value = ""
            clear(outputs["prepost"])
        else:
            show_html(outputs["prepost"], prepost_html(self.course, language))
        show_html(outputs["hardest"], hardest_html(self.course, assignment, group, language))
        show_figure(outputs["distribution"], plot_distributions(self.course, assignment, group, language))
        if assignment is None:
            show_html(outputs["difficulty"], f"<p>{html.escape(t('dashboard.choose_assignment', language))}</p>")
        else:
            show_figure(outputs["difficulty"], plot_difficulty(self.course, assignment, group, language))


def show_dashboard(course: Path | str | None = None, language: str = "en") -> Dashboard:
    """Display the dashboard of the course directory (default: $CAIRE_COURSE_DIR or course-data/)."""
    from IPython.display import display

    dashboard = Dashboard(course, language)
    display(dashboard.widget)
    return dashboard
