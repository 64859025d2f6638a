/*
 * govreport-load
 *		Load a folder of government work reports into PostgreSQL.
 *
 *	govreport-load [connection options] [options] FILE|DIR ...
 *
 * Each file is read whole, its encoding found and converted to UTF-8
 * (tools/load/decode.c), a saved web page reduced to its text
 * (tools/load/html.c), and the text stored with its file name and the
 * SHA-256 of the text, so a report already loaded (in any encoding) is
 * skipped.  One transaction per file: a bad file is reported and the batch
 * goes on; the exit status says whether every file is in.  Columns derived
 * by the extension (report_info, report_clean, report_sections,
 * extract_metrics) are computed by SQL at insert time when the installed
 * extension has those functions.
 */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <libpq-fe.h>

#include "load/decode.h"
#include "load/html.h"

#ifndef LOAD_VERSION
#error "LOAD_VERSION must be defined by the build (the extension version)"
#endif

/* Exit statuses. */
#define EXIT_ALL_LOADED 0
#define EXIT_SOME_FAILED 1
#define EXIT_USAGE 2

/* Columns of the reports table the loader itself fills. */
static const char *const base_columns[] = {
	"id", "file_name", "content_sha256", "source_encoding", "from_html",
	"file_bytes", "loaded_at", "body", NULL
};

typedef struct Options
{
	const char *host;
	const char *port;
	const char *user;
	const char *dbname;
	const char *table;
	const char *encoding;
	bool		sections;
	bool		figures;
	bool		words;
	bool		quiet;
	bool		verbose;
	int			progress;		/* 1 on, 0 off, -1 when stderr is a terminal */
} Options;

typedef struct Batch
{
	char	  **files;
	int			nfiles;
	int			cap;
	long long	total_bytes;
	long long	done_bytes;
	int			done;
	int			loaded;
	int			duplicates;
	int			failed;
	double		started;
	bool		progress_shown;
} Batch;

static Options opts;
static PGconn *conn;
static char *q_table;			/* quoted identifiers */
static char *q_sections;
static char *q_figures;
static char *q_words;
static char *insert_sql;
static bool have_sections;
static bool have_figures;
static bool have_words;

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
			"govreport-load loads government work reports (text or saved web pages,\n"
			"in UTF-8, UTF-16, GB18030/GBK/GB2312 or Big5) into PostgreSQL.\n\n"
			"Usage:\n  govreport-load [OPTION]... FILE|DIR...\n\n"
			"Connection options (as psql; PGHOST, PGPORT, PGUSER, PGDATABASE also work):\n"
			"  -h, --host=HOST          database server host or socket directory\n"
			"  -p, --port=PORT          database server port\n"
			"  -U, --username=USER      database user name\n"
			"  -d, --dbname=DBNAME      database name or connection string\n\n"
			"Options:\n"
			"  -t, --table=NAME         reports table (default \"reports\"), created when missing\n"
			"  -E, --encoding=NAME      read every file in this encoding, without detection\n"
			"  -s, --sections           also store report_sections() in TABLE_sections\n"
			"  -f, --figures            also store extract_metrics() in TABLE_figures\n"
			"      --words              also store zh_word_counts() in TABLE_words, with\n"
			"                           the views TABLE_words_bi and TABLE_word_trends\n"
			"  -P, --progress / --no-progress\n"
			"                           progress bar (default: when stderr is a terminal)\n"
			"  -v, --verbose            one line per file on stdout\n"
			"  -q, --quiet              only errors\n"
			"      --help, --version\n\n"
			"Exit status: 0 when every file was loaded or already there, 1 when a file\n"
			"failed, 2 on a usage or connection error.\n");
}

