"""``python -m inspector``: the same entry point as the ``inspector`` command."""

import sys

from inspector.app import main

sys.exit(main())
