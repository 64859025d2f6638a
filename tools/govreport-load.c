/*
 * govreport-load
 *		Load a folder of government work reports into PostgreSQL.
 *
 *	govreport-load [connection options] [options] FILE|DIR ...
 *
 * Each file is read whole and turned into the report's text
 * (tools/load/intake.c: text in any detected encoding, web pages, PDF,
 * Word), then stored with its path relative to the folder given and the
 * SHA-256 of the text, so a report already loaded (in any form) is
 * skipped.  One transaction per file: a bad file is reported and the batch
 * goes on; the exit status says whether every file is in.  The columns the
 * extension derives (report_info, report_clean, report_sections,
 * extract_metrics) are computed by SQL in the same transaction, then
 * metadata from outside the text (sidecar CSV, the page's own title, the
 * path) fills what the text lacks.
 *
 * Every query runs with an empty search_path and names every object with
 * its schema (the extension's, the table's, pg_catalog), so nothing a role
 * planted on its search path runs.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <termios.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "load/decode.h"
#include "load/intake.h"
#include "load/meta.h"
#include "load/walk.h"

#ifndef LOAD_VERSION
#error "LOAD_VERSION must be defined by the build (the extension version)"
#endif

/* Exit statuses. */
#define EXIT_ALL_LOADED 0
#define EXIT_SOME_FAILED 1
#define EXIT_USAGE 2

/* PostgreSQL's names are at most 63 bytes; NAME_sections_bi must fit. */
#define MAX_NAME_BYTES 63
#define LONGEST_SUFFIX "_sections_bi"

/* Columns of the reports table the loader itself fills. */
static const char *const base_columns[] = {
	"id", "file_name", "source_path", "content_sha256", "source_encoding",
	"source_format", "from_html", "file_bytes", "loaded_at", "body", "url",
	"published", NULL
};

/* Metadata columns, created even when report_info does not offer them. */
static const char *const meta_columns[][2] = {
	{"title", "text"}, {"region", "text"}, {"admin_level", "text"},
	{"report_year", "integer"}, {"region_code", "text"},
	{"url", "text"}, {"published", "date"}, {NULL, NULL}
};

typedef struct Options
{
	const char *host;
	const char *port;
	const char *user;
	const char *dbname;
	const char *table;
	const char *encoding;
	const char *meta_file;
	bool		sections;
	bool		figures;
	bool		words;
	bool		refresh;
	bool		strict;
	bool		password;
	bool		quiet;
	bool		verbose;
	int			progress;		/* 1 on, 0 off, -1 when stderr is a terminal */
} Options;

typedef struct Batch
{
	long long	total_bytes;
	long long	done_bytes;
	int			nfiles;
	int			done;
	int			loaded;
	int			duplicates;
	int			refreshed;
	int			failed;
	double		started;
	bool		progress_shown;
} Batch;

static Options opts;
static PGconn *conn;
static LoadMetaSet meta;

/* Quoted names: the table, its companions, the extension's schema. */
static char *q_schema;
static char *q_table;
static char *q_sections;
static char *q_figures;
static char *q_words;
static char *q_ext;				/* "schema". of the extension, or NULL */
static char *insert_sql;
static char *info_sql;			/* NULL without report_info */
static char *meta_sql;
static bool have_clean;
static bool have_sections;
static bool have_figures;
static bool have_words;
static bool words_recordable;	/* --words: see words_may_be_recorded() */

static double
now_seconds(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return tv.tv_sec + tv.tv_usec / 1e6;
}

static void
usage(FILE *f)
{
	fprintf(f,
			"govreport-load loads government work reports (text in UTF-8, UTF-16,\n"
			"GB18030/GBK/GB2312 or Big5, saved web pages, PDF, Word .docx) into PostgreSQL.\n\n"
			"Usage:\n  govreport-load [OPTION]... FILE|DIR...\n\n"
			"Connection options (as psql; PGHOST, PGPORT, PGUSER, PGDATABASE also work):\n"
			"  -h, --host=HOST          database server host or socket directory\n"
			"  -p, --port=PORT          database server port\n"
			"  -U, --username=USER      database user name\n"
			"  -d, --dbname=DBNAME      database name or connection string\n"
			"  -W, --password           ask for the password\n\n"
			"Options:\n"
			"  -t, --table=[SCHEMA.]NAME  reports table (default \"reports\"), created when missing\n"
			"  -E, --encoding=NAME      read every text file in this encoding, without detection\n"
			"  -s, --sections           also store report_sections() in NAME_sections\n"
			"  -f, --figures            also store extract_metrics() in NAME_figures\n"
			"      --words              also store zh_word_counts() in NAME_words, with\n"
			"                           the views NAME_words_bi and NAME_word_trends\n"
			"  -m, --meta=FILE          sidecar CSV: path,title,region,region_code,year,level,url,published\n"
			"  -r, --refresh            recompute report_info, sections and figures of reports\n"
			"                           already loaded (of the files given, or of every row)\n"
			"      --strict             refuse a file whose forced or declared encoding reads badly\n"
			"  -P, --progress / --no-progress\n"
			"                           progress bar (default: when stderr is a terminal)\n"
			"  -v, --verbose            one line per file on stdout\n"
			"  -q, --quiet              only errors\n"
			"      --help, --version\n\n"
			"Exit status: 0 when every file was loaded or already there, 1 when a file\n"
			"failed, 2 on a usage or connection error.\n");
}

/* Print an error line, starting on a fresh line if the bar is shown. */
static void
file_message(Batch *b, const char *path, const char *what, const char *msg)
{
	size_t		n = strlen(msg);

	if (b->progress_shown)
		fputc('\n', stderr);
	/* libpq messages end with a newline; ours do not. */
	while (n > 0 && msg[n - 1] == '\n')
		n--;
	fprintf(stderr, "govreport-load: %s: %s%.*s\n", path, what, (int) n, msg);
}

static void
show_progress(Batch *b, bool final)
{
	double		elapsed = now_seconds() - b->started;
	double		mb = b->done_bytes / 1048576.0;
	double		total_mb = b->total_bytes / 1048576.0;
	int			width = 30;
	int			filled = b->nfiles ? (int) ((long long) width * b->done / b->nfiles) : width;
	char		bar[31];

	for (int i = 0; i < width; i++)
		bar[i] = i < filled ? '#' : '.';
	bar[width] = '\0';
	fprintf(stderr, "\r[%s] %d/%d files  %.1f/%.1f MB  %.1f files/s  %.2f MB/s ",
			bar, b->done, b->nfiles, mb, total_mb,
			elapsed > 0 ? b->done / elapsed : 0.0,
			elapsed > 0 ? mb / elapsed : 0.0);
	if (final)
		fputc('\n', stderr);
	fflush(stderr);
	b->progress_shown = true;
}

