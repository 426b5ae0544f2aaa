"""Run the ``childdays`` command: ``python -m childdays``."""

from childdays.cli import main

raise SystemExit(main())
