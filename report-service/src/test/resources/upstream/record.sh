#!/usr/bin/env bash
# Records, as the auditor, the answers of the local stack's services that the annual report on the demo contract's
# first contract year (2014/15) reads, one file per request, named as io.sdc.report.RecordedServices serves them.
# Use: source /tmp/stack-data/tokens.env; source /tmp/stack-data/demo.env; ./record.sh
set -euo pipefail
cd "$(dirname "$0")"
: "${TOKEN_AUDITOR:?source tokens.env}" "${CONTRACT:?source demo.env}"
declare -A PORT=([contract]=8081 [performance]=8082 [finance]=8083 [notification]=8084)

record() { # service path-and-query (raw, as sent)
  local service=$1 path=$2 name
  name=$(printf '%s' "${path#/api/v1/}" | sed 's/[^A-Za-z0-9.-]/_/g').json
  mkdir -p "$service"
  curl -sf -H "Authorization: Bearer $TOKEN_AUDITOR" -H 'Accept: application/json' \
    "http://localhost:${PORT[$service]}$path" > "$service/$name"
  echo "$service/$name"
}

record contract "/api/v1/contracts/$CONTRACT"
record contract "/api/v1/contracts/$CONTRACT/annual-reviews"
for change in "$CWD_TRANSFER" "$EARLY_HELP_HUB" "$BASKET_REVISION"; do
  record contract "/api/v1/change-requests/$change"
done
record performance "/api/v1/contracts/$CONTRACT/scorecard?period=2015-Q3"
record performance "/api/v1/contracts/$CONTRACT/performance-summary?contractYear=2014%2F15"
record performance "/api/v1/contracts/$CONTRACT/inspections"
record performance "/api/v1/contracts/$CONTRACT/milestones?asOf=2015-09-30"
record finance "/api/v1/contracts/$CONTRACT/budgets"
record finance "/api/v1/budgets/$BUDGET_2014_15/outturn"
record finance "/api/v1/budgets/$BUDGET_2015_16/forecast"
