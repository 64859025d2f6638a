/*
 * headline_sql.c
 *		The govreport parser's headline function: core's choice of passages
 *		(prsd_headline), told where the query really occurs, highlighting
 *		exactly the tokens the occurrences cover.
 *
 * Core's hlparsetext marks each token with a query operand one of its
 * lexemes matches.  With a lexeme per character that is not enough: a
 * token gets the position of its last lexeme, not of the one that matched,
 * and any token holding one pair of the query (环境, for 营商环境) would be
 * highlighted.  So this finds the occurrences itself: it runs the text
 * through the same lexemes as to_tsvector (searchkeys.c), evaluates the
 * query on their positions, gives core only the matches that make up an
 * occurrence (to choose passages), and then highlights the tokens the
 * occurrences cover and the blanks between them.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"

#include "searchkeys.h"
#include "tsparser.h"
#include "utf8.h"

/* An occurrence, or part of one: positions ps..pe, characters cs..ce. */
typedef struct Span
{
	int32		ps;
	int32		pe;
	int32		cs;
	int32		ce;
} Span;

typedef struct SpanList
{
	Span	   *items;
	int			n;
	int			cap;
} SpanList;

static void
span_add(SpanList *l, int32 ps, int32 pe, int32 cs, int32 ce)
{
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = l->items ? repalloc_huge(l->items, sizeof(Span) * l->cap) :
			palloc(sizeof(Span) * l->cap);
	}
	l->items[l->n].ps = ps;
	l->items[l->n].pe = pe;
	l->items[l->n].cs = cs;
	l->items[l->n].ce = ce;
	l->n++;
}

static int
span_cmp(const void *a, const void *b)
{
	const Span *x = (const Span *) a;
	const Span *y = (const Span *) b;

	if (x->ps != y->ps)
		return x->ps < y->ps ? -1 : 1;
	if (x->pe != y->pe)
		return x->pe < y->pe ? -1 : 1;
	return 0;
}

/*
 * The text's lexemes against the query.  Positions and characters count
 * from 1 as in to_tsvector: the pair at position p is characters p, p + 1.
 */
typedef struct HlText
{
	QueryItem  *items;
	int			nitems;
	char	   *operands;
	int		   *op_chars;		/* characters in each operand */
	SpanList   *leaf;			/* per query item: where its operand matches */
	int32		position;
	int			after_pair;		/* variant-2 lexemes since the last pair */
	int32	   *char_token;		/* character -> index into token_start */
	int32		cap_chars;
	int32		nchars;
	const int32 *token_start;	/* byte offset of each token in the text */
	int			ntokens;
	int			token_hint;
} HlText;

static void
note_char(HlText *t, int32 c, int orig)
{
	while (t->token_hint + 1 < t->ntokens && t->token_start[t->token_hint + 1] <= orig)
		t->token_hint++;
	if (c >= t->cap_chars)
	{
		t->cap_chars = Max(c + 1, t->cap_chars * 2);
		t->char_token = repalloc_huge(t->char_token, sizeof(int32) * t->cap_chars);
	}
	t->char_token[c] = t->token_hint;
	t->nchars = Max(t->nchars, c);
}

static void
hl_lexeme(void *arg, const GrKeyLexeme *lx)
{
	HlText	   *t = (HlText *) arg;
	int32		at;
	int32		cs;
	int32		ce;

	if (lx->new_position)
	{
		at = ++t->position;
		t->after_pair = 0;
		note_char(t, at, lx->orig);
		cs = at;
		ce = lx->prefix ? at : at + 1;
	}
	else if (t->after_pair++ == 0)
		return;					/* variant 2 repeats the last pair */
	else
	{
		/* the text's last character, beside the last pair */
		at = t->position;
		note_char(t, at + 1, lx->orig);
		cs = ce = at + 1;
	}

	for (int k = 0; k < t->nitems; k++)
	{
		QueryOperand *op = &t->items[k].qoperand;

		if (t->items[k].type != QI_VAL ||
			tsCompareString(t->operands + op->distance, op->length,
							(char *) lx->s, lx->len, op->prefix) != 0)
			continue;
		span_add(&t->leaf[k], at, at, cs,
				 op->prefix ? cs + t->op_chars[k] - 1 : ce);
	}
}

