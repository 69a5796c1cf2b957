"""Replaces pyinstaller-hooks-contrib's hook, which names `psycopg_binary._uuid` whatever the
release: psycopg_binary 3.3.9's wheels (Linux and win_amd64) have no such module, and the
build warned `Hidden import "psycopg_binary._uuid" not found!`. Named only when the target's
package holds it (hooks run in the build's Python: the Windows one for a Windows build).
A hook of the spec's hookspath takes precedence over the contributed one."""

import bundle_rules  # the spec puts packaging/ on sys.path

hiddenimports = bundle_rules.present_submodules("psycopg_binary", ("_uuid",))
