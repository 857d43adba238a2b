#!/usr/bin/env bash
# The one test command (README, CI): lint, format, types, import contracts, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
ruff check .
ruff format --check .
mypy extractor evaluation corpus
lint-imports
pytest "$@"