/*
 * Where the query item matches, as spans.  A phrase joins a left span with
 * a right span that starts "distance" positions after the left one ends
 * (core's rule); inside a phrase AND means the same span on both sides.
 * Outside phrases AND and OR keep the spans of both sides (all of them are
 * highlighted) when the item is satisfied.  *sat says whether it is.
 */
static SpanList
eval_item(HlText *t, QueryItem *item, bool in_phrase, bool *sat)
{
	SpanList	out = {NULL, 0, 0};
	SpanList	l;
	SpanList	r;
	bool		lsat;
	bool		rsat;

	check_stack_depth();
	CHECK_FOR_INTERRUPTS();
	if (item->type == QI_VAL)
	{
		SpanList   *leaf = &t->leaf[item - t->items];

		/* a pair zh_tsquery adds for the index marks no occurrence */
		*sat = leaf->n > 0;
		if (item->qoperand.weight == GR_HELPER_WEIGHTS)
			return out;
		for (int i = 0; i < leaf->n; i++)
			span_add(&out, leaf->items[i].ps, leaf->items[i].pe,
					 leaf->items[i].cs, leaf->items[i].ce);
		return out;
	}
	if (item->qoperator.oper == OP_NOT)
	{
		l = eval_item(t, item + 1, in_phrase, &lsat);
		*sat = !lsat && !in_phrase;
		return out;
	}

	l = eval_item(t, item + item->qoperator.left,
				  in_phrase || item->qoperator.oper == OP_PHRASE, &lsat);
	r = eval_item(t, item + 1,
				  in_phrase || item->qoperator.oper == OP_PHRASE, &rsat);
	switch (item->qoperator.oper)
	{
		case OP_PHRASE:
			if (l.n > 0 && r.n > 0)
			{
				int			d = item->qoperator.distance;

				qsort(r.items, r.n, sizeof(Span), span_cmp);
				for (int i = 0; i < l.n; i++)
				{
					Span	   *a = &l.items[i];
					int			lo = 0;
					int			hi = r.n;

					while (lo < hi)
					{
						int			mid = (lo + hi) / 2;

						if (r.items[mid].ps < a->pe + d)
							lo = mid + 1;
						else
							hi = mid;
					}
					for (; lo < r.n && r.items[lo].ps == a->pe + d; lo++)
						span_add(&out, a->ps, r.items[lo].pe,
								 Min(a->cs, r.items[lo].cs),
								 Max(a->ce, r.items[lo].ce));
				}
			}
			*sat = out.n > 0;
			break;
		case OP_AND:
			if (in_phrase)
			{
				/* the same positions on both sides */
				int			j = 0;

				qsort(l.items, l.n, sizeof(Span), span_cmp);
				qsort(r.items, r.n, sizeof(Span), span_cmp);
				for (int i = 0; i < l.n; i++)
				{
					while (j < r.n && span_cmp(&r.items[j], &l.items[i]) < 0)
						j++;
					if (j < r.n && span_cmp(&r.items[j], &l.items[i]) == 0)
						span_add(&out, l.items[i].ps, l.items[i].pe,
								 Min(l.items[i].cs, r.items[j].cs),
								 Max(l.items[i].ce, r.items[j].ce));
				}
				*sat = out.n > 0;
				break;
			}
			*sat = lsat && rsat;
			if (*sat)
			{
				for (int i = 0; i < l.n; i++)
					span_add(&out, l.items[i].ps, l.items[i].pe, l.items[i].cs, l.items[i].ce);
				for (int i = 0; i < r.n; i++)
					span_add(&out, r.items[i].ps, r.items[i].pe, r.items[i].cs, r.items[i].ce);
			}
			break;
		default:				/* OP_OR */
			*sat = lsat || rsat;
			for (int i = 0; i < l.n; i++)
				span_add(&out, l.items[i].ps, l.items[i].pe, l.items[i].cs, l.items[i].ce);
			for (int i = 0; i < r.n; i++)
				span_add(&out, r.items[i].ps, r.items[i].pe, r.items[i].cs, r.items[i].ce);
			break;
	}
	if (l.items)
		pfree(l.items);
	if (r.items)
		pfree(r.items);
	return out;
}

/* A query match given to core: the token it is in, its position, its item. */
typedef struct Attach
{
	int32		token;
	int32		pos;
	QueryOperand *item;
} Attach;

static int
attach_cmp(const void *a, const void *b)
{
	const Attach *x = (const Attach *) a;
	const Attach *y = (const Attach *) b;

	if (x->token != y->token)
		return x->token < y->token ? -1 : 1;
	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return 0;
}

