/*
 * meta.c
 *		The sidecar CSV, guesses from paths, file names as UTF-8.
 *
 * The CSV reader is one forward pass (RFC 4180: fields in double quotes
 * may hold commas, line breaks and "" for a quote); rows are found by a
 * linear search per file, which is fine for the thousands of reports a
 * folder holds.
 */
#include "meta.h"
#include "decode.h"
#include "html.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const load_meta_columns[LOAD_META_NFIELDS] = {
	"path", "title", "region", "region_code", "year", "level", "url", "published"
};

/* One field at *p; returns it malloc'd (NULL when out of memory). */
static char *
csv_field(const char **p, const char *end, bool *bad_quote)
{
	const char *s = *p;
	char	   *out = malloc((size_t) (end - s) + 1);
	size_t		k = 0;

	if (out == NULL)
		return NULL;
	if (s < end && *s == '"')
	{
		s++;
		for (;;)
		{
			if (s >= end)
			{
				*bad_quote = true;
				break;
			}
			if (*s == '"')
			{
				if (s + 1 < end && s[1] == '"')
				{
					out[k++] = '"';
					s += 2;
					continue;
				}
				s++;
				break;
			}
			out[k++] = *s++;
		}
		/* anything between the closing quote and the separator is kept */
	}
	while (s < end && *s != ',' && *s != '\n' && *s != '\r')
		out[k++] = *s++;
	out[k] = '\0';
	*p = s;
	return out;
}

/* Trim blanks at both ends, in place; NULL (freed) when nothing is left. */
static char *
trimmed(char *v)
{
	size_t		n = strlen(v);
	size_t		i = 0;

	while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		v[--n] = '\0';
	while (v[i] == ' ' || v[i] == '\t')
		i++;
	if (v[i] == '\0')
	{
		free(v);
		return NULL;
	}
	if (i > 0)
		memmove(v, v + i, n - i + 1);
	return v;
}

/* Check and normalise one value; false with err set when it is wrong. */
static bool
check_value(int col, char **v, int line, char *err, size_t errsize)
{
	char		date[16];

	switch (col)
	{
		case LOAD_META_YEAR:
			{
				char	   *e;
				long		y = strtol(*v, &e, 10);

				if (*e != '\0' || y < 1900 || y > 2100)
				{
					snprintf(err, errsize, "line %d: year \"%.40s\" is not a year between 1900 and 2100", line, *v);
					return false;
				}
				break;
			}
		case LOAD_META_PUBLISHED:
			if (!load_find_date(*v, date, sizeof(date)))
			{
				snprintf(err, errsize, "line %d: published \"%.40s\" is not a date (YYYY-MM-DD)", line, *v);
				return false;
			}
			free(*v);
			*v = strdup(date);
			break;
		case LOAD_META_LEVEL:
			if (strcmp(*v, "national") != 0 && strcmp(*v, "province") != 0 &&
				strcmp(*v, "prefecture") != 0 && strcmp(*v, "county") != 0)
			{
				snprintf(err, errsize, "line %d: level \"%.40s\" is not national, province, prefecture or county", line, *v);
				return false;
			}
			break;
		case LOAD_META_REGION_CODE:
			if (strlen(*v) != 6 || strspn(*v, "0123456789") != 6)
			{
				snprintf(err, errsize, "line %d: region_code \"%.40s\" is not a six-digit GB/T 2260 code", line, *v);
				return false;
			}
			break;
		default:
			break;
	}
	return *v != NULL;
}

static void
free_row(LoadMeta *m)
{
	for (int i = 0; i < LOAD_META_NFIELDS; i++)
		free(m->field[i]);
}

