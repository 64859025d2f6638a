/*
 * user_lexicon.c
 *		Which lexicon a backend segments with: the mapped file, and the
 *		user lexicon overlay read from the zh_user_lexicon table.
 *
 * The file is mapped on first use (govreport.lexicon_path, by default
 * $sharedir/tsearch_data/govreport.lex) and remapped when the setting
 * changes.
 *
 * The overlay is a small trie in its own memory context, built from the
 * table by a heap scan.  Row changes do not send relcache invalidations, so a
 * statement-level trigger on the table calls CacheInvalidateRelcacheByRelid:
 * other backends receive it at commit (and never if the transaction rolls
 * back), our own backend at the next command.  A relcache callback marks
 * the overlay stale and the next segmentation reloads it, so an edit takes
 * effect at every connection's next call, transactionally.
 */
#include "postgres.h"

#include <math.h>
#include <sys/stat.h>

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/heapam.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "nodes/pg_list.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "govreport.h"
#include "lexicon.h"
#include "segment.h"

/* Count given to a user word whose weight is NULL. */
#define USER_DEFAULT_WEIGHT 100000.0

char	   *govreport_lexicon_path = NULL;

static const ZhLexicon *current_lexicon = NULL;

static ZhOverlay overlay;
static MemoryContext overlay_context = NULL;
static bool overlay_stale = true;
static bool callback_registered = false;
static Oid	overlay_relid = InvalidOid;	/* zh_user_lexicon */
static Oid	overlay_rows_relid = InvalidOid;	/* where its rows are (citus.c) */

/* The lexicon file to use: the setting, or the installed one. */
static const char *
lexicon_file_path(void)
{
	static char installed[MAXPGPATH] = "";

	if (govreport_lexicon_path != NULL && govreport_lexicon_path[0] != '\0')
		return govreport_lexicon_path;
	if (installed[0] == '\0')
	{
		char		sharepath[MAXPGPATH];

		get_share_path(my_exec_path, sharepath);
		snprintf(installed, sizeof(installed), "%s/tsearch_data/%s",
				 sharepath, ZH_LEX_FILE_NAME);
	}
	return installed;
}

/*
 * Mappings replaced during this transaction.  A caller may still hold
 * pointers into them (a segmentation inside a segmentation), so they are
 * unmapped only when the transaction ends.
 */
static List *retired_lexicons = NIL;
static bool xact_callback_registered = false;

static void
unmap_retired_lexicons(XactEvent event, void *arg)
{
	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
	while (retired_lexicons != NIL)
	{
		const ZhLexicon *old = linitial(retired_lexicons);

		retired_lexicons = list_delete_first(retired_lexicons);
		zh_lexicon_close(old);
	}
}

/* Map "path" as the current lexicon; the old mapping is retired. */
static void
switch_lexicon(const char *path)
{
	const ZhLexicon *lex = zh_lexicon_open(path);
	MemoryContext oldcontext;

	if (!xact_callback_registered)
	{
		RegisterXactCallback(unmap_retired_lexicons, NULL);
		xact_callback_registered = true;
	}
	if (current_lexicon != NULL)
	{
		oldcontext = MemoryContextSwitchTo(TopMemoryContext);
		retired_lexicons = lappend(retired_lexicons, (void *) current_lexicon);
		MemoryContextSwitchTo(oldcontext);
	}
	current_lexicon = lex;
	overlay_stale = true;		/* its entries were folded with the old table */
}

/*
 * The lexicon, mapped on first use and whenever govreport.lexicon_path
 * names another file.  A file that fails its checks is an error; the
 * previous mapping stays in place for when the setting is corrected.
 */
const ZhLexicon *
zh_lexicon_get(void)
{
	const char *path = lexicon_file_path();

	if (current_lexicon == NULL || strcmp(current_lexicon->path, path) != 0)
		switch_lexicon(path);
	return current_lexicon;
}

/*
 * The lexicon, remapped first when the file on disk is no longer the one
 * mapped.  Called once per document (a stat), not per character.
 *
 * Installing a new lexicon writes a new file and renames it over the old
 * one, so a backend keeps reading its old mapping safely and moves to the
 * new file at its next document.  A file changed in place (cp over it,
 * truncate) would make reads past its new end fault with SIGBUS; noticing
 * the change here, before reading, keeps that from happening between
 * documents (doc/segmentation.md says how to replace the file safely).
 */
