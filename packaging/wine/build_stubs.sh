#!/usr/bin/env bash
# Build the test-only stand-in DLLs that Wine 8 lacks (never shipped with the app):
#   icuuc.dll             forwards the ucnv_* functions Qt6Core imports from Windows' own ICU
#                         to the versioned names of the ICU DLLs of the pyicu-wheels wheel
#   bcryptprimitives.dll  ProcessPrng, which Qt PDF (PDFium) needs, over BCryptGenRandom
#   mscms.dll             colour-profile calls of the "windows" platform plugin, failing cleanly
# Usage: build_stubs.sh QT6CORE_DLL ICU_VERSION OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
qtcore=$1 icu=$2 out=$3
mkdir -p "$out"
cc=x86_64-w64-mingw32-gcc
objdump=x86_64-w64-mingw32-objdump

{
  echo "LIBRARY icuuc.dll"
  echo "EXPORTS"
  "$objdump" -p "$qtcore" | awk -v icu="$icu" '
    /DLL Name: icuuc.dll/ { inside = 1; next }
    /DLL Name:/ { inside = 0 }
    inside && NF == 3 && $2 ~ /^[0-9]+$/ { printf "    %s = icuuc%s.%s_%s\n", $3, icu, $3, icu }'
} > "$out/icuuc.def"
grep -q " = icuuc" "$out/icuuc.def" || { echo "no ICU import found in $qtcore" >&2; exit 1; }
echo 'int __stdcall DllMainCRTStartup(void *h, unsigned long r, void *p) { return 1; }' \
  > "$out/empty.c"
"$cc" -shared -nostdlib -e DllMainCRTStartup -o "$out/icuuc.dll" "$out/empty.c" "$out/icuuc.def"
"$cc" -shared -O2 -o "$out/bcryptprimitives.dll" "$here/bcryptprimitives.c" \
  "$here/bcryptprimitives.def" -lbcrypt
"$cc" -shared -O2 -o "$out/mscms.dll" "$here/mscms.c" "$here/mscms.def"
rm -f "$out/empty.c"
echo "Stand-in DLLs built in $out"
