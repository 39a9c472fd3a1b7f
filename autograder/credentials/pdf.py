"""The PDF documents of CAIRE's attestations (fpdf2, QR codes by segno), in French or English.

- :func:`render_attestation`: a learner's one-page attestation of completion of the AI-literacy course, with a QR
  code that encodes its verification link;
- :func:`render_organisation_record`: an employer's record of the AI-literacy training of its staff (evidence of
  the measures Article 4 of the EU AI Act asks for), one table row per learner who agreed to share their record.

The labels of both languages live in :data:`LABELS`. French text gets the no-break spaces of French typography
(:func:`caire.core.typography.french`); the font is the DejaVu Sans that matplotlib ships, so accents, « », the
no-break spaces and "—" are drawn. Each document replaces its file in one step: a crash never leaves half a PDF.
"""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fpdf import FPDF, FontFace, XPos, YPos

from autograder.credentials import learning_time, write_atomically
from caire.core.i18n import check_language
from caire.core.numbers import LOCALES
from caire.core.typography import french

FONT = "DejaVu"
#: Document language as PDF readers (and screen readers) expect it.
PDF_LANGUAGES = {"en": "en-GB", "fr": "fr-FR"}
MARGIN = 20  # mm, each side
INK, MUTED, RULE = (20, 20, 20), (95, 95, 95), (225, 229, 236)
#: Font sizes (pt) tried in turn until an attestation's modules and competences fit above its verification block.
LIST_SIZES = (11, 10, 9, 8, 7, 6)
QR_SIZE = 32  # mm
#: Height kept at the foot of an attestation for "issued by", the QR code, the link and the identifier (mm).
VERIFICATION_HEIGHT = 58

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "attestation.title": "Attestation de formation",
        "attestation.certify": "Nous attestons que",
        "attestation.completed": "a suivi le parcours de formation à la culture de l’IA « {course} » "
        "et rempli les conditions de réussite.",
        "attestation.duration": "Durée : {duration}",
        "attestation.issued": "Délivrée le {date} par {issuer}",
        "attestation.modules": "Modules suivis",
        "attestation.competences": "Compétences travaillées",
        "attestation.verify": "Vérifier cette attestation",
        "attestation.identifier": "Identifiant : {id}",
        "record.title": "Relevé de formation à l’IA — {organisation}",
        "record.subtitle": "Maîtrise de l’IA du personnel (article 4 du règlement européen sur l’intelligence "
        "artificielle)",
        "record.generated": "Édité le {date} par {issuer}",
        "record.consent": "Ne figurent dans ce relevé que les apprenants qui ont accepté de le partager avec leur "
        "employeur.",
        "record.learners": "Apprenants : {count}",
        "record.name": "Apprenant",
        "record.completed_on": "Parcours terminé le",
        "record.modules": "Modules suivis",
        "record.hours": "Durée",
        "record.competences": "Compétences couvertes",
        "page": "Page {page} sur {pages}",
    },
    "en": {
        "attestation.title": "Certificate of completion",
        "attestation.certify": "This is to certify that",
        "attestation.completed": "has followed the AI literacy course “{course}” and met its completion requirements.",
        "attestation.duration": "Duration: {duration}",
        "attestation.issued": "Issued on {date} by {issuer}",
        "attestation.modules": "Modules completed",
        "attestation.competences": "Competences practised",
        "attestation.verify": "Verify this certificate",
        "attestation.identifier": "Identifier: {id}",
        "record.title": "AI literacy training record — {organisation}",
        "record.subtitle": "AI literacy of staff (Article 4 of the EU Artificial Intelligence Act)",
        "record.generated": "Generated on {date} by {issuer}",
        "record.consent": "Only learners who agreed to share their record with their employer are listed.",
        "record.learners": "Learners: {count}",
        "record.name": "Learner",
        "record.completed_on": "Course completed on",
        "record.modules": "Modules completed",
        "record.hours": "Duration",
        "record.competences": "Competences covered",
        "page": "Page {page} of {pages}",
    },
}


