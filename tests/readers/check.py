"""Fill a feedback form in every engine, draw it in every engine, and say what came back.

    .venv/bin/python -m tests.readers.check OUT_FOLDER

Writes OUT_FOLDER/<filler>-filled.pdf and <filler>-filled-<renderer>-<page>.png (and the blank
form drawn by each engine) to look at, and prints, per filler, whether the review accepts the
form, NeedAppearances, and the fonts its saved appearances use. The tests assert the same
(tests/test_forms_readers*.py); this is for a person to see the pages.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main(out: Path) -> int:
    from pypdf import PdfReader

    from mentorat_desktop.db.database import open_database
    from mentorat_desktop.documents.forms import fields as f
    from mentorat_desktop.services.forms import FormKind
    from mentorat_desktop.services.forms.returned import review_returned_forms
    from tests.forms_helpers import make_world
    from tests.readers import engines
    from tests.readers.cases import FILLERS, RENDERERS, all_forms, mentor_feedback

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        database = open_database(f"sqlite:///{Path(scratch) / 'check.sqlite3'}")
        world = make_world(database)
        blank = all_forms(database, world, Path(scratch))[(FormKind.FEEDBACK, world.mentor)]
        values = mentor_feedback(world)
        for renderer, (missing, render) in RENDERERS.items():
            if missing() is None:
                render(blank, out / f"blank-{renderer}")
        for filler, (missing, fill) in FILLERS.items():
            reason = missing()
            if reason:
                print(f"{filler}: skipped ({reason})")
                continue
            filled = fill(blank, values, out / f"{filler}-filled.pdf")
            for renderer, (missing_renderer, render) in RENDERERS.items():
                if missing_renderer() is None:
                    render(filled, out / f"{filler}-filled-{renderer}")
            (review,) = review_returned_forms(database, [filled])
            form = PdfReader(filled).trailer["/Root"]["/AcroForm"]
            learned = next(c.new for c in review.changes if c.label == "What was learned")
            print(
                f"{filler}: {review.problem or 'accepted'}; "
                f"NeedAppearances={bool(form.get('/NeedAppearances'))}; "
                f"fonts={sorted(engines.appearance_fonts(filled))}; "
                f"{f.LEARNED}={'same' if learned == values[f.LEARNED] else repr(learned)}"
            )
        database.close()
    print(f"pages drawn in {out}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
