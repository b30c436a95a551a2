"""Alias groups: edited as text, kept in the user's settings, applied by the dock at once."""

import pytest
from incident_atlas.plugin.core.filters import DEFAULT_ALIAS_GROUPS
from incident_atlas.plugin.core.settings import PluginSettings, alias_groups_from_text, alias_groups_to_text
from qgis.PyQt.QtCore import Qt


def test_text_round_trip_keeps_names_with_separators():
    groups = {"AAH": ("Asa'ib Ahl al-Haq; splinter", "League of the Righteous, (AAH)"), **DEFAULT_ALIAS_GROUPS}
    assert alias_groups_from_text(alias_groups_to_text(groups)) == groups


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Islamic State\n[ISIS]\nIS", "Line 1: 'Islamic State' comes before any [group] line"),
        ("[A]\nx\n[A]\ny", "Line 3: the group [A] appears twice"),
    ],
)
def test_text_errors_name_the_line(text, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        alias_groups_from_text(text)


def test_settings_round_trip_and_defaults():
    PluginSettings(alias_groups={"Mine": ("A", "B")}).save()
    assert PluginSettings.load().alias_groups == {"Mine": ("A", "B")}
    PluginSettings().save()
    assert PluginSettings.load().alias_groups == DEFAULT_ALIAS_GROUPS


def test_dock_applies_edited_groups(plugin, tmp_path, qgis_new_project):
    from helpers import item, settle
    from sample_data import build_sample_geopackage

    dock = plugin.dock
    assert dock.open_geopackage(build_sample_geopackage(tmp_path / "s.gpkg"))
    settle(dock)
    dock.set_alias_groups({"Jihadists": ("Islamic State (Iraq)",)})
    settle(dock)
    item(dock.actors.list, "Jihadists").setCheckState(Qt.CheckState.Checked)
    settle(dock)
    assert "'Islamic State (Iraq)'" in dock.session.layer.subsetString()
    assert PluginSettings.load().alias_groups == {"Jihadists": ("Islamic State (Iraq)",)}
    PluginSettings().save()


def test_alias_dialog_keeps_bad_text_and_says_why():
    from incident_atlas.plugin.gui.alias_dialog import AliasDialog

    dialog = AliasDialog(DEFAULT_ALIAS_GROUPS)
    dialog.editor.setPlainText("orphan name\n[G]\nx")
    dialog.accept()
    assert dialog.result() == 0
    assert "Line 1" in dialog.error_label.text()
    assert dialog.editor.toPlainText().startswith("orphan name")
    dialog.editor.setPlainText("[G]\nx\ny")
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.groups == {"G": ("x", "y")}
