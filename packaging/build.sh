#!/usr/bin/env bash
# Build the Linux bundle from a clean checkout:
#   dist/mentorat/mentorat                        the program (one folder, no Python needed)
#   dist/mentorat-VERSION-linux-x86_64.tar.gz     that folder with its desktop entry, ready to share
# Usage: packaging/build.sh            (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
# Editable, so the bundle is built from this checkout and its metadata matches pyproject.toml.
.venv/bin/python -m pip install -q -e ".[build]"

rm -rf build/pyinstaller dist/mentorat
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/mentorat.spec

# Qt's ICU data for every language of the world (32 MB) cut down to French and English.
.venv/bin/python packaging/trim_icu.py dist/mentorat/_internal/PySide6/Qt/lib

# Some wheels and interpreters ship debug information (tens of MB); the user never needs it.
# Files grafted by auditwheel (*.libs/) are left alone: stripping patched ELF files can break them.
while IFS= read -r -d '' file; do
  if readelf -S "$file" 2>/dev/null | grep '\.debug_info' >/dev/null; then  # no -q: SIGPIPE + pipefail
    strip --strip-debug "$file"
  fi
done < <(find dist/mentorat -type f -name '*.so*' -not -path '*.libs/*' -print0)

version=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "packaging"); import bundle_rules; print(bundle_rules.project().version)')

# Desktop integration: entry, AppStream metainfo and icons in the freedesktop layout.
share=dist/mentorat/share
install -Dm644 packaging/linux/app.mentorat.Mentorat.desktop \
  "$share/applications/app.mentorat.Mentorat.desktop"
mkdir -p "$share/metainfo"
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
  packaging/linux/app.mentorat.Mentorat.metainfo.xml > "$share/metainfo/app.mentorat.Mentorat.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "resources/icons/app/mentorat-$size.png" \
    "$share/icons/hicolor/${size}x${size}/apps/app.mentorat.Mentorat.png"
done
install -Dm644 resources/icons/mentorat.svg "$share/icons/hicolor/scalable/apps/app.mentorat.Mentorat.svg"
install -m755 packaging/linux/install.sh dist/mentorat/install.sh

archive="dist/mentorat-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" mentorat
echo "Bundle:  dist/mentorat/mentorat ($(du -sh dist/mentorat | cut -f1))"
echo "Archive: $archive ($(du -h "$archive" | cut -f1))"
