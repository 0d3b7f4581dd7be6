#!/usr/bin/env bash
# Generates the TypeScript types from the gateway's merged OpenAPI document and compiles the sample with
# `tsc --strict`: if the document loses a type the sample relies on, this fails. Needs node >= 18 (.ci/ensure-node)
# and the merged document, which every Maven build writes (gateway/target/openapi/merged-openapi.json).
# Usage: clients/typescript/build.sh [path/to/openapi.json]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
document="$(realpath "${1:-$here/../../gateway/target/openapi/merged-openapi.json}")"
if [[ ! -f "$document" ]]; then
    echo "No OpenAPI document at $document: build the gateway first (./mvnw -B package -pl gateway -am -DskipTests)" >&2
    exit 1
fi
cd "$here"
npm ci --ignore-scripts --no-audit --no-fund
npx --no-install openapi-typescript "$document" --output src/schema.d.ts
npx --no-install tsc --noEmit --project tsconfig.json
echo "TypeScript client: types generated from $(basename "$document"), src/sample.ts compiles strictly"