static void
add_file(Batch *b, const char *path, long long size)
{
	if (b->nfiles == b->cap)
	{
		b->cap = b->cap ? b->cap * 2 : 64;
		b->files = realloc(b->files, sizeof(char *) * (size_t) b->cap);
		if (b->files == NULL)
		{
			fprintf(stderr, "govreport-load: out of memory\n");
			exit(EXIT_USAGE);
		}
	}
	b->files[b->nfiles++] = strdup(path);
	b->total_bytes += size;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Collect the regular files under path (a file or a directory tree). */
static void
collect(Batch *b, const char *path, int depth)
{
	struct stat st;
	DIR		   *dir;
	struct dirent *e;
	int			first = b->nfiles;

	if (stat(path, &st) != 0)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, strerror(errno));
		b->failed++;
		return;
	}
	if (!S_ISDIR(st.st_mode))
	{
		add_file(b, path, (long long) st.st_size);
		return;
	}
	if (depth > 32)
		return;
	dir = opendir(path);
	if (dir == NULL)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, strerror(errno));
		b->failed++;
		return;
	}
	while ((e = readdir(dir)) != NULL)
	{
		char	   *child;
		size_t		n;

		/* Hidden files and editor backups are not reports. */
		if (e->d_name[0] == '.')
			continue;
		n = strlen(path) + strlen(e->d_name) + 2;
		child = malloc(n);
		if (child == NULL)
			continue;
		snprintf(child, n, "%s/%s", path, e->d_name);
		collect(b, child, depth + 1);
		free(child);
	}
	closedir(dir);
	/* Files load in name order, so runs are reproducible. */
	qsort(b->files + first, (size_t) (b->nfiles - first), sizeof(char *), compare_names);
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
	int			i;

	for (i = 0; i < width; i++)
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

/* Print an error line, starting on a fresh line if the bar is shown. */
static void
file_error(Batch *b, const char *path, const char *msg)
{
	size_t		n = strlen(msg);

	if (b->progress_shown)
		fputc('\n', stderr);
	/* libpq messages end with a newline; ours do not. */
	while (n > 0 && msg[n - 1] == '\n')
		n--;
	fprintf(stderr, "govreport-load: %s: %.*s\n", path, (int) n, msg);
}

static PGresult *
exec_ok(const char *sql, ExecStatusType want)
{
	PGresult   *res = PQexec(conn, sql);

	if (PQresultStatus(res) != want)
	{
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
		PQclear(res);
		return NULL;
	}
	return res;
}

/* Run a command built with append(), then free it; false if it failed. */
static bool
run_command(char **sql)
{
	PGresult   *res = exec_ok(*sql, PGRES_COMMAND_OK);
	bool		ok = res != NULL;

	free(*sql);
	*sql = NULL;
	PQclear(res);
	return ok;
}

static bool
function_exists(const char *signature)
{
	const char *params[1] = {signature};
	PGresult   *res = PQexecParams(conn,
								   "SELECT to_regprocedure($1) IS NOT NULL",
								   1, NULL, params, NULL, NULL, 0);
	bool		yes = PQresultStatus(res) == PGRES_TUPLES_OK &&
		strcmp(PQgetvalue(res, 0, 0), "t") == 0;

	PQclear(res);
	return yes;
}

static bool
is_base_column(const char *name)
{
	int			i;

	for (i = 0; base_columns[i] != NULL; i++)
		if (strcmp(base_columns[i], name) == 0)
			return true;
	return false;
}

/* Append to a growing string. */
static void
append(char **buf, const char *fmt, const char *a)
{
	size_t		old = *buf ? strlen(*buf) : 0;
	size_t		add = strlen(fmt) + (a ? strlen(a) : 0) + 1;
	char	   *n = realloc(*buf, old + add);

	if (n == NULL)
	{
		fprintf(stderr, "govreport-load: out of memory\n");
		exit(EXIT_USAGE);
	}
	if (old == 0)
		n[0] = '\0';
	snprintf(n + old, add, fmt, a ? a : "");
	*buf = n;
}

static char *
quoted_name(const char *suffix)
{
	char		name[200];
	char	   *q,
			   *r;

	snprintf(name, sizeof(name), "%s%s", opts.table, suffix);
	q = PQescapeIdentifier(conn, name, strlen(name));
	r = strdup(q);
	PQfreemem(q);
	return r;
}

/*
 * --words: the table of each report's word counts (report_id, word, pos,
 * n), keyed by report and word and indexed by word for the word views
 * (doc/analysis.md).  False only when the table cannot be made.
 */
