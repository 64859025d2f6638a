/*
 * html.c
 *		The article of a saved web page (libxml2's HTML parser).
 *
 * 1. The parser builds the tree (any encoding already converted to UTF-8 by
 *    decode.c; entities decoded; broken markup repaired).
 * 2. What a reader never sees or never reads as the article goes: scripts,
 *    styles, forms, frames, and nav/aside/footer elements, and elements
 *    whose class or id names navigation (nav, menu, breadcrumb, footer,
 *    share, sidebar, copyright ...).
 * 3. Text blocks (the runs of text between block boundaries) are scored by
 *    their characters outside links; a block of which half or more is link
 *    text, or with fewer than 10 characters, scores nothing.  A paragraph's
 *    score goes to the element around it (text standing directly in a
 *    container, to the container), half to the next one up and a quarter
 *    to the one above; the element with the highest score holds the
 *    article (Readability's idea, with our thresholds).
 * 4. The article is written out with paragraph breaks at block elements,
 *    skipping inside it any element whose text is mostly links (a list of
 *    related links, a share bar); the nearest heading before it (h1-h3,
 *    the article's title) comes first.
 * Every pass visits each node once; recursion stops at MAX_DEPTH levels.
 */
#include "html.h"
#include "textbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#define MAX_DEPTH 400
#define MIN_BLOCK_CHARS 10

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

static bool
name_in(const xmlChar *name, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcasecmp((const char *) name, *list) == 0)
			return true;
	return false;
}

/* Elements whose content is no part of the text. */
static const char *const dropped_elements[] = {
	"script", "style", "noscript", "template", "textarea", "select", "option",
	"button", "input", "iframe", "frame", "frameset", "object", "embed", "svg",
	"canvas", "map", "nav", "aside", "footer", "head", NULL
};

/* Words in class or id that name navigation and page furniture. */
static const char *const furniture_words[] = {
	"nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs",
	"crumb", "crumbs", "footer", "foot", "share", "sharebar", "bdshare",
	"sidebar", "copyright", "toolbar", "topbar", "banner", "position",
	"location", "dqwz", "links", "friendlink", "related", "comment", "comments",
	"print", "fontsize", "bottom", "btm", NULL
};

/* Elements that begin and end a block of text. */
static const char *const block_elements[] = {
	"p", "div", "li", "ul", "ol", "tr", "table", "tbody", "thead", "h1", "h2",
	"h3", "h4", "h5", "h6", "section", "article", "header", "main", "dd", "dt",
	"dl", "blockquote", "pre", "hr", "form", "body", "center", "address",
	"figure", "figcaption", "caption", "title", "html", NULL
};

static bool
is_block(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && name_in(n->name, block_elements);
}

/* Does the attribute value hold one of furniture_words as a word? */
static bool
names_furniture(const xmlChar *value)
{
	const char *s = (const char *) value;

	while (s && *s)
	{
		char		word[32];
		size_t		k = 0;

		while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
			s++;
		while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))
		{
			if (k + 1 < sizeof(word))
				word[k++] = *s;
			s++;
		}
		word[k] = '\0';
		if (k > 0 && name_in((const xmlChar *) word, furniture_words))
			return true;
	}
	return false;
}

static bool
is_furniture(xmlNodePtr n)
{
	xmlChar    *v;
	bool		r = false;

	if (name_in(n->name, dropped_elements))
		return true;
	if (xmlStrcasecmp(n->name, (const xmlChar *) "body") == 0 ||
		xmlStrcasecmp(n->name, (const xmlChar *) "html") == 0)
		return false;
	v = xmlGetProp(n, (const xmlChar *) "class");
	r = v && names_furniture(v);
	xmlFree(v);
	if (!r)
	{
		v = xmlGetProp(n, (const xmlChar *) "id");
		r = v && names_furniture(v);
		xmlFree(v);
	}
	if (!r)
	{
		v = xmlGetProp(n, (const xmlChar *) "role");
		r = v && (xmlStrcasecmp(v, (const xmlChar *) "navigation") == 0 ||
				  xmlStrcasecmp(v, (const xmlChar *) "contentinfo") == 0);
		xmlFree(v);
	}
	return r;
}

