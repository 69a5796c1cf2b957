"""The kinds of printed document and what building one returns: light types that views can
import without loading the PDF engine."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class DocumentKind(StrEnum):
    CHARTER = "charter"
    AGENDA = "agenda"
    AGENDAS = "agendas"
    CERTIFICATE = "certificate"
    REPORT = "report"


@dataclass(frozen=True)
class RenderedDocument:
    title: str
    filename: str
    pdf: bytes


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    combined: Path | None
    cancelled: bool