/* Append printf-style to a growing string. */
static void append(char **buf, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
append(char **buf, const char *fmt,...)
{
	va_list		ap;
	size_t		old = *buf ? strlen(*buf) : 0;
	int			add;
	char	   *n;

	va_start(ap, fmt);
	add = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	n = realloc(*buf, old + (size_t) add + 1);
	if (n == NULL)
	{
		fprintf(stderr, "govreport-load: out of memory\n");
		exit(EXIT_USAGE);
	}
	va_start(ap, fmt);
	vsnprintf(n + old, (size_t) add + 1, fmt, ap);
	va_end(ap);
	*buf = n;
}

static PGresult *
exec_params(const char *sql, int n, const char *const *params)
{
	return PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
}

/* Run a command; false (message printed unless quiet_fail) if it failed. */
static bool
run(const char *sql, bool quiet_fail)
{
	PGresult   *res = PQexec(conn, sql);
	bool		ok = PQresultStatus(res) == PGRES_COMMAND_OK ||
		PQresultStatus(res) == PGRES_TUPLES_OK;

	if (!ok && !quiet_fail)
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
	PQclear(res);
	return ok;
}

/* The single value of a one-row query with parameters, malloc'd; NULL if none. */
static char *
query_value(const char *sql, int n, const char *const *params)
{
	PGresult   *res = exec_params(sql, n, params);
	char	   *v = NULL;

	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 &&
		!PQgetisnull(res, 0, 0))
		v = strdup(PQgetvalue(res, 0, 0));
	else if (PQresultStatus(res) != PGRES_TUPLES_OK)
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
	PQclear(res);
	return v;
}

static char *
quote_ident(const char *name)
{
	char	   *q = PQescapeIdentifier(conn, name, strlen(name));
	char	   *r = q ? strdup(q) : NULL;

	PQfreemem(q);
	if (r == NULL)
	{
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
		exit(EXIT_USAGE);
	}
	return r;
}

/*
 * Split -t [SCHEMA.]NAME: a part may be double-quoted ("a.b" is one name,
 * "" a quote inside); unquoted parts are taken as written.  False on a
 * malformed name.
 */
static bool
split_table_name(const char *arg, char *schema, char *table, size_t size)
{
	char		parts[2][256];
	int			np = 0;
	const char *p = arg;

	for (;;)
	{
		size_t		k = 0;

		if (np == 2)
			return false;
		if (*p == '"')
		{
			for (p++;; p++)
			{
				if (*p == '\0')
					return false;
				if (*p == '"' && p[1] == '"')
					p++;
				else if (*p == '"')
				{
					p++;
					break;
				}
				if (k + 1 >= sizeof(parts[0]))
					return false;
				parts[np][k++] = *p;
			}
		}
		else
			while (*p && *p != '.')
			{
				if (k + 1 >= sizeof(parts[0]))
					return false;
				parts[np][k++] = *p++;
			}
		parts[np][k] = '\0';
		if (k == 0)
			return false;
		np++;
		if (*p == '\0')
			break;
		if (*p != '.')
			return false;
		p++;
	}
	snprintf(schema, size, "%s", np == 2 ? parts[0] : "");
	snprintf(table, size, "%s", parts[np - 1]);
	return true;
}

/* Does the extension have this function (signature without schema)? */
static bool
ext_function(const char *signature)
{
	char	   *sig = NULL;
	char	   *v;
	bool		yes;
	const char *params[1];

	if (q_ext == NULL)
		return false;
	append(&sig, "%s.%s", q_ext, signature);
	params[0] = sig;
	v = query_value("SELECT pg_catalog.to_regprocedure($1) IS NOT NULL", 1, params);
	yes = v && strcmp(v, "t") == 0;
	free(v);
	free(sig);
	return yes;
}

static bool
in_list(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(*list, name) == 0)
			return true;
	return false;
}

/* A table's OID as text, or NULL when it does not exist. */
static char *
table_oid(const char *qname)
{
	const char *params[1] = {qname};

	return query_value("SELECT pg_catalog.to_regclass($1)::pg_catalog.oid::pg_catalog.text", 1, params);
}

/*
 * An index whose first column is column, made (named by the server, of
 * the access method "method") when the table has none: IF NOT EXISTS would
 * need a name, and a name built from a long table name would be cut.
 */
static void
ensure_index(const char *qtable, const char *column, const char *method)
{
	char	   *oid = table_oid(qtable);
	const char *params[2] = {oid, column};
	char	   *v;

	if (oid == NULL)
		return;
	v = query_value("SELECT pg_catalog.count(*) FROM pg_catalog.pg_index i"
					" JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) i.indrelid"
					" AND a.attnum OPERATOR(pg_catalog.=) i.indkey[0]"
					" WHERE i.indrelid OPERATOR(pg_catalog.=) $1::pg_catalog.oid"
					" AND a.attname OPERATOR(pg_catalog.=) $2", 2, params);
	if (v && strcmp(v, "0") == 0)
	{
		char	   *sql = NULL;
		char	   *qcol = quote_ident(column);

		append(&sql, "CREATE INDEX ON %s USING %s (%s)", qtable, method, qcol);
		(void) run(sql, false);
		free(sql);
		free(qcol);
	}
	free(v);
	free(oid);
}

/*
 * The companion table (sections, figures, words) points at its report: a
 * foreign key with ON DELETE CASCADE and an index on report_id, added to
 * tables made by older loaders too.  Rows of reports that no longer exist
 * keep the key from being checked: it is then added NOT VALID, with a
 * warning.
 */