static bool
prepare_words_table(void)
{
	char	   *sql = NULL;
	char	   *q_index;

	if (!opts.words)
		return true;
	have_words = function_exists("zh_word_counts(text,boolean)");
	if (!have_words)
	{
		if (!opts.quiet)
			fprintf(stderr, "govreport-load: zh_word_counts(text, boolean) is not installed; words are not stored\n");
		return true;
	}
	q_words = quoted_name("_words");
	q_index = quoted_name("_words_word_idx");
	append(&sql, "CREATE TABLE IF NOT EXISTS %s (\n"
		   "  report_id bigint NOT NULL,\n"
		   "  word text NOT NULL,\n"
		   "  pos text,\n"
		   "  n integer NOT NULL,\n"
		   "  PRIMARY KEY (report_id, word))", q_words);
	if (!run_command(&sql))
	{
		free(q_index);
		return false;
	}
	append(&sql, "CREATE INDEX IF NOT EXISTS %s ", q_index);
	append(&sql, "ON %s (word)", q_words);
	free(q_index);
	return run_command(&sql);
}

/*
 * Create the reports table when missing and add the report_info columns the
 * installed extension offers; build the one INSERT statement used per file.
 * The statement hashes the text server-side and returns either the new id or
 * the id and name of the file already holding the same text.
 */
