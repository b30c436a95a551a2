# Incident Atlas developer commands. `make demo` and `make test` do all set-up on a fresh Debian.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
# A lane (.ci/lane) keeps its own venv outside the shared checkout.
VENV ?= .venv
PY := $(VENV)/bin/python
RUFF := $(VENV)/bin/ruff
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PLUGIN_NAME := incident_atlas
# Debian 12's /usr/bin/qgis_process passes --noversioncheck, which the binary rejects.
QGIS_PROCESS := $(shell command -v qgis_process.bin 2>/dev/null || echo /usr/bin/qgis_process.bin)
PROFILE_DIR := build/qgis-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# qgis brings qgis_process and the desktop; xvfb/xauth the screenshots; poppler-utils pdftotext and
# pdffonts; python3-scipy the reference the trend statistics are tested against; proj-data and proj-bin: the PROJ database, and the `proj` program by which pyproj finds it
# from a venv (geopandas reference tests).
APT_PACKAGES := python3-qgis qgis-providers qgis python3-venv xvfb xauth poppler-utils \
	qttools5-dev-tools pyqt5-dev-tools python3-psycopg2 proj-data proj-bin python3-scipy
# Python 3.13 and newer (Debian 13, unstable) take the data stack from Debian, built for that Python;
# Debian 12's shapely is 1.8, so there the pinned wheels in .ci/requirements-dev.txt are used.
DEBIAN_DATA_STACK := $(shell $(SYSTEM_PYTHON) -c 'import sys; print(int(sys.version_info >= (3, 13)))' 2>/dev/null)
ifeq ($(DEBIAN_DATA_STACK),1)
APT_PACKAGES += python3-pandas python3-shapely python3-geopandas python3-pyogrio python3-openpyxl python3-pyproj \
	python3-statsmodels python3-sklearn
endif
export QT_QPA_PLATFORM ?= offscreen
TS_FILES := $(wildcard i18n/incident_atlas_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# Qt5's tools on Debian 12 and 13 alike; Qt6-only machines have pylupdate6 and qt6 lrelease.
PYLUPDATE := $(shell command -v pylupdate5 2>/dev/null || command -v pylupdate6 2>/dev/null)
LRELEASE := $(shell command -v lrelease 2>/dev/null || command -v /usr/lib/qt6/bin/lrelease 2>/dev/null || echo lrelease)

.PHONY: help deps system-deps test test-fast check-repository repository test-qgis340 test-qgis344 lint format package install profile process run demo bench clean templates \
	translations qm postgis-deps

help:
	@echo "make demo     install what is missing, build the sample GeoPackage, export a styled map"
	@echo "make test     install what is missing, lint, run every test headless"
	@echo "make test-fast     the headless unit and integration tests only (no slow or system tests)"
	@echo "make test-qgis340  the same tests on QGIS 3.40 (Debian 13) in a root filesystem under build/lanes"
	@echo "make test-qgis344  the same tests on QGIS 3.44 (Debian unstable)"
	@echo "make deps     install Debian's QGIS and the .venv with the pinned dev tools, if missing"
	@echo "make lint     ruff check + ruff format --check"
	@echo "make format   ruff format + ruff check --fix"
	@echo "make package  dist/$(PLUGIN_NAME)-$(VERSION).zip for the plugin repository"
	@echo "make check-repository  scan the zip as plugins.qgis.org does; fails where an upload would be blocked"
	@echo "make repository REPOSITORY_URL=https://host/path   dist/plugins.xml and the zip: a plugin repository to serve"
	@echo "make install  put the plugin into your QGIS profile (QGIS_PROFILE_DIR to choose one)"
	@echo "make profile  throwaway QGIS settings in $(PROFILE_DIR) with this checkout's plugin enabled"
	@echo "make process ARGS='list'   qgis_process with that profile"
	@echo "make run      QGIS desktop with the plugin enabled, the dock open on the demo data"
	@echo "make bench    run the benchmarks under tests/bench and print a table"
	@echo "make translations  refresh i18n/*.ts from the code (pylupdate) and build the .qm (lrelease)"

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi
	@$(SYSTEM_PYTHON) -c "import qgis.core" 2>/dev/null || { echo "import qgis fails for $(SYSTEM_PYTHON)"; exit 1; }

# The PostGIS tests start their own throwaway cluster; Debian's server and PostGIS must be there.
# postgresql-postgis is the virtual package of the release's own postgresql-NN-postgis-3.
postgis-deps:
	@ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
		echo "Installing Debian's PostgreSQL and PostGIS"; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			postgresql postgresql-postgis >/dev/null; }

