/*
 * outline_info.c
 *		A report's who, where and when, read from its front matter (the
 *		lines before 各位代表), its first paragraph and its headings.
 *
 * Pure logic like outline_scan.c.  Works on normalised text (whitespace
 * removed), so names written 李　强 come out 李强.
 */
#include "postgres.h"
#include "miscadmin.h"

#include <string.h>

#include "normalize.h"
#include "outline_role.h"
#include "outline_scan.h"
#include "outline_text.h"

/* normalised text with every space removed */
static char *
compact(const char *doc, size_t start, size_t end, size_t *outlen)
{
	size_t		n;
	char	   *t = outline_normalise(doc, start, end, true, &n);
	size_t		o = 0;

	for (size_t i = 0; i < n; i++)
		if (t[i] != ' ' && t[i] != '\n')
			t[o++] = t[i];
	t[o] = '\0';
	*outlen = o;
	return t;
}

static const char *
find(const char *s, size_t len, const char *lit)
{
	size_t		at = ot_find(s, 0, len, lit);

	return at == (size_t) -1 ? NULL : s + at;
}

static bool
at(const char *s, const char *end, const char *lit)
{
	return ot_has_prefix(s, 0, end - s, lit);
}

static char *
copy_range(const char *s, const char *e)
{
	char	   *r = palloc(e - s + 1);

	memcpy(r, s, e - s);
	r[e - s] = '\0';
	return r;
}

/* 第…届…人民代表大会第…次会议 */
static char *
find_session(const char *s, size_t len)
{
	const char *end = s + len;
	const char *npc = find(s, len, "人民代表大会");

	while (npc)
	{
		const char *start = NULL;
		const char *e = npc + strlen("人民代表大会");

		/* back to 第 (at most 10 characters), which must be followed by 届 */
		for (size_t back = 3; back <= 30 && back <= (size_t) (npc - s); back += 3)
		{
			const char *p = npc - back;

			if (at(p, end, "第") && find(p, npc - p, "届"))
			{
				start = p;
				break;
			}
		}
		if (start)
		{
			if (at(e, end, "第"))
			{
				const char *meeting = find(e, end - e > 30 ? 30 : end - e, "次会议");

				if (meeting)
					e = meeting + strlen("次会议");
			}
			return copy_range(start, e);
		}
		npc = find(e, end - e, "人民代表大会");
	}
	return NULL;
}

static const char *
level_of_region(const char *r)
{
	size_t		n = strlen(r);

#define ENDS(lit) (n >= strlen(lit) && strcmp(r + n - strlen(lit), lit) == 0)
	if (ENDS("自治区") || ENDS("省"))
		return "province";
	if (ENDS("区"))
		return "district";
	if (ENDS("县") || ENDS("旗"))
		return "county";
	if (ENDS("市") || ENDS("自治州") || ENDS("州") || ENDS("盟"))
		return "city";
#undef ENDS
	return NULL;
}

/* region if s[0..n) looks like one: 2-10 characters ending in an admin suffix */
static char *
region_or_null(const char *s, const char *e)
{
	char	   *r;

	if (e - s < 6 || e - s > 30)
		return NULL;
	r = copy_range(s, e);
	if (level_of_region(r) == NULL)
		return NULL;
	return r;
}

static const char *const speaker_titles[] = {
	"国务院总理", "总理", "省长", "市长", "区长", "县长", "州长", "旗长", "主席", NULL
};

/* Speaker and title from a "…人民政府代理区长刘存东" paragraph. */
static bool
find_speaker(const char *s, size_t len, OutlineInfo *info)
{
	const char *end = s + len;

	for (int i = 0; speaker_titles[i]; i++)
	{
		const char *t = find(s, len, speaker_titles[i]);
		const char *name;
		const char *tstart;
		int			nchars = 0;

		if (t == NULL)
			continue;
		tstart = t;
		if (t - s >= 6 && memcmp(t - 6, "代理", 6) == 0)
			tstart = t - 6;
		name = t + strlen(speaker_titles[i]);
		for (const char *p = name; p < end; p += 3)
		{
			uint32_t	c;

			section_next_char(p, end - p, &c);
			if (!(c >= 0x4E00 && c <= 0x9FFF))
				break;
			nchars++;
		}
		if (nchars < 2 || nchars > 4)
			continue;
		info->speaker = copy_range(name, name + nchars * 3);
		info->speaker_title = copy_range(tstart, name);
		return true;
	}
	return false;
}

static bool
all_han(const char *s, size_t len, int *nchars)
{
	*nchars = 0;
	for (size_t i = 0; i < len;)
	{
		uint32_t	c;
		int			n = section_next_char(s + i, len - i, &c);

		if (!(c >= 0x4E00 && c <= 0x9FFF))
			return false;
		i += n;
		(*nchars)++;
	}
	return true;
}

/*
 * Read on the text's normal form (gr_normalize_for_segmenting): a report
 * in traditional characters or full-width forms reads like its simplified
 * form, and the strings come back in normal form.
 */
