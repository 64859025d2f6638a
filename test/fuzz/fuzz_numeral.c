/*
 * fuzz_numeral.c
 *		libFuzzer harness for the numeral parser (src/numeral.c), built
 *		without the server:
 *		clang-14 -fsanitize=fuzzer,address -Isrc test/fuzz/fuzz_numeral.c src/numeral.c
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "numeral.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ZhNumber	n;
	size_t		consumed = 0;
	char		buf[ZH_NUMBER_BUFLEN];

	for (int flags = 0; flags < 16; flags++)
	{
		ZhParseResult r = zh_parse_number((const char *) data, size, flags, &n, &consumed);

		if (consumed > size)
			abort();
		if (r == ZH_OK)
		{
			if (n.ndigits < 0 || n.ndigits > ZH_MAX_DIGITS ||
				n.exp10 > ZH_MAX_EXP || n.exp10 < -ZH_MAX_EXP)
				abort();
			zh_number_to_string(&n, buf);
			if (strlen(buf) >= sizeof(buf))
				abort();
			/* what we print must read back as the same number */
			{
				ZhNumber	m;
				size_t		c2;

				if (zh_parse_number(buf, strlen(buf), ZH_ALLOW_SIGN, &m, &c2) != ZH_OK ||
					c2 != strlen(buf) || zh_number_cmp(&n, &m) != 0)
					abort();
			}
		}
	}
	{
		size_t		c;

		(void) zh_parse_scale((const char *) data, size, &c);
		if (c > size)
			abort();
	}
	return 0;
}
