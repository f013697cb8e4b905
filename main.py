"""Start Inspector: ``python main.py`` does what the ``inspector`` command does."""

from inspector.app import main

if __name__ == "__main__":
    raise SystemExit(main())
