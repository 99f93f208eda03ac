#!/usr/bin/env bash
# Run the suite; pytest's exit code 5 ("no tests collected") counts as a failure.
set -uo pipefail
export DJANGO_ALLOW_ASYNC_UNSAFE=true
.venv/bin/pytest "$@"
code=$?
if [ "$code" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here." >&2
  exit 1
fi
exit "$code"
