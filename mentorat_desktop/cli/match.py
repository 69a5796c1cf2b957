"""`mentorat match`: the matcher's proposals for a programme, printed or applied."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from mentorat_desktop.cli.arguments import flag, text_value
from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

SLOW_SECONDS = 5.0  # a search still going after this says so, and again as often

if TYPE_CHECKING:  # the database layer and the matcher are imported when the command runs
    from mentorat_desktop.db.database import Database
    from mentorat_desktop.matching.watch import Watch
    from mentorat_desktop.services.programmes.matching import MatchOutcome


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "match",
        help=translate("CLI", "propose the best pairs for a programme, with scores and reasons"),
    )
    parser.add_argument(
        "--programme",
        type=text_value,
        required=True,
        metavar=translate("CLI", "NAME"),
        help=translate("CLI", "the programme's name (case and accents ignored)"),
    )
    flag(parser, "--json", translate("CLI", "print JSON instead of text"))
    flag(parser, "--apply", translate("CLI", "create the proposed pairs"))
    flag(
        parser, "--most-pairs", translate("CLI", "match as many people as possible, then by score")
    )
    parser.set_defaults(
        handler=run_match, writes=lambda args, target: target if args.apply else None
    )


def _programme_id(database: Database, name: str) -> int | None:
    from mentorat_desktop.services.programmes.programmes import programme_named

    with database.reading() as session:
        return programme_named(session, name)


def run_match(args: argparse.Namespace, target: str) -> int:
    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.services.programmes.matching import (
        MatchOptions,
        apply_proposals,
        propose,
    )

    try:
        database = open_database(target, reading=not args.apply)
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    try:
        programme_id = _programme_id(database, args.programme)
        if programme_id is None:
            print(
                translate("CLI", "No programme named “{name}”.").format(name=args.programme),
                file=sys.stderr,
            )
            return 1
        options = MatchOptions(maximise_pairs=args.most_pairs)
        outcome = propose(database, programme_id, options, _watch())
        created = (
            apply_proposals(database, programme_id, list(outcome.proposals))
            if args.apply and outcome.proposals
            else []
        )
    except ServiceError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    finally:
        database.close()
    if args.json:
        print(json.dumps(_as_json(outcome, len(created)), ensure_ascii=False, indent=2))
        return 0
    proposed = len(outcome.proposals)
    print(
        translate(
            "CLI", "{programme}: %n pairs proposed, total score {total}", None, proposed
        ).format(programme=outcome.programme_name, total=outcome.total)
    )
    for number, p in enumerate(outcome.proposals, start=1):
        print(f"\n{number}. {p.mentor_name} → {p.mentee_name}  [{p.score}]")
        print(f"   {p.explanation}")
        print(f"   {p.breakdown}")
    if outcome.unmatched:
        print("\n" + translate("CLI", "Left without a pair:"))
        for person in outcome.unmatched:
            print(f"  – {person.name}: {person.reason}")
    if args.apply:
        made = len(created)
        print("\n" + translate("CLI", "%n pairs created.", None, made))
    return 0


def _watch() -> Watch:
    """Says on stderr how far a slow search is (stdout keeps the proposals, or the JSON)."""
    from mentorat_desktop.matching.watch import Watch
    from mentorat_desktop.services.programmes.match_text import still_searching

    return Watch(report=lambda state: print(still_searching(state), file=sys.stderr),
                 seconds=SLOW_SECONDS)  # fmt: skip


def _as_json(outcome: MatchOutcome, created: int) -> dict[str, object]:
    return {
        "programme": outcome.programme_name,
        "participants": outcome.participants,
        "total": outcome.total,
        "created": created,
        "proposals": [
            {
                "mentor_id": p.mentor_id,
                "mentor": p.mentor_name,
                "mentee_id": p.mentee_id,
                "mentee": p.mentee_name,
                "score": p.score,
                "reciprocal": p.reciprocal,
                "taught": list(p.taught),
                "taught_back": list(p.taught_back),
                "parts": {part.criterion: part.points for part in p.proposal.parts},
                "explanation": p.explanation,
            }
            for p in outcome.proposals
        ],
        "unmatched": [
            {"person_id": u.person_id, "name": u.name, "reason": u.reason}
            for u in outcome.unmatched
        ],
    }
