#!/usr/bin/env bash
# `pnpm test`: typecheck, lint and format check, unit tests, integration tests on PGlite and on
# PostgreSQL (DATABASE_URL, or a local server when one answers), reliability tests (need Debian's
# postgresql and redis-server packages), then browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m▸ %s\033[0m\n' "$1"; }
started=$SECONDS
results=tests/artifacts/results
rm -rf "$results" && mkdir -p "$results"

# Runs one Vitest project, keeping a JSON report so the totals can be summed at the end.
suite() {
  local name=$1
  shift
  pnpm exec vitest run --reporter=default --reporter=json --outputFile="$results/$name.json" "$@"
}

step "Typecheck"
pnpm typecheck

step "Lint and format (Biome)"
pnpm lint

step "Unit tests"
suite unit --project unit

step "Integration tests on embedded PGlite"
suite integration-pglite --project integration

postgres_url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if node -e "
  const { Client } = require('./packages/db/node_modules/pg');
  const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 2000 });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
" "$postgres_url"; then
  step "Integration tests on PostgreSQL ($postgres_url)"
  TEST_DB=postgres DATABASE_URL="$postgres_url" suite integration-postgres --project integration
elif [ -n "${DATABASE_URL:-}" ]; then
  echo "DATABASE_URL is set but PostgreSQL does not answer at it." >&2
  exit 1
else
  echo "PostgreSQL is not reachable at $postgres_url: skipped the PostgreSQL run (set DATABASE_URL to include it)."
fi

step "Reliability tests (PostgreSQL restart under load, two API processes, graceful shutdown)"
# Each test starts its own PostgreSQL cluster and Redis on free ports; the shared servers are left alone.
bash scripts/ensure-services.sh
suite reliability --project reliability

step "Browser tests (Chromium)"
bash scripts/ensure-chromium.sh
pnpm build
suite e2e --project e2e

echo
echo "All test suites passed in $((SECONDS - started)) s."
node scripts/test-totals.mjs "$results"