const ZhLexicon *
zh_lexicon_get_revalidated(void)
{
	const ZhLexicon *lex = zh_lexicon_get();

	if (!zh_lexicon_file_unchanged(lex))
	{
		bool		same_inode_changed;
		struct stat st;

		/*
		 * The same inode with another size or time was written in place: the
		 * old mapping is not safe to read any longer, whatever comes next.
		 */
		same_inode_changed = stat(lex->path, &st) == 0 &&
			(uint64) st.st_ino == lex->file_ino &&
			(uint64) st.st_dev == lex->file_dev;
		if (same_inode_changed)
		{
			MemoryContext oldcontext = MemoryContextSwitchTo(TopMemoryContext);

			retired_lexicons = lappend(retired_lexicons, (void *) current_lexicon);
			MemoryContextSwitchTo(oldcontext);
			current_lexicon = NULL;
			overlay_stale = true;
		}
		switch_lexicon(lex->path);
		lex = current_lexicon;
	}
	govreport_check_lexicon_builds(lex);
	return lex;
}

static void
overlay_invalidate(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == overlay_relid ||
		relid == overlay_rows_relid)
		overlay_stale = true;
}

/* The schema the extension lives in, or InvalidOid when not installed. */
Oid
govreport_extension_schema(void)
{
	Oid			ext_oid = get_extension_oid("govreport", true);
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;

	if (!OidIsValid(ext_oid))
		return InvalidOid;
	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ext_oid));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tup = systable_getnext(scan);
	if (HeapTupleIsValid(tup))
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return nsp;
}

/* Add one folded word to the overlay trie. */
static void
overlay_add(const ZhLexicon *lex, const char *word, double weight,
			const char *tag)
{
	const unsigned char *s = (const unsigned char *) word;
	int			len = strlen(word);
	uint32		node = ZH_LEX_ROOT;
	int			p = 0;

	while (p < len)
	{
		uint32		cp;
		int			l = pg_utf_mblen(s + p);
		uint32		h;

		if (l <= 0 || p + l > len)
			return;
		cp = zh_lexicon_fold(lex, utf8_to_unicode(s + p));
		p += l;
		h = zh_lexicon_hash(node, cp) & overlay.slot_mask;
		for (;;)
		{
			ZhOverlaySlot *slot = &overlay.slots[h];

			if (slot->flags == 0)
			{
				slot->parent = node;
				slot->cp = cp;
				slot->flags = ZH_SLOT_USED;
				break;
			}
			if (slot->parent == node && slot->cp == cp)
				break;
			h = (h + 1) & overlay.slot_mask;
		}
		node = h;
	}
	if (node == ZH_LEX_ROOT)
		return;
	overlay.slots[node].flags |= ZH_SLOT_WORD;
	overlay.slots[node].logp = (float) (log(weight) - lex->log_total);
	overlay.slots[node].pos = zh_lexicon_pos_id(lex, tag);
	overlay.n_words++;
}

/*
 * The columns of zh_user_lexicon, checked against the table before it is
 * read: the scan decodes tuples itself, so a table altered by hand must be
 * refused rather than misread.
 */
static void
check_user_lexicon_columns(TupleDesc desc)
{
	if (desc->natts < 3 ||
		TupleDescAttr(desc, 0)->atttypid != TEXTOID ||
		TupleDescAttr(desc, 1)->atttypid != FLOAT4OID ||
		TupleDescAttr(desc, 2)->atttypid != TEXTOID)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("zh_user_lexicon does not have the columns (word text, weight real, tag text)"),
				 errhint("Recreate the extension, or restore the table's definition from govreport's install script.")));
}

/*
 * Size the overlay's hash table for half load: at most one trie node per
 * character of the words.
 */
static void
overlay_allocate(uint64 nchars, uint64 nwords)
{
	uint32		nslots = 16;

	while (nslots < nchars * 2 + 16)
	{
		if (nslots >= (1u << 24))
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("user lexicon is too large"),
					 errdetail("The user lexicon has %llu words of %llu characters in all.",
							   (unsigned long long) nwords,
							   (unsigned long long) nchars),
					 errhint("The user lexicon is meant for thousands of words, not millions; delete words from zh_user_lexicon.")));
		nslots *= 2;
	}
	overlay.slots = MemoryContextAllocZero(overlay_context,
										   nslots * sizeof(ZhOverlaySlot));
	overlay.slot_mask = nslots - 1;
}