static void
link_companion(const char *qcomp)
{
	char	   *oid = table_oid(qcomp);
	char	   *sql = NULL;
	char	   *v;
	const char *params[1];

	if (oid == NULL)
		return;
	params[0] = oid;
	v = query_value("SELECT pg_catalog.count(*) FROM pg_catalog.pg_constraint c"
					" WHERE c.conrelid OPERATOR(pg_catalog.=) $1::pg_catalog.oid"
					" AND c.contype OPERATOR(pg_catalog.=) 'f'", 1, params);
	if (v && strcmp(v, "0") == 0)
	{
		PGresult   *res;
		const char *state;

		append(&sql, "ALTER TABLE %s ADD FOREIGN KEY (report_id) REFERENCES %s (id) ON DELETE CASCADE",
			   qcomp, q_table);
		res = PQexec(conn, sql);
		state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		if (PQresultStatus(res) == PGRES_COMMAND_OK)
			;
		else if (state && strcmp(state, "23503") == 0)	/* foreign_key_violation */
		{
			fprintf(stderr, "govreport-load: warning: %s has rows of reports no longer in %s; "
					"its foreign key is added NOT VALID (delete those rows, then "
					"ALTER TABLE ... VALIDATE CONSTRAINT)\n", qcomp, q_table);
			append(&sql, " NOT VALID");
			(void) run(sql, false);
		}
		else
		{
			/* e.g. Citus: tables distributed on different columns (doc/cookbook.md) */
			fprintf(stderr, "govreport-load: warning: %s gets no foreign key to %s: %s",
					qcomp, q_table, PQerrorMessage(conn));
		}
		PQclear(res);
		free(sql);
		sql = NULL;
	}
	free(v);
	free(oid);
	ensure_index(qcomp, "report_id", "btree");
}

/*
 * --words: each report's word counts (report_id, word, pos, n), keyed by
 * report and word and indexed by word for the word views (doc/analysis.md).
 */
static bool
make_words_table(void)
{
	char	   *sql = NULL;
	bool		ok;

	append(&sql, "CREATE TABLE IF NOT EXISTS %s (\n"
		   "  report_id pg_catalog.int8 NOT NULL,\n"
		   "  word pg_catalog.text NOT NULL,\n"
		   "  pos pg_catalog.text,\n"
		   "  n pg_catalog.int4 NOT NULL,\n"
		   "  PRIMARY KEY (report_id, word))", q_words);
	ok = run(sql, false);
	free(sql);
	if (ok)
	{
		link_companion(q_words);
		ensure_index(q_words, "word", "btree");
	}
	return ok;
}

/*
 * Record that qtable's govreport contents were computed with the lexicon in
 * use (doc/upgrade.md), when the extension keeps such records.
 */
static void
record_lexicon(const char *qtable)
{
	const char *params[1] = {qtable};
	char	   *sql = NULL;

	if (!ext_function("govreport_record_lexicon(regclass)"))
		return;
	append(&sql, "SELECT %s.govreport_record_lexicon($1::pg_catalog.regclass)", q_ext);
	PQclear(exec_params(sql, 1, params));
	free(sql);
}

/*
 * --words: may this load record the words table as counted with the lexicon
 * in use?  Yes when the table is empty, or when its record is current
 * (govreport_lexicon_stale() does not list it): then every row in it, old
 * and new, comes from this lexicon.  A table counted with another lexicon
 * stays unrecorded, so that govreport_lexicon_stale() keeps saying so.
 */
static bool
words_may_be_recorded(void)
{
	const char *params[1] = {q_words};
	char	   *sql = NULL;
	char	   *v;
	bool		yes;

	if (!ext_function("govreport_lexicon_stale()"))
		return false;
	append(&sql, "SELECT NOT EXISTS (SELECT FROM %s)"
		   " OR (EXISTS (SELECT FROM %s.govreport_lexicon_builds b"
		   "       WHERE b.relid OPERATOR(pg_catalog.=) $1::pg_catalog.regclass)"
		   "     AND NOT EXISTS (SELECT FROM %s.govreport_lexicon_stale() s"
		   "       WHERE s.relation OPERATOR(pg_catalog.=) $1::pg_catalog.regclass))",
		   q_words, q_ext, q_ext);
	v = query_value(sql, 1, params);
	yes = v && strcmp(v, "t") == 0;
	free(v);
	free(sql);
	return yes;
}

/*
 * The stored search vector tsv = zh_tsvector(body) and its GIN index on one
 * of the loader's tables (doc/search.md): a search then checks the stored
 * vector instead of computing it again for every row the index finds.
 * "in_row" keeps vectors of up to 8 kB in the row, uncompressed (sections:
 * their vectors pass the default 2 kB; checking a match is then cheaper).
 */
static bool
add_search_vector(const char *qtable, bool in_row)
{
	const char *params[1] = {qtable};
	char	   *sql = NULL;
	char	   *have;
	bool		ok = true;

	have = query_value("SELECT pg_catalog.count(*) FROM pg_catalog.pg_attribute"
					   " WHERE attrelid OPERATOR(pg_catalog.=) pg_catalog.to_regclass($1)"
					   " AND attname OPERATOR(pg_catalog.=) 'tsv' AND NOT attisdropped", 1, params);
	if (have && strcmp(have, "0") == 0)
	{
		append(&sql, "ALTER TABLE %s ADD COLUMN tsv pg_catalog.tsvector"
			   " GENERATED ALWAYS AS (%s.zh_tsvector(body)) STORED%s", qtable, q_ext,
			   in_row ? ", SET (toast_tuple_target = 8160)" : "");
		ok = run(sql, false);
		free(sql);
		sql = NULL;
		if (ok)
			ensure_index(qtable, "tsv", "gin");
		/* what the vectors were computed with (doc/upgrade.md) */
		if (ok)
			record_lexicon(qtable);
	}
	else if (have)
		ensure_index(qtable, "tsv", "gin");
	free(have);
	return ok;
}

/* Create a companion table from a function's columns when missing. */
static bool
make_companion(const char *qcomp, const char *func)
{
	char	   *sql = NULL;
	bool		ok;

	append(&sql, "CREATE TABLE IF NOT EXISTS %s AS SELECT 0::pg_catalog.int8 AS report_id, d.*"
		   " FROM %s.%s(''::pg_catalog.text) d WITH NO DATA", qcomp, q_ext, func);
	ok = run(sql, false);
	free(sql);
	if (ok)
		link_companion(qcomp);
	return ok;
}

/* The SQL of zh_region_code(arg), or NULL when the extension lacks it. */
static void
append_region_code(char **sql, bool have, const char *arg)
{
	if (have)
		append(sql, "%s.zh_region_code(%s)", q_ext, arg);
	else
		append(sql, "NULL::pg_catalog.text");
}

/*
 * The statement that fills metadata from outside the text where it wins
 * (the sidecar) or where the text is silent (the page's title and date,
 * the path).  Parameters: $1 id, $2 title, $3 url, $4 published, $5 the
 * sidecar's year, $6 the path's year, $7 the sidecar's region, $8 the
 * path's region, $9 the sidecar's region_code, $10 the sidecar's level,
 * $11 the regions the path names, $12 the page's title.
 */