int
load_meta_parse(const char *csv, size_t len, LoadMetaSet *set, char *err, size_t errsize)
{
	const char *p = csv;
	const char *end = csv + len;
	int			map[64];		/* CSV column -> field, -1 to ignore */
	int			ncols = 0;
	int			line = 1;
	bool		header = true;
	size_t		cap = 0;

	memset(set, 0, sizeof(*set));
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end)
	{
		LoadMeta	row;
		int			col = 0;
		int			row_line = line;
		bool		blank = true;

		memset(&row, 0, sizeof(row));
		row.line = row_line;
		for (;;)
		{
			bool		bad_quote = false;
			char	   *v = csv_field(&p, end, &bad_quote);

			if (v == NULL)
				goto oom;
			for (const char *q = v; *q; q++)
				if (*q == '\n')
					line++;
			if (bad_quote)
			{
				snprintf(err, errsize, "line %d: a quoted field is not closed", row_line);
				free(v);
				free_row(&row);
				goto fail;
			}
			v = trimmed(v);
			if (v)
				blank = false;
			if (header)
			{
				int			f = -1;

				if (col >= 64)
				{
					snprintf(err, errsize, "line 1: more than 64 columns");
					free(v);
					goto fail;
				}
				for (int i = 0; v && i < LOAD_META_NFIELDS; i++)
					if (strcmp(v, load_meta_columns[i]) == 0)
						f = i;
				if (v && f < 0)
				{
					snprintf(err, errsize, "line 1: unknown column \"%.40s\" (known: path, title, region, region_code, year, level, url, published)", v);
					free(v);
					goto fail;
				}
				for (int i = 0; i < col; i++)
					if (f >= 0 && map[i] == f)
					{
						snprintf(err, errsize, "line 1: column \"%s\" given twice", v);
						free(v);
						goto fail;
					}
				map[col] = f;
				free(v);
			}
			else if (v != NULL && col < ncols && map[col] >= 0)
			{
				if (!check_value(map[col], &v, row_line, err, errsize))
				{
					free(v);
					free_row(&row);
					goto fail;
				}
				row.field[map[col]] = v;
			}
			else if (v != NULL && col >= ncols)
			{
				snprintf(err, errsize, "line %d: more fields than the header has columns", row_line);
				free(v);
				free_row(&row);
				goto fail;
			}
			else
				free(v);
			col++;
			if (p < end && *p == ',')
			{
				p++;
				continue;
			}
			break;
		}
		/* end of the record */
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
		line++;
		if (header)
		{
			bool		has_path = false;

			ncols = col;
			for (int i = 0; i < ncols; i++)
				has_path |= map[i] == LOAD_META_PATH;
			if (!has_path)
			{
				snprintf(err, errsize, "line 1: no \"path\" column");
				goto fail;
			}
			header = false;
			continue;
		}
		if (blank)
			continue;
		if (row.field[LOAD_META_PATH] == NULL)
		{
			snprintf(err, errsize, "line %d: no path", row_line);
			free_row(&row);
			goto fail;
		}
		for (size_t i = 0; i < set->n; i++)
			if (strcmp(set->rows[i].field[LOAD_META_PATH], row.field[LOAD_META_PATH]) == 0)
			{
				snprintf(err, errsize, "line %d: path \"%.80s\" is also on line %d", row_line,
						 row.field[LOAD_META_PATH], set->rows[i].line);
				free_row(&row);
				goto fail;
			}
		if (set->n == cap)
		{
			LoadMeta   *nr;

			cap = cap ? cap * 2 : 64;
			nr = realloc(set->rows, cap * sizeof(LoadMeta));
			if (nr == NULL)
			{
				free_row(&row);
				goto oom;
			}
			set->rows = nr;
		}
		set->rows[set->n++] = row;
	}
	if (header)
	{
		snprintf(err, errsize, "the file is empty (a header row naming the columns is needed)");
		goto fail;
	}
	return 0;
oom:
	snprintf(err, errsize, "out of memory");
fail:
	load_meta_free(set);
	return -1;
}

LoadMeta *
load_meta_find(LoadMetaSet *set, const char *rel_path)
{
	const char *base = strrchr(rel_path, '/');

	base = base ? base + 1 : rel_path;
	for (size_t i = 0; i < set->n; i++)
		if (strcmp(set->rows[i].field[LOAD_META_PATH], rel_path) == 0)
			return &set->rows[i];
	for (size_t i = 0; i < set->n; i++)
		if (strchr(set->rows[i].field[LOAD_META_PATH], '/') == NULL &&
			strcmp(set->rows[i].field[LOAD_META_PATH], base) == 0)
			return &set->rows[i];
	return NULL;
}