/*
 * Rebuild the overlay from the table, seen with the current snapshot.
 *
 * The table is read by a plain heap scan, not a query: nothing is resolved
 * through the caller's search_path, no cast or operator of anyone's runs,
 * and neither the caller's privileges nor row security change which words
 * are used, so every role segments the same text the same way.
 */
static void
overlay_reload(const ZhLexicon *lex)
{
	Oid			nsp;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	Snapshot	snapshot;
	TupleDesc	desc;
	uint64		nwords = 0;
	uint64		nchars = 0;
	MemoryContext oldcontext;

	if (overlay_context == NULL)
		overlay_context = AllocSetContextCreate(TopMemoryContext,
												"govreport user lexicon",
												ALLOCSET_SMALL_SIZES);
	MemoryContextReset(overlay_context);
	memset(&overlay, 0, sizeof(overlay));

	nsp = govreport_extension_schema();
	overlay_relid = OidIsValid(nsp) ?
		get_relname_relid("zh_user_lexicon", nsp) : InvalidOid;
	if (!OidIsValid(overlay_relid))
	{
		overlay_stale = false;
		return;
	}
	overlay_rows_relid = govreport_local_rows(overlay_relid);

	rel = table_open(overlay_rows_relid, AccessShareLock);
	desc = RelationGetDescr(rel);
	check_user_lexicon_columns(desc);
	snapshot = RegisterSnapshot(GetTransactionSnapshot());

	/* first pass: how large the trie must be */
	scan = table_beginscan(rel, snapshot, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, 1, desc, &isnull);

		CHECK_FOR_INTERRUPTS();
		if (isnull)
			continue;
		nchars += pg_mbstrlen_with_len(VARDATA_ANY(DatumGetPointer(d)),
									   VARSIZE_ANY_EXHDR(DatumGetPointer(d)));
		nwords++;
	}
	table_endscan(scan);
	overlay_allocate(nchars, nwords);

	/* second pass: the words, folded into the trie */
	oldcontext = MemoryContextSwitchTo(overlay_context);
	scan = table_beginscan(rel, snapshot, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		bool		isnull;
		Datum		d;
		char	   *word;
		double		weight = USER_DEFAULT_WEIGHT;
		char	   *tag = NULL;

		CHECK_FOR_INTERRUPTS();
		d = heap_getattr(tup, 1, desc, &isnull);
		if (isnull)
			continue;
		word = TextDatumGetCString(d);
		d = heap_getattr(tup, 2, desc, &isnull);
		if (!isnull && DatumGetFloat4(d) > 0)
			weight = DatumGetFloat4(d);
		d = heap_getattr(tup, 3, desc, &isnull);
		if (!isnull)
			tag = TextDatumGetCString(d);
		overlay_add(lex, word, weight, tag);
		pfree(word);
		if (tag)
			pfree(tag);
	}
	table_endscan(scan);
	MemoryContextSwitchTo(oldcontext);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);
	overlay_stale = false;
}

/*
 * The user lexicon overlay, reloaded if the table changed since the last
 * call.  NULL when the table does not exist (extension not installed).
 */
const ZhOverlay *
zh_overlay_get(void)
{
	const ZhLexicon *lex = zh_lexicon_get();

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(overlay_invalidate, (Datum) 0);
		callback_registered = true;
	}
	if (overlay_stale)
		overlay_reload(lex);
	return overlay.n_words > 0 ? &overlay : NULL;
}

/*
 * zh_user_lexicon_changed()
 *		Statement trigger on zh_user_lexicon: send a relcache invalidation
 *		for the table, which row changes alone do not, so that every backend
 *		reloads its overlay (others after commit, this one at once), and
 *		make cached plans replan.
 */
PG_FUNCTION_INFO_V1(zh_user_lexicon_changed);
Datum
zh_user_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	/* the server calls a function returning trigger only as a trigger */
	if (!CALLED_AS_TRIGGER(fcinfo))
		elog(ERROR, "zh_user_lexicon_changed: not fired by trigger manager");
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	govreport_count_user_lexicon_edit();	/* indexes built before are stale */

	/*
	 * Plans may hold a text search query folded with the old cut (core's
	 * plainto_tsquery and to_tsquery are immutable, so a prepared statement
	 * computes them once).  An invalidation of the pg_namespace catalogue
	 * makes every backend's plan cache replan at its next use; lexicon
	 * edits are rare, so the cost of that is not felt.
	 */
	CacheInvalidateCatalog(NamespaceRelationId);
	PG_RETURN_POINTER(NULL);
}
