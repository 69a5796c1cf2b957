import multiprocessing
import sys

from mentorat_desktop.cli.main import main

if __name__ == "__main__":  # not in the spawned workers that build certificates
    multiprocessing.freeze_support()
    sys.exit(main())