static void
build_meta_sql(void)
{
	bool		have_code = ext_function("zh_region_code(text,text)");
	bool		have_regions = false;
	char	   *zr = NULL;
	char	   *rt;

	if (have_code)
	{
		char	   *oid;

		append(&zr, "%s.zh_regions", q_ext);
		oid = table_oid(zr);
		have_regions = oid != NULL;
		free(oid);
	}
	append(&meta_sql, "UPDATE %s t SET\n"
		   " title = COALESCE($2, t.title, $12),\n"
		   " url = COALESCE($3, t.url),\n"
		   " published = COALESCE($4::pg_catalog.date, t.published),\n"
		   " report_year = COALESCE($5::pg_catalog.int4, t.report_year, $6::pg_catalog.int4),\n"
		   " region = COALESCE($7, t.region, CASE WHEN c.path_code IS NOT NULL THEN $8 END),\n"
		   " region_code = c.code,\n", q_table);
	rt = have_regions ? zr : NULL;
	if (rt)
		append(&meta_sql, " admin_level = COALESCE($10, CASE WHEN c.code IS DISTINCT FROM t.region_code"
			   " THEN (SELECT z.level FROM %s z WHERE z.code OPERATOR(pg_catalog.=) c.code LIMIT 1) END, t.admin_level)\n", rt);
	else
		append(&meta_sql, " admin_level = COALESCE($10, t.admin_level)\n");
	append(&meta_sql, "FROM (SELECT COALESCE($9, CASE WHEN $7 IS NOT NULL THEN COALESCE(");
	append_region_code(&meta_sql, have_code, "$7");
	append(&meta_sql, ", ");
	append_region_code(&meta_sql, have_code, "$7, $11");
	append(&meta_sql, ") ELSE COALESCE(t2.region_code, ");
	append_region_code(&meta_sql, have_code, "$11");
	append(&meta_sql, ") END) AS code, ");
	append_region_code(&meta_sql, have_code, "$11");
	append(&meta_sql, " AS path_code FROM %s t2 WHERE t2.id OPERATOR(pg_catalog.=) $1::pg_catalog.int8) c\n"
		   "WHERE t.id OPERATOR(pg_catalog.=) $1::pg_catalog.int8", q_table);
	free(zr);
}

/*
 * Create the reports table when missing, add the columns report_info and
 * the metadata need, make the companion tables; build the statements used
 * per file.
 */
static bool
prepare_schema(void)
{
	char	   *sql = NULL;
	char	   *info_cols = NULL;
	char	   *info_vals = NULL;
	bool		have_info = ext_function("report_info(text)");

	have_clean = ext_function("report_clean(text)");
	append(&sql, "CREATE TABLE IF NOT EXISTS %s (\n"
		   "  id pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
		   "  file_name pg_catalog.text NOT NULL,\n"
		   "  source_path pg_catalog.text,\n"
		   "  content_sha256 pg_catalog.bytea NOT NULL UNIQUE,\n"
		   "  source_encoding pg_catalog.text NOT NULL,\n"
		   "  source_format pg_catalog.text,\n"
		   "  from_html pg_catalog.bool NOT NULL,\n"
		   "  file_bytes pg_catalog.int8 NOT NULL,\n"
		   "  loaded_at pg_catalog.timestamptz NOT NULL DEFAULT pg_catalog.now(),\n"
		   "  body pg_catalog.text NOT NULL)", q_table);
	if (!run(sql, false))
		return false;
	free(sql);
	sql = NULL;
	/* tables made by older loaders */
	append(&sql, "ALTER TABLE %s ADD COLUMN IF NOT EXISTS source_path pg_catalog.text,"
		   " ADD COLUMN IF NOT EXISTS source_format pg_catalog.text", q_table);
	(void) run(sql, false);
	free(sql);
	sql = NULL;

	if (have_info)
	{
		/* Describe report_info's result to learn its columns and types. */
		PGresult   *desc,
				   *res;

		append(&sql, "SELECT * FROM %s.report_info($1::pg_catalog.text)", q_ext);
		res = PQprepare(conn, "info", sql, 1, NULL);
		PQclear(res);
		free(sql);
		sql = NULL;
		desc = PQdescribePrepared(conn, "info");
		for (int i = 0; PQresultStatus(desc) == PGRES_COMMAND_OK && i < PQnfields(desc); i++)
		{
			const char *name = PQfname(desc, i);
			char		oid[16];
			const char *params[1] = {oid};
			char	   *type;
			char	   *qname;

			if (in_list(name, base_columns))
				continue;
			snprintf(oid, sizeof(oid), "%u", PQftype(desc, i));
			type = query_value("SELECT pg_catalog.format_type($1::pg_catalog.oid, NULL)", 1, params);
			if (type == NULL)
				continue;
			qname = quote_ident(name);
			append(&sql, "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s %s", q_table, qname, type);
			(void) run(sql, false);
			free(sql);
			sql = NULL;
			append(&info_cols, "%s%s", info_cols ? ", " : "", qname);
			append(&info_vals, "%si.%s", info_vals ? ", " : "", qname);
			free(qname);
			free(type);
		}
		PQclear(desc);
		res = PQexec(conn, "DEALLOCATE info");
		PQclear(res);
	}
	for (int i = 0; meta_columns[i][0] != NULL; i++)
	{
		append(&sql, "ALTER TABLE %s ADD COLUMN IF NOT EXISTS %s pg_catalog.%s",
			   q_table, meta_columns[i][0],
			   strcmp(meta_columns[i][1], "integer") == 0 ? "int4" : meta_columns[i][1]);
		(void) run(sql, false);
		free(sql);
		sql = NULL;
	}

	/*
	 * The insert hashes the text server-side and returns either the new id
	 * or the id and name of the row already holding the same text.
	 * Parameters: $1 file name, $2 text, $3 encoding, $4 from_html, $5
	 * bytes, $6 source_path, $7 source_format.
	 */
	append(&insert_sql,
		   "WITH h AS (SELECT pg_catalog.sha256(pg_catalog.convert_to($2::pg_catalog.text, 'UTF8')) AS sha),\n"
		   " old AS (SELECT r.id, r.file_name FROM %s r, h WHERE r.content_sha256 OPERATOR(pg_catalog.=) h.sha),\n"
		   " ins AS (INSERT INTO %s (file_name, source_path, content_sha256, source_encoding,"
		   " source_format, from_html, file_bytes, body)\n"
		   "   SELECT $1, $6, h.sha, $3, $7, $4, $5, ", q_table, q_table);
	if (have_clean)
		append(&insert_sql, "%s.report_clean($2::pg_catalog.text)", q_ext);
	else
		append(&insert_sql, "$2::pg_catalog.text");
	append(&insert_sql, " FROM h WHERE NOT EXISTS (SELECT 1 FROM old)\n"
		   "   ON CONFLICT (content_sha256) DO NOTHING RETURNING id)\n"
		   "SELECT 'new', id, NULL FROM ins UNION ALL SELECT 'old', id, file_name FROM old");

	/*
	 * report_info of the text ($2), or of the stored body when $2 is NULL
	 * (--refresh without files); on --refresh ($3) the body is cleaned
	 * again too (report_clean may have changed with an upgrade).
	 */
	if (info_cols)
	{
		append(&info_sql, "UPDATE %s t SET (%s) = (SELECT %s FROM %s.report_info(", q_table,
			   info_cols, info_vals, q_ext);
		append(&info_sql, "COALESCE($2::pg_catalog.text, t.body)) i)");
		if (have_clean)
			append(&info_sql, ", body = CASE WHEN $3::pg_catalog.bool THEN %s.report_clean(COALESCE($2::pg_catalog.text, t.body)) ELSE t.body END", q_ext);
		else
			append(&info_sql, ", body = CASE WHEN $3::pg_catalog.bool THEN t.body ELSE t.body END");
		append(&info_sql, " WHERE t.id OPERATOR(pg_catalog.=) $1::pg_catalog.int8");
	}
	free(info_cols);
	free(info_vals);
	build_meta_sql();

	if (opts.sections)
	{
		have_sections = ext_function("report_sections(text)");
		if (!have_sections && !opts.quiet)
			fprintf(stderr, "govreport-load: report_sections(text) is not installed; sections are not stored\n");
	}
	if (opts.figures)
	{
		have_figures = ext_function("extract_metrics(text)");
		if (!have_figures && !opts.quiet)
			fprintf(stderr, "govreport-load: extract_metrics(text) is not installed; figures are not stored\n");
	}
	if (opts.words)
	{
		have_words = ext_function("zh_word_counts(text,boolean)");
		if (!have_words && !opts.quiet)
			fprintf(stderr, "govreport-load: zh_word_counts(text, boolean) is not installed; words are not stored\n");
	}
	if (have_sections && !make_companion(q_sections, "report_sections"))
		return false;
	if (have_figures && !make_companion(q_figures, "extract_metrics"))
		return false;
	if (have_words && !make_words_table())
		return false;
	if (have_words)
		words_recordable = words_may_be_recorded();
	/* Search vectors, when the extension offers zh_tsvector. */
	if (ext_function("zh_tsvector(text)") &&
		(!add_search_vector(q_table, false) ||
		 (have_sections && !add_search_vector(q_sections, true))))
		return false;

	/* BI views with plain column types, when the extension offers them. */
	if (ext_function("govreport_create_bi_views(regclass)"))
	{
		const char *params[1] = {q_table};
		PGresult   *res;

		append(&sql, "SELECT %s.govreport_create_bi_views($1::pg_catalog.regclass)", q_ext);
		res = exec_params(sql, 1, params);
		if (PQresultStatus(res) != PGRES_TUPLES_OK && !opts.quiet)
			fprintf(stderr, "govreport-load: BI views not created: %s", PQerrorMessage(conn));
		PQclear(res);
		free(sql);
	}
	return true;
}

