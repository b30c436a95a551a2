"""QGIS 4 (Qt6) readiness that can be checked without Qt6: constructs PyQt6 no longer accepts.

Unscoped enums are found by resolving every `Name.attr` of an imported Qt/QGIS class on the running
QGIS: a value whose type is an enum, reached without naming that enum, fails on PyQt6.
"""

from __future__ import annotations

import ast
import enum
import importlib
from pathlib import Path

import pytest
from conftest import REPO_ROOT

SOURCES = sorted([*(REPO_ROOT / "plugin").rglob("*.py"), REPO_ROOT / "__init__.py"])
# Each: a pattern PyQt6 or QGIS 4 rejects, and what to write instead.
FORBIDDEN_CALLS = {
    "exec_": "exec()",
    "print_": "print()",
    "midRef": "mid()",
    "leftRef": "left()",
    "rightRef": "right()",
}
FORBIDDEN_NAMES = {
    "QRegExp": "QRegularExpression",
    "QDesktopWidget": "QScreen",
    "SIGNAL": "new-style signals (signal.connect)",
    "SLOT": "new-style signals (signal.connect)",
    "QStringList": "list[str]",
}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported_qt_names(tree: ast.Module) -> dict[str, str]:
    """local name -> module, for names imported from qgis.* (Qt only through qgis.PyQt)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("qgis"):
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    return names


def _is_enum_value(value) -> bool:
    kind = type(value)
    if isinstance(value, enum.Enum):
        return True
    # PyQt5's sip enums: their type's metatype is sip.enumtype.
    return type(kind).__name__ == "enumtype"


def _problems(path: Path, root: Path = REPO_ROOT) -> list[str]:
    tree = _tree(path)
    problems = []
    where = path.relative_to(root)
    imported = _imported_qt_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ("PyQt5", "PyQt6"):
            problems.append(f"{where}:{node.lineno}: import Qt through qgis.PyQt, not {node.module}")
        if isinstance(node, ast.ImportFrom) and node.module == "qgis.PyQt.QtWidgets":
            if any(alias.name == "QAction" for alias in node.names) and path.name != "qt_compat.py":
                problems.append(f"{where}:{node.lineno}: QAction is in QtGui on Qt6: import it from gui/qt_compat.py")
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_CALLS:
            problems.append(f"{where}:{node.lineno}: .{node.attr} is gone in Qt6: use {FORBIDDEN_CALLS[node.attr]}")
        used = [node.id] if isinstance(node, ast.Name) else []
        if isinstance(node, ast.ImportFrom):
            used = [alias.name for alias in node.names]
        for name in set(used) & FORBIDDEN_NAMES.keys():
            problems.append(f"{where}:{node.lineno}: {name} is gone in Qt6: use {FORBIDDEN_NAMES[name]}")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QgsField" and len(node.args) > 1:
            kind = node.args[1]
            if isinstance(kind, ast.Attribute) and "QVariant" in ast.unparse(kind):
                problems.append(f"{where}:{node.lineno}: QgsField with a QVariant type: use compat.make_field")
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "pyqtSignal":
            parent_is_class = any(
                isinstance(owner, ast.ClassDef) and node in ast.walk(owner) and _assigned_in_class_body(owner, node)
                for owner in ast.walk(tree)
            )
            if not parent_is_class:
                problems.append(f"{where}:{node.lineno}: pyqtSignal must be a class attribute")
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in imported
            and not node.attr.startswith("_")
        ):
            owner = getattr(importlib.import_module(imported[node.value.id]), node.value.id, None)
            value = getattr(owner, node.attr, None) if owner is not None else None
            if value is not None and _is_enum_value(value):
                scoped = f"{node.value.id}.{type(value).__name__}.{node.attr}"
                problems.append(f"{where}:{node.lineno}: unscoped enum {node.value.id}.{node.attr}: write {scoped}")
    return problems


def _assigned_in_class_body(cls: ast.ClassDef, call: ast.Call) -> bool:
    return any(
        isinstance(statement, (ast.Assign, ast.AnnAssign)) and call in ast.walk(statement) for statement in cls.body
    )


def test_the_checker_finds_what_qt6_rejects(tmp_path):
    """The checks themselves, on a file holding one of each construct (so a pass above means something)."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from qgis.PyQt.QtCore import Qt, QRegExp, pyqtSignal\n"
        "from qgis.PyQt.QtWidgets import QAction, QMessageBox\n"
        "from qgis.core import QgsField\n"
        "from qgis.PyQt.QtCore import QVariant\n"
        "align = Qt.AlignLeft\n"
        "scoped = Qt.AlignmentFlag.AlignLeft\n"
        "QMessageBox()." + "exec_" + "()\n"  # spelled apart: the habit check greps for the call itself
        "QgsField('a', QVariant.Int)\n"
        "def f():\n"
        "    changed = pyqtSignal()\n"
    )
    found = _problems(bad, root=tmp_path)
    assert any("unscoped enum Qt.AlignLeft: write Qt.AlignmentFlag.AlignLeft" in p for p in found), found
    assert not any("Qt.AlignmentFlag" in p and "unscoped enum Qt.AlignmentFlag" in p for p in found)
    for expected in ("QAction is in QtGui", ".exec_ is gone", "QRegExp", "QVariant type", "class attribute"):
        assert any(expected in p for p in found), (expected, found)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_no_pyqt5_only_constructs(path):
    assert _problems(path) == []


def test_a_qgis_deprecation_from_the_plugin_s_code_fails_the_tests():
    """tests/pytest.ini makes the DeprecationWarning QGIS raises for a call from the plugin an error (SIP names
    the caller's module), while the same warning from elsewhere stays a warning."""
    import warnings

    message = "QgsApplication.settingsRegistryCore() is deprecated"
    with pytest.raises(DeprecationWarning, match="is deprecated"):
        warnings.warn_explicit(message, DeprecationWarning, "dock.py", 1, module="incident_atlas.plugin.gui.dock")
    with warnings.catch_warnings(record=True) as caught:
        warnings.warn_explicit(message, DeprecationWarning, "other.py", 1, module="another_plugin.main")
    assert [str(w.message) for w in caught] == [message]


def test_flake8_qgis_finds_nothing_qgis_4_no_longer_takes():
    """flake8-qgis's QGIS 4 migration rules (QGS4xx) over the plugin's code: the only QVariant types are
    compat.py's fallback for QGIS before 3.38, marked where they stand."""
    import subprocess
    import sys

    flake8 = Path(sys.executable).with_name("flake8")
    done = subprocess.run(
        [str(flake8), "--select", "QGS4", str(REPO_ROOT / "plugin"), str(REPO_ROOT / "__init__.py")],
        capture_output=True,
        text=True,
    )
    assert "QGS" not in done.stderr, done.stderr  # the plugin is installed: its rules ran
    assert done.stdout == "" and done.returncode == 0, done.stdout
