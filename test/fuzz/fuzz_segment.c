/*
 * fuzz_segment.c
 *		libFuzzer harness for the segmenter: any bytes in (valid UTF-8 or
 *		not), and the spans must be in order, inside the input, non-empty,
 *		with only whitespace between them and character offsets that agree
 *		with the bytes.
 *
 * Build: bash test/fuzz/build.sh fuzz_segment (run by test/t/segment-fuzz.sh).
 */
#include "postgres.h"

#include "lexicon.h"
#include "segment.h"

/* Characters in s[0..len): lead bytes (what the segmenter counts). */
static int
count_chars(const unsigned char *s, int len)
{
	int			n = 0;

	for (int i = 0; i < len; i++)
		n += (s[i] & 0xC0) != 0x80;
	return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *s = data;
	int			len = (int) size;
	int			n;
	ZhToken    *t;
	int			prev_end = 0;
	bool		valid;

	if (size > 1 << 20)
		return 0;
	valid = fuzz_valid_text(s, len);
	t = zh_segment_text((const char *) data, len, &n);
	for (int i = 0; i < n; i++)
	{
		if (t[i].byte_len <= 0 || t[i].byte_start < prev_end ||
			t[i].byte_start + t[i].byte_len > len || t[i].char_len <= 0 ||
			t[i].kind < ZH_TOKEN_WORD || t[i].kind > ZH_TOKEN_SCRIPT)
			abort();
		/* between spans: nothing that is not whitespace (ASCII check) */
		for (int b = prev_end; b < t[i].byte_start; b++)
			if (s[b] >= 0x21 && s[b] < 0x7F)
				abort();
		if (valid)
		{
			if (t[i].char_start != count_chars(s, t[i].byte_start) ||
				t[i].char_len != count_chars(s + t[i].byte_start, t[i].byte_len))
				abort();
			if ((s[t[i].byte_start] & 0xC0) == 0x80)
				abort();
		}
		prev_end = t[i].byte_start + t[i].byte_len;
	}
	for (int b = prev_end; b < len; b++)
		if (s[b] >= 0x21 && s[b] < 0x7F)
			abort();
	pfree(t);
	fuzz_reset();				/* what the end of a query frees */
	return 0;
}