/* Unlink and free furniture and comments (step 2). */
static void
drop_furniture(xmlNodePtr n, int depth)
{
	xmlNodePtr	c = n->children;

	while (c != NULL)
	{
		xmlNodePtr	next = c->next;

		if (c->type == XML_COMMENT_NODE || c->type == XML_PI_NODE ||
			(c->type == XML_ELEMENT_NODE && (depth >= MAX_DEPTH || is_furniture(c))))
		{
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
		else if (c->type == XML_ELEMENT_NODE)
			drop_furniture(c, depth + 1);
		c = next;
	}
}

/* Per element: characters, characters inside links, score. */
typedef struct Stat
{
	size_t		chars;
	size_t		link_chars;
	double		score;
} Stat;

typedef struct Scan
{
	Stat	   *stats;
	size_t		nstats;
	size_t		cap;
	bool		oom;
	/* the block being read: its element and counts */
	xmlNodePtr	block;
	size_t		block_chars;
	size_t		block_links;
} Scan;

static Stat *
stat_of(xmlNodePtr n)
{
	return (Stat *) n->_private;
}

static Stat *
new_stat(Scan *sc)
{
	Stat	   *s = calloc(1, sizeof(Stat));

	if (s == NULL)
		sc->oom = true;
	return s;
}

/* Paragraph-like elements: their text scores for the element around them. */
static const char *const paragraph_elements[] = {
	"p", "td", "th", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
	"blockquote", "dd", "dt", "caption", "figcaption", "address", NULL
};

/*
 * Credit the block just read (step 3): a paragraph's text to the element
 * around it, text standing in a container (a div with <br>s) to the
 * container; half as much one level up, a quarter two levels up.
 */
static void
end_block(Scan *sc)
{
	xmlNodePtr	e = sc->block;
	size_t		plain;

	if (e != NULL && sc->block_chars >= MIN_BLOCK_CHARS &&
		sc->block_links * 2 < sc->block_chars)
	{
		double		share = 1.0;

		if (name_in(e->name, paragraph_elements) && e->parent != NULL)
			e = e->parent;
		plain = sc->block_chars - sc->block_links;
		for (int up = 0; up < 3 && e != NULL && e->type == XML_ELEMENT_NODE; up++)
		{
			if (stat_of(e))
				stat_of(e)->score += plain * share;
			share /= 2;
			e = e->parent;
		}
	}
	sc->block_chars = sc->block_links = 0;
}

/* Count characters and link characters of every element; score blocks. */
static void
scan(Scan *sc, xmlNodePtr n, bool in_link, int depth)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
		{
			size_t		k = c->content ? tb_count_chars((const char *) c->content,
													   strlen((const char *) c->content)) : 0;

			for (xmlNodePtr a = n; a != NULL && a->type == XML_ELEMENT_NODE; a = a->parent)
			{
				if (stat_of(a) == NULL)
					break;
				stat_of(a)->chars += k;
				if (in_link)
					stat_of(a)->link_chars += k;
			}
			sc->block_chars += k;
			if (in_link)
				sc->block_links += k;
		}
		else if (c->type == XML_ELEMENT_NODE && depth < MAX_DEPTH)
		{
			bool		block = is_block(c) ||
				xmlStrcasecmp(c->name, (const xmlChar *) "td") == 0 ||
				xmlStrcasecmp(c->name, (const xmlChar *) "th") == 0;
			xmlNodePtr	outer = sc->block;

			c->_private = new_stat(sc);
			if (sc->oom)
				return;
			if (block)
			{
				end_block(sc);
				sc->block = c;
			}
			scan(sc, c, in_link || xmlStrcasecmp(c->name, (const xmlChar *) "a") == 0,
				 depth + 1);
			if (block)
			{
				end_block(sc);
				sc->block = outer;
			}
		}
	}
}

static void
free_stats(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		if (c->type != XML_ELEMENT_NODE)
			continue;
		free(c->_private);
		c->_private = NULL;
		free_stats(c);
	}
}

static xmlNodePtr
best_node(xmlNodePtr n, xmlNodePtr best)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		if (c->type != XML_ELEMENT_NODE || stat_of(c) == NULL)
			continue;
		if (best == NULL || stat_of(c)->score > stat_of(best)->score)
			best = c;
		best = best_node(c, best);
	}
	return best;
}

/* An element inside the article that is a list of links (step 4). */
static bool
mostly_links(xmlNodePtr n)
{
	Stat	   *s = stat_of(n);

	return s != NULL && s->chars > 0 && s->link_chars * 2 > s->chars &&
		xmlStrcasecmp(n->name, (const xmlChar *) "a") != 0;
}