def render_attestation(
    path: str | os.PathLike[str],
    *,
    language: str,
    learner_name: str,
    issuer_name: str,
    course_title: str,
    modules: Sequence[str],
    hours: float,
    issued_on: datetime.date,
    verify_url: str,
    credential_id: str,
    competences: Sequence[str],
) -> Path:
    """Write a learner's one-page attestation of completion to ``path`` and return that path.

    ``course_title``, ``modules`` and ``competences`` are already in ``language`` ("fr" or "en", else ValueError);
    the QR code encodes exactly ``verify_url``, which is also printed in full under it.
    """
    language = check_language(language)
    text = _Text(language)
    title = text("attestation.title")
    pdf = _document(language, title=f"{title} — {learner_name}", author=issuer_name)
    pdf.add_page()

    pdf.set_y(MARGIN + 4)
    _line(pdf, title, size=26, bold=True, height=12)
    _line(pdf, text.typeset(course_title), size=13, color=MUTED, height=7)
    pdf.ln(8)
    _line(pdf, text("attestation.certify"), size=11)
    pdf.ln(2)
    _line(pdf, learner_name, size=22, bold=True, height=11)
    pdf.ln(2)
    _paragraph(pdf, text("attestation.completed", course=course_title), size=11, align="C")
    pdf.ln(3)
    _line(pdf, text("attestation.duration", duration=learning_time(hours, language)), size=11, bold=True)
    pdf.ln(6)

    sections = [
        (text("attestation.modules"), [text.typeset(module) for module in modules]),
        (text("attestation.competences"), [text.typeset(competence) for competence in competences]),
    ]
    pdf.set_auto_page_break(True, margin=MARGIN + VERIFICATION_HEIGHT)
    # The largest size that fits; lists too long even in the smallest go on over a page 2, above the same foot.
    for size in LIST_SIZES:
        with pdf.offset_rendering() as trial:
            _sections(trial, sections, size)
        if not trial.page_break_triggered:
            break
    _sections(pdf, sections, size)

    pdf.set_auto_page_break(False)
    pdf.set_y(pdf.h - MARGIN - VERIFICATION_HEIGHT)
    pdf.set_draw_color(*RULE)
    pdf.line(MARGIN, pdf.y, pdf.w - MARGIN, pdf.y)
    pdf.ln(4)
    _line(pdf, text("attestation.issued", date=_long_date(issued_on, language), issuer=issuer_name), size=10)
    pdf.ln(3)
    _line(pdf, text("attestation.verify"), size=10, bold=True)
    pdf.image(_qr_code(verify_url), x=(pdf.w - QR_SIZE) / 2, y=pdf.y, w=QR_SIZE, h=QR_SIZE)
    pdf.set_y(pdf.y + QR_SIZE)
    _paragraph(pdf, verify_url, size=8, align="C", wrapmode="CHAR")
    _paragraph(pdf, text("attestation.identifier", id=credential_id), size=7, align="C", color=MUTED, wrapmode="CHAR")
    return _write(pdf, path)


def render_organisation_record(
    path: str | os.PathLike[str],
    *,
    language: str,
    organisation: str,
    issuer_name: str,
    rows: Sequence[dict[str, Any]],
    competences: Sequence[str],
    generated_on: datetime.date,
) -> Path:
    """Write an employer's record of its staff's AI-literacy training to ``path`` and return that path.

    ``rows``: one dict per learner who agreed to share their record, in the order to list them, with ``name``,
    ``completed_on`` (a date, or None while the course is not completed), ``modules`` (titles of the modules
    completed) and ``hours``. The table's header is repeated on each page.
    """
    language = check_language(language)
    text = _Text(language)
    title = text("record.title", organisation=organisation)
    pdf = _document(language, title=title, author=issuer_name, page_footer=text("page", page="{page}", pages="{nb}"))
    pdf.add_page()

    _paragraph(pdf, title, size=16, bold=True)
    _paragraph(pdf, text("record.subtitle"), size=10, color=MUTED)
    pdf.ln(3)
    _paragraph(pdf, text("record.generated", date=_long_date(generated_on, language), issuer=issuer_name), size=10)
    _paragraph(pdf, text("record.consent"), size=10)
    _paragraph(pdf, text("record.learners", count=len(rows)), size=10)
    pdf.ln(4)

    pdf.set_font(FONT, size=9)
    pdf.set_draw_color(*MUTED)
    headings = [text(f"record.{column}") for column in ("name", "completed_on", "modules", "hours")]
    with pdf.table(
        col_widths=(44, 26, 16, 14),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD", fill_color=RULE),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.5,
        padding=(0.6, 2),
        repeat_headings=1,
    ) as table:
        table.row(headings)
        for row in rows:
            completed_on = _long_date(row["completed_on"], language) if row["completed_on"] else "—"
            table.row([row["name"], completed_on, str(len(row["modules"])), learning_time(row["hours"], language)])

    pdf.ln(6)
    _sections(pdf, [(text("record.competences"), [text.typeset(competence) for competence in competences])], 10)
    return _write(pdf, path)


