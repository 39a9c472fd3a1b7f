"""nbgrader preprocessors of the CAIRE course."""

from nbgrader.preprocessors import NbGraderPreprocessor


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
