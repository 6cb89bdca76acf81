"""The layers hold: `lint-imports` keeps every contract in pyproject.toml, and
it sees every import (no module is imported by a name in a string).

lint-imports runs in a subprocess on this checkout's package (not an
installed copy), with no cache, so the verdict is about the code as it is now.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINT_IMPORTS = "from importlinter.cli import lint_imports_command as run; run()"


def contract_names() -> list[str]:
    with open(REPO / "pyproject.toml", "rb") as config:
        contracts = tomllib.load(config)["tool"]["importlinter"]["contracts"]
    return [contract["name"] for contract in contracts]


def test_every_import_contract_is_kept() -> None:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    names = contract_names()
    assert len(names) >= 5, names
    for name in names:
        assert f"{name} KEPT" in report, report


def imports_by_string(source: str) -> list[int]:
    """Lines that import a module by a name in a string: `importlib.import_module`
    or `__import__` called, or `import_module` imported from importlib."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "importlib":
            if any(alias.name == "import_module" for alias in node.names):
                lines.append(node.lineno)
        elif isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Attribute):
                name = function.attr
            else:
                name = function.id if isinstance(function, ast.Name) else ""
            if name in ("import_module", "__import__"):
                lines.append(node.lineno)
    return lines


def test_imports_by_string_are_recognised() -> None:
    assert imports_by_string("import importlib\nimportlib.import_module('a')") == [2]
    assert imports_by_string("from importlib import import_module as m") == [1]
    assert imports_by_string("x = __import__('a')") == [1]
    assert imports_by_string("from importlib import metadata\nimport a.b") == []


def test_no_module_is_imported_by_a_name_in_a_string() -> None:
    """Such an import hides a dependency (and a cycle) from lint-imports."""
    found = {
        str(path.relative_to(REPO)): lines
        for path in sorted((REPO / "xorgui").rglob("*.py"))
        if (lines := imports_by_string(path.read_text(encoding="utf-8")))
    }
    assert found == {}
