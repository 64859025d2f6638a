/*
 * fuzz_section_in.c
 *		libFuzzer harness for report_section's text syntax: any input either
 *		fails cleanly or parses to valid levels whose canonical text parses
 *		back to the same levels and prints the same.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "section_syntax.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	SectionLevel a[SECTION_MAX_DEPTH];
	SectionLevel b[SECTION_MAX_DEPTH];
	char		text[SECTION_MAX_DEPTH * SECTION_MAX_LEVEL_BYTES + 1];
	char		again[SECTION_MAX_DEPTH * SECTION_MAX_LEVEL_BYTES + 1];
	SectionParseError error = SECTION_PARSE_OK;
	int			n,
				m;
	size_t		len;

	/* the input function sees a NUL-terminated string: stop at a NUL */
	len = strnlen((const char *) data, size);
	n = section_parse((const char *) data, len, a, SECTION_MAX_DEPTH, &error);
	if (n < 0)
	{
		assert(error != SECTION_PARSE_OK);
		return 0;
	}
	assert(n <= SECTION_MAX_DEPTH);
	for (int i = 0; i < n; i++)
		assert(section_level_valid(&a[i]));

	len = section_format(a, n, text);
	assert(len == strlen(text));
	assert(len <= (size_t) n * SECTION_MAX_LEVEL_BYTES);
	m = section_parse(text, len, b, SECTION_MAX_DEPTH, &error);
	if (m != n || memcmp(a, b, n * sizeof(SectionLevel)) != 0)
	{
		fprintf(stderr, "round trip failed: \"%.*s\" -> \"%s\"\n", (int) size, data, text);
		abort();
	}
	assert(section_compare(a, n, b, m) == 0);
	section_format(b, m, again);
	assert(strcmp(text, again) == 0);

	/* a prefix sorts before the path itself */
	if (n > 0)
		assert(section_compare(a, n - 1, a, n) < 0 && section_compare(a, n, a, n - 1) > 0);

	/* document-mode marker scanning stays inside the input */
	{
		SectionLevel level;
		size_t		used = section_scan_marker((const char *) data, size, true, &level);

		assert(used <= size);
		if (used > 0)
			assert(section_level_valid(&level));
	}
	return 0;
}
