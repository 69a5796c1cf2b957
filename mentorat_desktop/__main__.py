import sys

from mentorat_desktop.cli.main import main

if __name__ == "__main__":  # not in the spawned workers that build certificates
    if getattr(sys, "frozen", False):  # a no-op elsewhere, and multiprocessing is slow to import
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
