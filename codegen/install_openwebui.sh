#!/usr/bin/env bash
# Install Open WebUI $1 into the cache venv $2, once. Safe to run concurrently (flock) and
# after an interrupted install (the stamp file is written last).
set -euo pipefail
version="$1"
venv="$2"
python="${PYTHON:-python3.11}"
stamp="$venv/.installed"
mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"
flock 9
if [ -f "$stamp" ]; then
    exit 0
fi
rm -rf "$venv"
echo "Installing open-webui==$version into $venv (about 5 minutes, once per machine)" >&2
"$python" -m venv "$venv"
# A CPU build of torch first: left to itself, open-webui pulls a multi-GB CUDA build.
"$venv/bin/pip" install --quiet --disable-pip-version-check "torch==2.13.0"
"$venv/bin/pip" install --quiet --disable-pip-version-check "open-webui==$version"
touch "$stamp"
