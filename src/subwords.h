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
 * more that occur inside text[0, len) other than the whole text; when the
 * text is a user lexicon word, also the pieces (and runs of up to three)
 * the segmenter cuts it into without the user lexicon.  Stores byte
 * offsets of each in starts[] and ends[] (at most "max", no duplicates)
 * and returns how many; ordered by start, then end.
 */
extern int	zh_subwords(const char *text, int len, int *starts, int *ends, int max);

#endif							/* GOVREPORT_SUBWORDS_H */
