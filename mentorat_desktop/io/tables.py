"""Read a CSV or XLSX file into a grid of cells, with a clear message for any bad file.

Encodings are tried in a fixed order (UTF-8 with or without BOM, UTF-16 with BOM, then
Windows-1252) rather than guessed statistically: those are the only ones a French office's
Excel writes, and a statistical guess on a short file can pick an exotic code page.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from mentorat_desktop.errors import ServiceError
from mentorat_desktop.i18n import translate

MAX_BYTES = 10 * 1024 * 1024
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


def read_grid(path: Path, sheet: str | None = None) -> Grid:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise StaffFileError(
            translate("Import", "Cannot read “{name}”: {reason}").format(
                name=path.name, reason=exc.strerror or exc
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
        return _read_xlsx(path, sheet)
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
    sample_lines = [line for line in text.splitlines() if line.strip()][:30]
    sample = "\n".join(sample_lines)
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
            if any(cell.strip() for cell in record):
                lines.append((start, [cell.strip() for cell in record]))
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


def _cell(value: object) -> Cell:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float | date | datetime) or value is None:
        return value
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> Grid:
    import openpyxl

    try:
        values = openpyxl.load_workbook(path, data_only=True)
        formulas = openpyxl.load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise StaffFileError(
            translate(
                "Import",
                "“{name}” is not an Excel workbook Mentorat can read. Open it in Excel and save "
                "it again as “Excel Workbook (.xlsx)” or as CSV.",
            ).format(name=path.name)
        ) from exc
    except Exception as exc:  # openpyxl raises its own errors on damaged parts
        raise StaffFileError(
            translate("Import", "“{name}” is a damaged workbook: {reason}").format(
                name=path.name, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            )
        ) from exc
    try:
        filled = [ws.title for ws in values.worksheets if ws.max_row > 1 or ws["A1"].value]
        if sheet is None:
            if len(filled) > 1:
                raise SheetChoiceNeeded(
                    translate(
                        "Import",
                        "“{name}” has several sheets ({sheets}): choose which one to import.",
                    ).format(name=path.name, sheets=", ".join(filled)),
                    filled,
                )
            if not filled:
                raise StaffFileError(
                    translate("Import", "“{name}” is empty.").format(name=path.name)
                )
            sheet = filled[0]
        if sheet not in values.sheetnames:
            raise StaffFileError(
                translate(
                    "Import", "“{name}” has no sheet called “{sheet}” (it has: {sheets})."
                ).format(name=path.name, sheet=sheet, sheets=", ".join(values.sheetnames))
            )
        ws, wf = values[sheet], formulas[sheet]
        lines: list[tuple[int, list[Cell]]] = []
        found_formulas: dict[tuple[int, int], str] = {}
        for row_number, (row, raw) in enumerate(
            zip(ws.iter_rows(values_only=True), wf.iter_rows(values_only=True), strict=False),
            start=1,
        ):
            cells = [_cell(v) for v in row]
            for column, (value, source) in enumerate(zip(cells, raw, strict=False)):
                if value is None and isinstance(source, str) and source.startswith("="):
                    found_formulas[(row_number, column)] = source
            if any(c not in (None, "") for c in cells) or any(
                (row_number, c) in found_formulas for c in range(len(cells))
            ):
                lines.append((row_number, cells))
        merged = [MergedRange(str(r.coord), r.min_row, r.max_row) for r in ws.merged_cells.ranges]
    finally:
        values.close()
        formulas.close()
    if not lines:
        raise StaffFileError(
            translate("Import", "The sheet “{sheet}” of “{name}” is empty.").format(
                sheet=sheet, name=path.name
            )
        )
    return Grid(lines, "xlsx", sheet=sheet, sheets=filled, merged=merged, formulas=found_formulas)
