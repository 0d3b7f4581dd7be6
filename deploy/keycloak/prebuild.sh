#!/usr/bin/env bash
# Builds the unpacked Keycloak for the stack's options at package time (kc.sh build), so that the launcher starts it
# with `start --optimized` and its first start does not build (35 s on the 2-core machine). Builds again only when the
# options or conf/quarkus.properties change.
set -euo pipefail
home="$1"
here="$(cd "$(dirname "$0")" && pwd)"
options=(--db=postgres)
marker="$home/lib/quarkus/partybloc-build"
wanted="${options[*]} $(sha256sum "$here/quarkus.properties" | cut -d' ' -f1)"
if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]]; then
    echo "Keycloak is already built for the stack ($marker)"
    exit 0
fi
cp "$here/quarkus.properties" "$home/conf/quarkus.properties"
bash "$home/bin/kc.sh" build "${options[@]}"
echo "$wanted" > "$marker"
