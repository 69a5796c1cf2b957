"""The skills questionnaire opens with what is recorded (level, flags, target), so an
unticked box is an answer; a recorded "yes" taken away shows as a conflict."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from mentorat_desktop.db.models import PersonSkill
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
from mentorat_desktop.services.forms.returned import review_returned_forms
from tests.forms_helpers import fill_with_pymupdf, make_world


def test_the_questionnaire_is_prefilled_and_an_unticked_yes_is_a_conflict(
    sqlite_database, tmp_path: Path
) -> None:
    world = make_world(sqlite_database)
    with sqlite_database.transaction() as s:
        s.add(
            PersonSkill(
                person_id=world.mentee,
                skill_id=world.excel,
                level=2,
                can_teach=True,
                wants_to_learn=False,
                target_level=3,
            )
        )
    forms = build_forms(sqlite_database, FormRequest(FormKind.SKILLS, world.programme))
    bernard = next(f for f in forms if f.person_id == world.mentee)
    fields = PdfReader(io.BytesIO(bernard.pdf)).get_fields() or {}
    assert fields[f"level_{world.excel}"].get("/V") == "/l2"
    assert fields[f"teach_{world.excel}"].get("/V") == "/Yes"
    assert fields[f"learn_{world.excel}"].get("/V") in (None, "/Off")
    assert fields[f"target_{world.excel}"].get("/V") == "3"
    assert fields[f"level_{world.negotiation}"].get("/V") in (None, "/Off")  # nothing recorded

    untouched = fill_with_pymupdf(bernard.pdf, {}, tmp_path / "tel-quel.pdf")
    (review,) = review_returned_forms(sqlite_database, [untouched])
    assert review.problem is None
    assert not [c for c in review.changes if "Excel avancé" in c.label and c.current]

    unticked = fill_with_pymupdf(
        bernard.pdf, {f"teach_{world.excel}": False}, tmp_path / "decoche.pdf"
    )
    (review,) = review_returned_forms(sqlite_database, [unticked])
    changes = {c.label: c for c in review.changes}
    teach = changes["Excel avancé: can teach"]
    assert (teach.current, teach.new, teach.conflict) == ("yes", "no", True)
    assert "Excel avancé: level" not in changes  # the level came back as recorded
