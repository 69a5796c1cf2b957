"""Build and import 100 fillable forms: the median of 3 runs, in seconds.

    .venv/bin/python benchmarks/forms.py

Each run makes a fresh database with 50 pairs, each with a past session and 20 skills in the
catalogue, then times: building the 100 session-feedback forms (both sides of the 50
sessions); building 100 skills questionnaires (20 skills each); and importing 100 returned
feedback forms (filled beforehand with pypdf, not timed): the review the preview shows,
then the apply, which reviews again and writes everything in one transaction.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mentorat_desktop.db.database import Database, open_database
from mentorat_desktop.db.enums import PairStatus, ProgrammeStatus
from mentorat_desktop.db.models import (
    Pair,
    Person,
    Programme,
    Session,
    Skill,
    SkillCategory,
)
from mentorat_desktop.services.forms import FormKind, FormRequest
from mentorat_desktop.services.forms.build import build_forms
from mentorat_desktop.services.forms.returned import (
    apply_returned_forms,
    review_returned_forms,
)
from tests.forms_helpers import fill_with_pypdf

PAIRS = 50


def world(database: Database) -> tuple[int, list[int]]:
    now = datetime.now(UTC)
    with database.transaction() as s:
        category = SkillCategory(name="Numérique")
        s.add_all(Skill(name=f"Compétence n° {i}", category=category) for i in range(20))
        programme = Programme(
            name="Cohorte",
            start_date=date.today() - timedelta(days=30),
            end_date=date.today() + timedelta(days=150),
            status=ProgrammeStatus.RUNNING,
        )
        people = [Person(first_name=f"Élise {i}", last_name="Dubœuf") for i in range(2 * PAIRS)]
        s.add_all([programme, *people])
        s.flush()
        sessions = []
        for i in range(PAIRS):
            pair = Pair(
                programme_id=programme.id,
                mentor_id=people[2 * i].id,
                mentee_id=people[2 * i + 1].id,
                status=PairStatus.ACTIVE,
            )
            s.add(pair)
            s.flush()
            meeting = Session(
                pair_id=pair.id, starts_at=now - timedelta(days=3), duration_minutes=60
            )
            s.add(meeting)
            s.flush()
            sessions.append(meeting.id)
        return programme.id, sessions


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def one_run(folder: Path) -> tuple[float, float, float, float]:
    database = open_database(str(folder / "forms.sqlite3"))
    programme, sessions = world(database)
    built = []
    feedback = timed(
        lambda: built.extend(
            form
            for sid in sessions
            for form in build_forms(database, FormRequest(FormKind.FEEDBACK, programme, sid))
        )
    )
    skills = timed(lambda: build_forms(database, FormRequest(FormKind.SKILLS, programme)))
    returned = folder / "returned"
    returned.mkdir()
    answers = {"held": "/yes", "rating": "/v4", "learned": "Les tableaux croisés, l’œil neuf"}
    for index, form in enumerate(built):
        fill_with_pypdf(form.pdf, answers, returned / f"{index:03}.pdf")
    review = timed(lambda: review_returned_forms(database, [returned]))
    apply = timed(lambda: apply_returned_forms(database, [returned]))
    database.close()
    assert len(built) == 2 * PAIRS
    return feedback, skills, review, apply


def main() -> int:
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(one_run(Path(folder)))
    names = (
        "build 100 feedback forms",
        "build 100 skills questionnaires (20 skills)",
        "review 100 returned forms",
        "apply 100 returned forms (reviews again)",
    )
    for index, name in enumerate(names):
        values = [run[index] for run in runs]
        each = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name}: {statistics.median(values):.2f} s (runs: {each})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
