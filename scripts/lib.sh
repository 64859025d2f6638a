# Shared set-up for scripts/demo.sh and scripts/test.sh: Debian packages,
# build, install, and a throwaway PostgreSQL cluster on a unix socket.
# Sourced, not run.

set -euo pipefail

GOVREPORT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_MAJOR=${PG_MAJOR:-15}
PG_BINDIR=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=$PG_BINDIR/pg_config
export PG_CONFIG

# Debian packages the build, the tests and the demo need.  Each concern
# adds what it uses here, so that one list is the whole truth.
GOVREPORT_PACKAGES=(
	make gcc clang libclang-rt-14-dev pkg-config
	"postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" libicu-dev
	python3 python3-jieba python3-icu
	python3-psycopg2 libpq-dev
	# govreport-load: web pages and Word XML (libxml2), Word archives
	# (libzip), PDF (poppler-glib); the tests and the demo make their PDFs
	# with reportlab in a CJK font
	libxml2-dev libzip-dev libpoppler-glib-dev
	python3-reportlab fonts-droid-fallback
	chromium	# analysis: test/t/demo-page.sh renders the demo page headless
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Run with root rights: directly as root, else through sudo.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		echo "error: '$*' needs root rights and sudo is not installed" >&2
		exit 1
	fi
}

# PostgreSQL refuses to run as root: as root the cluster belongs to the
# "postgres" account the Debian package creates; otherwise to the caller.
db_owner() {
	if [ "$(id -u)" -eq 0 ]; then echo postgres; else id -un; fi
}
as_db_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

install_packages() {
	local missing=() p
	for p in "${GOVREPORT_PACKAGES[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		say "installing Debian packages: ${missing[*]}"
		as_root apt-get update -qq
		as_root env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
	fi
}

# Build with the compiler's warnings as errors (extra make arguments pass on).
build() {
	say "building govreport"
	make -C "$GOVREPORT_ROOT" -s PG_CONFIG="$PG_CONFIG" \
		PG_CFLAGS="-Wall -Wextra -Werror -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers" \
		"$@" all
}

# Install into a private copy of the server's directories under $1, so tests
# exercise this tree without touching (or needing rights to) the system's
# installation.  The server finds its share and lib directories relative to
# its own binary, so a copied binary uses the copied directories.
install_staged() {
	local stage=$1
	mkdir -p "$stage/usr/lib/postgresql" "$stage/usr/share/postgresql"
	cp -a "/usr/lib/postgresql/$PG_MAJOR" "$stage/usr/lib/postgresql/"
	cp -a "/usr/share/postgresql/$PG_MAJOR" "$stage/usr/share/postgresql/"
	make -C "$GOVREPORT_ROOT" -s PG_CONFIG="$PG_CONFIG" DESTDIR="$stage" install >/dev/null
}

install_system() {
	say "installing govreport into PostgreSQL $PG_MAJOR"
	as_root make -C "$GOVREPORT_ROOT" -s PG_CONFIG="$PG_CONFIG" install >/dev/null
}

# start_cluster DIR PORT BINDIR: a UTF-8 cluster in DIR/data listening only
# on a unix socket in DIR.  Reuses a cluster already running there.
start_cluster() {
	local dir=$1 port=$2 bindir=$3
	if [ ! -d "$dir" ]; then
		mkdir -p "$dir"
		chmod 755 "$dir"
		[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
	fi
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		as_db_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust \
			-E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
			{ cat "$dir/initdb.log" >&2; return 1; }
	fi
	if ! as_db_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
		as_db_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
			-o "-k $dir -c listen_addresses= -p $port" start >/dev/null ||
			{ cat "$dir/server.log" >&2; return 1; }
	fi
	export PGHOST=$dir PGPORT=$port PGUSER=postgres
}

stop_cluster() {
	local dir=$1 bindir=$2
	as_db_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}
