#!/bin/bash
# govreport on Citus, tested rather than described (doc/cookbook.md).
#
# Builds Citus from its source (once; the build is reused), installs it and
# govreport into a private staged copy of PostgreSQL, starts a coordinator
# and two workers (unix sockets only, in a temp directory), runs the Citus
# recipe of doc/cookbook.md (the blocks marked "<!-- citus-recipe STEP
# WHERE -->", in order), and compares every answer with a single node that
# holds the same reports: search (stored vectors and vectors computed on
# the shards), headlines, figures, sections, report_section as a
# distribution column between nodes whose type OIDs differ, report_info,
# user lexicon edits (commit, rollback, grants) and a node added later.
# Ends with "N passed, N failed"; exits non-zero on any failure.
#
#   bash scripts/test-citus.sh
#
# Settings (environment):
#   CITUS_VERSION     git tag to build (default v13.2.2: the 13.2 line is the
#                     last that accepts PostgreSQL 15)
#   CITUS_GIT         a local git repository of Citus to take the tag from
#                     (default: clone https://github.com/citusdata/citus)
#   CITUS_BUILD_ROOT  where builds are kept and reused
#                     (default ${XDG_CACHE_HOME:-$HOME/.cache}/govreport-citus)
#   KEEP=1            leave the clusters running and the work directory
#
# Not part of scripts/test.sh: building Citus takes 10-20 minutes of CPU.
source "$(dirname "$0")/lib.sh"
source "$GOVREPORT_ROOT/test/t/lib/tap.sh"
cd "$GOVREPORT_ROOT"

CITUS_VERSION=${CITUS_VERSION:-v13.2.2}
CITUS_BUILD_ROOT=${CITUS_BUILD_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/govreport-citus}
CITUS_DIR=$CITUS_BUILD_ROOT/citus-${CITUS_VERSION#v}
# Headers Citus's configure asks for; Debian package names.
CITUS_PACKAGES=(git libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libssl-dev libselinux1-dev)
GOVREPORT_PACKAGES+=("${CITUS_PACKAGES[@]}")

install_packages
build

# --- Citus: fetch the tag, guard what PG 15's headers now declare, build ---
build_citus() {
	if [ -f "$CITUS_DIR/.built" ]; then
		say "reusing the Citus build in $CITUS_DIR"
		return
	fi
	say "building Citus $CITUS_VERSION in $CITUS_DIR (once)"
	rm -rf "$CITUS_DIR"
	mkdir -p "$CITUS_DIR"
	if [ -n "${CITUS_GIT:-}" ]; then
		git --git-dir="$CITUS_GIT" archive "$CITUS_VERSION" | tar -x -C "$CITUS_DIR"
	else
		git clone -q --depth 1 --branch "$CITUS_VERSION" \
			https://github.com/citusdata/citus.git "$CITUS_DIR"
	fi
	(
		cd "$CITUS_DIR"
		# PostgreSQL 15.14 and later export have_createdb_privilege() from
		# commands/dbcommands.h; Citus 13.2 still defines a static copy for
		# servers before 16, which no longer compiles.  Keep Citus's copy
		# under another name (unused) when the server declares its own.
		if grep -q 'extern bool have_createdb_privilege' \
			"$("$PG_CONFIG" --includedir-server)/commands/dbcommands.h"; then
			sed -i 's/^have_createdb_privilege(void)$/citus_compat_have_createdb_privilege(void)/' \
				src/include/pg_version_compat.h
		fi
		./configure -q PG_CONFIG="$PG_CONFIG" >configure.log 2>&1 ||
			{ tail -n 30 configure.log >&2; exit 1; }
		nice make -s -j"$(nproc)" with_llvm=no >make.log 2>&1 ||
			{ grep -B2 -A8 'error:' make.log | head -n 60 >&2; exit 1; }
	)
	touch "$CITUS_DIR/.built"
}
build_citus

WORK=$(mktemp -d /tmp/govreport-citus.XXXXXX)
chmod 755 "$WORK"
STAGE=$WORK/stage
BINDIR=$STAGE$PG_BINDIR
SOCK=$WORK/sock
DB=govreport
NODES=(coord w1 w2 w3 single)
declare -A PORT=([coord]=5501 [w1]=5502 [w2]=5503 [w3]=5504 [single]=5505)

stop_all() {
	local n
	for n in "${NODES[@]}"; do
		[ -d "$WORK/$n" ] && stop_cluster "$WORK/$n" "$BINDIR"
	done
}
if [ -n "${KEEP:-}" ]; then
	trap 'echo "kept: $WORK (stop with: for d in $WORK/*/data; do $BINDIR/pg_ctl -D \$d stop; done)"' EXIT
else
	trap 'stop_all; rm -rf "$WORK"' EXIT
fi

say "installing govreport and Citus into $STAGE"
install_staged "$STAGE"
make -C "$CITUS_DIR" -s install DESTDIR="$STAGE" with_llvm=no >"$WORK/citus-install.log" 2>&1 ||
	{ cat "$WORK/citus-install.log" >&2; exit 1; }
chmod -R a+rX "$STAGE"

# start_node NAME [citus]: a cluster with its socket in $SOCK
start_node() {
	local n=$1 dir=$WORK/$1
	mkdir -p "$dir" "$SOCK"
	chmod 755 "$dir" "$SOCK"
	if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir" "$SOCK"; fi
	as_db_owner "$BINDIR/initdb" -D "$dir/data" -U postgres --auth=trust \
		-E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; return 1; }
	{
		echo "listen_addresses = ''"
		echo "unix_socket_directories = '$SOCK'"
		echo "port = ${PORT[$n]}"
		echo "max_connections = 60"
		echo "shared_buffers = 32MB"
		if [ "${2:-}" = citus ]; then
			echo "shared_preload_libraries = 'citus'"
			echo "max_prepared_transactions = 60"
			echo "wal_level = logical"	# Citus copies shards by logical replication
			echo "citus.local_hostname = '$SOCK'"
		fi
	} >>"$dir/data/postgresql.conf"
	as_db_owner "$BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start >/dev/null ||
		{ cat "$dir/server.log" >&2; return 1; }
	PGHOST=$SOCK PGPORT=${PORT[$n]} PGUSER=postgres "$BINDIR/createdb" "$DB"
}

