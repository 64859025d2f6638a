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
	check_span(f->indicator_gap, c->len);
	if (f->indicator_gap.end > f->indicator_gap.start &&
		(f->indicator_gap.start < f->indicator.start || f->indicator_gap.end > f->indicator.end))
		abort();				/* a gap lies inside the indicator */
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

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Check		c = {size, -1};
	char	   *copy = malloc(size ? size : 1);

	/* an exact-size copy so ASan sees any read past the end */
	memcpy(copy, data, size);
	/* the figures without an outline, then with the outline of the text */
	zh_extract_figures(copy, size, NULL, emit, &c);
	if (fuzz_valid_text(data, size))
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
