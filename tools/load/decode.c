/*
 * decode.c
 *		Find the encoding of a report file and convert it to UTF-8.
 *
 * Charset detection by statistics (ICU's ucsdet) is unreliable on short
 * Chinese texts, and a wrong guess silently loads mojibake.  So the order is
 * strict evidence first, scoring second:
 *
 *	1. a byte-order mark (UTF-8, UTF-16LE/BE, GB18030) decides;
 *	2. an encoding forced by the user is used;
 *	3. text that is valid UTF-8 is UTF-8 (other encodings of Chinese text
 *	   almost never form valid UTF-8), whatever a web page declares;
 *	4. the charset a web page declares is used when it decodes without a
 *	   single invalid sequence into text that scores as in 5;
 *	5. otherwise GB18030 (a superset of GBK and GB2312), Big5 and UTF-16LE/BE
 *	   are each decoded strictly; a candidate with any invalid sequence, a NUL
 *	   or many control characters is out; the others are scored by the share
 *	   of their Han characters that are among the ~700 most frequent ones
 *	   (simplified and traditional forms alike).  A wrong decoding scatters
 *	   over rare characters, so the right one wins by a wide margin; ucsdet's
 *	   confidence only breaks near ties and names a guess in error messages.
 */
#include "decode.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

/* The share of Han characters that must be frequent ones for a guess. */
#define MIN_COMMON_SHARE 0.25

/*
 * Frequent characters of modern Chinese (news and government text), then
 * the traditional forms of the frequent ones that differ.
 */
static const char common_hanzi[] =
"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年"
"动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化"
"高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天"
"政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
"道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革"
"位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角"
"期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热"
"领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风"
"切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马"
"节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书"
"布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历"
"市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派"
"层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞推服务创优环境"
"城乡镇街村企项目投融健康医疗卫养老就保障体系综合治理营商坚持加快推进全面深化"
"改革开放稳定增长亿元万人同比提升完善落实构建打造实施质量效益产业项目民生福祉"
"們個來說會時國對於過發當後進動麼經還點實現與關業機開長從問學見頭無種體產區設將"
"權會議報告區縣鎮鄉務濟發展農環衛醫療學校稅費億萬總數據織導黨員幹部線門條問題"
"歲並續積極穩強計劃劃項標準質準備屬應據調節記錄處級樣態戰勝圍範聯網絡營運輸鐵"
"現實設備價格費用愛運農業資源建設們實際訊號經濟區";

/* One bit per code point of the CJK Unified Ideographs block. */
#define HAN_FIRST 0x4E00
#define HAN_LAST 0x9FFF
static uint8_t common_bits[(HAN_LAST - HAN_FIRST + 1) / 8 + 1];
static bool common_ready = false;

