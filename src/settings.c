/*
 * settings.c
 *		The govreport.* configuration settings.
 *
 * Kept in one place so that _PG_init defines every setting before the
 * prefix is reserved.
 */
#include "postgres.h"

#include "utils/guc.h"

#include "govreport.h"

void
govreport_init_settings(void)
{
	/* No settings yet; the concerns that need them add them here. */
}