static bool
prepare_schema(void)
{
	char	   *sql = NULL;
	char	   *info_cols = NULL;
	char	   *info_vals = NULL;
	bool		have_info = function_exists("report_info(text)");
	bool		have_clean = function_exists("report_clean(text)");
	PGresult   *res;

	q_table = quoted_name("");
	q_sections = quoted_name("_sections");
	q_figures = quoted_name("_figures");

	append(&sql, "CREATE TABLE IF NOT EXISTS %s (\n"
		   "  id bigserial PRIMARY KEY,\n"
		   "  file_name text NOT NULL,\n"
		   "  content_sha256 bytea NOT NULL UNIQUE,\n"
		   "  source_encoding text NOT NULL,\n"
		   "  from_html boolean NOT NULL,\n"
		   "  file_bytes bigint NOT NULL,\n"
		   "  loaded_at timestamptz NOT NULL DEFAULT now(),\n"
		   "  body text NOT NULL)", q_table);
	res = exec_ok("SET client_min_messages = warning", PGRES_COMMAND_OK);
	PQclear(res);

	/*
	 * Each file commits on its own; waiting for the WAL flush of every one
	 * would make the commit, not the work, the cost of small files.  A crash
	 * can lose the last few commits but never half a file (each transaction
	 * is still atomic), and a rerun loads what is missing.
	 */
	res = exec_ok("SET synchronous_commit = off", PGRES_COMMAND_OK);
	PQclear(res);
	if (!run_command(&sql))
		return false;

	if (have_info)
	{
		/* Describe report_info's result to learn its columns and types. */
		PGresult   *desc;
		int			i;

		res = PQprepare(conn, "info", "SELECT * FROM report_info($1::text)", 1, NULL);
		PQclear(res);
		desc = PQdescribePrepared(conn, "info");
		for (i = 0; PQresultStatus(desc) == PGRES_COMMAND_OK && i < PQnfields(desc); i++)
		{
			const char *name = PQfname(desc, i);
			char		oid[16];
			const char *params[1] = {oid};
			char	   *qname;
			PGresult   *t;

			if (is_base_column(name))
				continue;
			snprintf(oid, sizeof(oid), "%u", PQftype(desc, i));
			t = PQexecParams(conn, "SELECT format_type($1::oid, NULL)", 1, NULL,
							 params, NULL, NULL, 0);
			if (PQresultStatus(t) != PGRES_TUPLES_OK)
			{
				PQclear(t);
				continue;
			}
			qname = PQescapeIdentifier(conn, name, strlen(name));
			append(&sql, "ALTER TABLE %s ADD COLUMN IF NOT EXISTS ", q_table);
			append(&sql, "%s ", qname);
			append(&sql, "%s", PQgetvalue(t, 0, 0));
			(void) run_command(&sql);
			append(&info_cols, ", %s", qname);
			append(&info_vals, ", i.%s", qname);
			PQfreemem(qname);
			PQclear(t);
		}
		PQclear(desc);
	}

	append(&insert_sql,
		   "WITH h AS (SELECT sha256(convert_to($2::text, 'UTF8')) AS sha),\n"
		   " old AS (SELECT r.id, r.file_name FROM %s r, h WHERE r.content_sha256 = h.sha),\n",
		   q_table);
	append(&insert_sql, " ins AS (INSERT INTO %s (file_name, content_sha256, source_encoding,"
		   " from_html, file_bytes, body", q_table);
	append(&insert_sql, "%s)\n", info_cols);
	append(&insert_sql, "   SELECT $1, h.sha, $3, $4, $5, %s", have_clean ? "report_clean($2::text)" : "$2::text");
	append(&insert_sql, "%s FROM h", info_vals);
	if (info_cols)
		append(&insert_sql, "%s", " CROSS JOIN LATERAL report_info($2::text) i");
	append(&insert_sql, "%s", " WHERE NOT EXISTS (SELECT 1 FROM old)\n"
		   "   ON CONFLICT (content_sha256) DO NOTHING RETURNING id)\n"
		   "SELECT 'new', id, NULL FROM ins UNION ALL SELECT 'old', id, file_name FROM old");
	free(info_cols);
	free(info_vals);

	if (opts.sections)
	{
		have_sections = function_exists("report_sections(text)");
		if (!have_sections && !opts.quiet)
			fprintf(stderr, "govreport-load: report_sections(text) is not installed; sections are not stored\n");
	}
	if (opts.figures)
	{
		have_figures = function_exists("extract_metrics(text)");
		if (!have_figures && !opts.quiet)
			fprintf(stderr, "govreport-load: extract_metrics(text) is not installed; figures are not stored\n");
	}
	if (have_sections)
	{
		append(&sql, "CREATE TABLE IF NOT EXISTS %s AS SELECT 0::bigint AS report_id, s.*"
			   " FROM report_sections(''::text) s WITH NO DATA", q_sections);
		if (!run_command(&sql))
			return false;
	}
	if (have_figures)
	{
		append(&sql, "CREATE TABLE IF NOT EXISTS %s AS SELECT 0::bigint AS report_id, m.*"
			   " FROM extract_metrics(''::text) m WITH NO DATA", q_figures);
		if (!run_command(&sql))
			return false;
	}
	if (!prepare_words_table())
		return false;
	/* BI views with plain column types, when the extension offers them. */
	if (function_exists("govreport_create_bi_views(regclass)"))
	{
		const char *params[1] = {q_table};

		res = PQexecParams(conn, "SELECT govreport_create_bi_views($1::regclass)",
						   1, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK && !opts.quiet)
			fprintf(stderr, "govreport-load: BI views not created: %s", PQerrorMessage(conn));
		PQclear(res);
	}
	return true;
}

