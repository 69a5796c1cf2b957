"""iCalendar (.ics) files of sessions, written with the `icalendar` library.

Times are written in UTC (``DTSTART:20260317T130000Z``). That is the one form Outlook,
Google Calendar and Thunderbird all read the same way with no VTIMEZONE at all: each client
shows the event in its own zone, and because every occurrence was converted from its local
wall-clock time one by one, 14:00 in Paris stays 14:00 on both sides of a summer-time change.
(A TZID with a generated VTIMEZONE is the other option; some generators write RDATE lists
that Outlook misreads by an hour, and there is nothing to gain here: we export single
events, not RRULE series that would need the zone's rules.)

A file the user imports is a PUBLISH (RFC 5546 §3.2.1), which allows no ATTENDEE: the
participants are left out of it, so no client mistakes it for an invitation it must answer
or send on. An invitation (REQUEST/CANCEL) names them, with the coordinator as ORGANIZER.

Each session has a stable UID, so importing a file again updates the events instead of
duplicating them, and a SEQUENCE that grows when the session moves or is cancelled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, vCalAddress, vText

from mentorat_desktop import __version__

PRODUCT_ID = f"-//Mentorat//Mentorat {__version__}//FR"
UID_DOMAIN = "mentorat.invalid"


@dataclass(frozen=True)
class IcsEvent:
    session_id: int
    sequence: int
    starts_at: datetime  # aware
    ends_at: datetime  # aware
    summary: str
    location: str
    description: str
    cancelled: bool
    attendees: tuple[tuple[str, str], ...]  # (name, email)
    uid_part: str = ""  # this database's part of the UID; empty: a session made before it


def session_uid(session_id: int, uid_part: str = "") -> str:
    """The same session always gets the same UID, in every file and every export.

    ``session-<id>-<part>@mentorat.invalid``, the part random to each database, so another
    database (or one made anew) never reuses a UID a calendar already holds. A session
    that existed before the part was made (migration 0006) has none and keeps its old
    ``session-<id>@mentorat.invalid``: its invitations may already be in calendars."""
    middle = f"-{uid_part}" if uid_part else ""
    return f"session-{session_id}{middle}@{UID_DOMAIN}"


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("an iCalendar time needs a timezone")
    return moment.astimezone(UTC)


def build_calendar(
    events: Iterable[IcsEvent],
    *,
    name: str = "",
    stamp: datetime | None = None,
    method: str = "PUBLISH",
    organizer: tuple[str, str] | None = None,  # (name, email), for an invitation
) -> bytes:
    """The bytes of an .ics file (CRLF lines, folded at 75 octets, UTF-8)."""
    if method != "PUBLISH" and organizer is None:
        raise ValueError("an invitation needs its organizer (RFC 5546)")
    stamp = _utc(stamp or datetime.now(UTC)).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", session_uid(item.session_id, item.uid_part))
        event.add("dtstamp", stamp)
        event.add("sequence", item.sequence)
        event.add("dtstart", _utc(item.starts_at).replace(microsecond=0))
        event.add("dtend", _utc(item.ends_at).replace(microsecond=0))
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
            if item.location.startswith(("https://", "http://")):
                event.add("url", item.location)
        if item.description:
            event.add("description", item.description)
        event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
        event.add("transp", "TRANSPARENT" if item.cancelled else "OPAQUE")
        if organizer is not None:
            address = vCalAddress(f"mailto:{organizer[1]}")
            address.params["cn"] = vText(organizer[0])
            event.add("organizer", address, encode=False)
        for attendee_name, email in item.attendees if method != "PUBLISH" else ():
            address = vCalAddress(f"mailto:{email}")
            address.params["cn"] = vText(attendee_name)
            address.params["role"] = vText("REQ-PARTICIPANT")
            if method == "REQUEST":  # Outlook shows Accept/Decline for a reply it awaits
                address.params["partstat"] = vText("NEEDS-ACTION")
                address.params["rsvp"] = vText("TRUE")
            else:
                address.params["partstat"] = vText("ACCEPTED")
            event.add("attendee", address, encode=False)
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical
