/*
 * tsdict.h
 *		The govreport text search dictionary: token normalisation and
 *		Chinese stop words, shared with zh_tokenize.
 */
#ifndef GOVREPORT_TSDICT_H
#define GOVREPORT_TSDICT_H

/* Normalised copy of a token (palloc'd, NUL-terminated). */
extern char *gr_normalized_token(const char *s, int len);

/* Whether a normalised token is in the installed govreport.stop list. */
extern bool gr_is_default_stopword(const char *normalized);

#endif							/* GOVREPORT_TSDICT_H */
