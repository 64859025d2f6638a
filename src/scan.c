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
#include "utils/memutils.h"

#include "scan.h"
#include "utf8.h"

static GrScan *active_scan = NULL;

/* Number of characters in text[from, to). */
static int
count_chars(const char *text, int from, int to)
{
	int			n = 0;

	while (from < to)
	{
		uint32		cp;

		from += utf8_next_char((const unsigned char *) text + from, to - from, &cp);
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
	scan->last_span = -1;
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

/*
 * Where a token from "start" that would run to "end" stops: at most
 * GR_MAX_TOKEN_BYTES on, at a character boundary.  Core skips, with a
 * notice, any token of 2 kB or more, and search must see every character.
 */
static int
capped_end(const char *text, int start, int end)
{
	int			cut;

	if (end - start <= GR_MAX_TOKEN_BYTES)
		return end;
	cut = start + GR_MAX_TOKEN_BYTES;
	while (cut > start + GR_MAX_TOKEN_BYTES - 3 &&
		   ((unsigned char) text[cut] & 0xC0) == 0x80)
		cut--;
	return cut;
}

bool
gr_scan_next(GrScan *scan, GrScanToken *tok)
{
	if (scan->have_pending)
	{
		*tok = scan->pending;
		scan->have_pending = false;
		scan->last = *tok;
		scan->last_span = scan->pending_span;
		scan->byte_pos = tok->byte_start + tok->byte_len;
		scan->char_pos = tok->char_start + tok->char_len;
		return true;
	}

	while (scan->next_span < scan->nspans)
	{
		int			span = scan->next_span;
		ZhToken    *s = &scan->spans[span];
		int			start;
		int			end;
		int			cut;

		if ((span & 0xFFF) == 0)
			CHECK_FOR_INTERRUPTS();

		start = gr_offset_to_original(&scan->map, s->byte_start, false,
									  &scan->map_hint);
		end = gr_offset_to_original(&scan->map, s->byte_start + s->byte_len,
									true, &scan->map_hint);

		/*
		 * Two spans cut inside one character's replacement (㍻ becomes 平成)
		 * both map to that whole character: the first one takes it.  A span
		 * longer than a token may be comes in pieces: the rest of it starts
		 * where the last piece ended.
		 */
		if (start < scan->byte_pos)
			start = scan->byte_pos;
		if (end > scan->len)
			end = scan->len;
		if (end <= start)
		{
			scan->next_span++;
			continue;
		}

		if (start > scan->byte_pos)
		{
			/* Whitespace first; the span follows on the next call. */
			GrScanToken blank;
			int			blank_end = capped_end(scan->text, scan->byte_pos, start);

			take(scan, &blank, blank_end, GR_KIND_BLANK, 0);
			if (blank_end == start)
			{
				cut = capped_end(scan->text, start, end);
				take(scan, &scan->pending, cut, s->kind, s->pos);
				scan->pending_span = span;
				scan->have_pending = true;
				if (cut == end)
					scan->next_span++;
			}
			scan->byte_pos = blank.byte_start + blank.byte_len;
			scan->char_pos = blank.char_start + blank.char_len;
			*tok = blank;
			scan->last = blank;
			scan->last_span = -1;
			return true;
		}
		cut = capped_end(scan->text, start, end);
		take(scan, tok, cut, s->kind, s->pos);
		if (cut == end)
			scan->next_span++;
		scan->last = *tok;
		scan->last_span = span;
		return true;
	}

	if (scan->byte_pos < scan->len)
	{
		take(scan, tok, capped_end(scan->text, scan->byte_pos, scan->len),
			 GR_KIND_BLANK, 0);
		scan->last = *tok;
		scan->last_span = -1;
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

/* Forget the active scan if its memory goes away (an error mid-parse). */
static void
forget_active_scan(void *arg)
{
	if (active_scan == (GrScan *) arg)
		active_scan = NULL;
}

void
gr_scan_activate(GrScan *scan)
{
	MemoryContextCallback *cb = palloc(sizeof(MemoryContextCallback));

	cb->func = forget_active_scan;
	cb->arg = scan;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, cb);
	scan->last_span = -1;
	active_scan = scan;
}

void
gr_scan_deactivate(GrScan *scan)
{
	if (active_scan == scan)
		active_scan = NULL;
}

GrScan *
gr_active_scan(const char *token, int len)
{
	GrScan	   *scan = active_scan;

	if (scan == NULL || scan->last_span < 0 ||
		token != scan->text + scan->last.byte_start ||
		len != scan->last.byte_len)
		return NULL;
	return scan;
}
