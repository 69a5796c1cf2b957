"""Read an XLSX workbook into a grid, streamed and within limits, whatever the file claims.

openpyxl's read-only mode streams the sheet instead of building every cell in memory (a
1.4 MB workbook grew the process to 4.8 GB in the normal mode); the declared sizes and the
rows and cells are checked before openpyxl reads anything.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from mentorat_desktop.i18n import translate
from mentorat_desktop.io.tables import (
    HEADER_ROWS_SCANNED,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_LINES,
    MAX_XLSX_PARTS,
    MAX_XLSX_UNPACKED,
    Cell,
    Grid,
    MergedRange,
    SheetChoiceNeeded,
    StaffFileError,
    cell_value,
    too_big,
    too_wide,
)

_TAGS = re.compile(rb"<(?:\w+:)?(row|c|f)[\s>/]")
_SHEET_PART = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _unreadable(path: Path) -> StaffFileError:
    return StaffFileError(
        translate(
            "Import",
            "“{name}” is not an Excel workbook Mentorat can read. Open it in Excel and save "
            "it again as “Excel Workbook (.xlsx)” or as CSV.",
        ).format(name=path.name)
    )


def _check_zip(path: Path) -> None:
    """Refuse a workbook that would unpack to far more than any staff list (a "zip bomb").

    The declared sizes are checked before anything is unpacked; while reading, zipfile
    stops each part at its declared size and checks its CRC, so a lying header fails too.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable(path) from exc
    unpacked = sum(m.file_size for m in members)
    if len(members) > MAX_XLSX_PARTS or unpacked > MAX_XLSX_UNPACKED:
        raise StaffFileError(
            translate(
                "Import",
                "“{name}” would unpack to {size} MB; a staff workbook is much smaller (the limit "
                "is {limit} MB). Check that this is the right file, or save the list as CSV.",
            ).format(
                name=path.name,
                size=round(unpacked / 1_048_576),
                limit=MAX_XLSX_UNPACKED // 1_048_576,
            )
        )


def _scan(path: Path, part: str) -> tuple[int, int, bool]:
    """Rows, cells and whether any formula, counted in the raw XML of one sheet, fast.

    openpyxl parses a whole sheet just to find its size when the file does not state it,
    so the counts come first and a sheet past the limits is refused before openpyxl reads it.
    """
    rows = cells = 0
    formulas = False
    carry = b""
    with zipfile.ZipFile(path) as archive, archive.open(part) as source:
        while chunk := source.read(1 << 20):
            buffer = carry + chunk
            for match in _TAGS.finditer(buffer):
                if match.end() <= len(carry):
                    continue  # counted with the previous chunk
                tag = match.group(1)
                if tag == b"row":
                    rows += 1
                elif tag == b"c":
                    cells += 1
                else:
                    formulas = True
            carry = buffer[-16:]
            if rows > MAX_LINES + 1 or cells > MAX_CELLS:
                break
    return rows, cells, formulas


def _check_sheets(path: Path) -> bool:
    """Refuse a sheet past the limits; say whether the workbook holds any formula."""
    with zipfile.ZipFile(path) as archive:
        parts = [n for n in archive.namelist() if _SHEET_PART.match(n)]
    any_formula = False
    for part in parts:
        rows, cells, formulas = _scan(path, part)
        if rows > MAX_LINES + 1 or cells > MAX_CELLS:
            raise too_big(path.name, min(rows, MAX_LINES))
        any_formula = any_formula or formulas
    return any_formula


def _merged_ranges(path: Path, part: str) -> list[MergedRange]:
    """The merged cells of one sheet, streamed (read-only mode does not report them)."""
    from openpyxl.utils.cell import range_boundaries

    found = []
    with zipfile.ZipFile(path) as archive, archive.open(part) as source:
        for _event, element in ElementTree.iterparse(source):
            if element.tag.endswith("}mergeCell") and element.get("ref"):
                ref = element.get("ref", "")
                _c1, first_row, _c2, last_row = range_boundaries(ref)
                found.append(MergedRange(ref, first_row or 1, last_row or 1))
            if element.tag.endswith("}row"):
                element.clear()
    return found


