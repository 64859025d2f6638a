/*
 * govreport.h
 *		Declarations shared across the module's files.
 */
#ifndef GOVREPORT_H
#define GOVREPORT_H

/* GOVREPORT_VERSION comes from the Makefile (default_version of the control file). */
#ifndef GOVREPORT_VERSION
#error "GOVREPORT_VERSION must be defined by the build"
#endif

/*
 * Settings (GUCs) of every concern are defined here, called once from
 * _PG_init.  Each concern that needs settings adds its definitions to
 * govreport_init_settings() in settings.c.
 */
extern void govreport_init_settings(void);

/*
 * Every function that reads report text calls this first: the scanners
 * work on UTF-8 only, and must never see an invalid byte sequence.
 */
extern void govreport_require_utf8(const char *s, int len);

/* The schema the extension lives in, or InvalidOid when not installed. */
extern Oid	govreport_extension_schema(void);

/*
 * The relation holding the rows of a table on this node: the table, or its
 * placement when Citus made it a reference table (citus.c).
 */
extern Oid	govreport_local_rows(Oid relid);

/*
 * Which lexicon indexes were built with (lexicon_builds_sql.c): a backend
 * checks once for every lexicon it maps, and the user lexicon's trigger
 * counts each edit.
 */
struct ZhLexicon;
extern void govreport_check_lexicon_builds(const struct ZhLexicon *lex);
extern void govreport_count_user_lexicon_edit(void);

#endif							/* GOVREPORT_H */