/*
 * Schema changes of concurrent loaders on the same table are serialised
 * by an advisory lock on the table's name: CREATE TABLE IF NOT EXISTS
 * alone fails in one of two sessions that create the table at once.
 */
static bool
prepare_schema_locked(void)
{
	char	   *key = NULL;
	const char *params[1];
	PGresult   *res;
	bool		ok;

	append(&key, "govreport-load %s", q_table);
	params[0] = key;
	res = exec_params("SELECT pg_catalog.pg_advisory_lock(pg_catalog.hashtext($1))", 1, params);
	PQclear(res);
	ok = prepare_schema();
	res = exec_params("SELECT pg_catalog.pg_advisory_unlock(pg_catalog.hashtext($1))", 1, params);
	PQclear(res);
	free(key);
	return ok;
}

/* Store the derived rows of report id in the sections or figures table. */
static const char *
store_derived(const char *table, const char *func, const char *id)
{
	char	   *sql = NULL;
	const char *params[1] = {id};
	PGresult   *res;
	const char *err = NULL;

	append(&sql, "DELETE FROM %s WHERE report_id OPERATOR(pg_catalog.=) $1::pg_catalog.int8", table);
	res = exec_params(sql, 1, params);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		err = PQerrorMessage(conn);
	PQclear(res);
	free(sql);
	sql = NULL;
	if (err)
		return err;
	append(&sql, "INSERT INTO %s SELECT r.id, d.* FROM %s r CROSS JOIN LATERAL %s.%s(r.body) d"
		   " WHERE r.id OPERATOR(pg_catalog.=) $1::pg_catalog.int8", table, q_table, q_ext, func);
	res = exec_params(sql, 1, params);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		err = PQerrorMessage(conn);
	PQclear(res);
	free(sql);
	return err;
}

/* A command with parameters; the server's message, or NULL when it ran. */
static const char *
command(const char *sql, int n, const char *const *params, const Oid *types)
{
	PGresult   *res = PQexecParams(conn, sql, n, types, params, NULL, NULL, 0);
	const char *err = NULL;

	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK)
		err = PQerrorMessage(conn);
	PQclear(res);
	return err;
}

static char *
int_or_null(int v, char *buf, size_t size)
{
	if (v <= 0)
		return NULL;
	snprintf(buf, size, "%d", v);
	return buf;
}

/*
 * Types of meta_sql's parameters: int8, then text (some may go unused),
 * but $4 is a date: sent as one, it needs no text-to-date cast, which is
 * STABLE, and Citus refuses a STABLE function inside the COALESCE of an
 * UPDATE of a distributed table (doc/cookbook.md).
 */
static const Oid meta_types[12] = {20, 25, 25, 1082, 25, 25, 25, 25, 25, 25, 25, 25};

/*
 * Everything derived for report id: report_info (of text, or of the stored
 * body when text is NULL), metadata, sections and figures.
 */
