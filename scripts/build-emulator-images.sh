#!/usr/bin/env bash
# Build the emulator images locally, without any container registry.
#
# Why: these machines reach Debian's packages and PyPI but no registry, so
# `docker pull` is impossible. We debootstrap a Debian rootfs, pip-install the
# pinned emulator into its own venv inside a chroot, and `docker import` it.
# The emulator versions are the suite's own pins (src/target/*.rs), read from
# `--list-targets`: one place to change a version.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS="$(cargo test --quiet --test conformance -- --list-targets)"
pin() {
  local version; version=$(awk -v t="$1" '$1 == t { print $2 }' <<<"$TARGETS")
  if [ -z "$version" ] || [ "$version" = "-" ]; then echo "no pinned version for $1 in --list-targets" >&2; exit 2; fi
  echo "$version"
}
MOTO_VERSION="$(pin moto)"
MINISTACK_VERSION="$(pin ministack)"
LOCALSTACK_VERSION="$(pin localstack)"
# pip for the localstack venv: trixie's bundled pip 25.1 backtracks through
# hundreds of boto3/joserfc/graphql-core versions (20+ min, never finished);
# pip 24.2 resolves the same requirements in about a minute.
LOCALSTACK_PIP_VERSION="24.2"
LOCALEMU_VERSION="$(pin localemu)"
FAKECLOUD_VERSION="$(pin fakecloud)"
# fakecloud is built once per machine with cargo install (about 26 minutes on
# 2 cores) into the same per-user cache the suite's process launch uses.
EMULATOR_CACHE="${IAM_CONFORMANCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/iam-conformance/emulators}"

IMAGE_PREFIX="iam-conformance-local"
MOTO_IMAGE="$IMAGE_PREFIX/moto:$MOTO_VERSION"
MINISTACK_IMAGE="$IMAGE_PREFIX/ministack:$MINISTACK_VERSION"
LOCALSTACK_IMAGE="$IMAGE_PREFIX/localstack:$LOCALSTACK_VERSION"
LOCALEMU_IMAGE="$IMAGE_PREFIX/localemu:$LOCALEMU_VERSION"
FAKECLOUD_IMAGE="$IMAGE_PREFIX/fakecloud:$FAKECLOUD_VERSION"

# One base for all three: trixie's python3 is 3.13, which localstack-core
# 2026.3.0 needs (it imports warnings.deprecated, new in 3.13; bookworm's 3.11
# and even 3.12 fail at start). moto and ministack run on 3.13 as well.
BASE_SUITE="${IAM_CONFORMANCE_BASE_SUITE:-trixie}"
BASE_PACKAGES="python3,python3-venv,ca-certificates"

# Default state lives in the repository's target/, wherever we are called from.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="${IAM_CONFORMANCE_STATE_DIR:-$REPO_ROOT/target/iam-conformance}"
IMAGES_DIR="$STATE_DIR/images"
HOST_CA="/etc/ssl/certs/ca-certificates.crt"
CHROOT_CA="/tmp/host-ca-bundle.crt"
BASE_PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

export DOCKER_HOST="${DOCKER_HOST:-tcp://127.0.0.1:2375}"

usage() {
    cat <<EOF
Usage: $(basename "$0") [moto|ministack|localstack|localemu|fakecloud ...]

Build local emulator images (default: all five), reusing any that
'docker image inspect' already finds:
  $MOTO_IMAGE        moto[server]==$MOTO_VERSION, port 5000, GET /moto-api/
  $MINISTACK_IMAGE   ministack==$MINISTACK_VERSION, port 4566 (AUTH=true), GET /_ministack/health
  $LOCALSTACK_IMAGE  localstack-core[runtime]==$LOCALSTACK_VERSION, port 4566, GET /_localstack/health
  $LOCALEMU_IMAGE    localemu==$LOCALEMU_VERSION, port 4566 (IAM_ENFORCEMENT=1), GET /_localemu/health
  $FAKECLOUD_IMAGE   the fakecloud $FAKECLOUD_VERSION binary (cargo install, cached in $EMULATOR_CACHE),
                     port 4566 (--iam strict --verify-sigv4), GET /_fakecloud/health

Needs a running Docker engine (scripts/docker-engine.sh start) and root.
Caches the debootstrapped $BASE_SUITE base rootfs under $IMAGES_DIR.

Environment:
  DOCKER_HOST                  default tcp://127.0.0.1:2375
  IAM_CONFORMANCE_STATE_DIR    default target/iam-conformance
  IAM_CONFORMANCE_REBUILD=1    rebuild even if the image exists
EOF
}

