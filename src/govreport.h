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

#endif							/* GOVREPORT_H */
