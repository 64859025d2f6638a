#!/bin/bash
# A trusted install in a shared database (doc/security.md):
#  - hostile operators, functions, types, domains and casts planted in the
#    target schema (and earlier on the search path) before CREATE EXTENSION,
#    before ALTER EXTENSION ... UPDATE and during lexicon reloads never run;
#  - a database owner does not become superuser;
#  - 0.1.0 is superuser-only (its script as first shipped was not
#    hostile-schema-safe; its two CHECK comparisons are qualified now);
#  - PUBLIC may read the user lexicon, not edit it; the extension's owner
#    grants editing, and a granted role can edit.
# Needs a running cluster reached as a superuser (PGHOST, PGPORT, PGUSER).
set -u
source "$(dirname "$0")/lib/tap.sh"

OWNER=gr_sec_owner
EDITOR=gr_sec_editor
PLAIN=gr_sec_plain
DBS=(gr_sec_create gr_sec_update gr_sec_bound gr_sec_schema)

cleanup() {
	for d in "${DBS[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1; done
	for r in $OWNER $EDITOR $PLAIN; do
		psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1
	done
}
cleanup
trap cleanup EXIT

as() {	# as ROLE DB SQL: run SQL as ROLE (trust authentication), print rows
	psql -X -q -At -U "$1" -d "$2" -v ON_ERROR_STOP=1 -c "$3" 2>&1
}
su() { psql -X -q -At -d "$1" -v ON_ERROR_STOP=1 -c "$2" 2>&1; }

psql -X -q -d postgres <<SQL >/dev/null
CREATE ROLE $OWNER LOGIN;
CREATE ROLE $EDITOR LOGIN;
CREATE ROLE $PLAIN LOGIN;
SQL
for d in "${DBS[@]}"; do createdb -O "$OWNER" "$d"; done

