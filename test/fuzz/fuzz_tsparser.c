/*
 * fuzz_tsparser.c
 *		libFuzzer harness for the text search parser's scan and the token
 *		normaliser (src/scan.c, src/normalize.c), built without the server.
 *
 * The input's first byte chooses how the stand-in segmenter (stand_in_segmenter.c) cuts the
 * (normalised) text: into characters, into byte ranges of arbitrary length
 * (so spans may start inside a character or overlap what normalisation
 * changed), or with gaps.  The scan must then still give tokens that put
 * end to end are exactly the input, with consistent character offsets, and
 * every token must normalise without fault.  The lexemes the dictionary
 * gives token by token (gr_token_keys) must be, in order, exactly those of
 * the whole text (gr_text_keys, what zh_tsvector indexes): that is what
 * makes zh_tsvector equal to to_tsvector('govreport').
 *
 * Build: see test/fuzz/build.sh.
 */
#include "postgres.h"

#include "normalize.h"
#include "scan.h"
#include "searchkeys.h"
#include "stand_in_segmenter.h"
#include "utf8.h"

static bool
same_lexeme(const GrKeyLexeme *a, const GrKeyLexeme *b)
{
	return a->len == b->len && memcmp(a->s, b->s, a->len) == 0 &&
		a->variant == b->variant && a->new_position == b->new_position &&
		a->prefix == b->prefix && a->orig == b->orig;
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
	GrKeyList	whole = {NULL, 0, 0};
	GrKeyList	by_tokens = {NULL, 0, 0};
	bool	   *boundary;
	bool		aligned = true;

	if (size < 1)
		return 0;
	npat = 1 + data[0] % 8;
	if (npat > size - 1)
		npat = size - 1;
	fuzz_cut_pattern = data + 1;
	fuzz_cut_pattern_len = npat;
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

	gr_text_keys(text, len, gr_key_list_add, &whole);
	boundary = palloc0(len + 1);
	for (int b = 0; b < len;)
	{
		uint32		cp;

		boundary[b] = true;
		b += utf8_next_char((const unsigned char *) text + b, len - b, &cp);
	}

	gr_scan_init(&scan, text, len);
	gr_scan_activate(&scan);
	while (gr_scan_next(&scan, &tok))
	{
		char	   *t;
		GrKeyLexeme *keys;
		int			nkeys;

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
		if (tok.byte_len > GR_MAX_TOKEN_BYTES)
			abort();

		/*
		 * The token's share of the lexemes.  The stand-in cuts bytes, the
		 * server's segmenter characters: compare only inputs whose tokens all
		 * start on a character.
		 */
		keys = gr_token_keys(text, len, tok.byte_start, tok.byte_len, &nkeys);
		for (int i = 0; i < nkeys; i++)
			gr_key_list_add(&by_tokens, &keys[i]);
		if (keys)
			pfree(keys);
		if (!boundary[tok.byte_start])
			aligned = false;
	}
	if (expect_byte != len)
		abort();
	if (aligned)
	{
		if (by_tokens.n != whole.n)
			abort();
		for (int i = 0; i < whole.n; i++)
			if (!same_lexeme(&by_tokens.items[i], &whole.items[i]))
				abort();
	}
	pfree(boundary);
	if (whole.items)
		pfree(whole.items);
	if (by_tokens.items)
		pfree(by_tokens.items);
	gr_scan_deactivate(&scan);
	gr_scan_free(&scan);
	return 0;
}
