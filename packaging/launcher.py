"""What the frozen executable runs: the same entry point as the `mentorat` command."""

import sys

from mentorat_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
