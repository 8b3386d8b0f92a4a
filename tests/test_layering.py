"""The code's layering: experiments -> nas -> estimators -> search_spaces, nothing running back up,
and no circle between modules or between nas's packages, type-only and deferred imports counted."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["nas", "estimators", "search_spaces"]  # each may import those after it, never before


def modules() -> dict[str, Path]:
    found = {}
    for layer in LAYERS:
        for path in (ROOT / layer).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imports(known: dict[str, Path]) -> dict[str, set[str]]:
    """Each module's imports of our own modules: every import statement, wherever it stands, and
    in a module that imports by name (``importlib``: lazy maps of names or commands to modules)
    every module it names in a string."""
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        targets: set[str] = set()
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                targets |= {node.module, *(f"{node.module}.{alias.name}" for alias in node.names)}
            elif isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
        if "importlib" in targets:
            targets |= {
                n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            }
        graph[name] = {t for t in targets if t in known and t != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def package(module: str, known: dict[str, Path]) -> str:
    """nas's subpackage holding ``module`` (nas.search.trial -> nas.search), else the module."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "nas" and len(parts) > 2 else module


def test_no_module_imports_a_module_that_imports_it_back() -> None:
    assert circles(imports(modules())) == []


def test_no_package_of_nas_imports_one_that_imports_it_back() -> None:
    known = modules()
    packages: dict[str, set[str]] = {}
    for module, targets in imports(known).items():
        source = package(module, known)
        packages.setdefault(source, set()).update(package(t, known) for t in targets)
        packages[source].discard(source)
    assert circles(packages) == []


def test_lower_layers_never_import_higher_ones() -> None:
    for module, targets in imports(modules()).items():
        layer = LAYERS.index(module.split(".")[0])
        above = {t for t in targets if LAYERS.index(t.split(".")[0]) < layer}
        assert not above, f"{module} imports {sorted(above)}"


def test_imports_by_name_are_counted() -> None:
    """The command map names each command's module: ``nas.cli`` imports them all, lazily."""
    graph = imports(modules())
    assert {"nas.cli.search", "nas.cli.workers"} <= graph["nas.cli"]
    assert "nas.search.jobs" in graph["nas"]


def test_the_check_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
