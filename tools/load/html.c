/*
 * html.c
 *		Strip HTML from saved web pages.
 *
 * Not a full HTML5 parser: report pages are simple, and what matters is that
 * the text comes out in order with paragraph breaks where the page had them,
 * and that nothing the browser would not show (scripts, styles, comments,
 * attributes) leaks into the body.  Every step only moves forward through
 * the input, so the time is linear and the output never outgrows the input.
 */
#include "html.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Case-insensitive: does s (n bytes) start with the ASCII word w? */
static bool
starts_with_ci(const char *s, size_t n, const char *w)
{
	size_t		wl = strlen(w);

	return n >= wl && strncasecmp(s, w, wl) == 0;
}

bool
load_looks_like_html(const char *text, size_t len)
{
	size_t		i = 0;
	size_t		n = len < 2048 ? len : 2048;

	while (i < n && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r'))
		i++;
	if (starts_with_ci(text + i, n - i, "<!doctype html") ||
		starts_with_ci(text + i, n - i, "<html") ||
		starts_with_ci(text + i, n - i, "<?xml") ||
		starts_with_ci(text + i, n - i, "<head") ||
		starts_with_ci(text + i, n - i, "<meta"))
		return true;
	/* A fragment saved without the document head still has these. */
	for (; i + 5 < n; i++)
	{
		if (text[i] == '<' &&
			(starts_with_ci(text + i, n - i, "<html") ||
			 starts_with_ci(text + i, n - i, "<body") ||
			 starts_with_ci(text + i, n - i, "<div") ||
			 starts_with_ci(text + i, n - i, "<p>")))
			return true;
	}
	return false;
}

/* Elements whose content is not text shown to a reader. */
static const char *const hidden_elements[] = {
	"script", "style", "noscript", "template", "textarea", "select", NULL
};

/* Elements that start a new line in the text. */
static const char *const block_elements[] = {
	"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
	"table", "ul", "ol", "section", "article", "title", "header", "footer",
	"dd", "dt", "blockquote", "pre", "hr", "nav", "form", "body", "center", NULL
};

static bool
name_in(const char *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcasecmp(name, *list) == 0)
			return true;
	return false;
}

/* Append the UTF-8 form of cp to out at *o. */
static void
put_utf8(char *out, size_t *o, uint32_t cp)
{
	if (cp < 0x80)
		out[(*o)++] = (char) cp;
	else if (cp < 0x800)
	{
		out[(*o)++] = (char) (0xC0 | (cp >> 6));
		out[(*o)++] = (char) (0x80 | (cp & 0x3F));
	}
	else if (cp < 0x10000)
	{
		out[(*o)++] = (char) (0xE0 | (cp >> 12));
		out[(*o)++] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[(*o)++] = (char) (0x80 | (cp & 0x3F));
	}
	else
	{
		out[(*o)++] = (char) (0xF0 | (cp >> 18));
		out[(*o)++] = (char) (0x80 | ((cp >> 12) & 0x3F));
		out[(*o)++] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[(*o)++] = (char) (0x80 | (cp & 0x3F));
	}
}

static const struct
{
	const char *name;
	uint32_t	cp;
}			named_entities[] =
{
	{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
	{"nbsp", ' '}, {"ensp", ' '}, {"emsp", 0x3000}, {"mdash", 0x2014},
	{"ndash", 0x2013}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
	{"lsquo", 0x2018}, {"rsquo", 0x2019}, {"hellip", 0x2026},
	{"middot", 0x00B7}, {"times", 0x00D7}, {"copy", 0x00A9}, {"reg", 0x00AE},
	{"deg", 0x00B0}, {"permil", 0x2030}, {"bull", 0x2022}, {NULL, 0}
};

/*
 * Decode the entity at s[0] == '&' (n bytes left).  Returns the bytes it
 * spans and sets *cp, or 0 when it is not a complete entity (the '&' then
 * stays as it is).  Entities are at most 12 bytes, which keeps the output no
 * longer than the input: a code point takes at most 4 UTF-8 bytes and any
 * numeric entity that reaches past U+FFFF is at least 8 bytes long.
 */
static size_t
decode_entity(const char *s, size_t n, uint32_t *cp)
{
	size_t		i = 1;
	uint32_t	v = 0;
	int			digits = 0;
	size_t		max = n < 12 ? n : 12;

	if (max > 2 && s[1] == '#')
	{
		bool		hex = (max > 3 && (s[2] == 'x' || s[2] == 'X'));

		i = hex ? 3 : 2;
		for (; i < max && digits < 7; i++, digits++)
		{
			char		c = s[i];

			if (c >= '0' && c <= '9')
				v = v * (hex ? 16 : 10) + (uint32_t) (c - '0');
			else if (hex && c >= 'a' && c <= 'f')
				v = v * 16 + (uint32_t) (c - 'a' + 10);
			else if (hex && c >= 'A' && c <= 'F')
				v = v * 16 + (uint32_t) (c - 'A' + 10);
			else
				break;
		}
		if (digits == 0 || i >= max || s[i] != ';')
			return 0;
		/* NUL, surrogates and out-of-range code points become U+FFFD. */
		if (v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
			v = 0xFFFD;
		/* U+FFFD takes 3 bytes; "&#0;" takes 4, so it still fits. */
		*cp = v;
		return i + 1;
	}
	for (; i < max; i++)
	{
		char		c = s[i];

		if (c == ';')
			break;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			return 0;
	}
	if (i >= max || i == 1)
		return 0;
	{
		int			k;

		for (k = 0; named_entities[k].name != NULL; k++)
		{
			if (strlen(named_entities[k].name) == i - 1 &&
				strncmp(named_entities[k].name, s + 1, i - 1) == 0)
			{
				*cp = named_entities[k].cp;
				return i + 1;
			}
		}
	}
	return 0;
}

/* Read a tag name at s (n bytes) into name (at most size-1 chars). */
static size_t
read_tag_name(const char *s, size_t n, char *name, size_t size)
{
	size_t		i = 0,
				k = 0;

	while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
					 (s[i] >= '0' && s[i] <= '9')))
	{
		if (k + 1 < size)
			name[k++] = s[i];
		i++;
	}
	name[k] = '\0';
	return i;
}

