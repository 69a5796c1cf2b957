# Build the Windows bundle and its installer from a clean checkout:
#   dist\mentorat\mentorat.exe          the program (one folder; mentorat-cli.exe beside it for a terminal)
#   dist\Mentorat-VERSION-setup.exe     the per-user installer (needs Inno Setup 6)
# Usage: powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-Python py] [-SkipInstaller]
param(
    [string]$Python = "python",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

# A plain function (no param block): every argument reaches $args as typed. An advanced
# function would take "-e" for its own -ErrorAction/-ErrorVariable and stop as ambiguous.
function Invoke-Checked {
    $program, $arguments = $args
    & $program @arguments
    if ($LASTEXITCODE -ne 0) { throw "$program $arguments failed with exit code $LASTEXITCODE" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Invoke-Checked $Python -m venv .venv }
$venvPython = Resolve-Path .venv\Scripts\python.exe
# Editable, so the bundle is built from this checkout and its metadata matches pyproject.toml.
Invoke-Checked $venvPython -m pip install -q --upgrade pip
Invoke-Checked $venvPython -m pip install -q --editable ".[build]"

Remove-Item -Recurse -Force build\pyinstaller, dist\mentorat -ErrorAction SilentlyContinue
Invoke-Checked $venvPython -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\mentorat.spec

$bytes = (Get-ChildItem dist\mentorat -Recurse -File | Measure-Object Length -Sum).Sum
Write-Host ("Bundle: dist\mentorat\mentorat.exe ({0:N0} MB)" -f ($bytes / 1MB))

Write-Host "Self-test of the bundle:"
Invoke-Checked .\dist\mentorat\mentorat-cli.exe --lang en --self-test

if ($SkipInstaller) { return }
$rules = "import sys; sys.path.insert(0, 'packaging'); import bundle_rules as r"
$version = & $venvPython -c "$rules; print(r.project().version)"
# Windows file versions are four numbers: 1.2.0rc1 becomes 1.2.0.0.
$numericVersion = & $venvPython -c "$rules; print('.'.join(map(str, r.windows_version(r.project().version))))"
$iscc = @(
    (Get-Command iscc.exe -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Source),
    "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
    "${env:ProgramFiles(x86)}\Inno Setup 7\ISCC.exe",
    "$env:ProgramFiles\Inno Setup 7\ISCC.exe",
    "$env:LOCALAPPDATA\Programs\Inno Setup 7\ISCC.exe"
) | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
if (-not $iscc) {
    throw "Inno Setup not found: install it (winget install JRSoftware.InnoSetup), or use -SkipInstaller"
}
Invoke-Checked $iscc /Qp "/DAppVersion=$version" "/DAppNumericVersion=$numericVersion" packaging\windows\mentorat.iss
Write-Host "Installer: dist\Mentorat-$version-setup.exe"