void
load_meta_free(LoadMetaSet *set)
{
	for (size_t i = 0; i < set->n; i++)
		free_row(&set->rows[i]);
	free(set->rows);
	memset(set, 0, sizeof(*set));
}

/* Is the UTF-8 sequence at s (3 bytes) a CJK ideograph? */
static bool
han_at(const unsigned char *s, size_t n)
{
	unsigned int c;

	if (n < 3 || (s[0] & 0xF0) != 0xE0 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
		return false;
	c = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	return c >= 0x4E00 && c <= 0x9FFF;
}

/* Suffixes that end a region's name. */
static const char *const region_suffixes[] = {
	"特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "省", "市", "区", "县", "旗", "盟", "州", NULL
};

/*
 * The region a path component starts with: the longest run of Han
 * characters at its start that ends in a region suffix, 2 to 20 characters.
 */
static size_t
region_prefix(const char *s, size_t n)
{
	size_t		run = 0;
	size_t		best = 0;

	while (run < n && han_at((const unsigned char *) s + run, n - run))
		run += 3;
	for (size_t end = 6; end <= run && end <= 60; end += 3)
		for (int i = 0; region_suffixes[i]; i++)
		{
			size_t		sl = strlen(region_suffixes[i]);

			if (end >= sl && memcmp(s + end - sl, region_suffixes[i], sl) == 0)
				best = end;
		}
	return best;
}

/* The last year 1949-2100 written as four digits alone in s[0..n). */
static int
year_in(const char *s, size_t n)
{
	int			year = 0;

	for (size_t i = 0; i + 4 <= n; i++)
	{
		int			y = 0;
		size_t		k;

		if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
			continue;
		for (k = 0; k < 4 && s[i + k] >= '0' && s[i + k] <= '9'; k++)
			y = y * 10 + (s[i + k] - '0');
		if (k == 4 && !(i + 4 < n && s[i + 4] >= '0' && s[i + 4] <= '9') &&
			y >= 1949 && y <= 2100)
			year = y;
	}
	return year;
}

void
load_path_guess(const char *rel, LoadPathGuess *g)
{
	const char *p = rel;

	memset(g, 0, sizeof(*g));
	while (*p)
	{
		const char *slash = strchr(p, '/');
		size_t		n = slash ? (size_t) (slash - p) : strlen(p);
		size_t		r;
		int			y;

		if (slash == NULL)
		{
			/* the file name without its extension */
			const char *dot = memchr(p, '.', n);

			for (const char *q = p; q < p + n; q++)
				if (*q == '.')
					dot = q;
			if (dot && dot > p)
				n = (size_t) (dot - p);
		}
		if ((y = year_in(p, n)) != 0)
			g->year = y;
		r = region_prefix(p, n);
		if (r > 0 && r < sizeof(g->region) &&
			strlen(g->chain) + r < sizeof(g->chain))
		{
			memcpy(g->region, p, r);
			g->region[r] = '\0';
			strncat(g->chain, p, r);
		}
		if (slash == NULL)
			break;
		p = slash + 1;
	}
}

char *
load_name_utf8(const char *raw)
{
	size_t		n = strlen(raw);
	LoadDecoded dec;
	char	   *out;
	size_t		k = 0;

	if (n == 0)
		return strdup("");
	if (load_decode((const unsigned char *) raw, n, "UTF-8", NULL, &dec) == 0 ||
		load_decode((const unsigned char *) raw, n, "GB18030", NULL, &dec) == 0)
	{
		/* decoding turns CR into LF: a name keeps its bytes otherwise */
		if (memchr(raw, '\r', n) == NULL)
			return dec.text;
		load_decoded_free(&dec);
	}
	out = malloc(n * 4 + 1);
	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) raw[i];

		if (c >= 0x20 && c < 0x7F)
			out[k++] = (char) c;
		else
			k += (size_t) snprintf(out + k, 5, "\\x%02X", c);
	}
	out[k] = '\0';
	return out;
}
