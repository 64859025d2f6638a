/*
 * fuzz_metrics.c
 *		libFuzzer harness for the figure extractor (src/metrics.c), built
 *		without the server:
 *		bash test/fuzz/build.sh fuzz_metrics
 * (the figure sources and the outline's, which decides targets and years).
 *
 * The server only hands the extractor valid UTF-8, but the scan must stay
 * inside the buffer whatever it gets, so the harness feeds raw bytes too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "postgres.h"

#include "metrics.h"
#include "outline_scan.h"

typedef struct Check
{
	size_t		len;
	long		last_start;
} Check;

static void
check_span(ZhSpan sp, size_t len)
{
	if (sp.start > sp.end || sp.end > len)
		abort();
}

static void
emit(const ZhFigure *f, void *arg)
{
	Check	   *c = (Check *) arg;
	char		buf[ZH_NUMBER_BUFLEN];

	check_span(f->mention, c->len);
	check_span(f->indicator, c->len);
	check_span(f->baseline, c->len);
	check_span(f->period, c->len);
	if (f->mention.end <= f->mention.start || f->char_start > f->char_end ||
		f->char_end > (long) c->len || f->unit == NULL || f->unit_info == NULL)
		abort();
	if (!f->has_value && f->qualifier != ZQ_RANGE)
		abort();
	if (f->has_value)
		zh_number_to_string(&f->value, buf);
	if (f->has_low)
		zh_number_to_string(&f->low, buf);
	if (f->has_high)
		zh_number_to_string(&f->high, buf);
}

/* The outline scanner reads valid UTF-8 only, as the server gives it. */
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
	Check		c = {size, -1};
	char	   *copy = malloc(size ? size : 1);

	/* an exact-size copy so ASan sees any read past the end */
	memcpy(copy, data, size);
	/* the figures without an outline, then with the outline of the text */
	zh_extract_figures(copy, size, NULL, emit, &c);
	if (valid_utf8(data, size))
	{
		Outline		o;

		memset(&o, 0, sizeof(o));
		outline_scan_normal(copy, size, &o);
		zh_extract_figures(copy, size, &o, emit, &c);
	}
	fuzz_reset();
	free(copy);
	return 0;
}
