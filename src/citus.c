/*
 * citus.c
 *		Where a table's rows are on this node when Citus manages it.
 *
 * On Citus (doc/cookbook.md), zh_user_lexicon is a reference table: edits on
 * the coordinator reach every node in the same distributed transaction,
 * GRANT and REVOKE with them, and a node added later gets a copy.  Its rows
 * then live in the node's placement of the table's one shard, a table named
 * zh_user_lexicon_<shardid>, not in the table itself (empty on workers, left
 * behind on the coordinator).  The segmenter reads the user lexicon with a
 * heap scan of its own (user_lexicon.c), so it must scan that placement.
 *
 * Citus's catalogue is read the same way, without queries: pg_dist_shard in
 * pg_catalog, its columns found by name.  Without Citus there is no such
 * table, and the table itself is the answer.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/skey.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/pg_class.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "govreport.h"

static Oid
relation_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/* The attribute number of column "name" in "desc", or InvalidAttrNumber. */
static AttrNumber
column_number(TupleDesc desc, const char *name, Oid type)
{
	for (int i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		if (!att->attisdropped && strcmp(NameStr(att->attname), name) == 0 &&
			att->atttypid == type)
			return att->attnum;
	}
	return InvalidAttrNumber;
}

/*
 * The shards Citus has for "relid": how many (up to two are counted), and
 * the id of the first.  0 when Citus is not installed or does not manage it.
 */
static int
citus_shards(Oid relid, int64 *shardid)
{
	Oid			dist_shard = get_relname_relid("pg_dist_shard", PG_CATALOG_NAMESPACE);
	Relation	rel;
	TupleDesc	desc;
	AttrNumber	att_relid;
	AttrNumber	att_shardid;
	ScanKeyData key;
	Snapshot	snapshot;
	TableScanDesc scan;
	HeapTuple	tup;
	int			n = 0;

	if (!OidIsValid(dist_shard))
		return 0;
	rel = table_open(dist_shard, AccessShareLock);
	desc = RelationGetDescr(rel);
	att_relid = column_number(desc, "logicalrelid", REGCLASSOID);
	att_shardid = column_number(desc, "shardid", INT8OID);
	if (att_relid == InvalidAttrNumber || att_shardid == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("pg_catalog.pg_dist_shard does not have the columns (logicalrelid regclass, shardid bigint)"),
				 errhint("This version of Citus is not one govreport knows; see doc/cookbook.md.")));

	ScanKeyInit(&key, att_relid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(relid));
	snapshot = RegisterSnapshot(GetTransactionSnapshot());
	scan = table_beginscan(rel, snapshot, 1, &key);
	while (n < 2 && (tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, att_shardid, desc, &isnull);

		CHECK_FOR_INTERRUPTS();
		if (isnull)
			continue;
		if (n == 0)
			*shardid = DatumGetInt64(d);
		n++;
	}
	table_endscan(scan);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);
	return n;
}

/*
 * The relation that holds the rows of "relid" on this node: "relid" itself,
 * or, when Citus made it a reference table, the node's placement of its
 * shard.  A Citus table of several shards, or one with no placement here,
 * cannot be read whole on this node: an error says what to do.
 */
Oid
govreport_local_rows(Oid relid)
{
	int64		shardid = 0;
	int			nshards = citus_shards(relid, &shardid);
	char	   *name;
	Oid			placement;

	if (nshards == 0)
		return relid;
	if (nshards > 1)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("table \"%s\" is distributed in shards, so no node holds all of its rows",
						get_rel_name(relid)),
				 errhint("Make it a reference table instead: SELECT undistribute_table('%s'); SELECT create_reference_table('%s');",
						 get_rel_name(relid), get_rel_name(relid))));

	/*
	 * Citus names a shard's table <table>_<shardid> (names fit here) and
	 * gives it the table's owner: a table of that name someone else made is
	 * not it.
	 */
	name = psprintf("%s_" INT64_FORMAT, get_rel_name(relid), shardid);
	placement = get_relname_relid(name, get_rel_namespace(relid));
	if (OidIsValid(placement) &&
		(get_rel_relkind(placement) != RELKIND_RELATION ||
		 relation_owner(placement) != relation_owner(relid)))
		placement = InvalidOid;
	if (!OidIsValid(placement))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("this node has no copy of reference table \"%s\"",
						get_rel_name(relid)),
				 errhint("Run SELECT replicate_reference_tables(); on the coordinator.")));
	pfree(name);
	return placement;
}
