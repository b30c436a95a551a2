<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ckb">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="182"/>
        <source>Fixed breaks need at least two values, e.g. 0, 10, 50, 100</source>
        <translation>سنووری جێگیر لانیکەم دوو بەهای پێویستە، بۆ نموونە 0، 10، 50، 100</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="345"/>
        <source>&apos;{measure}&apos; needs {reason}, which this map does not have</source>
        <translation>'{measure}' پێویستی بە {reason} هەیە، کە ئەم نەخشەیە نییەتی</translation>
    </message>
    <message>
        <location filename="../plugin/core/session/filter_session.py" line="77"/>
        <source>The data source refused the filter: {subset}</source>
        <translation>سەرچاوەی داتاکە فلتەرەکەی ڕەت کردەوە: {subset}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="143"/>
        <source>The import was cancelled; the GeoPackage is unchanged.</source>
        <translation>هاوردەکردنەکە هەڵوەشێنرایەوە؛ GeoPackage ەکە نەگۆڕاوە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/__init__.py" line="28"/>
        <source>Unknown format &apos;{source_format}&apos;; choose one of {names}</source>
        <translation>فۆرماتی نەناسراو '{source_format}'؛ یەکێک لەمانە هەڵبژێرە: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="157"/>
        <source>{name} has no header row</source>
        <translation>{name} دێڕی سەردێڕی نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="167"/>
        <source>The column mapping does not fit the file: </source>
        <translation>نەخشەی ستوونەکان لەگەڵ پەڕگەکە ناگونجێت: </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="161"/>
        <source>{name} is not a {chosen} file: it lacks {names}</source>
        <translation>{name} پەڕگەی {chosen} نییە: ئەم ستوونانەی نییە {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_writer.py" line="108"/>
        <source>{name} is locked by another program (an editing session in QGIS?); close it and import again. ({error})</source>
        <translation>{name} لەلایەن بەرنامەیەکی ترەوە قوفڵ کراوە (دانیشتنێکی دەستکاریکردن لە QGIS؟)؛ دایبخە و دووبارە هاوردە بکەرەوە. ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="181"/>
        <source>The source file {source} does not exist</source>
        <translation>پەڕگەی سەرچاوە {source} بوونی نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage.py" line="70"/>
        <source>{name} is not an incident GeoPackage: </source>
        <translation>{name} GeoPackage ی ڕووداوەکان نییە: </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="109"/>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="58"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="141"/>
        <source>all dates</source>
        <translation>هەموو بەروارەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. Provinces coloured by {measure}, {classification}. Produced {date} with Incident Atlas.</source>
        <translation>سەرچاوە: {sources}. فلتەر: {filter}. پارێزگاکان بەپێی {measure} ڕەنگ کراون، {classification}. لە {date} بە ئەتڵەسی ڕووداوەکان دروست کرا.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="158"/>
        <source>unknown</source>
        <translation>نەزانراو</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>no filter</source>
        <translation>بێ فلتەر</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents</source>
        <translation>ژمارەی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>fatalities</source>
        <translation>ژمارەی کوژراوان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 1,000 km²</source>
        <translation>ڕووداو بۆ هەر 1000 کم²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 100,000 people</source>
        <translation>ڕووداو بۆ هەر 100 هەزار کەس</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period</source>
        <translation>گۆڕان بە بەراورد بە ماوەی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period (%)</source>
        <translation>گۆڕان بە بەراورد بە ماوەی پێشوو (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>primary</source>
        <translation>سەرەکی</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>secondary</source>
        <translation>لاوەکی</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>associated</source>
        <translation>هاوبەش</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="204"/>
        <source>actors {actors} ({role})</source>
        <translation>لایەنەکان {actors} ({role})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="206"/>
        <source>actors {actors}</source>
        <translation>لایەنەکان {actors}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="208"/>
        <source>dates {start} to {end}</source>
        <translation>بەروارەکان لە {start} تا {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="214"/>
        <source>event types {types}</source>
        <translation>جۆرەکانی ڕووداو {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="216"/>
        <source>sub-types {types}</source>
        <translation>جۆرە لاوەکییەکان {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="224"/>
        <source>location precision up to {level}</source>
        <translation>وردیی شوێن تا {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="226"/>
        <source>date precision up to {level}</source>
        <translation>وردیی بەروار تا {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="230"/>
        <source>provinces {names}</source>
        <translation>پارێزگاکان {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="232"/>
        <source>datasets {names}</source>
        <translation>کۆمەڵە داتاکان {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="239"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="76"/>
        <source>The layout template {path} cannot be read</source>
        <translation>قاڵبی دیزاینی {path} ناخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="84"/>
        <source>The layout template lacks the items {names}</source>
        <translation>قاڵبی دیزاینەکە ئەم بەشانەی نییە: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="50"/>
        <source>Choose a .pdf, .png or .svg file, not {name}</source>
        <translation>پەڕگەیەکی .pdf، .png یان .svg هەڵبژێرە، نەک {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="108"/>
        <source>Exporting {name} was cancelled</source>
        <translation>هەناردەکردنی {name} هەڵوەشێنرایەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="109"/>
        <source>Exporting {name} failed: {error}</source>
        <translation>هەناردەکردنی {name} سەرکەوتوو نەبوو: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>natural breaks (Jenks)</source>
        <translation>دابەشکردنی سروشتی (جێنکس)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>quantiles</source>
        <translation>چەندێتی (کوانتایل)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>equal intervals</source>
        <translation>ماوەی یەکسان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>pretty breaks</source>
        <translation>سنووری خڕکراو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>fixed breaks</source>
        <translation>سنووری جێگیر</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="37"/>
        <source>{method}, {classes} classes</source>
        <translation>{method}، {classes} پۆل</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/base.py" line="64"/>
        <source>QGIS cannot open the {table} layer of {name}</source>
        <translation>QGIS ناتوانێت چینی {table} ی {name} بکاتەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/state.py" line="120"/>
        <source>This file holds no Incident Atlas filter presets</source>
        <translation>ئەم پەڕگەیە هیچ فلتەرێکی پاشەکەوتکراوی ئەتڵەسی ڕووداوەکانی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="189"/>
        <source>QGIS&apos;s admin-1 polygons were not found at {path}</source>
        <translation>فرەگۆشەکانی ئاستی یەکی کارگێڕیی QGIS لە {path} نەدۆزرانەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="195"/>
        <source>The province layer &apos;{layer}&apos; is not a polygon layer</source>
        <translation>چینی پارێزگاکان '{layer}' چینی فرەگۆشە نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="198"/>
        <source>The province layer &apos;{layer}&apos; has no field &apos;{field}&apos;</source>
        <translation>چینی پارێزگاکان '{layer}' خانەی '{field}' ی نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="252"/>
        <source>The province layer &apos;{layer}&apos; has no polygons where the incidents are</source>
        <translation>چینی پارێزگاکان '{layer}' لەو شوێنانەی ڕووداوەکانی لێیە هیچ فرەگۆشەیەکی نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="320"/>
        <source>{path} does not exist</source>
        <translation>{path} بوونی نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="323"/>
        <source>{name} is not a GeoPackage (not an SQLite database)</source>
        <translation>{name} GeoPackage نییە (بنکەدراوەی SQLite نییە)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="330"/>
        <source>it has no gpkg_contents table, so it is not a GeoPackage</source>
        <translation>خشتەی gpkg_contents ی نییە، کەواتە GeoPackage نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="200"/>
        <source>the table &apos;{table}&apos; is missing</source>
        <translation>خشتەی '{table}' نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="205"/>
        <source>it records no schema_version</source>
        <translation>هیچ schema_version ێک تۆمار ناکات</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="207"/>
        <source>it uses schema version {version}, newer than this plugin&apos;s {supported}: update the plugin</source>
        <translation>وەشانی {version} ی پێکهاتە بەکار دەهێنێت، کە نوێترە لە وەشانی {supported} ی ئەم پێوەکراوە: پێوەکراوەکە نوێ بکەرەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="217"/>
        <source>the incidents table lacks the columns {names}</source>
        <translation>خشتەی ڕووداوەکان ئەم ستوونانەی نییە: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="343"/>
        <source>{name} cannot be read as a GeoPackage: {error}</source>
        <translation>{name} وەک GeoPackage ناخوێندرێتەوە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="92"/>
        <source>Line {number}: the group [{name}] appears twice</source>
        <translation>دێڕی {number}: گرووپی [{name}] دوو جار هاتووە</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="95"/>
        <source>Line {number}: &apos;{line}&apos; comes before any [group] line</source>
        <translation>دێڕی {number}: '{line}' پێش هەر دێڕێکی [گرووپ] هاتووە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="50"/>
        <source>The column mapping is not valid JSON: {error}</source>
        <translation>نەخشەی ستوونەکان JSON ی دروست نییە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="52"/>
        <source>The column mapping must be a JSON object such as {&quot;event_id&quot;: &quot;id&quot;, ...}</source>
        <translation>نەخشەی ستوونەکان دەبێت ئۆبجێکتێکی JSON بێت وەک {&quot;event_id&quot;: &quot;id&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="56"/>
        <source>Unknown keys in the column mapping: {names}</source>
        <translation>کلیلی نەناسراو لە نەخشەی ستوونەکاندا: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="231"/>
        <source>{name} is not valid {encoding} text: {reason}</source>
        <translation>{name} دەقێکی دروستی {encoding} نییە: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="264"/>
        <source>{name} is empty</source>
        <translation>{name} بەتاڵە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="285"/>
        <source>{name} is not valid {encoding} text near line {start}: {reason}</source>
        <translation>{name} دەقێکی دروستی {encoding} نییە لە نزیک دێڕی {start}: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="314"/>
        <source>Reading .xlsx needs the Python package openpyxl: {error}</source>
        <translation>خوێندنەوەی ‎.xlsx پێویستی بە پاکێجی پایتۆن openpyxl هەیە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="134"/>
        <source>This file is not ACLED, UCDP GED or GTD; give a column mapping (e.g. {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</source>
        <translation>ئەم پەڕگەیە نە ACLED ە، نە UCDP GED، نە GTD؛ نەخشەی ستوونەکان دیاری بکە (بۆ نموونە {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="15"/>
        <source>Actor alias groups</source>
        <translation>گرووپەکانی ناوی جێگرەوەی لایەنەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="18"/>
        <source>Each group starts with a [name] line; list one actor name per line below it.</source>
        <translation>هەر گرووپێک بە دێڕێکی [ناو] دەست پێ دەکات؛ لە ژێریدا لە هەر دێڕێکدا ناوی یەک لایەن بنووسە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="29"/>
        <source>Incident Atlas</source>
        <translation>ئەتڵەسی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="67"/>
        <source>The incident GeoPackage the filter works on</source>
        <translation>ئەو GeoPackage ـەی ڕووداوەکان کە فلتەرەکە لەسەری کار دەکات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="71"/>
        <source>Open…</source>
        <translation>کردنەوە…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="75"/>
        <source>Import incidents…</source>
        <translation>هاوردەکردنی ڕووداوەکان…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="222"/>
        <source>No incident GeoPackage is open.</source>
        <translation>هیچ GeoPackage ێکی ڕووداوەکان نەکراوەتەوە.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Actors</source>
        <translation>لایەنەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Dates</source>
        <translation>بەروارەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="73"/>
        <source>Event types</source>
        <translation>جۆرەکانی ڕووداو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Fatalities and precision</source>
        <translation>کوژراوان و وردی</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="127"/>
        <source>Map</source>
        <translation>نەخشە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="131"/>
        <source>Reset</source>
        <translation>ڕێکخستنەوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="132"/>
        <source>Export map…</source>
        <translation>هەناردەکردنی نەخشە…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="269"/>
        <source>The filter could not be applied: {0}</source>
        <translation>فلتەرەکە جێبەجێ نەکرا: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="276"/>
        <source>Counting…</source>
        <translation>ژماردن…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="291"/>
        <source>Counting incidents failed: {0}</source>
        <translation>ژماردنی ڕووداوەکان سەرکەوتوو نەبوو: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="86"/>
        <source>The map could not be styled: {0}</source>
        <translation>نەخشەکە ڕەنگ نەکرا: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Exporting {0}</source>
        <translation>هەناردەکردنی {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="101"/>
        <source>Map exported to {0}</source>
        <translation>نەخشەکە هەناردە کرا بۆ {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="74"/>
        <source>Save filter preset</source>
        <translation>پاشەکەوتکردنی فلتەر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="80"/>
        <source>Export presets</source>
        <translation>هەناردەکردنی فلتەرە پاشەکەوتکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>Import presets</source>
        <translation>هاوردەکردنی فلتەرە پاشەکەوتکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="92"/>
        <source>Could not import presets: {0}</source>
        <translation>فلتەرە پاشەکەوتکراوەکان هاوردە نەکران: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="94"/>
        <source>Imported presets: {0}</source>
        <translation>فلتەرە هاوردەکراوەکان: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="397"/>
        <source>Open incident GeoPackage</source>
        <translation>کردنەوەی GeoPackage ی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="18"/>
        <source>Export map</source>
        <translation>هەناردەکردنی نەخشە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 landscape</source>
        <translation>A4 ئاسۆیی</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 portrait</source>
        <translation>A4 ستوونی</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Slide 16:9</source>
        <translation>سلاید 16:9</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page</source>
        <translation>یەک لاپەڕە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="103"/>
        <source>One page per province with incidents</source>
        <translation>لاپەڕەیەک بۆ هەر پارێزگایەک کە ڕووداوی تێدا بووە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page per province</source>
        <translation>لاپەڕەیەک بۆ هەر پارێزگایەک</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="97"/>
        <source>Template</source>
        <translation>قاڵب</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="42"/>
        <source>Title</source>
        <translation>ناونیشان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="43"/>
        <source>Subtitle</source>
        <translation>ژێرناونیشان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="44"/>
        <source>Pages</source>
        <translation>لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="46"/>
        <source>Resolution (dpi)</source>
        <translation>وردبینی (dpi)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="47"/>
        <source>File (.pdf, .png or .svg)</source>
        <translation>پەڕگە (.pdf، .png یان .svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="38"/>
        <source>Search actors…</source>
        <translation>گەڕان بۆ لایەن…</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="138"/>
        <source>any role</source>
        <translation>هەر ڕۆڵێک</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="45"/>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="47"/>
        <source>Aliases…</source>
        <translation>ناوە جێگرەوەکان…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="48"/>
        <source>Edit which actor names count as one group (e.g. ISIS)</source>
        <translation>دیاری بکە کام ناوی لایەنەکان یەک گرووپن (بۆ نموونە داعش ISIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>All dates</source>
        <translation>هەموو بەروارەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 7 days</source>
        <translation>7 ڕۆژی ڕابردوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 30 days</source>
        <translation>30 ڕۆژی ڕابردوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 90 days</source>
        <translation>90 ڕۆژی ڕابردوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This quarter</source>
        <translation>ئەم چارەکە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This year</source>
        <translation>ئەمساڵ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="77"/>
        <source>Custom</source>
        <translation>دەستکرد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Link to Temporal Controller</source>
        <translation>بەستنەوە بە کۆنترۆڵکەری کات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Animation frames set these dates, and these dates set the animation range</source>
        <translation>چوارچێوەکانی جووڵە ئەم بەروارانە دیاری دەکەن، و ئەم بەروارانە ماوەی جووڵەکە دیاری دەکەن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="164"/>
        <source>no limit</source>
        <translation>بێ سنوور</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="167"/>
        <source>Fatalities at least</source>
        <translation>کوژراوان لانیکەم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="168"/>
        <source>Fatalities at most</source>
        <translation>کوژراوان لانی زۆر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="169"/>
        <source>Location precision up to</source>
        <translation>وردیی شوێن تا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="170"/>
        <source>Date precision up to</source>
        <translation>وردیی بەروار تا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="196"/>
        <source>1 exact · 2 near · 3 province / month · 4 anything</source>
        <translation>1 ورد · 2 نزیک · 3 پارێزگا / مانگ · 4 هەرچییەک</translation>
    </message>
    <message>
        <location filename="../plugin/gui/histogram.py" line="35"/>
        <source>Drag across the bars to choose a date range</source>
        <translation>بەسەر ستوونەکاندا ڕابکێشە بۆ هەڵبژاردنی ماوەی بەروار</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="40"/>
        <source>Importing incidents from {0}</source>
        <translation>هاوردەکردنی ڕووداوەکان لە {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/dependencies.py" line="75"/>
        <source>Importing needs the Python packages {0}. Install them with: {1}</source>
        <translation>هاوردەکردن پێویستی بە پاکێجەکانی پایتۆن {0} هەیە. بەم فەرمانە دایانبمەزرێنە: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="48"/>
        <source>Incident file to import</source>
        <translation>پەڕگەی ڕووداوەکان بۆ هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>Incident GeoPackage (created, or updated if it exists)</source>
        <translation>GeoPackage ی ڕووداوەکان (دروست دەکرێت، یان نوێ دەکرێتەوە ئەگەر هەبێت)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="26"/>
        <source>The import was cancelled.</source>
        <translation>هاوردەکردنەکە هەڵوەشێنرایەوە.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="26"/>
        <source>Colour provinces</source>
        <translation>ڕەنگکردنی پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="288"/>
        <source>Incidents</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Fatalities</source>
        <translation>کوژراوان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 1,000 km²</source>
        <translation>ڕووداو بۆ هەر 1000 کم²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 100,000 people</source>
        <translation>ڕووداو بۆ هەر 100 هەزار کەس</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period</source>
        <translation>گۆڕان بە بەراورد بە ماوەی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period, %</source>
        <translation>گۆڕان بە بەراورد بە ماوەی پێشوو، %</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Natural breaks (Jenks)</source>
        <translation>دابەشکردنی سروشتی (جێنکس)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Quantile</source>
        <translation>چەندێتی (کوانتایل)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Equal interval</source>
        <translation>ماوەی یەکسان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Pretty breaks</source>
        <translation>سنووری خڕکراو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Fixed breaks</source>
        <translation>سنووری جێگیر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="41"/>
        <source>e.g. 0, 5, 20, 50, 100</source>
        <translation>بۆ نموونە 0، 5، 20، 50، 100</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="42"/>
        <source>Keep breaks</source>
        <translation>هێشتنەوەی سنوورەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="43"/>
        <source>Keep these breaks while the filter changes: maps stay comparable across dates and frames</source>
        <translation>ئەم سنوورانە بهێڵەوە کاتێک فلتەرەکە دەگۆڕێت: نەخشەکان لە نێوان ماوە و چوارچێوەکاندا بەراوردکراو دەمێننەوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="79"/>
        <source>Measure</source>
        <translation>پێوەر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="49"/>
        <source>Classes by</source>
        <translation>پۆلێنکردن بەپێی</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="50"/>
        <source>Number of classes</source>
        <translation>ژمارەی پۆلەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="51"/>
        <source>Colour ramp</source>
        <translation>پلەبەندی ڕەنگ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="52"/>
        <source>Breaks</source>
        <translation>سنوورەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="110"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>'{0}' ژمارە نییە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="25"/>
        <source>Saved filters</source>
        <translation>فلتەرە پاشەکەوتکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save the current filter under a name</source>
        <translation>فلتەری ئێستا بە ناوێک پاشەکەوت بکە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete the chosen preset</source>
        <translation>فلتەری هەڵبژێردراو بسڕەوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Export</source>
        <translation>هەناردەکردن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Write all presets to a JSON file to share</source>
        <translation>هەموو فلتەرە پاشەکەوتکراوەکان لە پەڕگەیەکی JSON بنووسە بۆ هاوبەشکردن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Import</source>
        <translation>هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Add presets from a JSON file</source>
        <translation>فلتەری پاشەکەوتکراو لە پەڕگەیەکی JSON زیاد بکە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="56"/>
        <source>Presets…</source>
        <translation>فلتەرە پاشەکەوتکراوەکان…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="69"/>
        <source>Show or hide the Incident Atlas panel</source>
        <translation>پیشاندان یان شاردنەوەی پانێڵی ئەتڵەسی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="72"/>
        <source>Open incident GeoPackage…</source>
        <translation>کردنەوەی GeoPackage ی ڕووداوەکان…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="23"/>
        <source>Check import dependencies</source>
        <translation>پشکنینی پێداویستییەکانی هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="26"/>
        <source>Checks that the Python packages bulk import needs (pandas, shapely 2) are installed in the Python QGIS runs on, and prints the command that installs any that are missing. Opening, filtering, styling and exporting need none of them.</source>
        <translation>دەپشکنێت کە پاکێجەکانی پایتۆن کە هاوردەکردنی گەورە پێویستیانە (pandas و shapely 2) لەو پایتۆنەدا دامەزراون کە QGIS بەکاری دەهێنێت، و ئەو فەرمانە چاپ دەکات کە کەموکورتەکان دادەمەزرێنێت. کردنەوە، فلتەرکردن، ڕەنگکردن و هەناردەکردن پێویستیان بە هیچیان نییە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="36"/>
        <source>All import packages present</source>
        <translation>هەموو پاکێجەکانی هاوردەکردن ئامادەن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="37"/>
        <source>Report</source>
        <translation>ڕاپۆرت</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="43"/>
        <source>missing</source>
        <translation>نییە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="46"/>
        <source>openpyxl is needed only to read .xlsx workbooks (GTD).</source>
        <translation>openpyxl تەنها بۆ خوێندنەوەی پەڕگەکانی ‎.xlsx (GTD) پێویستە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="49"/>
        <source>Install the missing packages with:</source>
        <translation>پاکێجە کەمەکان بەم فەرمانە دابمەزرێنە:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="43"/>
        <source>Count incidents by province</source>
        <translation>ژماردنی ڕووداوەکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="46"/>
        <source>Counts the incidents matching the filter in every province of an incident GeoPackage, with fatalities, incidents per 1,000 km², per 100,000 people (where population is known), and the change against the previous period of equal length (when a date range is given). Provinces without incidents are kept, with 0. The counting runs in the database.</source>
        <translation>ئەو ڕووداوانەی لەگەڵ فلتەرەکە دەگونجێن لە هەر پارێزگایەکی GeoPackage ێکی ڕووداوەکاندا دەژمێرێت، لەگەڵ کوژراوان، ڕووداو بۆ هەر 1000 کم²، بۆ هەر 100 هەزار کەس (کە ژمارەی دانیشتووان زانراو بێت)، و گۆڕان بە بەراورد بە ماوەی پێشووی هاوقەبارە (کە ماوەیەکی بەروار دیاری کرابێت). پارێزگا بێ ڕووداوەکان بە 0 دەمێننەوە. ژماردنەکە لەناو بنکەدراوەکەدا ئەنجام دەدرێت.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="58"/>
        <source>Provinces with counts</source>
        <translation>پارێزگاکان لەگەڵ ژمارەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="59"/>
        <source>Export incident map</source>
        <translation>هەناردەکردنی نەخشەی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="82"/>
        <source>Classification</source>
        <translation>پۆلێنکردن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="87"/>
        <source>Classes</source>
        <translation>پۆلەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="100"/>
        <source>Title (default: written from the filter)</source>
        <translation>ناونیشان (بنەڕەت: لە فلتەرەکەوە دەنووسرێت)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>پەڕگەی نەخشە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="25"/>
        <source>Filter incidents</source>
        <translation>فلتەرکردنی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="28"/>
        <source>Writes the incidents of an incident GeoPackage that match the filter: actors (names or alias groups such as ISIS, in any or a given role), dates (inclusive), event types, fatalities and location precision. The same filter as the Incident Atlas panel.</source>
        <translation>ئەو ڕووداوانەی GeoPackage ێکی ڕووداوەکان دەنووسێت کە لەگەڵ فلتەرەکە دەگونجێن: لایەنەکان (ناو یان گرووپی ناوی جێگرەوە وەک ISIS، بە هەر ڕۆڵێک یان ڕۆڵێکی دیاریکراو)، بەروارەکان (خۆیانیش لەگەڵدا)، جۆرەکانی ڕووداو، کوژراوان و وردیی شوێن. هەمان فلتەری پانێڵی ئەتڵەسی ڕووداوەکان.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="39"/>
        <source>Filtered incidents</source>
        <translation>ڕووداوە فلتەرکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="251"/>
        <source>Could not read the incidents of {0}</source>
        <translation>ڕووداوەکانی {0} نەخوێندرانەوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="55"/>
        <source>Incident GeoPackage</source>
        <translation>GeoPackage ی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="75"/>
        <source>Actors: one actor or alias-group name, or a JSON array of names</source>
        <translation>لایەنەکان: ناوی لایەنێک یان گرووپێکی ناوی جێگرەوە، یان ڕیزێکی JSON لە ناوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="80"/>
        <source>Actor role</source>
        <translation>ڕۆڵی لایەن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="88"/>
        <source>From date (YYYY-MM-DD)</source>
        <translation>لە بەرواری (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="89"/>
        <source>To date (YYYY-MM-DD), inclusive</source>
        <translation>تا بەرواری (YYYY-MM-DD)، خۆیشی لەگەڵدا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="90"/>
        <source>Event types: one type, or a JSON array of types</source>
        <translation>جۆرەکانی ڕووداو: یەک جۆر، یان ڕیزێکی JSON لە جۆرەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Minimum fatalities</source>
        <translation>کەمترین ژمارەی کوژراوان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Maximum fatalities</source>
        <translation>زۆرترین ژمارەی کوژراوان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="104"/>
        <source>Vaguest location precision kept (1 exact … 4 country)</source>
        <translation>ناڕوونترین وردیی شوێن کە وەردەگیرێت (1 ورد … 4 وڵات)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="158"/>
        <source>Not a valid JSON array: {0}</source>
        <translation>ڕیزێکی دروستی JSON نییە: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="170"/>
        <source>{0} must be a date like 2020-01-31, not {1!r}</source>
        <translation>{0} دەبێت بەروارێک بێت وەک 2020-01-31، نەک {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="191"/>
        <source>{0} is not an incident GeoPackage: {1}</source>
        <translation>{0} GeoPackage ی ڕووداوەکان نییە: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="45"/>
        <source>Import incidents</source>
        <translation>هاوردەکردنی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Format</source>
        <translation>فۆرمات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Detect from header</source>
        <translation>دۆزینەوە لە سەردێڕەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="130"/>
        <source>Generic CSV (needs a mapping)</source>
        <translation>CSV ی گشتی (نەخشەی ستوونەکانی پێویستە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="83"/>
        <source>Column mapping (JSON)</source>
        <translation>نەخشەی ستوونەکان (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="84"/>
        <source>Province polygons (default: Natural Earth admin-1)</source>
        <translation>فرەگۆشەکانی پارێزگا (بنەڕەت: ئاستی یەکی کارگێڕیی Natural Earth)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="92"/>
        <source>Province name field</source>
        <translation>خانەی ناوی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="111"/>
        <source>Rows imported</source>
        <translation>ڕیزە هاوردەکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="112"/>
        <source>Rows rejected</source>
        <translation>ڕیزە ڕەتکراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="143"/>
        <source>Cancelled: the GeoPackage is unchanged.</source>
        <translation>هەڵوەشێنرایەوە: GeoPackage ەکە نەگۆڕاوە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="55"/>
        <source>{dataset} ({file}, imported {day})</source>
        <translation>{dataset} ({file}، لە {day} هاوردە کرا)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="41"/>
        <source>&apos;{name}&apos; is not a usable schema name: letters, digits and _, not starting with a digit</source>
        <translation>'{name}' ناوێکی گونجاو نییە بۆ پێکهاتە: پیت، ژمارە و _ ، و بە ژمارە دەست پێ نەکات</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos; in QGIS</source>
        <translation>لە QGIS دا هیچ پەیوەندییەکی پاشەکەوتکراوی PostgreSQL بە ناوی '{name}' نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="193"/>
        <source>Importing into PostgreSQL needs the Python package psycopg2 (Debian: python3-psycopg2)</source>
        <translation>هاوردەکردن بۆ PostgreSQL پێویستی بە پاکێجی پایتۆن psycopg2 هەیە (Debian: python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="219"/>
        <source>Could not connect to &apos;{name}&apos;: {error}</source>
        <translation>پەیوەندی بە '{name}' ەوە نەکرا: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="162"/>
        <source>the schema &apos;{schema}&apos; holds no incident tables</source>
        <translation>پێکهاتەی '{schema}' هیچ خشتەیەکی ڕووداوی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="32"/>
        <source>Or a PostgreSQL/PostGIS connection</source>
        <translation>یان پەیوەندییەکی PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="63"/>
        <source>Schema of the incident tables</source>
        <translation>پێکهاتەی خشتەکانی ڕووداو</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="187"/>
        <source>Choose an incident GeoPackage or a PostgreSQL connection</source>
        <translation>GeoPackage ێکی ڕووداوەکان یان پەیوەندییەکی PostgreSQL هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="37"/>
        <source>Schema for the incident tables (created if missing)</source>
        <translation>پێکهاتەی خشتەکانی ڕووداو (دروست دەکرێت ئەگەر نەبێت)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="57"/>
        <source>Choose an output GeoPackage or a PostgreSQL connection</source>
        <translation>GeoPackage ێکی دەرچوو یان پەیوەندییەکی PostgreSQL هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="74"/>
        <source>PostGIS…</source>
        <translation>PostGIS…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="75"/>
        <source>Open the incidents a team keeps in a PostgreSQL/PostGIS database</source>
        <translation>ئەو ڕووداوانە بکەرەوە کە تیمێک لە بنکەدراوەیەکی PostgreSQL/PostGIS دا هەڵیانگرتووە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="15"/>
        <source>Open incidents from PostGIS</source>
        <translation>کردنەوەی ڕووداوەکان لە PostGIS ەوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="20"/>
        <source>Connection</source>
        <translation>پەیوەندی</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="21"/>
        <source>Schema</source>
        <translation>پێکهاتە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/guard.py" line="34"/>
        <source>Something went wrong; nothing was lost and QGIS keeps running: {0}</source>
        <translation>هەڵەیەک ڕوویدا؛ هیچ شتێک لەدەست نەچوو و QGIS بەردەوامە: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="46"/>
        <source>{target}: another import (or a session holding a lock on its tables) is in the way; nothing was changed. Try again when it has finished.</source>
        <translation>{target}: هاوردەکردنێکی تر (یان دانیشتنێک کە خشتەکانی قفڵ کردووە) ڕێگرە؛ هیچ نەگۆڕدرا. کاتێک تەواو بوو دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="122"/>
        <source>Alias groups (JSON object of group: [names]; empty: the plugin&apos;s built-in groups)</source>
        <translation>گرووپەکانی ناوی جێگرەوە (ئۆبجێکتی JSON بە شێوەی گرووپ: [ناوەکان]؛ بەتاڵ: گرووپە ناوخۆییەکانی پێوەکراوەکە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="239"/>
        <source>ALIAS_GROUPS is not valid JSON: {0}</source>
        <translation>ALIAS_GROUPS JSONـی دروست نییە: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="243"/>
        <source>ALIAS_GROUPS must be a JSON object of names, e.g. {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</source>
        <translation>ALIAS_GROUPS دەبێت ئۆبجێکتێکی JSON بێت لە ناوەکان، بۆ نموونە {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="21"/>
        <source>the same dates a year earlier ({start} to {end})</source>
        <translation>هەمان بەروارەکان ساڵێک پێشتر (لە {start} تا {end})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="38"/>
        <source>{share} of {total}</source>
        <translation>{share} لە {total}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="43"/>
        <source>the data does not reach back to {baseline}</source>
        <translation>داتاکان ناگەنەوە بۆ {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="46"/>
        <source>a mean of {count}</source>
        <translation>تێکڕای {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>significant</source>
        <translation>بەرچاو</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>not significant</source>
        <translation>نابەرچاو</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="50"/>
        <source>up from {before} in {baseline} ({change}, {verdict})</source>
        <translation>زیادبوون لە {before} لە {baseline} ({change}، {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="52"/>
        <source>down from {before} in {baseline} ({change}, {verdict})</source>
        <translation>کەمبوونەوە لە {before} لە {baseline} ({change}، {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="54"/>
        <source>the same as in {baseline}</source>
        <translation>هەمان ژمارە وەک لە {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="49"/>
        <source>Change by province</source>
        <translation>گۆڕان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="52"/>
        <source>Compares each province&apos;s incidents in the current period (DATE_FROM to DATE_TO) with a baseline: the previous period of equal length, the same dates a year earlier, or the mean of the N periods of equal length before. Each change gets an exact two-sided p-value (conditional binomial test; a Poisson test against the mean), Benjamini-Hochberg q-values across provinces, a direction (increase, decrease, none: q below ALPHA) and a sentence for a brief.</source>
        <translation>ڕووداوەکانی هەر پارێزگایەک لە ماوەی ئێستادا (DATE_FROM تا DATE_TO) بەراورد دەکات لەگەڵ بنەمایەک: ماوەی پێشووی هاوشێوە، هەمان بەروارەکان ساڵێک پێشتر، یان تێکڕای N ماوەی پێشووی هاوشێوە. هەر گۆڕانێک بەهای p ـی ورد و دوولایەنە وەردەگرێت (تاقیکردنەوەی دووانەیی مەرجدار؛ تاقیکردنەوەی پواسۆن بەرامبەر تێکڕا)، بەهاکانی q ـی بنیامینی-هۆخبێرگ لە نێوان پارێزگاکان، ئاڕاستەیەک (increase، decrease، none: q کەمتر لە ALPHA) و ڕستەیەک بۆ کورتە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the previous period</source>
        <translation>ماوەی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the same dates a year earlier</source>
        <translation>هەمان بەروارەکان ساڵێک پێشتر</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the mean of N periods</source>
        <translation>تێکڕای N ماوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="19"/>
        <source>Baseline</source>
        <translation>بنەما</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="22"/>
        <source>N (mean baseline)</source>
        <translation>N (بنەمای تێکڕا)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="32"/>
        <source>Significance level (q below it)</source>
        <translation>ئاستی بەرچاوی (q کەمتر لێی)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="66"/>
        <source>Provinces with change</source>
        <translation>پارێزگاکان لەگەڵ گۆڕان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="76"/>
        <source>DATE_FROM and DATE_TO give the current period: both are needed</source>
        <translation>DATE_FROM و DATE_TO ماوەی ئێستا دیاری دەکەن: هەردووکیان پێویستن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="37"/>
        <source>Trend by province</source>
        <translation>ڕەوت بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="40"/>
        <source>Incidents and fatalities matching the filter in every province and period (day, week, month, quarter or year), zeros included. Periods the date range cuts in two are marked partial. Weeks start on Monday, or on Saturday as in ACLED&apos;s weekly data.</source>
        <translation>ڕووداو و کوژراوەکانی گونجاو لەگەڵ فلتەر لە هەر پارێزگا و ماوەیەک (ڕۆژ، هەفتە، مانگ، چارەکی ساڵ یان ساڵ)، سفرەکانیش لەخۆدەگرێت. ئەو ماوانەی مەودای بەروار دەیانبڕێت وەک بەشەکی نیشان دەکرێن. هەفتەکان لە دووشەممەوە دەست پێدەکەن، یان لە شەممەوە وەک داتای هەفتانەی ACLED.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>day</source>
        <translation>ڕۆژ</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>week</source>
        <translation>هەفتە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>month</source>
        <translation>مانگ</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>quarter</source>
        <translation>چارەکی ساڵ</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>year</source>
        <translation>ساڵ</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="44"/>
        <source>Interval</source>
        <translation>ماوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="47"/>
        <source>Weeks start on</source>
        <translation>هەفتەکان دەست پێدەکەن لە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Monday</source>
        <translation>دووشەممە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Saturday</source>
        <translation>شەممە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="52"/>
        <source>Incidents per province and period</source>
        <translation>ڕووداوەکان بەپێی پارێزگا و ماوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="49"/>
        <source>Choose a date range: it is the period compared with the baseline.</source>
        <translation>مەودایەکی بەروار هەڵبژێرە: ئەوە ئەو ماوەیەیە کە بەراورد دەکرێت لەگەڵ بنەما.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Trend</source>
        <translation>ڕەوت</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Province</source>
        <translation>پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Now</source>
        <translation>ئێستا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Before</source>
        <translation>پێشتر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Change</source>
        <translation>گۆڕان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Periods</source>
        <translation>ماوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="141"/>
        <source>p = {p}, q = {q}</source>
        <translation>p = {p}، q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Significant change against the previous period</source>
        <translation>گۆڕانی بەرچاو بەراورد بە ماوەی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>significant change from the previous period (exact test, Benjamini-Hochberg q &lt; 0.05)</source>
        <translation>گۆڕانی بەرچاو لە ماوەی پێشووەوە (تاقیکردنەوەی ورد، بنیامینی-هۆخبێرگ q &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant decrease ({count})</source>
        <translation>کەمبوونەوەی بەرچاو ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>No significant change ({count})</source>
        <translation>هیچ گۆڕانێکی بەرچاو نییە ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant increase ({count})</source>
        <translation>زیادبوونی بەرچاو ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="36"/>
        <source>in three classes: significant increase, no significant change, significant decrease</source>
        <translation>لە سێ پۆلدا: زیادبوونی بەرچاو، هیچ گۆڕانێکی بەرچاو نییە، کەمبوونەوەی بەرچاو</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Brief: map, trends and change (A4 portrait)</source>
        <translation>کورتە: نەخشە، ڕەوت و گۆڕان (A4 ستوونی)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>compared period</source>
        <translation>ماوەی بەراوردکراو</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>baseline</source>
        <translation>بنەڕەت</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="61"/>
        <source>highest: {count}</source>
        <translation>بەرزترین: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>a Poisson test of each count against the baseline&apos;s mean</source>
        <translation>تاقیکردنەوەی پواسۆن بۆ هەر ژمارەیەک بەرامبەر تێکڕای بنەڕەت</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>the exact test for two Poisson counts (conditional binomial)</source>
        <translation>تاقیکردنەوەی وردی دوو ژمارەی پواسۆن (دووانەیی مەرجدار)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="135"/>
        <source>q = {q}</source>
        <translation>q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="139"/>
        <source>Significance</source>
        <translation>گرنگی</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/compare_layout.py" line="37"/>
        <source>No incidents</source>
        <translation>هیچ ڕووداوێک نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="187"/>
        <source>No incidents in the compared period or its baseline.</source>
        <translation>هیچ ڕووداوێک لە ماوەی بەراوردکراو و بنەڕەتەکەیدا نییە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="107"/>
        <source>The brief compares the chosen dates with a baseline: choose a date range.</source>
        <translation>کورتەکە بەروارە هەڵبژێردراوەکان بە بنەڕەتێک بەراورد دەکات: مەودایەکی بەروار هەڵبژێرە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates, border moves and names</source>
        <translation>هاوتەریب، گواستنەوەی سەر سنوور و ناوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates and border moves</source>
        <translation>هاوتەریب و گواستنەوەی سەر سنوور</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates only</source>
        <translation>تەنها هاوتەریب</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="35"/>
        <source>The folder {name} holds no .json files</source>
        <translation>بوخچەی {name} هیچ فایلێکی ‎.json ی تێدا نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="45"/>
        <source>{name} is not UTF-8 JSON: {reason}</source>
        <translation>{name} JSONی UTF-8 نییە: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="48"/>
        <source>{name} is not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>{name} JSONی دروست نییە (دێڕی {line}، ستوونی {column}): {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="58"/>
        <source>{name} is an error response of the API, not data: {message}</source>
        <translation>{name} وەڵامی هەڵەی API یە، نەک داتا: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="66"/>
        <source>{name} holds no list of records (ACLED&apos;s &quot;data&quot;, UCDP&apos;s &quot;Result&quot; or a JSON array)</source>
        <translation>{name} هیچ لیستێکی تۆمار تێدا نییە (&quot;data&quot;ی ACLED، &quot;Result&quot;ی UCDP یان ڕیزێکی JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="238"/>
        <source>provinces from {methods}</source>
        <translation>پارێزگاکان لە {methods}</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layers.py" line="41"/>
        <source>{name} was upgraded to schema version {version}</source>
        <translation>{name} بەرزکرایەوە بۆ وەشانی {version}ی شێما</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="362"/>
        <source>{name} uses schema version {version} and cannot be written, so it cannot be upgraded to version {current}: copy it to a folder you can write to and open it there</source>
        <translation>{name} وەشانی {version}ی شێما بەکاردەهێنێت و ناتوانرێت بنووسرێت، بۆیە ناتوانرێت بەرز بکرێتەوە بۆ وەشانی {current}: کۆپی بکە بۆ بوخچەیەک کە دەتوانیت تێیدا بنووسیت و لەوێ بیکەرەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="382"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed (a copy is at {copy}): {error}</source>
        <translation>بەرزکردنەوەی {name} بۆ وەشانی {current}ی شێما سەرکەوتوو نەبوو، هیچ نەگۆڕا (کۆپییەک لە {copy} هەیە): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="150"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed: {error}</source>
        <translation>بەرزکردنەوەی {name} بۆ وەشانی {current}ی شێما سەرکەوتوو نەبوو، هیچ نەگۆڕا: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="174"/>
        <source>Provinces come from the coordinates; a border event just outside the country its source names is moved to that country&apos;s nearest province; a row without coordinates is placed by the province its source names.</source>
        <translation>پارێزگاکان لە هاوتەریبەکانەوە دێن؛ ڕووداوێکی سەر سنوور کە کەمێک لە دەرەوەی ئەو وڵاتەیە کە سەرچاوەکەی ناوی دەبات، دەگوازرێتەوە بۆ نزیکترین پارێزگای ئەو وڵاتە؛ دێڕێکی بێ هاوتەریب لەو پارێزگایەدا دادەنرێت کە سەرچاوەکەی ناوی دەبات.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="181"/>
        <source>Provinces from</source>
        <translation>پارێزگاکان لە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="114"/>
        <source>Provinces found from</source>
        <translation>پارێزگاکان دۆزراونەتەوە لە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident files (*.csv *.txt *.xlsx *.json)</source>
        <translation>فایلەکانی ڕووداو (*.csv *.txt *.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date</source>
        <translation>بەروار</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Latitude</source>
        <translation>هێڵی پانی</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Longitude</source>
        <translation>هێڵی درێژی</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event id (empty: made from each row)</source>
        <translation>ناسنامەی ڕووداو (بەتاڵ: لە هەر دێڕێک دروست دەکرێت)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (primary)</source>
        <translation>ئەکتەر (سەرەکی)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (secondary) or target</source>
        <translation>ئەکتەر (لاوەکی) یان ئامانج</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event type</source>
        <translation>جۆری ڕووداو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Sub-event type</source>
        <translation>جۆری لاوەکیی ڕووداو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Country</source>
        <translation>وڵات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Province (admin-1)</source>
        <translation>پارێزگا (admin-1)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>District (admin-2)</source>
        <translation>قەزا (admin-2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Place</source>
        <translation>شوێن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Notes</source>
        <translation>تێبینییەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Location precision (1-4)</source>
        <translation>وردیی شوێن (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date precision (1-4)</source>
        <translation>وردیی بەروار (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="54"/>
        <source>Which column holds what: {name}</source>
        <translation>کام ستوون چی تێدایە: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="71"/>
        <source>Guessed from the header</source>
        <translation>لە سەردێڕەوە مەزەندە کراوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="74"/>
        <source>Save as…</source>
        <translation>پاشەکەوت بکە وەک…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="75"/>
        <source>Mapping</source>
        <translation>نەخشەکێشانی ستوونەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="85"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="92"/>
        <source>strftime codes: %Y-%m-%d is 2020-01-31, %d/%m/%Y is 31/01/2020</source>
        <translation>کۆدەکانی strftime: ‏%Y-%m-%d واتە 2020-01-31، ‏%d/%m/%Y واتە 31/01/2020</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="94"/>
        <source>Date format</source>
        <translation>شێوازی بەروار</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="96"/>
        <source>Dataset name</source>
        <translation>ناوی کۆمەڵە داتا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="145"/>
        <source>Choose the columns for: {names}</source>
        <translation>ستوونەکان هەڵبژێرە بۆ: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="147"/>
        <source>The date format {format} reads none of the dates shown, e.g. {example}</source>
        <translation>شێوازی بەرواری {format} هیچ کام لە بەروارە پیشاندراوەکان ناخوێنێتەوە، بۆ نموونە {example}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Save the mapping</source>
        <translation>پاشەکەوتکردنی نەخشەکێشان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident file (CSV, Excel or API JSON)</source>
        <translation>فایلی ڕووداو (CSV، Excel یان JSONی API)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="16"/>
        <source>Border events moved into the country their source names within (km; 0: never)</source>
        <translation>ڕووداوە سنوورییەکان دەگوازرێنەوە بۆ ئەو وڵاتەی سەرچاوەکەیان ناوی دەبات لە ماوەی (کم؛ 0: هەرگیز)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="102"/>
        <source>Or a folder holding the JSON pages of one download</source>
        <translation>یان بوخچەیەک کە لاپەڕە JSONەکانی یەک داگرتنی تێدایە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="129"/>
        <source>Choose an incident file (INPUT) or a folder of JSON pages (PAGES)</source>
        <translation>فایلێکی ڕووداو (INPUT) یان بوخچەیەکی لاپەڕەی JSON ‏(PAGES) هەڵبژێرە</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="60"/>
        <source>weekly aggregates: no actors, dates by week</source>
        <translation>کۆکراوەی هەفتانە: بێ ئەکتەر، بەروار بە هەفتە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="297"/>
        <source>Aggregated data names no actors.</source>
        <translation>داتای کۆکراوە ناوی هیچ ئەکتەرێک نابات.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="48"/>
        <source>Imports an ACLED (every layout since the 2016 realtime files, and its weekly aggregated data), UCDP GED or GTD export as CSV, Excel or API JSON (or PAGES, a folder holding the JSON pages of one download), or any CSV with a column mapping, into an incident GeoPackage, or into a schema of a PostgreSQL/PostGIS database (DATABASE, a connection saved in QGIS, and SCHEMA). Each incident gets its province by point-in-polygon (Natural Earth admin-1 by default); a border event within BORDER_KM of the country its source names goes to that country&apos;s nearest province; a row without coordinates is placed by the province its source names. Rows that can&apos;t be used are kept in the rejected_rows table with their line number and reason. Importing the same file again changes nothing; a newer export updates changed events. MAPPING (generic CSV only) is JSON such as {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;}; without event_id each row gets an id made from it.</source>
        <translation>هەناردەیەکی ACLED (هەموو شێوازەکانی لە فایلە ڕاستەوخۆکانی 2016ـەوە، و داتا کۆکراوە هەفتانەکانی)، UCDP GED یان GTD وەک CSV، Excel یان JSONی API (یان PAGES، بوخچەیەک کە لاپەڕە JSONەکانی یەک داگرتنی تێدایە)، یان هەر CSVێک لەگەڵ نەخشەکێشانی ستوونەکان، هاوردە دەکات بۆ GeoPackageی ڕووداوەکان یان بۆ شێمایەکی بنکەدراوەی PostgreSQL/PostGIS ‏(DATABASE، پەیوەندییەکی پاشەکەوتکراو لە QGIS، و SCHEMA). هەر ڕووداوێک پارێزگاکەی بە خاڵ لەناو فرەگۆشە وەردەگرێت (بە شێوەی بنەڕەت admin-1ی Natural Earth)؛ ڕووداوێکی سنووری لە ماوەی BORDER_KM لەو وڵاتەی سەرچاوەکەی ناوی دەبات دەچێتە نزیکترین پارێزگای ئەو وڵاتە؛ دێڕێکی بێ هاوتەریب لەو پارێزگایەدا دادەنرێت کە سەرچاوەکەی ناوی دەبات. ئەو دێڕانەی بەکارنایەن لە خشتەی rejected_rows لەگەڵ ژمارەی دێڕ و هۆکارەکەیان دەپارێزرێن. هاوردەکردنەوەی هەمان فایل هیچ ناگۆڕێت؛ هەناردەیەکی نوێتر ڕووداوە گۆڕاوەکان نوێ دەکاتەوە. MAPPING (تەنها بۆ CSVی گشتی) JSONێکە وەک {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;}؛ بەبێ event_id هەر دێڕێک ناسنامەیەک وەردەگرێت کە لە خۆیەوە دروست دەکرێت.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="56"/>
        <source>No change</source>
        <translation>بێ گۆڕان</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="58"/>
        <source>No fatalities</source>
        <translation>هیچ کوژراوێک نییە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="39"/>
        <source>The download was cancelled; nothing was written.</source>
        <translation>داگرتنەکە هەڵوەشێنرایەوە؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="146"/>
        <source>{query}: no events match; nothing was written.</source>
        <translation>{query}: هیچ ڕووداوێک ناگونجێت؛ هیچ شتێک نەنووسرا.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="120"/>
        <source>{url} did not answer JSON: {error}</source>
        <translation>{url} بە JSON وەڵامی نەدایەوە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="128"/>
        <source>{url} answered {status}: {answer}</source>
        <translation>{url} وەڵامی {status}ی دایەوە: {answer}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="135"/>
        <source>{url} did not answer</source>
        <translation>{url} وەڵامی نەدایەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="125"/>
        <source>ACLED needs an account: give a user name and password</source>
        <translation>ACLED هەژمارێکی پێویستە: ناوی بەکارهێنەر و وشەی نهێنی بدە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="164"/>
        <source>ACLED refused the query: {message}</source>
        <translation>ACLED داواکارییەکەی ڕەتکردەوە: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="35"/>
        <source>The authentication configuration {0} cannot be read</source>
        <translation>ڕێکخستنی ناسینەوەی {0} ناخوێنرێتەوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="123"/>
        <source>Download incidents from ACLED</source>
        <translation>داگرتنی ڕووداوەکان لە ACLED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="42"/>
        <source>Countries: one name, or a JSON array</source>
        <translation>وڵاتان: یەک ناو، یان ڕیزێکی JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="140"/>
        <source>Event types: one type, or a JSON array</source>
        <translation>جۆرەکانی ڕووداو: یەک جۆر، یان ڕیزێکی JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="92"/>
        <source>COUNTRIES, DATE_FROM and DATE_TO say what to download: all are needed</source>
        <translation>COUNTRIES و DATE_FROM و DATE_TO دیاری دەکەن چی داببەزێت: هەموویان پێویستن</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="24"/>
        <source>QGIS&apos;s authentication database is locked: unlock it (Settings &gt; Options &gt; Authentication) and run the download again</source>
        <translation>بنکەدراوەی ناسینەوەی QGIS قوفڵدراوە: بیکەرەوە (ڕێکخستنەکان &gt; هەڵبژاردنەکان &gt; ناسینەوە) و دابەزاندنەکە دووبارە بکەرەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>update</source>
        <translation>نوێکردنەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>download</source>
        <translation>دابەزاندن</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/gleditsch_ward.py" line="64"/>
        <source>UCDP&apos;s API selects countries by their Gleditsch-Ward number, and &apos;{name}&apos; is not one this plugin knows: give the number instead (Iraq is 645; UCDP&apos;s country_id column lists them)</source>
        <translation>API ی UCDP وڵاتەکان بە ژمارەی Gleditsch-Ward هەڵدەبژێرێت، و «{name}» ئەم پێوەکراوە نایناسێت: لە جیاتی ئەوە ژمارەکە بدە (عێراق 645 ە؛ ستوونی country_id ی UCDP لیستیان دەکات)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="130"/>
        <source>{url} cannot be reached: {error}. Check the network, QGIS&apos;s proxy settings and the address.</source>
        <translation>ناگەیەندرێتە {url}: {error}. تۆڕ، ڕێکخستنەکانی پرۆکسی QGIS و ناونیشانەکە بپشکنە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="140"/>
        <source>(the account was refused: check the user name and password, or the token)</source>
        <translation>(هەژمارەکە ڕەتکرایەوە: ناوی بەکارهێنەر و وشەی نهێنی، یان تۆکنەکە بپشکنە)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="142"/>
        <source>(the account has no access to this data)</source>
        <translation>(هەژمارەکە دەستی بەم داتایە ناگات)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="144"/>
        <source>(the service is busy or failing; it was asked again and did not recover: try later)</source>
        <translation>(خزمەتگوزارییەکە سەرقاڵە یان تێکچووە؛ دووبارە داواکرا و چاک نەبووەوە: دواتر هەوڵ بدەرەوە)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="101"/>
        <source>ACLED&apos;s token service answered without a token: has its API changed?</source>
        <translation>خزمەتگوزاری تۆکنی ACLED بێ تۆکن وەڵامی دایەوە: ئایا API یەکەی گۆڕاوە؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="167"/>
        <source>ACLED answered {what} without a list of records (&quot;data&quot;): has its API changed?</source>
        <translation>ACLED بۆ {what} بێ لیستی تۆمار (&quot;data&quot;) وەڵامی دایەوە: ئایا API یەکەی گۆڕاوە؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="194"/>
        <source>page {page}</source>
        <translation>لاپەڕە {page}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="205"/>
        <source>the deleted events</source>
        <translation>ڕووداوە سڕاوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="230"/>
        <source>UCDP answered without a list of events (&quot;Result&quot;): has its API changed?</source>
        <translation>UCDP بێ لیستی ڕووداو (&quot;Result&quot;) وەڵامی دایەوە: ئایا API یەکەی گۆڕاوە؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="232"/>
        <source>Page {page} of {pages}</source>
        <translation>لاپەڕە {page} لە {pages}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="76"/>
        <source>Download…</source>
        <translation>دابەزاندن…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="78"/>
        <source>Download, or update, incidents from ACLED&apos;s or UCDP&apos;s API</source>
        <translation>دابەزاندن یان نوێکردنەوەی ڕووداوەکان لە API ی ACLED یان UCDP</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="50"/>
        <source>Downloading {0}</source>
        <translation>دابەزاندنی {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="78"/>
        <source>{new} new, {updated} updated, {deleted} deleted, {rejected} rejected</source>
        <translation>{new} نوێ، {updated} نوێکراوە، {deleted} سڕاوە، {rejected} ڕەتکراوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="36"/>
        <source>Download incidents</source>
        <translation>دابەزاندنی ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="44"/>
        <source>Another GeoPackage…</source>
        <translation>GeoPackage یەکی تر…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="48"/>
        <source>Into</source>
        <translation>بۆ ناو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="52"/>
        <source>A query downloaded into this store before: choose it to update it</source>
        <translation>پرسیارێک کە پێشتر بۆ ئەم کۆگایە دابەزێنراوە: هەڵیبژێرە بۆ نوێکردنەوەی</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="53"/>
        <source>Earlier downloads</source>
        <translation>دابەزاندنە پێشووەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="58"/>
        <source>Provider</source>
        <translation>دابینکەر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="60"/>
        <source>Iraq, Syria</source>
        <translation>Iraq, Syria</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="61"/>
        <source>Country names, separated by commas (UCDP also takes Gleditsch-Ward numbers)</source>
        <translation>ناوی وڵاتەکان، بە کۆما جیاکراوە (UCDP ژمارەی Gleditsch-Ward یش وەردەگرێت)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="62"/>
        <source>Countries</source>
        <translation>وڵاتەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="69"/>
        <source>From</source>
        <translation>لە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="70"/>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="72"/>
        <source>All</source>
        <translation>هەموو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="75"/>
        <source>Candidate (monthly) release, e.g. 25.0.10</source>
        <translation>وەشانی کاندید (مانگانە)، بۆ نموونە 25.0.10</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="196"/>
        <source>UCDP release</source>
        <translation>وەشانی UCDP</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="79"/>
        <source>ACLED: a Basic configuration with your account&apos;s e-mail and password. UCDP: an API Header configuration with x-ucdp-access-token, or a Basic one holding the token as password.</source>
        <translation>ACLED: ڕێکخستنێکی Basic بە ئیمەیڵ و وشەی نهێنی هەژمارەکەت. UCDP: ڕێکخستنێکی API Header بە x-ucdp-access-token، یان Basic ێک کە تۆکنەکە وەک وشەی نهێنی هەڵدەگرێت.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="85"/>
        <source>Account</source>
        <translation>هەژمار</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="86"/>
        <source>Only what changed since the last download of this query</source>
        <translation>تەنها ئەوەی لە دوایین دابەزاندنی ئەم پرسیارەوە گۆڕاوە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="92"/>
        <source>Download</source>
        <translation>دابەزاندن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="121"/>
        <source>A new query</source>
        <translation>پرسیارێکی نوێ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="158"/>
        <source>Name at least one country</source>
        <translation>لانیکەم ناوی یەک وڵات بنووسە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="162"/>
        <source>The first day comes after the last</source>
        <translation>یەکەم ڕۆژ دوای دوایین ڕۆژە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="170"/>
        <source>A candidate release is named like 25.0.10, a yearly one like 25.1</source>
        <translation>وەشانی کاندید وەک 25.0.10 ناو دەنرێت، ساڵانە وەک 25.1</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="182"/>
        <source>Choose the GeoPackage the events go into</source>
        <translation>ئەو GeoPackage ە هەڵبژێرە کە ڕووداوەکان دەچنە ناوی</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="47"/>
        <source>Only what changed since the last download</source>
        <translation>تەنها ئەوەی لە دوایین دابەزاندنەوە گۆڕاوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="50"/>
        <source>Account (authentication)</source>
        <translation>هەژمار (ناسینەوە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="54"/>
        <source>API address (empty: the provider&apos;s)</source>
        <translation>ناونیشانی API (بەتاڵ: هی دابینکەر)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>New events</source>
        <translation>ڕووداوی نوێ</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events updated</source>
        <translation>ڕووداوی نوێکراوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events deleted</source>
        <translation>ڕووداوی سڕاوە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="126"/>
        <source>Downloads the ACLED events of COUNTRIES (one name, or a JSON array) between DATE_FROM and DATE_TO (and of EVENT_TYPES, if given) through ACLED&apos;s API (OAuth, every page), then imports them into an incident GeoPackage or PostGIS schema as one import: nothing is written until the download is complete. With UPDATE, only the events added or changed since the last download of the same query are fetched, and the events ACLED deleted since then are removed. The imports table names the API, the query and the access date, as ACLED&apos;s terms ask. The account comes from AUTHCFG (a Basic authentication configuration) or from the environment variables ACLED_USERNAME and ACLED_PASSWORD.</source>
        <translation>ڕووداوەکانی ACLED ی وڵاتانی COUNTRIES (یەک ناو، یان ڕیزێکی JSON) لە نێوان DATE_FROM و DATE_TO (و جۆرەکانی EVENT_TYPES ئەگەر درابن) لە ڕێگەی API ی ACLED (OAuth، هەموو لاپەڕەکان) دادەبەزێنێت، پاشان وەک یەک هاوردە دەیانخاتە GeoPackage ی ڕووداو یان سکیمای PostGIS: هیچ شتێک نانووسرێت تا دابەزاندن تەواو دەبێت. لەگەڵ UPDATE تەنها ئەو ڕووداوانە دەهێنرێن کە لە دوایین دابەزاندنی هەمان پرسیارەوە زیادکراون یان گۆڕاون، و ئەوانەی ACLED لەوەتەی سڕیونی لادەبرێن. خشتەی هاوردەکان API، پرسیار و ڕێکەوتی دەستپێگەیشتن ناو دەبات، وەک مەرجەکانی ACLED داوا دەکەن. هەژمارەکە لە AUTHCFG (ڕێکخستنی ناسینەوەی Basic) یان لە گۆڕاوەکانی ژینگە ACLED_USERNAME و ACLED_PASSWORD دێت.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="159"/>
        <source>Download incidents from UCDP GED</source>
        <translation>دابەزاندنی ڕووداوەکان لە UCDP GED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="162"/>
        <source>Downloads the UCDP GED events of COUNTRIES (names, or Gleditsch-Ward numbers such as 645 for Iraq) between DATE_FROM and DATE_TO (and of the types of violence in EVENT_TYPES: 1 state-based, 2 non-state, 3 one-sided) from the release VERSION (e.g. 25.1; a candidate release such as 25.0.10 with CANDIDATE), every page, then imports them as one import. The store then holds exactly that release&apos;s events of the query: events it no longer has are removed. UPDATE says so in the imports table. The token comes from AUTHCFG (an API Header configuration with x-ucdp-access-token, or a Basic one with the token as password) or from the environment variable UCDP_ACCESS_TOKEN.</source>
        <translation>ڕووداوەکانی UCDP GED ی وڵاتانی COUNTRIES (ناو، یان ژمارەی Gleditsch-Ward وەک 645 بۆ عێراق) لە نێوان DATE_FROM و DATE_TO (و جۆرەکانی توندوتیژی لە EVENT_TYPES: 1 دەوڵەتی، 2 نادەوڵەتی، 3 یەکلایەنە) لە وەشانی VERSION (بۆ نموونە 25.1؛ وەشانی کاندید وەک 25.0.10 لەگەڵ CANDIDATE)، هەموو لاپەڕەکان، دادەبەزێنێت، پاشان وەک یەک هاوردە دەیانهێنێتە ناوەوە. کۆگاکە پاشان ڕێک ڕووداوەکانی ئەو وەشانە بۆ پرسیارەکە هەڵدەگرێت: ئەوانەی چیتر تێیدا نین لادەبرێن. UPDATE ئەمە لە خشتەی هاوردەکاندا دەڵێت. تۆکنەکە لە AUTHCFG (ڕێکخستنی API Header بە x-ucdp-access-token، یان Basic بە تۆکن وەک وشەی نهێنی) یان لە گۆڕاوی ژینگە UCDP_ACCESS_TOKEN دێت.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="176"/>
        <source>Types of violence: 1, 2, 3 or their names (a JSON array for several)</source>
        <translation>جۆرەکانی توندوتیژی: 1، 2، 3 یان ناوەکانیان (ڕیزێکی JSON بۆ چەند دانەیەک)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="188"/>
        <source>UCDP&apos;s types of violence are 1, 2 and 3, not {0}</source>
        <translation>جۆرەکانی توندوتیژی UCDP بریتین لە 1، 2 و 3، نەک {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="197"/>
        <source>A candidate (monthly) release</source>
        <translation>وەشانێکی کاندید (مانگانە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="206"/>
        <source>A candidate release is named like 25.0.10 (year, 0, month): give it as VERSION</source>
        <translation>وەشانی کاندید وەک 25.0.10 ناو دەنرێت (ساڵ، 0، مانگ): لە VERSION دا بیدە</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="210"/>
        <source>{0} is a candidate release: tick CANDIDATE</source>
        <translation>{0} وەشانێکی کاندیدە: CANDIDATE دیاری بکە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="149"/>
        <source>(each event counted once)</source>
        <translation>(هەر ڕووداوێک یەک جار دەژمێردرێت)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="25"/>
        <source>Rows of each dataset under the other filters; none checked: every dataset</source>
        <translation>ڕیزەکانی هەر کۆمەڵە داتایەک بەپێی پاڵێوەرەکانی تر؛ هیچ دیاری نەکراو: هەموو کۆمەڵەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="27"/>
        <source>Count each event once</source>
        <translation>هەر ڕووداوێک یەک جار بژمێرە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="29"/>
        <source>Rows of different datasets with overlapping dates at nearby places are one event, counted once everywhere: summary, map, layouts and trends</source>
        <translation>ڕیزەکانی کۆمەڵە داتای جیاواز بە ڕێکەوتی یەکتربڕ لە شوێنی نزیک یەک ڕووداون، لە هەموو شوێنێک یەک جار دەژمێردرێن: پوختە، نەخشە، نەخشەی چاپ و ڕەوتەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="36"/>
        <source>Whose row and fatalities count for an event several datasets hold</source>
        <translation>ڕیز و کوژراوانی کام کۆمەڵە دەژمێردرێت بۆ ڕووداوێک کە چەند کۆمەڵەیەک هەیانە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="39"/>
        <source>Fatalities of a linked event</source>
        <translation>کوژراوانی ڕووداوێکی بەستراو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="59"/>
        <source>The highest of the linked rows</source>
        <translation>بەرزترینی ڕیزە بەستراوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="61"/>
        <source>{dataset}&apos;s</source>
        <translation>هی {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Datasets</source>
        <translation>کۆمەڵە داتاکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="34"/>
        <source>Compare datasets by province</source>
        <translation>بەراوردکردنی کۆمەڵە داتاکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="37"/>
        <source>For every province with incidents under the filter: the events counted once (rows of several datasets linked as one event count once), the events more than one dataset holds and their share, and for each dataset its rows there and the rows only it has (&lt;dataset&gt; and &lt;dataset&gt;_only). Do ACLED and UCDP agree about Diyala?</source>
        <translation>بۆ هەر پارێزگایەک کە ڕووداوی هەیە بەپێی پاڵێوەر: ڕووداوەکان یەک جار ژمێردراو (ڕیزی چەند کۆمەڵەیەک کە وەک یەک ڕووداو بەستراون یەک جار دەژمێردرێن)، ئەو ڕووداوانەی زیاتر لە کۆمەڵەیەک هەیانە و بەشیان، و بۆ هەر کۆمەڵەیەک ڕیزەکانی لەوێ و ئەو ڕیزانەی تەنها ئەو هەیەتی (&lt;dataset&gt; و &lt;dataset&gt;_only). ئایا ACLED و UCDP لەسەر دیالە ڕێکن؟</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="49"/>
        <source>Datasets compared by province</source>
        <translation>کۆمەڵە داتا بەراوردکراوەکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="130"/>
        <source>Datasets: one name, or a JSON array (empty: every dataset)</source>
        <translation>کۆمەڵە داتاکان: یەک ناو، یان ڕیزێکی JSON (بەتاڵ: هەموو کۆمەڵەکان)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="135"/>
        <source>Count each event once (rows of several datasets linked as one event)</source>
        <translation>هەر ڕووداوێک یەک جار بژمێرە (ڕیزی چەند کۆمەڵەیەک کە وەک یەک ڕووداو بەستراون)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="140"/>
        <source>Dataset whose row and fatalities count for a linked event (empty: the highest fatalities)</source>
        <translation>ئەو کۆمەڵەیەی ڕیز و کوژراوانی بۆ ڕووداوی بەستراو دەژمێردرێت (بەتاڵ: بەرزترین کوژراو)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="22"/>
        <source>Compare datasets</source>
        <translation>بەراوردکردنی کۆمەڵە داتاکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Events</source>
        <translation>ڕووداوەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Held by several (%)</source>
        <translation>لە چەند کۆمەڵەیەکدا (%)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="37"/>
        <source>only {dataset}</source>
        <translation>تەنها {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="41"/>
        <source>Compare datasets…</source>
        <translation>بەراوردی کۆمەڵەکان…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="42"/>
        <source>Per province: each dataset&apos;s rows, the rows only it has, the events they share</source>
        <translation>بۆ هەر پارێزگایەک: ڕیزەکانی هەر کۆمەڵەیەک، ئەوانەی تەنها ئەو هەیەتی، ڕووداوە هاوبەشەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="59"/>
        <source>Over 100,000 incidents: their dots show when zoomed in beyond 1:2,500,000; the provinces show all.</source>
        <translation>زیاتر لە 100,000 ڕووداو: خاڵەکانیان دەردەکەون کاتێک لە 1:2,500,000 زیاتر نزیک دەکەیتەوە؛ پارێزگاکان هەموویان پیشان دەدەن.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Datasets compared: map and table by province (A4 portrait)</source>
        <translation>بەراوردی کۆمەڵە داتاکان: نەخشە و خشتە بەپێی پارێزگا (A4 ستوونی)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: dates this many days apart still overlap</source>
        <translation>هەمان ڕووداو: ڕێکەوتەکان بەم ژمارە ڕۆژە جیاوازییەوە هێشتا یەکتر دەبڕن</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: exact places this far apart (km) are one place</source>
        <translation>هەمان ڕووداو: شوێنە وردەکان بەم دوورییە (کم) یەک شوێنن</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="71"/>
        <source>Could not read the incidents of {name}: {error}</source>
        <translation>ڕووداوەکانی {name} نەخوێندرانەوە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="166"/>
        <source>{name} (density)</source>
        <translation>{name} (چڕی)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="192"/>
        <source>Countries (inset)</source>
        <translation>وڵاتەکان (نەخشەی بچووک)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="201"/>
        <source>{name} (locator)</source>
        <translation>{name} (نەخشەی شوێن)</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="33"/>
        <source>Incident Atlas layout layers</source>
        <translation>چینەکانی پەڕەبەندی Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="88"/>
        <source>{name} (print)</source>
        <translation>{name} (بۆ چاپ)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="260"/>
        <source>No scale bar: the scale varies across a map this wide (equal-area projection).</source>
        <translation>پێوەری دووری نییە: پێوەر لە نەخشەیەکی ئەوەندە فراوان دەگۆڕێت (پرۆجێکشنی ڕووبەر-یەکسان).</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="280"/>
        <source>Incidents {per_unit}</source>
        <translation>ڕووداوەکان {per_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>by governorate</source>
        <translation>بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>by state</source>
        <translation>بەپێی ویلایەت</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>by oblast</source>
        <translation>بەپێی ئۆبلاست</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>by region</source>
        <translation>بەپێی هەرێم</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>by province</source>
        <translation>بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>per governorate</source>
        <translation>لە هەر پارێزگایەک</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>per state</source>
        <translation>لە هەر ویلایەتێک</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>per oblast</source>
        <translation>لە هەر ئۆبلاستێک</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>per region</source>
        <translation>لە هەر هەرێمێک</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>per province</source>
        <translation>لە هەر پارێزگایەک</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="113"/>
        <source>{actors} {event_types} {by_unit}</source>
        <translation>{event_types}ی {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="114"/>
        <source>{event_types} involving {actors} {by_unit}</source>
        <translation>{event_types} کە {actors} تێیدا بەشدارە {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="119"/>
        <source>{actors} attacks {by_unit}</source>
        <translation>هێرشەکانی {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="120"/>
        <source>Incidents involving {actors} {by_unit}</source>
        <translation>ئەو ڕووداوانەی {actors} تێیاندا بەشدارە {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="121"/>
        <source>Incidents {by_unit}</source>
        <translation>ڕووداوەکان {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>Largest count first</source>
        <translation>زۆرترین ژمارە یەکەم</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>By name</source>
        <translation>بەپێی ناو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="45"/>
        <source>Page order</source>
        <translation>ڕیزبەندی لاپەڕەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="112"/>
        <source>Atlas pages</source>
        <translation>لاپەڕەکانی ئەتڵەس</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="94"/>
        <source>one bar a {interval}</source>
        <translation>ستوونێک بۆ هەر {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="95"/>
        <source>one bar a {interval} (by {asked}, too many bars)</source>
        <translation>ستوونێک بۆ هەر {interval} (بە {asked} ستوون زۆر دەبن)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="28"/>
        <source>{name} ({country})</source>
        <translation>{name} ({country})</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="82"/>
        <source>No earlier download found in {store}: {error}</source>
        <translation>هیچ داگرتنێکی پێشوو لە {store} نەدۆزرایەوە: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="123"/>
        <source>{query}: no earlier download of this query in the target, so all of it is downloaded</source>
        <translation>{query}: هیچ داگرتنێکی پێشووی ئەم داواکارییە لە ئامانجەکەدا نییە، بۆیە هەمووی دادەگیرێت</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/download/providers.py" line="181"/>
        <source>Page {page}: %n records</source>
        <translation>
            <numerusform>لاپەڕە {page}: %n تۆمار</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>{layout}: {read}: {imported} ({new}, {updated}, {unchanged}), {rejected}</source>
        <translation>{layout}: {read}: {imported} ({new}، {updated}، {unchanged})، {rejected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n ڕیز خوێندرایەوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n هاوردە کران</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n نوێ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n نوێکراوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n نەگۆڕاو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ڕەتکرانەوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="102"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n سڕایەوە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="104"/>
        <source>%n rows linked to another dataset&apos;s row of the same event</source>
        <translation>
            <numerusform>%n ڕیز بەستراون بە ڕیزێکی داتاسێتێکی تر بۆ هەمان ڕووداو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="105"/>
        <source>%n outside every province polygon</source>
        <translation>
            <numerusform>%n لە دەرەوەی هەموو پۆلیگۆنەکانی پارێزگا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>{placed}, {moved}</source>
        <translation>{placed}، {moved}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n placed by province name (no coordinates)</source>
        <translation>
            <numerusform>%n بە ناوی پارێزگا دانران (بێ کۆئۆردینات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n border events moved to the nearest province of their country</source>
        <translation>
            <numerusform>%n ڕووداوی سنووری گوازرانەوە بۆ نزیکترین پارێزگای وڵاتەکەیان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="113"/>
        <source>%n rows with coordinates written with a decimal comma</source>
        <translation>
            <numerusform>%n ڕیز کە کۆئۆردیناتەکانیان بە فاریزەی دەیی نووسراون</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="115"/>
        <source>%n naming only a region of several provinces (no province, no point)</source>
        <translation>
            <numerusform>%n تەنها ناوی ناوچەیەکی چەند پارێزگایی دەبەن (نە پارێزگا، نە خاڵ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="194"/>
        <source>{store} was upgraded to schema version {version} before the import</source>
        <translation>{store} بەرزکرایەوە بۆ وەشانی {version}ی شێما پێش هاوردەکردن</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="249"/>
        <source>Imported {source} into {store}: {summary}</source>
        <translation>{source} هاوردە کرا بۆ {store}: {summary}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/brief.py" line="117"/>
        <source>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n provinces; significant where q &lt; {alpha}.</source>
        <translation>
            <numerusform>گۆڕان: لە {start} تا {end} بەرامبەر {baseline}، بە {test}؛ ڕاستکردنەوەی بنیامینی-هۆخبێرگ لە %n پارێزگادا؛ گرنگە کاتێک q &lt; {alpha}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/compare_layout.py" line="33"/>
        <source>… and %n more provinces</source>
        <translation>
            <numerusform>… و %n پارێزگای تر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/choropleth.py" line="197"/>
        <source>{range}  (%n provinces)</source>
        <translation>
            <numerusform>{range}  (%n پارێزگا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/classes.py" line="172"/>
        <source>%n classes, not {asked}: the data has only {distinct} distinct values above zero</source>
        <translation>
            <numerusform>%n پۆل نەک {asked}: داتاکە تەنها {distinct} بەهای جیاوازی سەرووی سفری هەیە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n ڕووداو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n fatalities</source>
        <translation>
            <numerusform>%n کوژراو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="167"/>
        <source>%n incidents without coordinates placed by the province their source names.</source>
        <translation>
            <numerusform>%n ڕووداوی بێ هاوتەریب لەو پارێزگایەدا دانران کە سەرچاوەکەیان ناوی دەبات.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="171"/>
        <source>%n border incidents moved to the nearest province of their country.</source>
        <translation>
            <numerusform>%n ڕووداوی سەر سنوور گوازرانەوە بۆ نزیکترین پارێزگای وڵاتەکەیان.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="175"/>
        <source>%n incidents name only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</source>
        <translation>
            <numerusform>%n ڕووداو تەنها هەرێمێکی چەند پارێزگایی ناو دەبەن (وەک ئێرلەندای باکوور): لە کۆکان ژمێردراون، لەسەر نەخشە نین.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="182"/>
        <source>Datasets: {names}; %n rows describing an event another dataset also has are counted once (the same event: overlapping dates and nearby places, linked one to one).</source>
        <translation>
            <numerusform>کۆمەڵە داتاکان: {names}؛ %n ڕیز کە ڕووداوێک وەسف دەکەن کە کۆمەڵە داتایەکی تریش هەیەتی یەک جار دەژمێردرێن (هەمان ڕووداو: ڕێکەوتی یەکتربڕ و شوێنی نزیک، یەک بە یەک بەستراونەتەوە).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="220"/>
        <source>at least %n fatalities</source>
        <translation>
            <numerusform>لانیکەم %n کوژراو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="222"/>
        <source>at most %n fatalities</source>
        <translation>
            <numerusform>لانی زۆر %n کوژراو</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/column_source.py" line="133"/>
        <source>The columns of {name} were not cached: {error}</source>
        <translation>ستوونەکانی {name} هەڵنەگیران: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/column_source.py" line="163"/>
        <source>Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)</source>
        <translation>
            <numerusform>%n کۆمەڵە ستوونی هەڵگیراو لە {folder} سڕانەوە (GeoPackage ـەکان نەماون، یان لە سنوور تێپەڕین)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n provinces</source>
        <translation>
            <numerusform>%n پارێزگا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="62"/>
        <source>%n rows linked to another dataset&apos;s and counted once</source>
        <translation>
            <numerusform>%n ڕیز بەستراوە بە هی کۆمەڵە داتایەکی تر و یەک جار ژمێردراون</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="177"/>
        <source>{name}: changes to incidents are now tracked (data_changes)</source>
        <translation>{name}: گۆڕانکارییەکانی ڕووداوەکان ئێستا بەدواداچوونیان بۆ دەکرێت (data_changes)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="179"/>
        <source>{name}: changes are not tracked, counts come from the server: {error}</source>
        <translation>{name}: گۆڕانکارییەکان بەدواداچوونیان بۆ ناکرێت، ژمارەکان لە ڕاژەکارەوە دێن: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="54"/>
        <source>{name}: counting on the server ({error})</source>
        <translation>{name}: ژماردن لەسەر ڕاژەکار ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="269"/>
        <source>{name}: default styles not stored ({problem})</source>
        <translation>{name}: شێوازە بنەڕەتییەکان هەڵنەگیران ({problem})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tasks.py" line="38"/>
        <source>{task} failed: {error}</source>
        <translation>{task} سەرکەوتوو نەبوو: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="18"/>
        <source>the previous %n days</source>
        <translation>
            <numerusform>%n ڕۆژی پێشوو</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="24"/>
        <source>the %n periods of equal length before</source>
        <translation>
            <numerusform>%n ماوەی پێشووی هاوشێوە لە درێژیدا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="32"/>
        <source>{province}: %n incidents from {start} to {end}</source>
        <translation>
            <numerusform>{province}: %n ڕووداو لە {start} تا {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/compare_dialog.py" line="27"/>
        <source>%n events; {linked} ({share} %) held by more than one dataset</source>
        <translation>
            <numerusform>%n ڕووداو؛ {linked} ({share} %) لە زیاتر لە کۆمەڵەیەکدا هەن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/mapping_dialog.py" line="153"/>
        <source>The date format reads {read} of the %n dates shown.</source>
        <translation>
            <numerusform>شێوازی بەروار {read} لە %n بەرواری پیشاندراو دەخوێنێتەوە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/compare_datasets.py" line="82"/>
        <source>%n provinces; datasets: {names}</source>
        <translation>
            <numerusform>%n پارێزگا؛ کۆمەڵە داتاکان: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>%n incidents match: {0}</source>
        <translation>
            <numerusform>%n ڕووداو دەگونجێن: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/import_incidents.py" line="149"/>
        <source>{0}: the source says &apos;{1}&apos; for %n incidents placed in &apos;{2}&apos;</source>
        <translation>
            <numerusform>{0}: سەرچاوەکە دەڵێت &apos;{1}&apos; بۆ %n ڕووداو کە لە &apos;{2}&apos; دانراون</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/styles.py" line="118"/>
        <source>Could not write the default style of {table}: {error}</source>
        <translation>نەتوانرا شێوازی بنەڕەتی {table} بنووسرێت: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="81"/>
        <source>the mean baseline needs at least one period</source>
        <translation>هێڵی بنەڕەتی ناوەند لانیکەم یەک ماوەی پێویستە</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="104"/>
        <source>change against a baseline needs the current period&apos;s dates (from and to)</source>
        <translation>گۆڕان بەرامبەر هێڵی بنەڕەت پێویستی بە بەروارەکانی ماوەی ئێستا هەیە (لە و تا)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="72"/>
        <source>Hot spots need at least {minimum} units; the study area has {units}.</source>
        <translation>شوێنە گەرمەکان لانیکەم {minimum} یەکەیان پێویستە؛ ناوچەی لێکۆڵینەوە {units} یەکەی هەیە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="78"/>
        <source>Every unit has the same count: there is no pattern to test.</source>
        <translation>هەموو یەکەکان هەمان ژمارەیان هەیە: هیچ نەخشێک نییە بۆ تاقیکردنەوە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="120"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>شوێنە گەرمەکان (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="123"/>
        <source>Where the filtered incidents cluster: Getis-Ord Gi* for each unit (equal-area hexagons over the provinces of the countries with incidents, a district layer, or the provinces), with binary weights within a distance band and the unit itself included. gi_bin is 3, 2 or 1 for a hot spot at 99, 95 or 90 % confidence after the Benjamini-Hochberg false discovery rate correction, negative for a cold spot, 0 otherwise; a unit without a neighbour within the band gets NULL. CELL_SIZE is the distance between neighbouring hexagons&apos; centres in metres, DISTANCE_BAND the band in metres (0: chosen from the data, both reported). Incidents placed only at a province&apos;s centre are left out of hexagons and districts unless MAX_GEO_PRECISION says otherwise (default 2), and counted in the log.</source>
        <translation>ڕووداوە پاڵێوراوەکان لە کوێ کۆدەبنەوە: Getis-Ord Gi* بۆ هەر یەکەیەک (شەشپاڵووی ڕووبەر یەکسان لەسەر پارێزگاکانی ئەو وڵاتانەی ڕووداویان تێدایە، چینێکی قەزاکان، یان پارێزگاکان)، بە کێشی دووانی لە ناو مەودایەکی دووری و خودی یەکەکەش لەگەڵیدا. gi_bin 3، 2 یان 1 ە بۆ شوێنێکی گەرم بە متمانەی 99، 95 یان 90 % دوای ڕاستکردنەوەی ڕێژەی دۆزینەوەی هەڵەی بنیامینی-هۆخبێرگ، نەرێنییە بۆ شوێنێکی سارد، 0 لە حاڵەتی تردا؛ یەکەیەک کە هیچ دراوسێیەکی لە مەوداکەدا نییە NULL وەردەگرێت. CELL_SIZE دووری نێوان ناوەندی شەشپاڵووە دراوسێکانە بە مەتر، DISTANCE_BAND مەوداکەیە بە مەتر (0: لە داتاکەوە هەڵدەبژێردرێت، هەردووکیان ڕادەگەیەنرێن). ڕووداوەکانی تەنها لە ناوەندی پارێزگا دانراون لە شەشپاڵوو و قەزاکان دەردەکرێن مەگەر MAX_GEO_PRECISION شتێکی تر بڵێت (بنەڕەت 2)، و لە تۆمارەکەدا دەژمێردرێن.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="59"/>
        <source>Units of analysis</source>
        <translation>یەکەکانی شیکاری</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Hexagons</source>
        <translation>شەشپاڵووەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Provinces</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="62"/>
        <source>District polygons (for districts)</source>
        <translation>پۆلیگۆنی قەزاکان (بۆ قەزاکان)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Hexagon size: metres between neighbouring centres (0: from the data)</source>
        <translation>قەبارەی شەشپاڵوو: مەتر لە نێوان ناوەندە دراوسێکان (0: لە داتاکەوە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Distance band in metres (0: the smallest giving every unit a neighbour)</source>
        <translation>مەودای دووری بە مەتر (0: بچووکترین مەودا کە هەموو یەکەیەک دراوسێیەکی هەبێت)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="147"/>
        <source>Hot spots</source>
        <translation>شوێنە گەرمەکان</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="224"/>
        <source>%n incidents left out: located vaguer than the precision asked, or without a point</source>
        <translation>
            <numerusform>%n ڕووداو دەرکران: شوێنیان کەمتر لە وردیی داواکراو دیارە، یان خاڵیان نییە</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="230"/>
        <source>No incident matches the filter: there is no study area.</source>
        <translation>هیچ ڕووداوێک لەگەڵ پاڵێوەرەکە ناگونجێت: هیچ ناوچەیەکی لێکۆڵینەوە نییە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source>Hexagons: {cells} cells, {size} m between neighbouring centres{chosen}</source>
        <translation>شەشپاڵووەکان: {cells} خانە، {size} م لە نێوان ناوەندە دراوسێکان{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source> (chosen from the data)</source>
        <translation> (لە داتاکەوە هەڵبژێردراوە)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="243"/>
        <source>%n incidents fall in no unit</source>
        <translation>
            <numerusform>%n ڕووداو لە هیچ یەکەیەکدا نین</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source>Distance band: {band} m{chosen}</source>
        <translation>مەودای دووری: {band} م{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source> (the smallest giving every unit a neighbour)</source>
        <translation> (بچووکترین مەودا کە هەموو یەکەیەک دراوسێیەکی هەبێت)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="162"/>
        <source>%n units have no neighbour within the band: NULL</source>
        <translation>
            <numerusform>%n یەکە هیچ دراوسێیەکیان لە مەوداکەدا نییە: NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="92"/>
        <source>Choose a district layer (DISTRICTS) for districts as units.</source>
        <translation>چینێکی قەزاکان (DISTRICTS) هەڵبژێرە بۆ قەزاکان وەک یەکە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="218"/>
        <source>target types {types}</source>
        <translation>جۆرەکانی ئامانج {types}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Target types</source>
        <translation>جۆرەکانی ئامانج</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="93"/>
        <source>Target types (GTD): one type, or a JSON array of types</source>
        <translation>جۆرەکانی ئامانج (GTD): یەک جۆر، یان ڕیزێکی JSON لە جۆرەکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="40"/>
        <source>New hot spot</source>
        <translation>شوێنی گەرمی نوێ</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="41"/>
        <source>Consecutive hot spot</source>
        <translation>شوێنی گەرمی یەک لە دوای یەک</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="42"/>
        <source>Intensifying hot spot</source>
        <translation>شوێنی گەرمی بەهێزبوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="43"/>
        <source>Persistent hot spot</source>
        <translation>شوێنی گەرمی بەردەوام</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="44"/>
        <source>Diminishing hot spot</source>
        <translation>شوێنی گەرمی لاوازبوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="45"/>
        <source>Sporadic hot spot</source>
        <translation>شوێنی گەرمی پچڕپچڕ</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="46"/>
        <source>Oscillating hot spot</source>
        <translation>شوێنی گەرمی لەرزۆک</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="47"/>
        <source>Historical hot spot</source>
        <translation>شوێنی گەرمی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="48"/>
        <source>New cold spot</source>
        <translation>شوێنی ساردی نوێ</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="49"/>
        <source>Consecutive cold spot</source>
        <translation>شوێنی ساردی یەک لە دوای یەک</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="50"/>
        <source>Intensifying cold spot</source>
        <translation>شوێنی ساردی بەهێزبوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="51"/>
        <source>Persistent cold spot</source>
        <translation>شوێنی ساردی بەردەوام</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="52"/>
        <source>Diminishing cold spot</source>
        <translation>شوێنی ساردی لاوازبوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="53"/>
        <source>Sporadic cold spot</source>
        <translation>شوێنی ساردی پچڕپچڕ</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="54"/>
        <source>Oscillating cold spot</source>
        <translation>شوێنی ساردی لەرزۆک</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="55"/>
        <source>Historical cold spot</source>
        <translation>شوێنی ساردی پێشوو</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="56"/>
        <source>No pattern detected</source>
        <translation>هیچ نەخشێک نەدۆزرایەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="177"/>
        <source>Emerging hot spots need at least {minimum} time steps; the dates give {steps}.</source>
        <translation>شوێنە گەرمە دەرکەوتووەکان لانیکەم {minimum} هەنگاوی کاتیان پێویستە؛ بەروارەکان {steps} دەدەن.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="75"/>
        <source>Emerging hot spots</source>
        <translation>شوێنە گەرمە دەرکەوتووەکان</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="56"/>
        <source>Which clusters are new, growing, fading or gone: Getis-Ord Gi* for each unit in each step of INTERVAL between DATE_FROM and DATE_TO (the data&apos;s first and last dates if not given), with the neighbours within the distance band in the same step and the step before, corrected for the false discovery rate across all unit-steps; a Mann-Kendall trend on each unit&apos;s z series; and the categories of ArcGIS Pro&apos;s Emerging Hot Spot Analysis (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots, no pattern), with the rules in the README. Needs at least 30 units and 10 steps.</source>
        <translation>کام کۆبوونەوە نوێن، گەشە دەکەن، لاواز دەبن یان نەماون: Getis-Ord Gi* بۆ هەر یەکەیەک لە هەر هەنگاوێکی INTERVAL لە نێوان DATE_FROM و DATE_TO (یەکەم و دوایین بەرواری داتاکە ئەگەر نەدرابن)، لەگەڵ دراوسێکان لە ناو مەودای دووری لە هەمان هەنگاو و هەنگاوی پێشوو، ڕاستکراوە بۆ ڕێژەی دۆزینەوەی هەڵە لە هەموو یەکە-هەنگاوەکان؛ ڕەوتێکی مان-کێندال لەسەر زنجیرەی z ی هەر یەکەیەک؛ و پۆلەکانی شیکاری شوێنە گەرمە دەرکەوتووەکانی ArcGIS Pro (شوێنە گەرم و ساردە نوێ، یەک لە دوای یەک، بەهێزبوو، بەردەوام، لاوازبوو، پچڕپچڕ، لەرزۆک و پێشووەکان، هیچ نەخشێک)، بەپێی یاساکانی README. لانیکەم 30 یەکە و 10 هەنگاوی پێویستە.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="83"/>
        <source>Time step</source>
        <translation>هەنگاوی کات</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/emerging_hot_spots.py" line="104"/>
        <source>%n time steps from {start} to {end}</source>
        <translation>
            <numerusform>%n هەنگاوی کات لە {start} تا {end}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="77"/>
        <source>No country to download districts for: the store has no incident in a province.</source>
        <translation>هیچ وڵاتێک نییە بۆ داگرتنی قەزاکانی: هیچ ڕووداوێک لە پارێزگایەکدا نییە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="87"/>
        <source>geoBoundaries has no {level} boundaries for {country}</source>
        <translation>geoBoundaries سنووری {level} ی بۆ {country} نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="112"/>
        <source>geoBoundaries&apos; file for {country} cannot be read</source>
        <translation>فایلی geoBoundaries بۆ {country} ناخوێندرێتەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="164"/>
        <source>The districts could not be written: {error}</source>
        <translation>قەزاکان نەنووسران: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="33"/>
        <source>Get districts (geoBoundaries)</source>
        <translation>وەرگرتنی قەزاکان (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="50"/>
        <source>Countries: ISO 3166 alpha-3 codes, comma-separated (empty: the store&apos;s)</source>
        <translation>وڵاتان: کۆدەکانی ISO 3166 ی سێ پیتی، بە فاریزە جیاکراوە (بەتاڵ: هی کۆگاکە)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="57"/>
        <source>Level</source>
        <translation>ئاست</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="58"/>
        <source>geoBoundaries API</source>
        <translation>API ی geoBoundaries</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="61"/>
        <source>District layer</source>
        <translation>چینی قەزاکان</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/get_districts.py" line="74"/>
        <source>{country} {level}: %n units; source {source}; licence {licence}</source>
        <translation>
            <numerusform>{country} {level}: %n یەکە؛ سەرچاوە {source}؛ مۆڵەت {licence}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>provinces</source>
        <translation>پارێزگاکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="101"/>
        <source>hexagons {size} km across</source>
        <translation>شەشپاڵووی {size} کیلۆمەتری</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="102"/>
        <source>districts ({layer})</source>
        <translation>قەزاکان ({layer})</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>districts</source>
        <translation>قەزاکان</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="109"/>
        <source>Emerging hot spots: space-time Getis-Ord Gi* in {units}, {steps} steps of a {interval}</source>
        <translation>خاڵە گەرمە دەرکەوتووەکان: Gi*ی گێتیس-ئۆردی کات و شوێن لە {units}، {steps} هەنگاوی {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="112"/>
        <source>Mann-Kendall trend</source>
        <translation>ڕەوتی مان-کێندال</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="115"/>
        <source>Hot spots: Getis-Ord Gi* in {units}</source>
        <translation>خاڵە گەرمەکان: Gi*ی گێتیس-ئۆرد لە {units}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km (chosen from the data)</source>
        <translation>مەودای دووری {band} کم (لە داتاکەوە هەڵبژێردراو)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km</source>
        <translation>مەودای دووری {band} کم</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="123"/>
        <source>Benjamini-Hochberg false discovery rate correction</source>
        <translation>ڕاستکردنەوەی ڕێژەی دۆزینەوەی هەڵەی بێنیامینی-هۆخبێرگ</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/hotspots/live.py" line="125"/>
        <source>%n incidents located only to a province or vaguer left out</source>
        <translation>
            <numerusform>%n ڕووداو کە تەنها لە ئاستی پارێزگا یان ناڕوونتر شوێنیان دیاریکراوە لابران</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="149"/>
        <source>Hot spots in the dock need the incidents in memory, which this database cannot give: run them in Processing.</source>
        <translation>خاڵە گەرمەکانی پانێڵەکە پێویستیان بە ڕووداوەکانە لە بیرگەدا، کە ئەم بنکەدراوە نایدات: لە Processing بیانکە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="202"/>
        <source>Choose a district layer for districts as units.</source>
        <translation>چینێکی قەزاکان هەڵبژێرە بۆ بەکارهێنانی قەزاکان وەک یەکە.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="44"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>خاڵی گەرم، متمانەی 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="45"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>خاڵی گەرم، متمانەی 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="46"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>خاڵی گەرم، متمانەی 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="47"/>
        <source>Not significant</source>
        <translation>بێ بایەخی ئاماری</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="48"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>خاڵی سارد، متمانەی 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="49"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>خاڵی سارد، متمانەی 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="50"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>خاڵی سارد، متمانەی 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="52"/>
        <source>No neighbour within the distance band</source>
        <translation>هیچ دراوسێیەک لەناو مەودای دووریدا نییە</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. {method}. Produced {date} with Incident Atlas.</source>
        <translation>سەرچاوە: {sources}. پاڵاوتن: {filter}. {method}. لە {date} بە Incident Atlas بەرهەمهێنرا.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>hexagons</source>
        <translation>شەشپاڵووەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="19"/>
        <source> km</source>
        <translation> کم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="20"/>
        <source>From the data</source>
        <translation>لە داتاکەوە</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="183"/>
        <source>Incidents by province</source>
        <translation>ڕووداوەکان بەپێی پارێزگا</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Districts</source>
        <translation>قەزاکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="39"/>
        <source>A polygon layer of the project: geoBoundaries, OCHA COD-AB or your own</source>
        <translation>چینێکی فرەگۆشەی پرۆژەکە: geoBoundaries، OCHA COD-AB یان هی خۆت</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="40"/>
        <source>Get districts…</source>
        <translation>وەرگرتنی قەزاکان…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="41"/>
        <source>Download geoBoundaries&apos; open districts for the countries of the data</source>
        <translation>داگرتنی قەزا کراوەکانی geoBoundaries بۆ وڵاتانی داتاکە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="43"/>
        <source>Distance between neighbouring hexagons&apos; centres</source>
        <translation>دووری نێوان ناوەندی شەشپاڵووە دراوسێکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="45"/>
        <source>Units closer than this are neighbours; from the data: every unit has one</source>
        <translation>ئەو یەکانەی لەمە نزیکترن دراوسێن؛ لە داتاکەوە: هەر یەکەیەک دراوسێیەکی هەیە</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="49"/>
        <source>List a unit&apos;s incidents</source>
        <translation>لیستی ڕووداوەکانی یەکەیەک</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="51"/>
        <source>Click a unit on the map: its incidents are selected and listed</source>
        <translation>کرتە لە یەکەیەک بکە لەسەر نەخشەکە: ڕووداوەکانی هەڵدەبژێردرێن و لیست دەکرێن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="55"/>
        <source>Show</source>
        <translation>پیشاندان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="56"/>
        <source>Units</source>
        <translation>یەکەکان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="59"/>
        <source>Hexagon size</source>
        <translation>قەبارەی شەشپاڵوو</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="60"/>
        <source>Distance band</source>
        <translation>مەودای دووری</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/unit_incidents_tool.py" line="56"/>
        <source>{unit}: %n incidents selected</source>
        <translation>
            <numerusform>{unit}: %n ڕووداو هەڵبژێردران</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="67"/>
        <source>Districts (geoBoundaries)</source>
        <translation>قەزاکان (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="69"/>
        <source>QGIS cannot open the districts: {0}</source>
        <translation>QGIS ناتوانێت قەزاکان بکاتەوە: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="36"/>
        <source>Downloads geoBoundaries&apos; open administrative units (ADM2 districts, or ADM1) for the countries of the incident GeoPackage or PostGIS schema (or those given as ISO 3166 alpha-3 codes in COUNTRIES) through QGIS&apos;s network settings, and stores them in its districts table with each unit&apos;s source and licence (geoBoundaries&apos; gbOpen release: CC BY 4.0 or another open licence; cite it). OUTPUT is the layer to give to the hot spot algorithms as DISTRICTS.</source>
        <translation>یەکە کارگێڕییە کراوەکانی geoBoundaries (قەزاکانی ADM2، یان ADM1) بۆ وڵاتانی GeoPackage ی ڕووداوەکان یان شێمای PostGIS (یان ئەوانەی بە کۆدی ISO 3166 ی سێ پیتی لە COUNTRIES دراون) بە ڕێکخستنەکانی تۆڕی QGIS دادەگرێت، و لە خشتەی districts ی خۆیدا لەگەڵ سەرچاوە و مۆڵەتی هەر یەکەیەک هەڵیاندەگرێت (وەشانی gbOpen ی geoBoundaries: CC BY 4.0 یان مۆڵەتێکی کراوەی تر؛ ئاماژەی پێ بدە). OUTPUT ئەو چینەیە کە وەک DISTRICTS دەدرێت بە ئەلگۆریتمەکانی شوێنە گەرمەکان.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="62"/>
        <source>Exports the provinces coloured by the filtered incidents in a print layout (title and subtitle written from the filter, legend with class ranges, scale bar, north arrow, overview and the provenance of the data) as PDF, PNG or SVG, chosen by the output&apos;s extension. With ATLAS, one page per province with incidents. The brief template adds the change per province against BASELINE (DATE_FROM and DATE_TO are needed), a chart by INTERVAL and the top provinces&apos; sentences. The compare template adds, per province, each dataset&apos;s rows, the rows only it has and the share of events several datasets hold. MAP draws hot spots or emerging hot spots instead (Getis-Ord Gi* with the false discovery rate correction, as incidentatlas:hotspots and emerginghotspots) in HOT_SPOT_UNITS, with their legend and method in the provenance.</source>
        <translation>پارێزگاکان بە ڕەنگی ڕووداوە پاڵێوراوەکان لە نەخشەی چاپدا هەناردە دەکات (ناونیشان و ژێرناونیشان لە پاڵێوەرەوە، ڕێنما بە سنووری پۆلەکان، پێوەری دووری، تیری باکوور، نەخشەی گشتی و سەرچاوەی داتا) وەک PDF، PNG یان SVG بەپێی پاشگری فایلەکە. لەگەڵ ATLAS، لاپەڕەیەک بۆ هەر پارێزگایەک کە ڕووداوی تێدایە. قاڵبی کورتە گۆڕانی هەر پارێزگایەک بەرامبەر BASELINE زیاد دەکات (DATE_FROM و DATE_TO پێویستن)، هێڵکارییەک بەپێی INTERVAL و ڕستەکانی پارێزگا سەرەکییەکان. قاڵبی بەراورد بۆ هەر پارێزگایەک ڕیزەکانی هەر کۆمەڵە داتایەک، ئەوانەی تەنها ئەو هەیەتی و بەشی ئەو ڕووداوانەی چەند کۆمەڵەیەک هەیانە زیاد دەکات. MAP لە جیاتی ئەوە خاڵە گەرمەکان یان خاڵە گەرمە دەرکەوتووەکان دەکێشێت (Gi*ی گێتیس-ئۆرد لەگەڵ ڕاستکردنەوەی ڕێژەی دۆزینەوەی هەڵە، وەک incidentatlas:hotspots و emerginghotspots) لە HOT_SPOT_UNITS، لەگەڵ ڕێنما و ڕێگاکەیان لە سەرچاوەدا.</translation>
    </message>
</context>
</TS>
