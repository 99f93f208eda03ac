#!/usr/bin/env bash
# Django's deployment checklist under production settings, warnings included, then
# collectstatic into a throwaway folder with WhiteNoise's compressed manifest storage.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CHIBO_DEBUG=0
export CHIBO_SECRET_KEY
CHIBO_SECRET_KEY=$($BIN/python -c 'import secrets; print(secrets.token_urlsafe(50))')
export CHIBO_ALLOWED_HOSTS=example.org
export CHIBO_DATA_DIR="$tmp"
$BIN/chibo check --deploy --fail-level WARNING
$BIN/chibo collectstatic --noinput -v 0
test -s "$tmp/static/staticfiles.json" || {
  echo "collectstatic wrote no manifest" >&2
  exit 1
}
echo "collectstatic: $(find "$tmp/static" -type f | wc -l) files, manifest present"
