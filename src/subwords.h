/*
 * subwords.h
 *		The lexicon words inside a word (its "fine parts"), for indexing a
 *		compound so that its parts are found too.
 */
#ifndef GOVREPORT_SUBWORDS_H
#define GOVREPORT_SUBWORDS_H

/* Words longer than this many characters get no fine parts. */
#define ZH_SUBWORDS_MAX_CHARS 12

/*
 * Find the words of the lexicon (and the user lexicon) of two characters or
 * more that occur inside text[0, len) other than the whole text.  Stores
 * byte offsets of each in starts[] and ends[] (at most "max") and returns
 * how many; ordered by start, then end.
 */
extern int	zh_subwords(const char *text, int len, int *starts, int *ends, int max);

#endif							/* GOVREPORT_SUBWORDS_H */
