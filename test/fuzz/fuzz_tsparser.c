/*
 * fuzz_tsparser.c
 *		libFuzzer harness for the text search parser's scan and the token
 *		normaliser (src/scan.c, src/normalize.c), built without the server.
 *
 * The input's first byte chooses how the stand-in segmenter below cuts the
 * (normalised) text: into characters, into byte ranges of arbitrary length
 * (so spans may start inside a character or overlap what normalisation
 * changed), or with gaps.  The scan must then still give tokens that put
 * end to end are exactly the input, with consistent character offsets, and
 * every token and every run must normalise without fault.
 *
 * Build: see test/fuzz/build.sh.
 */
#include "postgres.h"

#include "normalize.h"
#include "scan.h"

/* The cut pattern for the stand-in segmenter, set per input. */
static const uint8 *cut_pattern;
static size_t cut_pattern_len;

/*
 * Stand-in segmenter: cuts the text into spans whose lengths and kinds come
 * from the fuzz input, with occasional gaps, to exercise every way the
 * scan's offset mapping can be hit.
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
		uint8		c = cut_pattern_len ? cut_pattern[k++ % cut_pattern_len] : 3;
		int			span = 1 + (c & 7);

		if (c & 0x80)
		{
			pos += 1 + ((c >> 3) & 1);	/* a gap, as for whitespace */
			continue;
		}
		if (span > len - pos)
			span = len - pos;
		t[n].byte_start = pos;
		t[n].byte_len = span;
		t[n].char_start = pos;
		t[n].char_len = span;
		t[n].kind = 1 + ((c >> 3) % 6);
		t[n].pos = 0;
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GrScan		scan;
	GrScanToken tok;
	const char *text;
	int			len;
	int			expect_byte = 0;
	int			expect_char = 0;
	size_t		npat;

	if (size < 1)
		return 0;
	npat = 1 + data[0] % 8;
	if (npat > size - 1)
		npat = size - 1;
	cut_pattern = data + 1;
	cut_pattern_len = npat;
	text = (const char *) data + 1 + npat;
	len = (int) (size - 1 - npat);

	/* The whole text through the normaliser, both flavours. */
	{
		int			outlen;
		char	   *norm = gr_normalize(text, len, &outlen);
		GrOffsetMap map;

		if (norm)
			pfree(norm);
		norm = gr_normalize_for_segmenting(text, len, &outlen, &map);
		if (norm)
		{
			int			hint = 0;

			for (int b = 0; b <= outlen; b++)
			{
				int			o = gr_offset_to_original(&map, b, b & 1, &hint);

				if (o < 0 || o > len)
					abort();
			}
			pfree(norm);
			pfree(map.norm_start);
			pfree(map.norm_len);
			pfree(map.orig_start);
			pfree(map.orig_len);
		}
	}

	gr_scan_init(&scan, text, len);
	gr_scan_activate(&scan);
	while (gr_scan_next(&scan, &tok))
	{
		int			ends[GR_MAX_RUN_TOKENS];
		int			nruns;
		char	   *t;

		/* Tokens tile the input exactly. */
		if (tok.byte_start != expect_byte || tok.byte_len <= 0 ||
			tok.byte_start + tok.byte_len > len ||
			tok.char_start != expect_char || tok.char_len <= 0)
			abort();
		expect_byte += tok.byte_len;
		expect_char += tok.char_len;

		/* The dictionary's view: it finds the scan for every span token. */
		if ((gr_active_scan(text + tok.byte_start, tok.byte_len) == &scan) !=
			(tok.kind != GR_KIND_BLANK))
			abort();
		t = NULL;
		{
			int			outlen;

			t = gr_normalize(text + tok.byte_start, tok.byte_len, &outlen);
			if (t)
				pfree(t);
		}
		nruns = gr_scan_runs(&scan, ends, GR_MAX_RUN_TOKENS - 1);
		for (int i = 0; i < nruns; i++)
		{
			int			outlen;

			if (ends[i] <= tok.byte_start + tok.byte_len || ends[i] > len ||
				(i > 0 && ends[i] <= ends[i - 1]))
				abort();
			t = gr_normalize(text + tok.byte_start, ends[i] - tok.byte_start, &outlen);
			if (t)
				pfree(t);
		}
	}
	if (expect_byte != len)
		abort();
	gr_scan_deactivate(&scan);
	gr_scan_free(&scan);
	return 0;
}
