#!/usr/bin/env bash
# What a Linux user does with the archive, in a home of its own: unpack, install.sh, find the
# menu entry and the command, run the installed program's self-test, uninstall, and check
# that the program is gone and the data stayed. Validates the desktop entry and the
# AppStream metainfo when desktop-file-validate and appstreamcli are installed.
#   bash packaging/check_linux_install.sh dist/mentorat-VERSION-linux-x86_64.tar.gz
set -euo pipefail
archive=$(realpath "$1")
app_id=app.mentorat.Mentorat
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
fail() { echo "Linux install check: $*" >&2; exit 1; }
as_user() {
  env -u QT_QPA_PLATFORMTHEME -u MENTORAT_DATABASE -u XDG_DATA_HOME -u XDG_CONFIG_HOME \
    HOME="$home" QT_QPA_PLATFORM=offscreen "$@"
}

mkdir "$home/Downloads"
tar -C "$home/Downloads" -xzf "$archive"
as_user "$home/Downloads/mentorat/install.sh" >/dev/null

share="$home/.local/share"
desktop="$share/applications/$app_id.desktop"
[ -x "$home/.local/opt/mentorat/mentorat" ] || fail "no program in ~/.local/opt/mentorat"
[ -x "$home/.local/bin/mentorat" ] || fail "no mentorat command in ~/.local/bin"
[ -f "$desktop" ] || fail "no menu entry"
grep -qx "Exec=\"$home/.local/opt/mentorat/mentorat\"" "$desktop" || fail "the menu entry does not start the installed program"
for size in 16 48 256; do
  [ -f "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no ${size} px icon"
done
[ -f "$share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "no scalable icon"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "the menu entry is not valid"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "the AppStream metainfo is not valid"
fi

as_user "$home/.local/bin/mentorat" --lang en --self-test >"$home/self-test.log" 2>&1 ||
  { cat "$home/self-test.log" >&2; fail "the installed program's self-test failed"; }

# The user's data, as the app keeps it; the uninstaller must leave it alone.
mkdir -p "$share/Mentorat"
echo "kept" >"$share/Mentorat/mentorat.sqlite3"
as_user "$home/.local/opt/mentorat/install.sh" --uninstall >/dev/null
[ ! -e "$home/.local/opt/mentorat" ] || fail "the program is still in ~/.local/opt/mentorat"
[ ! -e "$home/.local/bin/mentorat" ] || fail "the mentorat command is still there"
[ ! -e "$desktop" ] || fail "the menu entry is still there"
[ -z "$(find "$share/icons" -name "$app_id.*" 2>/dev/null)" ] || fail "icons are still there"
[ "$(cat "$share/Mentorat/mentorat.sqlite3")" = "kept" ] || fail "the data did not survive"
echo "Linux install check: installed, menu entry and icons valid, self-test passed, uninstalled, data kept"
