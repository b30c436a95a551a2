<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>@default</name>
    <message numerus="yes">
        <location filename="../plugin/core/download/providers.py" line="181"/>
        <source>Page {page}: %n records</source>
        <translation>
            <numerusform>Page {page}: %n record</numerusform>
            <numerusform>Page {page}: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="102"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="104"/>
        <source>%n rows linked to another dataset&apos;s row of the same event</source>
        <translation>
            <numerusform>%n row linked to another dataset's row of the same event</numerusform>
            <numerusform>%n rows linked to another dataset's row of the same event</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="105"/>
        <source>%n outside every province polygon</source>
        <translation>
            <numerusform>%n outside every province polygon</numerusform>
            <numerusform>%n outside every province polygon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n placed by province name (no coordinates)</source>
        <translation>
            <numerusform>%n placed by province name (no coordinates)</numerusform>
            <numerusform>%n placed by province name (no coordinates)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n border events moved to the nearest province of their country</source>
        <translation>
            <numerusform>%n border event moved to the nearest province of its country</numerusform>
            <numerusform>%n border events moved to the nearest province of their country</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="113"/>
        <source>%n rows with coordinates written with a decimal comma</source>
        <translation>
            <numerusform>%n row with coordinates written with a decimal comma</numerusform>
            <numerusform>%n rows with coordinates written with a decimal comma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="115"/>
        <source>%n naming only a region of several provinces (no province, no point)</source>
        <translation>
            <numerusform>%n naming only a region of several provinces (no province, no point)</numerusform>
            <numerusform>%n naming only a region of several provinces (no province, no point)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/brief.py" line="117"/>
        <source>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n provinces; significant where q &lt; {alpha}.</source>
        <translation>
            <numerusform>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n province; significant where q &lt; {alpha}.</numerusform>
            <numerusform>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n provinces; significant where q &lt; {alpha}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/compare_layout.py" line="33"/>
        <source>… and %n more provinces</source>
        <translation>
            <numerusform>… and %n more province</numerusform>
            <numerusform>… and %n more provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/choropleth.py" line="197"/>
        <source>{range}  (%n provinces)</source>
        <translation>
            <numerusform>{range}  (%n province)</numerusform>
            <numerusform>{range}  (%n provinces)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/classes.py" line="172"/>
        <source>%n classes, not {asked}: the data has only {distinct} distinct values above zero</source>
        <translation>
            <numerusform>%n class, not {asked}: the data has only {distinct} distinct values above zero</numerusform>
            <numerusform>%n classes, not {asked}: the data has only {distinct} distinct values above zero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n fatalities</source>
        <translation>
            <numerusform>%n fatality</numerusform>
            <numerusform>%n fatalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="167"/>
        <source>%n incidents without coordinates placed by the province their source names.</source>
        <translation>
            <numerusform>%n incident without coordinates placed by the province its source names.</numerusform>
            <numerusform>%n incidents without coordinates placed by the province their source names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="171"/>
        <source>%n border incidents moved to the nearest province of their country.</source>
        <translation>
            <numerusform>%n border incident moved to the nearest province of its country.</numerusform>
            <numerusform>%n border incidents moved to the nearest province of their country.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="175"/>
        <source>%n incidents name only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</source>
        <translation>
            <numerusform>%n incident names only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</numerusform>
            <numerusform>%n incidents name only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="182"/>
        <source>Datasets: {names}; %n rows describing an event another dataset also has are counted once (the same event: overlapping dates and nearby places, linked one to one).</source>
        <translation>
            <numerusform>Datasets: {names}; %n row describing an event another dataset also has is counted once (the same event: overlapping dates and nearby places, linked one to one).</numerusform>
            <numerusform>Datasets: {names}; %n rows describing an event another dataset also has are counted once (the same event: overlapping dates and nearby places, linked one to one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="220"/>
        <source>at least %n fatalities</source>
        <translation>
            <numerusform>at least %n fatality</numerusform>
            <numerusform>at least %n fatalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="222"/>
        <source>at most %n fatalities</source>
        <translation>
            <numerusform>at most %n fatality</numerusform>
            <numerusform>at most %n fatalities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/column_source.py" line="163"/>
        <source>Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)</source>
        <translation>
            <numerusform>Removed %n cached column set from {folder} (GeoPackages gone, or beyond the budget)</numerusform>
            <numerusform>Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n provinces</source>
        <translation>
            <numerusform>%n province</numerusform>
            <numerusform>%n provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="62"/>
        <source>%n rows linked to another dataset&apos;s and counted once</source>
        <translation>
            <numerusform>%n row linked to another dataset's and counted once</numerusform>
            <numerusform>%n rows linked to another dataset's and counted once</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="18"/>
        <source>the previous %n days</source>
        <translation>
            <numerusform>the previous %n day</numerusform>
            <numerusform>the previous %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="24"/>
        <source>the %n periods of equal length before</source>
        <translation>
            <numerusform>the %n period of equal length before</numerusform>
            <numerusform>the %n periods of equal length before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="32"/>
        <source>{province}: %n incidents from {start} to {end}</source>
        <translation>
            <numerusform>{province}: %n incident from {start} to {end}</numerusform>
            <numerusform>{province}: %n incidents from {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/compare_dialog.py" line="27"/>
        <source>%n events; {linked} ({share} %) held by more than one dataset</source>
        <translation>
            <numerusform>%n event; {linked} ({share} %) held by more than one dataset</numerusform>
            <numerusform>%n events; {linked} ({share} %) held by more than one dataset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/mapping_dialog.py" line="153"/>
        <source>The date format reads {read} of the %n dates shown.</source>
        <translation>
            <numerusform>The date format reads {read} of the %n date shown.</numerusform>
            <numerusform>The date format reads {read} of the %n dates shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/compare_datasets.py" line="82"/>
        <source>%n provinces; datasets: {names}</source>
        <translation>
            <numerusform>%n province; datasets: {names}</numerusform>
            <numerusform>%n provinces; datasets: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>%n incidents match: {0}</source>
        <translation>
            <numerusform>%n incident matches: {0}</numerusform>
            <numerusform>%n incidents match: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/import_incidents.py" line="149"/>
        <source>{0}: the source says &apos;{1}&apos; for %n incidents placed in &apos;{2}&apos;</source>
        <translation>
            <numerusform>{0}: the source says '{1}' for %n incident placed in '{2}'</numerusform>
            <numerusform>{0}: the source says '{1}' for %n incidents placed in '{2}'</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="224"/>
        <source>%n incidents left out: located vaguer than the precision asked, or without a point</source>
        <translation>
            <numerusform>%n incident left out: located vaguer than the precision asked, or without a point</numerusform>
            <numerusform>%n incidents left out: located vaguer than the precision asked, or without a point</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="243"/>
        <source>%n incidents fall in no unit</source>
        <translation>
            <numerusform>%n incident falls in no unit</numerusform>
            <numerusform>%n incidents fall in no unit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="162"/>
        <source>%n units have no neighbour within the band: NULL</source>
        <translation>
            <numerusform>%n unit has no neighbour within the band: NULL</numerusform>
            <numerusform>%n units have no neighbour within the band: NULL</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/emerging_hot_spots.py" line="104"/>
        <source>%n time steps from {start} to {end}</source>
        <translation>
            <numerusform>%n time step from {start} to {end}</numerusform>
            <numerusform>%n time steps from {start} to {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/get_districts.py" line="74"/>
        <source>{country} {level}: %n units; source {source}; licence {licence}</source>
        <translation>
            <numerusform>{country} {level}: %n unit; source {source}; licence {licence}</numerusform>
            <numerusform>{country} {level}: %n units; source {source}; licence {licence}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/hotspots/live.py" line="125"/>
        <source>%n incidents located only to a province or vaguer left out</source>
        <translation>
            <numerusform>%n incident located only to a province or vaguer left out</numerusform>
            <numerusform>%n incidents located only to a province or vaguer left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/unit_incidents_tool.py" line="56"/>
        <source>{unit}: %n incidents selected</source>
        <translation>
            <numerusform>{unit}: %n incident selected</numerusform>
            <numerusform>{unit}: %n incidents selected</numerusform>
        </translation>
    </message>
</context>
</TS>
