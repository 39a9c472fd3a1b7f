"""Voila apps: every question of an assignment answered with widgets, checked by the same code as nbgrader.

Only widgets reach the browser: the question's input, a "check" button and the feedback text.
The checks run in the kernel; answer keys are not in the page (see ``caire.core.checks``).
"""

from __future__ import annotations

from caire.core.checks import Choice, Drawing, Feedback, OpenText, Question, Several, Slider
from caire.core.explorer import slider
from caire.core.i18n import catalog, get_language, t


def answer_name(question: Question) -> str:
    """What names the question's input, on screen and for a screen reader: its label (``<id>.label``), else "Your
    answer" (an item of the pre/post test has no label: its question is the text just above)."""
    key = f"{question.id}.label"
    return t(key) if key in catalog(get_language()) else t("app.your_answer")


def answer_input(question: Question):
    """The widget a learner answers ``question`` with, chosen by the kind of answer it takes."""
    import ipywidgets as widgets

    spec = question.answer_with
    if isinstance(spec, Slider):
        return slider(
            spec.start, spec.low, spec.high, spec.step, t(f"{question.id}.label"), whole=spec.whole, width="70%"
        )
    if isinstance(spec, Choice):
        buttons = widgets.RadioButtons(
            options=[(question.label(key), key) for key in spec.options],
            value=None,
            description=answer_name(question),  # names the group of options (frontend/src/access.js)
            style={"description_width": "initial"},
            layout=widgets.Layout(width="95%", flex_flow="column"),
        )
        buttons.add_class("caire-options")
        return buttons
    if isinstance(spec, Several):
        boxes = [
            widgets.Checkbox(
                description=question.label(key), value=False, indent=False, layout=widgets.Layout(width="45%")
            )
            for key in spec.options
        ]
        box = widgets.Box(boxes, layout=widgets.Layout(flex_flow="row wrap", width="95%"))
        box.option_keys = spec.options  # not .keys: ipywidgets syncs the traits listed in Widget.keys
        return box
    if isinstance(spec, Drawing):
        return _drawing_input(spec)
    if isinstance(spec, OpenText):
        box = widgets.Textarea(
            value="",
            description=answer_name(question),
            rows=10,
            style={"description_width": "initial"},
            layout=widgets.Layout(width="95%"),
        )
        box.add_class("caire-open-text")
        return box
    raise TypeError(
        f"question.answer_with must be a Slider, Choice, Several, Drawing or OpenText; got {type(spec).__name__}"
    )


def _drawing_input(spec: Drawing):
    """The drawing grid, with what ``spec.reading`` says of the drawing beside it when the question has one."""
    import ipywidgets as widgets

    from caire.core.drawing import drawing_grid

    if spec.reading is None:
        return drawing_grid(spec.start)
    reading = widgets.HTML(spec.reading(list(spec.start)))
    grid = drawing_grid(spec.start, on_change=lambda lines: setattr(reading, "value", spec.reading(lines)))
    box = widgets.HBox([grid, widgets.Box([reading], layout=widgets.Layout(margin="0 0 0 24px"))])
    box.lines, box.grid = grid.lines, grid
    return box


def read_answer(question: Question, widget) -> object:
    """The learner's answer, as the checks expect it (a number, an option key, a set of keys, lines of text)."""
    if isinstance(question.answer_with, Several):
        return {key for key, box in zip(widget.option_keys, widget.children) if box.value}
    if isinstance(question.answer_with, Drawing):
        return widget.lines()
    if isinstance(question.answer_with, OpenText):
        return widget.value.strip() or None
    return widget.value


def feedback_html(feedback: Feedback, recorded: bool = False) -> str:
    """The feedback as a small coloured panel (``recorded``: a test's answer noted, neither right nor wrong)."""
    import html

    if recorded and feedback.passed:
        return f'<div class="caire-feedback" style="border-left:4px solid #555555;padding:4px 8px">{html.escape(feedback.message)}</div>'
    colour, word = ("#1b7f3b", t("app.right")) if feedback.passed else ("#b3261e", t("app.not_yet"))
    return (
        f'<div class="caire-feedback" style="border-left:4px solid {colour};padding:4px 8px">'
        f"<b>{word}.</b> {html.escape(feedback.message)}</div>"
    )


#: The cards shown in this kernel, by question id, with how to read each one's answer: what Submit reads.
_CARDS: dict[str, tuple[Question, object]] = {}


def register_card(question: Question, read) -> None:
    """Make a card's answer part of what Submit hands in (``read()`` returns the current answer)."""
    _CARDS[question.id] = (question, read)


def current_answers() -> dict[str, object]:
    """The answer set in each card shown so far (questions left unanswered are left out)."""
    answers = {}
    for question_id, (_question, read) in _CARDS.items():
        value = read()
        if value is not None and value != set():
            answers[question_id] = value
    return answers


#: ipywidgets gives each radio button's label one fixed line: a long option (a sentence, in French
#: often longer) wraps over the next one, which then takes the click meant for it. Let labels grow.
OPTIONS_CSS = (
    ".caire-options label { height: auto; line-height: 1.35; display: flex; align-items: flex-start;"
    " padding: 3px 0; } .caire-options input { height: auto; margin-top: 0.2em; flex: none; }"
)


