#!/usr/bin/env bash
# One-time setup of a development machine (and of CI): Node packages, and Python virtual
# environments under .venv/ holding the pinned Bandit, the oldest supported Bandit and pre-commit.
# Idempotent: what is already there is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

PINNED_BANDIT=1.9.4
OLDEST_BANDIT=1.7.5
PRE_COMMIT=4.7.0
# The codemod generator rewrites Python with libcst, run by the same interpreter as Bandit.
LIBCST=1.9.0
PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null; then
  echo "setup: $PYTHON not found; install Python 3.10 or newer (e.g. apt-get install python3 python3-venv)" >&2
  exit 2
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

venv() { # venv DIR PACKAGES...: create DIR with PACKAGES unless its marker says it already has them
  local dir=$1; shift
  local want="$*"
  if [ -f "$dir/.installed" ] && [ "$(cat "$dir/.installed")" = "$want" ]; then return; fi
  rm -rf "$dir"
  "$PYTHON" -m venv "$dir"
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
  echo "$want" > "$dir/.installed"
}

# Bandit before 1.7.7 imports pbr without declaring it.
venv .venv/bandit-$PINNED_BANDIT "bandit[toml]==$PINNED_BANDIT" "libcst==$LIBCST"
venv .venv/bandit-$OLDEST_BANDIT "bandit==$OLDEST_BANDIT" pbr "libcst==$LIBCST"
venv .venv/pre-commit "pre-commit==$PRE_COMMIT"
echo "setup: Bandit $PINNED_BANDIT in .venv/bandit-$PINNED_BANDIT, Bandit $OLDEST_BANDIT in .venv/bandit-$OLDEST_BANDIT (both with libcst $LIBCST), pre-commit in .venv/pre-commit"
