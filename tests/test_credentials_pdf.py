"""The PDF attestations: a real page with a QR code that reads back, translated labels and French typography, long
lists on one page, the organisation record paginated with its header repeated, files replaced in one step."""

from __future__ import annotations

import datetime
import os

import pypdfium2 as pdfium
import pytest
import zxingcpp

from autograder.credentials.pdf import render_attestation, render_organisation_record

VERIFY_URL = "https://caire.example.org/credentials/verify/3f1c2a9e-8b7d-4c6e-9a1f-2b3c4d5e6f70"
CREDENTIAL_ID = "urn:uuid:3f1c2a9e-8b7d-4c6e-9a1f-2b3c4d5e6f70"
MODULES = {
    "fr": ["Qu'est-ce que l'IA ?", "Données et biais", "Le droit de l'IA"],
    "en": ["What is AI?", "Data and bias", "AI and the law"],
}
COMPETENCES = {
    "fr": ["Expliquer ce qu'est un modèle", "Repérer un biais"],
    "en": ["Explain what a model is", "Spot a bias"],
}


def attestation(path, language="fr", **changes):
    arguments = {
        "language": language,
        "learner_name": "Camille Exemple",
        "issuer_name": "Université Exemple",
        "course_title": "CAIRE — culture de l'IA" if language == "fr" else "CAIRE — AI literacy",
        "modules": MODULES.get(language, MODULES["en"]),
        "hours": 4.5,
        "issued_on": datetime.date(2026, 12, 7),
        "verify_url": VERIFY_URL,
        "credential_id": CREDENTIAL_ID,
        "competences": COMPETENCES.get(language, COMPETENCES["en"]),
    }
    return render_attestation(path, **{**arguments, **changes})


def page_texts(path) -> list[str]:
    """The text of each page; get_text_range keeps the no-break spaces that fpdf2 writes (those of single-line
    cells: multi_cell writes U+00A0 as a space and keeps the line from breaking there)."""
    document = pdfium.PdfDocument(path)
    return [page.get_textpage().get_text_range() for page in document]


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("fr", ["Attestation de formation", "7 décembre 2026", "Durée\u00a0: 4\u00a0h\u00a030", "l’IA\u202f?"]),
        ("en", ["Certificate of completion", "7 December 2026", "Duration: 4\u00a0h\u00a030\u00a0min", "AI literacy"]),
    ],
)
def test_an_attestation_is_one_page_whose_qr_code_reads_back_the_verification_link(tmp_path, language, labels):
    path = attestation(tmp_path / "attestation.pdf", language)
    document = pdfium.PdfDocument(path)
    assert len(document) == 1

    image = document[0].render(scale=2).to_pil()
    assert image.size == (1191, 1684)  # A4 at 144 dpi
    dark = sum(image.convert("L").point(lambda level: level < 128).histogram()[1:])
    assert dark > 5_000
    assert [code.text for code in zxingcpp.read_barcodes(image)] == [VERIFY_URL]

    [text] = page_texts(path)
    for expected in ["Camille Exemple", VERIFY_URL, CREDENTIAL_ID, *labels]:
        assert expected in text
    assert document.get_metadata_dict()["Author"] == "Université Exemple"
    assert f"/Lang ({'fr-FR' if language == 'fr' else 'en-GB'})".encode() in path.read_bytes()
    assert os.listdir(tmp_path) == ["attestation.pdf"]


def test_french_text_never_starts_a_line_with_high_punctuation(tmp_path):
    [text] = page_texts(attestation(tmp_path / "attestation.pdf", "fr"))
    assert "Identifiant : " + CREDENTIAL_ID in text.replace("\u00a0", " ")
    assert "'" not in text.replace(VERIFY_URL, "")  # apostrophes are ’
    assert not [line for line in text.splitlines() if line.lstrip()[:1] in {":", ";", "?", "!", "»"}]


def test_seventeen_long_modules_and_ten_competences_fit_on_one_page(tmp_path):
    modules = [
        f"Module {number} — Biais, équité et discrimination : comment les systèmes d'IA reproduisent-ils les "
        "inégalités sociales et que peut-on y faire au travail ?"
        for number in range(1, 18)
    ]
    competences = [
        f"Compétence {number} : repérer un usage à risque de l'IA dans son métier" for number in range(1, 11)
    ]
    path = attestation(tmp_path / "attestation.pdf", modules=modules, competences=competences)
    assert len(pdfium.PdfDocument(path)) == 1
    [text] = page_texts(path)
    assert "Module 17 — " in text and "Compétence 10 " in text


def test_an_unknown_language_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(ValueError, match="language must be one of en, fr"):
        attestation(tmp_path / "attestation.pdf", "de")
    assert os.listdir(tmp_path) == []


def test_a_failed_write_keeps_the_previous_file_whole(tmp_path, monkeypatch):
    path = attestation(tmp_path / "attestation.pdf", "en")
    before = path.read_bytes()

    def crash(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        attestation(path, "fr")
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == ["attestation.pdf"]


def test_the_organisation_record_repeats_its_header_on_every_page_and_lists_each_learner_once(tmp_path):
    rows = [
        {
            "name": f"Camille Exemple {number:03d}",
            "completed_on": datetime.date(2026, 11, 1) if number % 3 else None,
            "modules": ["Données et biais"] * (number % 18),
            "hours": number % 9 + 0.25,
        }
        for number in range(300)
    ]
    path = render_organisation_record(
        tmp_path / "record.pdf",
        language="fr",
        organisation="Exemple SA",
        issuer_name="Université Exemple",
        rows=rows,
        competences=COMPETENCES["fr"],
        generated_on=datetime.date(2026, 12, 1),
    )
    pages = page_texts(path)
    assert len(pages) > 2
    assert "Relevé de formation à l’IA — Exemple SA" in pages[0]
    assert "accepté de le partager avec leur" in pages[0]
    assert "1er décembre 2026" in pages[0] and "—" in pages[0]
    for page in pages[1:]:
        assert "Apprenant" in page and "Parcours terminé le" in page
    text = "".join(pages)
    assert all(text.count(row["name"]) == 1 for row in rows)
    assert "Compétences couvertes" in pages[-1] and "Repérer un biais" in pages[-1]
    assert f"Page {len(pages)} sur {len(pages)}" in pages[-1]


def test_the_organisation_record_speaks_english(tmp_path):
    rows = [{"name": "Camille Exemple", "completed_on": datetime.date(2026, 12, 7), "modules": ["Data"], "hours": 0.5}]
    path = render_organisation_record(
        tmp_path / "record.pdf",
        language="en",
        organisation="Example Ltd",
        issuer_name="Example University",
        rows=rows,
        competences=COMPETENCES["en"],
        generated_on=datetime.date(2026, 12, 7),
    )
    [text] = [page.replace("\u00a0", " ") for page in page_texts(path)]
    for expected in [
        "AI literacy training record — Example Ltd",
        "Only learners who agreed",
        "7 December 2026",
        "30 min",
    ]:
        assert expected in text
