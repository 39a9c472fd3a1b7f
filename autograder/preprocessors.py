"""nbgrader preprocessors of the CAIRE course."""

from nbgrader.preprocessors import ClearSolutions, NbGraderPreprocessor
from traitlets import Dict


class ClearSolutionsInLanguage(ClearSolutions):
    """nbgrader's ClearSolutions, with the stub in the assignment's language: a French assignment's student
    version says ``# VOTRE CODE ICI`` where an English one says ``# YOUR CODE HERE``.

    nbgrader picks a stub by the notebook's *programming* language only (``ClearSolutions.code_stub``); the course
    writes each notebook's human language in ``metadata.caire.language``. A notebook without it, or in a language
    with no stub here, keeps ``ClearSolutions.code_stub`` and ``text_stub`` (the course's English ones).

    The instructions of an assignment name the stub ("answer in the cells that say `# YOUR CODE HERE`"): in the
    student version of a notebook whose stubs this changes, the prose names the stub it shows (the first line of
    each English stub becomes its translation, in markdown cells only).
    """

    code_stubs = Dict(
        help="Per human language (metadata.caire.language): the stub of a code solution, by programming language."
    ).tag(config=True)
    text_stubs = Dict(help="Per human language: the stub of a text solution.").tag(config=True)

    def preprocess(self, nb, resources):
        language = (nb.metadata.get("caire") or {}).get("language")
        code_stub, text_stub = self.code_stub, self.text_stub
        try:
            if language in self.code_stubs:
                self.code_stub = {**code_stub, **self.code_stubs[language]}
            if language in self.text_stubs:
                self.text_stub = self.text_stubs[language]
            renamed = [
                (english.splitlines()[0], translated.splitlines()[0])
                for english, translated in (
                    *((code_stub.get(kind, ""), self.code_stub.get(kind, "")) for kind in code_stub),
                    (text_stub, self.text_stub),
                )
                if english.strip() and translated.strip() and english != translated
            ]
            for cell in nb.cells:
                if cell.cell_type == "markdown":
                    for english, translated in renamed:
                        cell.source = cell.source.replace(english, translated)
            return super().preprocess(nb, resources)
        finally:
            self.code_stub, self.text_stub = code_stub, text_stub


class HideTestTracebacks(NbGraderPreprocessor):
    """In feedback, keep a failing test cell's message but drop its traceback.

    A traceback quotes the source line that failed, so the traceback of a failing hidden test would
    show the hidden test even after ``ClearHiddenTests`` removed it from the cell. The exception's
    type and message (written for learners by ``caire.core.checks``) stay.
    """

    def preprocess_cell(self, cell, resources, index):
        grade = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and grade.get("grade") and not grade.get("solution"):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
        return cell, resources
