"""A prepared layout to PDF, PNG or SVG (one file a page for an atlas), never half a file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsLayoutExporter, QgsPrintLayout

from ..compat import TEXT_AS_TEXT
from ..i18n import tr


class ExportError(Exception):
    pass


def _complete(path: Path) -> bool:
    """Whether an exported file is whole: a writer that ran out of disk may still report success."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    if path.suffix.lower() == ".pdf":
        with path.open("rb") as handle:
            handle.seek(max(path.stat().st_size - 1024, 0))
            return b"%%EOF" in handle.read()
    if path.suffix.lower() == ".svg":
        return path.read_bytes().rstrip().endswith(b"</svg>")
    from qgis.PyQt.QtGui import QImage

    return not QImage(str(path)).isNull()


def _with_text(settings, dpi: int):
    """Vector export settings that keep text as text (searchable, selectable, read aloud; fonts embedded).

    QGIS 3.40 no longer defaults to text in PDF and SVG: said once, for every version."""
    settings.dpi = dpi
    settings.textRenderFormat = TEXT_AS_TEXT
    return settings


def export_layout(layout: QgsPrintLayout, output: Path, dpi: int = 150, feedback=None) -> Path:
    """PDF, PNG or SVG by the file's extension; an atlas goes to one PDF, or one PNG/SVG a page.

    Written under a temporary name and renamed only when complete, so a failed or cut-short
    export never leaves a file that looks finished.
    """
    output = Path(output)
    suffix = output.suffix.lower()
    if suffix not in (".pdf", ".png", ".svg"):
        raise ExportError(tr("Choose a .pdf, .png or .svg file, not {name}").format(name=output.name))
    output.parent.mkdir(parents=True, exist_ok=True)
    atlas = layout.atlas() if layout.atlas().enabled() else None
    if atlas is not None and suffix != ".pdf":
        return _export_atlas_pages(layout, atlas, output, dpi, feedback)
    partial = output.with_name(f".{output.stem}.part{suffix}")
    exporter = QgsLayoutExporter(layout)
    if suffix == ".pdf":
        settings = _with_text(QgsLayoutExporter.PdfExportSettings(), dpi)
        if atlas is not None:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(partial), settings, feedback)
        else:
            result, error = exporter.exportToPdf(str(partial), settings), ""
    elif suffix == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result, error = exporter.exportToImage(str(partial), settings), ""
    else:
        settings = _with_text(QgsLayoutExporter.SvgExportSettings(), dpi)
        result, error = exporter.exportToSvg(str(partial), settings), ""
    if result == QgsLayoutExporter.ExportResult.Success and not _complete(partial):
        error = "the file was cut short (is the disk full?)"
        result = QgsLayoutExporter.ExportResult.FileError
    if result != QgsLayoutExporter.ExportResult.Success:
        for leftover in output.parent.glob(f".{output.stem}.part*"):
            leftover.unlink(missing_ok=True)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            raise ExportError(tr("Exporting {name} was cancelled").format(name=output.name))
        raise ExportError(
            tr("Exporting {name} failed: {error}").format(
                name=output.name, error=error or exporter.errorMessage() or result
            )
        )
    for sidecar in output.parent.glob(f".{output.stem}.part.*"):  # world files QGIS may add
        if sidecar != partial:
            sidecar.unlink(missing_ok=True)
    partial.replace(output)
    return output


def _export_atlas_pages(layout, atlas, output: Path, dpi: int, feedback) -> Path:
    """One PNG or SVG per atlas page, named <stem>-<page>; all removed again if any page fails."""
    atlas.setFilenameExpression(f"'{output.stem}-' || @atlas_featurenumber")
    base = str(output.parent / output.stem)
    if output.suffix.lower() == ".png":
        settings = QgsLayoutExporter.ImageExportSettings()
        settings.dpi = dpi
        result, error = QgsLayoutExporter.exportToImage(atlas, base, "png", settings, feedback)
    else:
        settings = _with_text(QgsLayoutExporter.SvgExportSettings(), dpi)
        result, error = QgsLayoutExporter.exportToSvg(atlas, base, settings, feedback)
    pages = sorted(output.parent.glob(f"{output.stem}-*{output.suffix}"))
    if result == QgsLayoutExporter.ExportResult.Success and not all(_complete(page) for page in pages):
        result, error = QgsLayoutExporter.ExportResult.FileError, "a page was cut short (is the disk full?)"
    if result != QgsLayoutExporter.ExportResult.Success:
        for page in pages:
            page.unlink(missing_ok=True)
        if result == QgsLayoutExporter.ExportResult.Canceled:
            raise ExportError(tr("Exporting {name} was cancelled").format(name=output.name))
        raise ExportError(tr("Exporting {name} failed: {error}").format(name=output.name, error=error or result))
    return output