void
outline_info(const char *given, size_t given_len, OutlineInfo *info)
{
	Outline		o;
	size_t		flen = 0,
				plen = 0;
	char	   *front = NULL;
	char	   *first = NULL;
	bool		national = false;
	GrOffsetMap map;
	int			nlen = 0;
	const char *doc = NULL;
	size_t		len = given_len;

	memset(info, 0, sizeof(*info));
	if (given_len < (size_t) 0x7FFFFFFF)
		doc = gr_normalize_for_segmenting(given, (int) given_len, &nlen, &map);
	if (doc == NULL)
		doc = given;
	else
		len = (size_t) nlen;
	outline_scan_normal(doc, len, &o);

	if (o.has_salutation && o.front_end > o.front_start)
		front = compact(doc, o.front_start, o.front_end, &flen);
	else
		front = compact(doc, 0, 0, &flen);

	/* the first paragraph after the salutation line */
	if (o.nsections > 0)
	{
		OutlineSection *root = &o.sections[0];
		size_t		blen;
		char	   *body = outline_normalise(doc, root->start, root->end, true, &blen);
		char	   *nl = memchr(body, '\n', blen);

		/* the preamble (after the salutation line), or the first paragraph */
		if (o.has_salutation && nl)
			first = copy_range(nl + 1, body + blen);
		else
			first = copy_range(body, nl ? nl : body + blen);
		plen = strlen(first);
	}

	/* title: a front-matter paragraph naming the report */
	if (front && flen > 0)
	{
		size_t		n;
		char	   *paras = outline_normalise(doc, o.front_start, o.front_end, true, &n);
		char	   *p = paras;

		while (p < paras + n)
		{
			char	   *nl = memchr(p, '\n', paras + n - p);
			char	   *e = nl ? nl : paras + n;
			int			nchars;

			if (!info->title && find(p, e - p, "政府工作报告") && e - p <= 120)
				info->title = copy_range(p, e);
			if (!info->speaker)
			{
				char	   *c = copy_range(p, e);
				size_t		clen;

				/* drop spaces inside the line (李　强, 区长  刘存东) */
				clen = 0;
				for (char *q = c; *q; q++)
					if (*q != ' ')
						c[clen++] = *q;
				c[clen] = '\0';
				if (!find(c, clen, "在") && !find(c, clen, "政府工作报告"))
				{
					if (!find_speaker(c, clen, info) &&
						all_han(c, clen, &nchars) && nchars >= 2 && nchars <= 4)
						info->speaker = c;
				}
			}
			p = e + 1;
		}
	}

	/* meeting date and session */
	if (!outline_find_date(front, 0, flen, &info->meeting_year, &info->meeting_month,
						   &info->meeting_day))
		info->meeting_year = 0;
	info->session = find_session(front, flen);
	if (info->session == NULL && first)
		info->session = find_session(first, plen);

	/* region: "在市南区第十九届", "…人民政府区长", "我代表南岗区人民政府" */
	{
		const char *r = find(front, flen, "日在");
		const char *e;

		if (r && (e = find(r, front + flen - r, "第")) != NULL)
			info->region = region_or_null(r + strlen("日在"), e);
		if (!info->region && (e = find(front, flen, "人民政府")) != NULL)
		{
			const char *s = e;

			/* back over the Han characters before 人民政府 */
			while (s - front >= 3 && (unsigned char) s[-3] >= 0xE4 &&
				   (unsigned char) s[-3] <= 0xE9 && e - s < 30)
				s -= 3;
			/* the longest tail that is a region (skip a leading 在, 长 …) */
			for (const char *t = s; t < e && !info->region; t += 3)
				info->region = region_or_null(t, e);
		}
		if (!info->region && first && (r = find(first, plen, "代表")) != NULL &&
			(e = find(r, first + plen - r, "人民政府")) != NULL && e - r <= 60)
		{
			const char *stop = find(r, e - r, "第");

			info->region = region_or_null(r + strlen("代表"), stop ? stop : e);
		}
	}

	if (find(front, flen, "国务院") || (first && find(first, plen, "国务院")) ||
		(info->session && find(info->session, strlen(info->session), "全国")))
		national = true;

	if (national)
	{
		info->region = "中国";
		info->admin_level = "national";
		if (info->speaker && !info->speaker_title)
			info->speaker_title = "国务院总理";
	}
	else if (info->region)
		info->admin_level = level_of_region(info->region);
	else if (info->speaker_title)
	{
		const char *t = info->speaker_title;
		size_t		n = strlen(t);

		if (find(t, n, "区长"))
			info->admin_level = "district";
		else if (find(t, n, "县长"))
			info->admin_level = "county";
		else if (find(t, n, "市长"))
			info->admin_level = "city";
		else if (find(t, n, "省长"))
			info->admin_level = "province";
	}

	/* the year planned for (outline_role.c) */
	info->report_year = o.report_year;
}
