#!/usr/bin/env bash
# Install Mentorat for the current user (no root): the program in ~/.local/opt/mentorat,
# a `mentorat` command in ~/.local/bin, and Mentorat in the desktop's application menu.
#   ./install.sh              install or update from the folder this script is in
#   ./install.sh --uninstall  remove the program; your data stays where it is
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/mentorat
data=$prefix/Mentorat
app_id=app.mentorat.Mentorat

refresh_menus() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$target" "$HOME/.local/bin/mentorat" "$prefix/applications/$app_id.desktop" \
    "$prefix/metainfo/$app_id.metainfo.xml"
  find "$prefix/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
  refresh_menus
  echo "Mentorat was removed. Your data was kept in $data"
  exit 0
fi

if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -a "$here" "$target"
fi
mkdir -p "$HOME/.local/bin" "$prefix/applications" "$prefix/metainfo"
ln -sf "$target/mentorat" "$HOME/.local/bin/mentorat"
sed "s|^Exec=mentorat|Exec=\"$target/mentorat\"|" "$target/share/applications/$app_id.desktop" \
  > "$prefix/applications/$app_id.desktop"
cp "$target/share/metainfo/$app_id.metainfo.xml" "$prefix/metainfo/"
(cd "$target/share" && find icons -type f -exec install -Dm644 {} "$prefix/{}" \;)
refresh_menus
echo "Mentorat is installed: find it in your applications menu, or run $target/mentorat"
