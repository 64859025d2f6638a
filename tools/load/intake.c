/*
 * intake.c
 *		Which form a file is in, by its first bytes, and its text.
 *
 * %PDF- (in the first kilobyte, as readers accept it) is a PDF; PK\3\4 a zip
 * archive, read as a Word document; the OLE2 signature of Word 97-2003
 * (.doc) and {\rtf are refused with what to do; everything else is text:
 * its encoding found (decode.c), a web page reduced to its article
 * (html.c).  A text with nothing but blanks is refused.
 */
#include "intake.h"
#include "decode.h"
#include "docx.h"
#include "html.h"
#include "pdf.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
is_pdf(const unsigned char *d, size_t n)
{
	size_t		lim = n < 1024 ? n : 1024;

	for (size_t i = 0; i + 5 <= lim; i++)
		if (memcmp(d + i, "%PDF-", 5) == 0)
			return true;
	return false;
}

/* Nothing but blanks (ASCII, U+00A0, U+3000, BOM)? */
static bool
only_blanks(const char *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
			i++;
		else if (c == 0xC2 && i + 1 < n && (unsigned char) s[i + 1] == 0xA0)
			i += 2;
		else if (i + 2 < n && ((c == 0xE3 && (unsigned char) s[i + 1] == 0x80 &&
								(unsigned char) s[i + 2] == 0x80) ||
							   (c == 0xEF && (unsigned char) s[i + 1] == 0xBB &&
								(unsigned char) s[i + 2] == 0xBF)))
			i += 3;
		else
			return false;
	}
	return true;
}

static int
fail(LoadText *out, const char *msg)
{
	snprintf(out->error, sizeof(out->error), "%s", msg);
	load_text_free(out);
	return -1;
}

/* Plain text or a web page. */
static int
intake_text(const unsigned char *data, size_t len, const char *forced, LoadText *out)
{
	LoadDecoded dec;
	char		charset[40];
	const char *hint = load_declared_charset(data, len, charset, sizeof(charset));

	if (load_decode(data, len, forced, hint, &dec) != 0)
		return fail(out, dec.error);
	memcpy(out->warning, dec.warning, sizeof(out->warning));
	out->encoding = dec.encoding;
	if (load_looks_like_html(dec.text, dec.len))
	{
		LoadPage	page;

		out->format = "html";
		if (load_html_extract(dec.text, dec.len, &page) != 0)
		{
			load_decoded_free(&dec);
			return fail(out, "out of memory");
		}
		load_decoded_free(&dec);
		out->text = page.text;
		out->len = page.len;
		out->title = page.title;
		out->published = page.published;
		if (only_blanks(out->text, out->len))
			return fail(out, "the web page has no text");
		return 0;
	}
	out->format = "text";
	out->text = dec.text;
	out->len = dec.len;
	if (only_blanks(out->text, out->len))
		return fail(out, "only blanks in the file: no text to load");
	return 0;
}

int
load_intake(const unsigned char *data, size_t len, const char *forced, LoadText *out)
{
	char		err[400];

	memset(out, 0, sizeof(*out));
	if (len == 0)
		return fail(out, "empty file");
	if (is_pdf(data, len))
	{
		out->format = "pdf";
		out->encoding = "PDF";
		out->text = load_pdf_text(data, len, &out->len, err, sizeof(err));
		if (out->text == NULL)
			return fail(out, err);
		if (only_blanks(out->text, out->len))
			return fail(out, "the PDF has no text layer (a scanned document?); run OCR on it first (for example ocrmypdf), then load the result");
		return 0;
	}
	if (len >= 4 && memcmp(data, "PK\003\004", 4) == 0)
	{
		out->format = "docx";
		out->encoding = "DOCX";
		out->text = load_docx_text(data, len, &out->len, err, sizeof(err));
		if (out->text == NULL)
			return fail(out, err);
		if (only_blanks(out->text, out->len))
			return fail(out, "the Word document has no text");
		return 0;
	}
	if (len >= 8 && memcmp(data, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) == 0)
		return fail(out, "a Word 97-2003 (.doc) or other OLE file: not read; save it as .docx "
					"(for example: libreoffice --headless --convert-to docx FILE) and load that");
	if (len >= 5 && memcmp(data, "{\\rtf", 5) == 0)
		return fail(out, "an RTF document: not read; save it as .docx and load that");
	return intake_text(data, len, forced, out);
}

void
load_text_free(LoadText *t)
{
	free(t->text);
	free(t->title);
	free(t->published);
	t->text = t->title = t->published = NULL;
	t->len = 0;
}
