/*
 * fuzz_load.c
 *		libFuzzer harness for govreport-load's readers of untrusted text
 *		files: encoding detection and conversion (tools/load/decode.c),
 *		then, as the loader chains them, the web-page reader (libxml2's
 *		HTML parser and the article extraction of tools/load/html.c).  No
 *		server and no libpq involved.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/decode.h"
#include "load/html.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	LoadDecoded dec;
	char		charset[40];
	const char *hint = load_declared_charset(data, size, charset, sizeof(charset));

	if (load_decode(data, size, NULL, hint, &dec) == 0)
	{
		LoadPage	page;

		/* The decoded text must be NUL-terminated UTF-8 of the stated length. */
		if (strlen(dec.text) != dec.len)
			abort();
		/* Every input is read as a page, whether or not it looks like one. */
		if (load_html_extract(dec.text, dec.len, &page) == 0)
		{
			if (strlen(page.text) != page.len)
				abort();
			if (page.published && strlen(page.published) != 10)
				abort();
			load_page_free(&page);
		}
		load_decoded_free(&dec);
	}
	return 0;
}
