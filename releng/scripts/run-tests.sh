#!/bin/sh
# Runs every test: unit, CLI, UI tests (under Xvfb) and the product smoke test. Installs what
# is missing first. Exits non-zero when any test fails. Usage: releng/scripts/run-tests.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

sh releng/scripts/prerequisites.sh --ui
# -a picks a free display number; the screen is large enough for the workbench and dialogs.
exec xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" ./mvnw -B verify "$@"
