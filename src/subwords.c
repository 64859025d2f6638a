/*
 * subwords.c
 *		Fine parts of a compound: the lexicon words inside it.
 *
 * The segmenter cuts 社会主义市场经济体制 as one word, so a search for 市场
 *经济 or 社会主义市场经济 would miss it unless the index holds the parts
 * too.  This walks the segmenter's lexicon trie (and the user lexicon
 * overlay) from every character of the word; the dictionary indexes what
 * it finds at the word's position.
 *
 * A word of the user lexicon also gets the pieces the segmenter would cut
 * it into without the user lexicon, single characters included, and the
 * runs of those pieces.  Those are what a query asks for once the word is
 * deleted again, so indexes built meanwhile still answer it.
 */
#include "postgres.h"

#include "lexicon.h"
#include "normalize.h"
#include "segment.h"
#include "subwords.h"
#include "utf8.h"

static bool
is_word(const ZhLexicon *lex, uint32 node)
{
	return node != ZH_LEX_NONE && (lex->slots[node].flags & ZH_SLOT_WORD);
}

static bool
is_overlay_word(const ZhOverlay *ov, uint32 node)
{
	return node != ZH_LEX_NONE && (ov->slots[node].flags & ZH_SLOT_WORD);
}

/* Is folded cps[0..n) a word of the user lexicon? */
static bool
is_user_word(const ZhOverlay *ov, const uint32 *cps, int n)
{
	uint32		node = ZH_LEX_ROOT;

	if (ov == NULL || ov->n_words == 0)
		return false;
	for (int i = 0; i < n; i++)
	{
		node = zh_overlay_child(ov, node, cps[i]);
		if (node == ZH_LEX_NONE)
			return false;
	}
	return is_overlay_word(ov, node);
}

/* Add [start, end) unless present or the list is full; returns the count. */
static int
add_part(int *starts, int *ends, int found, int max, int start, int end)
{
	int			k;

	for (k = 0; k < found; k++)
		if (starts[k] == start && ends[k] == end)
			return found;
	if (found >= max)
		return found;
	/* keep the order by start, then end */
	for (k = found; k > 0 && (starts[k - 1] > start ||
							  (starts[k - 1] == start && ends[k - 1] > end)); k--)
	{
		starts[k] = starts[k - 1];
		ends[k] = ends[k - 1];
	}
	starts[k] = start;
	ends[k] = end;
	return found + 1;
}

/*
 * The pieces of text[0, len) without the user lexicon, and the runs of up
 * to three of them, other than the whole text.
 */
static int
add_base_pieces(const char *text, int len, int *starts, int *ends,
				int found, int max)
{
	int			npieces;
	ZhToken    *pieces = zh_segment_text_base(text, len, &npieces);

	for (int i = 0; i < npieces; i++)
		for (int j = i; j < npieces && j < i + 3; j++)
		{
			int			start = pieces[i].byte_start;
			int			end = pieces[j].byte_start + pieces[j].byte_len;

			if (start == 0 && end == len)
				continue;
			found = add_part(starts, ends, found, max, start, end);
		}
	pfree(pieces);
	return found;
}

int
zh_subwords(const char *text, int len, int *starts, int *ends, int max)
{
	const ZhLexicon *lex;
	const ZhOverlay *ov;
	uint32		cps[ZH_SUBWORDS_MAX_CHARS];
	int			offs[ZH_SUBWORDS_MAX_CHARS + 1];
	int			n = 0;
	int			pos = 0;
	int			found = 0;
	int			i;

	/* Decode and fold; give up on words too long to be worth it. */
	while (pos < len)
	{
		uint32		cp;

		if (n == ZH_SUBWORDS_MAX_CHARS)
			return 0;
		offs[n] = pos;
		pos += utf8_next_char((const unsigned char *) text + pos, len - pos, &cp);
		cps[n++] = cp;
	}
	offs[n] = len;
	if (n < 2)
		return 0;

	lex = zh_lexicon_get();
	ov = zh_overlay_get();
	if (n < 3 && ov == NULL)
		return 0;				/* the common case: nothing inside, no user words */
	for (i = 0; i < n; i++)
		cps[i] = zh_lexicon_fold(lex, cps[i]);
	if (is_user_word(ov, cps, n))
		found = add_base_pieces(text, len, starts, ends, found, max);
	if (n < 3)
		return found;			/* a two-character word has no word inside */

	for (i = 0; i < n && found < max; i++)
	{
		uint32		node = ZH_LEX_ROOT;
		uint32		onode = ZH_LEX_ROOT;
		bool		in_lex = true;	/* ZH_LEX_ROOT equals ZH_LEX_NONE: track apart */
		bool		in_ov = (ov != NULL);
		int			j;

		for (j = i; j < n && found < max; j++)
		{
			if (in_lex)
			{
				node = zh_lexicon_child(lex, node, cps[j]);
				in_lex = (node != ZH_LEX_NONE);
			}
			if (in_ov)
			{
				onode = zh_overlay_child(ov, onode, cps[j]);
				in_ov = (onode != ZH_LEX_NONE);
			}
			if (!in_lex && !in_ov)
				break;
			if (j == i || (i == 0 && j == n - 1))
				continue;		/* single characters and the word itself */
			if ((in_lex && is_word(lex, node)) || (in_ov && is_overlay_word(ov, onode)))
				found = add_part(starts, ends, found, max, offs[i], offs[j + 1]);
		}
	}
	return found;
}