static const char *
derive(const char *id, const char *text, const char *rel, const LoadText *lt)
{
	const char *err;
	LoadMeta   *m = rel ? load_meta_find(&meta, rel) : NULL;
	LoadPathGuess g;
	char		pyear[16];
	const char *mp[12];

	if (info_sql)
	{
		const char *ip[3] = {id, text, opts.refresh ? "true" : "false"};

		if ((err = command(info_sql, 3, ip, NULL)) != NULL)
			return err;
	}
	if (rel)
		load_path_guess(rel, &g);
	else
		memset(&g, 0, sizeof(g));
	if (m)
		m->used++;
	mp[0] = id;
	mp[1] = m ? m->field[LOAD_META_TITLE] : NULL;
	mp[2] = m ? m->field[LOAD_META_URL] : NULL;
	mp[3] = m && m->field[LOAD_META_PUBLISHED] ? m->field[LOAD_META_PUBLISHED] :
		lt ? lt->published : NULL;
	mp[4] = m ? m->field[LOAD_META_YEAR] : NULL;
	mp[5] = int_or_null(g.year, pyear, sizeof(pyear));
	mp[6] = m ? m->field[LOAD_META_REGION] : NULL;
	mp[7] = g.region[0] ? g.region : NULL;
	mp[8] = m ? m->field[LOAD_META_REGION_CODE] : NULL;
	mp[9] = m ? m->field[LOAD_META_LEVEL] : NULL;
	mp[10] = g.chain[0] ? g.chain : NULL;
	mp[11] = lt ? lt->title : NULL;
	/* the page's own title wins over the text's guess, the sidecar over both */
	if (mp[1] == NULL && lt && lt->title)
		mp[1] = lt->title;
	if ((err = command(meta_sql, 12, mp, meta_types)) != NULL)
		return err;
	if (have_sections && (err = store_derived(q_sections, "report_sections", id)) != NULL)
		return err;
	if (have_figures && (err = store_derived(q_figures, "extract_metrics", id)) != NULL)
		return err;
	if (have_words && (err = store_derived(q_words, "zh_word_counts", id)) != NULL)
		return err;
	return NULL;
}

/* Commit, or roll back and report; true when committed. */
static bool
finish(Batch *b, const char *path, const char *err)
{
	if (err == NULL && run("COMMIT", true))
		return true;
	file_message(b, path, "", err ? err : PQerrorMessage(conn));
	(void) run("ROLLBACK", true);
	b->failed++;
	return false;
}

/* Does -s, -f or --words ask for rows that report id does not have yet? */
static bool
missing_derived(const char *id)
{
	const char *params[1] = {id};
	const char *tables[3] = {have_sections ? q_sections : NULL,
		have_figures ? q_figures : NULL, have_words ? q_words : NULL};

	for (int i = 0; i < 3; i++)
	{
		char	   *sql = NULL;
		char	   *v;
		bool		none;

		if (tables[i] == NULL)
			continue;
		append(&sql, "SELECT NOT EXISTS (SELECT 1 FROM %s WHERE report_id OPERATOR(pg_catalog.=) $1::pg_catalog.int8)",
			   tables[i]);
		v = query_value(sql, 1, params);
		none = v && strcmp(v, "t") == 0;
		free(v);
		free(sql);
		if (none)
			return true;
	}
	return false;
}

/*
 * Load one file in its own transaction.  A file already loaded is skipped,
 * unless --refresh asks for its derived columns again or -s / -f ask for
 * rows it does not have yet (a report loaded before without them).
 */
static void
load_one(Batch *b, const LoadFile *f)
{
	char		err[400];
	size_t		len = 0;
	unsigned char *data = load_read_file(f->path, LOAD_MAX_FILE_BYTES, &len, err, sizeof(err));
	LoadText	lt;
	char	   *name;
	char	   *rel;
	char		bytes[32];
	const char *params[7];
	PGresult   *res;
	char	   *id;
	bool		old;

	if (data == NULL)
	{
		file_message(b, f->path, "", err);
		b->failed++;
		return;
	}
	b->done_bytes += (long long) len;
	if (load_intake(data, len, opts.encoding, &lt) != 0)
	{
		file_message(b, f->path, "", lt.error);
		free(data);
		b->failed++;
		return;
	}
	free(data);
	if (lt.warning[0] != '\0')
	{
		file_message(b, f->path, opts.strict ? "refused (--strict): " : "warning: ", lt.warning);
		if (opts.strict)
		{
			load_text_free(&lt);
			b->failed++;
			return;
		}
	}

	/* Names reach the server as UTF-8, whatever bytes the file system has. */
	rel = load_name_utf8(f->rel);
	name = load_name_utf8(strrchr(f->rel, '/') ? strrchr(f->rel, '/') + 1 : f->rel);
	snprintf(bytes, sizeof(bytes), "%zu", len);
	params[0] = name;
	params[1] = lt.text;
	params[2] = lt.encoding;
	params[3] = strcmp(lt.format, "html") == 0 ? "true" : "false";
	params[4] = bytes;
	params[5] = rel;
	params[6] = lt.format;

	if (!run("BEGIN", false))
	{
		file_message(b, f->path, "", PQerrorMessage(conn));
		b->failed++;
		goto done;
	}
	res = exec_params(insert_sql, 7, params);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 0)
	{
		/*
		 * Another loader stored the same text at the same time and
		 * committed while this insert waited: it is there now.
		 */
		PQclear(res);
		(void) run("ROLLBACK", true);
		(void) run("BEGIN", false);
		res = exec_params(insert_sql, 7, params);
	}
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) == 0)
	{
		file_message(b, f->path, "", PQresultStatus(res) == PGRES_TUPLES_OK ?
					 "the same text is being loaded by another session that has not finished" :
					 PQerrorMessage(conn));
		PQclear(res);
		(void) run("ROLLBACK", true);
		b->failed++;
		goto done;
	}
	old = strcmp(PQgetvalue(res, 0, 0), "old") == 0;
	id = strdup(PQgetvalue(res, 0, 1));
	if (old && !opts.refresh && !missing_derived(id))
	{
		if (opts.verbose)
		{
			if (b->progress_shown)
				fputc('\n', stderr);
			printf("skipped %s: same text as %s (id %s)\n", f->path,
				   PQgetvalue(res, 0, 2), id);
		}
		b->duplicates++;
		PQclear(res);
		free(id);
		(void) run("ROLLBACK", true);
		goto done;
	}
	PQclear(res);
	if (finish(b, f->path, derive(id, lt.text, rel, &lt)))
	{
		if (opts.verbose)
		{
			if (b->progress_shown)
				fputc('\n', stderr);
			printf("%s %s: id %s, %s%s, %zu bytes\n", old ? "refreshed" : "loaded",
				   f->path, id, lt.encoding,
				   strcmp(lt.format, "html") == 0 ? ", HTML" : "", len);
		}
		if (old)
			b->refreshed++;
		else
			b->loaded++;
	}
	free(id);
