"""What the frozen executable runs: the same entry point as the `mentorat` command."""

import multiprocessing
import sys

from mentorat_desktop.cli.main import main

if __name__ == "__main__":
    # Batches of certificates run in spawned processes: in a frozen bundle those start this
    # executable again, and freeze_support() turns them into workers instead of new apps.
    multiprocessing.freeze_support()
    sys.exit(main())