$(VENV)/.deps-stamp: .ci/requirements-dev.txt
	@[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@echo "Installing the pinned dev requirements into $(VENV)"
	@$(PY) -m pip install -q --disable-pip-version-check -r .ci/requirements-dev.txt
	@touch $@

deps: system-deps
	@$(MAKE) --no-print-directory -s $(VENV)/.deps-stamp

lint: deps
	$(RUFF) check .
	$(RUFF) format --check .

format: deps
	$(RUFF) format .
	$(RUFF) check --fix .

test: lint qm postgis-deps check-repository
	$(PY) -m pytest tests

# The zip scanned as plugins.qgis.org scans an upload (.ci/plugin_site_rules.json): fails where it would block.
check-repository: deps qm
	@$(PY) .ci/package.py zip --output build/check/$(PLUGIN_NAME)-$(VERSION).zip
	@$(PY) .ci/check_repository.py build/check/$(PLUGIN_NAME)-$(VERSION).zip

# What a developer runs between edits: no QGIS desktop, qgis_process, separate QGIS or PostgreSQL.
test-fast: lint qm
	$(PY) -m pytest tests -m "not slow and not system"

# Lanes: Debian's own QGIS of that release, `make test` inside (needs root or sudo; see .ci/lane).
test-qgis340:
	.ci/lane trixie test

test-qgis344:
	.ci/lane sid test

i18n/%.qm: i18n/%.ts
	@$(LRELEASE) -silent $< -qm $@

qm: system-deps
	@$(MAKE) --no-print-directory -s $(QM_FILES)

translations: system-deps
ifeq ($(notdir $(PYLUPDATE)),pylupdate6)
	$(SYSTEM_PYTHON) .ci/update_translations.py $(TS_FILES) -- \
		$(PYLUPDATE) --no-obsolete $(foreach ts,$(TS_FILES),--ts $(ts)) plugin
else
	$(SYSTEM_PYTHON) .ci/update_translations.py $(TS_FILES) -- \
		$(PYLUPDATE) -noobsolete $$(find plugin -name '*.py' | sort) -ts $(TS_FILES)
endif
	@$(MAKE) --no-print-directory -s $(QM_FILES)

package: deps qm
	@$(PY) .ci/package.py zip --output dist/$(PLUGIN_NAME)-$(VERSION).zip

# A plugin repository a team can serve: QGIS's plugin manager reads REPOSITORY_URL/plugins.xml.
REPOSITORY_URL ?= http://localhost:8000
repository: deps qm check-repository
	@$(PY) .ci/package.py repository --output dist --url $(REPOSITORY_URL)

install: deps
	@$(PY) .ci/package.py install --profile-dir "$${QGIS_PROFILE_DIR:-$$HOME/.local/share/QGIS/QGIS3/profiles/default}"

profile: deps qm
	@$(PY) .ci/package.py install --profile-dir $(PROFILE_DIR)/profiles/default --quiet

# qgis_process runs Debian's Python; the venv's site-packages give it pandas and shapely 2.
VENV_SITE = $(shell $(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' 2>/dev/null)

process: profile
	PYTHONPATH=$(VENV_SITE) QGIS_CUSTOM_CONFIG_PATH=$(PROFILE_DIR) $(QGIS_PROCESS) $(ARGS)

run: profile
	@[ -f demo/incident-atlas-sample.gpkg ] || echo "No demo data yet: run 'make demo' to open it here too."
	QT_QPA_PLATFORM= PYTHONPATH=$(VENV_SITE) QGIS_CUSTOM_CONFIG_PATH=$(PROFILE_DIR) \
		INCIDENT_ATLAS_DEMO=$(CURDIR)/demo/incident-atlas-sample.gpkg \
		qgis --noversioncheck --code $(CURDIR)/.ci/run_qgis.py $(RUN_ARGS)

demo: deps qm
	@$(PY) .ci/demo.py

bench: deps postgis-deps
	$(PY) tests/bench/run.py

clean:
	rm -rf build dist demo .pytest_cache .ruff_cache

templates: deps
	@$(PY) -c "import os, sys; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); sys.path.insert(0, 'tests'); import conftest; from qgis.core import QgsApplication; app = QgsApplication([], False); app.initQgis(); from incident_atlas.plugin.core.maps.layout_design import write_templates; print(*write_templates(), sep='\n')"