done:
	free(name);
	free(rel);
	load_text_free(&lt);
}

/* --refresh without files: every row again from its stored body. */
static void
refresh_all(Batch *b)
{
	char	   *sql = NULL;
	PGresult   *ids;

	/* a page's own title is kept: report_info would replace it */
	append(&sql, "SELECT id, file_name, source_path,"
		   " CASE WHEN source_format OPERATOR(pg_catalog.=) 'html' THEN title END"
		   " FROM %s ORDER BY id", q_table);
	ids = PQexec(conn, sql);
	free(sql);
	if (PQresultStatus(ids) != PGRES_TUPLES_OK)
	{
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
		b->failed++;
		PQclear(ids);
		return;
	}
	b->nfiles = PQntuples(ids);
	for (int i = 0; i < PQntuples(ids); i++)
	{
		const char *id = PQgetvalue(ids, i, 0);
		const char *rel = PQgetisnull(ids, i, 2) ? PQgetvalue(ids, i, 1) : PQgetvalue(ids, i, 2);
		LoadText	page;

		if (!run("BEGIN", false))
		{
			b->failed++;
			continue;
		}
		memset(&page, 0, sizeof(page));
		page.title = PQgetisnull(ids, i, 3) ? NULL : PQgetvalue(ids, i, 3);
		if (finish(b, rel, derive(id, NULL, rel, &page)))
		{
			b->refreshed++;
			if (opts.verbose)
				printf("refreshed %s: id %s\n", rel, id);
		}
		b->done++;
		if (opts.progress)
			show_progress(b, i + 1 == PQntuples(ids));
	}
	PQclear(ids);
}

/* Read a password from the terminal without echo, as psql -W does. */
static char *
prompt_password(void)
{
	FILE	   *tty = fopen("/dev/tty", "r+");
	struct termios old,
				noecho;
	char		buf[1024];
	bool		restore = false;
	char	   *r = NULL;

	if (tty == NULL)
	{
		fprintf(stderr, "govreport-load: -W needs a terminal to ask for the password (or set PGPASSWORD, or use ~/.pgpass)\n");
		return NULL;
	}
	fputs("Password: ", tty);
	fflush(tty);
	if (tcgetattr(fileno(tty), &old) == 0)
	{
		noecho = old;
		noecho.c_lflag &= ~(tcflag_t) ECHO;
		restore = tcsetattr(fileno(tty), TCSANOW, &noecho) == 0;
	}
	if (fgets(buf, sizeof(buf), tty) != NULL)
	{
		buf[strcspn(buf, "\r\n")] = '\0';
		r = strdup(buf);
	}
	if (restore)
		tcsetattr(fileno(tty), TCSANOW, &old);
	fputc('\n', tty);
	fclose(tty);
	if (r == NULL)
		fprintf(stderr, "govreport-load: no password given\n");
	return r;
}

static bool
read_meta_file(const char *path)
{
	char		err[400];
	size_t		len;
	unsigned char *data = load_read_file(path, 64 << 20, &len, err, sizeof(err));
	LoadDecoded dec;
	int			r;

	if (data == NULL)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, err);
		return false;
	}
	/* Spreadsheets save CSV in GBK as often as in UTF-8. */
	if (load_decode(data, len, NULL, NULL, &dec) != 0)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, dec.error);
		free(data);
		return false;
	}
	free(data);
	r = load_meta_parse(dec.text, dec.len, &meta, err, sizeof(err));
	load_decoded_free(&dec);
	if (r != 0)
		fprintf(stderr, "govreport-load: %s: %s\n", path, err);
	return r == 0;
}

/* "schema"."TABLE_suffix", malloc'd. */
static char *
qualified_name(const char *table, const char *suffix)
{
	char		name[300];
	char	   *q;
	char	   *r = NULL;

	snprintf(name, sizeof(name), "%s%s", table, suffix);
	q = quote_ident(name);
	append(&r, "%s.%s", q_schema, q);
	free(q);
	return r;
}

/*
 * Settle the names: the table's schema (from -t, else the first schema of
 * the caller's search path), the extension's schema; then clear the
 * search path for the session.
 */
static bool
resolve_names(void)
{
	char		schema[256],
				table[256];
	char	   *s;
	char	   *ext;
	PGresult   *res;

	if (!split_table_name(opts.table, schema, table, sizeof(schema)))
	{
		fprintf(stderr, "govreport-load: -t %s: not a table name (NAME or SCHEMA.NAME; double quotes around a part that holds a dot)\n",
				opts.table);
		return false;
	}
	if (strlen(table) + strlen(LONGEST_SUFFIX) > MAX_NAME_BYTES)
	{
		fprintf(stderr, "govreport-load: table name \"%s\" is too long: at most %zu bytes, "
				"so that %s%s fits PostgreSQL's %d-byte names\n", table,
				MAX_NAME_BYTES - strlen(LONGEST_SUFFIX), table, LONGEST_SUFFIX, MAX_NAME_BYTES);
		return false;
	}
	if (schema[0] == '\0')
	{
		s = query_value("SELECT pg_catalog.current_schema()", 0, NULL);
		if (s == NULL)
		{
			fprintf(stderr, "govreport-load: no schema to create the table in (the search path names none that exists); give -t SCHEMA.NAME\n");
			return false;
		}
		snprintf(schema, sizeof(schema), "%s", s);
		free(s);
	}
	ext = query_value("SELECT n.nspname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n"
					  " ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
					  " WHERE e.extname OPERATOR(pg_catalog.=) 'govreport'", 0, NULL);
	if (ext)
	{
		q_ext = quote_ident(ext);
		free(ext);
	}
	res = PQexec(conn, "SELECT pg_catalog.set_config('search_path', '', false)");
	PQclear(res);
	q_schema = quote_ident(schema);
	q_table = qualified_name(table, "");
	q_sections = qualified_name(table, "_sections");
	q_figures = qualified_name(table, "_figures");
	q_words = qualified_name(table, "_words");
	return true;
}

