#!/usr/bin/env bash
# Runs the whole system on this machine, without Docker: ./run.sh [start|stop|status|reset|demo|bench [rate]|bench scale [members]|backup|restore <file>|logs <request id>|dlq [replay <id>]]
# PARTYBLOC_DATA names another data folder than .local/ (the scale benchmark loads its own province there).
# Builds what is missing first (only a JDK 17 is needed; Maven comes through ./mvnw).
set -euo pipefail
cd "$(dirname "$0")"
command=${1:-start}
# One place for the Keycloak version: deploy/keycloak/pom.xml
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' deploy/keycloak/pom.xml)
if [[ "$command" == start && ( ! -f deploy/launcher/target/launcher.jar || ! -f organization-service/target/quarkus-app/quarkus-run.jar || ! -f gateway/target/quarkus-app/quarkus-run.jar || ! -f member-service/target/quarkus-app/quarkus-run.jar || ! -f training-service/target/quarkus-app/quarkus-run.jar || ! -f evaluation-service/target/quarkus-app/quarkus-run.jar || ! -f admin-ui/target/quarkus-app/quarkus-run.jar || ! -f deploy/keycloak/target/keycloak-${keycloak_version}/lib/quarkus/partybloc-build || -n "${REBUILD:-}" ) ]]; then
  echo "Building the system (first run only; REBUILD=1 forces it)…"
  ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
fi
# The scale benchmark holds its generated province (550,000 members) in the launcher's memory.
heap=512m
[[ "$command" == bench && "${2:-}" == scale ]] && heap=3g
exec java -Xmx$heap -Dpartybloc.home="$PWD" ${PARTYBLOC_DATA:+-Dpartybloc.data="$PARTYBLOC_DATA"} -jar deploy/launcher/target/launcher.jar "$command" "${@:2}"
