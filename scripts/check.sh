#!/usr/bin/env bash
# Set up everything the tests need and run them all: lint, the guide's strict build, pytest.
# Used by the README's test command and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet -e ".[dev]"

# System packages the tests drive: Chromium for the guide's browser tests, LibreOffice
# (with Carlito, the metric twin of Calibri) to open the tailored Word documents.
need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui fonts-crosextra-carlito)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing system packages: ${need_apt[*]} (install them with apt-get as root)" >&2
    exit 1
  fi
fi
if [ -f package.json ]; then
  npm ci --silent --no-audit --no-fund
fi

ruff check .
if [ -f mkdocs.yml ]; then
  mkdocs build --strict --quiet --site-dir "${SITE_DIR:-site}"
fi
python -m pytest "$@"
