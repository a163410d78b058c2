#!/usr/bin/env bash
# Installs what Organiser needs on a Debian/Ubuntu machine, idempotently:
#   system libraries Qt needs (apt-get), and a project .venv with the package installed.
# Usage: scripts/bootstrap.sh [run|test]   (test also installs the test tools)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

# Qt's xcb platform and fonts (a real window), plus what the tests use.
RUN_PACKAGES="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libx11-xcb1 fonts-dejavu-core"
TEST_PACKAGES="poppler-utils xvfb xauth postgresql dovecot-imapd"
PYTHON_PACKAGES="python3 python3-venv"

say() { printf '%s\n' "organiser setup: $*" >&2; }

missing_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  echo "${missing[@]:-}"
}

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-like system: install Qt's libraries yourself"; return 0; }
  local wanted="$RUN_PACKAGES"
  [ "$mode" = "test" ] && wanted="$wanted $TEST_PACKAGES"
  command -v python3 >/dev/null 2>&1 && python3 -c "import venv, ensurepip" 2>/dev/null \
    || wanted="$wanted $PYTHON_PACKAGES"
  # shellcheck disable=SC2086
  local missing; missing=$(missing_packages $wanted)
  [ -z "${missing// /}" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "missing system packages: $missing (run as root: apt-get install $missing)"; return 0
    fi
  fi
  say "installing system packages: $missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

install_venv() {
  local python="${PYTHON:-python3}"
  "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
    || { say "Python 3.11 or newer is needed (found $("$python" --version 2>&1))"; exit 1; }
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  local extras=""
  [ "$mode" = "test" ] && extras="[test]"
  local stamp=".venv/.organiser-installed"
  # the pinned, tested versions (constraints.txt) are part of what is installed
  local hash; hash="$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)"
  local want="$hash $extras" have=""
  [ -f "$stamp" ] && have="$(cat "$stamp")"
  # an install with the test tools serves the app too
  if [ "$have" != "$want" ] && [ "$have" != "$hash [test]" ]; then
    say "installing Python packages into .venv"
    .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null 2>&1 || true
    # the build's chatter goes to a log, shown only when the install fails
    if ! .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt \
        -e ".$extras" \
        > .venv/pip-install.log 2>&1; then
      cat .venv/pip-install.log >&2
      say "installing the Python packages failed (log: .venv/pip-install.log)"
      exit 1
    fi
    echo "$want" > "$stamp"
  fi
}

install_system_packages
install_venv
