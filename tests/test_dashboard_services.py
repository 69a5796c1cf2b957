"""Dashboard and evaluation figures on a hand-built programme whose every value is known.

Programme "Printemps" (running, Europe/Paris, ends within 30 days of NOW):
- pair 1 Alice → Bruno, active: held 12 Jan (60 min, ratings 4/5, both "good fit"),
  cancelled 26 Jan, missed 1 Feb 00:30 Paris (31 Jan in UTC), held 2 Mar (90 min, rating
  3/–, an action due 10 Mar still open), planned 16 Mar (past, no journal), 25 Mar, 1 Apr;
- pair 2 Chloé → David, active: held 19 Jan (60 min, ratings 2/4, "unsure" and "not a fit"),
  planned 20 Feb (past, no journal: overdue); nothing since, so stalled;
- pair 3 Émile → Fanny, stopped when Émile was archived: held 20 Jan (45 min, journal
  without ratings).
Programme "Été" (running): pair Gaston → Hélène, held 10 Mar (60 min).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mentorat_desktop.db.enums import (
    ActionOwner,
    AssessmentKind,
    CertificateRole,
    Direction,
    PairingFit,
    PairStatus,
    ProgrammeStatus,
    SessionStatus,
)
from mentorat_desktop.db.models import (
    ActionItem,
    Certificate,
    Journal,
    OrganisationSettings,
    Pair,
    PairFocusSkill,
    Person,
    PersonSkill,
    Programme,
    ProgrammeParticipant,
    Session,
    Skill,
    SkillAssessment,
    SkillCategory,
)
from mentorat_desktop.errors import ValidationError
from mentorat_desktop.services.dashboard import dashboard_todo
from mentorat_desktop.services.dashboard.dashboard import figure_lines, load_dashboard
from mentorat_desktop.services.documents import programme_report
from mentorat_desktop.services.programmes import assessments

NOW = datetime(2026, 3, 18, 11, 0, tzinfo=UTC)
TODAY = date(2026, 3, 18)


def at(month: int, day: int, hour: int = 13, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


def build(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    ids: dict[str, int] = {}
    with database.transaction() as s:
        s.add(OrganisationSettings(id=1, timezone="Europe/Paris", setup_done=True))
        digital = SkillCategory(name="Numérique", position=0)
        business = SkillCategory(name="Métier", position=1)
        s.add_all([digital, business])
        s.flush()
        x = Skill(name="IA générative", category=digital)
        y = Skill(name="Négociation", category=business)
        z = Skill(name="Blender 3D", category=digital)
        s.add_all([x, y, z])
        people = {
            key: Person(first_name=first, last_name="Test")
            for key, first in [
                ("a", "Alice"),
                ("b", "Bruno"),
                ("c", "Chloé"),
                ("d", "David"),
                ("e", "Émile"),
                ("f", "Fanny"),
                ("g", "Gaston"),
                ("h", "Hélène"),
            ]
        }
        s.add_all(people.values())
        s.flush()
        people["e"].archived_at = at(2, 15)
        spring = Programme(
            name="Printemps",
            start_date=date(2026, 1, 5),
            end_date=date(2026, 4, 10),
            status=ProgrammeStatus.RUNNING,
        )
        summer = Programme(
            name="Été",
            start_date=date(2026, 3, 1),
            end_date=date(2026, 8, 31),
            status=ProgrammeStatus.RUNNING,
        )
        s.add_all([spring, summer])
        s.flush()
        for key in "abcdef":
            s.add(ProgrammeParticipant(programme_id=spring.id, person_id=people[key].id))
        for key in "gh":
            s.add(ProgrammeParticipant(programme_id=summer.id, person_id=people[key].id))

        def pair(programme, mentor, mentee, skill, status=PairStatus.ACTIVE):  # type: ignore[no-untyped-def]
            p = Pair(
                programme_id=programme.id,
                mentor_id=people[mentor].id,
                mentee_id=people[mentee].id,
                status=status,
                started_on=date(2026, 1, 5),
            )
            s.add(p)
            s.flush()
            s.add(
                PairFocusSkill(
                    pair_id=p.id, skill_id=skill.id, direction=Direction.MENTOR_TO_MENTEE
                )
            )
            return p

        p1 = pair(spring, "a", "b", x)
        p2 = pair(spring, "c", "d", y)
        p3 = pair(spring, "e", "f", x, PairStatus.STOPPED)
        p3.ended_on = date(2026, 2, 15)
        p4 = pair(summer, "g", "h", y)

        def meeting(p, when, status, minutes=60, **journal):  # type: ignore[no-untyped-def]
            m = Session(pair_id=p.id, starts_at=when, duration_minutes=minutes, status=status)
            s.add(m)
            s.flush()
            if journal:
                s.add(Journal(session_id=m.id, **journal))
                s.flush()
            return m

        meeting(
            p1, at(1, 12), SessionStatus.HELD, 60, mentor_rating=4, mentee_rating=5,
            mentor_fit=PairingFit.GOOD, mentee_fit=PairingFit.GOOD,
        )  # fmt: skip
        meeting(p1, at(1, 26), SessionStatus.CANCELLED)
        meeting(p1, at(1, 31, 23, 30), SessionStatus.MISSED)  # 1 Feb in Paris
        held = meeting(p1, at(3, 2), SessionStatus.HELD, 90, mentor_rating=3)
        journal = s.query(Journal).filter_by(session_id=held.id).one()
        s.add(ActionItem(journal_id=journal.id, text="Tester Copilot", owner=ActionOwner.MENTEE,
                         due_on=date(2026, 3, 10)))  # fmt: skip
        s.add(ActionItem(journal_id=journal.id, text="Fait", owner=ActionOwner.MENTOR,
                         due_on=date(2026, 3, 5), done=True))  # fmt: skip
        ids["to_journal_recent"] = meeting(p1, at(3, 16), SessionStatus.PLANNED).id
        meeting(p1, at(3, 25), SessionStatus.PLANNED)
        meeting(p1, at(4, 1), SessionStatus.PLANNED)
        meeting(
            p2, at(1, 19), SessionStatus.HELD, 60, mentor_rating=2, mentee_rating=4,
            mentor_fit=PairingFit.UNSURE, mentee_fit=PairingFit.NOT_A_FIT,
        )  # fmt: skip
        ids["to_journal_overdue"] = meeting(p2, at(2, 20), SessionStatus.PLANNED).id
        meeting(p3, at(1, 20), SessionStatus.HELD, 45, summary="Bien")
        meeting(p4, at(3, 10), SessionStatus.HELD, 60)
        ids["action_session"] = held.id

        # Alice teaches X in the running programme; Fanny wants Blender, which nobody teaches.
        s.add(PersonSkill(person_id=people["a"].id, skill_id=x.id, level=4, can_teach=True))
        s.add(PersonSkill(person_id=people["b"].id, skill_id=x.id, level=4))
        s.add(PersonSkill(person_id=people["f"].id, skill_id=z.id, wants_to_learn=True))
        s.add(PersonSkill(person_id=people["h"].id, skill_id=x.id, wants_to_learn=True))

        def snapshot(person, skill, kind, level, day):  # type: ignore[no-untyped-def]
            s.add(
                SkillAssessment(
                    person_id=people[person].id, skill_id=skill.id, programme_id=spring.id,
                    kind=kind, level=level, assessed_on=day,
                )
            )  # fmt: skip
            s.flush()

        snapshot("b", x, AssessmentKind.START, 0, date(2026, 1, 5))
        snapshot("b", x, AssessmentKind.START, 1, date(2026, 1, 6))  # a correction: counts
        snapshot("b", x, AssessmentKind.OTHER, 2, date(2026, 2, 6))  # not start nor end
        snapshot("b", x, AssessmentKind.END, 3, date(2026, 3, 15))
        snapshot("d", y, AssessmentKind.START, 2, date(2026, 1, 5))
        snapshot("f", x, AssessmentKind.START, 1, date(2026, 1, 5))  # no end: left out
        s.add(
            Certificate(
                person_id=people["a"].id, programme_id=spring.id, role=CertificateRole.MENTOR,
                issued_on=TODAY, sessions_count=2, minutes_count=150, verification_code="MNT-T",
            )
        )  # fmt: skip
        ids.update(
            spring=spring.id, summer=summer.id, p1=p1.id, p2=p2.id, p3=p3.id,
            x=x.id, y=y.id, z=z.id, b=people["b"].id, d=people["d"].id,
        )  # fmt: skip
    return ids


@pytest.fixture
def built(database):  # type: ignore[no-untyped-def]
    return database, build(database)


def test_figures_of_one_programme(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    f = load_dashboard(database, ids["spring"], now=NOW).figures
    assert (f.participants, f.current_participants, f.matched) == (6, 5, 4)
    assert f.match_rate == pytest.approx(0.8)  # Émile left: out of both sides
    assert (f.pairs, f.active_pairs, f.met_recently) == (3, 2, 1)
    assert f.met_recently_share == pytest.approx(0.5)
    assert (f.held_this_month, f.planned_this_month) == (1, 1)
    assert (f.sessions_held, f.minutes_held, f.hours_held) == (4, 255, 4.25)
    assert f.sessions_due == 7  # cancelled left out, the two unjournaled planned ones in
    assert f.completion == pytest.approx(4 / 7)
    assert (f.completed_pairs, f.stopped_pairs) == (0, 1)
    assert f.mentor_rating == pytest.approx(3.0) and f.mentee_rating == pytest.approx(4.5)
    assert f.ratings == 3
    assert (f.fit_good, f.fit_unsure, f.fit_not) == (2, 1, 1)
    assert (f.journals_to_write, f.journals_overdue) == (2, 1)
    lines = {line.key: line for line in figure_lines(f)}
    assert "4" in lines["match_rate"].detail and "5" in lines["match_rate"].detail


def test_all_running_programmes_add_up(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    data = load_dashboard(database, None, now=NOW)
    assert set(data.programme_ids) == {ids["spring"], ids["summer"]}
    f = data.figures
    assert (f.current_participants, f.matched, f.active_pairs) == (7, 6, 3)
    assert (f.sessions_held, f.minutes_held, f.held_this_month) == (5, 315, 2)


def test_charts_cut_months_in_the_organisations_zone(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    data = load_dashboard(database, ids["spring"], now=NOW)
    months = [(m.month, m.held, m.cancelled, m.missed) for m in data.months]
    assert months == [
        (date(2026, 1, 1), 3, 1, 0),
        (date(2026, 2, 1), 0, 0, 1),  # 31 Jan 23:30 UTC is February in Paris
        (date(2026, 3, 1), 1, 0, 0),
    ]
    ratings = [(r.month, r.mentor_rating, r.mentee_rating, r.journals) for r in data.ratings]
    assert ratings == [(date(2026, 1, 1), 3.0, 4.5, 2), (date(2026, 3, 1), 3.0, None, 1)]
    progress = [(p.category, p.start_level, p.end_level, p.people) for p in data.progress]
    assert progress == [("Numérique", 1.0, 3.0, 1)]  # Négociation has no end yet


def test_report_shares_the_dashboard_figures(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    report = programme_report.report_document(database, ids["spring"], today=TODAY)
    f = load_dashboard(database, ids["spring"], now=NOW).figures
    assert (report.sessions_held, report.minutes_held, report.stopped_pairs) == (4, 255, 1)
    assert report.sessions_held == f.sessions_held and report.mentor_rating == f.mentor_rating
    assert [p.category for p in report.progress] == ["Numérique"]


def test_todo_list_points_to_where_each_thing_is_done(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    todo = load_dashboard(database, ids["spring"], now=NOW).todo
    by_kind: dict[str, list] = {}
    for item in todo:
        by_kind.setdefault(item.kind, []).append(item)
    (late,) = by_kind[dashboard_todo.LATE_PAIR]  # pair 1 met on 2 March: on track
    assert (late.view, late.item_id, late.urgent) == ("pairs", ids["p2"], True)
    assert "58" in late.text  # days since 19 January
    (unfit,) = by_kind[dashboard_todo.NOT_A_FIT]
    assert unfit.item_id == ids["p2"]
    journals = by_kind[dashboard_todo.JOURNAL]
    assert [j.item_id for j in journals] == [ids["to_journal_overdue"], ids["to_journal_recent"]]
    assert [j.urgent for j in journals] == [True, False]
    (action,) = by_kind[dashboard_todo.ACTION]
    assert (action.view, action.item_id) == ("sessions", ids["action_session"])
    assert "Tester Copilot" in action.text
    assert len(by_kind[dashboard_todo.ENDING]) == 1
    (certificates,) = by_kind[dashboard_todo.CERTIFICATES]
    assert "3" in certificates.text  # Bruno, Chloé, David; Alice has hers, pair 3 stopped
    assert (certificates.view, certificates.item_id) == ("documents", ids["spring"])
    (assess,) = by_kind[dashboard_todo.END_ASSESSMENTS]
    assert (assess.view, assess.item_id) == ("assessment", ids["spring"])
    assert "1" in assess.text  # David
    (untaught,) = by_kind[dashboard_todo.UNTAUGHT]
    assert (untaught.view, untaught.item_id) == ("skills", ids["z"])
    assert "Blender 3D" in untaught.text

    other = load_dashboard(database, ids["summer"], now=NOW).todo
    assert {i.kind for i in other} == {dashboard_todo.JOURNAL, dashboard_todo.UNTAUGHT}


def test_empty_database_has_no_figures(database) -> None:  # type: ignore[no-untyped-def]
    data = load_dashboard(database, None, now=NOW)
    assert data.empty and data.months == () and data.todo == ()
    assert data.figures.match_rate is None and data.figures.completion is None


def test_assessments_recorded_and_progress_per_person_pair_skill(built) -> None:  # type: ignore[no-untyped-def]
    database, ids = built
    sheet = assessments.assessment_sheet(database, ids["spring"], "end")
    by_person = {(line.person_id, line.skill_id): line for line in sheet}
    bruno = by_person[(ids["b"], ids["x"])]
    assert (bruno.current_level, bruno.recorded_level) == (4, 3)
    david = by_person[(ids["d"], ids["y"])]
    assert (david.current_level, david.recorded_level) == (0, None)
    assert [line.person_id for line in assessments.assessment_sheet(
        database, ids["spring"], "end", person_id=ids["d"])] == [ids["d"]]  # fmt: skip

    assessments.record_assessments(
        database, ids["spring"], "end", [(ids["d"], ids["y"], 4)], on=TODAY
    )
    assessments.record_assessments(  # recorded again: replaces, does not add
        database, ids["spring"], "end", [(ids["d"], ids["y"], 3)], on=TODAY
    )
    with pytest.raises(ValidationError):
        assessments.record_assessments(database, ids["spring"], "end", [(ids["d"], ids["y"], 5)])
    progress = assessments.programme_progress(database, [ids["spring"]])
    assert [(p.name, p.start_level, p.end_level) for p in progress.by_skill] == [
        ("IA générative", 1.0, 3.0),
        ("Négociation", 2.0, 3.0),
    ]
    assert [(p.name, p.gain) for p in progress.by_person] == [
        ("Bruno Test", 2.0),
        ("David Test", 1.0),
    ]
    assert [(p.id, p.assessed) for p in progress.by_pair] == [(ids["p1"], 1), (ids["p2"], 1)]
    assert [(p.name, p.people) for p in progress.by_category] == [("Numérique", 1), ("Métier", 1)]
    todo = load_dashboard(database, ids["spring"], now=NOW).todo
    assert dashboard_todo.END_ASSESSMENTS not in {i.kind for i in todo}
    line = assessments.assessment_sheet(database, ids["spring"], "end", person_id=ids["d"])[0]
    assert (line.current_level, line.recorded_level) == (3, 3)  # the profile followed
