"""The default charter of a programme, in the programme's language (not the interface's).

Documents print in the programme's language, so the templates are keyed by language here
rather than passed through Qt's translator; the charter document (issue 8) reuses them.
"""

from __future__ import annotations

DEFAULT_CHARTERS = {
    "fr": (
        "Le mentorat inversé repose sur l’écoute, la bienveillance et la confidentialité.\n\n"
        "Chaque binôme s’engage à :\n"
        "• se retrouver au rythme convenu et prévenir à l’avance en cas d’empêchement ;\n"
        "• préparer chaque séance et tenir le journal de séance ;\n"
        "• garder pour soi ce qui se dit pendant les séances ;\n"
        "• respecter le rythme et le niveau de chacun, sans jugement.\n\n"
        "La personne mentor transmet ce qu’elle maîtrise : elle n’est pas l’assistance "
        "informatique. La personne mentorée partage en retour son expérience du métier et "
        "des clients.\n\n"
        "La coordination voit les présences, les heures et les appréciations, jamais les "
        "notes confidentielles. Un binôme qui ne fonctionne pas peut s’arrêter à tout moment, "
        "sans avoir à se justifier."
    ),
    "en": (
        "Reverse mentoring rests on listening, kindness and confidentiality.\n\n"
        "Each pair commits to:\n"
        "• meet at the agreed rhythm and give notice when a session cannot take place;\n"
        "• prepare each session and keep the session journal;\n"
        "• keep what is said during sessions between themselves;\n"
        "• respect each other's pace and level, without judgement.\n\n"
        "The mentor passes on what they master: they are not the IT help desk. The mentee "
        "shares their experience of the business and its clients in return.\n\n"
        "The coordinator sees attendance, hours and ratings, never the confidential notes. "
        "A pair that does not work can stop at any time, without having to justify it."
    ),
}


def default_charter(language: str) -> str:
    return DEFAULT_CHARTERS.get(language, DEFAULT_CHARTERS["fr"])
