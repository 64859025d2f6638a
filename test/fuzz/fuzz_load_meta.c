/*
 * fuzz_load_meta.c
 *		libFuzzer harness for govreport-load's metadata readers
 *		(tools/load/meta.c): the sidecar CSV, the same bytes as a path to
 *		guess year and region from, and as a file name to make UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/meta.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		err[400];
	LoadMetaSet set;
	LoadPathGuess g;
	char	   *s = malloc(size + 1);
	char	   *name;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (load_meta_parse(s, size, &set, err, sizeof(err)) == 0)
	{
		for (size_t i = 0; i < set.n; i++)
			if (set.rows[i].field[LOAD_META_PATH] == NULL ||
				load_meta_find(&set, set.rows[i].field[LOAD_META_PATH]) == NULL)
				abort();
		load_meta_free(&set);
	}
	load_path_guess(s, &g);
	if (strlen(g.region) >= sizeof(g.region) || strlen(g.chain) >= sizeof(g.chain))
		abort();
	name = load_name_utf8(s);
	free(name);
	free(s);
	return 0;
}
