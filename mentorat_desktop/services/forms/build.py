"""Building the forms: one per participant (one per side for a session's feedback).

Read-only apart from the database's form key, made once on the first form built. Each form
gets a new random uid, so building again gives new forms; each is accepted once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mentorat_desktop.db.database import Database
from mentorat_desktop.documents.forms.builders import (
    build_end_form,
    build_feedback_form,
    build_skills_form,
)
from mentorat_desktop.documents.language import document_translator
from mentorat_desktop.errors import ServiceError, ValidationError
from mentorat_desktop.files import write_file
from mentorat_desktop.i18n import translate
from mentorat_desktop.os_errors import os_reason
from mentorat_desktop.services.documents.document_data import letterhead
from mentorat_desktop.services.documents.document_export import safe_filename
from mentorat_desktop.services.forms import BuiltForm, FormKind, FormRequest
from mentorat_desktop.services.forms import form_data as data
from mentorat_desktop.services.forms.identity import FormIdentity, form_key, new_form_uid, signed

Progress = Callable[[float], None]


def _file_label(kind: FormKind, translate_document: data.Translate) -> str:
    return {
        FormKind.SKILLS: translate_document("Forms", "Skills questionnaire"),
        FormKind.FEEDBACK: translate_document("Forms", "Session feedback"),
        FormKind.END: translate_document("Forms", "End of programme"),
    }[kind]


def form_file_stem(
    kind: FormKind, translate_document: data.Translate, person: str, day: str | None
) -> str:
    """A form's file name, such as "Skills questionnaire — Léa Martin" (and the session's
    day): a dash, as the documents' own ("Charter — …", "Certificate — …"); the mail
    attaches the same names."""
    parts = [_file_label(kind, translate_document), person, *([day] if day else [])]
    return " — ".join(parts)


def build_forms(
    database: Database, request: FormRequest, progress: Progress | None = None
) -> list[BuiltForm]:
    """The forms the request asks for, in memory (the mail attaches them; export writes them)."""
    kind = FormKind(request.kind)
    with database.reading() as session:
        programme = data.load_programme(session, request.programme_id)
        language = programme.language.value
        head = letterhead(session, language)
        plans = data.form_plans(session, programme, kind, request)
    database_uid, secret = form_key(database)
    document = document_translator(language)
    built: list[BuiltForm] = []
    for index, plan in enumerate(plans):

        def identify(layout: str, plan: data.FormPlan = plan) -> str:
            identity = FormIdentity(
                database_uid,
                kind,
                plan.person_id,
                request.programme_id,
                plan.session_id,
                plan.side,
                new_form_uid(),
                plan.skill_ids,
                layout,
            )
            return signed(identity, secret)

        if isinstance(plan.content, data.SkillsFormData):
            pdf = build_skills_form(plan.content, head, document, identify)
        elif isinstance(plan.content, data.FeedbackFormData):
            pdf = build_feedback_form(plan.content, head, document, identify)
        else:
            pdf = build_end_form(plan.content, head, document, identify)
        day = plan.session_day if plan.session_id is not None else None
        name = form_file_stem(kind, document, plan.person_name, day)
        built.append(
            BuiltForm(
                kind,
                plan.person_id,
                plan.person_name,
                plan.email,
                plan.session_id,
                safe_filename(name) + ".pdf",
                pdf,
            )
        )
        if progress:
            progress((index + 1) / len(plans))
    return built


def export_forms(
    database: Database,
    request: FormRequest,
    folder: Path,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the forms into ``folder`` (each file whole or not at all); the paths written."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            "folder",
            translate("Forms", "“{path}” is a file, not a folder: choose a folder.").format(
                path=folder
            ),
        )
    forms = build_forms(
        database, request, lambda share: progress(share * 0.9) if progress else None
    )
    written: list[Path] = []
    used: set[str] = set()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for form in forms:
            path = folder / _unique(form.filename, used)
            write_file(path, form.pdf)
            written.append(path)
    except OSError as exc:
        raise ServiceError(
            translate("Forms", "Cannot write into “{folder}”: {reason}").format(
                folder=folder, reason=os_reason(exc)
            )
        ) from exc
    if progress:
        progress(1.0)
    return written


def _unique(filename: str, used: set[str]) -> str:
    """Two participants of the same name get two files."""
    stem, suffix = filename[: -len(".pdf")], ".pdf"
    candidate, number = filename, 2
    while candidate.casefold() in used:
        candidate = f"{stem} ({number}){suffix}"
        number += 1
    used.add(candidate.casefold())
    return candidate