class _Text:
    """The labels of one language, with French typography applied to French text."""

    def __init__(self, language: str) -> None:
        self.language = language

    def typeset(self, text: str) -> str:
        return french(text.replace("'", "’")) if self.language == "fr" else text

    def __call__(self, key: str, **values: object) -> str:
        return self.typeset(LABELS[self.language][key].format(**values))


class _Document(FPDF):
    """An A4 page in DejaVu Sans; with ``page_footer`` ("Page {page} of {nb}"), each page is numbered."""

    page_footer: str | None = None

    def footer(self) -> None:
        if self.page_footer:
            self.set_y(-MARGIN + 6)
            _line(self, self.page_footer.replace("{page}", str(self.page_no())), size=8, color=MUTED)


def _document(language: str, *, title: str, author: str, page_footer: str | None = None) -> _Document:
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdf = _Document(format="A4")
    pdf.add_font(FONT, "", fonts / "DejaVuSans.ttf")
    pdf.add_font(FONT, "B", fonts / "DejaVuSans-Bold.ttf")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    pdf.set_lang(PDF_LANGUAGES[language])
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("CAIRE")
    pdf.set_text_color(*INK)
    pdf.page_footer = page_footer
    return pdf


def _line(
    pdf: FPDF,
    text: str,
    *,
    size: float,
    bold: bool = False,
    color: tuple[int, int, int] = INK,
    height: float | None = None,
) -> None:
    """One centred line across the page."""
    pdf.set_font(FONT, "B" if bold else "", size)
    pdf.set_text_color(*color)
    pdf.cell(0, height or size * 0.5, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(*INK)


def _paragraph(
    pdf: FPDF, text: str, *, size: float, bold: bool = False, color: tuple[int, int, int] = INK, **options: Any
) -> None:
    """Text wrapped across the page (``options`` for fpdf2's multi_cell: align, wrapmode)."""
    pdf.set_font(FONT, "B" if bold else "", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT, **{"align": "L", **options})
    pdf.set_text_color(*INK)


def _sections(pdf: FPDF, sections: Sequence[tuple[str, Sequence[str]]], size: float) -> None:
    """Headed bullet lists in ``size`` pt, their items' second lines aligned with their first."""
    bullet = size * 0.5
    for heading, items in sections:
        _paragraph(pdf, heading, size=size + 1, bold=True)
        pdf.ln(size * 0.1)
        pdf.set_font(FONT, size=size)
        for item in items:
            pdf.cell(bullet, size * 0.45, "•")
            pdf.multi_cell(0, size * 0.45, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(size * 0.4)


def _qr_code(url: str) -> io.BytesIO:
    """A QR code of exactly ``url``, as SVG (drawn as vectors in the PDF)."""
    import segno

    svg = io.BytesIO()
    segno.make_qr(url, error="m").save(svg, kind="svg", border=4, omitsize=True, xmldecl=False)
    svg.seek(0)
    return svg


def _long_date(day: datetime.date, language: str) -> str:
    """'7 décembre 2026', '1er décembre 2026' in French; '7 December 2026' in English."""
    from babel.dates import format_date

    written = format_date(day, format="d MMMM y", locale=LOCALES[language])
    return "1er" + written[1:] if language == "fr" and day.day == 1 else written


def _write(pdf: FPDF, path: str | os.PathLike[str]) -> Path:
    return write_atomically(path, bytes(pdf.output()))
