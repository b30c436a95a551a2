<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="182"/>
        <source>Fixed breaks need at least two values, e.g. 0, 10, 50, 100</source>
        <translation>تحتاج الفواصل الثابتة إلى قيمتين على الأقل، مثلًا 0، 10، 50، 100</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="345"/>
        <source>&apos;{measure}&apos; needs {reason}, which this map does not have</source>
        <translation>يحتاج '{measure}' إلى {reason}، وهو غير متوفر في هذه الخريطة</translation>
    </message>
    <message>
        <location filename="../plugin/core/session/filter_session.py" line="77"/>
        <source>The data source refused the filter: {subset}</source>
        <translation>رفض مصدر البيانات التصفية: {subset}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="143"/>
        <source>The import was cancelled; the GeoPackage is unchanged.</source>
        <translation>أُلغي الاستيراد؛ ملف GeoPackage لم يتغير.</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/__init__.py" line="28"/>
        <source>Unknown format &apos;{source_format}&apos;; choose one of {names}</source>
        <translation>صيغة غير معروفة '{source_format}'؛ اختر واحدة من {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="157"/>
        <source>{name} has no header row</source>
        <translation>لا يحتوي {name} على سطر عناوين</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="167"/>
        <source>The column mapping does not fit the file: </source>
        <translation>مطابقة الأعمدة لا تناسب الملف: </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="161"/>
        <source>{name} is not a {chosen} file: it lacks {names}</source>
        <translation>{name} ليس ملف {chosen}: تنقصه الأعمدة {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_writer.py" line="108"/>
        <source>{name} is locked by another program (an editing session in QGIS?); close it and import again. ({error})</source>
        <translation>{name} مقفل من برنامج آخر (جلسة تحرير في QGIS؟)؛ أغلقه وأعد الاستيراد. ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="181"/>
        <source>The source file {source} does not exist</source>
        <translation>الملف المصدر {source} غير موجود</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage.py" line="70"/>
        <source>{name} is not an incident GeoPackage: </source>
        <translation>{name} ليس ملف GeoPackage للحوادث: </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="109"/>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="58"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="141"/>
        <source>all dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. Provinces coloured by {measure}, {classification}. Produced {date} with Incident Atlas.</source>
        <translation>المصدر: {sources}. التصفية: {filter}. المحافظات ملوّنة حسب {measure}، {classification}. أُنتجت في {date} بأطلس الحوادث.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="158"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>no filter</source>
        <translation>بلا تصفية</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents</source>
        <translation>عدد الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>fatalities</source>
        <translation>عدد القتلى</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 1,000 km²</source>
        <translation>الحوادث لكل 1000 كم²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 100,000 people</source>
        <translation>الحوادث لكل 100 ألف نسمة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period</source>
        <translation>التغير عن الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period (%)</source>
        <translation>التغير عن الفترة السابقة (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>primary</source>
        <translation>رئيسي</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>secondary</source>
        <translation>ثانوي</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>associated</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="204"/>
        <source>actors {actors} ({role})</source>
        <translation>الجهات الفاعلة {actors} ({role})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="206"/>
        <source>actors {actors}</source>
        <translation>الجهات الفاعلة {actors}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="208"/>
        <source>dates {start} to {end}</source>
        <translation>التواريخ من {start} إلى {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="214"/>
        <source>event types {types}</source>
        <translation>أنواع الأحداث {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="216"/>
        <source>sub-types {types}</source>
        <translation>الأنواع الفرعية {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="224"/>
        <source>location precision up to {level}</source>
        <translation>دقة الموقع حتى {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="226"/>
        <source>date precision up to {level}</source>
        <translation>دقة التاريخ حتى {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="230"/>
        <source>provinces {names}</source>
        <translation>المحافظات {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="232"/>
        <source>datasets {names}</source>
        <translation>مجموعات البيانات {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="239"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="76"/>
        <source>The layout template {path} cannot be read</source>
        <translation>تعذرت قراءة قالب التخطيط {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="84"/>
        <source>The layout template lacks the items {names}</source>
        <translation>تنقص قالب التخطيط العناصر {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="50"/>
        <source>Choose a .pdf, .png or .svg file, not {name}</source>
        <translation>اختر ملف .pdf أو .png أو .svg، لا {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="108"/>
        <source>Exporting {name} was cancelled</source>
        <translation>أُلغي تصدير {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="109"/>
        <source>Exporting {name} failed: {error}</source>
        <translation>فشل تصدير {name}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جنكس)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>quantiles</source>
        <translation>المئينات</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>equal intervals</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>pretty breaks</source>
        <translation>فواصل مقرّبة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>fixed breaks</source>
        <translation>فواصل ثابتة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="37"/>
        <source>{method}, {classes} classes</source>
        <translation>{method}، {classes} فئات</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/base.py" line="64"/>
        <source>QGIS cannot open the {table} layer of {name}</source>
        <translation>لا يستطيع QGIS فتح طبقة {table} من {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/state.py" line="120"/>
        <source>This file holds no Incident Atlas filter presets</source>
        <translation>لا يحتوي هذا الملف على تصفيات محفوظة لأطلس الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="189"/>
        <source>QGIS&apos;s admin-1 polygons were not found at {path}</source>
        <translation>لم يُعثر على مضلعات المستوى الإداري الأول في QGIS في {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="195"/>
        <source>The province layer &apos;{layer}&apos; is not a polygon layer</source>
        <translation>طبقة المحافظات '{layer}' ليست طبقة مضلعات</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="198"/>
        <source>The province layer &apos;{layer}&apos; has no field &apos;{field}&apos;</source>
        <translation>طبقة المحافظات '{layer}' ليس فيها الحقل '{field}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="252"/>
        <source>The province layer &apos;{layer}&apos; has no polygons where the incidents are</source>
        <translation>طبقة المحافظات '{layer}' ليس فيها مضلعات حيث تقع الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="320"/>
        <source>{path} does not exist</source>
        <translation>{path} غير موجود</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="323"/>
        <source>{name} is not a GeoPackage (not an SQLite database)</source>
        <translation>{name} ليس ملف GeoPackage (ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="330"/>
        <source>it has no gpkg_contents table, so it is not a GeoPackage</source>
        <translation>لا يحتوي على جدول gpkg_contents، فهو ليس ملف GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="200"/>
        <source>the table &apos;{table}&apos; is missing</source>
        <translation>الجدول '{table}' مفقود</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="205"/>
        <source>it records no schema_version</source>
        <translation>لا يسجّل أي schema_version</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="207"/>
        <source>it uses schema version {version}, newer than this plugin&apos;s {supported}: update the plugin</source>
        <translation>يستخدم إصدار المخطط {version}، وهو أحدث من إصدار هذه الإضافة {supported}: حدّث الإضافة</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="217"/>
        <source>the incidents table lacks the columns {names}</source>
        <translation>تنقص جدول الحوادث الأعمدة {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="343"/>
        <source>{name} cannot be read as a GeoPackage: {error}</source>
        <translation>لا يمكن قراءة {name} كملف GeoPackage: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="92"/>
        <source>Line {number}: the group [{name}] appears twice</source>
        <translation>السطر {number}: المجموعة [{name}] مكررة</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="95"/>
        <source>Line {number}: &apos;{line}&apos; comes before any [group] line</source>
        <translation>السطر {number}: '{line}' يأتي قبل أي سطر [مجموعة]</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="50"/>
        <source>The column mapping is not valid JSON: {error}</source>
        <translation>مطابقة الأعمدة ليست JSON صالحًا: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="52"/>
        <source>The column mapping must be a JSON object such as {&quot;event_id&quot;: &quot;id&quot;, ...}</source>
        <translation>يجب أن تكون مطابقة الأعمدة كائن JSON مثل {&quot;event_id&quot;: &quot;id&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="56"/>
        <source>Unknown keys in the column mapping: {names}</source>
        <translation>مفاتيح غير معروفة في مطابقة الأعمدة: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="231"/>
        <source>{name} is not valid {encoding} text: {reason}</source>
        <translation>{name} ليس نصًا صالحًا بترميز {encoding}: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="264"/>
        <source>{name} is empty</source>
        <translation>{name} فارغ</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="285"/>
        <source>{name} is not valid {encoding} text near line {start}: {reason}</source>
        <translation>{name} ليس نصًا صالحًا بترميز {encoding} قرب السطر {start}: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="314"/>
        <source>Reading .xlsx needs the Python package openpyxl: {error}</source>
        <translation>قراءة ملفات ‎.xlsx تحتاج حزمة بايثون openpyxl: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="134"/>
        <source>This file is not ACLED, UCDP GED or GTD; give a column mapping (e.g. {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</source>
        <translation>هذا الملف ليس من ACLED ولا UCDP GED ولا GTD؛ حدّد مطابقة للأعمدة (مثلًا {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="15"/>
        <source>Actor alias groups</source>
        <translation>مجموعات الأسماء البديلة للجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="18"/>
        <source>Each group starts with a [name] line; list one actor name per line below it.</source>
        <translation>تبدأ كل مجموعة بسطر [الاسم]؛ اكتب تحته اسم جهة فاعلة واحدة في كل سطر.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="29"/>
        <source>Incident Atlas</source>
        <translation>أطلس الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="67"/>
        <source>The incident GeoPackage the filter works on</source>
        <translation>ملف GeoPackage للحوادث الذي تعمل عليه التصفية</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="71"/>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="75"/>
        <source>Import incidents…</source>
        <translation>استيراد الحوادث…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="222"/>
        <source>No incident GeoPackage is open.</source>
        <translation>لا يوجد ملف GeoPackage للحوادث مفتوح.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="73"/>
        <source>Event types</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Fatalities and precision</source>
        <translation>القتلى والدقة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="127"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="131"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="132"/>
        <source>Export map…</source>
        <translation>تصدير الخريطة…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="269"/>
        <source>The filter could not be applied: {0}</source>
        <translation>تعذر تطبيق التصفية: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="276"/>
        <source>Counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="291"/>
        <source>Counting incidents failed: {0}</source>
        <translation>فشل عدّ الحوادث: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="86"/>
        <source>The map could not be styled: {0}</source>
        <translation>تعذر تنسيق الخريطة: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Exporting {0}</source>
        <translation>جارٍ تصدير {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="101"/>
        <source>Map exported to {0}</source>
        <translation>صُدّرت الخريطة إلى {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="74"/>
        <source>Save filter preset</source>
        <translation>حفظ التصفية</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="80"/>
        <source>Export presets</source>
        <translation>تصدير التصفيات المحفوظة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>Import presets</source>
        <translation>استيراد تصفيات محفوظة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="92"/>
        <source>Could not import presets: {0}</source>
        <translation>تعذر استيراد التصفيات المحفوظة: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="94"/>
        <source>Imported presets: {0}</source>
        <translation>التصفيات المحفوظة المستوردة: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="397"/>
        <source>Open incident GeoPackage</source>
        <translation>فتح ملف GeoPackage للحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="18"/>
        <source>Export map</source>
        <translation>تصدير الخريطة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 landscape</source>
        <translation>A4 أفقي</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 portrait</source>
        <translation>A4 عمودي</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Slide 16:9</source>
        <translation>شريحة 16:9</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="103"/>
        <source>One page per province with incidents</source>
        <translation>صفحة لكل محافظة وقعت فيها حوادث</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page per province</source>
        <translation>صفحة لكل محافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="97"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="42"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="43"/>
        <source>Subtitle</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="44"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="46"/>
        <source>Resolution (dpi)</source>
        <translation>الدقة (نقطة/بوصة)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="47"/>
        <source>File (.pdf, .png or .svg)</source>
        <translation>الملف (.pdf أو .png أو .svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="38"/>
        <source>Search actors…</source>
        <translation>ابحث عن جهة فاعلة…</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="138"/>
        <source>any role</source>
        <translation>أي دور</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="45"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="47"/>
        <source>Aliases…</source>
        <translation>الأسماء البديلة…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="48"/>
        <source>Edit which actor names count as one group (e.g. ISIS)</source>
        <translation>حدد أسماء الجهات الفاعلة التي تُعدّ مجموعة واحدة (مثل داعش ISIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>All dates</source>
        <translation>كل التواريخ</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 90 days</source>
        <translation>آخر 90 يومًا</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This quarter</source>
        <translation>هذا الربع</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This year</source>
        <translation>هذه السنة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="77"/>
        <source>Custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Link to Temporal Controller</source>
        <translation>الربط بوحدة التحكم الزمني</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Animation frames set these dates, and these dates set the animation range</source>
        <translation>إطارات الحركة تحدد هذه التواريخ، وهذه التواريخ تحدد مدى الحركة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="164"/>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="167"/>
        <source>Fatalities at least</source>
        <translation>القتلى على الأقل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="168"/>
        <source>Fatalities at most</source>
        <translation>القتلى على الأكثر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="169"/>
        <source>Location precision up to</source>
        <translation>دقة الموقع حتى</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="170"/>
        <source>Date precision up to</source>
        <translation>دقة التاريخ حتى</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="196"/>
        <source>1 exact · 2 near · 3 province / month · 4 anything</source>
        <translation>1 دقيق · 2 قريب · 3 محافظة / شهر · 4 أي دقة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/histogram.py" line="35"/>
        <source>Drag across the bars to choose a date range</source>
        <translation>اسحب عبر الأعمدة لاختيار مدى التواريخ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="40"/>
        <source>Importing incidents from {0}</source>
        <translation>جارٍ استيراد الحوادث من {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/dependencies.py" line="75"/>
        <source>Importing needs the Python packages {0}. Install them with: {1}</source>
        <translation>يحتاج الاستيراد إلى حزم بايثون {0}. ثبّتها بالأمر: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="48"/>
        <source>Incident file to import</source>
        <translation>ملف الحوادث المراد استيراده</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>Incident GeoPackage (created, or updated if it exists)</source>
        <translation>ملف GeoPackage للحوادث (يُنشأ، أو يُحدَّث إن كان موجودًا)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="26"/>
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="26"/>
        <source>Colour provinces</source>
        <translation>تلوين المحافظات</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="288"/>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Fatalities</source>
        <translation>القتلى</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 1,000 km²</source>
        <translation>الحوادث لكل 1000 كم²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 100,000 people</source>
        <translation>الحوادث لكل 100 ألف نسمة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period</source>
        <translation>التغير عن الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period, %</source>
        <translation>التغير عن الفترة السابقة، %</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Natural breaks (Jenks)</source>
        <translation>الفواصل الطبيعية (جنكس)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Quantile</source>
        <translation>المئينات</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Equal interval</source>
        <translation>فترات متساوية</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Pretty breaks</source>
        <translation>فواصل مقرّبة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Fixed breaks</source>
        <translation>فواصل ثابتة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="41"/>
        <source>e.g. 0, 5, 20, 50, 100</source>
        <translation>مثلًا 0، 5، 20، 50، 100</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="42"/>
        <source>Keep breaks</source>
        <translation>تثبيت الفواصل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="43"/>
        <source>Keep these breaks while the filter changes: maps stay comparable across dates and frames</source>
        <translation>ثبّت هذه الفواصل عند تغيير التصفية: تبقى الخرائط قابلة للمقارنة بين الفترات والإطارات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="79"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="49"/>
        <source>Classes by</source>
        <translation>التصنيف حسب</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="50"/>
        <source>Number of classes</source>
        <translation>عدد الفئات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="51"/>
        <source>Colour ramp</source>
        <translation>تدرج الألوان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="52"/>
        <source>Breaks</source>
        <translation>الفواصل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="110"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>‏'{0}' ليس رقمًا</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="25"/>
        <source>Saved filters</source>
        <translation>التصفيات المحفوظة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save the current filter under a name</source>
        <translation>احفظ التصفية الحالية باسم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete the chosen preset</source>
        <translation>احذف التصفية المختارة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Write all presets to a JSON file to share</source>
        <translation>اكتب كل التصفيات المحفوظة في ملف JSON لمشاركتها</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Add presets from a JSON file</source>
        <translation>أضف تصفيات محفوظة من ملف JSON</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="56"/>
        <source>Presets…</source>
        <translation>التصفيات المحفوظة…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="69"/>
        <source>Show or hide the Incident Atlas panel</source>
        <translation>إظهار لوحة أطلس الحوادث أو إخفاؤها</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="72"/>
        <source>Open incident GeoPackage…</source>
        <translation>فتح ملف GeoPackage للحوادث…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="23"/>
        <source>Check import dependencies</source>
        <translation>التحقق من متطلبات الاستيراد</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="26"/>
        <source>Checks that the Python packages bulk import needs (pandas, shapely 2) are installed in the Python QGIS runs on, and prints the command that installs any that are missing. Opening, filtering, styling and exporting need none of them.</source>
        <translation>يتحقق من تثبيت حزم بايثون التي يحتاجها الاستيراد الكبير (pandas و shapely 2) في بايثون الذي يعمل عليه QGIS، ويطبع الأمر الذي يثبّت الناقص منها. الفتح والتصفية والتنسيق والتصدير لا تحتاج أيًّا منها.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="36"/>
        <source>All import packages present</source>
        <translation>كل حزم الاستيراد موجودة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="37"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="43"/>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="46"/>
        <source>openpyxl is needed only to read .xlsx workbooks (GTD).</source>
        <translation>لا حاجة إلى openpyxl إلا لقراءة مصنفات ‎.xlsx (GTD).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="49"/>
        <source>Install the missing packages with:</source>
        <translation>ثبّت الحزم الناقصة بالأمر:</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="43"/>
        <source>Count incidents by province</source>
        <translation>عدّ الحوادث حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="46"/>
        <source>Counts the incidents matching the filter in every province of an incident GeoPackage, with fatalities, incidents per 1,000 km², per 100,000 people (where population is known), and the change against the previous period of equal length (when a date range is given). Provinces without incidents are kept, with 0. The counting runs in the database.</source>
        <translation>يعدّ الحوادث المطابقة للتصفية في كل محافظة من ملف GeoPackage للحوادث، مع القتلى، والحوادث لكل 1000 كم²، ولكل 100 ألف نسمة (حيث يُعرف عدد السكان)، والتغير عن الفترة السابقة المساوية لها في الطول (عند تحديد مدى تواريخ). تبقى المحافظات التي لا حوادث فيها، بقيمة 0. يجري العدّ داخل قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="58"/>
        <source>Provinces with counts</source>
        <translation>المحافظات مع الأعداد</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="59"/>
        <source>Export incident map</source>
        <translation>تصدير خريطة الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="82"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="87"/>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="100"/>
        <source>Title (default: written from the filter)</source>
        <translation>العنوان (افتراضيًا: يُكتب من التصفية)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>ملف الخريطة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="25"/>
        <source>Filter incidents</source>
        <translation>تصفية الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="28"/>
        <source>Writes the incidents of an incident GeoPackage that match the filter: actors (names or alias groups such as ISIS, in any or a given role), dates (inclusive), event types, fatalities and location precision. The same filter as the Incident Atlas panel.</source>
        <translation>يكتب حوادث ملف GeoPackage للحوادث التي تطابق التصفية: الجهات الفاعلة (أسماء أو مجموعات أسماء بديلة مثل ISIS، بأي دور أو بدور محدد)، والتواريخ (شاملة)، وأنواع الأحداث، والقتلى، ودقة الموقع. هي التصفية نفسها في لوحة أطلس الحوادث.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="39"/>
        <source>Filtered incidents</source>
        <translation>الحوادث المصفّاة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="251"/>
        <source>Could not read the incidents of {0}</source>
        <translation>تعذرت قراءة حوادث {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="55"/>
        <source>Incident GeoPackage</source>
        <translation>ملف GeoPackage للحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="75"/>
        <source>Actors: one actor or alias-group name, or a JSON array of names</source>
        <translation>الجهات الفاعلة: اسم جهة فاعلة أو مجموعة أسماء بديلة، أو مصفوفة JSON من الأسماء</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="80"/>
        <source>Actor role</source>
        <translation>دور الجهة الفاعلة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="88"/>
        <source>From date (YYYY-MM-DD)</source>
        <translation>من تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="89"/>
        <source>To date (YYYY-MM-DD), inclusive</source>
        <translation>إلى تاريخ (YYYY-MM-DD)، شاملًا</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="90"/>
        <source>Event types: one type, or a JSON array of types</source>
        <translation>أنواع الأحداث: نوع واحد، أو مصفوفة JSON من الأنواع</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Minimum fatalities</source>
        <translation>الحد الأدنى للقتلى</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Maximum fatalities</source>
        <translation>الحد الأقصى للقتلى</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="104"/>
        <source>Vaguest location precision kept (1 exact … 4 country)</source>
        <translation>أقل دقة موقع مقبولة (1 دقيق … 4 البلد)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="158"/>
        <source>Not a valid JSON array: {0}</source>
        <translation>ليست مصفوفة JSON صالحة: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="170"/>
        <source>{0} must be a date like 2020-01-31, not {1!r}</source>
        <translation>يجب أن يكون {0} تاريخًا مثل 2020-01-31، لا {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="191"/>
        <source>{0} is not an incident GeoPackage: {1}</source>
        <translation>{0} ليس ملف GeoPackage للحوادث: {1}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="45"/>
        <source>Import incidents</source>
        <translation>استيراد الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Detect from header</source>
        <translation>اكتشاف من سطر العناوين</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="130"/>
        <source>Generic CSV (needs a mapping)</source>
        <translation>CSV عام (يحتاج مطابقة للأعمدة)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="83"/>
        <source>Column mapping (JSON)</source>
        <translation>مطابقة الأعمدة (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="84"/>
        <source>Province polygons (default: Natural Earth admin-1)</source>
        <translation>مضلعات المحافظات (افتراضيًا: المستوى الإداري الأول من Natural Earth)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="92"/>
        <source>Province name field</source>
        <translation>حقل اسم المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="111"/>
        <source>Rows imported</source>
        <translation>الصفوف المستوردة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="112"/>
        <source>Rows rejected</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="143"/>
        <source>Cancelled: the GeoPackage is unchanged.</source>
        <translation>أُلغي: ملف GeoPackage لم يتغير.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="55"/>
        <source>{dataset} ({file}, imported {day})</source>
        <translation>{dataset} ({file}، استُورد في {day})</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="41"/>
        <source>&apos;{name}&apos; is not a usable schema name: letters, digits and _, not starting with a digit</source>
        <translation>'{name}' ليس اسم مخطط صالحًا: حروف وأرقام و _ ، ولا يبدأ برقم</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos; in QGIS</source>
        <translation>لا يوجد في QGIS اتصال PostgreSQL محفوظ باسم '{name}'</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="193"/>
        <source>Importing into PostgreSQL needs the Python package psycopg2 (Debian: python3-psycopg2)</source>
        <translation>يحتاج الاستيراد إلى PostgreSQL حزمة بايثون psycopg2 (في دبيان: python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="219"/>
        <source>Could not connect to &apos;{name}&apos;: {error}</source>
        <translation>تعذر الاتصال بـ '{name}': {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="162"/>
        <source>the schema &apos;{schema}&apos; holds no incident tables</source>
        <translation>المخطط '{schema}' لا يحتوي على جداول حوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="32"/>
        <source>Or a PostgreSQL/PostGIS connection</source>
        <translation>أو اتصال PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="63"/>
        <source>Schema of the incident tables</source>
        <translation>مخطط جداول الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="187"/>
        <source>Choose an incident GeoPackage or a PostgreSQL connection</source>
        <translation>اختر ملف GeoPackage للحوادث أو اتصال PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="37"/>
        <source>Schema for the incident tables (created if missing)</source>
        <translation>مخطط جداول الحوادث (يُنشأ إن لم يكن موجودًا)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="57"/>
        <source>Choose an output GeoPackage or a PostgreSQL connection</source>
        <translation>اختر ملف GeoPackage للإخراج أو اتصال PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="74"/>
        <source>PostGIS…</source>
        <translation>PostGIS…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="75"/>
        <source>Open the incidents a team keeps in a PostgreSQL/PostGIS database</source>
        <translation>افتح الحوادث التي يحفظها فريق في قاعدة بيانات PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="15"/>
        <source>Open incidents from PostGIS</source>
        <translation>فتح الحوادث من PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="20"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="21"/>
        <source>Schema</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <location filename="../plugin/gui/guard.py" line="34"/>
        <source>Something went wrong; nothing was lost and QGIS keeps running: {0}</source>
        <translation>حدث خطأ؛ لم يُفقد شيء ويواصل QGIS العمل: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="46"/>
        <source>{target}: another import (or a session holding a lock on its tables) is in the way; nothing was changed. Try again when it has finished.</source>
        <translation>{target}: عملية استيراد أخرى (أو جلسة تقفل جداوله) تعترض الطريق؛ لم يتغير شيء. أعد المحاولة عند انتهائها.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="122"/>
        <source>Alias groups (JSON object of group: [names]; empty: the plugin&apos;s built-in groups)</source>
        <translation>مجموعات الأسماء البديلة (كائن JSON بصيغة مجموعة: [أسماء]؛ فارغ: المجموعات المضمنة في الإضافة)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="239"/>
        <source>ALIAS_GROUPS is not valid JSON: {0}</source>
        <translation>ALIAS_GROUPS ليس JSON صالحًا: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="243"/>
        <source>ALIAS_GROUPS must be a JSON object of names, e.g. {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</source>
        <translation>يجب أن يكون ALIAS_GROUPS كائن JSON من الأسماء، مثل {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="21"/>
        <source>the same dates a year earlier ({start} to {end})</source>
        <translation>التواريخ نفسها قبل عام (من {start} إلى {end})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="38"/>
        <source>{share} of {total}</source>
        <translation>{share} من {total}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="43"/>
        <source>the data does not reach back to {baseline}</source>
        <translation>لا تمتد البيانات إلى {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="46"/>
        <source>a mean of {count}</source>
        <translation>متوسط {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>significant</source>
        <translation>دالّ إحصائيًا</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>not significant</source>
        <translation>غير دالّ إحصائيًا</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="50"/>
        <source>up from {before} in {baseline} ({change}, {verdict})</source>
        <translation>ارتفاعًا من {before} في {baseline} ({change}، {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="52"/>
        <source>down from {before} in {baseline} ({change}, {verdict})</source>
        <translation>انخفاضًا من {before} في {baseline} ({change}، {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="54"/>
        <source>the same as in {baseline}</source>
        <translation>العدد نفسه كما في {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="49"/>
        <source>Change by province</source>
        <translation>التغير حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="52"/>
        <source>Compares each province&apos;s incidents in the current period (DATE_FROM to DATE_TO) with a baseline: the previous period of equal length, the same dates a year earlier, or the mean of the N periods of equal length before. Each change gets an exact two-sided p-value (conditional binomial test; a Poisson test against the mean), Benjamini-Hochberg q-values across provinces, a direction (increase, decrease, none: q below ALPHA) and a sentence for a brief.</source>
        <translation>يقارن حوادث كل محافظة في الفترة الحالية (من DATE_FROM إلى DATE_TO) بخط أساس: الفترة السابقة المساوية في الطول، أو التواريخ نفسها قبل عام، أو متوسط الفترات الـN السابقة المساوية في الطول. يحصل كل تغير على قيمة p دقيقة ثنائية الطرف (اختبار ذي الحدين الشرطي؛ اختبار بواسون مقابل المتوسط)، وقيم q لبنجاميني-هوخبرغ عبر المحافظات، واتجاه (increase أو decrease أو none: q أقل من ALPHA)، وجملة لموجز.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the previous period</source>
        <translation>الفترة السابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the same dates a year earlier</source>
        <translation>التواريخ نفسها قبل عام</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the mean of N periods</source>
        <translation>متوسط N فترات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="19"/>
        <source>Baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="22"/>
        <source>N (mean baseline)</source>
        <translation>N (خط أساس المتوسط)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="32"/>
        <source>Significance level (q below it)</source>
        <translation>مستوى الدلالة (q أقل منه)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="66"/>
        <source>Provinces with change</source>
        <translation>المحافظات مع التغير</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="76"/>
        <source>DATE_FROM and DATE_TO give the current period: both are needed</source>
        <translation>يحدد DATE_FROM وDATE_TO الفترة الحالية: كلاهما مطلوب</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="37"/>
        <source>Trend by province</source>
        <translation>الاتجاه حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="40"/>
        <source>Incidents and fatalities matching the filter in every province and period (day, week, month, quarter or year), zeros included. Periods the date range cuts in two are marked partial. Weeks start on Monday, or on Saturday as in ACLED&apos;s weekly data.</source>
        <translation>الحوادث والقتلى المطابقة للمرشح في كل محافظة وفترة (يوم، أسبوع، شهر، ربع سنة أو سنة)، بما في ذلك الأصفار. تُعلَّم الفترات التي يقطعها نطاق التواريخ بأنها جزئية. تبدأ الأسابيع يوم الاثنين، أو يوم السبت كما في بيانات ACLED الأسبوعية.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>month</source>
        <translation>شهر</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>quarter</source>
        <translation>ربع سنة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>year</source>
        <translation>سنة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="44"/>
        <source>Interval</source>
        <translation>الفاصل الزمني</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="47"/>
        <source>Weeks start on</source>
        <translation>تبدأ الأسابيع يوم</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="52"/>
        <source>Incidents per province and period</source>
        <translation>الحوادث حسب المحافظة والفترة</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="49"/>
        <source>Choose a date range: it is the period compared with the baseline.</source>
        <translation>اختر نطاقًا زمنيًا: إنه الفترة التي تُقارن بخط الأساس.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Province</source>
        <translation>المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Periods</source>
        <translation>الفترات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="141"/>
        <source>p = {p}, q = {q}</source>
        <translation>p = {p}، q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Significant change against the previous period</source>
        <translation>تغير دالّ إحصائيًا مقارنة بالفترة السابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>significant change from the previous period (exact test, Benjamini-Hochberg q &lt; 0.05)</source>
        <translation>تغير دالّ إحصائيًا عن الفترة السابقة (اختبار دقيق، بنجاميني-هوخبرغ q &lt; 0.05)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant decrease ({count})</source>
        <translation>انخفاض دالّ ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>No significant change ({count})</source>
        <translation>لا تغير دالّ ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant increase ({count})</source>
        <translation>ارتفاع دالّ ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="36"/>
        <source>in three classes: significant increase, no significant change, significant decrease</source>
        <translation>في ثلاث فئات: ارتفاع دالّ، لا تغير دالّ، انخفاض دالّ</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Brief: map, trends and change (A4 portrait)</source>
        <translation>موجز: خريطة واتجاهات وتغيّر (A4 عمودي)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>compared period</source>
        <translation>الفترة المقارنة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>baseline</source>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="61"/>
        <source>highest: {count}</source>
        <translation>الأعلى: {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>a Poisson test of each count against the baseline&apos;s mean</source>
        <translation>اختبار بواسون لكل عدد مقابل متوسط خط الأساس</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>the exact test for two Poisson counts (conditional binomial)</source>
        <translation>الاختبار الدقيق لعددين من توزيع بواسون (ذو الحدين الشرطي)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="135"/>
        <source>q = {q}</source>
        <translation>q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="139"/>
        <source>Significance</source>
        <translation>الدلالة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/compare_layout.py" line="37"/>
        <source>No incidents</source>
        <translation>لا حوادث</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="187"/>
        <source>No incidents in the compared period or its baseline.</source>
        <translation>لا حوادث في الفترة المقارنة ولا في خط أساسها.</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="107"/>
        <source>The brief compares the chosen dates with a baseline: choose a date range.</source>
        <translation>يقارن الموجز التواريخ المختارة بخط أساس: اختر نطاقًا زمنيًا.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates, border moves and names</source>
        <translation>الإحداثيات والنقل عند الحدود والأسماء</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates and border moves</source>
        <translation>الإحداثيات والنقل عند الحدود</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates only</source>
        <translation>الإحداثيات فقط</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="35"/>
        <source>The folder {name} holds no .json files</source>
        <translation>المجلد {name} لا يحوي ملفات ‎.json</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="45"/>
        <source>{name} is not UTF-8 JSON: {reason}</source>
        <translation>{name} ليس JSON بترميز UTF-8: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="48"/>
        <source>{name} is not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>{name} ليس JSON صالحًا (السطر {line}، العمود {column}): {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="58"/>
        <source>{name} is an error response of the API, not data: {message}</source>
        <translation>{name} ردّ خطأ من واجهة البرمجة وليس بيانات: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="66"/>
        <source>{name} holds no list of records (ACLED&apos;s &quot;data&quot;, UCDP&apos;s &quot;Result&quot; or a JSON array)</source>
        <translation>{name} لا يحوي قائمة سجلات (&quot;data&quot; في ACLED أو &quot;Result&quot; في UCDP أو مصفوفة JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="238"/>
        <source>provinces from {methods}</source>
        <translation>المحافظات من {methods}</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layers.py" line="41"/>
        <source>{name} was upgraded to schema version {version}</source>
        <translation>رُقّي {name} إلى الإصدار {version} من المخطط</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="362"/>
        <source>{name} uses schema version {version} and cannot be written, so it cannot be upgraded to version {current}: copy it to a folder you can write to and open it there</source>
        <translation>{name} يستخدم الإصدار {version} من المخطط ولا يمكن الكتابة فيه، فلا يمكن ترقيته إلى الإصدار {current}: انسخه إلى مجلد يمكنك الكتابة فيه وافتحه هناك</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="382"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed (a copy is at {copy}): {error}</source>
        <translation>فشلت ترقية {name} إلى الإصدار {current} من المخطط ولم يتغير شيء (توجد نسخة في {copy}): {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="150"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed: {error}</source>
        <translation>فشلت ترقية {name} إلى الإصدار {current} من المخطط ولم يتغير شيء: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="174"/>
        <source>Provinces come from the coordinates; a border event just outside the country its source names is moved to that country&apos;s nearest province; a row without coordinates is placed by the province its source names.</source>
        <translation>تأتي المحافظات من الإحداثيات؛ والحدث الحدودي الواقع خارج البلد الذي يسمّيه مصدره بقليل يُنقل إلى أقرب محافظة في ذلك البلد؛ والصف بلا إحداثيات يوضع في المحافظة التي يسمّيها مصدره.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="181"/>
        <source>Provinces from</source>
        <translation>المحافظات من</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="114"/>
        <source>Provinces found from</source>
        <translation>المحافظات المحددة من</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident files (*.csv *.txt *.xlsx *.json)</source>
        <translation>ملفات الحوادث (*.csv *.txt *.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event id (empty: made from each row)</source>
        <translation>معرّف الحدث (فارغ: يُبنى من كل صف)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (primary)</source>
        <translation>الفاعل (الرئيسي)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (secondary) or target</source>
        <translation>الفاعل (الثانوي) أو الهدف</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Sub-event type</source>
        <translation>النوع الفرعي للحدث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Province (admin-1)</source>
        <translation>المحافظة (admin-1)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>District (admin-2)</source>
        <translation>القضاء (admin-2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Location precision (1-4)</source>
        <translation>دقة الموقع (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date precision (1-4)</source>
        <translation>دقة التاريخ (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="54"/>
        <source>Which column holds what: {name}</source>
        <translation>أي عمود يحوي ماذا: {name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="71"/>
        <source>Guessed from the header</source>
        <translation>مستنتَج من الترويسة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="74"/>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="75"/>
        <source>Mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="85"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="92"/>
        <source>strftime codes: %Y-%m-%d is 2020-01-31, %d/%m/%Y is 31/01/2020</source>
        <translation>رموز strftime: ‏%Y-%m-%d تعني 2020-01-31، و‏%d/%m/%Y تعني 31/01/2020</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="94"/>
        <source>Date format</source>
        <translation>صيغة التاريخ</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="96"/>
        <source>Dataset name</source>
        <translation>اسم مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="145"/>
        <source>Choose the columns for: {names}</source>
        <translation>اختر الأعمدة لـ: {names}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="147"/>
        <source>The date format {format} reads none of the dates shown, e.g. {example}</source>
        <translation>صيغة التاريخ {format} لا تقرأ أيًّا من التواريخ المعروضة، مثل {example}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Save the mapping</source>
        <translation>حفظ المطابقة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident file (CSV, Excel or API JSON)</source>
        <translation>ملف الحوادث (CSV أو Excel أو JSON من واجهة البرمجة)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="16"/>
        <source>Border events moved into the country their source names within (km; 0: never)</source>
        <translation>تُنقل الأحداث الحدودية إلى البلد الذي يسمّيه مصدرها ضمن (كم؛ 0: أبدًا)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="102"/>
        <source>Or a folder holding the JSON pages of one download</source>
        <translation>أو مجلد يحوي صفحات JSON لتنزيل واحد</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="129"/>
        <source>Choose an incident file (INPUT) or a folder of JSON pages (PAGES)</source>
        <translation>اختر ملف حوادث (INPUT) أو مجلد صفحات JSON ‏(PAGES)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="60"/>
        <source>weekly aggregates: no actors, dates by week</source>
        <translation>مجاميع أسبوعية: بلا فاعلين، والتواريخ بالأسبوع</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="297"/>
        <source>Aggregated data names no actors.</source>
        <translation>البيانات المجمّعة لا تسمّي فاعلين.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="48"/>
        <source>Imports an ACLED (every layout since the 2016 realtime files, and its weekly aggregated data), UCDP GED or GTD export as CSV, Excel or API JSON (or PAGES, a folder holding the JSON pages of one download), or any CSV with a column mapping, into an incident GeoPackage, or into a schema of a PostgreSQL/PostGIS database (DATABASE, a connection saved in QGIS, and SCHEMA). Each incident gets its province by point-in-polygon (Natural Earth admin-1 by default); a border event within BORDER_KM of the country its source names goes to that country&apos;s nearest province; a row without coordinates is placed by the province its source names. Rows that can&apos;t be used are kept in the rejected_rows table with their line number and reason. Importing the same file again changes nothing; a newer export updates changed events. MAPPING (generic CSV only) is JSON such as {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;}; without event_id each row gets an id made from it.</source>
        <translation>يستورد تصدير ACLED (كل تخطيطاته منذ ملفات 2016 الآنية، وبياناته المجمّعة أسبوعيًا) أو UCDP GED أو GTD بصيغة CSV أو Excel أو JSON من واجهة البرمجة (أو PAGES، مجلد يحوي صفحات JSON لتنزيل واحد)، أو أي ملف CSV مع مطابقة أعمدة، إلى GeoPackage للحوادث أو إلى مخطط في قاعدة بيانات PostgreSQL/PostGIS ‏(DATABASE، اتصال محفوظ في QGIS، وSCHEMA). تحصل كل حادثة على محافظتها بالنقطة داخل المضلّع (admin-1 من Natural Earth افتراضيًا)؛ والحدث الحدودي ضمن BORDER_KM من البلد الذي يسمّيه مصدره يذهب إلى أقرب محافظة في ذلك البلد؛ والصف بلا إحداثيات يوضع في المحافظة التي يسمّيها مصدره. تُحفظ الصفوف غير القابلة للاستخدام في جدول rejected_rows مع رقم السطر والسبب. إعادة استيراد الملف نفسه لا تغيّر شيئًا؛ والتصدير الأحدث يحدّث الأحداث المتغيرة. ‏MAPPING (لملفات CSV العامة فقط) هو JSON مثل {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;}؛ ومن دون event_id يحصل كل صف على معرّف مبني منه.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="56"/>
        <source>No change</source>
        <translation>لا تغيّر</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="58"/>
        <source>No fatalities</source>
        <translation>لا قتلى</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="39"/>
        <source>The download was cancelled; nothing was written.</source>
        <translation>أُلغي التنزيل؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="146"/>
        <source>{query}: no events match; nothing was written.</source>
        <translation>{query}: لا أحداث مطابقة؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="120"/>
        <source>{url} did not answer JSON: {error}</source>
        <translation>لم يُجب {url} بصيغة JSON: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="128"/>
        <source>{url} answered {status}: {answer}</source>
        <translation>أجاب {url} بـ{status}: {answer}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="135"/>
        <source>{url} did not answer</source>
        <translation>لم يُجب {url}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="125"/>
        <source>ACLED needs an account: give a user name and password</source>
        <translation>يتطلب ACLED حسابًا: أدخل اسم مستخدم وكلمة مرور</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="164"/>
        <source>ACLED refused the query: {message}</source>
        <translation>رفض ACLED الاستعلام: {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="35"/>
        <source>The authentication configuration {0} cannot be read</source>
        <translation>تعذّرت قراءة إعداد المصادقة {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="123"/>
        <source>Download incidents from ACLED</source>
        <translation>تنزيل الحوادث من ACLED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="42"/>
        <source>Countries: one name, or a JSON array</source>
        <translation>البلدان: اسم واحد أو مصفوفة JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="140"/>
        <source>Event types: one type, or a JSON array</source>
        <translation>أنواع الأحداث: نوع واحد أو مصفوفة JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="92"/>
        <source>COUNTRIES, DATE_FROM and DATE_TO say what to download: all are needed</source>
        <translation>تحدد COUNTRIES وDATE_FROM وDATE_TO ما يُنزَّل: كلها مطلوبة</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="24"/>
        <source>QGIS&apos;s authentication database is locked: unlock it (Settings &gt; Options &gt; Authentication) and run the download again</source>
        <translation>قاعدة بيانات المصادقة في QGIS مقفلة: افتحها (الإعدادات &gt; الخيارات &gt; المصادقة) ثم أعد التنزيل</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/gleditsch_ward.py" line="64"/>
        <source>UCDP&apos;s API selects countries by their Gleditsch-Ward number, and &apos;{name}&apos; is not one this plugin knows: give the number instead (Iraq is 645; UCDP&apos;s country_id column lists them)</source>
        <translation>تختار واجهة UCDP البلدان برقم Gleditsch-Ward، و«{name}» ليس بلدًا تعرفه هذه الإضافة: أعطِ الرقم بدلًا منه (العراق 645؛ يسردها عمود country_id في UCDP)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="130"/>
        <source>{url} cannot be reached: {error}. Check the network, QGIS&apos;s proxy settings and the address.</source>
        <translation>تعذّر الوصول إلى {url}: {error}. تحقّق من الشبكة وإعدادات الوكيل في QGIS والعنوان.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="140"/>
        <source>(the account was refused: check the user name and password, or the token)</source>
        <translation>(رُفض الحساب: تحقّق من اسم المستخدم وكلمة المرور، أو الرمز)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="142"/>
        <source>(the account has no access to this data)</source>
        <translation>(لا يملك الحساب صلاحية الوصول إلى هذه البيانات)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="144"/>
        <source>(the service is busy or failing; it was asked again and did not recover: try later)</source>
        <translation>(الخدمة مشغولة أو متعطّلة؛ أُعيد الطلب ولم تتعافَ: حاول لاحقًا)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="101"/>
        <source>ACLED&apos;s token service answered without a token: has its API changed?</source>
        <translation>أجابت خدمة الرموز في ACLED دون رمز: هل تغيّرت واجهتها البرمجية؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="167"/>
        <source>ACLED answered {what} without a list of records (&quot;data&quot;): has its API changed?</source>
        <translation>أجابت ACLED عن {what} دون قائمة سجلات (&quot;data&quot;): هل تغيّرت واجهتها البرمجية؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="194"/>
        <source>page {page}</source>
        <translation>الصفحة {page}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="205"/>
        <source>the deleted events</source>
        <translation>الأحداث المحذوفة</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="230"/>
        <source>UCDP answered without a list of events (&quot;Result&quot;): has its API changed?</source>
        <translation>أجاب UCDP دون قائمة أحداث (&quot;Result&quot;): هل تغيّرت واجهته البرمجية؟</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="232"/>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="76"/>
        <source>Download…</source>
        <translation>تنزيل…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="78"/>
        <source>Download, or update, incidents from ACLED&apos;s or UCDP&apos;s API</source>
        <translation>تنزيل الحوادث أو تحديثها من واجهة ACLED أو UCDP البرمجية</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="50"/>
        <source>Downloading {0}</source>
        <translation>جارٍ تنزيل {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="78"/>
        <source>{new} new, {updated} updated, {deleted} deleted, {rejected} rejected</source>
        <translation>{new} جديدة، {updated} محدّثة، {deleted} محذوفة، {rejected} مرفوضة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="36"/>
        <source>Download incidents</source>
        <translation>تنزيل الحوادث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="44"/>
        <source>Another GeoPackage…</source>
        <translation>حزمة GeoPackage أخرى…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="48"/>
        <source>Into</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="52"/>
        <source>A query downloaded into this store before: choose it to update it</source>
        <translation>استعلام نُزّل إلى هذا المخزن من قبل: اختره لتحديثه</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="53"/>
        <source>Earlier downloads</source>
        <translation>التنزيلات السابقة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="58"/>
        <source>Provider</source>
        <translation>المزوّد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="60"/>
        <source>Iraq, Syria</source>
        <translation>Iraq, Syria</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="61"/>
        <source>Country names, separated by commas (UCDP also takes Gleditsch-Ward numbers)</source>
        <translation>أسماء البلدان مفصولة بفواصل (يقبل UCDP أيضًا أرقام Gleditsch-Ward)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="62"/>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="69"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="70"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="72"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="75"/>
        <source>Candidate (monthly) release, e.g. 25.0.10</source>
        <translation>إصدار مرشّح (شهري)، مثل 25.0.10</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="196"/>
        <source>UCDP release</source>
        <translation>إصدار UCDP</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="79"/>
        <source>ACLED: a Basic configuration with your account&apos;s e-mail and password. UCDP: an API Header configuration with x-ucdp-access-token, or a Basic one holding the token as password.</source>
        <translation>ACLED: إعداد Basic ببريد حسابك الإلكتروني وكلمة مروره. UCDP: إعداد API Header يحوي x-ucdp-access-token، أو إعداد Basic كلمة مروره هي الرمز.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="85"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="86"/>
        <source>Only what changed since the last download of this query</source>
        <translation>ما تغيّر فقط منذ آخر تنزيل لهذا الاستعلام</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="92"/>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="121"/>
        <source>A new query</source>
        <translation>استعلام جديد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="158"/>
        <source>Name at least one country</source>
        <translation>اذكر بلدًا واحدًا على الأقل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="162"/>
        <source>The first day comes after the last</source>
        <translation>اليوم الأول يأتي بعد الأخير</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="170"/>
        <source>A candidate release is named like 25.0.10, a yearly one like 25.1</source>
        <translation>يُسمّى الإصدار المرشّح مثل 25.0.10، والسنوي مثل 25.1</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="182"/>
        <source>Choose the GeoPackage the events go into</source>
        <translation>اختر حزمة GeoPackage التي تذهب إليها الأحداث</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="47"/>
        <source>Only what changed since the last download</source>
        <translation>ما تغيّر فقط منذ آخر تنزيل</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="50"/>
        <source>Account (authentication)</source>
        <translation>الحساب (المصادقة)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="54"/>
        <source>API address (empty: the provider&apos;s)</source>
        <translation>عنوان الواجهة البرمجية (فارغ: عنوان المزوّد)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>New events</source>
        <translation>أحداث جديدة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events updated</source>
        <translation>أحداث محدّثة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events deleted</source>
        <translation>أحداث محذوفة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="126"/>
        <source>Downloads the ACLED events of COUNTRIES (one name, or a JSON array) between DATE_FROM and DATE_TO (and of EVENT_TYPES, if given) through ACLED&apos;s API (OAuth, every page), then imports them into an incident GeoPackage or PostGIS schema as one import: nothing is written until the download is complete. With UPDATE, only the events added or changed since the last download of the same query are fetched, and the events ACLED deleted since then are removed. The imports table names the API, the query and the access date, as ACLED&apos;s terms ask. The account comes from AUTHCFG (a Basic authentication configuration) or from the environment variables ACLED_USERNAME and ACLED_PASSWORD.</source>
        <translation>ينزّل أحداث ACLED للبلدان COUNTRIES (اسم واحد أو مصفوفة JSON) بين DATE_FROM وDATE_TO (ومن الأنواع EVENT_TYPES إن أُعطيت) عبر واجهة ACLED البرمجية (OAuth، كل الصفحات)، ثم يستوردها إلى GeoPackage حوادث أو مخطط PostGIS في استيراد واحد: لا يُكتب شيء قبل اكتمال التنزيل. مع UPDATE تُجلب فقط الأحداث المضافة أو المعدّلة منذ آخر تنزيل للاستعلام نفسه، وتُحذف الأحداث التي حذفتها ACLED منذ ذلك الحين. يذكر جدول الاستيرادات الواجهة والاستعلام وتاريخ الوصول كما تطلب شروط ACLED. يأتي الحساب من AUTHCFG (إعداد مصادقة Basic) أو من متغيّري البيئة ACLED_USERNAME وACLED_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="159"/>
        <source>Download incidents from UCDP GED</source>
        <translation>تنزيل الحوادث من UCDP GED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="162"/>
        <source>Downloads the UCDP GED events of COUNTRIES (names, or Gleditsch-Ward numbers such as 645 for Iraq) between DATE_FROM and DATE_TO (and of the types of violence in EVENT_TYPES: 1 state-based, 2 non-state, 3 one-sided) from the release VERSION (e.g. 25.1; a candidate release such as 25.0.10 with CANDIDATE), every page, then imports them as one import. The store then holds exactly that release&apos;s events of the query: events it no longer has are removed. UPDATE says so in the imports table. The token comes from AUTHCFG (an API Header configuration with x-ucdp-access-token, or a Basic one with the token as password) or from the environment variable UCDP_ACCESS_TOKEN.</source>
        <translation>ينزّل أحداث UCDP GED للبلدان COUNTRIES (أسماء، أو أرقام Gleditsch-Ward مثل 645 للعراق) بين DATE_FROM وDATE_TO (ومن أنواع العنف في EVENT_TYPES: 1 قائم على الدولة، 2 غير دولتي، 3 أحادي الجانب) من الإصدار VERSION (مثل 25.1؛ أو إصدار مرشّح مثل 25.0.10 مع CANDIDATE)، كل الصفحات، ثم يستوردها في استيراد واحد. يحوي المخزن بعدها أحداث ذلك الإصدار للاستعلام بالضبط: تُحذف الأحداث التي لم تعد فيه. يذكر UPDATE ذلك في جدول الاستيرادات. يأتي الرمز من AUTHCFG (إعداد API Header يحوي x-ucdp-access-token، أو Basic كلمة مروره الرمز) أو من متغيّر البيئة UCDP_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="176"/>
        <source>Types of violence: 1, 2, 3 or their names (a JSON array for several)</source>
        <translation>أنواع العنف: 1 أو 2 أو 3 أو أسماؤها (مصفوفة JSON لعدة أنواع)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="188"/>
        <source>UCDP&apos;s types of violence are 1, 2 and 3, not {0}</source>
        <translation>أنواع العنف في UCDP هي 1 و2 و3، لا {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="197"/>
        <source>A candidate (monthly) release</source>
        <translation>إصدار مرشّح (شهري)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="206"/>
        <source>A candidate release is named like 25.0.10 (year, 0, month): give it as VERSION</source>
        <translation>يُسمّى الإصدار المرشّح مثل 25.0.10 (السنة، 0، الشهر): أعطه في VERSION</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="210"/>
        <source>{0} is a candidate release: tick CANDIDATE</source>
        <translation>{0} إصدار مرشّح: فعّل CANDIDATE</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="149"/>
        <source>(each event counted once)</source>
        <translation>(كل حدث يُحسب مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="25"/>
        <source>Rows of each dataset under the other filters; none checked: every dataset</source>
        <translation>صفوف كل مجموعة بيانات تحت المرشّحات الأخرى؛ دون تحديد: كل المجموعات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="27"/>
        <source>Count each event once</source>
        <translation>احسب كل حدث مرة واحدة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="29"/>
        <source>Rows of different datasets with overlapping dates at nearby places are one event, counted once everywhere: summary, map, layouts and trends</source>
        <translation>الصفوف من مجموعات مختلفة بتواريخ متداخلة في أماكن متقاربة حدث واحد، يُحسب مرة واحدة في كل مكان: الملخّص والخريطة والتخطيطات والاتجاهات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="36"/>
        <source>Whose row and fatalities count for an event several datasets hold</source>
        <translation>صف أي مجموعة وقتلاها يُحسب لحدث تحويه عدة مجموعات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="39"/>
        <source>Fatalities of a linked event</source>
        <translation>قتلى الحدث المربوط</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="59"/>
        <source>The highest of the linked rows</source>
        <translation>الأعلى بين الصفوف المربوطة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="61"/>
        <source>{dataset}&apos;s</source>
        <translation>قتلى {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="34"/>
        <source>Compare datasets by province</source>
        <translation>قارن مجموعات البيانات حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="37"/>
        <source>For every province with incidents under the filter: the events counted once (rows of several datasets linked as one event count once), the events more than one dataset holds and their share, and for each dataset its rows there and the rows only it has (&lt;dataset&gt; and &lt;dataset&gt;_only). Do ACLED and UCDP agree about Diyala?</source>
        <translation>لكل محافظة فيها حوادث تحت المرشّح: الأحداث محسوبة مرة واحدة (صفوف عدة مجموعات مربوطة كحدث واحد تُحسب مرة)، والأحداث التي تحويها أكثر من مجموعة ونسبتها، ولكل مجموعة صفوفها هناك والصفوف التي تنفرد بها (&lt;dataset&gt; و&lt;dataset&gt;_only). هل تتفق ACLED وUCDP بشأن ديالى؟</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="49"/>
        <source>Datasets compared by province</source>
        <translation>مجموعات البيانات مقارنة حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="130"/>
        <source>Datasets: one name, or a JSON array (empty: every dataset)</source>
        <translation>مجموعات البيانات: اسم واحد أو مصفوفة JSON (فارغ: كل المجموعات)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="135"/>
        <source>Count each event once (rows of several datasets linked as one event)</source>
        <translation>احسب كل حدث مرة واحدة (صفوف عدة مجموعات مربوطة كحدث واحد)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="140"/>
        <source>Dataset whose row and fatalities count for a linked event (empty: the highest fatalities)</source>
        <translation>المجموعة التي يُحسب صفها وقتلاها لحدث مربوط (فارغ: أعلى عدد قتلى)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="22"/>
        <source>Compare datasets</source>
        <translation>قارن مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Held by several (%)</source>
        <translation>في عدة مجموعات (%)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="37"/>
        <source>only {dataset}</source>
        <translation>{dataset} فقط</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="41"/>
        <source>Compare datasets…</source>
        <translation>قارن المجموعات…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="42"/>
        <source>Per province: each dataset&apos;s rows, the rows only it has, the events they share</source>
        <translation>لكل محافظة: صفوف كل مجموعة، والصفوف التي تنفرد بها، والأحداث المشتركة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="59"/>
        <source>Over 100,000 incidents: their dots show when zoomed in beyond 1:2,500,000; the provinces show all.</source>
        <translation>أكثر من 100,000 حادث: تظهر نقاطها عند التكبير أبعد من 1:2,500,000؛ وتُظهرها المحافظات كلها.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Datasets compared: map and table by province (A4 portrait)</source>
        <translation>مقارنة مجموعات البيانات: خريطة وجدول حسب المحافظة (A4 عمودي)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: dates this many days apart still overlap</source>
        <translation>الحدث نفسه: تواريخ تفصلها هذه الأيام لا تزال متداخلة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: exact places this far apart (km) are one place</source>
        <translation>الحدث نفسه: الأماكن الدقيقة على هذا البعد (كم) مكان واحد</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="71"/>
        <source>Could not read the incidents of {name}: {error}</source>
        <translation>تعذّرت قراءة حوادث {name}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="166"/>
        <source>{name} (density)</source>
        <translation>{name} (الكثافة)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="192"/>
        <source>Countries (inset)</source>
        <translation>البلدان (خريطة مصغرة)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="201"/>
        <source>{name} (locator)</source>
        <translation>{name} (خريطة الموقع)</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="33"/>
        <source>Incident Atlas layout layers</source>
        <translation>طبقات تخطيطات Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="88"/>
        <source>{name} (print)</source>
        <translation>{name} (للطباعة)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="260"/>
        <source>No scale bar: the scale varies across a map this wide (equal-area projection).</source>
        <translation>لا مقياس رسم: يتغير المقياس عبر خريطة بهذا الاتساع (إسقاط متساوي المساحة).</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="280"/>
        <source>Incidents {per_unit}</source>
        <translation>الحوادث {per_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>by governorate</source>
        <translation>حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>by state</source>
        <translation>حسب الولاية</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>by oblast</source>
        <translation>حسب الأوبلاست</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>by region</source>
        <translation>حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>by province</source>
        <translation>حسب المقاطعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>per governorate</source>
        <translation>في كل محافظة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>per state</source>
        <translation>في كل ولاية</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>per oblast</source>
        <translation>في كل أوبلاست</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>per region</source>
        <translation>في كل منطقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>per province</source>
        <translation>في كل مقاطعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="113"/>
        <source>{actors} {event_types} {by_unit}</source>
        <translation>{event_types} {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="114"/>
        <source>{event_types} involving {actors} {by_unit}</source>
        <translation>{event_types} يشارك فيها {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="119"/>
        <source>{actors} attacks {by_unit}</source>
        <translation>هجمات {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="120"/>
        <source>Incidents involving {actors} {by_unit}</source>
        <translation>الحوادث التي يشارك فيها {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="121"/>
        <source>Incidents {by_unit}</source>
        <translation>الحوادث {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>Largest count first</source>
        <translation>الأكبر عددًا أولًا</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>By name</source>
        <translation>حسب الاسم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="45"/>
        <source>Page order</source>
        <translation>ترتيب الصفحات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="112"/>
        <source>Atlas pages</source>
        <translation>صفحات الأطلس</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="94"/>
        <source>one bar a {interval}</source>
        <translation>عمود لكل {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="95"/>
        <source>one bar a {interval} (by {asked}, too many bars)</source>
        <translation>عمود لكل {interval} (لكل {asked} تكون الأعمدة كثيرة جدًا)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="28"/>
        <source>{name} ({country})</source>
        <translation>{name} ({country})</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="82"/>
        <source>No earlier download found in {store}: {error}</source>
        <translation>لم يُعثر على تنزيل سابق في {store}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="123"/>
        <source>{query}: no earlier download of this query in the target, so all of it is downloaded</source>
        <translation>{query}: لا يوجد تنزيل سابق لهذا الاستعلام في الهدف، لذا يُنزَّل كاملًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/download/providers.py" line="181"/>
        <source>Page {page}: %n records</source>
        <translation>
            <numerusform>الصفحة {page}: %n سجل</numerusform>
            <numerusform>الصفحة {page}: سجل واحد</numerusform>
            <numerusform>الصفحة {page}: سجلان</numerusform>
            <numerusform>الصفحة {page}: %n سجلات</numerusform>
            <numerusform>الصفحة {page}: %n سجلًا</numerusform>
            <numerusform>الصفحة {page}: %n سجل</numerusform>
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
            <numerusform>قُرئ %n صف</numerusform>
            <numerusform>قُرئ صف واحد</numerusform>
            <numerusform>قُرئ صفان</numerusform>
            <numerusform>قُرئت %n صفوف</numerusform>
            <numerusform>قُرئ %n صفًا</numerusform>
            <numerusform>قُرئ %n صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n imported</source>
        <translation>
            <numerusform>استُورد %n</numerusform>
            <numerusform>استُورد %n</numerusform>
            <numerusform>استُورد %n</numerusform>
            <numerusform>استُورد %n</numerusform>
            <numerusform>استُورد %n</numerusform>
            <numerusform>استُورد %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
            <numerusform>%n جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n محدَّث</numerusform>
            <numerusform>%n محدَّث</numerusform>
            <numerusform>%n محدَّث</numerusform>
            <numerusform>%n محدَّث</numerusform>
            <numerusform>%n محدَّث</numerusform>
            <numerusform>%n محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>رُفض %n</numerusform>
            <numerusform>رُفض %n</numerusform>
            <numerusform>رُفض %n</numerusform>
            <numerusform>رُفض %n</numerusform>
            <numerusform>رُفض %n</numerusform>
            <numerusform>رُفض %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="102"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>حُذف %n</numerusform>
            <numerusform>حُذف %n</numerusform>
            <numerusform>حُذف %n</numerusform>
            <numerusform>حُذف %n</numerusform>
            <numerusform>حُذف %n</numerusform>
            <numerusform>حُذف %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="104"/>
        <source>%n rows linked to another dataset&apos;s row of the same event</source>
        <translation>
            <numerusform>%n صف مرتبط بصف من مجموعة بيانات أخرى للحدث نفسه</numerusform>
            <numerusform>صف واحد مرتبط بصف من مجموعة بيانات أخرى للحدث نفسه</numerusform>
            <numerusform>صفان مرتبطان بصفين من مجموعة بيانات أخرى للحدث نفسه</numerusform>
            <numerusform>%n صفوف مرتبطة بصفوف من مجموعة بيانات أخرى للحدث نفسه</numerusform>
            <numerusform>%n صفًا مرتبطًا بصف من مجموعة بيانات أخرى للحدث نفسه</numerusform>
            <numerusform>%n صف مرتبط بصف من مجموعة بيانات أخرى للحدث نفسه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="105"/>
        <source>%n outside every province polygon</source>
        <translation>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
            <numerusform>%n خارج كل مضلعات المحافظات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>{placed}, {moved}</source>
        <translation>{placed}، و{moved}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n placed by province name (no coordinates)</source>
        <translation>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
            <numerusform>%n وُضعت باسم المحافظة (بلا إحداثيات)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n border events moved to the nearest province of their country</source>
        <translation>
            <numerusform>%n حدث حدودي نُقل إلى أقرب محافظة في بلده</numerusform>
            <numerusform>حدث حدودي واحد نُقل إلى أقرب محافظة في بلده</numerusform>
            <numerusform>حدثان حدوديان نُقلا إلى أقرب محافظة في بلدهما</numerusform>
            <numerusform>%n أحداث حدودية نُقلت إلى أقرب محافظة في بلدها</numerusform>
            <numerusform>%n حدثًا حدوديًا نُقلت إلى أقرب محافظة في بلدها</numerusform>
            <numerusform>%n حدث حدودي نُقل إلى أقرب محافظة في بلده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="113"/>
        <source>%n rows with coordinates written with a decimal comma</source>
        <translation>
            <numerusform>%n صف كُتبت إحداثياته بفاصلة عشرية</numerusform>
            <numerusform>صف واحد كُتبت إحداثياته بفاصلة عشرية</numerusform>
            <numerusform>صفان كُتبت إحداثياتهما بفاصلة عشرية</numerusform>
            <numerusform>%n صفوف كُتبت إحداثياتها بفاصلة عشرية</numerusform>
            <numerusform>%n صفًا كُتبت إحداثياتها بفاصلة عشرية</numerusform>
            <numerusform>%n صف كُتبت إحداثياته بفاصلة عشرية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="115"/>
        <source>%n naming only a region of several provinces (no province, no point)</source>
        <translation>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
            <numerusform>%n تسمّي منطقة من عدة محافظات فقط (بلا محافظة ولا نقطة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="194"/>
        <source>{store} was upgraded to schema version {version} before the import</source>
        <translation>رُقّي {store} إلى الإصدار {version} من المخطط قبل الاستيراد</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="249"/>
        <source>Imported {source} into {store}: {summary}</source>
        <translation>استُورد {source} إلى {store}: {summary}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/brief.py" line="117"/>
        <source>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n provinces; significant where q &lt; {alpha}.</source>
        <translation>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر %n محافظة؛ دالّ حيث q &lt; {alpha}.</numerusform>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر محافظة واحدة؛ دالّ حيث q &lt; {alpha}.</numerusform>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر محافظتين؛ دالّ حيث q &lt; {alpha}.</numerusform>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر %n محافظات؛ دالّ حيث q &lt; {alpha}.</numerusform>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر %n محافظة؛ دالّ حيث q &lt; {alpha}.</numerusform>
            <numerusform>التغيّر: من {start} إلى {end} مقارنةً بـ{baseline}، باستخدام {test}؛ مع تصحيح بنجاميني-هوخبيرغ عبر %n محافظة؛ دالّ حيث q &lt; {alpha}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/compare_layout.py" line="33"/>
        <source>… and %n more provinces</source>
        <translation>
            <numerusform>… و%n محافظة أخرى</numerusform>
            <numerusform>… ومحافظة أخرى</numerusform>
            <numerusform>… ومحافظتان أخريان</numerusform>
            <numerusform>… و%n محافظات أخرى</numerusform>
            <numerusform>… و%n محافظة أخرى</numerusform>
            <numerusform>… و%n محافظة أخرى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/choropleth.py" line="197"/>
        <source>{range}  (%n provinces)</source>
        <translation>
            <numerusform>{range}  (%n محافظة)</numerusform>
            <numerusform>{range}  (محافظة واحدة)</numerusform>
            <numerusform>{range}  (محافظتان)</numerusform>
            <numerusform>{range}  (%n محافظات)</numerusform>
            <numerusform>{range}  (%n محافظة)</numerusform>
            <numerusform>{range}  (%n محافظة)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/classes.py" line="172"/>
        <source>%n classes, not {asked}: the data has only {distinct} distinct values above zero</source>
        <translation>
            <numerusform>%n فئة بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
            <numerusform>فئة واحدة بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
            <numerusform>فئتان بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
            <numerusform>%n فئات بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
            <numerusform>%n فئة بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
            <numerusform>%n فئة بدلًا من {asked}: في البيانات {distinct} قيم مختلفة فقط فوق الصفر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n حادث</numerusform>
            <numerusform>حادث واحد</numerusform>
            <numerusform>حادثان</numerusform>
            <numerusform>%n حوادث</numerusform>
            <numerusform>%n حادثًا</numerusform>
            <numerusform>%n حادث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n fatalities</source>
        <translation>
            <numerusform>%n قتيل</numerusform>
            <numerusform>قتيل واحد</numerusform>
            <numerusform>قتيلان</numerusform>
            <numerusform>%n قتلى</numerusform>
            <numerusform>%n قتيلًا</numerusform>
            <numerusform>%n قتيل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="167"/>
        <source>%n incidents without coordinates placed by the province their source names.</source>
        <translation>
            <numerusform>%n حادث بلا إحداثيات وُضع في المحافظة التي يسمّيها مصدره.</numerusform>
            <numerusform>حادث واحد بلا إحداثيات وُضع في المحافظة التي يسمّيها مصدره.</numerusform>
            <numerusform>حادثان بلا إحداثيات وُضعا في المحافظة التي يسمّيها مصدرهما.</numerusform>
            <numerusform>%n حوادث بلا إحداثيات وُضعت في المحافظة التي يسمّيها مصدرها.</numerusform>
            <numerusform>%n حادثًا بلا إحداثيات وُضعت في المحافظة التي يسمّيها مصدرها.</numerusform>
            <numerusform>%n حادث بلا إحداثيات وُضع في المحافظة التي يسمّيها مصدره.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="171"/>
        <source>%n border incidents moved to the nearest province of their country.</source>
        <translation>
            <numerusform>%n حادث حدودي نُقل إلى أقرب محافظة في بلده.</numerusform>
            <numerusform>حادث حدودي واحد نُقل إلى أقرب محافظة في بلده.</numerusform>
            <numerusform>حادثان حدوديان نُقلا إلى أقرب محافظة في بلدهما.</numerusform>
            <numerusform>%n حوادث حدودية نُقلت إلى أقرب محافظة في بلدها.</numerusform>
            <numerusform>%n حادثًا حدوديًا نُقلت إلى أقرب محافظة في بلدها.</numerusform>
            <numerusform>%n حادث حدودي نُقل إلى أقرب محافظة في بلده.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="175"/>
        <source>%n incidents name only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</source>
        <translation>
            <numerusform>%n حادث لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
            <numerusform>حادث واحد لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
            <numerusform>حادثان لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
            <numerusform>%n حوادث لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
            <numerusform>%n حادثًا لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
            <numerusform>%n حادث لا يذكر سوى منطقة تضم عدة مقاطعات (مثل أيرلندا الشمالية): محسوب في المجاميع، وليس على الخريطة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="182"/>
        <source>Datasets: {names}; %n rows describing an event another dataset also has are counted once (the same event: overlapping dates and nearby places, linked one to one).</source>
        <translation>
            <numerusform>مجموعات البيانات: {names}؛ %n صف تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
            <numerusform>مجموعات البيانات: {names}؛ صف واحد تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
            <numerusform>مجموعات البيانات: {names}؛ صفان تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
            <numerusform>مجموعات البيانات: {names}؛ %n صفوف تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
            <numerusform>مجموعات البيانات: {names}؛ %n صفًا تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
            <numerusform>مجموعات البيانات: {names}؛ %n صف تصف حدثًا تحويه مجموعة أخرى أيضًا تُحسب مرة واحدة (الحدث نفسه: تواريخ متداخلة وأماكن متقاربة، مربوطة واحدًا بواحد).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="220"/>
        <source>at least %n fatalities</source>
        <translation>
            <numerusform>%n قتيل على الأقل</numerusform>
            <numerusform>قتيل واحد على الأقل</numerusform>
            <numerusform>قتيلان على الأقل</numerusform>
            <numerusform>%n قتلى على الأقل</numerusform>
            <numerusform>%n قتيلًا على الأقل</numerusform>
            <numerusform>%n قتيل على الأقل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="222"/>
        <source>at most %n fatalities</source>
        <translation>
            <numerusform>%n قتيل على الأكثر</numerusform>
            <numerusform>قتيل واحد على الأكثر</numerusform>
            <numerusform>قتيلان على الأكثر</numerusform>
            <numerusform>%n قتلى على الأكثر</numerusform>
            <numerusform>%n قتيلًا على الأكثر</numerusform>
            <numerusform>%n قتيل على الأكثر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/column_source.py" line="133"/>
        <source>The columns of {name} were not cached: {error}</source>
        <translation>لم تُخزَّن أعمدة {name} مؤقتًا: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/column_source.py" line="163"/>
        <source>Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)</source>
        <translation>
            <numerusform>حُذف من {folder} %n مجموعة من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
            <numerusform>حُذف من {folder} مجموعة واحدة من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
            <numerusform>حُذف من {folder} مجموعتان من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
            <numerusform>حُذف من {folder} %n مجموعات من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
            <numerusform>حُذف من {folder} %n مجموعة من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
            <numerusform>حُذف من {folder} %n مجموعة من الأعمدة المخزّنة مؤقتًا (ملفات GeoPackage محذوفة، أو تجاوز الحد)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n provinces</source>
        <translation>
            <numerusform>%n محافظة</numerusform>
            <numerusform>محافظة واحدة</numerusform>
            <numerusform>محافظتان</numerusform>
            <numerusform>%n محافظات</numerusform>
            <numerusform>%n محافظة</numerusform>
            <numerusform>%n محافظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="62"/>
        <source>%n rows linked to another dataset&apos;s and counted once</source>
        <translation>
            <numerusform>%n صف مربوط بصف مجموعة أخرى ومحسوب مرة واحدة</numerusform>
            <numerusform>صف واحد مربوط بصف مجموعة أخرى ومحسوب مرة واحدة</numerusform>
            <numerusform>صفان مربوطان بصفي مجموعة أخرى ومحسوبان مرة واحدة</numerusform>
            <numerusform>%n صفوف مربوطة بصفوف مجموعة أخرى ومحسوبة مرة واحدة</numerusform>
            <numerusform>%n صفًا مربوطة بصفوف مجموعة أخرى ومحسوبة مرة واحدة</numerusform>
            <numerusform>%n صف مربوط بصف مجموعة أخرى ومحسوب مرة واحدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="177"/>
        <source>{name}: changes to incidents are now tracked (data_changes)</source>
        <translation>{name}: تُتتبَّع تغييرات الحوادث الآن (data_changes)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="179"/>
        <source>{name}: changes are not tracked, counts come from the server: {error}</source>
        <translation>{name}: التغييرات غير متتبَّعة، والأعداد تأتي من الخادم: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="54"/>
        <source>{name}: counting on the server ({error})</source>
        <translation>{name}: العدّ على الخادم ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="269"/>
        <source>{name}: default styles not stored ({problem})</source>
        <translation>{name}: لم تُخزَّن الأنماط الافتراضية ({problem})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tasks.py" line="38"/>
        <source>{task} failed: {error}</source>
        <translation>فشل {task}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="18"/>
        <source>the previous %n days</source>
        <translation>
            <numerusform>الأيام الـ%n السابقة</numerusform>
            <numerusform>اليوم السابق</numerusform>
            <numerusform>اليومين السابقين</numerusform>
            <numerusform>الأيام الـ%n السابقة</numerusform>
            <numerusform>الأيام الـ%n السابقة</numerusform>
            <numerusform>الأيام الـ%n السابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="24"/>
        <source>the %n periods of equal length before</source>
        <translation>
            <numerusform>الفترات الـ%n السابقة المساوية في الطول</numerusform>
            <numerusform>الفترة السابقة المساوية في الطول</numerusform>
            <numerusform>الفترتين السابقتين المساويتين في الطول</numerusform>
            <numerusform>الفترات الـ%n السابقة المساوية في الطول</numerusform>
            <numerusform>الفترات الـ%n السابقة المساوية في الطول</numerusform>
            <numerusform>الفترات الـ%n السابقة المساوية في الطول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="32"/>
        <source>{province}: %n incidents from {start} to {end}</source>
        <translation>
            <numerusform>{province}: %n حادث من {start} إلى {end}</numerusform>
            <numerusform>{province}: حادث واحد من {start} إلى {end}</numerusform>
            <numerusform>{province}: حادثان من {start} إلى {end}</numerusform>
            <numerusform>{province}: %n حوادث من {start} إلى {end}</numerusform>
            <numerusform>{province}: %n حادثًا من {start} إلى {end}</numerusform>
            <numerusform>{province}: %n حادث من {start} إلى {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/compare_dialog.py" line="27"/>
        <source>%n events; {linked} ({share} %) held by more than one dataset</source>
        <translation>
            <numerusform>%n حدث؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
            <numerusform>حدث واحد؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
            <numerusform>حدثان؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
            <numerusform>%n أحداث؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
            <numerusform>%n حدثًا؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
            <numerusform>%n حدث؛ {linked} ({share} %) تحويها أكثر من مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/mapping_dialog.py" line="153"/>
        <source>The date format reads {read} of the %n dates shown.</source>
        <translation>
            <numerusform>تقرأ صيغة التاريخ {read} من التواريخ المعروضة وعددها %n.</numerusform>
            <numerusform>تقرأ صيغة التاريخ {read} من التاريخ المعروض الوحيد.</numerusform>
            <numerusform>تقرأ صيغة التاريخ {read} من التاريخين المعروضين.</numerusform>
            <numerusform>تقرأ صيغة التاريخ {read} من %n تواريخ معروضة.</numerusform>
            <numerusform>تقرأ صيغة التاريخ {read} من %n تاريخًا معروضًا.</numerusform>
            <numerusform>تقرأ صيغة التاريخ {read} من %n تاريخ معروض.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/compare_datasets.py" line="82"/>
        <source>%n provinces; datasets: {names}</source>
        <translation>
            <numerusform>%n محافظة؛ مجموعات البيانات: {names}</numerusform>
            <numerusform>محافظة واحدة؛ مجموعات البيانات: {names}</numerusform>
            <numerusform>محافظتان؛ مجموعات البيانات: {names}</numerusform>
            <numerusform>%n محافظات؛ مجموعات البيانات: {names}</numerusform>
            <numerusform>%n محافظة؛ مجموعات البيانات: {names}</numerusform>
            <numerusform>%n محافظة؛ مجموعات البيانات: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>%n incidents match: {0}</source>
        <translation>
            <numerusform>%n حادث مطابق: {0}</numerusform>
            <numerusform>حادث واحد مطابق: {0}</numerusform>
            <numerusform>حادثان مطابقان: {0}</numerusform>
            <numerusform>%n حوادث مطابقة: {0}</numerusform>
            <numerusform>%n حادثًا مطابقًا: {0}</numerusform>
            <numerusform>%n حادث مطابق: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/import_incidents.py" line="149"/>
        <source>{0}: the source says &apos;{1}&apos; for %n incidents placed in &apos;{2}&apos;</source>
        <translation>
            <numerusform>{0}: يذكر المصدر '{1}' لـ %n حادث وقع في '{2}'</numerusform>
            <numerusform>{0}: يذكر المصدر '{1}' لـ حادث واحد وقع في '{2}'</numerusform>
            <numerusform>{0}: يذكر المصدر '{1}' لـ حادثين وقعا في '{2}'</numerusform>
            <numerusform>{0}: يذكر المصدر '{1}' لـ %n حوادث وقعت في '{2}'</numerusform>
            <numerusform>{0}: يذكر المصدر '{1}' لـ %n حادثًا وقعت في '{2}'</numerusform>
            <numerusform>{0}: يذكر المصدر '{1}' لـ %n حادث وقعت في '{2}'</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/styles.py" line="118"/>
        <source>Could not write the default style of {table}: {error}</source>
        <translation>تعذّرت كتابة النمط الافتراضي لـ{table}: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="81"/>
        <source>the mean baseline needs at least one period</source>
        <translation>يحتاج خط الأساس المتوسط إلى فترة واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="104"/>
        <source>change against a baseline needs the current period&apos;s dates (from and to)</source>
        <translation>يحتاج التغيّر مقارنةً بخط أساس إلى تواريخ الفترة الحالية (من وإلى)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="72"/>
        <source>Hot spots need at least {minimum} units; the study area has {units}.</source>
        <translation>يحتاج تحليل البؤر الساخنة إلى {minimum} وحدة على الأقل؛ في منطقة الدراسة {units}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="78"/>
        <source>Every unit has the same count: there is no pattern to test.</source>
        <translation>لكل الوحدات العدد نفسه: لا نمط لاختباره.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="120"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>البؤر الساخنة (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="123"/>
        <source>Where the filtered incidents cluster: Getis-Ord Gi* for each unit (equal-area hexagons over the provinces of the countries with incidents, a district layer, or the provinces), with binary weights within a distance band and the unit itself included. gi_bin is 3, 2 or 1 for a hot spot at 99, 95 or 90 % confidence after the Benjamini-Hochberg false discovery rate correction, negative for a cold spot, 0 otherwise; a unit without a neighbour within the band gets NULL. CELL_SIZE is the distance between neighbouring hexagons&apos; centres in metres, DISTANCE_BAND the band in metres (0: chosen from the data, both reported). Incidents placed only at a province&apos;s centre are left out of hexagons and districts unless MAX_GEO_PRECISION says otherwise (default 2), and counted in the log.</source>
        <translation>أين تتجمّع الحوادث المصفّاة: إحصاء Getis-Ord Gi* لكل وحدة (سداسيات متساوية المساحة فوق محافظات البلدان التي فيها حوادث، أو طبقة أقضية، أو المحافظات)، بأوزان ثنائية ضمن نطاق مسافة مع احتساب الوحدة نفسها. قيمة gi_bin هي 3 أو 2 أو 1 لبؤرة ساخنة بثقة 99 أو 95 أو 90 % بعد تصحيح بنجاميني-هوخبيرغ لمعدل الاكتشافات الخاطئة، وسالبة للبؤرة الباردة، و0 فيما عدا ذلك؛ والوحدة التي لا جار لها ضمن النطاق تأخذ NULL. CELL_SIZE هي المسافة بالأمتار بين مراكز السداسيات المتجاورة، وDISTANCE_BAND النطاق بالأمتار (0: يُختار من البيانات، ويُذكر كلاهما). تُستبعد من السداسيات والأقضية الحوادث الموضوعة في مركز المحافظة فقط ما لم يحدد MAX_GEO_PRECISION غير ذلك (2 افتراضيًا)، ويُذكر عددها في السجل.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="59"/>
        <source>Units of analysis</source>
        <translation>وحدات التحليل</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Hexagons</source>
        <translation>سداسيات</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Provinces</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="62"/>
        <source>District polygons (for districts)</source>
        <translation>مضلعات الأقضية (للأقضية)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Hexagon size: metres between neighbouring centres (0: from the data)</source>
        <translation>حجم السداسيات: الأمتار بين المراكز المتجاورة (0: من البيانات)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Distance band in metres (0: the smallest giving every unit a neighbour)</source>
        <translation>نطاق المسافة بالأمتار (0: أصغر نطاق يعطي كل وحدة جارًا)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="147"/>
        <source>Hot spots</source>
        <translation>البؤر الساخنة</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="224"/>
        <source>%n incidents left out: located vaguer than the precision asked, or without a point</source>
        <translation>
            <numerusform>استُبعد %n حادث: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
            <numerusform>استُبعد حادث واحد: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
            <numerusform>استُبعد حادثان: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
            <numerusform>استُبعد %n حوادث: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
            <numerusform>استُبعد %n حادثًا: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
            <numerusform>استُبعد %n حادث: موقعه أقل دقة من المطلوب، أو بلا نقطة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="230"/>
        <source>No incident matches the filter: there is no study area.</source>
        <translation>لا حادث يطابق المرشح: لا توجد منطقة دراسة.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source>Hexagons: {cells} cells, {size} m between neighbouring centres{chosen}</source>
        <translation>السداسيات: {cells} خلية، {size} م بين المراكز المتجاورة{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source> (chosen from the data)</source>
        <translation> (مختار من البيانات)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="243"/>
        <source>%n incidents fall in no unit</source>
        <translation>
            <numerusform>%n حادث لا يقع في أي وحدة</numerusform>
            <numerusform>حادث واحد لا يقع في أي وحدة</numerusform>
            <numerusform>حادثان لا يقعان في أي وحدة</numerusform>
            <numerusform>%n حوادث لا تقع في أي وحدة</numerusform>
            <numerusform>%n حادثًا لا تقع في أي وحدة</numerusform>
            <numerusform>%n حادث لا يقع في أي وحدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source>Distance band: {band} m{chosen}</source>
        <translation>نطاق المسافة: {band} م{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source> (the smallest giving every unit a neighbour)</source>
        <translation> (أصغر نطاق يعطي كل وحدة جارًا)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="162"/>
        <source>%n units have no neighbour within the band: NULL</source>
        <translation>
            <numerusform>%n وحدة بلا جار ضمن النطاق: NULL</numerusform>
            <numerusform>وحدة واحدة بلا جار ضمن النطاق: NULL</numerusform>
            <numerusform>وحدتان بلا جار ضمن النطاق: NULL</numerusform>
            <numerusform>%n وحدات بلا جار ضمن النطاق: NULL</numerusform>
            <numerusform>%n وحدة بلا جار ضمن النطاق: NULL</numerusform>
            <numerusform>%n وحدة بلا جار ضمن النطاق: NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="92"/>
        <source>Choose a district layer (DISTRICTS) for districts as units.</source>
        <translation>اختر طبقة أقضية (DISTRICTS) لاستخدام الأقضية وحداتٍ.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="218"/>
        <source>target types {types}</source>
        <translation>أنواع الأهداف {types}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Target types</source>
        <translation>أنواع الأهداف</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="93"/>
        <source>Target types (GTD): one type, or a JSON array of types</source>
        <translation>أنواع الأهداف (GTD): نوع واحد، أو مصفوفة JSON من الأنواع</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="40"/>
        <source>New hot spot</source>
        <translation>بؤرة ساخنة جديدة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="41"/>
        <source>Consecutive hot spot</source>
        <translation>بؤرة ساخنة متتالية</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="42"/>
        <source>Intensifying hot spot</source>
        <translation>بؤرة ساخنة متصاعدة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="43"/>
        <source>Persistent hot spot</source>
        <translation>بؤرة ساخنة مستمرة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="44"/>
        <source>Diminishing hot spot</source>
        <translation>بؤرة ساخنة متراجعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="45"/>
        <source>Sporadic hot spot</source>
        <translation>بؤرة ساخنة متقطعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="46"/>
        <source>Oscillating hot spot</source>
        <translation>بؤرة ساخنة متذبذبة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="47"/>
        <source>Historical hot spot</source>
        <translation>بؤرة ساخنة سابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="48"/>
        <source>New cold spot</source>
        <translation>بؤرة باردة جديدة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="49"/>
        <source>Consecutive cold spot</source>
        <translation>بؤرة باردة متتالية</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="50"/>
        <source>Intensifying cold spot</source>
        <translation>بؤرة باردة متصاعدة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="51"/>
        <source>Persistent cold spot</source>
        <translation>بؤرة باردة مستمرة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="52"/>
        <source>Diminishing cold spot</source>
        <translation>بؤرة باردة متراجعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="53"/>
        <source>Sporadic cold spot</source>
        <translation>بؤرة باردة متقطعة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="54"/>
        <source>Oscillating cold spot</source>
        <translation>بؤرة باردة متذبذبة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="55"/>
        <source>Historical cold spot</source>
        <translation>بؤرة باردة سابقة</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="56"/>
        <source>No pattern detected</source>
        <translation>لم يُرصد نمط</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="177"/>
        <source>Emerging hot spots need at least {minimum} time steps; the dates give {steps}.</source>
        <translation>تحتاج البؤر الساخنة الناشئة إلى {minimum} خطوة زمنية على الأقل؛ تعطي التواريخ {steps}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="75"/>
        <source>Emerging hot spots</source>
        <translation>البؤر الساخنة الناشئة</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="56"/>
        <source>Which clusters are new, growing, fading or gone: Getis-Ord Gi* for each unit in each step of INTERVAL between DATE_FROM and DATE_TO (the data&apos;s first and last dates if not given), with the neighbours within the distance band in the same step and the step before, corrected for the false discovery rate across all unit-steps; a Mann-Kendall trend on each unit&apos;s z series; and the categories of ArcGIS Pro&apos;s Emerging Hot Spot Analysis (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots, no pattern), with the rules in the README. Needs at least 30 units and 10 steps.</source>
        <translation>أي التجمعات جديدة أو متنامية أو متراجعة أو زائلة: إحصاء Getis-Ord Gi* لكل وحدة في كل خطوة من INTERVAL بين DATE_FROM وDATE_TO (أول تاريخ وآخره في البيانات إن لم يُحدَّدا)، مع الجيران ضمن نطاق المسافة في الخطوة نفسها والخطوة السابقة، مصحّحًا لمعدل الاكتشافات الخاطئة عبر كل الوحدات والخطوات؛ واتجاه مان-كندال على سلسلة قيم z لكل وحدة؛ وفئات تحليل البؤر الساخنة الناشئة في ArcGIS Pro (بؤر ساخنة وباردة جديدة ومتتالية ومتصاعدة ومستمرة ومتراجعة ومتقطعة ومتذبذبة وسابقة، ولا نمط)، وفق القواعد في README. يحتاج إلى 30 وحدة و10 خطوات على الأقل.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="83"/>
        <source>Time step</source>
        <translation>الخطوة الزمنية</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/emerging_hot_spots.py" line="104"/>
        <source>%n time steps from {start} to {end}</source>
        <translation>
            <numerusform>%n خطوة زمنية من {start} إلى {end}</numerusform>
            <numerusform>خطوة زمنية واحدة من {start} إلى {end}</numerusform>
            <numerusform>خطوتان زمنيتان من {start} إلى {end}</numerusform>
            <numerusform>%n خطوات زمنية من {start} إلى {end}</numerusform>
            <numerusform>%n خطوة زمنية من {start} إلى {end}</numerusform>
            <numerusform>%n خطوة زمنية من {start} إلى {end}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="77"/>
        <source>No country to download districts for: the store has no incident in a province.</source>
        <translation>لا بلد لتنزيل أقضيته: لا حوادث في أي محافظة في المخزن.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="87"/>
        <source>geoBoundaries has no {level} boundaries for {country}</source>
        <translation>لا توجد لدى geoBoundaries حدود {level} لـ{country}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="112"/>
        <source>geoBoundaries&apos; file for {country} cannot be read</source>
        <translation>تتعذّر قراءة ملف geoBoundaries لـ{country}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="164"/>
        <source>The districts could not be written: {error}</source>
        <translation>تعذّرت كتابة الأقضية: {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="33"/>
        <source>Get districts (geoBoundaries)</source>
        <translation>جلب الأقضية (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="50"/>
        <source>Countries: ISO 3166 alpha-3 codes, comma-separated (empty: the store&apos;s)</source>
        <translation>البلدان: رموز ISO 3166 الثلاثية مفصولة بفواصل (فارغ: بلدان المخزن)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="57"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="58"/>
        <source>geoBoundaries API</source>
        <translation>واجهة geoBoundaries البرمجية</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="61"/>
        <source>District layer</source>
        <translation>طبقة الأقضية</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/get_districts.py" line="74"/>
        <source>{country} {level}: %n units; source {source}; licence {licence}</source>
        <translation>
            <numerusform>{country} {level}: %n وحدة؛ المصدر {source}؛ الترخيص {licence}</numerusform>
            <numerusform>{country} {level}: وحدة واحدة؛ المصدر {source}؛ الترخيص {licence}</numerusform>
            <numerusform>{country} {level}: وحدتان؛ المصدر {source}؛ الترخيص {licence}</numerusform>
            <numerusform>{country} {level}: %n وحدات؛ المصدر {source}؛ الترخيص {licence}</numerusform>
            <numerusform>{country} {level}: %n وحدة؛ المصدر {source}؛ الترخيص {licence}</numerusform>
            <numerusform>{country} {level}: %n وحدة؛ المصدر {source}؛ الترخيص {licence}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>provinces</source>
        <translation>المحافظات</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="101"/>
        <source>hexagons {size} km across</source>
        <translation>سداسيات بعرض {size} كم</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="102"/>
        <source>districts ({layer})</source>
        <translation>الأقضية ({layer})</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>districts</source>
        <translation>الأقضية</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="109"/>
        <source>Emerging hot spots: space-time Getis-Ord Gi* in {units}, {steps} steps of a {interval}</source>
        <translation>البؤر الساخنة الناشئة: Gi* لغيتيس-أورد الزماني المكاني في {units}، {steps} خطوة بطول {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="112"/>
        <source>Mann-Kendall trend</source>
        <translation>اتجاه مان-كندال</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="115"/>
        <source>Hot spots: Getis-Ord Gi* in {units}</source>
        <translation>البؤر الساخنة: Gi* لغيتيس-أورد في {units}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km (chosen from the data)</source>
        <translation>نطاق المسافة {band} كم (مختار من البيانات)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km</source>
        <translation>نطاق المسافة {band} كم</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="123"/>
        <source>Benjamini-Hochberg false discovery rate correction</source>
        <translation>تصحيح معدل الاكتشاف الخاطئ لبنجاميني-هوخبرغ</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/hotspots/live.py" line="125"/>
        <source>%n incidents located only to a province or vaguer left out</source>
        <translation>
            <numerusform>استُبعد %n حادث محدد الموقع على مستوى المحافظة أو أقل دقة</numerusform>
            <numerusform>استُبعد حادث واحد محدد الموقع على مستوى المحافظة أو أقل دقة</numerusform>
            <numerusform>استُبعد حادثان محددا الموقع على مستوى المحافظة أو أقل دقة</numerusform>
            <numerusform>استُبعدت %n حوادث محددة الموقع على مستوى المحافظة أو أقل دقة</numerusform>
            <numerusform>استُبعد %n حادثًا محدد الموقع على مستوى المحافظة أو أقل دقة</numerusform>
            <numerusform>استُبعد %n حادث محدد الموقع على مستوى المحافظة أو أقل دقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="149"/>
        <source>Hot spots in the dock need the incidents in memory, which this database cannot give: run them in Processing.</source>
        <translation>تحتاج البؤر الساخنة في اللوحة إلى الحوادث في الذاكرة، وهذه القاعدة لا تتيح ذلك: شغّلها من Processing.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="202"/>
        <source>Choose a district layer for districts as units.</source>
        <translation>اختر طبقة أقضية لاستخدام الأقضية وحداتٍ.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="44"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>بؤرة ساخنة، ثقة 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="45"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>بؤرة ساخنة، ثقة 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="46"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>بؤرة ساخنة، ثقة 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="47"/>
        <source>Not significant</source>
        <translation>غير دال</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="48"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>بؤرة باردة، ثقة 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="49"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>بؤرة باردة، ثقة 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="50"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>بؤرة باردة، ثقة 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="52"/>
        <source>No neighbour within the distance band</source>
        <translation>لا جار ضمن نطاق المسافة</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. {method}. Produced {date} with Incident Atlas.</source>
        <translation>المصدر: {sources}. المرشح: {filter}. {method}. أُنتج في {date} باستخدام Incident Atlas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>hexagons</source>
        <translation>سداسيات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="19"/>
        <source> km</source>
        <translation> كم</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="20"/>
        <source>From the data</source>
        <translation>من البيانات</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="183"/>
        <source>Incidents by province</source>
        <translation>الحوادث حسب المحافظة</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Districts</source>
        <translation>الأقضية</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="39"/>
        <source>A polygon layer of the project: geoBoundaries, OCHA COD-AB or your own</source>
        <translation>طبقة مضلعات من المشروع: geoBoundaries أو OCHA COD-AB أو طبقتك الخاصة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="40"/>
        <source>Get districts…</source>
        <translation>جلب الأقضية…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="41"/>
        <source>Download geoBoundaries&apos; open districts for the countries of the data</source>
        <translation>تنزيل أقضية geoBoundaries المفتوحة لبلدان البيانات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="43"/>
        <source>Distance between neighbouring hexagons&apos; centres</source>
        <translation>المسافة بين مراكز السداسيات المتجاورة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="45"/>
        <source>Units closer than this are neighbours; from the data: every unit has one</source>
        <translation>الوحدات الأقرب من هذا متجاورة؛ من البيانات: لكل وحدة جار واحد على الأقل</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="49"/>
        <source>List a unit&apos;s incidents</source>
        <translation>سرد حوادث وحدة</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="51"/>
        <source>Click a unit on the map: its incidents are selected and listed</source>
        <translation>انقر وحدة على الخريطة: تُحدَّد حوادثها وتُسرد</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="55"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="56"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="59"/>
        <source>Hexagon size</source>
        <translation>حجم السداسيات</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="60"/>
        <source>Distance band</source>
        <translation>نطاق المسافة</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/unit_incidents_tool.py" line="56"/>
        <source>{unit}: %n incidents selected</source>
        <translation>
            <numerusform>{unit}: لم يُحدَّد أي حادث</numerusform>
            <numerusform>{unit}: حُدِّد حادث واحد</numerusform>
            <numerusform>{unit}: حُدِّد حادثان</numerusform>
            <numerusform>{unit}: حُدِّدت %n حوادث</numerusform>
            <numerusform>{unit}: حُدِّد %n حادثًا</numerusform>
            <numerusform>{unit}: حُدِّد %n حادث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="67"/>
        <source>Districts (geoBoundaries)</source>
        <translation>الأقضية (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="69"/>
        <source>QGIS cannot open the districts: {0}</source>
        <translation>لا يستطيع QGIS فتح الأقضية: {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="36"/>
        <source>Downloads geoBoundaries&apos; open administrative units (ADM2 districts, or ADM1) for the countries of the incident GeoPackage or PostGIS schema (or those given as ISO 3166 alpha-3 codes in COUNTRIES) through QGIS&apos;s network settings, and stores them in its districts table with each unit&apos;s source and licence (geoBoundaries&apos; gbOpen release: CC BY 4.0 or another open licence; cite it). OUTPUT is the layer to give to the hot spot algorithms as DISTRICTS.</source>
        <translation>ينزّل الوحدات الإدارية المفتوحة من geoBoundaries (أقضية ADM2، أو ADM1) لبلدان ملف GeoPackage للحوادث أو مخطط PostGIS (أو المعطاة برموز ISO 3166 الثلاثية في COUNTRIES) عبر إعدادات الشبكة في QGIS، ويخزّنها في جدول districts الخاص به مع مصدر كل وحدة وترخيصها (إصدار gbOpen من geoBoundaries: CC BY 4.0 أو ترخيص مفتوح آخر؛ اذكره). OUTPUT هي الطبقة التي تُعطى لخوارزميات البؤر الساخنة بوصفها DISTRICTS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="62"/>
        <source>Exports the provinces coloured by the filtered incidents in a print layout (title and subtitle written from the filter, legend with class ranges, scale bar, north arrow, overview and the provenance of the data) as PDF, PNG or SVG, chosen by the output&apos;s extension. With ATLAS, one page per province with incidents. The brief template adds the change per province against BASELINE (DATE_FROM and DATE_TO are needed), a chart by INTERVAL and the top provinces&apos; sentences. The compare template adds, per province, each dataset&apos;s rows, the rows only it has and the share of events several datasets hold. MAP draws hot spots or emerging hot spots instead (Getis-Ord Gi* with the false discovery rate correction, as incidentatlas:hotspots and emerginghotspots) in HOT_SPOT_UNITS, with their legend and method in the provenance.</source>
        <translation>يصدّر المحافظات ملوّنة حسب الحوادث المصفّاة في تخطيط طباعة (عنوان وعنوان فرعي مكتوبان من المرشّح، ومفتاح بحدود الفئات، ومقياس رسم، وسهم الشمال، وخريطة موقع، ومصدر البيانات) بصيغة PDF أو PNG أو SVG حسب امتداد الملف. مع ATLAS، صفحة لكل محافظة فيها حوادث. يضيف قالب الموجز التغيّر لكل محافظة مقارنةً بـBASELINE (يلزم DATE_FROM وDATE_TO)، ورسمًا بيانيًا حسب INTERVAL، وجمل المحافظات الأولى. يضيف قالب المقارنة، لكل محافظة، صفوف كل مجموعة بيانات والصفوف التي تنفرد بها ونسبة الأحداث التي تحويها عدة مجموعات. يرسم MAP بدلًا من ذلك البؤر الساخنة أو البؤر الساخنة الناشئة (Gi* لغيتيس-أورد مع تصحيح معدل الاكتشاف الخاطئ، كما في incidentatlas:hotspots وemerginghotspots) في HOT_SPOT_UNITS، مع مفتاحها وطريقتها في بيان المصدر.</translation>
    </message>
</context>
</TS>