/* Write the text under n. */
static void
emit(TextBuf *tb, xmlNodePtr n, int depth)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
		{
			if (c->content)
				tb_text(tb, (const char *) c->content, strlen((const char *) c->content));
		}
		else if (c->type == XML_ELEMENT_NODE && depth < MAX_DEPTH && !mostly_links(c))
		{
			bool		block = is_block(c);

			if (xmlStrcasecmp(c->name, (const xmlChar *) "br") == 0)
			{
				tb_line(tb);
				continue;
			}
			if (block)
				tb_para(tb);
			else if (xmlStrcasecmp(c->name, (const xmlChar *) "td") == 0 ||
					 xmlStrcasecmp(c->name, (const xmlChar *) "th") == 0)
				tb_space(tb);
			emit(tb, c, depth + 1);
			if (block)
				tb_para(tb);
		}
	}
}

static bool
is_heading(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE && n->name[0] != '\0' &&
		(n->name[0] == 'h' || n->name[0] == 'H') && n->name[1] >= '1' &&
		n->name[1] <= '3' && n->name[2] == '\0';
}

/* The last h1-h3 inside n, or NULL. */
static xmlNodePtr
last_heading_in(xmlNodePtr n, int depth)
{
	xmlNodePtr	found = NULL;

	if (is_heading(n))
		return n;
	if (depth >= MAX_DEPTH)
		return NULL;
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		xmlNodePtr	h;

		if (c->type == XML_ELEMENT_NODE && (h = last_heading_in(c, depth + 1)) != NULL)
			found = h;
	}
	return found;
}

/* The nearest heading before the article, outside it, or NULL. */
static xmlNodePtr
heading_before(xmlNodePtr article)
{
	for (xmlNodePtr n = article; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
		for (xmlNodePtr p = n->prev; p != NULL; p = p->prev)
		{
			xmlNodePtr	h;

			if (p->type == XML_ELEMENT_NODE && (h = last_heading_in(p, 0)) != NULL)
				return h;
		}
	return NULL;
}

/* Text of the element, whitespace collapsed; malloc'd or NULL. */
static char *
node_text(xmlNodePtr n)
{
	TextBuf		tb;
	size_t		len;
	char	   *t;

	tb_init(&tb);
	emit(&tb, n, 0);
	t = tb_finish(&tb, &len);
	if (t != NULL && len == 0)
	{
		free(t);
		t = NULL;
	}
	return t;
}

/*
 * A <title> without the site's name: the part (between _ | - — separators)
 * that names a report, else the first part.
 */
static char *
page_title(const char *t)
{
	static const char *const seps[] = {"_", "|", " - ", "－", "——", " — ", "｜", NULL};
	const char *first = NULL,
			   *report = NULL;
	size_t		first_len = 0,
				report_len = 0;
	const char *p = t;

	while (*p)
	{
		const char *end = p + strlen(p);
		const char *next;
		size_t		seplen = 0;

		for (int i = 0; seps[i]; i++)
		{
			const char *s = strstr(p, seps[i]);

			if (s && s < end)
			{
				end = s;
				seplen = strlen(seps[i]);
			}
		}
		next = *end ? end + seplen : end;
		while (p < end && *p == ' ')
			p++;
		while (end > p && end[-1] == ' ')
			end--;
		if (end > p && first == NULL)
		{
			first = p;
			first_len = (size_t) (end - p);
		}
		for (const char *q = p; q + 6 <= end && report == NULL; q++)
			if (memcmp(q, "报告", 6) == 0 || memcmp(q, "報告", 6) == 0)
			{
				report = p;
				report_len = (size_t) (end - p);
			}
		p = next;
	}
	if (report)
		return strndup(report, report_len);
	return first ? strndup(first, first_len) : NULL;
}

bool
load_find_date(const char *s, char *out, size_t outsize)
{
	for (const char *p = s; *p; p++)
	{
		int			y = 0,
					m = 0,
					d = 0,
					i;
		const char *q = p;

		if (p > s && p[-1] >= '0' && p[-1] <= '9')
			continue;
		for (i = 0; i < 4 && *q >= '0' && *q <= '9'; i++, q++)
			y = y * 10 + (*q - '0');
		if (i != 4 || y < 1949 || y > 2100)
			continue;
		if (*q == '-' || *q == '/' || *q == '.')
			q++;
		else if (strncmp(q, "年", 3) == 0)
			q += 3;
		else
			continue;
		for (i = 0; i < 2 && *q >= '0' && *q <= '9'; i++, q++)
			m = m * 10 + (*q - '0');
		if (i == 0 || m < 1 || m > 12)
			continue;
		if (*q == '-' || *q == '/' || *q == '.')
			q++;
		else if (strncmp(q, "月", 3) == 0)
			q += 3;
		else
			continue;
		for (i = 0; i < 2 && *q >= '0' && *q <= '9'; i++, q++)
			d = d * 10 + (*q - '0');
		if (i == 0 || d < 1 || d > 31)
			continue;
		snprintf(out, outsize, "%04d-%02d-%02d", y, m, d);
		return true;
	}
	return false;
}

/* Meta tags: ArticleTitle and the publication date. */
static void
read_meta(xmlNodePtr n, LoadPage *page, int depth)
{
	static const char *const date_names[] = {
		"pubdate", "publishdate", "publish_date", "firstpublishedtime",
		"article:published_time", "dc.date", "dc.date.issued", "dcterms.issued", NULL
	};

	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		xmlChar    *name,
				   *content;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (depth < MAX_DEPTH)
			read_meta(c, page, depth + 1);
		if (xmlStrcasecmp(c->name, (const xmlChar *) "meta") != 0)
			continue;
		name = xmlGetProp(c, (const xmlChar *) "name");
		if (name == NULL)
			name = xmlGetProp(c, (const xmlChar *) "property");
		content = xmlGetProp(c, (const xmlChar *) "content");
		if (name && content)
		{
			char		date[16];

			if (xmlStrcasecmp(name, (const xmlChar *) "ArticleTitle") == 0 &&
				page->title == NULL && content[0] != '\0')
			{
				TextBuf		tb;
				size_t		len;

				tb_init(&tb);
				tb_text(&tb, (const char *) content, strlen((const char *) content));
				page->title = tb_finish(&tb, &len);
			}
			else if (name_in(name, date_names) && page->published == NULL &&
					 load_find_date((const char *) content, date, sizeof(date)))
				page->published = strdup(date);
		}
		xmlFree(name);
		xmlFree(content);
	}
}

