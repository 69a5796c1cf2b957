#!/usr/bin/env bash
# CI for the installable program: build the Linux bundle, print its size, run its self-test
# offscreen, start it under a real X server (Xvfb) and time it to a shown window, have it
# screenshot every view and dialog there, then install it from the archive as a user would,
# self-test the installed copy and uninstall it.
# Called by .ci/run after the tests pass; runs alone too: bash packaging/ci_bundle.sh
set -euo pipefail
cd "$(dirname "$0")/.."

apt_updated=0
apt_install() {
  if [ "$apt_updated" = 0 ]; then apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
missing=()
command -v objdump >/dev/null || missing+=(binutils)  # PyInstaller reads libraries with it
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v icupkg >/dev/null || missing+=(icu-devtools)  # trim_icu.py: Qt's ICU data
command -v gcc >/dev/null || missing+=(gcc)
command -v desktop-file-validate >/dev/null || missing+=(desktop-file-utils)  # menu entry
command -v appstreamcli >/dev/null || missing+=(appstream)  # metainfo
# The X libraries Qt's xcb plugin needs: the bundle carries the ones the build machine has.
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
            libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
            libxcb-render-util.so.0:libxcb-render-util0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
            libxcb-randr.so.0:libxcb-randr0 libxcb-shape.so.0:libxcb-shape0 \
            libxcb-xkb.so.1:libxcb-xkb1 libxcb-xfixes.so.0:libxcb-xfixes0; do
  ldconfig -p | grep -q "${pair%%:*}" || missing+=("${pair##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

started=$(date +%s)
bash packaging/build.sh
echo "Bundle built in $(( $(date +%s) - started )) s"
echo "Bundle size on disk: $(du -sm dist/mentorat | cut -f1) MB in dist/mentorat/ (aim: below 150 MB)"

# A home of its own, so nothing the self-test or the timing does reaches a real user's data.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run_isolated() {
  env -u QT_QPA_PLATFORMTHEME -u MENTORAT_DATABASE HOME="$home" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" "$@"
}

echo "Self-test of the bundle:"
if ! run_isolated env QT_QPA_PLATFORM=offscreen dist/mentorat/mentorat --lang en --self-test; then
  echo "The bundle's self-test failed" >&2
  exit 1
fi

echo "Cold start of the bundle under Xvfb:"
run_isolated xvfb-run -a -s "-screen 0 1400x900x24 -noreset" \
  .venv/bin/python packaging/measure_start.py dist/mentorat/mentorat --runs 3

# Every view and dialog, in French, on a real X server: what only the bundle can get wrong
# (a data file PyInstaller did not see, a missing X library) shows up here.
echo "Screenshots of every view and dialog from the bundle, in French:"
shots="$home/screenshots"
if ! run_isolated xvfb-run -a -s "-screen 0 1400x900x24" \
    dist/mentorat/mentorat --lang fr screenshots --out "$shots" >"$home/screenshots.log" 2>&1; then
  cat "$home/screenshots.log" >&2
  echo "The bundle could not show every view and dialog" >&2
  exit 1
fi
echo "$(find "$shots" -name '*.png' | wc -l) screenshots"

echo "Install from the archive for a user, self-test, uninstall:"
bash packaging/check_linux_install.sh dist/mentorat-*-linux-"$(uname -m)".tar.gz
