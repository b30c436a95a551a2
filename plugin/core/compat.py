"""QGIS enums that moved between 3.22 and 3.40 / 4.x, resolved once."""

from qgis.core import Qgis, QgsWkbTypes

if hasattr(Qgis, "GeometryType"):  # QGIS >= 3.30
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
    POINT_GEOMETRY = Qgis.GeometryType.Point
else:
    POLYGON_GEOMETRY = QgsWkbTypes.GeometryType.PolygonGeometry
    POINT_GEOMETRY = QgsWkbTypes.GeometryType.PointGeometry

if hasattr(Qgis, "TemporalUnit"):  # QGIS >= 3.30
    TEMPORAL_DAYS = Qgis.TemporalUnit.Days
else:
    from qgis.core import QgsUnitTypes

    TEMPORAL_DAYS = QgsUnitTypes.TemporalUnit.TemporalDays

if hasattr(Qgis, "TemporalNavigationMode"):  # QGIS >= 3.36
    NAVIGATION_OFF = Qgis.TemporalNavigationMode.Disabled
    NAVIGATION_FIXED_RANGE = Qgis.TemporalNavigationMode.FixedRange
else:
    from qgis.core import QgsTemporalNavigationObject

    NAVIGATION_OFF = QgsTemporalNavigationObject.NavigationMode.NavigationOff
    NAVIGATION_FIXED_RANGE = QgsTemporalNavigationObject.NavigationMode.FixedRange


def make_field(name: str, kind: str):
    """A QgsField of kind "string", "int", "double", "date" or "bool" on any QGIS from 3.22 to 4.x.

    QGIS 3.38 moved QgsField to QMetaType types; Qt6 drops QVariant's, so try the new way first.
    """
    from qgis.core import QgsField
    from qgis.PyQt.QtCore import QMetaType

    new = {
        "string": QMetaType.Type.QString,
        "int": QMetaType.Type.Int,
        "double": QMetaType.Type.Double,
        "date": QMetaType.Type.QDate,
        "bool": QMetaType.Type.Bool,
    }[kind]
    try:
        return QgsField(name, new)
    except TypeError:
        from qgis.PyQt.QtCore import QVariant

        old = {
            "string": QVariant.Type.String,  # noqa: QGS402 - QGIS before 3.38 takes only these
            "int": QVariant.Type.Int,  # noqa: QGS402 - QGIS before 3.38 takes only these
            "double": QVariant.Type.Double,  # noqa: QGS402 - QGIS before 3.38 takes only these
            "date": QVariant.Type.Date,  # noqa: QGS402 - QGIS before 3.38 takes only these
            "bool": QVariant.Type.Bool,  # noqa: QGS402 - QGIS before 3.38 takes only these
        }[kind]
        return QgsField(name, old)


if hasattr(Qgis, "LabelPlacement"):  # QGIS >= 3.26
    LABEL_OVER_POINT = Qgis.LabelPlacement.OverPoint
else:
    from qgis.core import QgsPalLayerSettings

    LABEL_OVER_POINT = QgsPalLayerSettings.Placement.OverPoint

if hasattr(Qgis, "DistanceUnit"):  # QGIS >= 3.30
    KILOMETERS = Qgis.DistanceUnit.Kilometers
else:
    from qgis.core import QgsUnitTypes

    KILOMETERS = QgsUnitTypes.DistanceUnit.DistanceKilometers

if hasattr(Qgis, "ScaleBarSegmentSizeMode"):  # QGIS >= 3.30
    SEGMENTS_FIT_WIDTH = Qgis.ScaleBarSegmentSizeMode.FitWidth
else:
    from qgis.core import QgsScaleBarSettings

    SEGMENTS_FIT_WIDTH = QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth

if hasattr(Qgis, "RenderUnit"):  # QGIS >= 3.30
    RENDER_MILLIMETERS = Qgis.RenderUnit.Millimeters
else:
    from qgis.core import QgsUnitTypes

    RENDER_MILLIMETERS = QgsUnitTypes.RenderUnit.RenderMillimeters

if hasattr(Qgis, "TextRenderFormat"):  # QGIS >= 3.28
    TEXT_AS_TEXT = Qgis.TextRenderFormat.AlwaysText
else:
    from qgis.core import QgsRenderContext

    TEXT_AS_TEXT = QgsRenderContext.TextRenderFormat.TextFormatAlwaysText

if hasattr(Qgis, "ProcessingParameterFlag"):  # QGIS >= 3.36
    ADVANCED_PARAMETER = Qgis.ProcessingParameterFlag.Advanced
else:
    from qgis.core import QgsProcessingParameterDefinition

    ADVANCED_PARAMETER = QgsProcessingParameterDefinition.Flag.FlagAdvanced

if hasattr(Qgis, "ProcessingFileParameterBehavior"):  # QGIS >= 3.36
    FOLDER_PARAMETER = Qgis.ProcessingFileParameterBehavior.Folder
else:
    from qgis.core import QgsProcessingParameterFile

    FOLDER_PARAMETER = QgsProcessingParameterFile.Behavior.Folder

if hasattr(Qgis, "PictureFormat"):  # QGIS >= 3.40
    SVG_PICTURE = Qgis.PictureFormat.SVG
else:
    from qgis.core import QgsLayoutItemPicture

    SVG_PICTURE = QgsLayoutItemPicture.Format.FormatSVG
