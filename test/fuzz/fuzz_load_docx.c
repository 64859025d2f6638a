/*
 * fuzz_load_docx.c
 *		libFuzzer harness for govreport-load's Word reader
 *		(tools/load/docx.c): an input that starts like a zip archive goes
 *		through libzip and then the XML; any other input is read as
 *		word/document.xml itself.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "load/docx.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		err[400];
	size_t		len = 0;
	char	   *text;

	if (size >= 4 && memcmp(data, "PK\003\004", 4) == 0)
		text = load_docx_text(data, size, &len, err, sizeof(err));
	else
		text = load_docx_xml_text((const char *) data, size, &len, err, sizeof(err));
	if (text != NULL && strlen(text) != len)
		abort();
	free(text);
	return 0;
}
