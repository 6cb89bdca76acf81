"""`python -m xorgui [train|sweep|bench]`: the same as main.py."""

from __future__ import annotations

from xorgui.app import main

raise SystemExit(main())
