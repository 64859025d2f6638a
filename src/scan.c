/*
 * scan.c
 *		Walk a document as the segmenter cut it, in original-text terms.
 *
 * The segmenter reads the text after gr_normalize_for_segmenting (NFKC and
 * Traditional-to-Simplified, so that 營商環境 and ＧＤＰ segment like
 * 营商环境 and GDP), but headlines and zh_tokenize's offsets must refer to
 * the text as the user stored it.  This file maps every span back through
 * the offset map and fills the gaps with blank tokens.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "scan.h"

/* Number of characters in text[from, to). */
static int
count_chars(const char *text, int from, int to)
{
	int			n = 0;

	while (from < to)
	{
		uint32		cp;

		from += gr_utf8_decode((const unsigned char *) text + from, to - from, &cp);
		n++;
	}
	return n;
}

void
gr_scan_init(GrScan *scan, const char *text, int len)
{
	char	   *norm;
	int			norm_len = 0;

	memset(scan, 0, sizeof(GrScan));
	scan->text = text;
	scan->len = len;
	if (len <= 0)
		return;

	norm = gr_normalize_for_segmenting(text, len, &norm_len, &scan->map);
	if (norm == NULL)
		scan->spans = zh_segment_text(text, len, &scan->nspans);
	else
	{
		scan->spans = zh_segment_text(norm, norm_len, &scan->nspans);
		pfree(norm);
	}
}

/* Consume text[byte_pos, end) as the token "tok" of the given kind. */
static void
take(GrScan *scan, GrScanToken *tok, int end, uint8 kind, uint8 pos)
{
	tok->byte_start = scan->byte_pos;
	tok->byte_len = end - scan->byte_pos;
	tok->char_start = scan->char_pos;
	tok->char_len = count_chars(scan->text, scan->byte_pos, end);
	tok->kind = kind;
	tok->pos = pos;
	scan->byte_pos = end;
	scan->char_pos += tok->char_len;
}

bool
gr_scan_next(GrScan *scan, GrScanToken *tok)
{
	if (scan->have_pending)
	{
		*tok = scan->pending;
		scan->have_pending = false;
		scan->byte_pos = tok->byte_start + tok->byte_len;
		scan->char_pos = tok->char_start + tok->char_len;
		return true;
	}

	while (scan->next_span < scan->nspans)
	{
		ZhToken    *s = &scan->spans[scan->next_span++];
		int			start;
		int			end;

		if ((scan->next_span & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();

		start = gr_offset_to_original(&scan->map, s->byte_start, false,
									  &scan->map_hint);
		end = gr_offset_to_original(&scan->map, s->byte_start + s->byte_len,
									true, &scan->map_hint);

		/*
		 * Two spans cut inside one character's replacement (㍻ becomes 平成)
		 * both map to that whole character: the first one takes it.
		 */
		if (start < scan->byte_pos)
			start = scan->byte_pos;
		if (end > scan->len)
			end = scan->len;
		if (end <= start)
			continue;

		if (start > scan->byte_pos)
		{
			/* Whitespace first; the span follows on the next call. */
			GrScanToken blank;

			take(scan, &blank, start, GR_KIND_BLANK, 0);
			take(scan, &scan->pending, end, s->kind, s->pos);
			scan->have_pending = true;
			scan->byte_pos = blank.byte_start + blank.byte_len;
			scan->char_pos = blank.char_start + blank.char_len;
			*tok = blank;
			return true;
		}
		take(scan, tok, end, s->kind, s->pos);
		return true;
	}

	if (scan->byte_pos < scan->len)
	{
		take(scan, tok, scan->len, GR_KIND_BLANK, 0);
		return true;
	}
	return false;
}

void
gr_scan_free(GrScan *scan)
{
	if (scan->spans)
		pfree(scan->spans);
	if (scan->map.nchanges > 0)
	{
		pfree(scan->map.norm_start);
		pfree(scan->map.norm_len);
		pfree(scan->map.orig_start);
		pfree(scan->map.orig_len);
	}
	scan->spans = NULL;
	scan->nspans = 0;
}
