#!/usr/bin/env bash
# "Regenerate for my server", proven: on a copy of the repository (tracked files as they are in
# the work tree), `make spec OPENWEBUI_VERSION=$1 && make generate`, then lint, typecheck and the
# unit tests of the regenerated package. Nothing in the repository is changed.
#   codegen/check_regenerate.sh 0.11.4        (make check-regenerate REGEN_VERSION=0.11.4)
# The copy uses the repository's .venv with its src/ first on the path (PYTHONPATH), and the
# Open WebUI venv of that release from the cache (installed when missing).
set -euo pipefail
version="${1:?usage: codegen/check_regenerate.sh OPENWEBUI_VERSION}"
root="$(cd "$(dirname "$0")/.." && pwd)"
venv="${VENV:-$root/.venv}"
case "$venv" in /*) ;; *) venv="$root/$venv" ;; esac
copy="$(mktemp -d -t owui-regenerate.XXXXXX)"
trap 'rm -rf "$copy"' EXIT
cd "$root"
# cp -a keeps the times: the copy's pyproject.toml is not newer than the venv's stamp.
git ls-files -z | xargs -0 cp -a --parents -t "$copy"
cd "$copy"
export PYTHONPATH="$copy/src"
run() { printf -- '--- %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; "$@"; }
run make --no-print-directory VENV="$venv" spec OPENWEBUI_VERSION="$version"
run make --no-print-directory VENV="$venv" generate
run make --no-print-directory VENV="$venv" lint
run make --no-print-directory VENV="$venv" typecheck
run make --no-print-directory VENV="$venv" test-unit
echo "regenerated for Open WebUI $version: lint, typecheck and unit tests passed"