/*
 * Join runs of adjacent highlighted tokens into one, so a term the
 * segmenter cut in two (营商|环境) is shown as <b>营商环境</b> rather than
 * <b>营商</b><b>环境</b>.  Duplicate entries (repeated) only carry query
 * items and are never shown; they are stepped over.
 */
static void
join_adjacent_highlights(HeadlineParsedText *prs)
{
	int			i = 0;

	while (i < prs->curwords)
	{
		HeadlineWordEntry *first = &prs->words[i];
		int			j;
		int			total;
		int			count = 0;
		char	   *joined;
		char	   *p;

		if (!first->selected || !first->in || first->skip || first->replace ||
			first->repeated)
		{
			i++;
			continue;
		}

		/* Find the run of shown, selected tokens that follows. */
		total = first->len;
		for (j = i + 1; j < prs->curwords; j++)
		{
			HeadlineWordEntry *w = &prs->words[j];

			if (w->repeated)
				continue;
			if (!w->selected || !w->in || w->skip || w->replace ||
				total + w->len > 0xFFFF)
				break;
			total += w->len;
			count++;
		}
		if (count == 0)
		{
			i = j;
			continue;
		}

		joined = palloc(total);
		memcpy(joined, first->word, first->len);
		p = joined + first->len;
		for (int k = i + 1; k < j; k++)
		{
			HeadlineWordEntry *w = &prs->words[k];

			if (w->repeated)
				continue;
			memcpy(p, w->word, w->len);
			p += w->len;
			w->skip = 1;
		}
		first->word = joined;
		first->len = total;
		i = j;
	}
}

/*
 * Core's position of each attached match, with the stretches between
 * matches shortened to "gap": phrase checks only compare distances inside
 * an occurrence (never more than the query's total distance, so less than
 * "gap"), and so long documents keep positions core can store (14 bits).
 */
static void
compress_positions(Attach *att, int n, int32 gap)
{
	int32		prev_real = 0;
	int32		prev_syn = 0;

	for (int i = 0; i < n; i++)
	{
		int32		real = att[i].pos;
		int32		step = (i == 0) ? 1 : Min(real - prev_real, gap);

		prev_real = real;
		prev_syn = LIMITPOS(prev_syn + step);
		att[i].pos = prev_syn;
	}
}

/*
 * govreport_prs_headline(prs, options, query)
 *		See the file comment.
 */
