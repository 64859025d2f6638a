/*
 * segment_bare.c
 *		The segmenter without the server: MB/s of zh_segment_text() over a
 *		file, one call per line (as the SQL benchmark's rows), per second of
 *		CPU time on one core (the machine is shared, wall time is noisy).
 *		Built by bench/segment.sh through test/fuzz/build.sh.
 *
 *	usage: segment_bare FILE [REPS]
 */
#include "postgres.h"

#include <time.h>

#include "lexicon.h"
#include "segment.h"

int
main(int argc, char **argv)
{
	FILE	   *f;
	char	   *buf;
	long		size;
	int			reps = argc > 2 ? atoi(argv[2]) : 5;
	struct timespec t0,
				t1;
	long		tokens = 0;
	double		secs;

	if (argc < 2 || (f = fopen(argv[1], "rb")) == NULL)
	{
		fprintf(stderr, "usage: segment_bare FILE [REPS]\n");
		return 1;
	}
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	buf = malloc(size + 1);
	if (fread(buf, 1, size, f) != (size_t) size)
		return 1;
	fclose(f);
	zh_lexicon_get();
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	for (int r = 0; r < reps; r++)
	{
		long		p = 0;

		while (p < size)
		{
			char	   *nl = memchr(buf + p, '\n', size - p);
			long		end = nl ? nl - buf : size;
			int			n;
			ZhToken    *t = zh_segment_text(buf + p, (int) (end - p), &n);

			tokens += n;
			pfree(t);
			p = end + 1;
		}
	}
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("bare segmenter: %.1f MB/s (%.1f MB x %d, %ld spans)\n",
		   size * (double) reps / 1e6 / secs, size / 1e6, reps, tokens / reps);
	return 0;
}