# plant SCHEMA: hostile objects in SCHEMA, made by the database owner.  Each
# records that it ran (and as whom) in public.hostile_log, and tries to make
# the owner superuser.
plant() {
	local s=$1
	cat <<SQL
CREATE TABLE IF NOT EXISTS public.hostile_log (who text, what text);
GRANT INSERT, SELECT ON public.hostile_log TO PUBLIC;
CREATE FUNCTION $s.hostile(what text) RETURNS boolean LANGUAGE plpgsql AS \$\$
BEGIN
	INSERT INTO public.hostile_log VALUES (current_user, what);
	BEGIN
		EXECUTE 'ALTER ROLE $OWNER SUPERUSER';
	EXCEPTION WHEN OTHERS THEN NULL;
	END;
	RETURN true;
END \$\$;
-- operators that match the argument types of the scripts' expressions more
-- closely than pg_catalog's do (numeric > integer, real > integer, ...)
CREATE FUNCTION $s.h_num_int(numeric, integer) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('>(numeric,integer)') \$\$;
CREATE OPERATOR $s.> (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = $s.h_num_int);
CREATE FUNCTION $s.h_real_int(real, integer) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('>(real,integer)') \$\$;
CREATE OPERATOR $s.> (LEFTARG = real, RIGHTARG = integer, FUNCTION = $s.h_real_int);
CREATE FUNCTION $s.h_real_num(real, numeric) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('>(real,numeric)') \$\$;
CREATE OPERATOR $s.> (LEFTARG = real, RIGHTARG = numeric, FUNCTION = $s.h_real_num);
CREATE FUNCTION $s.h_int_big(integer, bigint) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('>=(integer,bigint)') \$\$;
CREATE OPERATOR $s.>= (LEFTARG = integer, RIGHTARG = bigint, FUNCTION = $s.h_int_big);
CREATE OPERATOR $s.<= (LEFTARG = integer, RIGHTARG = bigint, FUNCTION = $s.h_int_big);
CREATE FUNCTION $s.h_text_vc(text, varchar) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('!~(text,varchar)') \$\$;
CREATE OPERATOR $s.!~ (LEFTARG = text, RIGHTARG = varchar, FUNCTION = $s.h_text_vc);
CREATE FUNCTION $s.h_oid_int(oid, integer) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('=(oid,integer)') \$\$;
CREATE OPERATOR $s.= (LEFTARG = oid, RIGHTARG = integer, FUNCTION = $s.h_oid_int);
CREATE FUNCTION $s.h_name_vc(name, varchar) RETURNS boolean LANGUAGE sql AS \$\$ SELECT $s.hostile('=(name,varchar)') \$\$;
CREATE OPERATOR $s.= (LEFTARG = name, RIGHTARG = varchar, FUNCTION = $s.h_name_vc);
-- functions the scripts call, with closer argument types
CREATE FUNCTION $s.char_length(varchar) RETURNS integer LANGUAGE sql AS \$\$ SELECT 1 WHERE $s.hostile('char_length(varchar)') \$\$;
CREATE FUNCTION $s.format(varchar, name) RETURNS text LANGUAGE sql AS \$\$ SELECT 'SELECT 1' WHERE $s.hostile('format(varchar,name)') \$\$;
CREATE FUNCTION $s.format(text, name) RETURNS text LANGUAGE sql AS \$\$ SELECT 'SELECT 1' WHERE $s.hostile('format(text,name)') \$\$;
CREATE FUNCTION $s.encode(bytea, varchar) RETURNS text LANGUAGE sql AS \$\$ SELECT 'x' WHERE $s.hostile('encode') \$\$;
-- types and domains named like the built-in ones the scripts and the C
-- code use; a domain's CHECK runs the hostile function
CREATE DOMAIN $s.float8 AS pg_catalog.float8 CHECK ($s.hostile('domain float8'));
CREATE DOMAIN $s.float4 AS pg_catalog.float4 CHECK ($s.hostile('domain float4'));
CREATE DOMAIN $s.numeric AS pg_catalog.numeric CHECK ($s.hostile('domain numeric'));
CREATE DOMAIN $s.text AS pg_catalog.text CHECK ($s.hostile('domain text'));
CREATE DOMAIN $s.int4 AS pg_catalog.int4 CHECK ($s.hostile('domain int4'));
CREATE DOMAIN $s.regtype AS pg_catalog.regtype CHECK ($s.hostile('domain regtype'));
-- a type with a cast from text: a script that cast to it would run this
CREATE TYPE $s.hostile_t AS (t text);
CREATE FUNCTION $s.h_cast(pg_catalog.text) RETURNS $s.hostile_t LANGUAGE sql AS \$\$ SELECT ROW(\$1)::$s.hostile_t WHERE $s.hostile('cast') \$\$;
CREATE CAST (pg_catalog.text AS $s.hostile_t) WITH FUNCTION $s.h_cast(pg_catalog.text) AS IMPLICIT;
SQL
}

