/*
 * fuzz_load.c
 *		libFuzzer harness for govreport-load's parsers of untrusted files:
 *		encoding detection and conversion (tools/load/decode.c), then HTML
 *		stripping (tools/load/html.c) of whatever text came out, exactly as
 *		the loader chains them.  No server and no libpq involved.
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
		size_t		outlen = 0;
		char	   *text;

		/* The decoded text must be NUL-terminated UTF-8 of the stated length. */
		if (strlen(dec.text) != dec.len)
			abort();
		text = load_strip_html(dec.text, dec.len, &outlen);
		if (text != NULL && (outlen > dec.len || strlen(text) != outlen))
			abort();
		free(text);
		load_decoded_free(&dec);
	}
	return 0;
}
