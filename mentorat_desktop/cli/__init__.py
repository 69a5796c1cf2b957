"""The command line: `mentorat` opens the window; sub-commands work without one.

Each command group is one module here with an ``add_commands(commands)`` that declares its
sub-commands and sets each one's handler; `cli.main.COMMAND_MODULES` registers the modules.
"""

from mentorat_desktop.cli.main import gui_main, main

__all__ = ["gui_main", "main"]
