"""Trim the ICU data library that Qt's Linux wheels ship (32 MB) to what a French or English
desktop program uses, the way ICU's own data filters do (about 25 MB less).

    python packaging/trim_icu.py dist/mentorat/_internal/PySide6/Qt/lib

Qt uses ICU for collation, text boundaries, case mapping and legacy encodings. Kept: every
item that is not tied to a language (Unicode properties, normalisation, time zones, plural
rules…), the root, English and French locale data in every category, and the Western
single-byte encodings. Left out: other languages' locale data (ICU falls back to the root
locale for them), transliteration, and the Asian and EBCDIC encodings. (The word
dictionaries for Chinese, Thai… stay: the root break rules refer to them, and icupkg
refuses a package with a dangling reference.)

The data is taken out of libicudata.so.NN (one symbol, ``icudtNN_dat``), filtered with
``icupkg`` and compiled back into a library of the same name with ``genccode`` and gcc
(Debian: icu-devtools, gcc). Without those tools the library is left as it is and the
script says so: the bundle works either way. Windows and macOS Qt builds carry no ICU.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LANGUAGES = ("en", "fr")
TOOLS = ("icupkg", "genccode", "gcc", "nm", "objcopy")

# A locale's own file: "fr.res", "coll/fr_CA.res", "curr/sr_Latn_BA.res", "es_419.res".
_LOCALE = re.compile(r"^(?:[a-z]+/)?(?P<locale>[a-z]{2,3}(?:_[A-Za-z0-9]*)*)\.res$")
# Encodings a French or English user may meet: Windows and ISO Latin, Mac Roman, DOS.
_KEPT_ENCODINGS = re.compile(
    r"^(ibm-(5348|5346|5347|5349|5350|5351|5352|5353|5354|923|912|913|914|915|920|921|"
    r"437|850|858)_|macos-0_|iso-8859_1-)"
)


def removed(item: str) -> bool:
    """Whether an item of the ICU data package (as ``icupkg -l`` names it) is left out."""
    folder, _, name = item.rpartition("/")
    if folder == "translit":
        return True
    if name.endswith(".cnv"):
        return not _KEPT_ENCODINGS.match(name)
    match = _LOCALE.match(item)
    if match is None or name == "res_index.res":  # not a locale: properties, pools, indexes…
        return False
    language = match["locale"].split("_")[0]
    return language not in KEPT_LANGUAGES


def trim(library: Path, work: Path) -> tuple[int, int]:
    """Replace ``library`` with its trimmed copy; (size before, size after) in bytes."""
    symbol, address, size = _data_symbol(library)
    name = symbol.removesuffix("_dat") + "l"  # icudt73 → icudt73l, the little-endian package
    rodata = work / "rodata.bin"
    subprocess.run(
        ["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(rodata)],
        check=True,
    )
    section_address = _section_address(library, ".rodata")
    blob = rodata.read_bytes()[address - section_address : address - section_address + size]
    full, trimmed = work / f"{name}.dat", work / "out" / f"{name}.dat"
    full.write_bytes(blob)
    trimmed.parent.mkdir()
    listing = subprocess.run(
        ["icupkg", "-l", str(full)], check=True, capture_output=True, text=True
    )
    drop = [item for item in listing.stdout.split() if removed(item)]
    (work / "removed.txt").write_text("\n".join(drop) + "\n", encoding="utf-8")
    subprocess.run(
        ["icupkg", "-r", str(work / "removed.txt"), str(full), str(trimmed)],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            "genccode",
            "-q",
            "-a",
            "gcc",
            "-e",
            symbol.removesuffix("_dat"),
            "-d",
            str(work),
            str(trimmed),
        ],
        check=True,
    )
    (assembly,) = work.glob("*.S")
    built = work / library.name
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(built),
            str(assembly),
        ],
        check=True,
    )
    if _data_symbol(built)[0] != symbol:
        raise RuntimeError(f"the rebuilt library does not export {symbol}")
    before = library.stat().st_size
    shutil.copyfile(built, library)
    return before, library.stat().st_size


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(name, address, size) of the exported icudtNN_dat symbol."""
    out = subprocess.run(
        ["nm", "-D", "-S", "--defined-only", str(library)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            return parts[3], int(parts[0], 16), int(parts[1], 16)
    raise RuntimeError(f"{library.name} exports no icudtNN_dat symbol")


def _section_address(library: Path, section: str) -> int:
    out = subprocess.run(
        ["objdump", "-h", str(library)], check=True, capture_output=True, text=True
    ).stdout
    for line in out.splitlines():
        parts = line.split()
        if len(parts) > 3 and parts[1] == section:
            return int(parts[3], 16)
    raise RuntimeError(f"{library.name} has no {section} section")


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path("dist/mentorat/_internal/PySide6/Qt/lib")
    libraries = sorted(folder.glob("libicudata.so.*"))
    if not libraries:
        print("ICU data: none in the bundle (nothing to trim)")
        return 0
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        print(
            f"ICU data: left whole ({', '.join(missing)} not installed: apt install icu-devtools)"
        )
        return 0
    for library in libraries:
        with tempfile.TemporaryDirectory(prefix="mentorat-icu-") as work:
            before, after = trim(library, Path(work))
        print(f"ICU data: {library.name} {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
