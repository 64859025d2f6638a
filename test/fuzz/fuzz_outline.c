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

static bool
valid_utf8(const uint8_t *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		uint8_t		c = s[i];
		size_t		n;
		uint32_t	cp;

		if (c == 0)
			return false;		/* text values hold no NUL */
		if (c < 0x80)
		{
			i++;
			continue;
		}
		else if ((c & 0xE0) == 0xC0)
			n = 2, cp = c & 0x1F;
		else if ((c & 0xF0) == 0xE0)
			n = 3, cp = c & 0x0F;
		else if ((c & 0xF8) == 0xF0)
			n = 4, cp = c & 0x07;
		else
			return false;
		if (i + n > len)
			return false;
		for (size_t k = 1; k < n; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) ||
			(n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return false;
		i += n;
	}
	return true;
}

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

	if (!valid_utf8(data, size))
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
