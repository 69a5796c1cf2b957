"""Replaces pyinstaller-hooks-contrib's hook, which names pycparser's generated parser tables
`lextab` and `yacctab`: pycparser 2.22 and later have none, and the build warned
`Hidden import "pycparser.lextab" not found!`. Named only when the package holds them."""

import bundle_rules  # the spec puts packaging/ on sys.path

hiddenimports = bundle_rules.present_submodules("pycparser", ("lextab", "yacctab"))
