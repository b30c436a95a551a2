<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="182"/>
        <source>Fixed breaks need at least two values, e.g. 0, 10, 50, 100</source>
        <translation>Les seuils fixes demandent au moins deux valeurs, p. ex. 0, 10, 50, 100</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="345"/>
        <source>&apos;{measure}&apos; needs {reason}, which this map does not have</source>
        <translation>« {measure} » nécessite {reason}, que cette carte n'a pas</translation>
    </message>
    <message>
        <location filename="../plugin/core/session/filter_session.py" line="77"/>
        <source>The data source refused the filter: {subset}</source>
        <translation>La source de données a refusé le filtre : {subset}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="143"/>
        <source>The import was cancelled; the GeoPackage is unchanged.</source>
        <translation>L'import a été annulé ; le GeoPackage est inchangé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/__init__.py" line="28"/>
        <source>Unknown format &apos;{source_format}&apos;; choose one of {names}</source>
        <translation>Format inconnu « {source_format} » ; choisissez parmi {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="157"/>
        <source>{name} has no header row</source>
        <translation>{name} n'a pas de ligne d'en-tête</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="167"/>
        <source>The column mapping does not fit the file: </source>
        <translation>La correspondance des colonnes ne convient pas au fichier : </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="161"/>
        <source>{name} is not a {chosen} file: it lacks {names}</source>
        <translation>{name} n'est pas un fichier {chosen} : il manque {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_writer.py" line="108"/>
        <source>{name} is locked by another program (an editing session in QGIS?); close it and import again. ({error})</source>
        <translation>{name} est verrouillé par un autre programme (une session d'édition dans QGIS ?) ; fermez-le et relancez l'import. ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="181"/>
        <source>The source file {source} does not exist</source>
        <translation>Le fichier source {source} n'existe pas</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage.py" line="70"/>
        <source>{name} is not an incident GeoPackage: </source>
        <translation>{name} n'est pas un GeoPackage d'incidents : </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="109"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="58"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="141"/>
        <source>all dates</source>
        <translation>toutes les dates</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. Provinces coloured by {measure}, {classification}. Produced {date} with Incident Atlas.</source>
        <translation>Source : {sources}. Filtre : {filter}. Gouvernorats colorés selon {measure}, {classification}. Produit le {date} avec Incident Atlas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="158"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>no filter</source>
        <translation>aucun filtre</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents</source>
        <translation>le nombre d'incidents</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>fatalities</source>
        <translation>les décès</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 1,000 km²</source>
        <translation>les incidents pour 1 000 km²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>incidents per 100,000 people</source>
        <translation>les incidents pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period</source>
        <translation>l'évolution par rapport à la période précédente</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>change from the previous period (%)</source>
        <translation>l'évolution par rapport à la période précédente (%)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="202"/>
        <source>associated</source>
        <translation>associé</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="204"/>
        <source>actors {actors} ({role})</source>
        <translation>acteurs {actors} ({role})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="206"/>
        <source>actors {actors}</source>
        <translation>acteurs {actors}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="208"/>
        <source>dates {start} to {end}</source>
        <translation>dates du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="214"/>
        <source>event types {types}</source>
        <translation>types d'événement {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="216"/>
        <source>sub-types {types}</source>
        <translation>sous-types {types}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="224"/>
        <source>location precision up to {level}</source>
        <translation>précision du lieu jusqu'à {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="226"/>
        <source>date precision up to {level}</source>
        <translation>précision de la date jusqu'à {level}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="230"/>
        <source>provinces {names}</source>
        <translation>gouvernorats {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="232"/>
        <source>datasets {names}</source>
        <translation>jeux de données {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="239"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="76"/>
        <source>The layout template {path} cannot be read</source>
        <translation>Le modèle de mise en page {path} est illisible</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="84"/>
        <source>The layout template lacks the items {names}</source>
        <translation>Il manque au modèle de mise en page les éléments {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="50"/>
        <source>Choose a .pdf, .png or .svg file, not {name}</source>
        <translation>Choisissez un fichier .pdf, .png ou .svg, et non {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="108"/>
        <source>Exporting {name} was cancelled</source>
        <translation>L'export de {name} a été annulé</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout_export.py" line="109"/>
        <source>Exporting {name} failed: {error}</source>
        <translation>L'export de {name} a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>natural breaks (Jenks)</source>
        <translation>seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>quantiles</source>
        <translation>quantiles</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>equal intervals</source>
        <translation>intervalles égaux</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>pretty breaks</source>
        <translation>seuils arrondis</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>fixed breaks</source>
        <translation>seuils fixes</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="37"/>
        <source>{method}, {classes} classes</source>
        <translation>{method}, {classes} classes</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/base.py" line="64"/>
        <source>QGIS cannot open the {table} layer of {name}</source>
        <translation>QGIS ne peut pas ouvrir la couche {table} de {name}</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/state.py" line="120"/>
        <source>This file holds no Incident Atlas filter presets</source>
        <translation>Ce fichier ne contient aucun filtre enregistré d'Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="189"/>
        <source>QGIS&apos;s admin-1 polygons were not found at {path}</source>
        <translation>Les polygones admin-1 de QGIS sont introuvables à {path}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="195"/>
        <source>The province layer &apos;{layer}&apos; is not a polygon layer</source>
        <translation>La couche de gouvernorats « {layer} » n'est pas une couche de polygones</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="198"/>
        <source>The province layer &apos;{layer}&apos; has no field &apos;{field}&apos;</source>
        <translation>La couche de gouvernorats « {layer} » n'a pas de champ « {field} »</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/provinces.py" line="252"/>
        <source>The province layer &apos;{layer}&apos; has no polygons where the incidents are</source>
        <translation>La couche de gouvernorats « {layer} » n'a aucun polygone là où se trouvent les incidents</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="320"/>
        <source>{path} does not exist</source>
        <translation>{path} n'existe pas</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="323"/>
        <source>{name} is not a GeoPackage (not an SQLite database)</source>
        <translation>{name} n'est pas un GeoPackage (ce n'est pas une base SQLite)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="330"/>
        <source>it has no gpkg_contents table, so it is not a GeoPackage</source>
        <translation>il n'a pas de table gpkg_contents, ce n'est donc pas un GeoPackage</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="200"/>
        <source>the table &apos;{table}&apos; is missing</source>
        <translation>la table « {table} » manque</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="205"/>
        <source>it records no schema_version</source>
        <translation>il n'indique aucune schema_version</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="207"/>
        <source>it uses schema version {version}, newer than this plugin&apos;s {supported}: update the plugin</source>
        <translation>il utilise la version de schéma {version}, plus récente que la version {supported} de cette extension : mettez l'extension à jour</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/schema.py" line="217"/>
        <source>the incidents table lacks the columns {names}</source>
        <translation>il manque à la table des incidents les colonnes {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="343"/>
        <source>{name} cannot be read as a GeoPackage: {error}</source>
        <translation>{name} ne peut pas être lu comme GeoPackage : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="92"/>
        <source>Line {number}: the group [{name}] appears twice</source>
        <translation>Ligne {number} : le groupe [{name}] apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../plugin/core/settings.py" line="95"/>
        <source>Line {number}: &apos;{line}&apos; comes before any [group] line</source>
        <translation>Ligne {number} : « {line} » précède toute ligne [groupe]</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="50"/>
        <source>The column mapping is not valid JSON: {error}</source>
        <translation>La correspondance des colonnes n'est pas un JSON valide : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="52"/>
        <source>The column mapping must be a JSON object such as {&quot;event_id&quot;: &quot;id&quot;, ...}</source>
        <translation>La correspondance des colonnes doit être un objet JSON comme {&quot;event_id&quot;: &quot;id&quot;, ...}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="56"/>
        <source>Unknown keys in the column mapping: {names}</source>
        <translation>Clés inconnues dans la correspondance des colonnes : {names}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="231"/>
        <source>{name} is not valid {encoding} text: {reason}</source>
        <translation>{name} n'est pas un texte {encoding} valide : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="264"/>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="285"/>
        <source>{name} is not valid {encoding} text near line {start}: {reason}</source>
        <translation>{name} n'est pas un texte {encoding} valide vers la ligne {start} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/readers.py" line="314"/>
        <source>Reading .xlsx needs the Python package openpyxl: {error}</source>
        <translation>La lecture des .xlsx nécessite le paquet Python openpyxl : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="134"/>
        <source>This file is not ACLED, UCDP GED or GTD; give a column mapping (e.g. {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</source>
        <translation>Ce fichier n'est ni ACLED, ni UCDP GED, ni GTD ; donnez une correspondance de colonnes (p. ex. {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;date&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;})</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="15"/>
        <source>Actor alias groups</source>
        <translation>Groupes d'alias d'acteurs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/alias_dialog.py" line="18"/>
        <source>Each group starts with a [name] line; list one actor name per line below it.</source>
        <translation>Chaque groupe commence par une ligne [nom] ; indiquez ensuite un nom d'acteur par ligne.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/provider.py" line="29"/>
        <source>Incident Atlas</source>
        <translation>Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="67"/>
        <source>The incident GeoPackage the filter works on</source>
        <translation>Le GeoPackage d'incidents que le filtre interroge</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="71"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="75"/>
        <source>Import incidents…</source>
        <translation>Importer des incidents…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="222"/>
        <source>No incident GeoPackage is open.</source>
        <translation>Aucun GeoPackage d'incidents n'est ouvert.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="73"/>
        <source>Event types</source>
        <translation>Types d'événement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Fatalities and precision</source>
        <translation>Décès et précision</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="127"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="131"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="132"/>
        <source>Export map…</source>
        <translation>Exporter la carte…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="269"/>
        <source>The filter could not be applied: {0}</source>
        <translation>Le filtre n'a pas pu être appliqué : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="276"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="291"/>
        <source>Counting incidents failed: {0}</source>
        <translation>Le comptage des incidents a échoué : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="86"/>
        <source>The map could not be styled: {0}</source>
        <translation>La carte n'a pas pu être symbolisée : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Exporting {0}</source>
        <translation>Export de {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="101"/>
        <source>Map exported to {0}</source>
        <translation>Carte exportée vers {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="74"/>
        <source>Save filter preset</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="80"/>
        <source>Export presets</source>
        <translation>Exporter les filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="86"/>
        <source>Import presets</source>
        <translation>Importer des filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="92"/>
        <source>Could not import presets: {0}</source>
        <translation>Impossible d'importer les filtres enregistrés : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_presets.py" line="94"/>
        <source>Imported presets: {0}</source>
        <translation>Filtres enregistrés importés : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="397"/>
        <source>Open incident GeoPackage</source>
        <translation>Ouvrir un GeoPackage d'incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="18"/>
        <source>Export map</source>
        <translation>Exporter la carte</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Slide 16:9</source>
        <translation>Diapositive 16:9</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page</source>
        <translation>Une page</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="103"/>
        <source>One page per province with incidents</source>
        <translation>Une page par gouvernorat touché</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="122"/>
        <source>One page per province</source>
        <translation>Une page par gouvernorat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="97"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="42"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="43"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="44"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="46"/>
        <source>Resolution (dpi)</source>
        <translation>Résolution (dpi)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="47"/>
        <source>File (.pdf, .png or .svg)</source>
        <translation>Fichier (.pdf, .png ou .svg)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="38"/>
        <source>Search actors…</source>
        <translation>Rechercher un acteur…</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="138"/>
        <source>any role</source>
        <translation>tout rôle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="45"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="47"/>
        <source>Aliases…</source>
        <translation>Alias…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="48"/>
        <source>Edit which actor names count as one group (e.g. ISIS)</source>
        <translation>Choisir quels noms d'acteurs forment un même groupe (p. ex. ISIS)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="148"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="77"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Link to Temporal Controller</source>
        <translation>Lier au contrôleur temporel</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="92"/>
        <source>Animation frames set these dates, and these dates set the animation range</source>
        <translation>Les images de l'animation fixent ces dates, et ces dates fixent la période de l'animation</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="164"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="167"/>
        <source>Fatalities at least</source>
        <translation>Décès au moins</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="168"/>
        <source>Fatalities at most</source>
        <translation>Décès au plus</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="169"/>
        <source>Location precision up to</source>
        <translation>Précision du lieu jusqu'à</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="170"/>
        <source>Date precision up to</source>
        <translation>Précision de la date jusqu'à</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="196"/>
        <source>1 exact · 2 near · 3 province / month · 4 anything</source>
        <translation>1 exacte · 2 proche · 3 gouvernorat / mois · 4 quelconque</translation>
    </message>
    <message>
        <location filename="../plugin/gui/histogram.py" line="35"/>
        <source>Drag across the bars to choose a date range</source>
        <translation>Faites glisser sur les barres pour choisir une période</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="40"/>
        <source>Importing incidents from {0}</source>
        <translation>Import des incidents de {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/dependencies.py" line="75"/>
        <source>Importing needs the Python packages {0}. Install them with: {1}</source>
        <translation>L'import nécessite les paquets Python {0}. Installez-les avec : {1}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="48"/>
        <source>Incident file to import</source>
        <translation>Fichier d'incidents à importer</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="23"/>
        <source>Incident GeoPackage (created, or updated if it exists)</source>
        <translation>GeoPackage d'incidents (créé, ou mis à jour s'il existe)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/import_action.py" line="26"/>
        <source>The import was cancelled.</source>
        <translation>L'import a été annulé.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="26"/>
        <source>Colour provinces</source>
        <translation>Colorer les gouvernorats</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="288"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Fatalities</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 1,000 km²</source>
        <translation>Incidents pour 1 000 km²</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Incidents per 100,000 people</source>
        <translation>Incidents pour 100 000 habitants</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period</source>
        <translation>Évolution par rapport à la période précédente</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Change against the previous period, %</source>
        <translation>Évolution par rapport à la période précédente, %</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Natural breaks (Jenks)</source>
        <translation>Seuils naturels (Jenks)</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Quantile</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Equal interval</source>
        <translation>Intervalles égaux</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Pretty breaks</source>
        <translation>Seuils arrondis</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="92"/>
        <source>Fixed breaks</source>
        <translation>Seuils fixes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="41"/>
        <source>e.g. 0, 5, 20, 50, 100</source>
        <translation>p. ex. 0, 5, 20, 50, 100</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="42"/>
        <source>Keep breaks</source>
        <translation>Garder les seuils</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="43"/>
        <source>Keep these breaks while the filter changes: maps stay comparable across dates and frames</source>
        <translation>Garder ces seuils quand le filtre change : les cartes restent comparables d'une période ou d'une image à l'autre</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="79"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="49"/>
        <source>Classes by</source>
        <translation>Classes par</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="50"/>
        <source>Number of classes</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="51"/>
        <source>Colour ramp</source>
        <translation>Dégradé de couleurs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="52"/>
        <source>Breaks</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location filename="../plugin/gui/map_section.py" line="110"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>« {0} » n'est pas un nombre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="25"/>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Save the current filter under a name</source>
        <translation>Enregistrer le filtre actuel sous un nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Delete the chosen preset</source>
        <translation>Supprimer le filtre choisi</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Write all presets to a JSON file to share</source>
        <translation>Écrire tous les filtres enregistrés dans un fichier JSON à partager</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="29"/>
        <source>Add presets from a JSON file</source>
        <translation>Ajouter des filtres enregistrés depuis un fichier JSON</translation>
    </message>
    <message>
        <location filename="../plugin/gui/preset_bar.py" line="56"/>
        <source>Presets…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="69"/>
        <source>Show or hide the Incident Atlas panel</source>
        <translation>Afficher ou masquer le panneau Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/incident_atlas.py" line="72"/>
        <source>Open incident GeoPackage…</source>
        <translation>Ouvrir un GeoPackage d'incidents…</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="23"/>
        <source>Check import dependencies</source>
        <translation>Vérifier les dépendances de l'import</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="26"/>
        <source>Checks that the Python packages bulk import needs (pandas, shapely 2) are installed in the Python QGIS runs on, and prints the command that installs any that are missing. Opening, filtering, styling and exporting need none of them.</source>
        <translation>Vérifie que les paquets Python nécessaires à l'import en masse (pandas, shapely 2) sont installés dans le Python utilisé par QGIS, et affiche la commande qui installe ceux qui manquent. Ouvrir, filtrer, symboliser et exporter n'en demandent aucun.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="36"/>
        <source>All import packages present</source>
        <translation>Tous les paquets d'import sont présents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="37"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="43"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="46"/>
        <source>openpyxl is needed only to read .xlsx workbooks (GTD).</source>
        <translation>openpyxl n'est nécessaire que pour lire les classeurs .xlsx (GTD).</translation>
    </message>
    <message>
        <location filename="../plugin/processing/check_dependencies.py" line="49"/>
        <source>Install the missing packages with:</source>
        <translation>Installez les paquets manquants avec :</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="43"/>
        <source>Count incidents by province</source>
        <translation>Compter les incidents par gouvernorat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="46"/>
        <source>Counts the incidents matching the filter in every province of an incident GeoPackage, with fatalities, incidents per 1,000 km², per 100,000 people (where population is known), and the change against the previous period of equal length (when a date range is given). Provinces without incidents are kept, with 0. The counting runs in the database.</source>
        <translation>Compte les incidents correspondant au filtre dans chaque gouvernorat d'un GeoPackage d'incidents, avec les décès, les incidents pour 1 000 km², pour 100 000 habitants (quand la population est connue) et l'évolution par rapport à la période précédente de même durée (quand une période est donnée). Les gouvernorats sans incident sont gardés, avec 0. Le comptage s'exécute dans la base de données.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/count_by_province.py" line="58"/>
        <source>Provinces with counts</source>
        <translation>Gouvernorats avec comptages</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="59"/>
        <source>Export incident map</source>
        <translation>Exporter la carte des incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="82"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="87"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="100"/>
        <source>Title (default: written from the filter)</source>
        <translation>Titre (par défaut : rédigé d'après le filtre)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="106"/>
        <source>Map file</source>
        <translation>Fichier de la carte</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="25"/>
        <source>Filter incidents</source>
        <translation>Filtrer les incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="28"/>
        <source>Writes the incidents of an incident GeoPackage that match the filter: actors (names or alias groups such as ISIS, in any or a given role), dates (inclusive), event types, fatalities and location precision. The same filter as the Incident Atlas panel.</source>
        <translation>Écrit les incidents d'un GeoPackage d'incidents qui correspondent au filtre : acteurs (noms ou groupes d'alias comme ISIS, dans tout rôle ou un rôle donné), dates (incluses), types d'événement, décès et précision du lieu. Le même filtre que le panneau Incident Atlas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_incidents.py" line="39"/>
        <source>Filtered incidents</source>
        <translation>Incidents filtrés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="251"/>
        <source>Could not read the incidents of {0}</source>
        <translation>Impossible de lire les incidents de {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="55"/>
        <source>Incident GeoPackage</source>
        <translation>GeoPackage d'incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="75"/>
        <source>Actors: one actor or alias-group name, or a JSON array of names</source>
        <translation>Acteurs : un nom d'acteur ou de groupe d'alias, ou un tableau JSON de noms</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="80"/>
        <source>Actor role</source>
        <translation>Rôle de l'acteur</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="88"/>
        <source>From date (YYYY-MM-DD)</source>
        <translation>Date de début (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="89"/>
        <source>To date (YYYY-MM-DD), inclusive</source>
        <translation>Date de fin (AAAA-MM-JJ), incluse</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="90"/>
        <source>Event types: one type, or a JSON array of types</source>
        <translation>Types d'événement : un type, ou un tableau JSON de types</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Minimum fatalities</source>
        <translation>Décès minimum</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="98"/>
        <source>Maximum fatalities</source>
        <translation>Décès maximum</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="104"/>
        <source>Vaguest location precision kept (1 exact … 4 country)</source>
        <translation>Précision du lieu la plus vague retenue (1 exacte … 4 pays)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="158"/>
        <source>Not a valid JSON array: {0}</source>
        <translation>Tableau JSON non valide : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="170"/>
        <source>{0} must be a date like 2020-01-31, not {1!r}</source>
        <translation>{0} doit être une date comme 2020-01-31, et non {1!r}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="191"/>
        <source>{0} is not an incident GeoPackage: {1}</source>
        <translation>{0} n'est pas un GeoPackage d'incidents : {1}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="45"/>
        <source>Import incidents</source>
        <translation>Importer des incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="75"/>
        <source>Detect from header</source>
        <translation>Détecter d'après l'en-tête</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/formats/generic.py" line="130"/>
        <source>Generic CSV (needs a mapping)</source>
        <translation>CSV générique (correspondance requise)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="83"/>
        <source>Column mapping (JSON)</source>
        <translation>Correspondance des colonnes (JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="84"/>
        <source>Province polygons (default: Natural Earth admin-1)</source>
        <translation>Polygones des gouvernorats (par défaut : admin-1 de Natural Earth)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="92"/>
        <source>Province name field</source>
        <translation>Champ du nom de gouvernorat</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="111"/>
        <source>Rows imported</source>
        <translation>Lignes importées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="112"/>
        <source>Rows rejected</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="143"/>
        <source>Cancelled: the GeoPackage is unchanged.</source>
        <translation>Annulé : le GeoPackage est inchangé.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="55"/>
        <source>{dataset} ({file}, imported {day})</source>
        <translation>{dataset} ({file}, importé le {day})</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="41"/>
        <source>&apos;{name}&apos; is not a usable schema name: letters, digits and _, not starting with a digit</source>
        <translation>« {name} » n'est pas un nom de schéma utilisable : lettres, chiffres et _, sans chiffre au début</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="62"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos; in QGIS</source>
        <translation>QGIS n'a aucune connexion PostgreSQL enregistrée nommée « {name} »</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="193"/>
        <source>Importing into PostgreSQL needs the Python package psycopg2 (Debian: python3-psycopg2)</source>
        <translation>L'import dans PostgreSQL nécessite le paquet Python psycopg2 (Debian : python3-psycopg2)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="219"/>
        <source>Could not connect to &apos;{name}&apos;: {error}</source>
        <translation>Connexion impossible à « {name} » : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_schema.py" line="162"/>
        <source>the schema &apos;{schema}&apos; holds no incident tables</source>
        <translation>le schéma « {schema} » ne contient aucune table d'incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="32"/>
        <source>Or a PostgreSQL/PostGIS connection</source>
        <translation>Ou une connexion PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="63"/>
        <source>Schema of the incident tables</source>
        <translation>Schéma des tables d'incidents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="187"/>
        <source>Choose an incident GeoPackage or a PostgreSQL connection</source>
        <translation>Choisissez un GeoPackage d'incidents ou une connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="37"/>
        <source>Schema for the incident tables (created if missing)</source>
        <translation>Schéma des tables d'incidents (créé s'il n'existe pas)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/target_parameters.py" line="57"/>
        <source>Choose an output GeoPackage or a PostgreSQL connection</source>
        <translation>Choisissez un GeoPackage de sortie ou une connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="74"/>
        <source>PostGIS…</source>
        <translation>PostGIS…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="75"/>
        <source>Open the incidents a team keeps in a PostgreSQL/PostGIS database</source>
        <translation>Ouvrir les incidents qu'une équipe tient dans une base PostgreSQL/PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="15"/>
        <source>Open incidents from PostGIS</source>
        <translation>Ouvrir des incidents depuis PostGIS</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="20"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../plugin/gui/postgis_dialog.py" line="21"/>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <location filename="../plugin/gui/guard.py" line="34"/>
        <source>Something went wrong; nothing was lost and QGIS keeps running: {0}</source>
        <translation>Un problème est survenu ; rien n'est perdu et QGIS continue : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="46"/>
        <source>{target}: another import (or a session holding a lock on its tables) is in the way; nothing was changed. Try again when it has finished.</source>
        <translation>{target} : une autre importation (ou une session qui verrouille ses tables) bloque l’accès ; rien n’a été modifié. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="122"/>
        <source>Alias groups (JSON object of group: [names]; empty: the plugin&apos;s built-in groups)</source>
        <translation>Groupes d’alias (objet JSON groupe : [noms] ; vide : les groupes intégrés de l’extension)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="239"/>
        <source>ALIAS_GROUPS is not valid JSON: {0}</source>
        <translation>ALIAS_GROUPS n’est pas un JSON valide : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="243"/>
        <source>ALIAS_GROUPS must be a JSON object of names, e.g. {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</source>
        <translation>ALIAS_GROUPS doit être un objet JSON de noms, par ex. {&quot;ISIS&quot;: [&quot;Islamic State (Iraq)&quot;, &quot;IS&quot;]}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="21"/>
        <source>the same dates a year earlier ({start} to {end})</source>
        <translation>les mêmes dates un an plus tôt (du {start} au {end})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="38"/>
        <source>{share} of {total}</source>
        <translation>{share} de {total}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="43"/>
        <source>the data does not reach back to {baseline}</source>
        <translation>les données ne remontent pas jusqu’à {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="46"/>
        <source>a mean of {count}</source>
        <translation>une moyenne de {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="47"/>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="50"/>
        <source>up from {before} in {baseline} ({change}, {verdict})</source>
        <translation>en hausse par rapport à {before} pendant {baseline} ({change}, {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="52"/>
        <source>down from {before} in {baseline} ({change}, {verdict})</source>
        <translation>en baisse par rapport à {before} pendant {baseline} ({change}, {verdict})</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/sentences.py" line="54"/>
        <source>the same as in {baseline}</source>
        <translation>autant que pendant {baseline}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="49"/>
        <source>Change by province</source>
        <translation>Évolution par province</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="52"/>
        <source>Compares each province&apos;s incidents in the current period (DATE_FROM to DATE_TO) with a baseline: the previous period of equal length, the same dates a year earlier, or the mean of the N periods of equal length before. Each change gets an exact two-sided p-value (conditional binomial test; a Poisson test against the mean), Benjamini-Hochberg q-values across provinces, a direction (increase, decrease, none: q below ALPHA) and a sentence for a brief.</source>
        <translation>Compare les incidents de chaque province pendant la période courante (DATE_FROM à DATE_TO) à une référence : la période précédente de même durée, les mêmes dates un an plus tôt, ou la moyenne des N périodes précédentes de même durée. Chaque évolution reçoit une valeur p exacte bilatérale (test binomial conditionnel ; test de Poisson contre la moyenne), des valeurs q de Benjamini-Hochberg entre provinces, un sens (increase, decrease, none : q inférieur à ALPHA) et une phrase pour une note.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the previous period</source>
        <translation>la période précédente</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the same dates a year earlier</source>
        <translation>les mêmes dates un an plus tôt</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="160"/>
        <source>the mean of N periods</source>
        <translation>la moyenne de N périodes</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="19"/>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="22"/>
        <source>N (mean baseline)</source>
        <translation>N (référence moyenne)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="32"/>
        <source>Significance level (q below it)</source>
        <translation>Seuil de signification (q inférieur)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="66"/>
        <source>Provinces with change</source>
        <translation>Provinces avec évolution</translation>
    </message>
    <message>
        <location filename="../plugin/processing/change_by_province.py" line="76"/>
        <source>DATE_FROM and DATE_TO give the current period: both are needed</source>
        <translation>DATE_FROM et DATE_TO donnent la période courante : les deux sont nécessaires</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="37"/>
        <source>Trend by province</source>
        <translation>Tendance par province</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="40"/>
        <source>Incidents and fatalities matching the filter in every province and period (day, week, month, quarter or year), zeros included. Periods the date range cuts in two are marked partial. Weeks start on Monday, or on Saturday as in ACLED&apos;s weekly data.</source>
        <translation>Incidents et victimes correspondant au filtre dans chaque province et période (jour, semaine, mois, trimestre ou année), zéros compris. Les périodes coupées par l’intervalle de dates sont marquées partielles. Les semaines commencent le lundi, ou le samedi comme dans les données hebdomadaires d’ACLED.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="169"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="44"/>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_parameters.py" line="47"/>
        <source>Weeks start on</source>
        <translation>Les semaines commencent le</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="200"/>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <location filename="../plugin/processing/trend_by_province.py" line="52"/>
        <source>Incidents per province and period</source>
        <translation>Incidents par province et période</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="49"/>
        <source>Choose a date range: it is the period compared with the baseline.</source>
        <translation>Choisissez une plage de dates : c’est la période comparée à la référence.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="98"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/trend_section.py" line="141"/>
        <source>p = {p}, q = {q}</source>
        <translation>p = {p}, q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>Significant change against the previous period</source>
        <translation>Évolution significative par rapport à la période précédente</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="53"/>
        <source>significant change from the previous period (exact test, Benjamini-Hochberg q &lt; 0.05)</source>
        <translation>évolution significative depuis la période précédente (test exact, Benjamini-Hochberg q &lt; 0,05)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant decrease ({count})</source>
        <translation>Baisse significative ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>No significant change ({count})</source>
        <translation>Pas d’évolution significative ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/choropleth.py" line="257"/>
        <source>Significant increase ({count})</source>
        <translation>Hausse significative ({count})</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_export.py" line="36"/>
        <source>in three classes: significant increase, no significant change, significant decrease</source>
        <translation>en trois classes : hausse significative, pas d’évolution significative, baisse significative</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Brief: map, trends and change (A4 portrait)</source>
        <translation>Note : carte, tendances et évolution (A4 portrait)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>compared period</source>
        <translation>période comparée</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="57"/>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="61"/>
        <source>highest: {count}</source>
        <translation>maximum : {count}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>a Poisson test of each count against the baseline&apos;s mean</source>
        <translation>un test de Poisson de chaque effectif contre la moyenne de référence</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="112"/>
        <source>the exact test for two Poisson counts (conditional binomial)</source>
        <translation>le test exact de deux effectifs de Poisson (binomial conditionnel)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="135"/>
        <source>q = {q}</source>
        <translation>q = {q}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="139"/>
        <source>Significance</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/compare_layout.py" line="37"/>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="187"/>
        <source>No incidents in the compared period or its baseline.</source>
        <translation>Aucun incident pendant la période comparée ni pendant sa référence.</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/overview.py" line="107"/>
        <source>The brief compares the chosen dates with a baseline: choose a date range.</source>
        <translation>La note compare les dates choisies à une référence : choisissez une plage de dates.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates, border moves and names</source>
        <translation>coordonnées, déplacements frontaliers et noms</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates and border moves</source>
        <translation>coordonnées et déplacements frontaliers</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="203"/>
        <source>coordinates only</source>
        <translation>coordonnées seulement</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="35"/>
        <source>The folder {name} holds no .json files</source>
        <translation>Le dossier {name} ne contient aucun fichier .json</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="45"/>
        <source>{name} is not UTF-8 JSON: {reason}</source>
        <translation>{name} n'est pas du JSON UTF-8 : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="48"/>
        <source>{name} is not valid JSON (line {line}, column {column}): {reason}</source>
        <translation>{name} n'est pas un JSON valide (ligne {line}, colonne {column}) : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="58"/>
        <source>{name} is an error response of the API, not data: {message}</source>
        <translation>{name} est une réponse d'erreur de l'API, pas des données : {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/json_reader.py" line="66"/>
        <source>{name} holds no list of records (ACLED&apos;s &quot;data&quot;, UCDP&apos;s &quot;Result&quot; or a JSON array)</source>
        <translation>{name} ne contient aucune liste d'enregistrements (« data » d'ACLED, « Result » d'UCDP ou un tableau JSON)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="238"/>
        <source>provinces from {methods}</source>
        <translation>provinces d'après {methods}</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layers.py" line="41"/>
        <source>{name} was upgraded to schema version {version}</source>
        <translation>{name} a été mis à niveau vers la version {version} du schéma</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="362"/>
        <source>{name} uses schema version {version} and cannot be written, so it cannot be upgraded to version {current}: copy it to a folder you can write to and open it there</source>
        <translation>{name} utilise la version {version} du schéma et n'est pas modifiable ; il ne peut donc pas être mis à niveau vers la version {current} : copiez-le dans un dossier où vous pouvez écrire et ouvrez-le là</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/geopackage_schema.py" line="382"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed (a copy is at {copy}): {error}</source>
        <translation>La mise à niveau de {name} vers la version {current} du schéma a échoué, rien n'a été modifié (une copie se trouve dans {copy}) : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="150"/>
        <source>Upgrading {name} to schema version {current} failed, nothing was changed: {error}</source>
        <translation>La mise à niveau de {name} vers la version {current} du schéma a échoué, rien n'a été modifié : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="174"/>
        <source>Provinces come from the coordinates; a border event just outside the country its source names is moved to that country&apos;s nearest province; a row without coordinates is placed by the province its source names.</source>
        <translation>Les provinces viennent des coordonnées ; un événement frontalier juste hors du pays que nomme sa source est déplacé vers la province la plus proche de ce pays ; une ligne sans coordonnées est placée d'après la province que nomme sa source.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/filter_widgets.py" line="181"/>
        <source>Provinces from</source>
        <translation>Provinces d'après</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="114"/>
        <source>Provinces found from</source>
        <translation>Provinces trouvées d'après</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident files (*.csv *.txt *.xlsx *.json)</source>
        <translation>Fichiers d'incidents (*.csv *.txt *.xlsx *.json)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event id (empty: made from each row)</source>
        <translation>Identifiant d'événement (vide : calculé à partir de chaque ligne)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (primary)</source>
        <translation>Acteur (principal)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Actor (secondary) or target</source>
        <translation>Acteur (secondaire) ou cible</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Sub-event type</source>
        <translation>Sous-type d'événement</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Province (admin-1)</source>
        <translation>Province (admin-1)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>District (admin-2)</source>
        <translation>District (admin-2)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Location precision (1-4)</source>
        <translation>Précision du lieu (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="30"/>
        <source>Date precision (1-4)</source>
        <translation>Précision de la date (1-4)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="54"/>
        <source>Which column holds what: {name}</source>
        <translation>Quelle colonne contient quoi : {name}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="71"/>
        <source>Guessed from the header</source>
        <translation>Deviné d'après l'en-tête</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="74"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="75"/>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="85"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="92"/>
        <source>strftime codes: %Y-%m-%d is 2020-01-31, %d/%m/%Y is 31/01/2020</source>
        <translation>codes strftime : %Y-%m-%d donne 2020-01-31, %d/%m/%Y donne 31/01/2020</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="94"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="96"/>
        <source>Dataset name</source>
        <translation>Nom du jeu de données</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="145"/>
        <source>Choose the columns for: {names}</source>
        <translation>Choisissez les colonnes pour : {names}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="147"/>
        <source>The date format {format} reads none of the dates shown, e.g. {example}</source>
        <translation>Le format de date {format} ne lit aucune des dates affichées, p. ex. {example}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/mapping_dialog.py" line="181"/>
        <source>Save the mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="67"/>
        <source>Incident file (CSV, Excel or API JSON)</source>
        <translation>Fichier d'incidents (CSV, Excel ou JSON d'API)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="16"/>
        <source>Border events moved into the country their source names within (km; 0: never)</source>
        <translation>Événements frontaliers ramenés dans le pays que nomme leur source jusqu'à (km ; 0 : jamais)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="102"/>
        <source>Or a folder holding the JSON pages of one download</source>
        <translation>Ou un dossier contenant les pages JSON d'un téléchargement</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="129"/>
        <source>Choose an incident file (INPUT) or a folder of JSON pages (PAGES)</source>
        <translation>Choisissez un fichier d'incidents (INPUT) ou un dossier de pages JSON (PAGES)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="60"/>
        <source>weekly aggregates: no actors, dates by week</source>
        <translation>agrégats hebdomadaires : sans acteurs, dates par semaine</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="297"/>
        <source>Aggregated data names no actors.</source>
        <translation>Les données agrégées ne nomment aucun acteur.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_incidents.py" line="48"/>
        <source>Imports an ACLED (every layout since the 2016 realtime files, and its weekly aggregated data), UCDP GED or GTD export as CSV, Excel or API JSON (or PAGES, a folder holding the JSON pages of one download), or any CSV with a column mapping, into an incident GeoPackage, or into a schema of a PostgreSQL/PostGIS database (DATABASE, a connection saved in QGIS, and SCHEMA). Each incident gets its province by point-in-polygon (Natural Earth admin-1 by default); a border event within BORDER_KM of the country its source names goes to that country&apos;s nearest province; a row without coordinates is placed by the province its source names. Rows that can&apos;t be used are kept in the rejected_rows table with their line number and reason. Importing the same file again changes nothing; a newer export updates changed events. MAPPING (generic CSV only) is JSON such as {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;}; without event_id each row gets an id made from it.</source>
        <translation>Importe un export ACLED (toutes les mises en page depuis les fichiers en temps réel de 2016, et ses données agrégées par semaine), UCDP GED ou GTD en CSV, Excel ou JSON d'API (ou PAGES, un dossier contenant les pages JSON d'un téléchargement), ou tout CSV avec une correspondance de colonnes, dans un GeoPackage d'incidents ou dans un schéma d'une base PostgreSQL/PostGIS (DATABASE, une connexion enregistrée dans QGIS, et SCHEMA). Chaque incident reçoit sa province par point dans polygone (admin-1 de Natural Earth par défaut) ; un événement frontalier à moins de BORDER_KM du pays que nomme sa source va dans la province la plus proche de ce pays ; une ligne sans coordonnées est placée d'après la province que nomme sa source. Les lignes inutilisables sont conservées dans la table rejected_rows avec leur numéro de ligne et leur motif. Réimporter le même fichier ne change rien ; un export plus récent met à jour les événements modifiés. MAPPING (CSV générique seulement) est un JSON tel que {&quot;event_id&quot;: &quot;id&quot;, &quot;date&quot;: &quot;day&quot;, &quot;date_format&quot;: &quot;%d/%m/%Y&quot;, &quot;latitude&quot;: &quot;lat&quot;, &quot;longitude&quot;: &quot;lon&quot;, &quot;actor1&quot;: &quot;perpetrator&quot;} ; sans event_id, chaque ligne reçoit un identifiant calculé à partir d'elle.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="56"/>
        <source>No change</source>
        <translation>Pas de changement</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/classes.py" line="58"/>
        <source>No fatalities</source>
        <translation>Aucun décès</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="39"/>
        <source>The download was cancelled; nothing was written.</source>
        <translation>Le téléchargement a été annulé ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="146"/>
        <source>{query}: no events match; nothing was written.</source>
        <translation>{query} : aucun événement ne correspond ; rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="120"/>
        <source>{url} did not answer JSON: {error}</source>
        <translation>{url} n'a pas répondu en JSON : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="128"/>
        <source>{url} answered {status}: {answer}</source>
        <translation>{url} a répondu {status} : {answer}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="135"/>
        <source>{url} did not answer</source>
        <translation>{url} n'a pas répondu</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="125"/>
        <source>ACLED needs an account: give a user name and password</source>
        <translation>ACLED demande un compte : indiquez un nom d'utilisateur et un mot de passe</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="164"/>
        <source>ACLED refused the query: {message}</source>
        <translation>ACLED a refusé la requête : {message}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="35"/>
        <source>The authentication configuration {0} cannot be read</source>
        <translation>La configuration d'authentification {0} est illisible</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="123"/>
        <source>Download incidents from ACLED</source>
        <translation>Télécharger des incidents depuis ACLED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="42"/>
        <source>Countries: one name, or a JSON array</source>
        <translation>Pays : un nom, ou un tableau JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="140"/>
        <source>Event types: one type, or a JSON array</source>
        <translation>Types d'événement : un type, ou un tableau JSON</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="92"/>
        <source>COUNTRIES, DATE_FROM and DATE_TO say what to download: all are needed</source>
        <translation>COUNTRIES, DATE_FROM et DATE_TO disent quoi télécharger : tous sont nécessaires</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/credentials.py" line="24"/>
        <source>QGIS&apos;s authentication database is locked: unlock it (Settings &gt; Options &gt; Authentication) and run the download again</source>
        <translation>La base d'authentification de QGIS est verrouillée : déverrouillez-la (Préférences &gt; Options &gt; Authentification) et relancez le téléchargement</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="162"/>
        <source>download</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/gleditsch_ward.py" line="64"/>
        <source>UCDP&apos;s API selects countries by their Gleditsch-Ward number, and &apos;{name}&apos; is not one this plugin knows: give the number instead (Iraq is 645; UCDP&apos;s country_id column lists them)</source>
        <translation>L'API de l'UCDP choisit les pays par leur numéro Gleditsch-Ward, et cette extension ne connaît pas « {name} » : donnez plutôt le numéro (l'Irak est 645 ; la colonne country_id de l'UCDP les donne)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="130"/>
        <source>{url} cannot be reached: {error}. Check the network, QGIS&apos;s proxy settings and the address.</source>
        <translation>{url} est injoignable : {error}. Vérifiez le réseau, les paramètres de proxy de QGIS et l'adresse.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="140"/>
        <source>(the account was refused: check the user name and password, or the token)</source>
        <translation>(le compte a été refusé : vérifiez l'identifiant et le mot de passe, ou le jeton)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="142"/>
        <source>(the account has no access to this data)</source>
        <translation>(le compte n'a pas accès à ces données)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/http.py" line="144"/>
        <source>(the service is busy or failing; it was asked again and did not recover: try later)</source>
        <translation>(le service est surchargé ou en panne ; il a été relancé sans succès : réessayez plus tard)</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="101"/>
        <source>ACLED&apos;s token service answered without a token: has its API changed?</source>
        <translation>Le service de jetons d'ACLED a répondu sans jeton : son API a-t-elle changé ?</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="167"/>
        <source>ACLED answered {what} without a list of records (&quot;data&quot;): has its API changed?</source>
        <translation>ACLED a répondu pour {what} sans liste d'enregistrements (« data ») : son API a-t-elle changé ?</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="194"/>
        <source>page {page}</source>
        <translation>la page {page}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="205"/>
        <source>the deleted events</source>
        <translation>les événements supprimés</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="230"/>
        <source>UCDP answered without a list of events (&quot;Result&quot;): has its API changed?</source>
        <translation>L'UCDP a répondu sans liste d'événements (« Result ») : son API a-t-elle changé ?</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/providers.py" line="232"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="76"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="78"/>
        <source>Download, or update, incidents from ACLED&apos;s or UCDP&apos;s API</source>
        <translation>Télécharger, ou mettre à jour, des incidents depuis l'API d'ACLED ou de l'UCDP</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="50"/>
        <source>Downloading {0}</source>
        <translation>Téléchargement : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_action.py" line="78"/>
        <source>{new} new, {updated} updated, {deleted} deleted, {rejected} rejected</source>
        <translation>{new} nouveaux, {updated} mis à jour, {deleted} supprimés, {rejected} rejetés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="36"/>
        <source>Download incidents</source>
        <translation>Télécharger des incidents</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="44"/>
        <source>Another GeoPackage…</source>
        <translation>Un autre GeoPackage…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="48"/>
        <source>Into</source>
        <translation>Dans</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="52"/>
        <source>A query downloaded into this store before: choose it to update it</source>
        <translation>Une requête déjà téléchargée dans ces données : choisissez-la pour la mettre à jour</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="53"/>
        <source>Earlier downloads</source>
        <translation>Téléchargements précédents</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="58"/>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="60"/>
        <source>Iraq, Syria</source>
        <translation>Iraq, Syria</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="61"/>
        <source>Country names, separated by commas (UCDP also takes Gleditsch-Ward numbers)</source>
        <translation>Noms de pays, séparés par des virgules (l'UCDP accepte aussi les numéros Gleditsch-Ward)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="62"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="69"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="70"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="72"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="75"/>
        <source>Candidate (monthly) release, e.g. 25.0.10</source>
        <translation>Version candidate (mensuelle), p. ex. 25.0.10</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="196"/>
        <source>UCDP release</source>
        <translation>Version de l'UCDP</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="79"/>
        <source>ACLED: a Basic configuration with your account&apos;s e-mail and password. UCDP: an API Header configuration with x-ucdp-access-token, or a Basic one holding the token as password.</source>
        <translation>ACLED : une configuration Basic avec l'adresse e-mail et le mot de passe du compte. UCDP : une configuration API Header avec x-ucdp-access-token, ou une configuration Basic dont le mot de passe est le jeton.</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="85"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="86"/>
        <source>Only what changed since the last download of this query</source>
        <translation>Seulement ce qui a changé depuis le dernier téléchargement de cette requête</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="92"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="121"/>
        <source>A new query</source>
        <translation>Une nouvelle requête</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="158"/>
        <source>Name at least one country</source>
        <translation>Indiquez au moins un pays</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="162"/>
        <source>The first day comes after the last</source>
        <translation>Le premier jour est après le dernier</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="170"/>
        <source>A candidate release is named like 25.0.10, a yearly one like 25.1</source>
        <translation>Une version candidate s'écrit comme 25.0.10, une version annuelle comme 25.1</translation>
    </message>
    <message>
        <location filename="../plugin/gui/download_dialog.py" line="182"/>
        <source>Choose the GeoPackage the events go into</source>
        <translation>Choisissez le GeoPackage qui recevra les événements</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="47"/>
        <source>Only what changed since the last download</source>
        <translation>Seulement ce qui a changé depuis le dernier téléchargement</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="50"/>
        <source>Account (authentication)</source>
        <translation>Compte (authentification)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="54"/>
        <source>API address (empty: the provider&apos;s)</source>
        <translation>Adresse de l'API (vide : celle du fournisseur)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>New events</source>
        <translation>Nouveaux événements</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events updated</source>
        <translation>Événements mis à jour</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="57"/>
        <source>Events deleted</source>
        <translation>Événements supprimés</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="126"/>
        <source>Downloads the ACLED events of COUNTRIES (one name, or a JSON array) between DATE_FROM and DATE_TO (and of EVENT_TYPES, if given) through ACLED&apos;s API (OAuth, every page), then imports them into an incident GeoPackage or PostGIS schema as one import: nothing is written until the download is complete. With UPDATE, only the events added or changed since the last download of the same query are fetched, and the events ACLED deleted since then are removed. The imports table names the API, the query and the access date, as ACLED&apos;s terms ask. The account comes from AUTHCFG (a Basic authentication configuration) or from the environment variables ACLED_USERNAME and ACLED_PASSWORD.</source>
        <translation>Télécharge les événements ACLED des pays COUNTRIES (un nom, ou un tableau JSON) entre DATE_FROM et DATE_TO (et des types EVENT_TYPES, s'ils sont donnés) par l'API d'ACLED (OAuth, toutes les pages), puis les importe dans un GeoPackage d'incidents ou un schéma PostGIS en un seul import : rien n'est écrit avant la fin du téléchargement. Avec UPDATE, seuls les événements ajoutés ou modifiés depuis le dernier téléchargement de la même requête sont récupérés, et les événements supprimés depuis par ACLED sont retirés. La table des imports nomme l'API, la requête et la date d'accès, comme le demandent les conditions d'ACLED. Le compte vient d'AUTHCFG (une configuration d'authentification Basic) ou des variables d'environnement ACLED_USERNAME et ACLED_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="159"/>
        <source>Download incidents from UCDP GED</source>
        <translation>Télécharger des incidents de l'UCDP GED</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="162"/>
        <source>Downloads the UCDP GED events of COUNTRIES (names, or Gleditsch-Ward numbers such as 645 for Iraq) between DATE_FROM and DATE_TO (and of the types of violence in EVENT_TYPES: 1 state-based, 2 non-state, 3 one-sided) from the release VERSION (e.g. 25.1; a candidate release such as 25.0.10 with CANDIDATE), every page, then imports them as one import. The store then holds exactly that release&apos;s events of the query: events it no longer has are removed. UPDATE says so in the imports table. The token comes from AUTHCFG (an API Header configuration with x-ucdp-access-token, or a Basic one with the token as password) or from the environment variable UCDP_ACCESS_TOKEN.</source>
        <translation>Télécharge les événements de l'UCDP GED des pays COUNTRIES (noms, ou numéros Gleditsch-Ward comme 645 pour l'Irak) entre DATE_FROM et DATE_TO (et des types de violence EVENT_TYPES : 1 étatique, 2 non étatique, 3 unilatérale) de la version VERSION (p. ex. 25.1 ; une version candidate comme 25.0.10 avec CANDIDATE), toutes les pages, puis les importe en un seul import. Les données contiennent alors exactement les événements de cette version pour la requête : ceux qu'elle n'a plus sont retirés. UPDATE l'indique dans la table des imports. Le jeton vient d'AUTHCFG (une configuration API Header avec x-ucdp-access-token, ou Basic avec le jeton comme mot de passe) ou de la variable d'environnement UCDP_ACCESS_TOKEN.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="176"/>
        <source>Types of violence: 1, 2, 3 or their names (a JSON array for several)</source>
        <translation>Types de violence : 1, 2, 3 ou leurs noms (un tableau JSON pour plusieurs)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="188"/>
        <source>UCDP&apos;s types of violence are 1, 2 and 3, not {0}</source>
        <translation>Les types de violence de l'UCDP sont 1, 2 et 3, pas {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="197"/>
        <source>A candidate (monthly) release</source>
        <translation>Une version candidate (mensuelle)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="206"/>
        <source>A candidate release is named like 25.0.10 (year, 0, month): give it as VERSION</source>
        <translation>Une version candidate s'écrit comme 25.0.10 (année, 0, mois) : donnez-la dans VERSION</translation>
    </message>
    <message>
        <location filename="../plugin/processing/download.py" line="210"/>
        <source>{0} is a candidate release: tick CANDIDATE</source>
        <translation>{0} est une version candidate : cochez CANDIDATE</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="149"/>
        <source>(each event counted once)</source>
        <translation>(chaque événement compté une fois)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="25"/>
        <source>Rows of each dataset under the other filters; none checked: every dataset</source>
        <translation>Lignes de chaque jeu de données selon les autres filtres ; aucun coché : tous les jeux</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="27"/>
        <source>Count each event once</source>
        <translation>Compter chaque événement une fois</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="29"/>
        <source>Rows of different datasets with overlapping dates at nearby places are one event, counted once everywhere: summary, map, layouts and trends</source>
        <translation>Des lignes de jeux différents aux dates qui se recouvrent en des lieux proches sont un seul événement, compté une fois partout : résumé, carte, mises en page et tendances</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="36"/>
        <source>Whose row and fatalities count for an event several datasets hold</source>
        <translation>La ligne et les victimes de quel jeu comptent pour un événement que plusieurs jeux contiennent</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="39"/>
        <source>Fatalities of a linked event</source>
        <translation>Victimes d'un événement lié</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="59"/>
        <source>The highest of the linked rows</source>
        <translation>Le plus élevé des lignes liées</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="61"/>
        <source>{dataset}&apos;s</source>
        <translation>Celles de {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="34"/>
        <source>Compare datasets by province</source>
        <translation>Comparer les jeux de données par province</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="37"/>
        <source>For every province with incidents under the filter: the events counted once (rows of several datasets linked as one event count once), the events more than one dataset holds and their share, and for each dataset its rows there and the rows only it has (&lt;dataset&gt; and &lt;dataset&gt;_only). Do ACLED and UCDP agree about Diyala?</source>
        <translation>Pour chaque province ayant des incidents selon le filtre : les événements comptés une fois (des lignes de plusieurs jeux liées en un événement comptent une fois), les événements que plusieurs jeux contiennent et leur part, et pour chaque jeu ses lignes et celles qu'il est seul à avoir (&lt;dataset&gt; et &lt;dataset&gt;_only). ACLED et l'UCDP sont-ils d'accord sur Diyala ?</translation>
    </message>
    <message>
        <location filename="../plugin/processing/compare_datasets.py" line="49"/>
        <source>Datasets compared by province</source>
        <translation>Jeux de données comparés par province</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="130"/>
        <source>Datasets: one name, or a JSON array (empty: every dataset)</source>
        <translation>Jeux de données : un nom, ou un tableau JSON (vide : tous)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="135"/>
        <source>Count each event once (rows of several datasets linked as one event)</source>
        <translation>Compter chaque événement une fois (lignes de plusieurs jeux liées en un événement)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="140"/>
        <source>Dataset whose row and fatalities count for a linked event (empty: the highest fatalities)</source>
        <translation>Jeu dont la ligne et les victimes comptent pour un événement lié (vide : le plus de victimes)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="22"/>
        <source>Compare datasets</source>
        <translation>Comparer les jeux de données</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="35"/>
        <source>Held by several (%)</source>
        <translation>Dans plusieurs jeux (%)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/compare_dialog.py" line="37"/>
        <source>only {dataset}</source>
        <translation>seulement {dataset}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="41"/>
        <source>Compare datasets…</source>
        <translation>Comparer les jeux…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dataset_section.py" line="42"/>
        <source>Per province: each dataset&apos;s rows, the rows only it has, the events they share</source>
        <translation>Par province : les lignes de chaque jeu, celles qu'il est seul à avoir, les événements communs</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_map.py" line="59"/>
        <source>Over 100,000 incidents: their dots show when zoomed in beyond 1:2,500,000; the provinces show all.</source>
        <translation>Plus de 100 000 incidents : leurs points s'affichent au-delà du 1:2 500 000 ; les provinces les montrent tous.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="104"/>
        <source>Datasets compared: map and table by province (A4 portrait)</source>
        <translation>Jeux de données comparés : carte et tableau par province (A4 portrait)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: dates this many days apart still overlap</source>
        <translation>Même événement : des dates séparées d'autant de jours se recouvrent encore</translation>
    </message>
    <message>
        <location filename="../plugin/processing/import_parameters.py" line="30"/>
        <source>Same event: exact places this far apart (km) are one place</source>
        <translation>Même événement : des lieux exacts à cette distance (km) sont un seul lieu</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="71"/>
        <source>Could not read the incidents of {name}: {error}</source>
        <translation>Impossible de lire les incidents de {name} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="166"/>
        <source>{name} (density)</source>
        <translation>{name} (densité)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="192"/>
        <source>Countries (inset)</source>
        <translation>Pays (carton)</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="201"/>
        <source>{name} (locator)</source>
        <translation>{name} (localisation)</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="33"/>
        <source>Incident Atlas layout layers</source>
        <translation>Couches des mises en page d'Incident Atlas</translation>
    </message>
    <message>
        <location filename="../plugin/core/project/layout_layers.py" line="88"/>
        <source>{name} (print)</source>
        <translation>{name} (impression)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_export.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="260"/>
        <source>No scale bar: the scale varies across a map this wide (equal-area projection).</source>
        <translation>Pas d'échelle graphique : l'échelle varie sur une carte aussi étendue (projection équivalente).</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/layout.py" line="280"/>
        <source>Incidents {per_unit}</source>
        <translation>Incidents {per_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>by governorate</source>
        <translation>par gouvernorat</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>by state</source>
        <translation>par État</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>by oblast</source>
        <translation>par oblast</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>by region</source>
        <translation>par région</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>by province</source>
        <translation>par province</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="88"/>
        <source>per governorate</source>
        <translation>par gouvernorat</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="89"/>
        <source>per state</source>
        <translation>par État</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="90"/>
        <source>per oblast</source>
        <translation>par oblast</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="91"/>
        <source>per region</source>
        <translation>par région</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="92"/>
        <source>per province</source>
        <translation>par province</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="113"/>
        <source>{actors} {event_types} {by_unit}</source>
        <translation>{event_types} de {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="114"/>
        <source>{event_types} involving {actors} {by_unit}</source>
        <translation>{event_types} impliquant {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="119"/>
        <source>{actors} attacks {by_unit}</source>
        <translation>Attaques de {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="120"/>
        <source>Incidents involving {actors} {by_unit}</source>
        <translation>Incidents impliquant {actors} {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="121"/>
        <source>Incidents {by_unit}</source>
        <translation>Incidents {by_unit}</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>Largest count first</source>
        <translation>Le plus grand nombre d'abord</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="131"/>
        <source>By name</source>
        <translation>Par nom</translation>
    </message>
    <message>
        <location filename="../plugin/gui/export_dialog.py" line="45"/>
        <source>Page order</source>
        <translation>Ordre des pages</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="112"/>
        <source>Atlas pages</source>
        <translation>Pages de l'atlas</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="94"/>
        <source>one bar a {interval}</source>
        <translation>une barre par {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/brief.py" line="95"/>
        <source>one bar a {interval} (by {asked}, too many bars)</source>
        <translation>une barre par {interval} (par {asked}, trop de barres)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/counts.py" line="28"/>
        <source>{name} ({country})</source>
        <translation>{name} ({country})</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="82"/>
        <source>No earlier download found in {store}: {error}</source>
        <translation>Aucun téléchargement antérieur trouvé dans {store} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/download.py" line="123"/>
        <source>{query}: no earlier download of this query in the target, so all of it is downloaded</source>
        <translation>{query} : aucun téléchargement antérieur de cette requête dans la cible, elle est donc téléchargée en entier</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/download/providers.py" line="181"/>
        <source>Page {page}: %n records</source>
        <translation>
            <numerusform>Page {page} : %n enregistrement</numerusform>
            <numerusform>Page {page} : %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>{layout}: {read}: {imported} ({new}, {updated}, {unchanged}), {rejected}</source>
        <translation>{layout} : {read} : {imported} ({new}, {updated}, {unchanged}), {rejected}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rows read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="91"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejetée</numerusform>
            <numerusform>%n rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="102"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="104"/>
        <source>%n rows linked to another dataset&apos;s row of the same event</source>
        <translation>
            <numerusform>%n ligne liée à la ligne d'un autre jeu de données pour le même événement</numerusform>
            <numerusform>%n lignes liées à la ligne d'un autre jeu de données pour le même événement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="105"/>
        <source>%n outside every province polygon</source>
        <translation>
            <numerusform>%n hors de tout polygone de province</numerusform>
            <numerusform>%n hors de tout polygone de province</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>{placed}, {moved}</source>
        <translation>{placed}, {moved}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n placed by province name (no coordinates)</source>
        <translation>
            <numerusform>%n placée par le nom de la province (sans coordonnées)</numerusform>
            <numerusform>%n placées par le nom de la province (sans coordonnées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="106"/>
        <source>%n border events moved to the nearest province of their country</source>
        <translation>
            <numerusform>%n événement frontalier déplacé vers la province la plus proche de son pays</numerusform>
            <numerusform>%n événements frontaliers déplacés vers la province la plus proche de leur pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="113"/>
        <source>%n rows with coordinates written with a decimal comma</source>
        <translation>
            <numerusform>%n ligne dont les coordonnées sont écrites avec une virgule décimale</numerusform>
            <numerusform>%n lignes dont les coordonnées sont écrites avec une virgule décimale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/ingest/importer.py" line="115"/>
        <source>%n naming only a region of several provinces (no province, no point)</source>
        <translation>
            <numerusform>%n ne nommant qu'une région de plusieurs provinces (ni province, ni point)</numerusform>
            <numerusform>%n ne nommant qu'une région de plusieurs provinces (ni province, ni point)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="194"/>
        <source>{store} was upgraded to schema version {version} before the import</source>
        <translation>{store} a été mis à niveau vers la version {version} du schéma avant l'import</translation>
    </message>
    <message>
        <location filename="../plugin/core/ingest/importer.py" line="249"/>
        <source>Imported {source} into {store}: {summary}</source>
        <translation>{source} importé dans {store} : {summary}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/brief.py" line="117"/>
        <source>Change: {start} to {end} against {baseline}, by {test}; Benjamini-Hochberg corrected across %n provinces; significant where q &lt; {alpha}.</source>
        <translation>
            <numerusform>Évolution : du {start} au {end} par rapport à {baseline}, par {test} ; correction de Benjamini-Hochberg sur %n province ; significatif si q &lt; {alpha}.</numerusform>
            <numerusform>Évolution : du {start} au {end} par rapport à {baseline}, par {test} ; correction de Benjamini-Hochberg sur %n provinces ; significatif si q &lt; {alpha}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/compare_layout.py" line="33"/>
        <source>… and %n more provinces</source>
        <translation>
            <numerusform>… et %n autre province</numerusform>
            <numerusform>… et %n autres provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/choropleth.py" line="197"/>
        <source>{range}  (%n provinces)</source>
        <translation>
            <numerusform>{range}  (%n gouvernorat)</numerusform>
            <numerusform>{range}  (%n gouvernorats)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/classes.py" line="172"/>
        <source>%n classes, not {asked}: the data has only {distinct} distinct values above zero</source>
        <translation>
            <numerusform>%n classe au lieu de {asked} : les données n'ont que {distinct} valeurs distinctes au-dessus de zéro</numerusform>
            <numerusform>%n classes au lieu de {asked} : les données n'ont que {distinct} valeurs distinctes au-dessus de zéro</numerusform>
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
            <numerusform>%n décès</numerusform>
            <numerusform>%n décès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="167"/>
        <source>%n incidents without coordinates placed by the province their source names.</source>
        <translation>
            <numerusform>%n incident sans coordonnées placé d'après la province que nomme sa source.</numerusform>
            <numerusform>%n incidents sans coordonnées placés d'après la province que nomme leur source.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="171"/>
        <source>%n border incidents moved to the nearest province of their country.</source>
        <translation>
            <numerusform>%n incident frontalier déplacé vers la province la plus proche de son pays.</numerusform>
            <numerusform>%n incidents frontaliers déplacés vers la province la plus proche de leur pays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="175"/>
        <source>%n incidents name only a region of several provinces (such as Northern Ireland): counted in the totals, not on the map.</source>
        <translation>
            <numerusform>%n incident ne nomme qu'une région de plusieurs provinces (comme l'Irlande du Nord) : compté dans les totaux, absent de la carte.</numerusform>
            <numerusform>%n incidents ne nomment qu'une région de plusieurs provinces (comme l'Irlande du Nord) : comptés dans les totaux, absents de la carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="182"/>
        <source>Datasets: {names}; %n rows describing an event another dataset also has are counted once (the same event: overlapping dates and nearby places, linked one to one).</source>
        <translation>
            <numerusform>Jeux de données : {names} ; %n ligne décrivant un événement qu'un autre jeu de données contient aussi est comptée une fois (le même événement : dates qui se recouvrent et lieux proches, appariés un à un).</numerusform>
            <numerusform>Jeux de données : {names} ; %n lignes décrivant un événement qu'un autre jeu de données contient aussi sont comptées une fois (le même événement : dates qui se recouvrent et lieux proches, appariés un à un).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="220"/>
        <source>at least %n fatalities</source>
        <translation>
            <numerusform>au moins %n décès</numerusform>
            <numerusform>au moins %n décès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/maps/map_texts.py" line="222"/>
        <source>at most %n fatalities</source>
        <translation>
            <numerusform>au plus %n décès</numerusform>
            <numerusform>au plus %n décès</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/column_source.py" line="133"/>
        <source>The columns of {name} were not cached: {error}</source>
        <translation>Les colonnes de {name} n'ont pas été mises en cache : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/column_source.py" line="163"/>
        <source>Removed %n cached column sets from {folder} (GeoPackages gone, or beyond the budget)</source>
        <translation>
            <numerusform>%n jeu de colonnes en cache supprimé de {folder} (GeoPackages disparus, ou au-delà du budget)</numerusform>
            <numerusform>%n jeux de colonnes en cache supprimés de {folder} (GeoPackages disparus, ou au-delà du budget)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="50"/>
        <source>%n provinces</source>
        <translation>
            <numerusform>%n gouvernorat</numerusform>
            <numerusform>%n gouvernorats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/store/counts.py" line="62"/>
        <source>%n rows linked to another dataset&apos;s and counted once</source>
        <translation>
            <numerusform>%n ligne liée à celle d'un autre jeu de données et comptée une fois</numerusform>
            <numerusform>%n lignes liées à celles d'un autre jeu de données et comptées une fois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="177"/>
        <source>{name}: changes to incidents are now tracked (data_changes)</source>
        <translation>{name} : les modifications des incidents sont désormais suivies (data_changes)</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis.py" line="179"/>
        <source>{name}: changes are not tracked, counts come from the server: {error}</source>
        <translation>{name} : les modifications ne sont pas suivies, les comptes viennent du serveur : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_columns.py" line="54"/>
        <source>{name}: counting on the server ({error})</source>
        <translation>{name} : comptage sur le serveur ({error})</translation>
    </message>
    <message>
        <location filename="../plugin/core/store/postgis_writer.py" line="269"/>
        <source>{name}: default styles not stored ({problem})</source>
        <translation>{name} : styles par défaut non enregistrés ({problem})</translation>
    </message>
    <message>
        <location filename="../plugin/core/tasks.py" line="38"/>
        <source>{task} failed: {error}</source>
        <translation>{task} a échoué : {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="18"/>
        <source>the previous %n days</source>
        <translation>
            <numerusform>le %n jour précédent</numerusform>
            <numerusform>les %n jours précédents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="24"/>
        <source>the %n periods of equal length before</source>
        <translation>
            <numerusform>la %n période de même durée précédente</numerusform>
            <numerusform>les %n périodes de même durée précédentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/trends/sentences.py" line="32"/>
        <source>{province}: %n incidents from {start} to {end}</source>
        <translation>
            <numerusform>{province} : %n incident du {start} au {end}</numerusform>
            <numerusform>{province} : %n incidents du {start} au {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/compare_dialog.py" line="27"/>
        <source>%n events; {linked} ({share} %) held by more than one dataset</source>
        <translation>
            <numerusform>%n événement ; {linked} ({share} %) présents dans plus d'un jeu</numerusform>
            <numerusform>%n événements ; {linked} ({share} %) présents dans plus d'un jeu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/mapping_dialog.py" line="153"/>
        <source>The date format reads {read} of the %n dates shown.</source>
        <translation>
            <numerusform>Le format de date lit {read} de la %n date affichée.</numerusform>
            <numerusform>Le format de date lit {read} des %n dates affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/compare_datasets.py" line="82"/>
        <source>%n provinces; datasets: {names}</source>
        <translation>
            <numerusform>%n province ; jeux de données : {names}</numerusform>
            <numerusform>%n provinces ; jeux de données : {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/filter_incidents.py" line="63"/>
        <source>%n incidents match: {0}</source>
        <translation>
            <numerusform>%n incident correspond : {0}</numerusform>
            <numerusform>%n incidents correspondent : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/import_incidents.py" line="149"/>
        <source>{0}: the source says &apos;{1}&apos; for %n incidents placed in &apos;{2}&apos;</source>
        <translation>
            <numerusform>{0} : la source indique « {1} » pour %n incident placé dans « {2} »</numerusform>
            <numerusform>{0} : la source indique « {1} » pour %n incidents placés dans « {2} »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/styles.py" line="118"/>
        <source>Could not write the default style of {table}: {error}</source>
        <translation>Impossible d'écrire le style par défaut de {table} : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="81"/>
        <source>the mean baseline needs at least one period</source>
        <translation>la référence moyenne demande au moins une période</translation>
    </message>
    <message>
        <location filename="../plugin/core/trends/change.py" line="104"/>
        <source>change against a baseline needs the current period&apos;s dates (from and to)</source>
        <translation>l'évolution par rapport à une référence demande les dates de la période courante (début et fin)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="72"/>
        <source>Hot spots need at least {minimum} units; the study area has {units}.</source>
        <translation>Les points chauds demandent au moins {minimum} unités ; la zone d'étude en a {units}.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/gi_star.py" line="78"/>
        <source>Every unit has the same count: there is no pattern to test.</source>
        <translation>Toutes les unités ont le même compte : il n'y a pas de motif à tester.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="120"/>
        <source>Hot spots (Getis-Ord Gi*)</source>
        <translation>Points chauds (Getis-Ord Gi*)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="123"/>
        <source>Where the filtered incidents cluster: Getis-Ord Gi* for each unit (equal-area hexagons over the provinces of the countries with incidents, a district layer, or the provinces), with binary weights within a distance band and the unit itself included. gi_bin is 3, 2 or 1 for a hot spot at 99, 95 or 90 % confidence after the Benjamini-Hochberg false discovery rate correction, negative for a cold spot, 0 otherwise; a unit without a neighbour within the band gets NULL. CELL_SIZE is the distance between neighbouring hexagons&apos; centres in metres, DISTANCE_BAND the band in metres (0: chosen from the data, both reported). Incidents placed only at a province&apos;s centre are left out of hexagons and districts unless MAX_GEO_PRECISION says otherwise (default 2), and counted in the log.</source>
        <translation>Où se regroupent les incidents filtrés : Getis-Ord Gi* pour chaque unité (hexagones d'aire égale sur les provinces des pays ayant des incidents, une couche de districts, ou les provinces), avec des poids binaires dans une bande de distance, l'unité elle-même comprise. gi_bin vaut 3, 2 ou 1 pour un point chaud à 99, 95 ou 90 % de confiance après la correction du taux de fausses découvertes de Benjamini-Hochberg, une valeur négative pour un point froid, 0 sinon ; une unité sans voisin dans la bande reçoit NULL. CELL_SIZE est la distance en mètres entre les centres d'hexagones voisins, DISTANCE_BAND la bande en mètres (0 : choisie d'après les données, les deux sont indiquées). Les incidents placés seulement au centre d'une province sont exclus des hexagones et des districts sauf si MAX_GEO_PRECISION en décide autrement (2 par défaut), et comptés dans le journal.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="59"/>
        <source>Units of analysis</source>
        <translation>Unités d'analyse</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Hexagons</source>
        <translation>Hexagones</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="62"/>
        <source>District polygons (for districts)</source>
        <translation>Polygones des districts (pour les districts)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Hexagon size: metres between neighbouring centres (0: from the data)</source>
        <translation>Taille des hexagones : mètres entre centres voisins (0 : d'après les données)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="70"/>
        <source>Distance band in metres (0: the smallest giving every unit a neighbour)</source>
        <translation>Bande de distance en mètres (0 : la plus petite donnant un voisin à chaque unité)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="147"/>
        <source>Hot spots</source>
        <translation>Points chauds</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="224"/>
        <source>%n incidents left out: located vaguer than the precision asked, or without a point</source>
        <translation>
            <numerusform>%n incident exclu : localisé moins précisément que demandé, ou sans point</numerusform>
            <numerusform>%n incidents exclus : localisés moins précisément que demandé, ou sans point</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="230"/>
        <source>No incident matches the filter: there is no study area.</source>
        <translation>Aucun incident ne correspond au filtre : il n'y a pas de zone d'étude.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source>Hexagons: {cells} cells, {size} m between neighbouring centres{chosen}</source>
        <translation>Hexagones : {cells} cellules, {size} m entre centres voisins{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="233"/>
        <source> (chosen from the data)</source>
        <translation> (choisie d'après les données)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="243"/>
        <source>%n incidents fall in no unit</source>
        <translation>
            <numerusform>%n incident ne tombe dans aucune unité</numerusform>
            <numerusform>%n incidents ne tombent dans aucune unité</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source>Distance band: {band} m{chosen}</source>
        <translation>Bande de distance : {band} m{chosen}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="177"/>
        <source> (the smallest giving every unit a neighbour)</source>
        <translation> (la plus petite donnant un voisin à chaque unité)</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/hot_spots.py" line="162"/>
        <source>%n units have no neighbour within the band: NULL</source>
        <translation>
            <numerusform>%n unité n'a aucun voisin dans la bande : NULL</numerusform>
            <numerusform>%n unités n'ont aucun voisin dans la bande : NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="92"/>
        <source>Choose a district layer (DISTRICTS) for districts as units.</source>
        <translation>Choisissez une couche de districts (DISTRICTS) pour les districts comme unités.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="218"/>
        <source>target types {types}</source>
        <translation>types de cible {types}</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock.py" line="102"/>
        <source>Target types</source>
        <translation>Types de cible</translation>
    </message>
    <message>
        <location filename="../plugin/processing/filter_parameters.py" line="93"/>
        <source>Target types (GTD): one type, or a JSON array of types</source>
        <translation>Types de cible (GTD) : un type, ou un tableau JSON de types</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="40"/>
        <source>New hot spot</source>
        <translation>Nouveau point chaud</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="41"/>
        <source>Consecutive hot spot</source>
        <translation>Point chaud consécutif</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="42"/>
        <source>Intensifying hot spot</source>
        <translation>Point chaud qui s'intensifie</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="43"/>
        <source>Persistent hot spot</source>
        <translation>Point chaud persistant</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="44"/>
        <source>Diminishing hot spot</source>
        <translation>Point chaud qui s'atténue</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="45"/>
        <source>Sporadic hot spot</source>
        <translation>Point chaud sporadique</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="46"/>
        <source>Oscillating hot spot</source>
        <translation>Point chaud oscillant</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="47"/>
        <source>Historical hot spot</source>
        <translation>Ancien point chaud</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="48"/>
        <source>New cold spot</source>
        <translation>Nouveau point froid</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="49"/>
        <source>Consecutive cold spot</source>
        <translation>Point froid consécutif</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="50"/>
        <source>Intensifying cold spot</source>
        <translation>Point froid qui s'intensifie</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="51"/>
        <source>Persistent cold spot</source>
        <translation>Point froid persistant</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="52"/>
        <source>Diminishing cold spot</source>
        <translation>Point froid qui s'atténue</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="53"/>
        <source>Sporadic cold spot</source>
        <translation>Point froid sporadique</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="54"/>
        <source>Oscillating cold spot</source>
        <translation>Point froid oscillant</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="55"/>
        <source>Historical cold spot</source>
        <translation>Ancien point froid</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="56"/>
        <source>No pattern detected</source>
        <translation>Aucun motif détecté</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/emerging.py" line="177"/>
        <source>Emerging hot spots need at least {minimum} time steps; the dates give {steps}.</source>
        <translation>Les points chauds émergents demandent au moins {minimum} pas de temps ; les dates en donnent {steps}.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="75"/>
        <source>Emerging hot spots</source>
        <translation>Points chauds émergents</translation>
    </message>
    <message>
        <location filename="../plugin/processing/emerging_hot_spots.py" line="56"/>
        <source>Which clusters are new, growing, fading or gone: Getis-Ord Gi* for each unit in each step of INTERVAL between DATE_FROM and DATE_TO (the data&apos;s first and last dates if not given), with the neighbours within the distance band in the same step and the step before, corrected for the false discovery rate across all unit-steps; a Mann-Kendall trend on each unit&apos;s z series; and the categories of ArcGIS Pro&apos;s Emerging Hot Spot Analysis (new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and historical hot and cold spots, no pattern), with the rules in the README. Needs at least 30 units and 10 steps.</source>
        <translation>Quels regroupements sont nouveaux, croissants, déclinants ou disparus : Getis-Ord Gi* pour chaque unité à chaque pas d'INTERVAL entre DATE_FROM et DATE_TO (les première et dernière dates des données si elles ne sont pas données), avec les voisins dans la bande de distance au même pas et au pas précédent, corrigé du taux de fausses découvertes sur toutes les unités-pas ; une tendance de Mann-Kendall sur la série des z de chaque unité ; et les catégories de l'analyse des points chauds émergents d'ArcGIS Pro (points chauds et froids nouveaux, consécutifs, qui s'intensifient, persistants, qui s'atténuent, sporadiques, oscillants et anciens, aucun motif), selon les règles du README. Demande au moins 30 unités et 10 pas.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/hot_spots.py" line="83"/>
        <source>Time step</source>
        <translation>Pas de temps</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/emerging_hot_spots.py" line="104"/>
        <source>%n time steps from {start} to {end}</source>
        <translation>
            <numerusform>%n pas de temps du {start} au {end}</numerusform>
            <numerusform>%n pas de temps du {start} au {end}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="77"/>
        <source>No country to download districts for: the store has no incident in a province.</source>
        <translation>Aucun pays pour lequel télécharger des districts : le magasin n'a aucun incident dans une province.</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="87"/>
        <source>geoBoundaries has no {level} boundaries for {country}</source>
        <translation>geoBoundaries n'a pas de limites {level} pour {country}</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="112"/>
        <source>geoBoundaries&apos; file for {country} cannot be read</source>
        <translation>Le fichier de geoBoundaries pour {country} est illisible</translation>
    </message>
    <message>
        <location filename="../plugin/core/download/geoboundaries.py" line="164"/>
        <source>The districts could not be written: {error}</source>
        <translation>Les districts n'ont pas pu être écrits : {error}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="33"/>
        <source>Get districts (geoBoundaries)</source>
        <translation>Obtenir les districts (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="50"/>
        <source>Countries: ISO 3166 alpha-3 codes, comma-separated (empty: the store&apos;s)</source>
        <translation>Pays : codes ISO 3166 alpha-3, séparés par des virgules (vide : ceux du magasin)</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="57"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="58"/>
        <source>geoBoundaries API</source>
        <translation>API de geoBoundaries</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="61"/>
        <source>District layer</source>
        <translation>Couche des districts</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/processing/get_districts.py" line="74"/>
        <source>{country} {level}: %n units; source {source}; licence {licence}</source>
        <translation>
            <numerusform>{country} {level} : %n unité ; source {source} ; licence {licence}</numerusform>
            <numerusform>{country} {level} : %n unités ; source {source} ; licence {licence}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>provinces</source>
        <translation>provinces</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="101"/>
        <source>hexagons {size} km across</source>
        <translation>hexagones de {size} km</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="102"/>
        <source>districts ({layer})</source>
        <translation>districts ({layer})</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>districts</source>
        <translation>districts</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="109"/>
        <source>Emerging hot spots: space-time Getis-Ord Gi* in {units}, {steps} steps of a {interval}</source>
        <translation>Points chauds émergents : Gi* de Getis-Ord spatio-temporel en {units}, {steps} pas d'une {interval}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="112"/>
        <source>Mann-Kendall trend</source>
        <translation>tendance de Mann-Kendall</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="115"/>
        <source>Hot spots: Getis-Ord Gi* in {units}</source>
        <translation>Points chauds : Gi* de Getis-Ord en {units}</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km (chosen from the data)</source>
        <translation>bande de distance {band} km (choisie d'après les données)</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="116"/>
        <source>distance band {band} km</source>
        <translation>bande de distance {band} km</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="123"/>
        <source>Benjamini-Hochberg false discovery rate correction</source>
        <translation>correction du taux de fausses découvertes de Benjamini-Hochberg</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/core/hotspots/live.py" line="125"/>
        <source>%n incidents located only to a province or vaguer left out</source>
        <translation>
            <numerusform>%n incident localisé seulement à la province ou moins précisément laissé de côté</numerusform>
            <numerusform>%n incidents localisés seulement à la province ou moins précisément laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="149"/>
        <source>Hot spots in the dock need the incidents in memory, which this database cannot give: run them in Processing.</source>
        <translation>Les points chauds du panneau ont besoin des incidents en mémoire, que cette base ne peut pas fournir : lancez-les dans Processing.</translation>
    </message>
    <message>
        <location filename="../plugin/core/hotspots/live.py" line="202"/>
        <source>Choose a district layer for districts as units.</source>
        <translation>Choisissez une couche de districts pour utiliser les districts comme unités.</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="44"/>
        <source>Hot spot, 99 % confidence</source>
        <translation>Point chaud, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="45"/>
        <source>Hot spot, 95 % confidence</source>
        <translation>Point chaud, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="46"/>
        <source>Hot spot, 90 % confidence</source>
        <translation>Point chaud, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="47"/>
        <source>Not significant</source>
        <translation>Non significatif</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="48"/>
        <source>Cold spot, 90 % confidence</source>
        <translation>Point froid, confiance 90 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="49"/>
        <source>Cold spot, 95 % confidence</source>
        <translation>Point froid, confiance 95 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="50"/>
        <source>Cold spot, 99 % confidence</source>
        <translation>Point froid, confiance 99 %</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/hot_spot_style.py" line="52"/>
        <source>No neighbour within the distance band</source>
        <translation>Aucun voisin dans la bande de distance</translation>
    </message>
    <message>
        <location filename="../plugin/core/maps/map_texts.py" line="150"/>
        <source>Source: {sources}. Filter: {filter}. {method}. Produced {date} with Incident Atlas.</source>
        <translation>Source : {sources}. Filtre : {filter}. {method}. Produit le {date} avec Incident Atlas.</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>hexagons</source>
        <translation>hexagones</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="19"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="20"/>
        <source>From the data</source>
        <translation>D'après les données</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="183"/>
        <source>Incidents by province</source>
        <translation>Incidents par province</translation>
    </message>
    <message>
        <location filename="../plugin/core/definitions.py" line="192"/>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="39"/>
        <source>A polygon layer of the project: geoBoundaries, OCHA COD-AB or your own</source>
        <translation>Une couche de polygones du projet : geoBoundaries, OCHA COD-AB ou la vôtre</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="40"/>
        <source>Get districts…</source>
        <translation>Obtenir les districts…</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="41"/>
        <source>Download geoBoundaries&apos; open districts for the countries of the data</source>
        <translation>Télécharger les districts ouverts de geoBoundaries pour les pays des données</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="43"/>
        <source>Distance between neighbouring hexagons&apos; centres</source>
        <translation>Distance entre les centres d'hexagones voisins</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="45"/>
        <source>Units closer than this are neighbours; from the data: every unit has one</source>
        <translation>Les unités plus proches que cela sont voisines ; d'après les données : chaque unité en a une</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="49"/>
        <source>List a unit&apos;s incidents</source>
        <translation>Lister les incidents d'une unité</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="51"/>
        <source>Click a unit on the map: its incidents are selected and listed</source>
        <translation>Cliquez une unité sur la carte : ses incidents sont sélectionnés et listés</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="55"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="56"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="59"/>
        <source>Hexagon size</source>
        <translation>Taille des hexagones</translation>
    </message>
    <message>
        <location filename="../plugin/gui/hot_spot_controls.py" line="60"/>
        <source>Distance band</source>
        <translation>Bande de distance</translation>
    </message>
    <message numerus="yes">
        <location filename="../plugin/gui/unit_incidents_tool.py" line="56"/>
        <source>{unit}: %n incidents selected</source>
        <translation>
            <numerusform>{unit} : %n incident sélectionné</numerusform>
            <numerusform>{unit} : %n incidents sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="67"/>
        <source>Districts (geoBoundaries)</source>
        <translation>Districts (geoBoundaries)</translation>
    </message>
    <message>
        <location filename="../plugin/gui/dock_hot_spots.py" line="69"/>
        <source>QGIS cannot open the districts: {0}</source>
        <translation>QGIS ne peut pas ouvrir les districts : {0}</translation>
    </message>
    <message>
        <location filename="../plugin/processing/get_districts.py" line="36"/>
        <source>Downloads geoBoundaries&apos; open administrative units (ADM2 districts, or ADM1) for the countries of the incident GeoPackage or PostGIS schema (or those given as ISO 3166 alpha-3 codes in COUNTRIES) through QGIS&apos;s network settings, and stores them in its districts table with each unit&apos;s source and licence (geoBoundaries&apos; gbOpen release: CC BY 4.0 or another open licence; cite it). OUTPUT is the layer to give to the hot spot algorithms as DISTRICTS.</source>
        <translation>Télécharge les unités administratives ouvertes de geoBoundaries (districts ADM2, ou ADM1) pour les pays du GeoPackage d'incidents ou du schéma PostGIS (ou ceux donnés en codes ISO 3166 alpha-3 dans COUNTRIES) avec les réglages réseau de QGIS, et les enregistre dans sa table districts avec la source et la licence de chaque unité (version gbOpen de geoBoundaries : CC BY 4.0 ou une autre licence ouverte ; citez-la). OUTPUT est la couche à donner aux algorithmes de points chauds comme DISTRICTS.</translation>
    </message>
    <message>
        <location filename="../plugin/processing/export_map.py" line="62"/>
        <source>Exports the provinces coloured by the filtered incidents in a print layout (title and subtitle written from the filter, legend with class ranges, scale bar, north arrow, overview and the provenance of the data) as PDF, PNG or SVG, chosen by the output&apos;s extension. With ATLAS, one page per province with incidents. The brief template adds the change per province against BASELINE (DATE_FROM and DATE_TO are needed), a chart by INTERVAL and the top provinces&apos; sentences. The compare template adds, per province, each dataset&apos;s rows, the rows only it has and the share of events several datasets hold. MAP draws hot spots or emerging hot spots instead (Getis-Ord Gi* with the false discovery rate correction, as incidentatlas:hotspots and emerginghotspots) in HOT_SPOT_UNITS, with their legend and method in the provenance.</source>
        <translation>Exporte les provinces colorées selon les incidents filtrés dans une mise en page (titre et sous-titre rédigés à partir du filtre, légende avec les bornes des classes, barre d'échelle, flèche du nord, carte de situation et provenance des données) en PDF, PNG ou SVG, selon l'extension du fichier. Avec ATLAS, une page par province ayant des incidents. Le modèle « note » ajoute l'évolution par province par rapport à BASELINE (DATE_FROM et DATE_TO sont nécessaires), un graphique par INTERVAL et les phrases des premières provinces. Le modèle « comparaison » ajoute, par province, les lignes de chaque jeu de données, celles qu'il est seul à avoir et la part des événements que plusieurs jeux contiennent. MAP dessine à la place les points chauds ou les points chauds émergents (Gi* de Getis-Ord avec la correction du taux de fausses découvertes, comme incidentatlas:hotspots et emerginghotspots) dans HOT_SPOT_UNITS, avec leur légende et leur méthode dans la provenance.</translation>
    </message>
</context>
</TS>