static xmlNodePtr
find_element(xmlNodePtr n, const char *name, int depth)
{
	for (xmlNodePtr c = n->children; c != NULL; c = c->next)
	{
		xmlNodePtr	f;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrcasecmp(c->name, (const xmlChar *) name) == 0)
			return c;
		if (depth < MAX_DEPTH && (f = find_element(c, name, depth + 1)) != NULL)
			return f;
	}
	return NULL;
}

int
load_html_extract(const char *text, size_t len, LoadPage *page)
{
	htmlDocPtr	doc;
	xmlNodePtr	root,
				body,
				title,
				article,
				heading;
	Scan		sc;
	TextBuf		tb;

	memset(page, 0, sizeof(*page));
	if (len > (size_t) INT32_MAX)
		return -1;
	doc = htmlReadMemory(text, (int) len, NULL, "UTF-8",
						 HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
						 HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL)
	{
		if (doc)
			xmlFreeDoc(doc);
		/* Nothing a parser could read: a page without text. */
		page->text = strdup("");
		return page->text ? 0 : -1;
	}

	/* Title and meta tags come from the head, before it is dropped. */
	read_meta(root, page, 0);
	if (page->title == NULL && (title = find_element(root, "title", 0)) != NULL)
	{
		char	   *t = node_text(title);

		if (t)
		{
			page->title = page_title(t);
			free(t);
		}
	}

	drop_furniture(root, 0);
	body = find_element(root, "body", 0);
	if (body == NULL)
		body = root;

	memset(&sc, 0, sizeof(sc));
	body->_private = new_stat(&sc);
	if (!sc.oom)
	{
		sc.block = body;
		scan(&sc, body, false, 0);
		end_block(&sc);
	}
	if (sc.oom)
	{
		free_stats(body);
		free(body->_private);
		body->_private = NULL;
		xmlFreeDoc(doc);
		load_page_free(page);
		return -1;
	}
	article = best_node(body, body);
	if (stat_of(article)->score <= 0)
		article = body;

	tb_init(&tb);
	heading = article != body ? heading_before(article) : NULL;
	if (heading)
	{
		emit(&tb, heading, 0);
		tb_para(&tb);
	}
	emit(&tb, article, 0);
	page->text = tb_finish(&tb, &page->len);

	free_stats(body);
	free(body->_private);
	body->_private = NULL;
	xmlFreeDoc(doc);
	if (page->text == NULL)
	{
		load_page_free(page);
		return -1;
	}
	return 0;
}

void
load_page_free(LoadPage *page)
{
	free(page->text);
	free(page->title);
	free(page->published);
	memset(page, 0, sizeof(*page));
}
