"""`python -m unshame` runs the command line."""

import sys

from unshame.cli import main

sys.exit(main())
