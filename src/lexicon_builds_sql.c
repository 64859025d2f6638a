/*
 * lexicon_builds_sql.c
 *		What text search results are computed with here, and a warning
 *		when indexes were built with something else (doc/upgrade.md).
 *
 * to_tsvector('govreport', ...) depends on the library, on the lexicon file
 * and on zh_user_lexicon.  The identity of the first two is a string
 * (govreport_lexicon_identity()); edits of the third are counted by a
 * sequence the table's trigger advances.  govreport_record_lexicon() (SQL)
 * keeps both for each index in the govreport_lexicon_builds table, and
 * govreport_lexicon_stale() (SQL) compares them with the present.
 *
 * Both objects are found as members of the extension in its schema, never
 * through the search path, and read without queries (a heap scan), as the
 * user lexicon is (user_lexicon.c).
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/parallel.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/sequence.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "govreport.h"
#include "lexicon.h"

#define BUILDS_TABLE	"govreport_lexicon_builds"
#define EDITS_SEQUENCE	"govreport_user_lexicon_edits"

/* columns of govreport_lexicon_builds the warning reads */
#define ANUM_BUILDS_RELID		1
#define ANUM_BUILDS_BUILT_WITH	3

/*
 * A relation of the extension by name, of the given kind, in the
 * extension's schema; InvalidOid when there is none (an older version of
 * the extension's objects, or a relation of that name that is not ours).
 */
static Oid
extension_relation(const char *name, char relkind)
{
	Oid			nsp = govreport_extension_schema();
	Oid			relid;

	if (!OidIsValid(nsp))
		return InvalidOid;
	relid = get_relname_relid(name, nsp);
	if (!OidIsValid(relid) || get_rel_relkind(relid) != relkind ||
		getExtensionOfObject(RelationRelationId, relid) !=
		get_extension_oid("govreport", true))
		return InvalidOid;
	return relid;
}

/* "govreport VERSION, lexicon IDENTITY", palloc'd. */
static char *
identity_string(const ZhLexicon *lex)
{
	char		lexicon[ZH_LEX_IDENTITY_BUFSIZE];

	zh_lexicon_identity(lex, lexicon);
	return psprintf("govreport %s, lexicon %s", GOVREPORT_VERSION, lexicon);
}

/*
 * govreport_lexicon_identity()
 *		What text search results are computed with: the library version and
 *		the identity of the lexicon file in use.
 */
PG_FUNCTION_INFO_V1(govreport_lexicon_identity);
Datum
govreport_lexicon_identity(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(identity_string(zh_lexicon_get_revalidated())));
}

/*
 * Count one edit of zh_user_lexicon (called by its trigger).  The sequence
 * is advanced without the editor's rights on it: editing the table is what
 * entitles one to it.  Not transactional, so an edit rolled back counts too;
 * that only makes indexes look stale, never current, when they are not.
 */
void
govreport_count_user_lexicon_edit(void)
{
	Oid			seq = extension_relation(EDITS_SEQUENCE, RELKIND_SEQUENCE);

	if (OidIsValid(seq))
		(void) nextval_internal(seq, false);
}

/*
 * How many live relations govreport_lexicon_builds records as built with
 * something other than "current".  Rows of dropped relations are skipped;
 * a table altered by hand (columns not as installed) counts nothing.
 */
static int
count_built_with_other(Oid builds, const char *current)
{
	Relation	rel = table_open(builds, AccessShareLock);
	TupleDesc	desc = RelationGetDescr(rel);
	Snapshot	snapshot;
	TableScanDesc scan;
	HeapTuple	tup;
	int			n = 0;

	if (desc->natts < ANUM_BUILDS_BUILT_WITH ||
		TupleDescAttr(desc, ANUM_BUILDS_RELID - 1)->atttypid != OIDOID ||
		TupleDescAttr(desc, ANUM_BUILDS_BUILT_WITH - 1)->atttypid != TEXTOID)
	{
		table_close(rel, AccessShareLock);
		return 0;
	}
	snapshot = RegisterSnapshot(GetTransactionSnapshot());
	scan = table_beginscan(rel, snapshot, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		relid = heap_getattr(tup, ANUM_BUILDS_RELID, desc, &isnull);
		Datum		built_with;
		char	   *s;

		CHECK_FOR_INTERRUPTS();
		if (isnull || !SearchSysCacheExists1(RELOID, relid))
			continue;
		built_with = heap_getattr(tup, ANUM_BUILDS_BUILT_WITH, desc, &isnull);
		if (isnull)
			continue;
		s = TextDatumGetCString(built_with);
		if (strcmp(s, current) != 0)
			n++;
		pfree(s);
	}
	table_endscan(scan);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);
	return n;
}

/*
 * Once for every lexicon a backend maps: warn when indexes (or stored
 * columns, materialised views) were recorded as built with another library
 * or lexicon file, since they now answer other questions than a fresh
 * build would.  Only client backends warn (not parallel workers, which
 * would repeat it, nor autovacuum, whose log it would fill).  Edits of
 * zh_user_lexicon do not warn: they are routine, and
 * govreport_lexicon_stale() lists what they affect.
 */
void
govreport_check_lexicon_builds(const ZhLexicon *lex)
{
	static uint64 checked_generation = 0;
	Oid			builds;
	char	   *current;
	int			n;

	if (lex->generation == checked_generation)
		return;
	checked_generation = lex->generation;
	if (MyBackendType != B_BACKEND || IsParallelWorker() ||
		!IsTransactionState())
		return;
	builds = extension_relation(BUILDS_TABLE, RELKIND_RELATION);
	if (!OidIsValid(builds))
		return;
	current = identity_string(lex);
	n = count_built_with_other(builds, current);
	if (n > 0)
		ereport(WARNING,
				(errcode(ERRCODE_WARNING),
				 errmsg_plural("%d index or stored column was built with another govreport lexicon",
							   "%d indexes or stored columns were built with another govreport lexicon",
							   n, n),
				 errdetail("In use: %s.", current),
				 errhint("SELECT * FROM govreport_lexicon_stale() lists them with the statement that rebuilds each.")));
	pfree(current);
}
