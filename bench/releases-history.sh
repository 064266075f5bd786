#!/usr/bin/env bash
# Build a git history from a package's released source distributions, one commit per release,
# oldest first, for `npm run bench:history DIR N`. An sdist has no git history of its own: this
# history is coarse (one commit per release, not per change), so it over-counts what one push
# would contain. Needs network access to PyPI (pip download).
#
#   bash bench/releases-history.sh DIR PACKAGE VERSION...
#   bash bench/releases-history.sh /tmp/requests-history requests 2.25.1 2.26.0 2.27.1 2.28.2
set -euo pipefail
dir=$1; package=$2; shift 2
pip=${PIP:-python3 -m pip}
downloads=$(mktemp -d)
trap 'rm -rf "$downloads"' EXIT
mkdir -p "$dir"
git -C "$dir" init -q -b main
export GIT_AUTHOR_NAME=releases GIT_AUTHOR_EMAIL=releases@example.invalid GIT_COMMITTER_NAME=releases GIT_COMMITTER_EMAIL=releases@example.invalid
for version in "$@"; do
  $pip download --quiet --no-binary :all: --no-deps -d "$downloads/$version" "$package==$version"
  archive=$(ls "$downloads/$version"/*)
  find "$dir" -mindepth 1 -maxdepth 1 ! -name .git -exec rm -rf {} +
  case "$archive" in
    *.zip) unzip -q "$archive" -d "$downloads/$version/x" ;;
    *) mkdir -p "$downloads/$version/x" && tar --no-same-owner -xzf "$archive" -C "$downloads/$version/x" ;;
  esac
  cp -R "$downloads/$version/x"/*/. "$dir"/
  git -C "$dir" add -A
  git -C "$dir" -c commit.gpgsign=false commit -q --allow-empty -m "$package $version"
  echo "committed $package $version"
done