# The stubs type read-only sheets as Worksheet methods with the wrong self: left untyped.
def _filled(ws) -> bool:  # type: ignore[no-untyped-def]
    for number, row in enumerate(ws.iter_rows(values_only=True)):
        if any(v not in (None, "") for v in row):
            return True
        if number > HEADER_ROWS_SCANNED:
            return False
    return False


def read_xlsx(path: Path, sheet: str | None) -> Grid:
    import openpyxl

    _check_zip(path)
    try:
        any_formula = _check_sheets(path)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise _damaged(path, exc) from exc
    try:
        values = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = (
            openpyxl.load_workbook(path, read_only=True, data_only=False) if any_formula else None
        )
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise _unreadable(path) from exc
    except Exception as exc:  # openpyxl raises its own errors on damaged parts
        raise _damaged(path, exc) from exc
    try:
        return _read_sheet(path, sheet, values, formulas)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, ElementTree.ParseError) as exc:
        raise _damaged(path, exc) from exc
    finally:
        values.close()
        if formulas is not None:
            formulas.close()


def _damaged(path: Path, exc: Exception) -> StaffFileError:
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return StaffFileError(
        translate("Import", "“{name}” is a damaged workbook: {reason}").format(
            name=path.name, reason=reason
        )
    )


# Untyped for the same reason as _filled: openpyxl stubs and read-only workbooks disagree.
def _read_sheet(path: Path, sheet: str | None, values, formulas) -> Grid:  # type: ignore[no-untyped-def]
    filled = [ws.title for ws in values.worksheets if _filled(ws)]
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
            raise StaffFileError(translate("Import", "“{name}” is empty.").format(name=path.name))
        sheet = filled[0]
    if sheet not in values.sheetnames:
        raise StaffFileError(
            translate(
                "Import", "“{name}” has no sheet called “{sheet}” (it has: {sheets})."
            ).format(name=path.name, sheet=sheet, sheets=", ".join(values.sheetnames))
        )
    ws = values[sheet]
    raw_rows = formulas[sheet].iter_rows(values_only=True) if formulas is not None else None
    lines: list[tuple[int, list[Cell]]] = []
    found_formulas: dict[tuple[int, int], str] = {}
    cells_read = 0
    for row_number, row in enumerate(ws.iter_rows(values_only=True), start=1):
        raw = next(raw_rows, ()) if raw_rows is not None else ()
        if row_number > MAX_LINES or cells_read > MAX_CELLS:
            raise too_big(path.name, row_number - 1)
        cells = [cell_value(v) for v in row]
        width = max(
            [i + 1 for i, c in enumerate(cells) if c not in (None, "")]
            + [i + 1 for i, f in enumerate(raw) if isinstance(f, str) and f.startswith("=")]
            + [0]
        )
        if width > MAX_COLUMNS:
            raise too_wide(path.name, row_number, width)
        cells = cells[:width]
        cells_read += len(cells)
        for column, (value, source) in enumerate(zip(cells, raw, strict=False)):
            if value is None and isinstance(source, str) and source.startswith("="):
                found_formulas[(row_number, column)] = source
        if any(c not in (None, "") for c in cells) or any(
            (row_number, c) in found_formulas for c in range(len(cells))
        ):
            lines.append((row_number, cells))
    merged = _merged_ranges(path, ws._worksheet_path)  # the sheet's part inside the ZIP
    if not lines:
        raise StaffFileError(
            translate("Import", "The sheet “{sheet}” of “{name}” is empty.").format(
                sheet=sheet, name=path.name
            )
        )
    return Grid(lines, "xlsx", sheet=sheet, sheets=filled, merged=merged, formulas=found_formulas)
