/*
 * searchkeys.h
 *		What search indexes: every pair of adjacent characters of the text's
 *		normal form, whitespace left out, at the position of its first
 *		character.
 *
 * A term then matches exactly where LIKE on the normalised text finds it:
 * the pairs of the term, one position apart (a phrase query).  The text
 * search dictionary (tsdict_sql.c) gives each token its share of these
 * lexemes, zh_tsvector (tsvector_sql.c) makes them for a whole text in one
 * pass, and the headline (tsparser_sql.c) finds the occurrences with them;
 * all three go through the code here, so they agree.  doc/search.md has
 * the rules and why.
 */
#ifndef GOVREPORT_SEARCHKEYS_H
#define GOVREPORT_SEARCHKEYS_H

#include "lexicon.h"

/* One character of the normal form: its bytes (not copied, not owned). */
typedef struct GrKeyChar
{
	const char *s;
	int			len;			/* 1..4 */
	int			orig;			/* offset of the character of the text it comes from */
} GrKeyChar;

/*
 * Walks the normal form of text[from, len) character by character, leaving
 * out whitespace.  The characters point into the text or into the lexicon's
 * normal forms, so nothing is allocated.
 */
typedef struct GrKeyIter
{
	const ZhLexicon *lex;
	const unsigned char *text;
	int			len;
	int			pos;			/* next byte of the text to read */
	const char *rep;			/* what is left of a character's normal form */
	int			rep_len;
	int			rep_orig;		/* where that character starts */
} GrKeyIter;

extern void gr_key_iter_init(GrKeyIter *it, const char *text, int len, int from);
extern bool gr_key_iter_next(GrKeyIter *it, GrKeyChar *kc);

/*
 * A lexeme: a pair of characters, or one character (the text's last one,
 * or the whole of a one-character text).
 */
#define GR_KEY_MAX_BYTES 8

typedef struct GrKeyLexeme
{
	char		s[GR_KEY_MAX_BYTES];
	uint8		len;
	uint8		variant;		/* 1; 2 for the alternative at the last pair */
	bool		new_position;	/* the first lexeme at the next position */
	bool		prefix;			/* a one-character text: match it as a prefix */
	int			orig;			/* text offset of its first character's source */
} GrKeyLexeme;

typedef void (*GrKeyEmit) (void *arg, const GrKeyLexeme *lx);

/*
 * tsvector positions stop at 16,383 (core clamps later ones to it), so a
 * phrase query cannot tell where in a longer text a pair is.  A text with
 * positions past that also gets this lexeme (no pair or character can be
 * three characters long), at position 16,383; zh_tsquery then accepts in
 * such a text every pair of a phrase anywhere (doc/search.md).
 */
#define GR_LONG_TEXT_LEXEME ">16383"
#define GR_LAST_POSITION 16383	/* MAXENTRYPOS - 1 (tsvector_sql.c checks) */

/*
 * zh_tsquery gives the pairs a phrase does not need, but the index does,
 * the weights A, B, C and D (every position has one of them), and the
 * headline does not count them as occurrences (tsquery_sql.c).
 */
#define GR_HELPER_WEIGHTS 15

/*
 * Turns key characters into lexemes.  Feed the characters in order; each
 * one after the first gives the pair that ends with it.  At the end of the
 * text, gr_keys_end adds the last character: as an alternative (variant 2)
 * beside the last pair, which asks for nothing more of the text, so a
 * query ending with that character costs one exact key, not a prefix scan;
 * or, for a text of one character, as a prefix lexeme.
 */
typedef struct GrKeys
{
	GrKeyEmit	emit;
	void	   *arg;
	bool		chars_before;	/* the text has characters before the first fed */
	bool		have_prev;
	GrKeyChar	prev;
	bool		have_pair;
	GrKeyLexeme last_pair;
} GrKeys;

extern void gr_keys_begin(GrKeys *k, bool chars_before, GrKeyEmit emit, void *arg);
extern void gr_keys_feed(GrKeys *k, const GrKeyChar *c);
extern void gr_keys_end(GrKeys *k);

/* A growing array of lexemes (palloc'd); gr_key_list_add emits into one. */
typedef struct GrKeyList
{
	GrKeyLexeme *items;
	int			n;
	int			cap;
} GrKeyList;

extern void gr_key_list_add(void *list, const GrKeyLexeme *lx);

/* Emits every lexeme of text[0, len) in order. */
extern void gr_text_keys(const char *text, int len, GrKeyEmit emit, void *arg);

/*
 * The lexemes of the token text[start, start + tlen) of the text
 * text[0, len): the pairs starting in it, and the text's last character if
 * the token holds the last pair.  The dictionary's share of
 * gr_text_keys for one token, found by looking past the token to the next
 * characters.  Returns a palloc'd array and its length in *n (0: none).
 */
extern GrKeyLexeme *gr_token_keys(const char *text, int len, int start, int tlen,
								  int *n);

#endif							/* GOVREPORT_SEARCHKEYS_H */
