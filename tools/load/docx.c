/*
 * docx.c
 *		The text of a Word document: word/document.xml of the zip, read
 *		with libxml2 without network access or entity expansion.
 */
#include "docx.h"
#include "textbuf.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#define MAX_DEPTH 256

static bool
is(xmlNodePtr n, const char *local)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *) n->name, local) == 0;
}

/* Write the text under n; in_cell: paragraphs inside a table cell. */
static void
walk(TextBuf *tb, xmlNodePtr n, bool in_cell, int depth)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		if (c->type != XML_ELEMENT_NODE || depth >= MAX_DEPTH)
			continue;
		if (is(c, "t"))
		{
			for (xmlNodePtr t = c->children; t != NULL; t = t->next)
				if ((t->type == XML_TEXT_NODE || t->type == XML_CDATA_SECTION_NODE) && t->content)
					tb_text(tb, (const char *) t->content, strlen((const char *) t->content));
		}
		else if (is(c, "tab"))
			tb_space(tb);
		else if (is(c, "br") || is(c, "cr"))
			tb_line(tb);
		else if (is(c, "delText") || is(c, "instrText") || is(c, "Fallback") ||
				 is(c, "footnoteReference") || is(c, "endnoteReference"))
			continue;			/* deleted text, field codes, duplicates */
		else if (is(c, "p"))
		{
			if (in_cell)
				tb_space(tb);
			else
				tb_para(tb);
			walk(tb, c, in_cell, depth + 1);
			if (!in_cell)
				tb_para(tb);
		}
		else if (is(c, "tc"))
		{
			tb_space(tb);
			walk(tb, c, true, depth + 1);
		}
		else if (is(c, "tr"))
		{
			tb_para(tb);
			walk(tb, c, false, depth + 1);
			tb_para(tb);
		}
		else
			walk(tb, c, in_cell, depth + 1);
	}
}

char *
load_docx_xml_text(const char *xml, size_t len, size_t *outlen, char *err,
				   size_t errsize)
{
	xmlDocPtr	doc;
	xmlNodePtr	root;
	TextBuf		tb;
	char	   *text;

	if (len > LOAD_MAX_DOCX_PART)
	{
		snprintf(err, errsize, "the document's text part is too large");
		return NULL;
	}
	/* No XML_PARSE_NOENT (entities are not expanded), no network. */
	doc = xmlReadMemory(xml, (int) len, "document.xml", NULL,
						XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL)
	{
		if (doc)
			xmlFreeDoc(doc);
		snprintf(err, errsize, "not a Word document: word/document.xml is not well-formed XML");
		return NULL;
	}
	tb_init(&tb);
	walk(&tb, root, false, 0);
	xmlFreeDoc(doc);
	text = tb_finish(&tb, outlen);
	if (text == NULL)
		snprintf(err, errsize, "out of memory");
	return text;
}

char *
load_docx_text(const unsigned char *data, size_t len, size_t *outlen, char *err,
			   size_t errsize)
{
	zip_error_t zerr;
	zip_source_t *src;
	zip_t	   *za;
	zip_int64_t idx;
	zip_file_t *zf;
	char	   *xml;
	size_t		n = 0;
	char	   *text;

	zip_error_init(&zerr);
	src = zip_source_buffer_create(data, len, 0, &zerr);
	if (src == NULL)
	{
		snprintf(err, errsize, "cannot read the zip archive: %s", zip_error_strerror(&zerr));
		zip_error_fini(&zerr);
		return NULL;
	}
	za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
	if (za == NULL)
	{
		snprintf(err, errsize, "cannot read the zip archive: %s", zip_error_strerror(&zerr));
		zip_source_free(src);
		zip_error_fini(&zerr);
		return NULL;
	}
	zip_error_fini(&zerr);
	idx = zip_name_locate(za, "word/document.xml", 0);
	if (idx < 0)
	{
		snprintf(err, errsize, "a zip archive but not a Word document (no word/document.xml)");
		zip_discard(za);
		return NULL;
	}
	zf = zip_fopen_index(za, (zip_uint64_t) idx, 0);
	if (zf == NULL)
	{
		snprintf(err, errsize, "cannot read word/document.xml: %s", zip_strerror(za));
		zip_discard(za);
		return NULL;
	}
	/* Read at most the limit, whatever the archive claims the size is. */
	xml = malloc(1 << 16);
	for (size_t cap = 1 << 16; xml != NULL;)
	{
		zip_int64_t got;

		if (n == cap)
		{
			char	   *nx;

			if (cap >= LOAD_MAX_DOCX_PART)
			{
				snprintf(err, errsize, "the document's text part is larger than %zu MB uncompressed",
						 LOAD_MAX_DOCX_PART >> 20);
				free(xml);
				zip_fclose(zf);
				zip_discard(za);
				return NULL;
			}
			cap *= 2;
			nx = realloc(xml, cap);
			if (nx == NULL)
			{
				free(xml);
				xml = NULL;
				break;
			}
			xml = nx;
		}
		got = zip_fread(zf, xml + n, cap - n);
		if (got < 0)
		{
			snprintf(err, errsize, "cannot read word/document.xml: %s", zip_file_strerror(zf));
			free(xml);
			zip_fclose(zf);
			zip_discard(za);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t) got;
	}
	zip_fclose(zf);
	zip_discard(za);
	if (xml == NULL)
	{
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	text = load_docx_xml_text(xml, n, outlen, err, errsize);
	free(xml);
	return text;
}