PG_FUNCTION_INFO_V1(govreport_prs_headline);
Datum
govreport_prs_headline(PG_FUNCTION_ARGS)
{
	HeadlineParsedText *prs = (HeadlineParsedText *) PG_GETARG_POINTER(0);
	TSQuery		query = PG_GETARG_TSQUERY(2);
	HeadlineWordEntry *old = prs->words;
	int			nold = prs->curwords;
	int32	   *token_start;
	int32	   *token_entry;	/* token -> index into old */
	int			ntokens = 0;
	StringInfoData doc;
	HlText		t;
	SpanList	occ;
	bool		sat = false;
	int32	   *occ_of_char;
	bool	   *in_occ;
	Attach	   *att;
	int			natt = 0;
	int			capatt = 16;
	int32		gap = 1;
	HeadlineWordEntry *words;
	int			nwords = 0;
	uint8	   *types;
	bool	   *highlight;

	/* The document again, from its tokens (repeated entries are copies). */
	token_start = palloc(sizeof(int32) * (nold + 1));
	token_entry = palloc(sizeof(int32) * (nold + 1));
	initStringInfo(&doc);
	for (int i = 0; i < nold; i++)
	{
		if (old[i].repeated)
			continue;
		token_start[ntokens] = doc.len;
		token_entry[ntokens++] = i;
		appendBinaryStringInfo(&doc, old[i].word, old[i].len);
	}

	/* Where the query's operands match, and which token each character is in. */
	memset(&t, 0, sizeof(t));
	t.items = GETQUERY(query);
	t.nitems = query->size;
	t.operands = GETOPERAND(query);
	t.op_chars = palloc0(sizeof(int) * Max(t.nitems, 1));
	t.leaf = palloc0(sizeof(SpanList) * Max(t.nitems, 1));
	for (int k = 0; k < t.nitems; k++)
	{
		if (t.items[k].type == QI_VAL)
			t.op_chars[k] = pg_mbstrlen_with_len(t.operands + t.items[k].qoperand.distance,
												 t.items[k].qoperand.length);
		else if (t.items[k].qoperator.oper == OP_PHRASE)
			gap = Min(gap + t.items[k].qoperator.distance, MAXENTRYPOS);
	}
	gap++;
	t.cap_chars = 256;
	t.char_token = palloc0(sizeof(int32) * t.cap_chars);
	t.token_start = token_start;
	t.ntokens = ntokens;
	gr_text_keys(doc.data, doc.len, hl_lexeme, &t);

	occ = (t.nitems > 0) ? eval_item(&t, GETQUERY(query), false, &sat) :
		(SpanList) {NULL, 0, 0};

	/* Characters and positions the occurrences cover. */
	occ_of_char = palloc(sizeof(int32) * (t.nchars + 2));
	in_occ = palloc0(sizeof(bool) * (t.nchars + 2));
	for (int c = 0; c <= t.nchars + 1; c++)
		occ_of_char[c] = -1;
	for (int i = 0; sat && i < occ.n; i++)
	{
		Span	   *s = &occ.items[i];

		for (int32 c = Max(s->cs, 1); c <= s->ce && c <= t.nchars; c++)
			if (occ_of_char[c] < 0)
				occ_of_char[c] = i;
		for (int32 p = Max(s->ps, 1); p <= s->pe && p <= t.nchars; p++)
			in_occ[p] = true;
	}

	/* The matches that make up occurrences, for core's choice of passages. */
	att = palloc(sizeof(Attach) * capatt);
	for (int k = 0; k < t.nitems; k++)
		for (int i = 0; i < t.leaf[k].n; i++)
		{
			int32		p = t.leaf[k].items[i].ps;

			if (p < 1 || p > t.nchars || !in_occ[p])
				continue;
			if (natt == capatt)
			{
				capatt *= 2;
				att = repalloc_huge(att, sizeof(Attach) * capatt);
			}
			att[natt].token = t.char_token[p];
			att[natt].pos = p;
			att[natt].item = &t.items[k].qoperand;
			natt++;
		}
	qsort(att, natt, sizeof(Attach), attach_cmp);
	compress_positions(att, natt, gap);

	/* The tokens again: the first match on the token, copies for the rest. */
	words = palloc0(sizeof(HeadlineWordEntry) * (ntokens + natt + 1));
	highlight = palloc0(sizeof(bool) * (ntokens + natt + 1));
	for (int tok = 0, a = 0; tok < ntokens; tok++)
	{
		HeadlineWordEntry *w = &words[nwords++];

		*w = old[token_entry[tok]];
		w->item = NULL;
		w->pos = 0;
		w->repeated = 0;
		for (bool first = true; a < natt && att[a].token == tok; a++, first = false)
		{
			if (!first)
			{
				words[nwords] = *w;
				w = &words[nwords++];
				w->repeated = 1;
			}
			w->item = att[a].item;
			w->pos = att[a].pos;
		}
	}
	for (int c = 1; c <= t.nchars; c++)
		if (occ_of_char[c] >= 0)
			highlight[t.char_token[c]] = true;
	/* A blank inside an occurrence (whitespace is left out) goes with it. */
	for (int c = 1; c < t.nchars; c++)
		if (occ_of_char[c] >= 0 && occ_of_char[c] == occ_of_char[c + 1])
			for (int tok = t.char_token[c] + 1; tok < t.char_token[c + 1]; tok++)
				highlight[tok] = true;

	prs->words = words;
	prs->curwords = nwords;
	prs->lenwords = ntokens + natt + 1;

	/*
	 * Core counts every entry that is not a blank as a word against
	 * MaxWords; the copies only carry query items, so they pass as blanks
	 * while it chooses, and get their type back after.
	 */
	types = palloc(Max(nwords, 1));
	for (int i = 0; i < nwords; i++)
	{
		types[i] = words[i].type;
		if (words[i].repeated)
			words[i].type = GRTOK_BLANK;
	}
	DirectFunctionCall3(prsd_headline,
						PG_GETARG_DATUM(0),
						PG_GETARG_DATUM(1),
						PG_GETARG_DATUM(2));
	for (int i = 0, tok = -1; i < nwords; i++)
	{
		words[i].type = types[i];
		if (!words[i].repeated)
			tok++;
		words[i].selected = !words[i].repeated && words[i].in && highlight[tok];
	}
	join_adjacent_highlights(prs);
	PG_RETURN_POINTER(prs);
}