/* Decode one UTF-8 sequence at s (n bytes left); -1 if invalid, -2 if cut. */
static int
utf8_sequence(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	int			len;
	uint32_t	v;
	int			i;

	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF)
	{
		len = 2;
		v = c & 0x1F;
	}
	else if (c >= 0xE0 && c <= 0xEF)
	{
		len = 3;
		v = c & 0x0F;
	}
	else if (c >= 0xF0 && c <= 0xF4)
	{
		len = 4;
		v = c & 0x07;
	}
	else
		return -1;
	for (i = 1; i < len; i++)
	{
		if ((size_t) i >= n)
			return -2;
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if ((len == 3 && v < 0x800) || (len == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
		(v >= 0xD800 && v <= 0xDFFF))
		return -1;
	*cp = v;
	return len;
}

/*
 * Check that data is valid UTF-8.  Returns 0 when it is, else the result of
 * the first bad sequence (-1 invalid, -2 cut off at the end) with *where set
 * to its byte offset.
 */
static int
utf8_check(const unsigned char *data, size_t len, size_t *where)
{
	size_t		i = 0;

	while (i < len)
	{
		uint32_t	cp;
		int			r = utf8_sequence(data + i, len - i, &cp);

		if (r < 0)
		{
			*where = i;
			return r;
		}
		i += r;
	}
	return 0;
}

static void
init_common(void)
{
	const unsigned char *s = (const unsigned char *) common_hanzi;
	size_t		n = sizeof(common_hanzi) - 1;
	size_t		i = 0;

	if (common_ready)
		return;
	while (i < n)
	{
		uint32_t	cp;
		int			r = utf8_sequence(s + i, n - i, &cp);

		if (r <= 0)
			break;
		if (cp >= HAN_FIRST && cp <= HAN_LAST)
			common_bits[(cp - HAN_FIRST) / 8] |= 1 << ((cp - HAN_FIRST) % 8);
		i += r;
	}
	common_ready = true;
}

static bool
is_common_han(uint32_t cp)
{
	return cp >= HAN_FIRST && cp <= HAN_LAST &&
		(common_bits[(cp - HAN_FIRST) / 8] & (1 << ((cp - HAN_FIRST) % 8))) != 0;
}

/* The outcome of decoding with one candidate encoding. */
typedef struct Candidate
{
	const char *name;			/* name shown to users */
	const char *icu_name;		/* ICU converter name */
	UChar	   *u;				/* decoded text, malloc'd */
	int32_t		ulen;
	bool		ok;				/* decoded without an invalid sequence */
	bool		truncated;		/* failed only on a sequence cut at the end */
	size_t		bad_offset;		/* byte offset of the first bad sequence */
	char		why[96];		/* why it is out, when it is */
	double		score;			/* share of Han characters that are common */
	long		han;			/* Han characters seen */
	int			confidence;		/* ucsdet's confidence, 0-100 */
} Candidate;

/* Decode data strictly with the candidate's converter, filling c. */
static void
decode_strict(const unsigned char *data, size_t len, Candidate *c)
{
	UErrorCode	status = U_ZERO_ERROR;
	UConverter *conv;
	const char *src = (const char *) data;
	const char *src_limit = src + len;
	UChar	   *target;
	int32_t		cap;

	c->ok = false;
	c->u = NULL;
	c->ulen = 0;
	/* Each input byte yields at most one UTF-16 unit in these encodings. */
	cap = (int32_t) len + 16;
	c->u = malloc(sizeof(UChar) * (size_t) cap);
	if (c->u == NULL)
	{
		snprintf(c->why, sizeof(c->why), "out of memory");
		return;
	}
	conv = ucnv_open(c->icu_name, &status);
	if (U_FAILURE(status))
	{
		snprintf(c->why, sizeof(c->why), "no converter (%s)", u_errorName(status));
		return;
	}
	ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
	target = c->u;
	ucnv_toUnicode(conv, &target, c->u + cap, &src, src_limit, NULL, true, &status);
	if (U_FAILURE(status))
	{
		int8_t		invalid_len = 8;
		char		invalid[8];
		UErrorCode	s2 = U_ZERO_ERROR;

		ucnv_getInvalidChars(conv, invalid, &invalid_len, &s2);
		if (U_FAILURE(s2))
			invalid_len = 0;
		c->bad_offset = (size_t) (src - (const char *) data) - (size_t) invalid_len;
		c->truncated = (status == U_TRUNCATED_CHAR_FOUND);
		snprintf(c->why, sizeof(c->why), "%s at byte %zu",
				 c->truncated ? "truncated multibyte sequence" : "invalid byte sequence",
				 c->bad_offset);
	}
	else
	{
		c->ok = true;
		c->ulen = (int32_t) (target - c->u);
	}
	ucnv_close(conv);
}

/*
 * Judge decoded text: refuse NULs and runs of control characters (a binary
 * file), then score the share of Han characters that are frequent ones.
 */
static void
judge_text(Candidate *c)
{
	long		controls = 0;
	long		common = 0;
	long		han = 0;
	long		chars = 0;
	int32_t		i = 0;

	init_common();
	while (i < c->ulen)
	{
		UChar32		cp;

		U16_NEXT(c->u, i, c->ulen, cp);
		chars++;
		if (cp == 0)
		{
			c->ok = false;
			snprintf(c->why, sizeof(c->why), "NUL character (binary data?)");
			return;
		}
		if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') ||
			(cp >= 0x7F && cp < 0xA0) || U_IS_SURROGATE(cp))
			controls++;
		if (cp >= 0x3400 && cp <= 0x9FFF)
		{
			han++;
			if (is_common_han((uint32_t) cp))
				common++;
		}
	}
	if (controls * 100 > chars)
	{
		c->ok = false;
		snprintf(c->why, sizeof(c->why), "%ld control characters (binary data?)",
				 controls);
		return;
	}
	c->han = han;
	c->score = han > 0 ? (double) common / (double) han : 0.0;
}

