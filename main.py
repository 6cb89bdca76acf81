"""Start xorgui: no arguments opens the window; train/sweep/bench run headless."""

from xorgui.app import main

raise SystemExit(main())