# use DB ROLE SCHEMA: what a database's users do with the extension, with
# the hostile schema first on the search path (the C code's own queries
# must not see it).
use_sql() {
	local s=$1
	cat <<SQL
SET search_path = public, $s, pg_catalog;
SELECT array_to_string($s.zh_segment('推进数字孪生城市建设'), '/');
SELECT count(*) FROM $s.extract_metrics('今年主要预期目标是：地区生产总值增长6%左右。');
SELECT count(*) FROM $s.report_sections('一、工作回顾
（一）经济');
SELECT (r).region IS NULL FROM (SELECT $s.report_info('市南区人民政府工作报告') r) x;
SELECT pg_catalog.to_tsvector('$s.govreport', '营商环境') IS NOT NULL;
SELECT '二、（四）'::$s.report_section > '二、'::$s.report_section;
CREATE TABLE public.rep (id int, body pg_catalog.text);
SELECT $s.govreport_create_bi_views('public.rep');
SQL
}

log_is_empty() {	# DB: the hostile functions never ran
	local got
	got=$(su "$1" "SELECT coalesce(string_agg(who || ':' || what, ', '), '') FROM public.hostile_log")
	[ -z "$got" ] || { echo "#   hostile code ran: $got"; return 1; }
}
not_superuser() {
	[ "$(su postgres "SELECT rolsuper FROM pg_roles WHERE rolname = '$OWNER'")" = f ]
}

# --- CREATE EXTENSION by the database owner, hostile objects in public ---
D=gr_sec_create
as $OWNER $D "$(plant public)" >/dev/null
out=$(as $OWNER $D "CREATE EXTENSION govreport")
check_eq "a database owner installs the trusted extension" "" "$out"
check "no planted object ran during CREATE EXTENSION" log_is_empty $D
check "the database owner did not become superuser" not_superuser

out=$(psql -X -q -At -U $OWNER -d $D -v ON_ERROR_STOP=1 2>&1 <<SQL
$(use_sql public)
INSERT INTO public.zh_user_lexicon VALUES ('数字孪生城市', 2.5, 'n');
SELECT array_to_string(public.zh_segment('推进数字孪生城市建设'), '/');
SQL
)
check_match "the functions work with the hostile schema first on the search path" "推进/数字孪生城市/建设" "$out"
check "no planted object ran when the functions, the CHECK constraints and a lexicon reload did" log_is_empty $D

foreign_ops() {	# DB: operators outside pg_catalog that CHECK constraints use
	su "$1" "SELECT count(*) FROM pg_depend d JOIN pg_operator o ON o.oid = d.refobjid
	         WHERE d.classid = 'pg_constraint'::regclass AND d.refclassid = 'pg_operator'::regclass
	           AND d.objid IN (SELECT oid FROM pg_constraint
	                           WHERE conrelid IN ('zh_user_lexicon'::regclass, 'zh_units'::regclass))
	           AND o.oprnamespace <> 'pg_catalog'::regnamespace"
}
check_eq "the CHECK constraints use pg_catalog's operators only" "0" "$(foreign_ops $D)"

# --- 0.1.0 is for superusers only ---
out=$(as $OWNER gr_sec_update "CREATE EXTENSION govreport VERSION '0.1.0'")
check_match "a non-superuser cannot install 0.1.0" "permission denied to create extension" "$out"

# --- ALTER EXTENSION UPDATE by the owner, hostile objects planted after
# 0.1.0 was installed (as a database had it before 0.2.0) ---
D=gr_sec_update
su $D "CREATE EXTENSION govreport VERSION '0.1.0';
       UPDATE pg_extension SET extowner = '$OWNER'::regrole WHERE extname = 'govreport'" >/dev/null
as $OWNER $D "$(plant public)" >/dev/null
out=$(as $OWNER $D "ALTER EXTENSION govreport UPDATE")
check_eq "the extension's owner updates 0.1.0 to 0.2.0" "" "$out"
check_eq "the update reached 0.2.0" "0.2.0" "$(su $D "SELECT extversion FROM pg_extension WHERE extname = 'govreport'")"
out=$(psql -X -q -At -U $OWNER -d $D -v ON_ERROR_STOP=1 2>&1 <<SQL
$(use_sql public)
INSERT INTO public.zh_user_lexicon VALUES ('数字孪生城市', 2.5, 'n');
SQL
)
check "no planted object ran during ALTER EXTENSION UPDATE or after it" log_is_empty $D
check "the database owner did not become superuser (update)" not_superuser

# --- an operator planted before 0.1.0 was installed is bound into its
# CHECK constraint; the update rebinds the constraint to pg_catalog's ---
D=gr_sec_bound
as $OWNER $D "$(plant public)" >/dev/null
su $D "CREATE EXTENSION govreport VERSION '0.1.0'" >/dev/null
check_eq "installing 0.1.0 over the plants runs none of them" "0" \
	"$(su $D "SELECT count(*) FROM public.hostile_log")"
# A database installed with 0.1.0's script as first shipped has its two
# CHECK comparisons unqualified: made again that way here.  Positive
# control: they run the planted operator (as the superuser), which is what
# the plants above are meant to catch.
su $D "ALTER TABLE public.zh_user_lexicon DROP CONSTRAINT zh_user_lexicon_weight_check,
         ADD CONSTRAINT zh_user_lexicon_weight_check CHECK (weight > 0);
       ALTER TABLE public.zh_units DROP CONSTRAINT zh_units_factor_check,
         ADD CONSTRAINT zh_units_factor_check CHECK (factor > 0)" >/dev/null
ran=$(su $D "SELECT count(*) > 0 FROM public.hostile_log")
check_eq "control: the plants do catch 0.1.0's unqualified CHECK" "t" "$ran"
bound_before=$(su $D "SELECT $(foreign_ops $D | tr -d ' ') > 0")
su $D "ALTER ROLE $OWNER NOSUPERUSER; TRUNCATE public.hostile_log;
       UPDATE pg_extension SET extowner = '$OWNER'::regrole WHERE extname = 'govreport'" >/dev/null
as $OWNER $D "ALTER EXTENSION govreport UPDATE" >/dev/null
su $D "TRUNCATE public.hostile_log" >/dev/null
as $OWNER $D "INSERT INTO public.zh_user_lexicon VALUES ('胶东经济圈', 3, 'ns')" >/dev/null
su $D "INSERT INTO public.zh_units VALUES ('x', 'count', 'x', 2)" >/dev/null
check_eq "control: 0.1.0's constraints were bound to a planted operator" "t" "$bound_before"
check_eq "the update rebinds the CHECK constraints to pg_catalog's operators" "0" "$(foreign_ops $D)"
check "after the update, writes no longer run an operator bound by 0.1.0's script" log_is_empty $D
check "the database owner is not superuser (bound)" not_superuser

# --- CREATE EXTENSION ... SCHEMA other, hostile objects earlier on the
# search path ---
D=gr_sec_schema
as $OWNER $D "CREATE SCHEMA gr; $(plant public)" >/dev/null
out=$(as $OWNER $D "SET search_path = public, gr; CREATE EXTENSION govreport SCHEMA gr")
check_eq "installed into another schema with hostile objects earlier on the path" "" "$out"
out=$(psql -X -q -At -U $OWNER -d $D -v ON_ERROR_STOP=1 2>&1 <<SQL
$(use_sql gr)
INSERT INTO gr.zh_user_lexicon VALUES ('数字孪生城市', 2.5, 'n');
SELECT array_to_string(gr.zh_segment('推进数字孪生城市建设'), '/');
SQL
)
check_match "the functions work from the other schema" "推进/数字孪生城市/建设" "$out"
check "no planted object ran (other schema)" log_is_empty $D

# --- privileges on the user lexicon ---
D=gr_sec_create
out=$(as $PLAIN $D "INSERT INTO zh_user_lexicon VALUES ('两高四着力')")
check_match "a plain role cannot add a word" "permission denied for table zh_user_lexicon" "$out"
out=$(as $PLAIN $D "DELETE FROM zh_user_lexicon")
check_match "a plain role cannot delete words" "permission denied for table zh_user_lexicon" "$out"
out=$(as $PLAIN $D "UPDATE zh_user_lexicon SET weight = 1e9")
check_match "a plain role cannot reweight words" "permission denied for table zh_user_lexicon" "$out"
out=$(as $PLAIN $D "SELECT count(*) FROM zh_user_lexicon")
check_eq "a plain role reads the user lexicon" "1" "$out"
out=$(as $PLAIN $D "SELECT count(*) > 0 FROM zh_units")
check_eq "a plain role reads the unit table" "t" "$out"
out=$(as $OWNER $D "GRANT INSERT, DELETE ON zh_user_lexicon TO $EDITOR")
check_eq "the extension's owner grants editing" "" "$out"
out=$(as $EDITOR $D "INSERT INTO zh_user_lexicon VALUES ('两高四着力'); SELECT array_to_string(zh_segment('落实两高四着力要求'), '/')")
check_match "a granted role adds a word and it is used" "两高四着力" "$out"
out=$(as $EDITOR $D "GRANT INSERT ON zh_user_lexicon TO $PLAIN")
check_match "a granted role cannot pass the grant on" "no privileges were granted|WARNING" "$out"
out=$(as $PLAIN $D "SELECT array_to_string(zh_segment('落实两高四着力要求'), '/')")
check_match "another role's segmentation uses the word (one lexicon for all)" "两高四着力" "$out"
out=$(as $OWNER $D "REVOKE INSERT, DELETE ON zh_user_lexicon FROM $EDITOR")
check_eq "the extension's owner revokes editing" "" "$out"
out=$(as $EDITOR $D "DELETE FROM zh_user_lexicon")
check_match "a revoked role cannot edit" "permission denied for table zh_user_lexicon" "$out"

tap_done