export PATH=$BINDIR:$PATH PGUSER=postgres PGHOST=$SOCK
on() { local n=$1; shift; PGPORT=${PORT[$n]} psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

say "starting a coordinator, two workers, a worker for later and a single node"
for n in coord w1 w2 w3; do start_node "$n" citus; done
start_node single
# Shift the OIDs worker 1 gives to new objects, so that report_section has
# another type OID there than on the coordinator (binary I/O must not care).
on w1 -c "CREATE TABLE oid_shift (a int); CREATE TYPE oid_shift_t AS (a int, b text)" >/dev/null

# --- the recipe of doc/cookbook.md ---------------------------------------
# recipe_blocks STEP: the blocks marked "<!-- citus-recipe STEP WHERE -->",
# each as "WHERE<TAB>base64 of the block", in page order.
recipe_blocks() {
	python3 - "$1" "$GOVREPORT_ROOT/doc/cookbook.md" <<'PY'
import base64, re, sys
step, path = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
for m in re.finditer(r"<!-- citus-recipe (\S+) (\S+) -->\n```\w*\n(.*?)\n```", text, re.S):
    if m.group(1) == step:
        print(m.group(2) + "\t" + base64.b64encode(m.group(3).encode()).decode())
PY
}

# The page's host names and ports stand for the test's nodes.
localise() {
	sed -e "s|'coordinator-host', 5432|'$SOCK', ${PORT[coord]}|" \
		-e "s|'worker-1', 5432|'$SOCK', ${PORT[w1]}|" \
		-e "s|'worker-2', 5432|'$SOCK', ${PORT[w2]}|" \
		-e "s|'worker-3', 5432|'$SOCK', ${PORT[w3]}|"
}

# recipe STEP [NODE...]: run the step's blocks: "every-node" blocks on the
# given nodes, "coordinator" blocks there, "shell" blocks in $WORK/files
# with the coordinator as the default server.  One TAP line per step.
recipe() {
	local step=$1 where code n status=0 ran=0
	shift
	while IFS=$'\t' read -r where code; do
		ran=1
		code=$(printf '%s' "$code" | base64 -d | localise)
		case $where in
		every-node)
			for n in "$@"; do
				on "$n" -c "$code" >>"$WORK/recipe.log" 2>&1 || status=1
			done ;;
		coordinator)
			printf '%s\n' "$code" | on coord -f - >>"$WORK/recipe.log" 2>&1 || status=1 ;;
		shell)
			(cd "$WORK/files" && PGPORT=${PORT[coord]} bash -e -c "$code") >>"$WORK/recipe.log" 2>&1 || status=1 ;;
		*)
			echo "# unknown place '$where' in the recipe" >>"$WORK/recipe.log"; status=1 ;;
		esac
	done < <(recipe_blocks "$step")
	if [ "$ran" -eq 1 ] && [ "$status" -eq 0 ]; then
		ok "cookbook recipe, step '$step'"
	else
		not_ok "cookbook recipe, step '$step'"
		tail -n 15 "$WORK/recipe.log" | sed 's/^/#   /'
	fi
}

