#!/usr/bin/env bash
# Start or stop a local Docker engine for the testcontainers-based emulator runs.
#
# Why this exists: the machines have no Docker engine and no container registry.
# docker.io comes from Debian's packages; its postinst does not start the daemon,
# so we run dockerd ourselves, bound to loopback, and stop it by PID.
set -euo pipefail

DOCKER_TCP="tcp://127.0.0.1:2375"
# Default state lives in the repository's target/, wherever we are called from.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${IAM_CONFORMANCE_STATE_DIR:-$REPO_ROOT/target/iam-conformance}"
PIDFILE="$STATE_DIR/dockerd.pid"
LOGFILE="$STATE_DIR/dockerd.log"
WAIT_SECS="${DOCKERD_WAIT_SECS:-30}"

usage() {
    cat <<EOF
Usage: $(basename "$0") start|stop|status|env

  start   Start dockerd on unix:///var/run/docker.sock and $DOCKER_TCP
          unless an engine already answers there. Installs docker.io with
          apt-get if dockerd is missing. Log: $LOGFILE, PID: $PIDFILE.
  stop    Stop the dockerd this script started (by the PID in $PIDFILE).
  status  Say whether an engine answers on $DOCKER_TCP.
  env     Print the export line to use the engine.

Environment:
  IAM_CONFORMANCE_STATE_DIR  state directory (default target/iam-conformance)
  DOCKERD_WAIT_SECS          how long to wait for the engine (default 30)

Use the engine with:
  export DOCKER_HOST=$DOCKER_TCP
(must be tcp: the machine has /.dockerenv, so with a unix socket
testcontainers believes it runs in a container and dials 172.17.0.1.)
EOF
}

engine_answers() {
    DOCKER_HOST="$DOCKER_TCP" docker info >/dev/null 2>&1
}

print_env() {
    echo "export DOCKER_HOST=$DOCKER_TCP"
}

# PID from the pidfile, only if that process is still a dockerd.
our_pid() {
    local pid
    [[ -f "$PIDFILE" ]] || return 1
    pid="$(cat "$PIDFILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" == "dockerd" ]] || return 1
    echo "$pid"
}

install_docker() {
    echo "dockerd not found: installing docker.io from Debian packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends docker.io
}

cmd_start() {
    if engine_answers; then
        echo "A Docker engine already answers on $DOCKER_TCP: nothing to do."
        print_env
        return 0
    fi
    if ! command -v dockerd >/dev/null 2>&1; then
        install_docker
    fi
    # The docker CLI is needed for the readiness check; docker.io ships one.
    command -v docker >/dev/null 2>&1 || install_docker

    mkdir -p "$STATE_DIR"
    if pid="$(our_pid)"; then
        echo "dockerd (PID $pid) from an earlier start is running but not answering; waiting for it." >&2
    else
        # --iptables/--ip-masq=false leave the host firewall alone;
        # --ip=127.0.0.1 makes published ports bind to loopback by default.
        # setsid: the daemon must outlive this script and its process group.
        setsid dockerd \
            -H unix:///var/run/docker.sock \
            -H "$DOCKER_TCP" \
            --iptables=false --ip-masq=false --ip=127.0.0.1 \
            >"$LOGFILE" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$PIDFILE"
        echo "Started dockerd (PID $pid), log $LOGFILE"
    fi

    local deadline=$((SECONDS + WAIT_SECS))
    until engine_answers; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "dockerd (PID $pid) exited. Last log lines:" >&2
            tail -n 30 "$LOGFILE" >&2 || true
            rm -f "$PIDFILE"
            return 1
        fi
        if ((SECONDS >= deadline)); then
            echo "dockerd did not answer on $DOCKER_TCP within ${WAIT_SECS}s. Last log lines:" >&2
            tail -n 30 "$LOGFILE" >&2 || true
            return 1
        fi
        sleep 0.5
    done
    echo "Docker engine answers on $DOCKER_TCP."
    print_env
}

cmd_stop() {
    local pid
    if ! pid="$(our_pid)"; then
        echo "No dockerd started by this script is running (pidfile $PIDFILE)."
        rm -f "$PIDFILE"
        return 0
    fi
    echo "Stopping dockerd (PID $pid)"
    kill -TERM "$pid"
    # dockerd stops its containers first; give it time, then insist.
    local deadline=$((SECONDS + 30))
    while kill -0 "$pid" 2>/dev/null; do
        if ((SECONDS >= deadline)); then
            echo "dockerd (PID $pid) still running after 30s: sending KILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 0.5
    done
    rm -f "$PIDFILE"
    echo "dockerd stopped."
}

cmd_status() {
    if engine_answers; then
        echo "A Docker engine answers on $DOCKER_TCP."
    else
        echo "No Docker engine answers on $DOCKER_TCP."
        return 1
    fi
}

case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    env) print_env ;;
    -h | --help | help) usage ;;
    *)
        usage >&2
        exit 2
        ;;
esac
