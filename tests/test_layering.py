"""The shape of plugin/: imports point one way and never in a circle; files stay small; no
dialect branching outside the stores; nothing the oldest supported Python (3.9, QGIS 3.22 on
Windows) can't run."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import REPO_ROOT

PLUGIN = REPO_ROOT / "plugin"
SOURCES = sorted(PLUGIN.rglob("*.py"))
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in SOURCES}


def imports_of(path: Path) -> set[str]:
    """Every plugin module this file imports, at module level or inside a function."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            target = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                found.add(candidate if candidate in MODULES else target)
    return {module for module in found if module in MODULES and module != name}


GRAPH = {name: imports_of(path) for name, path in MODULES.items()}


def cycles() -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, result, counter = {}, {}, [], set(), [], [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            visit(node)
    return result


def test_no_module_imports_one_that_imports_it_back():
    assert cycles() == []


def test_the_checker_sees_a_cycle(monkeypatch):
    monkeypatch.setitem(GRAPH, "plugin.core.filters", GRAPH["plugin.core.filters"] | {"plugin.core.store.queries"})
    assert any("plugin.core.filters" in component for component in cycles())


@pytest.mark.parametrize(
    "room, forbidden",
    [
        ("plugin.core", ("plugin.gui", "plugin.processing")),
        ("plugin.processing", ("plugin.gui",)),
        # The store sits under the analyses and the session that runs them, never over them.
        (
            "plugin.core.store",
            ("plugin.core.trends", "plugin.core.hotspots", "plugin.core.maps", "plugin.core.session"),
        ),
        ("plugin.core.trends", ("plugin.core.session",)),
        ("plugin.core.hotspots", ("plugin.core.session",)),
        # The shared modules sit under the store.
        *(
            (shared, ("plugin.core.store",))
            for shared in ("plugin.core.filters", "plugin.core.settings", "plugin.core.dialect")
        ),
    ],
)
def test_imports_point_one_way(room, forbidden):
    wrong = [
        f"{name} imports {target}"
        for name, targets in GRAPH.items()
        if name.startswith(room)
        for target in targets
        if target.startswith(forbidden)
    ]
    assert wrong == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_file_is_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{lines} lines"


def test_no_backend_branching_outside_the_stores():
    stores = {PLUGIN / "core" / "store" / name for name in ("geopackage.py", "postgis.py")} | {
        PLUGIN / "core" / "dialect.py"
    }
    found = []
    for path in SOURCES:
        if path in stores:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("dialect ==", "dialect !=", "to_postgres", '== "postgres"', '== "sqlite"'):
            if needle in text:
                found.append(f"{path.relative_to(REPO_ROOT)}: {needle}")
    assert found == []


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_runs_on_python_3_9(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), feature_version=(3, 9))
    problems = []
    for node in tree.body:  # module level runs at import: "A | B" of classes needs 3.10
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.BitOr):
            if all(isinstance(side, (ast.Name, ast.Attribute)) for side in (node.value.left, node.value.right)):
                problems.append(f"line {node.lineno}: a union of types with | at import time")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and any(keyword.arg == "strict" for keyword in node.keywords):
            if getattr(node.func, "id", None) == "zip":
                problems.append(f"line {node.lineno}: zip(strict=) needs 3.10")
    assert problems == []
