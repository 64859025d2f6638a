/*
 * subwords.c
 *		Fine parts of a compound: the lexicon words inside it.
 *
 * The segmenter cuts 社会主义市场经济体制 as one word, so a search for 市场
 *经济 or 社会主义市场经济 would miss it unless the index holds the parts
 * too.  This walks the segmenter's lexicon trie (and the user lexicon
 * overlay) from every character of the word; the dictionary indexes what
 * it finds at the word's position.
 */
#include "postgres.h"

#include "lexicon.h"
#include "normalize.h"
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
	if (n < 3)
		return 0;				/* a two-character word has no word inside */

	lex = zh_lexicon_get();
	ov = zh_overlay_get();
	for (i = 0; i < n; i++)
		cps[i] = zh_lexicon_fold(lex, cps[i]);

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
			{
				starts[found] = offs[i];
				ends[found] = offs[j + 1];
				found++;
			}
		}
	}
	return found;
}