/* Map names web pages and users give to the converter that reads them. */
static const char *
canonical_encoding(const char *name)
{
	if (strcasecmp(name, "gb2312") == 0 || strcasecmp(name, "gbk") == 0 ||
		strcasecmp(name, "gb18030") == 0 || strcasecmp(name, "cp936") == 0 ||
		strcasecmp(name, "x-gbk") == 0 || strcasecmp(name, "euc-cn") == 0)
		return "GB18030";
	if (strcasecmp(name, "big5") == 0 || strcasecmp(name, "big5-hkscs") == 0 ||
		strcasecmp(name, "cp950") == 0)
		return "Big5";
	if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0)
		return "UTF-8";
	if (strcasecmp(name, "utf-16le") == 0)
		return "UTF-16LE";
	if (strcasecmp(name, "utf-16be") == 0)
		return "UTF-16BE";
	if (strcasecmp(name, "utf-16") == 0)
		return "UTF-16";
	return name;
}

/* Convert the candidate's UTF-16 to UTF-8 with LF line ends into out. */
static int
finish_utf8(Candidate *c, LoadDecoded *out)
{
	UErrorCode	status = U_ZERO_ERROR;
	int32_t		need = 0;
	char	   *buf;
	size_t		i,
				j;

	u_strToUTF8(NULL, 0, &need, c->u, c->ulen, &status);
	if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
	{
		snprintf(out->error, sizeof(out->error), "cannot convert to UTF-8: %s",
				 u_errorName(status));
		return -1;
	}
	buf = malloc((size_t) need + 1);
	if (buf == NULL)
	{
		snprintf(out->error, sizeof(out->error), "out of memory");
		return -1;
	}
	status = U_ZERO_ERROR;
	u_strToUTF8(buf, need + 1, &need, c->u, c->ulen, &status);
	if (U_FAILURE(status))
	{
		free(buf);
		snprintf(out->error, sizeof(out->error), "cannot convert to UTF-8: %s",
				 u_errorName(status));
		return -1;
	}
	/* CRLF and lone CR become LF, so that copies saved on Windows dedupe. */
	for (i = 0, j = 0; i < (size_t) need; i++)
	{
		if (buf[i] == '\r')
		{
			buf[j++] = '\n';
			if (i + 1 < (size_t) need && buf[i + 1] == '\n')
				i++;
		}
		else
			buf[j++] = buf[i];
	}
	buf[j] = '\0';
	out->text = buf;
	out->len = j;
	out->encoding = c->name;
	return 0;
}

/* ucsdet's confidence that data is in the named charset (0 if not listed). */
static int
ucsdet_confidence(const unsigned char *data, size_t len, const char *charset,
				  char *best, size_t bestsize)
{
	UErrorCode	status = U_ZERO_ERROR;
	UCharsetDetector *det = ucsdet_open(&status);
	const UCharsetMatch **matches;
	int32_t		n = 0;
	int32_t		i;
	int			conf = 0;

	if (U_FAILURE(status))
		return 0;
	/* ucsdet only looks at a prefix anyway; 64 kB is plenty. */
	ucsdet_setText(det, (const char *) data,
				   (int32_t) (len > 65536 ? 65536 : len), &status);
	matches = ucsdet_detectAll(det, &n, &status);
	for (i = 0; U_SUCCESS(status) && i < n; i++)
	{
		const char *name = ucsdet_getName(matches[i], &status);

		if (U_FAILURE(status))
			break;
		if (i == 0 && best != NULL)
			snprintf(best, bestsize, "%s (confidence %d)", name,
					 (int) ucsdet_getConfidence(matches[i], &status));
		if (charset != NULL && strcasecmp(canonical_encoding(name), charset) == 0)
		{
			int			c = ucsdet_getConfidence(matches[i], &status);

			if (c > conf)
				conf = c;
		}
	}
	ucsdet_close(det);
	return conf;
}

/* Decode strictly as the named encoding and, if that works, score the text. */
static void
decode_named(const unsigned char *data, size_t len, const char *encoding,
			 Candidate *c)
{
	memset(c, 0, sizeof(*c));
	c->name = canonical_encoding(encoding);
	c->icu_name = c->name;
	decode_strict(data, len, c);
	if (c->ok)
		judge_text(c);
}

