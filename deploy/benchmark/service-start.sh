#!/usr/bin/env bash
# Measures a service's start and idle footprint: from process start to the first 200 on /q/health/ready, and its
# resident memory (VmRSS) after it has idled for a while. Each service is started again and again beside a running
# local stack (its PostgreSQL, Kafka and signing key), on a port of its own, with the JVM options the launcher gives
# the services (deploy/local-stack/src/main/resources/io/sdc/localstack/service-jvm.options), and the median of the
# runs is printed with the load average before each run.
#
#   deploy/benchmark/service-start.sh [--runs=3] [--idle=10] [--data-dir=DIR] [--ports=PREFIX] [--home=DIR] [service...]
#
#   --data-dir  the running local stack's data directory (keys/public-key.pem is read from it); default .local-stack
#   --ports     the stack's ports as run-local was given them: PREFIX32 PostgreSQL, PREFIX92 Kafka, PREFIX25 SMTP and
#               PREFIX81..85 the services (e.g. --ports=471); without it the launcher's defaults (15432, 19092, ...)
#   --home      the checkout whose services' target/quarkus-app are started; default this checkout
#   --port      the HTTP port of the measured instance (below the ephemeral port range); default 31999
#   service     contract, performance, finance, notification, report (default: all five)
#
# Environment: JVM_OPTIONS replaces the options file's options (to try others); EXTRA_JVM_OPTIONS adds to them;
# NO_CDS=1 leaves the build's class-data sharing archive (app-cds.jsa) out; JAVA is the java to run (default: the one
# on the PATH, which must be the one that built the archive for the archive to be used).
# Start a stack for it on ports of its own, without demo data, e.g.:
#   deploy/run-local --demo-data=false --data-dir=/tmp/sdc-bench --postgres-port=47132 --kafka-port=47192 \
#     --kafka-controller-port=47193 --smtp-port=47125 --contract-port=47181 --performance-port=47182 \
#     --finance-port=47183 --notification-port=47184 --report-port=47185 --portal-port=47180
set -euo pipefail

checkout="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
home="$checkout"
runs=3
idle=10
data_dir="$checkout/.local-stack"
prefix=""
port=31999
services=()
for arg in "$@"; do
  case "$arg" in
    --runs=*) runs="${arg#*=}" ;;
    --idle=*) idle="${arg#*=}" ;;
    --data-dir=*) data_dir="${arg#*=}" ;;
    --ports=*) prefix="${arg#*=}" ;;
    --home=*) home="${arg#*=}" ;;
    --port=*) port="${arg#*=}" ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --*) echo "Unknown option $arg (see --help)" >&2; exit 2 ;;
    *) services+=("$arg") ;;
  esac
done
[[ ${#services[@]} -gt 0 ]] || services=(contract performance finance notification report)

if [[ -n "$prefix" ]]; then
  pg_port="${prefix}32" kafka_port="${prefix}92" smtp_port="${prefix}25"
  service_port() { echo "${prefix}$((80 + $1))"; }
else
  pg_port=15432 kafka_port=19092 smtp_port=11025
  service_port() { echo "$((8080 + $1))"; }
fi
number() {
  case "$1" in contract) echo 1 ;; performance) echo 2 ;; finance) echo 3 ;; notification) echo 4 ;; report) echo 5 ;;
    *) echo "Unknown service $1" >&2; exit 2 ;; esac
}

options_file="$checkout/deploy/local-stack/src/main/resources/io/sdc/localstack/service-jvm.options"
if [[ -n "${JVM_OPTIONS+set}" ]]; then
  read -r -a jvm_options <<< "$JVM_OPTIONS"
elif [[ -f "$options_file" ]]; then
  mapfile -t jvm_options < <(sed 's/#.*//; s/^[[:space:]]*//; s/[[:space:]]*$//; /^$/d' "$options_file")
else
  jvm_options=(-Xmx384m)
fi
read -r -a extra_options <<< "${EXTRA_JVM_OPTIONS:-}"
java="${JAVA:-java}"

public_key="$data_dir/keys/public-key.pem"
[[ -f "$public_key" ]] || { echo "No local stack's key at $public_key (see --data-dir)" >&2; exit 2; }
(exec 3<>"/dev/tcp/localhost/$kafka_port") 2>/dev/null || { echo "No Kafka on localhost:$kafka_port: start a local stack first (see --help)" >&2; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# CPU time the process has used so far (user + system), in ms: less disturbed by other load than the wall clock.
cpu_ms() { awk -v tick="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / tick)}' "/proc/$1/stat"; }

# One run: prints "<ms to ready> <RSS MiB after idling> <CPU ms to ready> <threads after idling>".
measure() {
  local service="$1" module="$1-service" app log pid start ready rss cpu threads
  app="$home/$module/target/quarkus-app"
  log="$(mktemp -t "service-start-$service.XXXXXX.log")"
  local -a env=(
    QUARKUS_HTTP_PORT="$port"
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pg_port/$service"
    QUARKUS_DATASOURCE_USERNAME=postgres
    KAFKA_BOOTSTRAP_SERVERS="localhost:$kafka_port"
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="file://$public_key"
    MP_JWT_VERIFY_ISSUER=sdc-local-stack
  )
  if [[ "$service" == notification ]]; then
    env+=(SDC_NOTIFICATIONS_SECRET_KEY="$(cat "$data_dir/keys/notification-secret-key")"
          QUARKUS_MAILER_HOST=localhost QUARKUS_MAILER_PORT="$smtp_port")
  fi
  if [[ "$service" == report ]]; then
    for source in contract performance finance notification; do
      env+=("SDC_REPORT_SERVICES_${source^^}=http://localhost:$(service_port "$(number "$source")")")
    done
  fi
  # As the launcher does: the build's class-data sharing archive when there is one, the jar run from its directory.
  local -a cds=()
  [[ -f "$app/app-cds.jsa" && -z "${NO_CDS:-}" ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
  start=$(now_ms)
  (cd "$app" && exec env "${env[@]}" "$java" "${jvm_options[@]}" "${extra_options[@]}" "${cds[@]}" -jar quarkus-run.jar \
    >"$log" 2>&1) &
  pid=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$port/q/health/ready")" == 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$module stopped while starting; its log:" >&2; tail -30 "$log" >&2; exit 1
    fi
    sleep 0.02
  done
  ready=$(( $(now_ms) - start ))
  cpu=$(cpu_ms "$pid")
  sleep "$idle"
  rss=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
  threads=$(awk '/^Threads/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$log"
  echo "$ready $rss $cpu $threads"
}

echo "JVM options: ${jvm_options[*]} ${extra_options[*]}; class-data sharing archive: $([[ -z "${NO_CDS:-}" ]] && echo "when built" || echo off)"
printf '%-22s %8s %8s %8s %8s  %s\n' service "ready ms" "RSS MiB" "CPU ms" threads \
  "runs: ready ms/RSS MiB/CPU ms (load average 1/5/15 min before each)"
for service in "${services[@]}"; do
  number "$service" >/dev/null
  times=() rss=() cpus=() threads=() detail=""
  for ((run = 1; run <= runs; run++)); do
    before="$(load)"
    read -r t r c n < <(measure "$service")
    times+=("$t") rss+=("$r") cpus+=("$c") threads+=("$n")
    detail+="$t/$r/$c ($before)  "
  done
  printf '%-22s %8s %8s %8s %8s  %s\n' "$service-service" "$(printf '%s\n' "${times[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median)" "$(printf '%s\n' "${cpus[@]}" | median)" \
    "$(printf '%s\n' "${threads[@]}" | median)" "$detail"
done