def question_card(question: Question, feedback: str = "immediate"):
    """Input, check button and feedback for one question. With ``feedback="none"`` (a test) the button only says
    whether the answer is usable and that it is recorded, never whether it is right; so does an open question's
    (its trainer grades it), which says so under the text box."""
    import html

    import ipywidgets as widgets

    open_question = isinstance(question.answer_with, OpenText)
    if open_question:
        feedback = "none"
    answer = answer_input(question)
    button = widgets.Button(
        description=t("app.save" if open_question else "app.check" if feedback == "immediate" else "app.record"),
        button_style="primary",
        icon="check",
        layout=widgets.Layout(width="auto"),  # a label never cut, in either language
    )
    said = widgets.HTML()
    said.add_class("caire-live")  # announced when it changes (frontend/src/access.js)
    parts = [answer, button, said]
    if open_question:
        parts.insert(1, widgets.HTML(f'<p class="caire-open-note">{html.escape(t("app.open_answer"))}</p>'))
    if isinstance(question.answer_with, Choice):
        parts.append(widgets.HTML(f"<style>{OPTIONS_CSS}</style>"))
    card = widgets.VBox(parts)
    card.add_class(f"caire-question-{question.id}")

    # In a test, a slider left where it starts is no answer (a survey would read its middle value as one): it
    # counts once the learner moves it or records it.
    touched = {"yes": feedback == "immediate" or not isinstance(question.answer_with, Slider)}
    if not touched["yes"]:
        answer.observe(lambda _change: touched.update(yes=True), names="value")

    def on_check(_click) -> None:
        value = read_answer(question, answer)
        if feedback == "immediate":
            result = question.check(value)
            card.passed = result.passed
        else:
            touched["yes"] = True
            usable = question.check(value, "valid") if "valid" in question.criteria else Feedback(True, "")
            said_ok = usable.message if open_question else t("app.recorded")
            result = Feedback(usable.passed, said_ok if usable.passed else usable.message)
        said.value = feedback_html(result, recorded=feedback != "immediate")

    button.on_click(on_check)
    card.passed = False
    register_card(question, lambda: read_answer(question, answer) if touched["yes"] else None)
    return card


#: The exercise whose cards this kernel shows (what Submit asks whether to show results).
_SHOWN: dict[str, object] = {}


def show_question(exercise, question_id: str) -> None:
    """Display the card of one question of ``exercise`` (a module's ``questions``), whatever kind of answer it
    takes, with the exercise's kind of feedback."""
    from IPython.display import display

    checks = getattr(exercise.question, "__self__", None)  # the module's Exercise (its question() is bound to it)
    _SHOWN["exercise"] = checks
    display(question_card(exercise.question(question_id), getattr(checks, "feedback", "immediate")))


def results_html(answers: dict[str, object]) -> str:
    """After a test is submitted: how many graded questions were answered right, then each answered one, right or
    not, with its feedback. Questions with no right answer (a survey's) are left out."""
    import html

    rows, right, graded = [], 0, 0
    for question_id, (question, _read) in _CARDS.items():
        if "right" not in question.criteria:
            continue
        graded += 1
        if question_id in answers:
            result = question.check(answers[question_id])
            right += result.passed
            rows.append(feedback_html(result))
    score = f'<p class="caire-score">{html.escape(t("app.score", right=right, total=graded))}</p>'
    return f'<div class="caire-results"><h2>{html.escape(t("app.results"))}</h2>{score}{"".join(rows)}</div>'


def submit_panel(slug: str):
    """A "Submit my answers" button for the assignment ``<slug>-<language>``, and what came of it."""
    import base64
    import html

    import ipywidgets as widgets

    from caire.core.i18n import get_language
    from caire.submission import submit_answers

    assignment = f"{slug}-{get_language()}"
    button = widgets.Button(
        description=t("app.submit"), button_style="success", icon="paper-plane", layout=widgets.Layout(width="auto")
    )
    status = widgets.HTML()
    status.add_class("caire-live")
    panel = widgets.VBox([button, status])
    panel.add_class("caire-submit")

    def on_submit(_click) -> None:
        answers = current_answers()
        result = submit_answers(assignment, answers)
        counts = {"answered": len(answers), "total": len(_CARDS)}
        if result.kind == "sent":
            status.value = f'<div class="caire-submitted">{html.escape(t("app.submitted", **counts))}</div>'
            shown = _SHOWN.get("exercise")
            decide = getattr(shown, "results_after_submit", None)
            if decide is not None and decide(assignment):
                status.value += results_html(answers)
        elif result.kind == "download":
            data = base64.b64encode(result.content).decode("ascii")
            status.value = (
                f'<div class="caire-submitted">{html.escape(t("app.download", **counts))} '
                f'<a download="{html.escape(result.filename)}" '
                f'href="data:application/x-ipynb+json;base64,{data}">{html.escape(result.filename)}</a></div>'
            )
        else:
            status.value = (
                f'<div class="caire-submit-error">{html.escape(t("app.submit_error", detail=result.message))}</div>'
            )

    button.on_click(on_submit)
    return panel


def show_submit(slug: str) -> None:
    """Display the Submit panel of the app of assignment ``slug`` (e.g. "01-rules-vs-learning")."""
    from IPython.display import display

    display(submit_panel(slug))