/* Decode with exactly one encoding (BOM, forced or declared). */
static int
decode_as(const unsigned char *data, size_t len, const char *encoding,
		  LoadDecoded *out)
{
	Candidate	c;
	int			r;

	decode_named(data, len, encoding, &c);
	if (!c.ok)
	{
		snprintf(out->error, sizeof(out->error), "not valid %s: %s", c.name, c.why);
		free(c.u);
		return -1;
	}
	r = finish_utf8(&c, out);
	free(c.u);
	return r;
}

/* Decode with a declared charset; only accepted when the text scores well. */
static int
decode_hint(const unsigned char *data, size_t len, const char *encoding,
			LoadDecoded *out)
{
	Candidate	c;
	int			r = -1;

	decode_named(data, len, encoding, &c);
	if (c.ok && (c.han == 0 || c.score >= MIN_COMMON_SHARE))
		r = finish_utf8(&c, out);
	free(c.u);
	if (r != 0)
		out->error[0] = '\0';
	return r;
}

/*
 * After a forced encoding decoded: warn when its text does not look like
 * Chinese (no Han character, or few common ones) while detection reads the
 * file as Chinese text in another encoding (-E KOI8-R on a UTF-8 file).
 */
static void
warn_if_misread(const unsigned char *data, size_t len, const char *forced,
				LoadDecoded *out)
{
	Candidate	c;
	LoadDecoded other;
	bool		poor;

	decode_named(data, len, forced, &c);
	poor = !c.ok || c.han == 0 || c.score < MIN_COMMON_SHARE;
	free(c.u);
	if (!poor || load_decode(data, len, NULL, NULL, &other) != 0)
		return;
	if (strcmp(canonical_encoding(other.encoding), canonical_encoding(forced)) != 0)
		snprintf(out->warning, sizeof(out->warning),
				 "the text read as %s does not look like Chinese (%ld Han characters, %.0f%% common ones); the file reads as %s",
				 forced, c.han, c.score * 100, other.encoding);
	load_decoded_free(&other);
}

