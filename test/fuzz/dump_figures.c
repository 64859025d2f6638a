/*
 * dump_figures.c
 *		Standalone driver: print the figures the extractor finds in a file,
 *		one TSV line each (development and gold checking aid).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "postgres.h"

#include "metrics.h"
#include "outline_scan.h"

static const char *doc;

static void
print_span(ZhSpan sp)
{
	fwrite(doc + sp.start, 1, sp.end - sp.start, stdout);
	putchar('\t');
}

/* The indicator, less its gap (the text extract_metrics returns). */
static void
print_indicator(ZhSpan sp, ZhSpan gap)
{
	if (gap.end > gap.start && gap.start >= sp.start && gap.end <= sp.end)
	{
		fwrite(doc + sp.start, 1, gap.start - sp.start, stdout);
		sp.start = gap.end;
	}
	print_span(sp);
}

static void
print_number(bool has, const ZhNumber *n)
{
	char		buf[ZH_NUMBER_BUFLEN];

	if (has)
	{
		zh_number_to_string(n, buf);
		fputs(buf, stdout);
	}
	putchar('\t');
}

static void
emit(const ZhFigure *f, void *arg)
{
	printf("%s\t%ld\t%ld\t", (const char *) arg, f->char_start, f->char_end);
	print_span(f->mention);
	print_indicator(f->indicator, f->indicator_gap);
	print_number(f->has_value, &f->value);
	printf("%s\t%s\t", f->unit, zh_qualifier_names[f->qualifier]);
	print_number(f->has_low, &f->low);
	print_number(f->has_high, &f->high);
	printf("%s\t%s\t", f->change ? f->change : "", f->is_target < 0 ? "" : (f->is_target ? "t" : "f"));
	print_span(f->baseline);
	print_span(f->period);
	printf("%d\n", f->year);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
	{
		FILE	   *fp = fopen(argv[i], "rb");
		char	   *buf;
		long		n;
		const char *base = strrchr(argv[i], '/');

		if (!fp)
			return 1;
		fseek(fp, 0, SEEK_END);
		n = ftell(fp);
		fseek(fp, 0, SEEK_SET);
		buf = malloc(n + 1);
		if (fread(buf, 1, n, fp) != (size_t) n)
			return 1;
		fclose(fp);
		doc = buf;
		{
			/* as extract_metrics does, but on the text as written (no
			 * normal form without the lexicon) */
			Outline		o;

			memset(&o, 0, sizeof(o));
			outline_scan_normal(buf, n, &o);
			zh_extract_figures(buf, n, &o, emit, (void *) (base ? base + 1 : argv[i]));
		}
		free(buf);
	}
	return 0;
}
