/*
 * fuzz_outline.c
 *		libFuzzer harness for the outline scanner, report_info and
 *		report_clean, on valid UTF-8 (the server checks encoding first).
 *		Checks the invariants SQL users rely on: sections in text order,
 *		tiling the content, offsets inside the document, valid levels, and
 *		clean text that cleans to itself.
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "postgres.h"
#include "outline_scan.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *doc = (const char *) data;
	Outline		o;
	OutlineInfo info;
	size_t		n1,
				n2;
	char	   *clean;
	char	   *clean2;

	if (!fuzz_valid_text(data, size))
		return 0;

	outline_scan(doc, size, &o);
	assert(o.content_start <= o.content_end || o.nsections == 0);
	for (int i = 0; i < o.nsections; i++)
	{
		OutlineSection *s = &o.sections[i];

		assert(s->start <= s->end && s->end <= size);
		assert(s->head_start <= s->head_end && s->head_end <= s->end);
		assert(s->body_start <= s->end);
		assert(s->char_start <= s->char_end);
		assert(s->depth >= 0 && s->depth <= SECTION_MAX_DEPTH);
		if (i > 0)
		{
			assert(s->start >= o.sections[i - 1].start);
			assert(o.sections[i - 1].end == s->start);
			assert(s->depth >= 1 && section_level_valid(&s->level));
			assert(s->parent >= 0 && s->parent < i);
			assert(s->depth == o.sections[s->parent].depth + 1 || s->parent == 0);
			/* leads and items have their heading's depth, headings one more */
			assert(s->heading_depth == o.sections[s->parent].heading_depth ||
				   s->heading_depth == o.sections[s->parent].heading_depth + 1);
		}
		assert(s->heading_depth >= 0 && s->heading_depth <= s->depth);
		assert((int) s->kind >= OUTLINE_KIND_PREAMBLE && s->kind <= OUTLINE_KIND_APPENDIX);
		assert((int) s->role >= OUTLINE_ROLE_OTHER && s->role <= OUTLINE_ROLE_CLOSING);
		assert(s->year_from <= s->year_to);
		assert((s->year_from == 0) == (s->year_to == 0));
		(void) outline_normalise(doc, s->body_start, s->end, true, &n1);
	}

	outline_info(doc, size, &info);
	if (info.report_year != 0)
		assert(info.report_year >= 1000 && info.report_year <= 9999 + 1);
	assert(info.report_year == o.report_year);

	clean = outline_clean(doc, size, &n1);
	assert(n1 <= size + size / 2 + 2);
	assert(strlen(clean) == n1);
	clean2 = outline_clean(clean, n1, &n2);
	if (n1 != n2 || memcmp(clean, clean2, n1) != 0)
	{
		fprintf(stderr, "report_clean is not idempotent\n");
		abort();
	}
	fuzz_reset();
	return 0;
}