# The reports, in two halves (the second is loaded after distributing).
mkdir -p "$WORK/files/reports" "$WORK/files/more-reports"
mapfile -t REPORT_FILES < <(ls "$GOVREPORT_ROOT"/test/data/*.txt | sort)
half=$(( ${#REPORT_FILES[@]} / 2 ))
cp "${REPORT_FILES[@]:0:$half}" "$WORK/files/reports/"
cp "${REPORT_FILES[@]:$half}" "$WORK/files/more-reports/"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$WORK/files"; fi

# From here on a failing command is a failed test, not the end of the run.
set +e

say "the cookbook's Citus recipe"
recipe nodes coord w1 w2
recipe govreport
recipe load
recipe distribute
recipe load-more

# The single node: the same reports, loaded the same way, searched the
# same way, without Citus.
on single -c "CREATE EXTENSION govreport" >/dev/null
(cd "$WORK/files" && PGPORT=${PORT[single]} govreport-load -q -d "$DB" --sections --figures reports/ &&
	PGPORT=${PORT[single]} govreport-load -q -d "$DB" --sections --figures more-reports/) >>"$WORK/recipe.log" 2>&1
check_eq "single node loaded the same reports" \
	"$(on coord -c "SELECT count(*) FROM reports")" "$(on single -c "SELECT count(*) FROM reports")"

# One query per search term, through the stored vectors and through
# vectors computed on the shards at query time.
search_sql() {
	local t
	while IFS= read -r t; do
		[ -z "$t" ] && continue
		case $t in \#*) continue ;; esac
		printf "SELECT '%s', count(*), string_agg(file_name, ',' ORDER BY file_name) FROM reports WHERE tsv @@ zh_tsquery('%s');\n" "$t" "$t"
		printf "SELECT '%s', count(*) FROM reports WHERE zh_tsvector(body) @@ zh_tsquery('%s');\n" "$t" "$t"
	done <"$GOVREPORT_ROOT/test/data/search-terms.list"
}
SEARCH_SQL=$(search_sql)

compare_all() {	# compare_all LABEL
	compare "$1: search, 130 terms (stored vectors and vectors cut on the shards)" "$SEARCH_SQL"
	compare "$1: headlines" "SELECT file_name, ts_headline('govreport', body, q, 'MaxFragments=2')
		FROM reports, zh_tsquery('营商环境') q WHERE tsv @@ q ORDER BY file_name;"
	compare "$1: figures stored by the loader" "SET citus.enable_repartition_joins = on;
		SELECT count(*), md5(string_agg(concat_ws(' ', r.file_name, f.char_start, f.indicator, f.value, f.unit,
			f.qualifier, f.is_target, f.year), E'\n' ORDER BY r.file_name, f.char_start, f.indicator))
		FROM reports r JOIN reports_figures f ON f.report_id = r.id;"
	compare "$1: extract_metrics computed on the shards" "SELECT count(*), md5(string_agg(concat_ws(' ', file_name,
			m.char_start, m.indicator, m.value, m.unit, m.base_value), E'\n' ORDER BY file_name, m.char_start, m.indicator))
		FROM reports, extract_metrics(body) m;"
	compare "$1: sections stored by the loader" "SET citus.enable_repartition_joins = on;
		SELECT count(*), md5(string_agg(concat_ws(' ', r.file_name, s.section, s.depth, s.heading, s.char_start), E'\n'
			ORDER BY r.file_name, s.section))
		FROM reports r JOIN reports_sections s ON s.report_id = r.id;"
	compare "$1: report_info" "SELECT file_name, (report_info(body)).* FROM reports ORDER BY file_name;"
}
# --- comparisons with the single node ------------------------------------
# compare NAME SQL: the same output on the coordinator and on the single
# node (which knows no citus.* setting: those lines are left out there)
compare() {
	local a b sql_single
	sql_single=$(printf '%s\n' "$2" | sed 's/SET citus\.[a-z_]* = on;//')
	a=$(printf '%s\n' "$2" | on coord -f - 2>&1)
	b=$(printf '%s\n' "$sql_single" | on single -f - 2>&1)
	if [ -n "$a" ] && [ "$a" = "$b" ] && ! grep -q 'ERROR' <<<"$a"; then
		ok "$1"
	else
		not_ok "$1"
		diff <(echo "$b") <(echo "$a") | head -n 20 | sed 's/^/#   /'
	fi
}

say "comparisons with a single node"
check_eq "every node runs the same library and lexicon" "1" \
	"$(on coord -c "SELECT count(DISTINCT result) FROM run_command_on_all_nodes('SELECT govreport_lexicon_identity()')")"
check_match "report_section has different type OIDs on the nodes" '^[2-9]$' \
	"$(on coord -c "SELECT count(DISTINCT result) FROM run_command_on_all_nodes(\$\$SELECT 'report_section'::regtype::oid\$\$)")"
check_eq "Citus created govreport on every worker" "1 0.2.0" \
	"$(on coord -c "SELECT count(DISTINCT result), min(result) FROM run_command_on_all_nodes(\$\$SELECT extversion FROM pg_extension WHERE extname = 'govreport'\$\$)" | tr '|' ' ')"
compare_all "after the recipe"

# report_section as a distribution column: hashed on the coordinator to
# route, on the workers to place, compared, ordered and sent between nodes.
on coord -c "CREATE TABLE sec_by_section AS SELECT report_id, section, heading FROM reports_sections" \
	-c "SELECT create_distributed_table('sec_by_section', 'section')" \
	-c "SELECT truncate_local_data_after_distributing_table('sec_by_section')" >/dev/null 2>>"$WORK/recipe.log"
on single -c "CREATE TABLE sec_by_section AS SELECT report_id, section, heading FROM reports_sections" >/dev/null
compare "report_section as distribution column: grouping and order" \
	"SELECT section, count(*) FROM sec_by_section GROUP BY section ORDER BY section;"
compare "report_section as distribution column: routed equality" \
	"SELECT section, count(*) FROM sec_by_section WHERE section = '二、（一）'::report_section GROUP BY section;"
compare "report_section as distribution column: containment, binary results" \
	"SELECT count(*), min(depth(section)), max(depth(section)) FROM sec_by_section WHERE section <@ '二、'::report_section;
	 SELECT section FROM sec_by_section ORDER BY section DESC, report_id LIMIT 5;"
check_match "report_section shards spread over the workers" '^[2-9]$' \
	"$(on coord -c "SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 'sec_by_section'::regclass")"

# --- user lexicon edits ----------------------------------------------------
SENT='推进数字孪生城市建设'
segment_everywhere() {	# the cut of $SENT on every Citus node, one per line
	on coord -c "SELECT n.nodeport, r.result FROM run_command_on_all_nodes(\$\$SELECT array_to_string(zh_segment('$SENT'), '/')\$\$) r
		JOIN pg_dist_node n USING (nodeid) ORDER BY n.nodeport"
}
check_eq "before the edit, every node cuts the sentence alike" \
	"$(printf '%s|推进/数字/孪生/城市/建设\n' "${PORT[coord]}" "${PORT[w1]}" "${PORT[w2]}")" "$(segment_everywhere)"
recipe query
recipe edit
check_eq "an edit on the coordinator reaches every node at commit" \
	"$(printf '%s|推进/数字孪生城市/建设\n' "${PORT[coord]}" "${PORT[w1]}" "${PORT[w2]}")" "$(segment_everywhere)"
on single -c "INSERT INTO zh_user_lexicon (word) VALUES ('数字孪生城市')" -c "UPDATE reports SET body = body" >/dev/null
compare_all "after the edit"
check_eq "after the edit and the rebuild it lists, nothing is stale" "0" \
	"$(on coord -c "SELECT count(*) FROM govreport_lexicon_stale()")"

on coord -c "BEGIN" -c "INSERT INTO zh_user_lexicon (word) VALUES ('城市建设')" -c "ROLLBACK" >/dev/null
check_eq "a rolled-back edit reaches no node" \
	"$(printf '%s|推进/数字孪生城市/建设\n' "${PORT[coord]}" "${PORT[w1]}" "${PORT[w2]}")" "$(segment_everywhere)"

# Grants given on the coordinator are the ones every node applies, to its
# copy of the table.
may_edit_everywhere() {	# which editing rights lexicon_editor has, per node
	on coord -c "SELECT string_agg(r.result, ' ' ORDER BY n.nodeport) FROM run_command_on_all_nodes(\$\$
		SELECT has_table_privilege('lexicon_editor', 'zh_user_lexicon_' || s.shardid, 'INSERT')
		FROM pg_dist_shard s WHERE s.logicalrelid = 'zh_user_lexicon'::regclass\$\$) r
		JOIN pg_dist_node n USING (nodeid)"
}
on coord -c "CREATE ROLE lexicon_editor LOGIN" -c "CREATE ROLE lexicon_reader LOGIN" \
	-c "GRANT INSERT, DELETE ON zh_user_lexicon TO lexicon_editor" >/dev/null
check_eq "GRANT on the coordinator reaches every node's copy" "t t t" "$(may_edit_everywhere)"
out=$(PGUSER=lexicon_editor on coord -c "INSERT INTO zh_user_lexicon (word) VALUES ('孪生城市建设')" 2>&1)
check_eq "a role granted editing on the coordinator edits every copy" "" "$out"
out=$(PGUSER=lexicon_reader on coord -c "INSERT INTO zh_user_lexicon (word) VALUES ('城市建设')" 2>&1)
check_match "a role not granted editing is refused" 'permission denied' "$out"
on coord -c "REVOKE INSERT, DELETE ON zh_user_lexicon FROM lexicon_editor" >/dev/null
out=$(PGUSER=lexicon_editor on coord -c "DELETE FROM zh_user_lexicon WHERE word = '孪生城市建设'" 2>&1)
check_match "REVOKE on the coordinator takes editing away" 'permission denied' "$out"
check_eq "REVOKE on the coordinator reaches every node's copy" "f f f" "$(may_edit_everywhere)"
check_eq "every copy holds the same words" "1" \
	"$(on coord -c "SELECT count(DISTINCT result) FROM run_command_on_all_nodes(\$\$SELECT string_agg(word, ',' ORDER BY word) FROM zh_user_lexicon\$\$)")"
on coord -c "DELETE FROM zh_user_lexicon WHERE word = '孪生城市建设'" >/dev/null

# --- a node added later ---------------------------------------------------
recipe nodes w3
recipe add-node
check_match "the node added later holds shards" '^[1-9][0-9]*$' \
	"$(on coord -c "SELECT count(*) FROM citus_shards WHERE nodeport = ${PORT[w3]}")"
check_eq "the node added later got the user lexicon" "推进/数字孪生城市/建设" \
	"$(on w3 -c "SELECT array_to_string(zh_segment('$SENT'), '/')")"
compare_all "with the node added later"
compare "report_section distribution column after rebalancing" \
	"SELECT section, count(*) FROM sec_by_section GROUP BY section ORDER BY section;"

echo "1..$tap_n"
echo "$((tap_n - tap_failed)) passed, $tap_failed failed"
[ "$tap_failed" -eq 0 ]
