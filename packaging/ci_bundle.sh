#!/usr/bin/env bash
# CI for the installable program: build the Linux bundle, print its size, run its self-test
# offscreen, then start it under a real X server (Xvfb) and time it to a shown window.
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
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  apt_install "${missing[@]}"
fi

started=$(date +%s)
bash packaging/build.sh
echo "Bundle built in $(( $(date +%s) - started )) s"
echo "Bundle size on disk: $(du -sh dist/mentorat | cut -f1) (dist/mentorat/)"

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
