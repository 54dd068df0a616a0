#!/usr/bin/env bash
# Records, as the auditor, the answers of the local stack's services that the demo contract's quarterly packs for
# 2014-Q4, 2015-Q3, 2015-Q4 and 2016-Q2 read (the tests of io.sdc.report.quarterly), one file per request, named as
# io.sdc.report.RecordedServices serves them. A request the services answer 404 (the 2016/17 budget has no monitoring
# return yet) is left unrecorded: the recorded services answer 404 for it too.
# Use: source /tmp/stack-data/tokens.env; source /tmp/stack-data/demo.env; ./record-quarterly.sh
set -euo pipefail
cd "$(dirname "$0")"
: "${TOKEN_AUDITOR:?source tokens.env}" "${CONTRACT:?source demo.env}"
declare -A PORT=([contract]=8081 [performance]=8082 [finance]=8083)

record() { # service path-and-query (raw, as sent)
  local service=$1 path=$2 name
  name=$(printf '%s' "${path#/api/v1/}" | sed 's/[^A-Za-z0-9.-]/_/g').json
  mkdir -p "$service"
  if curl -sf -H "Authorization: Bearer $TOKEN_AUDITOR" -H 'Accept: application/json' \
      "http://localhost:${PORT[$service]}$path" > "$service/$name.part"; then
    mv "$service/$name.part" "$service/$name"; echo "$service/$name"
  else
    rm -f "$service/$name.part"; echo "not recorded (refused): $service $path"
  fi
}

C="/api/v1/contracts/$CONTRACT"
record contract "$C"
record contract "$C/change-requests?page=0&size=200"
for period in 2014-Q4 2015-Q1 2015-Q2 2015-Q3 2015-Q4 2016-Q1 2016-Q2; do
  record performance "$C/scorecard?period=$period"
done
for period in 2014-Q4 2015-Q3 2015-Q4 2016-Q2; do
  record performance "$C/observations?period=$period"
done
record performance "$C/performance-summary?contractYear=2014%2F15"
record performance "$C/performance-summary?contractYear=2015%2F16"
for day in 2014-12-31 2015-09-30 2015-12-31 2016-06-30; do
  record performance "$C/milestones?asOf=$day"
done
record performance "$C/improvement-plans"
PLAN=$(curl -sf -H "Authorization: Bearer $TOKEN_AUDITOR" "http://localhost:8082$C/improvement-plans" | sed -n 's/^\[{"id":"\([0-9a-f-]*\)".*/\1/p')
record performance "/api/v1/improvement-plans/$PLAN/board"
# The board asked for the progress since a quarter began (2015-Q4, also the start of contract year 2015/16; 2016-Q2):
# the packs of the quarters by whose end the plan was agreed, and the annual report on 2015/16.
for since in 2015-10-01 2016-04-01; do
  record performance "/api/v1/improvement-plans/$PLAN/board?since=$since"
done
record finance "$C/budgets"
for budget in "$BUDGET_2014_15" "$BUDGET_2015_16" "$BUDGET_2016_17"; do
  record finance "/api/v1/budgets/$budget/forecast"
done