/* Skip past the '>' that ends the tag starting at s[i], minding quotes. */
static size_t
skip_tag(const char *s, size_t n, size_t i)
{
	char		quote = 0;

	for (; i < n; i++)
	{
		if (quote)
		{
			if (s[i] == quote)
				quote = 0;
		}
		else if (s[i] == '"' || s[i] == '\'')
			quote = s[i];
		else if (s[i] == '>')
			return i + 1;
	}
	return n;
}

/* Skip to just past "</name ...>", or to the end. */
static size_t
skip_element_content(const char *s, size_t n, size_t i, const char *name)
{
	size_t		nl = strlen(name);

	for (; i + 2 + nl <= n; i++)
	{
		if (s[i] == '<' && s[i + 1] == '/' && strncasecmp(s + i + 2, name, nl) == 0)
			return skip_tag(s, n, i + 2 + nl);
	}
	return n;
}

char *
load_strip_html(const char *s, size_t n, size_t *outlen)
{
	char	   *out = malloc(n + 1);
	size_t		i = 0,
				o = 0,
				r,
				w;
	bool		space = false;	/* a blank is pending */

	if (out == NULL)
		return NULL;
	while (i < n)
	{
		char		c = s[i];

		if (c == '<' && i + 3 < n && strncmp(s + i, "<!--", 4) == 0)
		{
			const char *end = NULL;
			size_t		j;

			for (j = i + 4; j + 3 <= n; j++)
				if (s[j] == '-' && s[j + 1] == '-' && s[j + 2] == '>')
				{
					end = s + j + 3;
					break;
				}
			i = end ? (size_t) (end - s) : n;
			continue;
		}
		if (c == '<' && i + 1 < n &&
			(s[i + 1] == '/' || s[i + 1] == '!' || s[i + 1] == '?' ||
			 (s[i + 1] >= 'a' && s[i + 1] <= 'z') || (s[i + 1] >= 'A' && s[i + 1] <= 'Z')))
		{
			char		name[16];
			bool		closing = (s[i + 1] == '/');
			size_t		j = i + (closing ? 2 : 1);

			j += read_tag_name(s + j, n - j, name, sizeof(name));
			i = skip_tag(s, n, j);
			if (!closing && name_in(name, hidden_elements))
				i = skip_element_content(s, n, i, name);
			else if (name_in(name, block_elements))
			{
				out[o++] = '\n';
				space = false;
			}
			else if (strcasecmp(name, "td") == 0 || strcasecmp(name, "th") == 0)
				space = true;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
		{
			space = true;
			i++;
			continue;
		}
		if (space && o > 0 && out[o - 1] != '\n')
			out[o++] = ' ';
		space = false;
		if (c == '&')
		{
			uint32_t	cp;
			size_t		len = decode_entity(s + i, n - i, &cp);

			if (len > 0)
			{
				if (cp == ' ')
					space = true;
				else
					put_utf8(out, &o, cp);
				i += len;
				continue;
			}
		}
		out[o++] = c;
		i++;
	}

	/* Trim blanks at line ends and squeeze runs of blank lines to one. */
	for (r = 0, w = 0; r < o; r++)
	{
		if (out[r] == '\n')
		{
			while (w > 0 && out[w - 1] == ' ')
				w--;
			if (w == 0 || (w >= 2 && out[w - 1] == '\n' && out[w - 2] == '\n'))
				continue;
		}
		else if (out[r] == ' ' && (w == 0 || out[w - 1] == '\n'))
			continue;
		out[w++] = out[r];
	}
	while (w > 0 && (out[w - 1] == '\n' || out[w - 1] == ' '))
		w--;
	out[w] = '\0';
	*outlen = w;
	return out;
}
