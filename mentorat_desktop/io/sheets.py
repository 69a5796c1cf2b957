"""Write spreadsheet cells as data, never as formulas: the one codec every export uses.

A name typed as ``=HYPERLINK(...)`` or ``+33 6…`` must not run when the file is opened in
Excel or LibreOffice (CSV/formula injection, OWASP). XLSX text cells are written as text
with Excel's quote prefix; numbers, dates and booleans keep their types. In CSV, a text
cell that a spreadsheet would read as a formula (first character ``=``, ``+``, ``-``,
``@``, tab or carriage return) gets a leading apostrophe, as OWASP recommends, and the
csv module quotes every cell holding a separator, a quote or a line break. The import
reverses the apostrophe exactly (:func:`unescape_csv_text`), so exports read back.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_DELIMITER = ";"
CSV_ENCODING = "utf-8-sig"  # French Excel needs the BOM to read UTF-8
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
# Characters XML 1.0 cannot hold (openpyxl raises IllegalCharacterError on them).
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def starts_formula(text: str) -> bool:
    """Whether a spreadsheet would read this text (after any apostrophes) as a formula.

    A plain number such as ``-12`` or ``1,5`` is data, not a formula, and stays as it is.
    """
    bare = text.lstrip("'")
    return bare.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(bare)


def escape_csv_text(text: str) -> str:
    """``=1+1`` → ``'=1+1``; ``'=x`` → ``''=x`` so that the reverse is exact."""
    return "'" + text if starts_formula(text) else text


def unescape_csv_text(text: str) -> str:
    """The reverse of :func:`escape_csv_text`."""
    if text.startswith("'") and starts_formula(text[1:]):
        return text[1:]
    return text


def printable(text: str) -> str:
    """Text without the control characters a workbook cannot store."""
    return _ILLEGAL_XML.sub("", text)


def csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, int | float):
        return value
    return escape_csv_text(str(value))


class CsvSheet:
    """A CSV writer whose every cell goes through :func:`csv_value`."""

    def __init__(self, handle: IO[str], delimiter: str = CSV_DELIMITER) -> None:
        self._writer = csv.writer(handle, delimiter=delimiter)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([csv_value(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def write_csv(path: Path, rows: Iterable[Iterable[object]]) -> None:
    """A CSV file as French Excel reads it: UTF-8 with BOM, ``;`` between fields."""
    with path.open("w", encoding=CSV_ENCODING, newline="") as handle:
        CsvSheet(handle).writerows(rows)


def xlsx_cell(sheet: Any, value: object, *, bold: bool = False) -> Any:
    """A write-only cell holding ``value`` as data: text is never a formula."""
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        text = printable(value)
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
        if starts_formula(text):
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
    else:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, datetime):
            cell.number_format = "DD/MM/YYYY HH:MM"
        elif isinstance(value, date):
            cell.number_format = "DD/MM/YYYY"
    if bold:
        from openpyxl.styles import Font

        cell.font = Font(bold=True)
    return cell


def new_workbook() -> Any:
    """A write-only workbook (streamed to disk, so a big export stays small in memory)."""
    from openpyxl import Workbook

    return Workbook(write_only=True)


def add_xlsx_sheet(
    book: Any,
    title: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    freeze: str = "A2",
    widths: Sequence[float] = (),
) -> None:
    """A sheet with a bold header row and one row per value row, every cell as data."""
    from openpyxl.utils import get_column_letter

    sheet = book.create_sheet(printable(title)[:31])
    sheet.freeze_panes = freeze
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.append([xlsx_cell(sheet, h, bold=True) for h in headers])
    for row in rows:
        sheet.append([xlsx_cell(sheet, v) for v in row])
