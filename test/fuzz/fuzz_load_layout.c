/*
 * fuzz_load_layout.c
 *		libFuzzer harness for govreport-load's PDF page layout
 *		(tools/load/layout.c): the input is read as lines, each a 5-byte
 *		head (page step, left, right, top, bottom) and text up to a
 *		newline, so headers, footers, page numbers and paragraph breaks
 *		meet any geometry.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/layout.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	LoadLine   *lines = calloc(size / 6 + 1, sizeof(LoadLine));
	size_t		n = 0,
				i = 0,
				len = 0;
	int			page = 0;
	char	   *text;

	if (lines == NULL)
		return 0;
	while (i + 5 <= size)
	{
		const uint8_t *h = data + i;
		const char *t = (const char *) data + i + 5;
		const char *nl = memchr(t, '\n', size - i - 5);
		size_t		tl = nl ? (size_t) (nl - t) : size - i - 5;

		page += h[0] & 3;
		lines[n].page = page;
		lines[n].x0 = h[1] * 2.0;
		lines[n].x1 = lines[n].x0 + h[2] * 2.0;
		lines[n].y0 = h[3] * 3.0;
		lines[n].y1 = lines[n].y0 + (h[4] & 31);
		lines[n].text = t;
		lines[n].len = tl;
		n++;
		i += 5 + tl + (nl ? 1 : 0);
	}
	text = load_layout_text(lines, n, &len);
	if (text != NULL && len > size + n * 2 + 1)
		abort();
	free(text);
	free(lines);
	return 0;
}