log() { echo "[build-emulator-images] $*" >&2; }

# --- cleanup: whatever chroot is being worked on gets unmounted and removed ---
WORK_ROOT=""
cleanup() {
    local rc=$?
    if [[ -n "$WORK_ROOT" && -d "$WORK_ROOT" ]]; then
        unmount_all "$WORK_ROOT"
        remove_rootfs "$WORK_ROOT"
    fi
    return "$rc"
}
trap cleanup EXIT
# Turn a signal into an exit so the EXIT trap unmounts and cleans up.
trap 'exit 130' INT TERM

# Unmount everything below a rootfs, deepest first.
unmount_all() {
    local root mnt
    root="$(realpath "$1")"
    # /proc/mounts escapes spaces as \040; our paths have none.
    while read -r mnt; do
        umount -l "$mnt" 2>/dev/null || true
    done < <(awk -v r="$root" '$2 == r || index($2, r "/") == 1 { print $2 }' /proc/mounts | sort -r)
}

# Refuse to delete a rootfs that still has anything mounted in it: rm must
# never walk into a mount.
remove_rootfs() {
    local root
    root="$(realpath "$1")"
    if awk -v r="$root" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; then
        log "not removing $root: something is still mounted under it"
        return 1
    fi
    rm -rf --one-file-system "$root"
}

need_root_tools() {
    if [[ $EUID -ne 0 ]]; then
        log "must run as root (debootstrap, chroot, mount)"
        exit 1
    fi
    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap from Debian packages"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap
    fi
    if ! docker info >/dev/null 2>&1; then
        log "no Docker engine answers on $DOCKER_HOST; run scripts/docker-engine.sh start"
        exit 1
    fi
}

# --- the shared base rootfs, built once and kept under $IMAGES_DIR ---
base_dir() { echo "$IMAGES_DIR/base-$BASE_SUITE"; }

