"""Returned forms that must be refused, each with one sentence, changing nothing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.pdfgen import canvas

from mentorat_desktop.db.database import open_database
from mentorat_desktop.db.enums import SessionStatus
from mentorat_desktop.db.models import Pair, ReturnedForm, Session
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
from mentorat_desktop.services.forms.returned import apply_returned_forms, review_returned_forms
from tests.forms_helpers import fill_with_pypdf, make_world

ANSWERS = {"held": "/yes", "rating": "/v4", "learned": "Les macros"}


def _mentor_form(database, world, tmp_path: Path, name: str = "mentor.pdf") -> Path:  # type: ignore[no-untyped-def]
    form = build_forms(
        database, FormRequest(FormKind.FEEDBACK, world.programme, world.past_session)
    )[0]
    return fill_with_pypdf(form.pdf, ANSWERS, tmp_path / name)


def _rewrite(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    writer = PdfWriter(clone_from=PdfReader(path))
    for page in writer.pages:
        for annotation in page.get("/Annots") or ():
            change(annotation.get_object())
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def _problem(database, path: Path) -> str:  # type: ignore[no-untyped-def]
    (review,) = review_returned_forms(database, [path])
    assert not review.accepted
    assert review.problem is not None
    return review.problem


def _nothing_written(database) -> None:  # type: ignore[no-untyped-def]
    with database.reading() as s:
        assert s.query(ReturnedForm).count() == 0
        assert all(row.journal is None for row in s.query(Session))


def test_changed_identifier_is_tampered(database, tmp_path) -> None:
    world = make_world(database)
    path = _mentor_form(database, world, tmp_path)

    def other_person(annotation) -> None:  # type: ignore[no-untyped-def]
        if annotation.get("/T") == "mentorat_form":
            parts = str(annotation["/V"]).split("|")
            parts[3] = str(world.outsider)
            annotation[NameObject("/V")] = TextStringObject("|".join(parts))

    _rewrite(path, other_person)

    assert "integrity code was changed" in _problem(database, path)
    with pytest.raises(ValidationError):
        apply_returned_forms(database, [path])
    _nothing_written(database)


def test_renamed_field_is_edited_outside_its_fields(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    path = _mentor_form(sqlite_database, world, tmp_path)

    def rename(annotation) -> None:  # type: ignore[no-untyped-def]
        if annotation.get("/T") == "learned":
            annotation[NameObject("/T")] = TextStringObject("notes")

    _rewrite(path, rename)

    assert "changed outside its fields" in _problem(sqlite_database, path)


def test_form_of_another_database_is_foreign(sqlite_database, tmp_path) -> None:
    other = open_database(str(tmp_path / "autre.sqlite3"))
    try:
        world = make_world(other)
        path = _mentor_form(other, world, tmp_path)
    finally:
        other.close()
    make_world(sqlite_database)

    assert "another Mentorat database" in _problem(sqlite_database, path)


def test_same_form_twice_in_one_drop_and_after_import(database, tmp_path) -> None:
    world = make_world(database)
    first = _mentor_form(database, world, tmp_path, "a.pdf")
    copy = tmp_path / "copie.pdf"
    copy.write_bytes(first.read_bytes())

    reviews = review_returned_forms(database, [first, copy])

    assert reviews[0].accepted and "twice" in (reviews[1].problem or "")
    apply_returned_forms(database, [first])
    assert "already imported" in _problem(database, copy)


def test_form_for_someone_no_longer_in_the_pair(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    form = build_forms(
        sqlite_database, FormRequest(FormKind.FEEDBACK, world.programme, world.past_session)
    )[1]
    path = fill_with_pypdf(form.pdf, ANSWERS, tmp_path / "mentee.pdf")
    with sqlite_database.transaction() as s:
        pair = s.get(Pair, world.pair)
        assert pair is not None
        pair.mentee_id = world.outsider

    problem = _problem(sqlite_database, path)

    assert "Bernard Dupont-Lefèvre" in problem and "no longer in this session’s pair" in problem


def test_cancelled_session_refuses_its_feedback(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    path = _mentor_form(sqlite_database, world, tmp_path)
    with sqlite_database.transaction() as s:
        row = s.get(Session, world.past_session)
        assert row is not None
        row.status = SessionStatus.CANCELLED
        row.cancel_reason = "Grève"

    assert "cancelled" in _problem(sqlite_database, path)


def test_unfilled_form_is_refused(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    form = build_forms(
        sqlite_database, FormRequest(FormKind.FEEDBACK, world.programme, world.past_session)
    )[0]
    path = tmp_path / "vide.pdf"
    path.write_bytes(form.pdf)

    assert "Nothing was filled in" in _problem(sqlite_database, path)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pdf at all", b"%PDF-1.4\n1 0 obj << /Type /Catalog", b"PK\x03\x04" + b"x" * 50],
    ids=["empty", "text", "truncated", "zip"],
)
def test_damaged_or_foreign_files(sqlite_database, tmp_path, content: bytes) -> None:
    make_world(sqlite_database)
    path = tmp_path / "retour.pdf"
    path.write_bytes(content)

    assert "cannot be read" in _problem(sqlite_database, path)


def test_pdf_without_our_fields_and_missing_file(sqlite_database, tmp_path) -> None:
    make_world(sqlite_database)
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Une facture")
    page.showPage()
    page.save()
    plain = tmp_path / "facture.pdf"
    plain.write_bytes(buffer.getvalue())

    assert "not a Mentorat form" in _problem(sqlite_database, plain)
    assert "cannot be opened" in _problem(sqlite_database, tmp_path / "absent.pdf")


def test_a_folder_is_expanded_to_its_pdfs(sqlite_database, tmp_path) -> None:
    world = make_world(sqlite_database)
    folder = tmp_path / "retours"
    folder.mkdir()
    _mentor_form(sqlite_database, world, folder, "B.PDF")
    (folder / "notes.txt").write_text("x")
    (folder / "sub").mkdir()

    reviews = review_returned_forms(sqlite_database, [folder])

    assert [Path(r.path).name for r in reviews] == ["B.PDF"] and reviews[0].accepted


def test_questionnaire_for_someone_no_longer_in_the_programme(sqlite_database, tmp_path) -> None:
    from mentorat_desktop.db.models import ProgrammeParticipant

    world = make_world(sqlite_database)
    zoe = next(
        f
        for f in build_forms(sqlite_database, FormRequest(FormKind.SKILLS, world.programme))
        if f.person_id == world.outsider
    )
    path = fill_with_pypdf(zoe.pdf, {f"level_{world.canva}": "/l2"}, tmp_path / "zoe.pdf")
    with sqlite_database.transaction() as s:
        row = s.get(ProgrammeParticipant, (world.programme, world.outsider))
        s.delete(row)

    assert "no longer in this programme" in _problem(sqlite_database, path)


def _detach(path: Path, widget_name: str, new_name: str, **merged: object) -> Path:
    """A widget taken out of its field and given a field's name, as Preview does to a radio
    button (Apple forum thread 735073), but where Preview would not."""

    def detach(annotation) -> None:  # type: ignore[no-untyped-def]
        parent = annotation.get("/Parent")
        named = annotation.get("/T") or (parent.get_object().get("/T") if parent else None)
        if named != widget_name or annotation.get("/Subtype") != "/Widget":
            return
        kind = annotation.get("/FT") or parent.get_object()["/FT"]
        if parent is not None:
            del annotation["/Parent"]
        annotation[NameObject("/T")] = TextStringObject(new_name)
        annotation[NameObject("/FT")] = NameObject(str(kind))
        for key, value in merged.items():
            annotation[NameObject(f"/{key}")] = NameObject(str(value))

    return _rewrite(path, detach)


@pytest.mark.parametrize(
    ("widget", "name"),
    [
        ("learned", "held"),  # a text field's widget given a radio group's name
        ("rating", "held"),  # a button of another group
        ("rating", "rated"),  # a button given a name of its own
        ("fit", "quote"),  # a button given a text field's name
    ],
)
def test_a_widget_moved_to_another_field_is_refused(
    sqlite_database, tmp_path, widget: str, name: str
) -> None:
    """Only what Preview does (a button keeping its own group's name) is read as before."""
    world = make_world(sqlite_database)
    path = _detach(_mentor_form(sqlite_database, world, tmp_path), widget, name)

    assert "changed outside its fields" in _problem(sqlite_database, path)
    _nothing_written(sqlite_database)
