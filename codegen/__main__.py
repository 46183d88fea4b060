"""`python -m codegen`: see codegen.cli."""

from codegen.cli import main

raise SystemExit(main())
