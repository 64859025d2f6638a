/*
 * govreport.c
 *		Module entry points: library magic, settings and version.
 *
 * The extension's capabilities live in one file per concern (see
 * src/README.md); this file only holds what concerns the module as a whole.
 */
#include "postgres.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "access/xact.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "govreport.h"
#include "lexicon.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * Module load: reserve the "govreport." setting prefix so that a mistyped
 * setting is reported instead of silently creating a placeholder.  Each
 * concern defines its own settings through its init hook.
 */
void
_PG_init(void)
{
	govreport_init_settings();

#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("govreport");
#else
	EmitWarningsOnPlaceholders("govreport");
#endif
}

/*
 * Text read in the current transaction, and whether the callback that acts
 * on it is registered.
 *
 * Indexing a long report makes large, short-lived allocations (core's
 * to_tsvector keeps every lexeme of the document before sorting them).
 * glibc raises its mmap threshold after such frees, so the next ones come
 * from the heap, and the freed heap stays with the backend: about 6 MB after
 * a pass over the national reports, all of it free (malloc_trim gives it
 * back).  Trimming at the end of a transaction that read at least one long
 * report's worth of text returns it to the system; the loader's one
 * transaction per report costs no measurable time more (0.98 s for the 42
 * shared reports either way), and the backend stays at its size before.
 */
#define TRIM_AFTER_BYTES (128 * 1024)

static uint64 text_read_in_xact = 0;
static bool trim_callback_registered = false;

static void
trim_heap_at_xact_end(XactEvent event, void *arg)
{
	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
#ifdef __GLIBC__
	if (text_read_in_xact >= TRIM_AFTER_BYTES)
		malloc_trim(0);
#endif
	text_read_in_xact = 0;
}

static void
note_text_read(int len)
{
	if (!trim_callback_registered)
	{
		RegisterXactCallback(trim_heap_at_xact_end, NULL);
		trim_callback_registered = true;
	}
	text_read_in_xact += len;
}

/*
 * Refuse text the scanners cannot read: a database in another encoding, or
 * an invalid UTF-8 sequence (PostgreSQL's own error, which names the bytes).
 */
void
govreport_require_utf8(const char *s, int len)
{
	note_text_read(len);
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("govreport requires a UTF8 database"),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName())));
	pg_verifymbstr(s, len, false);
}

/*
 * govreport_version()
 *		The extension version, the ICU/Unicode versions in use at run time
 *		and the first 12 hex digits of the lexicon's identity, for bug
 *		reports and for checking what a server loaded.
 */
PG_FUNCTION_INFO_V1(govreport_version);
Datum
govreport_version(PG_FUNCTION_ARGS)
{
	UVersionInfo icu_version;
	UVersionInfo unicode_version;
	char		icu_string[U_MAX_VERSION_STRING_LENGTH];
	char		unicode_string[U_MAX_VERSION_STRING_LENGTH];
	char		lexicon[ZH_LEX_IDENTITY_BUFSIZE];

	u_getVersion(icu_version);
	u_versionToString(icu_version, icu_string);
	u_getUnicodeVersion(unicode_version);
	u_versionToString(unicode_version, unicode_string);

	zh_lexicon_identity(zh_lexicon_get_revalidated(), lexicon);
	PG_RETURN_TEXT_P(cstring_to_text(psprintf("govreport %s (ICU %s, Unicode %s, lexicon %.12s)",
											  GOVREPORT_VERSION,
											  icu_string, unicode_string,
											  lexicon)));
}