int
load_decode(const unsigned char *data, size_t len, const char *forced,
			const char *hint, LoadDecoded *out)
{
	static const struct
	{
		const char *name;
		const char *icu_name;
	}			candidates[] =
	{
		{"GB18030", "GB18030"},
		{"Big5", "Big5"},
		{"UTF-16LE", "UTF-16LE"},
		{"UTF-16BE", "UTF-16BE"},
	};
#define NCANDIDATES (sizeof(candidates) / sizeof(candidates[0]))
	Candidate	cand[NCANDIDATES];
	size_t		where = 0;
	int			utf8;
	int			best = -1;
	size_t		i;
	int			r;
	char		guess[96] = "nothing";
	char		reasons[200] = "";
	char		declared_bad[120] = "";

	memset(out, 0, sizeof(*out));
	if (len == 0)
	{
		snprintf(out->error, sizeof(out->error), "empty file");
		return -1;
	}
	if (len > LOAD_MAX_FILE_BYTES)
	{
		snprintf(out->error, sizeof(out->error), "file too large (%zu bytes, limit %zu)",
				 len, (size_t) LOAD_MAX_FILE_BYTES);
		return -1;
	}

	/* 1. Byte-order marks. */
	if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
	{
		r = decode_as(data + 3, len - 3, "UTF-8", out);
		if (r == 0)
			out->encoding = "UTF-8 (BOM)";
		return r;
	}
	if (len >= 4 && data[0] == 0x84 && data[1] == 0x31 && data[2] == 0x95 && data[3] == 0x33)
		return decode_as(data + 4, len - 4, "GB18030", out);
	if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
		return decode_as(data + 2, len - 2, "UTF-16LE", out);
	if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
		return decode_as(data + 2, len - 2, "UTF-16BE", out);

	/* 2. What the user says (with a warning when it reads badly). */
	if (forced != NULL)
	{
		r = decode_as(data, len, forced, out);
		if (r == 0)
			warn_if_misread(data, len, forced, out);
		return r;
	}

	/*
	 * 3. Valid UTF-8, even when a page declares otherwise: browsers save
	 * pages as UTF-8 and often keep the original charset declaration.
	 */
	utf8 = utf8_check(data, len, &where);
	if (utf8 == 0)
		return decode_as(data, len, "UTF-8", out);

	/* 4. What the page says, if it decodes cleanly into likely text. */
	if (hint != NULL && decode_hint(data, len, hint, out) == 0)
		return 0;
	if (hint != NULL)
		snprintf(declared_bad, sizeof(declared_bad),
				 "the page declares charset %s but is not text in it", hint);

	/* 5. Strict decoding of each candidate, then scoring. */
	memset(cand, 0, sizeof(cand));
	for (i = 0; i < NCANDIDATES; i++)
	{
		cand[i].name = candidates[i].name;
		cand[i].icu_name = candidates[i].icu_name;
		if (strncmp(cand[i].name, "UTF-16", 6) == 0 && len % 2 != 0)
		{
			snprintf(cand[i].why, sizeof(cand[i].why), "odd length");
			continue;
		}
		decode_strict(data, len, &cand[i]);
		if (cand[i].ok)
			judge_text(&cand[i]);
		if (cand[i].ok && cand[i].han > 0 && cand[i].score < MIN_COMMON_SHARE)
		{
			cand[i].ok = false;
			snprintf(cand[i].why, sizeof(cand[i].why),
					 "only %.0f%% of its Han characters are common ones",
					 cand[i].score * 100);
		}
		if (cand[i].ok && (best < 0 || cand[i].score > cand[best].score + 0.05))
			best = (int) i;
		else if (cand[i].ok && cand[i].score > cand[best].score - 0.05)
		{
			/* A near tie: let ucsdet's statistics decide. */
			cand[i].confidence = ucsdet_confidence(data, len, cand[i].name, NULL, 0);
			cand[best].confidence = ucsdet_confidence(data, len, cand[best].name, NULL, 0);
			if (cand[i].confidence > cand[best].confidence)
				best = (int) i;
		}
		/* Keep at most two decodings in memory (large files). */
		{
			size_t		k;

			for (k = 0; k <= i; k++)
			{
				if ((int) k != best && cand[k].u != NULL)
				{
					free(cand[k].u);
					cand[k].u = NULL;
				}
			}
		}
	}

	if (best >= 0)
	{
		r = finish_utf8(&cand[best], out);
		if (r == 0 && declared_bad[0] != '\0')
			snprintf(out->warning, sizeof(out->warning), "%s; read as %s",
					 declared_bad, out->encoding);
	}
	else
	{
		size_t		used = 0;

		ucsdet_confidence(data, len, NULL, guess, sizeof(guess));
		for (i = 0; i < NCANDIDATES && used < sizeof(reasons); i++)
		{
			int			n = snprintf(reasons + used, sizeof(reasons) - used, "%s%s: %s",
									 i > 0 ? "; " : "", cand[i].name, cand[i].why);

			if (n < 0)
				break;
			used += (size_t) n;
		}
		if (utf8 == -2)
			snprintf(out->error, sizeof(out->error),
					 "truncated multibyte sequence: the file ends inside a UTF-8 character at byte %zu",
					 where);
		else if (cand[0].truncated)
			snprintf(out->error, sizeof(out->error),
					 "truncated multibyte sequence: the file ends inside a GB18030 character at byte %zu",
					 cand[0].bad_offset);
		else
			snprintf(out->error, sizeof(out->error),
					 "cannot determine the encoding (not UTF-8: invalid byte at %zu; %s; ICU guesses %s)",
					 where, reasons, guess);
		r = -1;
	}
	for (i = 0; i < NCANDIDATES; i++)
		free(cand[i].u);
	return r;
}

const char *
load_declared_charset(const unsigned char *data, size_t len, char *buf,
					  size_t bufsize)
{
	size_t		n = len < 4096 ? len : 4096;
	size_t		i;

	/* <meta charset="gbk"> or content="text/html; charset=gb2312" */
	for (i = 0; i + 8 < n; i++)
	{
		size_t		j,
					k = 0;

		if (strncasecmp((const char *) data + i, "charset=", 8) != 0)
			continue;
		j = i + 8;
		while (j < n && (data[j] == '"' || data[j] == '\'' || data[j] == ' '))
			j++;
		while (j < n && k + 1 < bufsize &&
			   ((data[j] >= 'a' && data[j] <= 'z') || (data[j] >= 'A' && data[j] <= 'Z') ||
				(data[j] >= '0' && data[j] <= '9') || data[j] == '-' || data[j] == '_'))
			buf[k++] = (char) data[j++];
		buf[k] = '\0';
		if (k > 0)
			return canonical_encoding(buf);
	}
	return NULL;
}

void
load_decoded_free(LoadDecoded *d)
{
	free(d->text);
	d->text = NULL;
	d->len = 0;
}
