/*
 * dump_outline.c
 *		Standalone driver: print the outline of each file given, one TSV
 *		line per section (development and gold checking aid):
 *		file, char_start, depth, kind, role, year_from, year_to, label,
 *		heading (first 40 characters).  A first line per file gives its
 *		report_year.  Build: bash test/fuzz/build.sh dump_outline.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "postgres.h"
#include "outline_scan.h"

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0)
	{
		perror(path);
		exit(1);
	}
	rewind(f);
	buf = malloc(n + 1);
	if (buf == NULL || fread(buf, 1, n, f) != (size_t) n)
	{
		perror(path);
		exit(1);
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

static void
print_label(const Outline *o, int i)
{
	SectionLevel levels[SECTION_MAX_DEPTH];
	char		buf[SECTION_MAX_DEPTH * SECTION_MAX_LEVEL_BYTES + 1];
	int			depth = o->sections[i].depth;

	for (int d = depth; d > 0 && i > 0; d--)
	{
		levels[d - 1] = o->sections[i].level;
		i = o->sections[i].parent;
	}
	section_format(levels, depth, buf);
	fputs(buf, stdout);
}

int
main(int argc, char **argv)
{
	for (int a = 1; a < argc; a++)
	{
		size_t		len;
		char	   *doc = read_file(argv[a], &len);
		Outline		o;
		OutlineInfo info;

		outline_scan(doc, len, &o);
		outline_info(doc, len, &info);
		printf("%s\treport_year\t%d\t%s\t%s\n", argv[a], o.report_year,
			   info.region ? info.region : "", info.speaker ? info.speaker : "");
		for (int i = 0; i < o.nsections; i++)
		{
			const OutlineSection *s = &o.sections[i];
			int64_t		n = 0;

			printf("%s\t%ld\t%d\t%s\t%s\t%d\t%d\t", argv[a], (long) s->char_start,
				   s->heading_depth, outline_kind_name(s->kind),
				   outline_role_name(s->role), s->year_from, s->year_to);
			print_label(&o, i);
			putchar('\t');
			for (size_t p = s->head_start; p < s->head_end && n < 40; p++)
			{
				if (doc[p] == '\n' || doc[p] == '\t' || doc[p] == '\r')
					putchar(' ');
				else
					putchar(doc[p]);
				if (((unsigned char) doc[p] & 0xC0) != 0x80)
					n++;
			}
			putchar('\n');
		}
		fuzz_reset();
		free(doc);
	}
	return 0;
}