/* Store the derived rows of report id in the sections or figures table. */
static const char *
store_derived(const char *table, const char *func, const char *id)
{
	char	   *sql = NULL;
	const char *params[1] = {id};
	PGresult   *res;
	const char *err = NULL;

	append(&sql, "INSERT INTO %s SELECT r.id, d.* FROM ", table);
	append(&sql, "%s r CROSS JOIN LATERAL ", q_table);
	append(&sql, "%s(r.body) d WHERE r.id = $1::bigint", func);
	res = PQexecParams(conn, sql, 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		err = PQerrorMessage(conn);
	PQclear(res);
	free(sql);
	return err;
}

static bool
run_simple(const char *sql)
{
	PGresult   *res = PQexec(conn, sql);
	bool		ok = PQresultStatus(res) == PGRES_COMMAND_OK;

	PQclear(res);
	return ok;
}

/* Read a whole file into memory. */
static unsigned char *
read_file(const char *path, size_t *len, char *err, size_t errsize)
{
	FILE	   *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t		cap = 0,
				n = 0;

	if (f == NULL)
	{
		snprintf(err, errsize, "%s", strerror(errno));
		return NULL;
	}
	for (;;)
	{
		size_t		got;

		if (n == cap)
		{
			unsigned char *nb;

			if (cap > LOAD_MAX_FILE_BYTES)
			{
				snprintf(err, errsize, "file too large (limit %zu bytes)",
						 (size_t) LOAD_MAX_FILE_BYTES);
				free(buf);
				fclose(f);
				return NULL;
			}
			cap = cap ? cap * 2 : 65536;
			nb = realloc(buf, cap + 1);
			if (nb == NULL)
			{
				snprintf(err, errsize, "out of memory");
				free(buf);
				fclose(f);
				return NULL;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
	{
		snprintf(err, errsize, "%s", strerror(errno));
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	*len = n;
	return buf;
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* Load one file in its own transaction. */
static void
load_one(Batch *b, const char *path)
{
	char		err[400];
	size_t		len = 0;
	unsigned char *data = read_file(path, &len, err, sizeof(err));
	LoadDecoded dec;
	char		charset_buf[40];
	const char *hint;
	char	   *text;
	size_t		text_len;
	bool		html;
	char		bytes[32];
	const char *params[5];
	PGresult   *res;
	const char *derr = NULL;

	if (data == NULL)
	{
		file_error(b, path, err);
		b->failed++;
		return;
	}
	b->done_bytes += (long long) len;
	hint = load_declared_charset(data, len, charset_buf, sizeof(charset_buf));
	if (load_decode(data, len, opts.encoding, hint, &dec) != 0)
	{
		file_error(b, path, dec.error);
		free(data);
		b->failed++;
		return;
	}
	free(data);

	html = load_looks_like_html(dec.text, dec.len);
	if (html)
	{
		text = load_strip_html(dec.text, dec.len, &text_len);
		if (text == NULL)
		{
			file_error(b, path, "out of memory");
			load_decoded_free(&dec);
			b->failed++;
			return;
		}
	}
	else
	{
		text = dec.text;
		text_len = dec.len;
		dec.text = NULL;
	}
	load_decoded_free(&dec);
	if (text_len == 0)
	{
		file_error(b, path, html ? "the web page has no text" : "no text in the file");
		free(text);
		b->failed++;
		return;
	}

	snprintf(bytes, sizeof(bytes), "%zu", len);
	params[0] = base_name(path);
	params[1] = text;
	params[2] = dec.encoding;
	params[3] = html ? "true" : "false";
	params[4] = bytes;

	if (!run_simple("BEGIN"))
	{
		file_error(b, path, PQerrorMessage(conn));
		free(text);
		b->failed++;
		return;
	}
	res = PQexecParams(conn, insert_sql, 5, NULL, params, NULL, NULL, 0);
	free(text);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) == 0)
	{
		file_error(b, path, PQresultStatus(res) == PGRES_TUPLES_OK ?
				   "the same text was loaded at the same time by another session" :
				   PQerrorMessage(conn));
		PQclear(res);
		run_simple("ROLLBACK");
		/* A concurrent identical load is not a failure of this file. */
		b->failed++;
		return;
	}
	if (strcmp(PQgetvalue(res, 0, 0), "old") == 0)
	{
		if (opts.verbose)
		{
			if (b->progress_shown)
				fputc('\n', stderr);
			printf("skipped %s: same text as %s (id %s)\n", path,
				   PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 1));
		}
		b->duplicates++;
		PQclear(res);
		run_simple("ROLLBACK");
		return;
	}
	if (have_sections)
		derr = store_derived(q_sections, "report_sections", PQgetvalue(res, 0, 1));
	if (derr == NULL && have_figures)
		derr = store_derived(q_figures, "extract_metrics", PQgetvalue(res, 0, 1));
	if (derr == NULL && have_words)
		derr = store_derived(q_words, "zh_word_counts", PQgetvalue(res, 0, 1));
	if (derr != NULL)
	{
		file_error(b, path, derr);
		PQclear(res);
		run_simple("ROLLBACK");
		b->failed++;
		return;
	}
	if (!run_simple("COMMIT"))
	{
		file_error(b, path, PQerrorMessage(conn));
		PQclear(res);
		run_simple("ROLLBACK");
		b->failed++;
		return;
	}
	if (opts.verbose)
	{
		if (b->progress_shown)
			fputc('\n', stderr);
		printf("loaded %s: id %s, %s%s, %zu bytes\n", path, PQgetvalue(res, 0, 1),
			   dec.encoding, html ? ", HTML" : "", len);
	}
	b->loaded++;
	PQclear(res);
}

int
main(int argc, char **argv)
{
	static const struct option long_options[] = {
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"dbname", required_argument, NULL, 'd'},
		{"table", required_argument, NULL, 't'},
		{"encoding", required_argument, NULL, 'E'},
		{"sections", no_argument, NULL, 's'},
		{"figures", no_argument, NULL, 'f'},
		{"words", no_argument, NULL, 4},
		{"progress", no_argument, NULL, 'P'},
		{"no-progress", no_argument, NULL, 1},
		{"verbose", no_argument, NULL, 'v'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 2},
		{"version", no_argument, NULL, 3},
		{NULL, 0, NULL, 0}
	};
	const char *keywords[6];
	const char *values[6];
	int			c;
	int			i;
	Batch		batch;
	double		elapsed;

	memset(&opts, 0, sizeof(opts));
	memset(&batch, 0, sizeof(batch));
	opts.table = "reports";
	opts.progress = -1;
	while ((c = getopt_long(argc, argv, "h:p:U:d:t:E:sfPvq", long_options, NULL)) != -1)
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
			case 4:
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
	if (optind >= argc)
	{
		fprintf(stderr, "govreport-load: no file or directory given\n");
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strlen(opts.table) > 60)
	{
		fprintf(stderr, "govreport-load: table name too long\n");
		return EXIT_USAGE;
	}
	if (opts.progress < 0)
		opts.progress = isatty(fileno(stderr)) ? 1 : 0;
	if (opts.quiet)
		opts.progress = 0;

	i = 0;
	keywords[i] = "host", values[i++] = opts.host;
	keywords[i] = "port", values[i++] = opts.port;
	keywords[i] = "user", values[i++] = opts.user;
	keywords[i] = "dbname", values[i++] = opts.dbname;
	keywords[i] = "client_encoding", values[i++] = "UTF8";
	keywords[i] = NULL, values[i] = NULL;
	/* expand_dbname: -d may be a connection string, as in psql. */
	conn = PQconnectdbParams(keywords, values, 1);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		fprintf(stderr, "govreport-load: %s", PQerrorMessage(conn));
		PQfinish(conn);
		return EXIT_USAGE;
	}
	if (!prepare_schema())
	{
		PQfinish(conn);
		return EXIT_USAGE;
	}

	for (i = optind; i < argc; i++)
		collect(&batch, argv[i], 0);
	batch.started = now_seconds();
	for (i = 0; i < batch.nfiles; i++)
	{
		load_one(&batch, batch.files[i]);
		batch.done++;
		if (opts.progress)
			show_progress(&batch, i + 1 == batch.nfiles);
		if (PQstatus(conn) != CONNECTION_OK)
		{
			fprintf(stderr, "govreport-load: lost the connection to the server; stopping\n");
			batch.failed += batch.nfiles - i - 1;
			break;
		}
	}
	elapsed = now_seconds() - batch.started;
	if (opts.progress || (opts.verbose && !opts.quiet))
		fprintf(stderr, "govreport-load: %d loaded, %d already there, %d failed; "
				"%.2f MB in %.2f s (%.2f MB/s)\n",
				batch.loaded, batch.duplicates, batch.failed,
				batch.done_bytes / 1048576.0, elapsed,
				elapsed > 0 ? batch.done_bytes / 1048576.0 / elapsed : 0.0);
	for (i = 0; i < batch.nfiles; i++)
		free(batch.files[i]);
	free(batch.files);
	PQfinish(conn);
	return batch.failed > 0 ? EXIT_SOME_FAILED : EXIT_ALL_LOADED;
}
