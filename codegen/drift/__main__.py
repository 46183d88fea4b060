"""`python -m codegen.drift`: see codegen.drift.command."""

from codegen.drift.command import main

raise SystemExit(main())
