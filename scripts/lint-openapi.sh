#!/usr/bin/env bash
# Lints the OpenAPI document that OpenApiDocumentIntegrationTests wrote to target/openapi.json
# with Redocly CLI's recommended rules: any error fails (warnings are printed).
set -euo pipefail
cd "$(dirname "$0")/.."
doc=target/openapi.json
if [ ! -f "$doc" ]; then
  echo "no $doc: run mvn verify (or OpenApiDocumentIntegrationTests) first" >&2
  exit 1
fi
tools=target/redocly
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  npm install --silent --no-fund --no-audit --prefix "$tools" @redocly/cli@2.77.0 >/dev/null
fi
"$tools/node_modules/.bin/redocly" lint "$doc" --format=stylish --max-problems 1000 2>/dev/null | grep -v '^\s*$' | tail -20
exit "${PIPESTATUS[0]}"
