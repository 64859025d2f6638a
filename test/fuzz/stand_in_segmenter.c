/*
 * stand_in_segmenter.c
 *		The segmenter the scan harnesses link instead of src/segment.c: it
 *		cuts the text into spans whose lengths, kinds and tags come from the
 *		fuzz input, with gaps, to hit every way a scan's offset mapping can
 *		be hit (spans inside a character, over what normalisation changed).
 *		Used by fuzz_tsparser and fuzz_keywords.
 */
#include "postgres.h"

#include "stand_in_segmenter.h"

const uint8 *fuzz_cut_pattern;
size_t		fuzz_cut_pattern_len;
int			fuzz_cut_kinds = 6;
uint8		fuzz_cut_tags[FUZZ_CUT_NTAGS];

/*
 * Each pattern byte c, in turn: the top bit makes a gap of one or two bytes
 * (as whitespace makes); else a span of 1 + (c & 7) bytes of kind
 * 1 + (c >> 3) % fuzz_cut_kinds and tag fuzz_cut_tags[(c >> 4) % 5].
 */
ZhToken *
zh_segment_text(const char *text, int len, int *ntokens)
{
	ZhToken    *t = palloc(sizeof(ZhToken) * (len + 1));
	int			n = 0;
	int			pos = 0;
	size_t		k = 0;

	while (pos < len)
	{
		uint8		c = fuzz_cut_pattern_len ? fuzz_cut_pattern[k++ % fuzz_cut_pattern_len] : 3;
		int			span = 1 + (c & 7);

		if (c & 0x80)
		{
			pos += 1 + ((c >> 3) & 1);
			continue;
		}
		if (span > len - pos)
			span = len - pos;
		t[n].byte_start = pos;
		t[n].byte_len = span;
		t[n].char_start = pos;
		t[n].char_len = span;
		t[n].kind = 1 + ((c >> 3) % fuzz_cut_kinds);
		t[n].pos = fuzz_cut_tags[(c >> 4) % FUZZ_CUT_NTAGS];
		n++;
		pos += span;
	}
	*ntokens = n;
	return t;
}

const char *
zh_pos_name(uint8 pos)
{
	return NULL;
}

/* The stand-in has no lexicon file to check: a span segments the same way. */
ZhToken *
zh_segment_span(const char *text, int len, int *ntokens)
{
	return zh_segment_text(text, len, ntokens);
}
