"""Every name compat.py resolves works with the API it is meant for, on the QGIS this lane runs.

Run on each lane (3.22, 3.40, 3.44), these exercise both sides of every version branch."""

from __future__ import annotations

from incident_atlas.plugin.core import compat
from incident_atlas.plugin.gui.qt_compat import QAction
from qgis.core import (
    Qgis,
    QgsLayoutExporter,
    QgsLayoutItemScaleBar,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsTemporalNavigationObject,
    QgsVectorLayer,
)


def test_geometry_types_are_what_layers_report():
    assert QgsVectorLayer("Point?crs=EPSG:4326", "p", "memory").geometryType() == compat.POINT_GEOMETRY
    assert QgsVectorLayer("MultiPolygon?crs=EPSG:4326", "a", "memory").geometryType() == compat.POLYGON_GEOMETRY
    assert compat.POINT_GEOMETRY != compat.POLYGON_GEOMETRY


def test_temporal_units_and_navigation_modes_round_trip():
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=day:date", "p", "memory")
    layer.temporalProperties().setDurationUnits(compat.TEMPORAL_DAYS)
    assert layer.temporalProperties().durationUnits() == compat.TEMPORAL_DAYS
    navigation = QgsTemporalNavigationObject()
    for mode in (compat.NAVIGATION_FIXED_RANGE, compat.NAVIGATION_OFF):
        navigation.setNavigationMode(mode)
        assert navigation.navigationMode() == mode


def test_make_field_gives_each_kind():
    from qgis.core import QgsFields

    fields = QgsFields()
    for name, kind in (("s", "string"), ("i", "int"), ("d", "double")):
        fields.append(compat.make_field(name, kind))
    layer = QgsVectorLayer("None", "t", "memory")
    assert layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    assert [f.typeName().lower()[:3] for f in layer.fields()] == ["str", "int", "dou"]


def test_label_scale_bar_and_text_settings_round_trip():
    settings = QgsPalLayerSettings()
    settings.placement = compat.LABEL_OVER_POINT
    assert settings.placement == compat.LABEL_OVER_POINT
    layout = QgsPrintLayout(QgsProject.instance())  # outlives the item it owns
    bar = QgsLayoutItemScaleBar(layout)
    bar.setUnits(compat.KILOMETERS)
    bar.setSegmentSizeMode(compat.SEGMENTS_FIT_WIDTH)
    assert (bar.units(), bar.segmentSizeMode()) == (compat.KILOMETERS, compat.SEGMENTS_FIT_WIDTH)
    for export in (QgsLayoutExporter.PdfExportSettings(), QgsLayoutExporter.SvgExportSettings()):
        export.textRenderFormat = compat.TEXT_AS_TEXT
        assert export.textRenderFormat == compat.TEXT_AS_TEXT


def test_a_picture_takes_an_svg_source():
    from qgis.core import QgsLayoutItemPicture

    layout = QgsPrintLayout(QgsProject.instance())
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath("base64:" + "PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=", compat.SVG_PICTURE)
    assert picture.mode() == compat.SVG_PICTURE


def test_render_units_and_qaction():
    from qgis.core import QgsTextFormat

    text = QgsTextFormat()
    text.setSizeUnit(compat.RENDER_MILLIMETERS)
    assert text.sizeUnit() == compat.RENDER_MILLIMETERS
    assert QAction("x").text() == "x"
    assert Qgis.QGIS_VERSION_INT >= 32200


def test_processing_parameter_flags_and_behaviours():
    from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString

    folder = QgsProcessingParameterFile("PAGES", "pages", behavior=compat.FOLDER_PARAMETER, optional=True)
    assert folder.behavior() == compat.FOLDER_PARAMETER
    advanced = QgsProcessingParameterString("X", "x")
    advanced.setFlags(advanced.flags() | compat.ADVANCED_PARAMETER)
    assert advanced.flags() & compat.ADVANCED_PARAMETER
