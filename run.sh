#!/usr/bin/env bash
# Runs the whole system on this machine, without Docker: ./run.sh [start|stop|status|reset|demo|bench [rate]|backup|restore <file>]
# Builds what is missing first (only a JDK 17 is needed; Maven comes through ./mvnw).
set -euo pipefail
cd "$(dirname "$0")"
command=${1:-start}
# One place for the Keycloak version: deploy/keycloak/pom.xml
keycloak_version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' deploy/keycloak/pom.xml)
if [[ "$command" == start && ( ! -f deploy/launcher/target/launcher.jar || ! -f organization-service/target/quarkus-app/quarkus-run.jar || ! -f gateway/target/quarkus-app/quarkus-run.jar || ! -f member-service/target/quarkus-app/quarkus-run.jar || ! -f training-service/target/quarkus-app/quarkus-run.jar || ! -f evaluation-service/target/quarkus-app/quarkus-run.jar || ! -f deploy/keycloak/target/keycloak-${keycloak_version}/lib/quarkus/partybloc-build || -n "${REBUILD:-}" ) ]]; then
  echo "Building the system (first run only; REBUILD=1 forces it)…"
  ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true
fi
exec java -Xmx512m -Dpartybloc.home="$PWD" -jar deploy/launcher/target/launcher.jar "$command" "${@:2}"
