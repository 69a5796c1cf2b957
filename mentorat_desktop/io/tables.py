"""Read a CSV or XLSX file into a grid of cells, with a clear message for any bad file.

Encodings are tried in a fixed order (UTF-8 with or without BOM, UTF-16 with BOM, then
Windows-1252) rather than guessed statistically: those are the only ones a French office's
Excel writes, and a statistical guess on a short file can pick an exotic code page.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import format_integer, translate
from mentorat_desktop.io.sheets import unescape_csv_text
from mentorat_desktop.os_errors import os_reason

MAX_BYTES = 10 * 1024 * 1024
# Limits far above a real company's staff list, so a hostile or mistaken file is refused
# in seconds instead of filling the memory: lines and cells read, columns, unpacked XLSX.
MAX_LINES = 100_000
MAX_COLUMNS = 1_000
MAX_CELLS = 1_000_000
MAX_XLSX_UNPACKED = 100 * 1024 * 1024
MAX_XLSX_PARTS = 10_000
HEADER_ROWS_SCANNED = 50
SNIFF_LIMIT = 20_000  # characters
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
DELIMITERS = ";,\t|"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"

Cell = str | int | float | date | datetime | None


class StaffFileError(ServiceError):
    """The file cannot be read as a staff list; the message says why and what to do."""


class SheetChoiceNeeded(StaffFileError):
    """A workbook with several non-empty sheets: the user picks one."""

    def __init__(self, message: str, sheets: list[str]) -> None:
        super().__init__(message)
        self.sheets = sheets


@dataclass(frozen=True)
class MergedRange:
    text: str  # "A1:C1"
    first_row: int
    last_row: int


@dataclass
class Grid:
    """Every non-empty line of the file with its line (CSV) or row (XLSX) number."""

    lines: list[tuple[int, list[Cell]]]
    kind: str  # "csv" or "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # no saved result


def clean_text(text: str) -> str:
    """Text without control characters (NUL, escape…): a name never holds one, and they
    break PostgreSQL (NUL) and workbooks (IllegalCharacterError). Tabs and line breaks stay."""
    return _CONTROL.sub("", text)


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StaffFileError(
            translate("Import", "Cannot read “{name}”: {reason}").format(
                name=path.name, reason=os_reason(exc)
            )
        ) from exc
    if size > MAX_BYTES:
        raise StaffFileError(
            translate(
                "Import",
                "“{name}” is {size} MB; a staff list is much smaller (the limit is {limit} MB). "
                "Check that this is the right file.",
            ).format(name=path.name, size=round(size / 1_048_576), limit=MAX_BYTES // 1_048_576)
        )
    data = path.read_bytes()
    if not data.strip():
        raise StaffFileError(translate("Import", "“{name}” is empty.").format(name=path.name))
    if data.startswith(ZIP_MAGIC):
        from mentorat_desktop.io.workbooks import read_xlsx

        return read_xlsx(path, sheet)
    if data.startswith(OLE_MAGIC):
        raise StaffFileError(
            translate(
                "Import",
                "“{name}” is in the old Excel format (.xls). In Excel, save it as "
                "“Excel Workbook (.xlsx)” or “CSV (semicolon delimited)” and import that file.",
            ).format(name=path.name)
        )
    return _read_csv(path.name, data)


def _decode(name: str, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    if b"\x00" in data[:65536] or _control_ratio(data[:65536]) > 0.05:
        raise StaffFileError(
            translate(
                "Import",
                "“{name}” is not a text or Excel file. Export the staff list from Excel as "
                "CSV or XLSX and import that.",
            ).format(name=name)
        )
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1"


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return controls / max(1, len(sample))


def _delimiter(text: str) -> str:
    """The separator, guessed from the first lines.

    csv.Sniffer's regular expressions take quadratic time on long lines (a file of 20,000
    columns took minutes), so it only sees a short sample; the heading's counts decide else.
    """
    sample_lines = []
    for line in io.StringIO(text):
        if line.strip():
            sample_lines.append(line.rstrip("\r\n"))
        if len(sample_lines) == 30:
            break
    sample = "\n".join(sample_lines)
    found = ""
    if len(sample) <= SNIFF_LIMIT:
        try:
            found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
        except csv.Error:
            found = ""
    header = sample_lines[0] if sample_lines else ""
    counts = {d: header.count(d) for d in DELIMITERS}
    if found and counts.get(found, 0) > 0:
        return found
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _read_csv(name: str, data: bytes) -> Grid:
    text, encoding = _decode(name, data)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines: list[tuple[int, list[Cell]]] = []
    start = 1
    try:
        for record in reader:
            if len(lines) >= MAX_LINES:
                raise too_big(name, start - 1)
            if len(record) > MAX_COLUMNS:
                raise too_wide(name, start, len(record))
            cells = [unescape_csv_text(clean_text(cell).strip()) for cell in record]
            if any(cells):
                lines.append((start, list(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise StaffFileError(
            translate("Import", "Line {line} of “{name}” cannot be read: {reason}").format(
                line=start, name=name, reason=exc
            )
        ) from exc
    if not lines:
        raise StaffFileError(translate("Import", "“{name}” is empty.").format(name=name))
    return Grid(lines, "csv", encoding=encoding, delimiter=delimiter)


def cell_value(value: object) -> Cell:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return clean_text(value).strip()
    if isinstance(value, int | float | date | datetime) or value is None:
        return value
    return clean_text(str(value))


def too_big(name: str, line: int) -> StaffFileError:
    return StaffFileError(
        translate(
            "Import",
            "“{name}” goes on past line {line}: a staff list has at most {rows} lines and "
            "{cells} cells. Check that this is the right file, or split it.",
        ).format(
            name=name,
            line=line,
            rows=format_integer(MAX_LINES),
            cells=format_integer(MAX_CELLS),
        )
    )


def too_wide(name: str, line: int, width: int) -> StaffFileError:
    """``width`` is past MAX_COLUMNS; the message names the limit, the same for any width."""
    return StaffFileError(
        translate(
            "Import",
            "Line {line} of “{name}” has more than {limit} columns, more than any staff list. "
            "Check the separator, or remove the empty columns.",
        ).format(line=line, name=name, limit=format_integer(MAX_COLUMNS))
    )
