/*
 * govreport.c
 *		Module entry points: library magic, settings and version.
 *
 * The extension's capabilities live in one file per concern (see
 * src/README.md); this file only holds what concerns the module as a whole.
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include "govreport.h"

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
 * Refuse text the scanners cannot read: a database in another encoding, or
 * an invalid UTF-8 sequence (PostgreSQL's own error, which names the bytes).
 */
void
govreport_require_utf8(const char *s, int len)
{
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
 *		The extension version and the ICU/Unicode versions in use at run
 *		time, for bug reports and for checking what a server loaded.
 */
PG_FUNCTION_INFO_V1(govreport_version);
Datum
govreport_version(PG_FUNCTION_ARGS)
{
	UVersionInfo icu_version;
	UVersionInfo unicode_version;
	char		icu_string[U_MAX_VERSION_STRING_LENGTH];
	char		unicode_string[U_MAX_VERSION_STRING_LENGTH];

	u_getVersion(icu_version);
	u_versionToString(icu_version, icu_string);
	u_getUnicodeVersion(unicode_version);
	u_versionToString(unicode_version, unicode_string);

	PG_RETURN_TEXT_P(cstring_to_text(psprintf("govreport %s (ICU %s, Unicode %s)",
											  GOVREPORT_VERSION,
											  icu_string, unicode_string)));
}