ensure_base() {
    local base tmp start
    base="$(base_dir)"
    if [[ -f "$base/.complete" ]]; then
        return 0
    fi
    tmp="$base.tmp"
    local leftover
    for leftover in "$tmp" "$base"; do
        if [[ -d "$leftover" ]]; then
            unmount_all "$leftover"
            remove_rootfs "$leftover"
        fi
    done
    start=$SECONDS
    log "debootstrap $BASE_SUITE base rootfs into $base (once)"
    WORK_ROOT="$tmp"
    debootstrap --variant=minbase --include="$BASE_PACKAGES" "$BASE_SUITE" "$tmp" \
        >"$IMAGES_DIR/debootstrap-$BASE_SUITE.log" 2>&1 || {
        log "debootstrap failed; last lines of $IMAGES_DIR/debootstrap-$BASE_SUITE.log:"
        tail -n 20 "$IMAGES_DIR/debootstrap-$BASE_SUITE.log" >&2
        exit 1
    }
    # Downloaded .debs and apt lists are dead weight in every image.
    rm -rf "$tmp"/var/cache/apt/archives/*.deb "$tmp"/var/lib/apt/lists/*
    touch "$tmp/.complete"
    mv "$tmp" "$base"
    WORK_ROOT=""
    log "base rootfs ready in $((SECONDS - start))s"
}

# --- one image: copy the base, pip install into its own venv, import ---
# build_image NAME IMAGE VENV PIP_VERSION "PIP SPECS" then --change arguments
# (PIP_VERSION empty: keep the pip that venv bundles).
build_image() {
    local name="$1" image="$2" venv="$3" pip_version="$4" specs="$5"
    shift 5
    local start root
    local -a spec_list
    # read -a splits on blanks without globbing 'moto[server]' or '<'.
    read -r -a spec_list <<<"$specs"
    start=$SECONDS

    if [[ "${IAM_CONFORMANCE_REBUILD:-0}" != "1" ]] && docker image inspect "$image" >/dev/null 2>&1; then
        echo "$name: reusing $image"
        return 0
    fi
    ensure_base

    root="$IMAGES_DIR/rootfs-$name"
    if [[ -d "$root" ]]; then
        unmount_all "$root"
        remove_rootfs "$root"
    fi
    WORK_ROOT="$root"
    cp -a "$(base_dir)" "$root"
    rm -f "$root/.complete"

    # pip inside the chroot needs the host's CA bundle (it holds the proxy CA
    # the chroot's own bundle lacks), the host's resolver and /proc. No pip
    # cache: the proxy's responses are not cacheable, so it would stay empty.
    mkdir -p "$root/proc"
    cp "$HOST_CA" "$root$CHROOT_CA"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"

    # env -i: the host's REQUESTS_CA_BUNDLE/PIP_* would point pip at files
    # that do not exist (or lack the proxy CA) inside the chroot.
    local -a chroot_env=(env -i "PATH=$BASE_PATH" HOME=/root LANG=C.UTF-8
        "PIP_CERT=$CHROOT_CA" PIP_NO_CACHE_DIR=1
        PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 PIP_NO_INPUT=1)
    log "$name: creating $venv and installing $specs"
    "${chroot_env[@]}" chroot "$root" python3 -m venv "$venv"
    if [[ -n "$pip_version" ]]; then
        "${chroot_env[@]}" chroot "$root" "$venv/bin/pip" install -q "pip==$pip_version"
    fi
    "${chroot_env[@]}" chroot "$root" "$venv/bin/pip" install -q "${spec_list[@]}"

    umount "$root/proc"
    rm -f "$root$CHROOT_CA"
    # Docker supplies resolv.conf at run time; do not bake the host's in.
    : >"$root/etc/resolv.conf"
    find "$root/root" -mindepth 1 -delete 2>/dev/null || true

    log "$name: importing $image"
    tar --numeric-owner -C "$root" -c . | docker import "$@" - "$image" >/dev/null
    unmount_all "$root"
    remove_rootfs "$root"
    WORK_ROOT=""

    local size
    size="$(docker image inspect -f '{{.Size}}' "$image")"
    echo "$name: built $image in $((SECONDS - start))s, $((size / 1000000)) MB"
}

build_moto() {
    build_image moto "$MOTO_IMAGE" /opt/moto "" "moto[server]==$MOTO_VERSION" \
        --change "ENV PATH=/opt/moto/bin:$BASE_PATH LANG=C.UTF-8" \
        --change 'EXPOSE 5000' \
        --change 'ENTRYPOINT ["/opt/moto/bin/moto_server","-H","0.0.0.0","-p","5000"]'
}

build_ministack() {
    # BIND_HOST: ministack's default would be fine in a container, but be
    # explicit; AUTH=true so SigV4 and policies are enforced by default.
    build_image ministack "$MINISTACK_IMAGE" /opt/ministack "" "ministack==$MINISTACK_VERSION" \
        --change "ENV PATH=/opt/ministack/bin:$BASE_PATH LANG=C.UTF-8 BIND_HOST=0.0.0.0 GATEWAY_PORT=4566 AUTH=true" \
        --change 'EXPOSE 4566' \
        --change 'ENTRYPOINT ["/opt/ministack/bin/ministack"]'
}

build_localstack() {
    # The pins: without them localstack-core 2026.3.0 does not start.
    # GATEWAY_SERVER=hypercorn: the default gateway ignores the listen host.
    build_image localstack "$LOCALSTACK_IMAGE" /opt/localstack "$LOCALSTACK_PIP_VERSION" \
        "localstack-core[runtime]==$LOCALSTACK_VERSION cbor2<6 cryptography<44 pyopenssl<24.3 service_identity<25" \
        --change "ENV PATH=/opt/localstack/bin:$BASE_PATH LANG=C.UTF-8 GATEWAY_SERVER=hypercorn GATEWAY_LISTEN=0.0.0.0:4566 DNS_ADDRESS=0 DISABLE_EVENTS=1 SKIP_SSL_CERT_DOWNLOAD=1" \
        --change 'EXPOSE 4566' \
        --change 'ENTRYPOINT ["/opt/localstack/bin/python","-m","localstack.runtime.main"]'
}

build_localemu() {
    # GATEWAY_SERVER=hypercorn: the default gateway ignores the listen host.
    build_image localemu "$LOCALEMU_IMAGE" /opt/localemu "" "localemu==$LOCALEMU_VERSION" \
        --change "ENV PATH=/opt/localemu/bin:$BASE_PATH LANG=C.UTF-8 IAM_ENFORCEMENT=1 GATEWAY_SERVER=hypercorn GATEWAY_LISTEN=0.0.0.0:4566" \
        --change 'EXPOSE 4566' \
        --change 'ENTRYPOINT ["/opt/localemu/bin/python","-m","localemu.runtime.main"]'
}

# fakecloud: no venv; its binary (built here once if the cache lacks it) on the
# base rootfs, which already has its run-time libraries (libssl, zlib).
build_fakecloud() {
    local start root binary="$EMULATOR_CACHE/fakecloud-$FAKECLOUD_VERSION/bin/fakecloud"
    start=$SECONDS
    if [[ "${IAM_CONFORMANCE_REBUILD:-0}" != "1" ]] && docker image inspect "$FAKECLOUD_IMAGE" >/dev/null 2>&1; then
        echo "fakecloud: reusing $FAKECLOUD_IMAGE"
        return 0
    fi
    if [[ ! -x "$binary" ]]; then
        log "fakecloud: building $FAKECLOUD_VERSION with cargo install (usually about 26 minutes on 2 cores)"
        CARGO_TARGET_DIR="$EMULATOR_CACHE/fakecloud-$FAKECLOUD_VERSION.build" \
            cargo install fakecloud --version "$FAKECLOUD_VERSION" --locked --root "$EMULATOR_CACHE/fakecloud-$FAKECLOUD_VERSION"
        echo "cargo install fakecloud $FAKECLOUD_VERSION --locked" >"$EMULATOR_CACHE/fakecloud-$FAKECLOUD_VERSION/.iam-conformance-installed"
        rm -rf "$EMULATOR_CACHE/fakecloud-$FAKECLOUD_VERSION.build"
    fi
    ensure_base
    root="$IMAGES_DIR/rootfs-fakecloud"
    if [[ -d "$root" ]]; then
        unmount_all "$root"
        remove_rootfs "$root"
    fi
    WORK_ROOT="$root"
    cp -a "$(base_dir)" "$root"
    rm -f "$root/.complete"
    install -m 0755 "$binary" "$root/usr/local/bin/fakecloud"
    : >"$root/etc/resolv.conf"
    log "fakecloud: importing $FAKECLOUD_IMAGE"
    tar --numeric-owner -C "$root" -c . | docker import \
        --change "ENV PATH=$BASE_PATH LANG=C.UTF-8 FAKECLOUD_ADDR=0.0.0.0:4566 FAKECLOUD_IAM=strict FAKECLOUD_VERIFY_SIGV4=true" \
        --change 'EXPOSE 4566' \
        --change 'ENTRYPOINT ["/usr/local/bin/fakecloud"]' - "$FAKECLOUD_IMAGE" >/dev/null
    remove_rootfs "$root"
    WORK_ROOT=""
    local size
    size="$(docker image inspect -f '{{.Size}}' "$FAKECLOUD_IMAGE")"
    echo "fakecloud: built $FAKECLOUD_IMAGE in $((SECONDS - start))s, $((size / 1000000)) MB"
}

main() {
    local -a targets=()
    local arg
    for arg in "$@"; do
        case "$arg" in
            -h | --help) usage; return 0 ;;
            moto | ministack | localstack | localemu | fakecloud) targets+=("$arg") ;;
            *) usage >&2; return 2 ;;
        esac
    done
    ((${#targets[@]})) || targets=(moto ministack localstack localemu fakecloud)

    need_root_tools
    mkdir -p "$IMAGES_DIR"
    # Two concurrent runs would share the base and the work dirs: serialise.
    exec 9>"$IMAGES_DIR/.lock"
    flock 9

    local total=$SECONDS
    for arg in "${targets[@]}"; do
        "build_$arg"
    done
    echo "done in $((SECONDS - total))s"
}

main "$@"
