/*
 * searchkeys.c
 *		The lexemes search indexes: pairs of adjacent characters of the
 *		normal form, whitespace left out (see searchkeys.h, doc/search.md).
 *
 * Positions count characters: the pair starting at the j-th character of
 * the normal form (whitespace not counted) is at position j + 1.  So the
 * pairs of a term, one position apart, are found exactly where the term
 * is, and a term is found wherever it is, whatever the segmenter made of
 * the text around it.  The last character of a text has no pair of its
 * own; it is indexed as an alternative beside the last pair (so that a
 * one-character query, a prefix query, finds it), and a text of one
 * character is that character as a prefix lexeme.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "normalize.h"
#include "searchkeys.h"
#include "segment.h"
#include "utf8.h"

void
gr_key_iter_init(GrKeyIter *it, const char *text, int len, int from)
{
	it->lex = zh_lexicon_get();
	it->text = (const unsigned char *) text;
	it->len = len;
	it->pos = from;
	it->rep = NULL;
	it->rep_len = 0;
	it->rep_orig = 0;
}

bool
gr_key_iter_next(GrKeyIter *it, GrKeyChar *kc)
{
	for (;;)
	{
		uint32		cp;
		int			clen;
		int			start;
		const char *rep;
		int			rep_len;

		if (it->rep_len > 0)
		{
			/* The next character of a normal form that replaced one. */
			const char *s = it->rep;

			clen = utf8_next_char((const unsigned char *) s, it->rep_len, &cp);
			it->rep += clen;
			it->rep_len -= clen;
			if (zh_is_space(cp))
				continue;
			kc->s = s;
			kc->len = clen;
			kc->orig = it->rep_orig;
			return true;
		}
		if (it->pos >= it->len)
			return false;

		start = it->pos;
		clen = utf8_next_char(it->text + start, it->len - start, &cp);
		it->pos += clen;
		if ((it->pos & 0xFFFF) < clen)
			CHECK_FOR_INTERRUPTS();	/* a long run of whitespace */
		rep = gr_normal_char(it->lex, cp, &rep_len);
		if (rep != NULL)
		{
			it->rep = rep;
			it->rep_len = rep_len;
			it->rep_orig = start;
			continue;
		}
		if (zh_is_space(cp))
			continue;
		kc->s = (const char *) it->text + start;
		kc->len = clen;
		kc->orig = start;
		return true;
	}
}

void
gr_keys_begin(GrKeys *k, bool chars_before, GrKeyEmit emit, void *arg)
{
	memset(k, 0, sizeof(GrKeys));
	k->emit = emit;
	k->arg = arg;
	k->chars_before = chars_before;
}

/* A lexeme of one character. */
static void
single(GrKeyLexeme *lx, const GrKeyChar *c)
{
	memcpy(lx->s, c->s, c->len);
	lx->len = c->len;
	lx->orig = c->orig;
}

void
gr_keys_feed(GrKeys *k, const GrKeyChar *c)
{
	if (k->have_prev)
	{
		GrKeyLexeme *lx = &k->last_pair;

		memcpy(lx->s, k->prev.s, k->prev.len);
		memcpy(lx->s + k->prev.len, c->s, c->len);
		lx->len = k->prev.len + c->len;
		lx->variant = 1;
		lx->new_position = true;
		lx->prefix = false;
		lx->orig = k->prev.orig;
		k->have_pair = true;
		k->emit(k->arg, lx);
	}
	k->prev = *c;
	k->have_prev = true;
}

void
gr_keys_end(GrKeys *k)
{
	GrKeyLexeme lx;

	if (k->have_pair)
	{
		/* variant 2 at the last pair's position: the pair and the last character */
		lx = k->last_pair;
		lx.variant = 2;
		lx.new_position = false;
		k->emit(k->arg, &lx);
		single(&lx, &k->prev);
		lx.variant = 2;
		lx.new_position = false;
		lx.prefix = false;
		k->emit(k->arg, &lx);
	}
	else if (k->have_prev && !k->chars_before)
	{
		/* the whole text is one character */
		single(&lx, &k->prev);
		lx.variant = 1;
		lx.new_position = true;
		lx.prefix = true;
		k->emit(k->arg, &lx);
	}
}

void
gr_text_keys(const char *text, int len, GrKeyEmit emit, void *arg)
{
	GrKeyIter	it;
	GrKeyChar	kc;
	GrKeys		keys;

	gr_key_iter_init(&it, text, len, 0);
	gr_keys_begin(&keys, false, emit, arg);
	while (gr_key_iter_next(&it, &kc))
		gr_keys_feed(&keys, &kc);
	gr_keys_end(&keys);
}

void
gr_key_list_add(void *arg, const GrKeyLexeme *lx)
{
	GrKeyList  *list = (GrKeyList *) arg;

	if (list->n == list->cap)
	{
		list->cap = list->cap ? list->cap * 2 : 16;
		list->items = list->items ?
			repalloc(list->items, sizeof(GrKeyLexeme) * list->cap) :
			palloc(sizeof(GrKeyLexeme) * list->cap);
	}
	list->items[list->n++] = *lx;
}

/* Whether text[0, len) has a key character that comes from before "start". */
static bool
key_char_before(const char *text, int len, int start)
{
	GrKeyIter	it;
	GrKeyChar	kc;

	gr_key_iter_init(&it, text, len, 0);
	return gr_key_iter_next(&it, &kc) && kc.orig < start;
}

GrKeyLexeme *
gr_token_keys(const char *text, int len, int start, int tlen, int *n)
{
	GrKeyIter	it;
	GrKeyChar	kc;
	GrKeys		keys;
	GrKeyList	out = {NULL, 0, 0};
	int			end = start + tlen;
	int			nchars = 0;
	bool		more;

	gr_key_iter_init(&it, text, len, start);
	gr_keys_begin(&keys, false, gr_key_list_add, &out);
	while ((more = gr_key_iter_next(&it, &kc)) && kc.orig < end)
	{
		gr_keys_feed(&keys, &kc);
		nchars++;
	}
	if (nchars > 0)
	{
		if (more)
		{
			/* kc follows the token: the pair across, and the end if kc is last */
			GrKeyChar	after;

			gr_keys_feed(&keys, &kc);
			if (!gr_key_iter_next(&it, &after))
				gr_keys_end(&keys);
		}
		else
		{
			/* The token ends the text; a lone last character needs to know. */
			if (nchars == 1)
				keys.chars_before = key_char_before(text, len, start);
			gr_keys_end(&keys);
		}
	}
	*n = out.n;
	return out.items;
}