int
main(int argc, char **argv)
{
	static const struct option long_options[] = {
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"dbname", required_argument, NULL, 'd'},
		{"password", no_argument, NULL, 'W'},
		{"table", required_argument, NULL, 't'},
		{"encoding", required_argument, NULL, 'E'},
		{"sections", no_argument, NULL, 's'},
		{"figures", no_argument, NULL, 'f'},
		{"meta", required_argument, NULL, 'm'},
		{"refresh", no_argument, NULL, 'r'},
		{"strict", no_argument, NULL, 4},
		{"words", no_argument, NULL, 5},
		{"progress", no_argument, NULL, 'P'},
		{"no-progress", no_argument, NULL, 1},
		{"verbose", no_argument, NULL, 'v'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 2},
		{"version", no_argument, NULL, 3},
		{NULL, 0, NULL, 0}
	};
	const char *keywords[7];
	const char *values[7];
	char	   *password = NULL;
	int			c;
	int			i;
	LoadFiles	files;
	Batch		batch;
	double		elapsed;

	memset(&opts, 0, sizeof(opts));
	memset(&batch, 0, sizeof(batch));
	memset(&files, 0, sizeof(files));
	opts.table = "reports";
	opts.progress = -1;
	while ((c = getopt_long(argc, argv, "h:p:U:d:Wt:E:sfm:rPvq", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'h':
				opts.host = optarg;
				break;
			case 'p':
				opts.port = optarg;
				break;
			case 'U':
				opts.user = optarg;
				break;
			case 'd':
				opts.dbname = optarg;
				break;
			case 'W':
				opts.password = true;
				break;
			case 't':
				opts.table = optarg;
				break;
			case 'E':
				opts.encoding = optarg;
				break;
			case 's':
				opts.sections = true;
				break;
			case 'f':
				opts.figures = true;
				break;
			case 'm':
				opts.meta_file = optarg;
				break;
			case 'r':
				opts.refresh = true;
				break;
			case 4:
				opts.strict = true;
				break;
			case 5:
				opts.words = true;
				break;
			case 'P':
				opts.progress = 1;
				break;
			case 1:
				opts.progress = 0;
				break;
			case 'v':
				opts.verbose = true;
				break;
			case 'q':
				opts.quiet = true;
				break;
			case 2:
				usage(stdout);
				return EXIT_ALL_LOADED;
			case 3:
				printf("govreport-load %s\n", LOAD_VERSION);
				return EXIT_ALL_LOADED;
			default:
				usage(stderr);
				return EXIT_USAGE;
		}
	}
	if (optind >= argc && !opts.refresh)
	{
		fprintf(stderr, "govreport-load: no file or directory given\n");
		usage(stderr);
		return EXIT_USAGE;
	}
	if (opts.progress < 0)
		opts.progress = isatty(fileno(stderr)) ? 1 : 0;
	if (opts.quiet)
		opts.progress = 0;
	if (opts.meta_file && !read_meta_file(opts.meta_file))
		return EXIT_USAGE;
	if (opts.password && (password = prompt_password()) == NULL)
		return EXIT_USAGE;

	i = 0;
	keywords[i] = "host", values[i++] = opts.host;
	keywords[i] = "port", values[i++] = opts.port;
	keywords[i] = "user", values[i++] = opts.user;
	keywords[i] = "dbname", values[i++] = opts.dbname;
	keywords[i] = "client_encoding", values[i++] = "UTF8";
	if (password)
		keywords[i] = "password", values[i++] = password;
	keywords[i] = NULL, values[i] = NULL;
	/* expand_dbname: -d may be a connection string, as in psql. */
	conn = PQconnectdbParams(keywords, values, 1);
	if (password)
	{
		memset(password, 0, strlen(password));
		free(password);
	}
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
		PQfinish(conn);
		return EXIT_USAGE;
	}
	(void) run("SET client_min_messages = warning", false);

	/*
	 * Each file commits on its own; waiting for the WAL flush of every one
	 * would make the commit, not the work, the cost of small files.  A crash
	 * can lose the last few commits but never half a file (each transaction
	 * is still atomic), and a rerun loads what is missing.
	 */
	(void) run("SET synchronous_commit = off", false);
	if (!resolve_names() || !prepare_schema_locked())
	{
		PQfinish(conn);
		return EXIT_USAGE;
	}

	for (i = optind; i < argc; i++)
		load_collect(&files, argv[i], opts.quiet);
	batch.failed += files.errors;
	batch.nfiles = (int) files.n;
	for (size_t k = 0; k < files.n; k++)
		batch.total_bytes += files.v[k].size;
	batch.started = now_seconds();
	if (opts.refresh && optind >= argc)
		refresh_all(&batch);
	for (size_t k = 0; k < files.n; k++)
	{
		load_one(&batch, &files.v[k]);
		batch.done++;
		if (opts.progress)
			show_progress(&batch, k + 1 == files.n);
		if (PQstatus(conn) != CONNECTION_OK)
		{
			fprintf(stderr, "govreport-load: lost the connection to the server; stopping\n");
			batch.failed += (int) (files.n - k - 1);
			break;
		}
	}
	if (have_words && (batch.loaded > 0 || batch.refreshed > 0))
	{
		/* a refresh of every report recounts every report's words */
		if (words_recordable || (opts.refresh && optind >= argc && batch.failed == 0))
			record_lexicon(q_words);
		else if (!opts.quiet)
			fprintf(stderr, "govreport-load: %s holds word counts made with another lexicon;"
					" govreport-load --refresh --words (without files) counts them again\n", q_words);
	}
	for (size_t k = 0; k < meta.n; k++)
		if (meta.rows[k].used == 0 && !opts.quiet && optind < argc)
			fprintf(stderr, "govreport-load: %s: line %d: no file has path \"%s\"\n",
					opts.meta_file, meta.rows[k].line, meta.rows[k].field[LOAD_META_PATH]);
	elapsed = now_seconds() - batch.started;
	if (opts.progress || (opts.verbose && !opts.quiet))
		fprintf(stderr, "govreport-load: %d loaded, %d already there, %d refreshed, %d failed; "
				"%.2f MB in %.2f s (%.2f MB/s)\n",
				batch.loaded, batch.duplicates, batch.refreshed, batch.failed,
				batch.done_bytes / 1048576.0, elapsed,
				elapsed > 0 ? batch.done_bytes / 1048576.0 / elapsed : 0.0);
	load_files_free(&files);
	load_meta_free(&meta);
	PQfinish(conn);
	return batch.failed > 0 ? EXIT_SOME_FAILED : EXIT_ALL_LOADED;
}
