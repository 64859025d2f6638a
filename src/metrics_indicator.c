/*
 * metrics_indicator.c
 *		The indicator of a figure: the measured thing, from the words
 *		before the number (地区生产总值增长6%) or after it (1200个贫困村,
 *		95%以上的干部和群众, 2235万城市居民), cut at word-like boundaries:
 *		leading time, discourse and modal words and trailing verbs and
 *		particles are stripped; 分别 lists pair item by item.  Rules in
 *		doc/metrics.md.
 */
#include "postgres.h"

#include "metrics_scan.h"
#include "outline_text.h"
#include "segment.h"

static bool span_has_verb(const Scan *s, ZhSpan sp);
static bool has_verb(const ZhToken *tok, int n);
static char pos_class(const ZhToken *t);
static bool plain_verb(const ZhToken *t);
static bool has_noun(const ZhToken *tok, int from, int n);
static bool clean_by_pos(const Scan *s, ZhSpan *sp);

/* Words between the indicator and the number, stripped from its end. */
static const char *const tail_words[] = {"拟安排", "多达", "高达", "总共只", "总共", "只", "平均减轻", "减轻", "平均为", "平均达到", "平均", "首次", "再次", "首度", "继续", "仍然", "依然", "仍", "拟定为", "确定为", "规定为", "定为", "上涨", "人均每年", "人均每月", "人均", "户均", "平均每年", "每人每年", "每人每月", "每年", "每月", "为此", "实际", "名义", "累计完成", "完成",
	"由上年", "由去年", "从上年", "从去年", "预定", "拟定", "确定", "规定", "核定", "估算",
	"去年底", "今年底", "年底", "年末", "去年", "今年", "上年", "明年", "全年", "十年", "五年", "三年", "两年",
	"全国", "全省", "全市", "全县", "全区", "现已", "新增", "净增", "达到", "达", "为", "是", "增长", "增加", "提高", "上升", "提升",
	"压减", "缩减", "削减", "同期", "则", "基本建成", "建成", "新开工", "开工", "竣工",
	"第一季度", "第二季度", "第三季度", "第四季度", "一季度", "前三季度", "上半年", "下半年",
	"扩大", "下降", "减少", "降低", "回落", "突破", "以及", "超过", "超", "约", "大约", "近", "接近", "不低于",
	"不少于", "至少", "不超过", "略高于", "略低于", "高于", "低于", "少于", "小于", "多于",
	"达到或", "或略", "到现在的", "到现在", "不到", "不足", "控制在", "保持在", "稳定在", "实现", "了", "累计",
	"年均", "同比", "分别", "再", "均", "共", "总计", "合计", "高", "低", "到", "增至", "在",
	"从", "由", "递增", "递减", "净增", "左右", "翻", "降", "增", "的", "预计", "将", "要", "已", "已经", "共有", "有",
	"就有", "也", "还", "可", "占", "等于", "将要", "约有", "发展到", "上升为", "增加了", "发展",
"增产", "减产", "至", "降至", "降到", "按", "拟按", "拟", NULL};

/* Words that end in a tail word and are whole (国际条约: not 条 + 约). */
static const char *const whole_words[] = {"条约", "公约", "合约", "协约", "契约", "节约", "制约", "政策规定",
	"法律规定", NULL};

/* Words before the indicator, stripped from its start. */
/*
 * Single characters only where they never start a name (其他, 在校, 使用,
 * 再生 and 共享 do): 也, 但, 拟, 将, 要, 并, 已, 和.
 */
static const char *const head_words[] = {"其中", "去年", "今年底", "今年内", "年底", "年末", "年内", "今年", "明年", "上年", "全年", "全区", "全国",
	"累计", "年均", "五年", "两年", "三年", "已经", "已", "并", "的", "我们", "也要", "也", "但是", "但", "确保",
	"拟", "将要", "将", "要", "力争", "争取", "计划", "预计", "同时", "而且", "并且", "还要", "继续",
	"进一步", "此外", "另外", "按照", "到本世纪末", "到本世纪", "本世纪末", "全省", "全市", "全县",
	"首先是", "首先", "我国", "和", "拟安排", "安排", "东部地区", "中部地区", "西部地区", "东北地区",
	"中西部地区", "贫困地区", "民族地区", "边远地区", "把", "今后五年", "今后三年", "今后两年",
	"未来五年", "五年内", "三年内", "两年内", "今后", "期间", "时期", "上半年", "下半年",
	"一季度", "第一季度", "前三季度", "同期", "“六五”", "“七五”", "“八五”",
	"“九五”", "“十五”", "“十一五”", "“十二五”", "“十三五”", "“十四五”", "“十五五”", "”", "为此",
	"结果", "有些时期", "有些地方", "有的地方", "有些地区", "有的地区", "一些地方", "一些地区",
	"在今年内", "在明年内", "在今年", "在明年", "在去年", "或者", "现在", "目前", "大大",
	"各地区", "各地", "各省", "实现", "平均每天", "每天", "、", "——", "—", "扣除价格因素后", "扣除价格因素", "剔除价格因素", NULL};

/* Verbs of change that lead a span (也要再减少贫困人口) are not the name. */
static const char *const change_heads[] = {"再", "增加", "减少", "提高", "降低", "扩大", "缩小", "压减",
NULL};

/* Acts of building: no name beside one, but better than none (新开工700万套). */
static const char *const building_acts[] = {"基本建成", "建成", "新开工", "开工", "竣工", NULL};

/* Verbs after which the counted thing follows the number (建设8处载体). */
static const char *const action_verbs[] = {"建设", "新建", "建成", "完成", "打造", "引进", "开展", "举办",
	"实施", "启动", "提升", "推进", "设置", "聘用", "招聘", "排查", "安装", "补植", "维修", "更新", "改造",
	"发放", "办理", "解决", "惠及", "培训", "扶持", "开放", "集聚", "接待", "组织", "认领", "投资", "总投资",
	"改扩建", "谋划", "增设", "建立", "落实", "化解", "调解", "培育", "签订", "吸引", "服务", "为", "新增",
	"新增改造", "创建", "建", "新改建", "办结", "整治", "获得", "争取", "提供", "帮扶", "救助", "资助",
	"招引", "引育", "培养", "新开", "开通", "修建", "铺设", "栽植", "治理", "收集", "清理", "拆除", "出台",
"新设", "安排", "团结", "续建", "减少", "增加", "开工", "投产", "关闭", "取消", "有", "设立", NULL};

/* Where a noun after the number ends: verbs and particles that follow it. */
static const char *const noun_stops[] = {"的", "和", "以及", "及", "与", "、", "已", "将", "实现", "得到", "得以",
	"增长", "增加", "提高", "下降", "减少", "扩大", "降低", "上升", "缩小", "比", "较", "同比", "增产", "减产",
	"用于", "发展", "培养", "达到", "是", "为", "在", "被", "要", "受益", "覆盖", "参加", "完成", "基本",
	"全部", "通过", "正在", "试", "开始", "获得", "享受", "解决", "摆脱", "提前", "达标",
	"对", "对于", "经过", "往往", "曾经", "用好", "管好", "减至", "降至", "增至", "升至", "减为", "降为", NULL};

/* Is c a digit of any kind (a year's or a number's)? */
static bool
digit_char(unsigned int c)
{
	return any_digit(c) || c == ' ';
}

/* A year or date written at the start (1955年, 一九五四年, 2000年底) or end. */
static bool
strip_year(const Scan *s, ZhSpan *sp, bool at_start)
{
	size_t		p,
				end;
	int			n = 0;
	bool		bare;

	if (at_start)
	{
		p = sp->start;
		while (p < sp->end && digit_char(char_at(s, p, NULL)) && n < 12)
		{
			int			l;

			char_at(s, p, &l);
			p += l ? l : 1;
			n++;
		}
		if (n >= 2 && match_at(s, p, "年") && p + 3 <= sp->end)
		{
			sp->start = p + 3;
			if (match_at(s, sp->start, "底") || match_at(s, sp->start, "末"))
				sp->start += 3;
			return true;
		}
		return false;
	}
	/* 煤的产量到一九五七年计划达到…: the plan word goes with its year */
	end = sp->end;
	if (match_before(s, sp->start, end, "年计划"))
		end -= strlen("计划");
	/* …一九八○比一九七五年: a year before 比 may leave out its 年 (4 digits) */
	bare = !match_before(s, sp->start, end, "年");
	if (bare && !match_at(s, end, "比"))
		return false;
	p = bare ? end : end - 3;
	while (p > sp->start && digit_char(char_at(s, prev_char(s, p), NULL)) && n < 12)
	{
		p = prev_char(s, p);
		n++;
	}
	if (n < 2 || (bare && n != 4))
		return false;
	sp->end = p;
	return true;
}

/*
 * The word lists of the edges with their lengths, computed once per list
 * (static arrays: the same in every backend, nothing shared): trim_span
 * runs several times per figure over lists of a hundred words.
 */
#define EDGE_LISTS 4
#define EDGE_MAX_WORDS 192

typedef struct EdgeWords
{
	const char *const *words;
	int			n;
	uint8_t		len[EDGE_MAX_WORDS];
	/* chains of word indexes in list order, by the key byte (see edge_key) */
	int16_t		first_at[2][256];
	int16_t		next[2][EDGE_MAX_WORDS];
} EdgeWords;

/*
 * The byte a word is looked up by: at a span's end its last byte, at its
 * start its third (for CJK words the byte that tells characters apart).
 */
static inline unsigned char
edge_key(const unsigned char *w, size_t wl, bool first)
{
	return first ? w[wl >= 3 ? 2 : wl - 1] : w[wl - 1];
}

static const EdgeWords *
edge_words(const char *const *words)
{
	static EdgeWords cache[EDGE_LISTS];
	EdgeWords  *e = NULL;

	for (int i = 0; i < EDGE_LISTS; i++)
	{
		if (cache[i].words == words)
			return &cache[i];
		if (cache[i].words == NULL)
		{
			e = &cache[i];
			break;
		}
	}
	if (e == NULL)
		elog(ERROR, "too many edge word lists");
	memset(e->first_at, 0xFF, sizeof(e->first_at));
	for (e->n = 0; words[e->n]; e->n++)
	{
		if (e->n == EDGE_MAX_WORDS)
			elog(ERROR, "edge word list too long");
		e->len[e->n] = (uint8_t) strlen(words[e->n]);
		if (e->len[e->n] < 3)
			elog(ERROR, "edge word shorter than a character");
	}
	/* chains built from the back keep the list's order */
	for (int i = e->n - 1; i >= 0; i--)
		for (int f = 0; f < 2; f++)
		{
			unsigned char k = edge_key((const unsigned char *) words[i], e->len[i], f == 1);

			e->next[f][i] = e->first_at[f][k];
			e->first_at[f][k] = (int16_t) i;
		}
	e->words = words;
	return e;
}

/*
 * The word of the list that ends at end (first == false) or starts at start
 * (first == true) within [start, end): its length, or 0.  Compares a byte
 * before calling memcmp.
 */
static size_t
word_at_edge(const Scan *s, size_t start, size_t end, const char *const *words, bool first)
{
	const unsigned char *d = (const unsigned char *) s->doc;
	const EdgeWords *e = edge_words(words);

	if (end < start + 3)
		return 0;
	for (int i = e->first_at[first][first ? d[start + 2] : d[end - 1]]; i >= 0; i = e->next[first][i])
	{
		const char *w = e->words[i];
		size_t		wl = e->len[i];

		if (wl > end - start)
			continue;
		if (first ? (d[start] != (unsigned char) w[0] || d[start + wl - 1] != (unsigned char) w[wl - 1] ||
					 memcmp(d + start, w, wl) != 0)
			: (d[end - 1] != (unsigned char) w[wl - 1] || d[end - wl] != (unsigned char) w[0] ||
			   memcmp(d + end - wl, w, wl) != 0))
			continue;
		return wl;
	}
	return 0;
}

/*
 * 按可比价格计算, 按年底存栏数平均每户: the basis of a measure is no
 * name; the span goes on after 计算, or from 平均.  So is what a measure
 * leaves out (扣除留抵退税因素后): the name ends before 扣除, or starts
 * after 因素(后) when it opens the span.
 */
static bool
strip_basis(const Scan *s, ZhSpan *sp)
{
	size_t		at;
	size_t		cut = find_last(s, sp->start, sp->end, "扣除");

	/* 一般公共预算收入扣除留抵退税因素后增长: what is taken out is no name */
	if (cut != NO_POS && (at = find_last(s, cut, sp->end, "因素")) != NO_POS)
	{
		if (cut > sp->start)
			sp->end = cut;
		else
			sp->start = at + strlen(match_at(s, at, "因素后") ? "因素后" : "因素");
		return true;
	}
	if (!match_at(s, sp->start, "按"))
		return false;
	if ((at = find_last(s, sp->start, sp->end, "计算")) != NO_POS && at + 6 < sp->end)
		sp->start = at + 6;
	else if ((at = find_last(s, sp->start, sp->end, "平均")) != NO_POS && at + 6 < sp->end)
		sp->start = at;
	else
		return false;
	return true;
}

/*
 * 粮食总产量在上年大幅度增长的基础上: the frame of the figure (在…基础上,
 * 在…情况下, 在…冲击下) is no part of the name.
 */
static bool
strip_frame(const Scan *s, ZhSpan *sp)
{
	static const char *const frames[] = {"基础上", "情况下", "前提下", "条件下", "下", NULL};
	size_t		zai;

	/* 今年２月修订计划时: a clause of when (a verb, then 时) frames the figure */
	if (match_before(s, sp->start, sp->end, "时") && sp->end - sp->start > 6 &&
		find_last(s, sp->start, sp->end, "在") == NO_POS && span_has_verb(s, *sp))
	{
		sp->end = sp->start;
		return true;
	}
	if (!ends_with_any(s, sp->start, sp->end, frames))
		return false;
	zai = find_last(s, sp->start, sp->end, "在");
	if (zai == NO_POS)
		return false;
	sp->end = zai;				/* all frame (在…冲击下): nothing left */
	return true;
}

/* 工资总额（包括奖金在内）: a remark in brackets at the end is no name. */
static bool
strip_remark(const Scan *s, ZhSpan *sp)
{
	size_t		open;

	/* the normal form writes ( ) for （ ） */
	if (match_before(s, sp->start, sp->end, "）"))
		open = find_last(s, sp->start, sp->end, "（");
	else if (match_before(s, sp->start, sp->end, ")"))
		open = find_last(s, sp->start, sp->end, "(");
	else
		return false;
	if (open == NO_POS || open == sp->start)
		return false;
	sp->end = open;
	return true;
}

/*
 * 为实现本世纪末把我国人口控制在十二亿以内: the object of 把 is the measured
 * thing; what stands before 把 is its frame.
 */
static bool
strip_before_ba(const Scan *s, ZhSpan *sp)
{
	size_t		ba = find_last(s, sp->start, sp->end, "把");

	if (ba == NO_POS || ba == sp->start || ba + 3 >= sp->end)
		return false;
	sp->start = ba + 3;
	return true;
}

void
trim_span(const Scan *s, ZhSpan *sp)
{
	bool		changed = true;
	size_t		after_spaces;
	int			rounds = 0;

	sp->start = bounded_start(s, sp->start, sp->end, WINDOW);
	/* every round strips something; 40 rounds strip more than the window */
	while (changed && sp->end > sp->start && rounds++ < 40)
	{
		size_t		l;

		changed = false;
		if (!ends_with_any(s, sp->start, sp->end, whole_words) &&
			(l = word_at_edge(s, sp->start, sp->end, tail_words, false)) > 0)
		{
			sp->end -= l;
			changed = true;
		}
		if ((l = word_at_edge(s, sp->start, sp->end, head_words, true)) > 0)
		{
			sp->start += l;
			changed = true;
		}
		if ((l = word_at_edge(s, sp->start, sp->end, change_heads, true)) > 0 &&
			sp->start + l + 6 <= sp->end && !word_goes_past(s, sp->start, (int) l))
		{
			sp->start += l;
			changed = true;
		}
		if (strip_year(s, sp, true) || strip_year(s, sp, false) || strip_basis(s, sp) ||
			strip_remark(s, sp) || strip_frame(s, sp) || strip_before_ba(s, sp))
			changed = true;
		if ((after_spaces = skip_spaces(s, sp->start, sp->end)) != sp->start)
		{
			sp->start = after_spaces;
			changed = true;
		}
	}
	/* keep the last 24 characters at most: the words nearest the number */
	{
		size_t		p = sp->end;
		int			n = 0;

		while (p > sp->start && n < 24)
		{
			p = prev_char(s, p);
			n++;
		}
		sp->start = p < sp->start ? sp->start : p;
	}
}

/* Does the span end with an action verb (a fragment such as 新设, 安排)? */
static bool
span_ends_with_action(const Scan *s, ZhSpan sp)
{
	if (sp.end <= sp.start)
		return false;
	for (int i = 0; action_verbs[i]; i++)
		if (match_before(s, sp.start, sp.end, action_verbs[i]))
			return true;
	return false;
}

/*
 * A span that does not name a thing: empty, a verb, a list of examples
 * (香港中路等), an ordinal fragment (第一台) or a place (全省).
 */
static bool
span_is_fragment(const Scan *s, ZhSpan sp)
{
	if (sp.end <= sp.start || span_ends_with_action(s, sp) || match_before(s, sp.start, sp.end, "等"))
		return true;
	if (match_at(s, sp.start, "第") && sp.end - sp.start <= 9)
		return true;
	/* 要使全国80%以上的人口地区普及…: what is made to happen follows */
	if ((sp.end - sp.start == 3 && (match_at(s, sp.start, "使") || match_at(s, sp.start, "让"))) ||
		(sp.end - sp.start == 6 && (match_at(s, sp.start, "促使") || match_at(s, sp.start, "要使"))))
		return true;
	return false;
}

/* Words before 95%以上的干部: what follows 的 is the measured population. */
static const char *const share_heads[] = {"占", "约占", "覆盖", "有", "还有", "团结", NULL};

/* Nouns after 的 that name no measured thing: 翻两番的目标, 的任务. */
static bool
abstract_noun(const Scan *s, ZhSpan sp)
{
	static const char *const words[] = {"目标", "任务", "要求", "水平", "基础", "成绩", "成就",
	"速度", "地位", "标准", "问题", "原则", "政策", "方针", "计划", "规划", "控制线", "红线", "底线",
	"幅度", "范围", "情况", "条件", "前提", "指标", "年度目标", "预期目标", "预定目标", "计划目标", NULL};

	for (int i = 0; words[i]; i++)
		if (match_at(s, sp.start, words[i]))
			return true;
	return false;
}

/*
 * A clause with a verb, then 的, within 16 characters after pos (no
 * punctuation or number between): where its 的 stands, or NO_POS.
 */
static size_t
relative_clause_end(const Scan *s, size_t pos)
{
	size_t		p = pos;
	int			n = 0;

	while (p < s->len && n < 16)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		/* a number, punctuation or a join (硬措施和…的50项) ends the search */
		if (ends_words(cp, clen) || cp == 0x548C || cp == 0x53CA || cp == 0x4E0E)
			return NO_POS;			/* 和 及 与 */
		if (cp == 0x7684)		/* 的 */
		{
			ZhToken    *tok;
			int			k;
			bool		verb;

			if (n < 2)
				return NO_POS;
			/*
			 * 17个部培养熟练工人的计划: a noun first is the counted thing;
			 * so is a word an adverb follows (三十个县分别达到了…的要求)
			 */
			tok = zh_segment_span(s->doc + pos, (int) (p - pos), &k);
			verb = k > 0 && pos_class(&tok[0]) != 'n' && !(k > 1 && pos_class(&tok[1]) == 'd') &&
				has_verb(tok, k);
			pfree(tok);
			return verb ? p : NO_POS;
		}
		p += clen;
		n++;
	}
	return NO_POS;
}

/*
 * The noun after the figure, up to punctuation, a number or a verb.  After
 * a share (近百分之三十独立核算的国营工业企业) a 的 inside joins a modifier
 * to the head noun: the span goes on after it.
 */
static ZhSpan
noun_after(const Scan *s, size_t pos, bool over_de, bool relative)
{
	ZhSpan		sp = {pos, pos};
	int			n = 0;
	bool		quoted = false;
	size_t		opened = pos;

	if (match_at(s, sp.start, "的"))
		sp.start = sp.end = pos + 3;
	else if (relative)
	{
		/* 15种可以通过接种疫苗有效预防的传染病: a clause before 的 describes the head */
		size_t		de = relative_clause_end(s, pos);

		if (de != NO_POS)
			sp.start = sp.end = de + 3;
	}
	while (sp.end < s->len && (n < 12 || (quoted && n < 20)))
	{
		int			clen;
		unsigned int cp = char_at(s, sp.end, &clen);
		bool		stop = false;

		/*
		 * a numeral inside quotes that open the noun is part of a name
		 * (“三提五统”, “两基”)
		 */
		if ((ends_words(cp, clen) && !(quoted && opened == sp.start && zh_digit_value(cp) >= 0)) ||
			(cp == 0x201D && !quoted) || (cp == 0x201C && quoted) ||
			match_at(s, sp.end, "百分之") || match_at(s, sp.end, "千分之"))
			break;				/* …八千五百多万亩的百分之四十二: a number, no noun */
		/* 11处“智慧警务驿站”, 8家“瞪羚”企业: a name in quotes is a noun */
		if (cp == 0x201C || cp == 0x201D)
		{
			quoted = cp == 0x201C;
			opened = sp.end;
			sp.end += clen;
			continue;
		}
		if (over_de && n > 0 && match_at(s, sp.end, "的"))
		{
			over_de = false;
			sp.start = sp.end + 3;
			sp.end += 3;
			continue;
		}
		for (int i = 0; noun_stops[i] && !stop; i++)
			if (match_at(s, sp.end, noun_stops[i]))
			{
				stop = true;
				/* 90%的在校生, 5个在建项目: a stop opening a longer word is none */
				if (n == 0 && word_goes_past(s, sp.end, (int) strlen(noun_stops[i])))
					stop = false;
				/*
				 * 65%的地区普及…: nor is a content character inside a word
				 * (普及, 成为); 的, 和, 与 always join
				 */
				if (n > 0 && strlen(noun_stops[i]) == 3 && !match_at(s, sp.end, "的") &&
					!match_at(s, sp.end, "和") && !match_at(s, sp.end, "与") &&
					(inside_word(s, sp.end) || word_covers(s, sp.start, sp.end)))
					stop = false;
			}
		if (stop)
			break;
		sp.end += clen;
		n++;
	}
	if (quoted)
		sp.end = opened;		/* a quote left open (事项“即来即办”) ends before it */
	return sp;
}

static void subject_of_change(const Scan *s, ZhSpan *sp);
static void share_last_head(Scan *s, ZhSpan *sp);

/* 分别 lists: the items named before 分别 (A、B和C分别…). */
static void
collect_items(Scan *s, size_t from, size_t to)
{
	size_t		p,
				item_start;

	/* a list longer than this is not one an analyst pairs by hand */
	from = bounded_start(s, from, to, 4 * WINDOW);
	p = item_start = from;
	s->nitems = 0;
	while (p <= to && s->nitems < MAX_ITEMS)
	{
		int			clen = 1;
		unsigned int cp = p < to ? char_at(s, p, &clen) : 0;

		if (clen == 0)
			clen = 1;
		if (p == to || cp == 0x3001 || cp == 0x548C || cp == 0x53CA || cp == 0x4E0E)	/* 、和及与 */
		{
			size_t		a = item_start,
						b = p;

			a = skip_spaces(s, a, b);
			if (b > a)
			{
				s->items[s->nitems].start = a;
				s->items[s->nitems].end = b;
				/* 二氧化硫排放总量近年来首次出现双下降: before its change is cut */
				subject_of_change(s, &s->items[s->nitems]);
				/* the first item carries the sentence's lead-in (去年, 全年) */
				trim_span(s, &s->items[s->nitems]);
				/* 用于科技、教育…的支出: the verb before the first item is none */
				if (s->nitems == 0 && match_at(s, s->items[0].start, "用于") &&
					s->items[0].end > s->items[0].start + strlen("用于"))
					s->items[0].start += strlen("用于");
				/* 二氧化硫排放总量近年来首次出现双下降: the item ends at its predicate */
				clean_by_pos(s, &s->items[s->nitems]);
				if (s->items[s->nitems].end > s->items[s->nitems].start)
					s->nitems++;
			}
			item_start = p + clen;
		}
		if (p == to)
			break;
		p += clen;
	}
}

/*
 * Does a level (a number, a year, 上年, 原来的) follow the 由/从 that ends at
 * p, within 8 characters?  Then it opens a change (人口覆盖率由2003年的77%);
 * 农民每人平均从集体分得的收入 is no change, 从 is part of the name.
 */
static bool
level_follows(const Scan *s, size_t p, size_t end)
{
	static const char *const times[] = {"今年", "去年", "上年", "明年", "原", "目前", "现在", "过去", NULL};

	if (starts_with_any(s, p, end, times))
		return true;
	for (int n = 0; n < 8 && p < end; n++)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0)
			break;
		if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) || zh_is_number_start(cp))
			return true;
		p += clen;
	}
	return false;
}

/*
 * 新建改扩建中小学、幼儿园30所: a count right after a list of two or three
 * short nouns, written in characters only (no number, no bracket), counts
 * them all.  from..sep is the part before the last 、.
 */
static bool
count_of_list(const Scan *s, const Figure *fig, size_t from, size_t sep)
{
	int			items = 1;

	if (fig->q.unit == NULL || strcmp(fig->q.unit->category, "count") != 0 ||
		ot_count_chars(s->doc, sep + 3, fig->qstart) > 6 || match_before(s, from, fig->qstart, "等"))
		return false;
	for (size_t p = from; p < sep;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (cp == 0x3001)		/* 、 */
			items++;
		else if (clen == 0 || any_digit(cp) || cp < 0x4E00 || cp > 0x9FFF)
			return false;		/* a number, a bracket: no plain list of nouns */
		p += clen;
	}
	return items <= 2 && ot_count_chars(s->doc, from, sep) <= 10;
}

/* The words before the figure in its clause, after the previous figure. */
static ZhSpan
span_before(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	size_t		from = s->clause_start;
	size_t		qstart = fig->qstart;
	ZhSpan		sp;

	if (s->prev_end > from && s->prev_end <= qstart)
		from = s->prev_end;
	/*
	 * after a list separator, the item before it does not apply, unless
	 * the list names the things one count counts (中小学、幼儿园30所)
	 */
	{
		size_t		sep = find_last(s, window_start(from, qstart), qstart, "、");

		if (sep != NO_POS && !count_of_list(s, fig, from, sep))
			from = sep + 3;
	}
	sp.start = from;
	sp.end = qstart;
	if (f->baseline.end > 0 && f->baseline.start >= from + 3 && f->baseline.start <= qstart)
	{
		/* cut before 同比 / before the 比 or 较 of 比上年 */
		sp.end = match_at(s, f->baseline.start, "同比") ? f->baseline.start : f->baseline.start - 3;
	}
	/* 人口覆盖率由2003年的77%: cut before 由 / 从 */
	{
		size_t		b = last_source_word(s, window_start(sp.start, sp.end), sp.end);

		if (b != NO_POS && b > sp.start && level_follows(s, b + 3, sp.end))
			sp.end = b;
	}
	if (f->period.end > 0 && f->period.start >= sp.start && f->period.end <= sp.end)
	{
		/*
		 * 地区生产总值年均增长: the period sits between name and verb; 年均
		 * 超收: the name follows it.
		 */
		static const char *const changes[] = {"递增", "递减", "增长", "增加", "提高", "下降", "减少",
		"降低", "上升", NULL};
		ZhSpan		after = {f->period.end, sp.end};

		trim_span(s, &after);
		/* 农业总产值平均每年递增的速度: a change after the period names nothing */
		if (after.end > after.start && !starts_with_any(s, after.start, after.end, changes))
			sp = after;
		else
			sp.end = f->period.start;
	}
	trim_span(s, &sp);
	/* 原定的煤炭产量的指标是…: the target of a named thing (not 一九五七年的指标) */
	if (match_before(s, sp.start, sp.end, "的指标") && sp.end - sp.start > 9 &&
		!match_before(s, sp.start, sp.end - 9, "年"))
	{
		sp.end -= strlen("的指标");
		trim_span(s, &sp);
	}
	/* 已经确定的…工农业年总产值: after the last 的, when a name follows */
	{
		size_t		de = find_last(s, window_start(sp.start, sp.end), sp.end, "的");

		if (de != NO_POS && de > sp.start && sp.end - (de + 3) >= 9)
		{
			/*
			 * 国家财政用于教育的事业费: a short purpose names the fund (not a
			 * long one: 用于城市居民最低生活保障的补助资金)
			 */
			size_t		yu = find_last(s, sp.start, de, "用于");

			sp.start = yu != NO_POS && sp.end - yu <= 3 * 10 ? yu : de + 3;
			trim_span(s, &sp);	/* 提出的2010年人均国内生产总值 */
		}
	}
	return sp;
}

/* The part-of-speech class of a token: its tag's first letter, 0 unknown. */
static char
pos_class(const ZhToken *t)
{
	const char *name = t->kind == ZH_TOKEN_WORD ? zh_pos_name(t->pos) : NULL;

	return name ? name[0] : 0;
}

/* Is the token tagged a plain verb (v, not vn: 就业 in 就业人数 is a noun)? */
static bool
plain_verb(const ZhToken *t)
{
	const char *name = t->kind == ZH_TOKEN_WORD ? zh_pos_name(t->pos) : NULL;

	return name && strcmp(name, "v") == 0;
}

/* A verb or a word the tagger does not know (减税降费: often an action). */
static bool
has_verb(const ZhToken *tok, int n)
{
	for (int i = 0; i < n; i++)
		if (pos_class(&tok[i]) == 'v' || (tok[i].kind == ZH_TOKEN_WORD && tok[i].pos == 0))
			return true;
	return false;
}

/* Does a token of tok[from, n) name a thing? */
static bool
has_noun(const ZhToken *tok, int from, int n)
{
	for (int i = from; i < n; i++)
	{
		const char *name = tok[i].kind == ZH_TOKEN_WORD ? zh_pos_name(tok[i].pos) : NULL;

		if (name && (name[0] == 'n' || strcmp(name, "vn") == 0))
			return true;
	}
	return false;
}

/* A noun, a verbal noun, a set phrase (生产资料) or an abbreviation. */
static bool
names_thing(const ZhToken *t)
{
	const char *name = t->kind == ZH_TOKEN_WORD ? zh_pos_name(t->pos) : NULL;

	return name && (name[0] == 'n' || strcmp(name, "vn") == 0 || name[0] == 'l' || name[0] == 'j');
}

/* Is the token, as written, one of the words? */
static bool
token_is_one_of(const Scan *s, size_t base, const ZhToken *t, const char *const *words)
{
	if (t->kind != ZH_TOKEN_WORD)
		return false;
	for (int i = 0; words[i]; i++)
		if (t->byte_len == strlen(words[i]) && match_at(s, base + t->byte_start, words[i]))
			return true;
	return false;
}

/*
 * Do tok[from, n) hold a 的 followed by content words to the end (…的发明:
 * after 的 even a word tagged a verb is a noun; 国家和地区 joins two)?
 */
static bool
de_then_noun(const Scan *s, size_t base, const ZhToken *tok, int from, int n)
{
	static const char *const de[] = {"的", NULL};

	for (int j = n - 2; j >= from; j--)
		if (token_is_one_of(s, base, &tok[j], de))
		{
			for (int k = j + 1; k < n; k++)
			{
				char		c = pos_class(&tok[k]);

				/* 国家和地区: a conjunction between nouns */
				if (c != 'n' && c != 'v' && c != 'l' && c != 'j' && !(c == 'c' && k < n - 1))
					return false;
			}
			return true;
		}
	return false;
}

/* 拟, 将, 要, 可: modal words the tagger calls verbs (中央财政拟安排) */
static bool
modal_word(const Scan *s, size_t base, const ZhToken *t)
{
	static const char *const words[] = {"拟", "将", "要", "可", "应", "再", NULL};

	return token_is_one_of(s, base, t, words);
}

/* Verbs of a budget (中央财政安排专项资金): their object is the name. */
static const char *const budget_verbs[] = {"安排", "投入", "拨付", "下达", "筹集", "拨出", "拿出", NULL};

static bool
budget_verb(const Scan *s, size_t base, const ZhToken *t)
{
	return plain_verb(t) && token_is_one_of(s, base, t, budget_verbs);
}

/*
 * Word boundaries from the segmenter's tags (the word lists above catch
 * the frequent words; these catch the rest, in any report):
 * - a span that opens with a preposition and holds no verb (在三种不同的
 *   地区, 按照中央) is an adverbial phrase, not a name: it is dropped, and
 *   the figure's name is sought after the number or in the clause before
 *   (为企业减税降费 names what was done: kept; so is a span with a word the
 *   tagger does not know);
 * - leading adverbs and conjunctions (也, 再, 并且) are stripped;
 * - an adverb followed by a verb after a noun starts the predicate
 *   (远程教育工程已投入, 粮食产量将达到): the span ends before it.
 * Says whether the span left ends in a verb, conjunction or adverb of two
 * characters or more: the clause goes on after the number, which names
 * its object.
 */
static bool
clean_by_pos(const Scan *s, ZhSpan *sp)
{
	ZhToken    *tok;
	int			n,
				first = 0,
				last;
	bool		noun_seen = false;
	bool		opened_by_verb = false;
	bool		verb_last;

	if (sp->end <= sp->start || sp->end - sp->start > 4 * 24)
		return false;
	tok = zh_segment_span(s->doc + sp->start, (int) (sp->end - sp->start), &n);
	if (n == 0)
	{
		pfree(tok);
		return false;
	}
	while (first < n - 1 && (pos_class(&tok[first]) == 'd' || pos_class(&tok[first]) == 'c'))
		first++;
	/* 又 (又增产291亿斤): an adverb alone names nothing */
	if ((pos_class(&tok[first]) == 'p' && tok[first].byte_len >= 3 && !has_verb(tok + first, n - first)) ||
		(first == n - 1 && (pos_class(&tok[first]) == 'd' || pos_class(&tok[first]) == 'c')))
	{
		sp->end = sp->start;
		pfree(tok);
		return false;
	}
	last = n;
	for (int i = first; i < n - 1; i++)
	{
		char		c = pos_class(&tok[i]);

		if (c == 'n')
			noun_seen = true;
		else if (noun_seen && budget_verb(s, sp->start, &tok[i]) && has_noun(tok, i + 1, n))
		{
			/* 中央财政安排优抚事业费: what is budgeted is the name */
			first = i + 1;
			break;
		}
		else if ((c == 'd' || modal_word(s, sp->start, &tok[i])) && noun_seen &&
				 pos_class(&tok[i + 1]) == 'v')
		{
			/*
			 * 中央财政拟安排补贴资金: the spender's object is the name; with
			 * none (中央财政今年再安排1300亿元灾后重建资金) it follows the number
			 */
			if (has_noun(tok, i + 2, n) &&
				(modal_word(s, sp->start, &tok[i]) || budget_verb(s, sp->start, &tok[i + 1])))
			{
				first = i + 2;
				break;
			}
			/* 国家已批准的发明: the verb opens a clause describing the name */
			if (de_then_noun(s, sp->start, tok, i + 2, n))
			{
				first = i;
				break;
			}
			last = i;
			opened_by_verb = tok[i + 1].byte_len >= 6 && plain_verb(&tok[i + 1]);
			break;
		}
	}
	/* 粮食产量首次(超过): an adverb left at the end after a noun is no name */
	while (last - 1 > first && pos_class(&tok[last - 1]) == 'd' &&
		   (pos_class(&tok[last - 2]) == 'n' || pos_class(&tok[last - 2]) == 'l') && !opened_by_verb)
		last--;
	sp->end = sp->start + tok[last - 1].byte_start + tok[last - 1].byte_len;
	sp->start += tok[first].byte_start;
	/*
	 * two characters at least: a lone 率 of 赤字率 is tagged a verb; a
	 * conjunction or adverb (美苏即使削减了50%的…) leaves the clause open too
	 */
	verb_last = opened_by_verb || (tok[last - 1].byte_len >= 6 &&
								   (plain_verb(&tok[last - 1]) || pos_class(&tok[last - 1]) == 'c' ||
									pos_class(&tok[last - 1]) == 'd'));
	pfree(tok);
	return verb_last;
}

/*
 * Who acts, opening a long name (国务院各部门取消和调整行政审批项目): the
 * tokens of the agent, or 0.
 */
static int
agent_tokens(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	static const char *const agents[] = {"国务院", "中央财政", "国家财政", "地方财政", "中央政府",
	"地方政府", NULL};
	/* 各部门, 各级政府 come as two tokens */
	static const char *const parts[] = {"各", "各级", "部门", "财政", "政府", NULL};
	int			a = 0;

	if (n > 1 && token_is_one_of(s, base, &tok[0], agents))
		a = 1;
	while (a > 0 && a < n - 1 && a < 3 && token_is_one_of(s, base, &tok[a], parts))
		a++;
	return a;
}

/* Verbs that state an aim or a rule (中央提出, 国务院决定). */
static bool
stating_verb(const Scan *s, size_t base, const ZhToken *t)
{
	static const char *const words[] = {"提出", "规定", "决定", "确定", "要求", "强调", "指出",
	"建议", "批准", "提请", "宣布", NULL};

	return token_is_one_of(s, base, t, words);
}

/*
 * A long name before the number (over 6 characters, more than an indicator
 * may add) that opens with verbs names what follows them: 建成万吨级以上泊位
 * → 万吨级以上泊位, 可减轻企业和居民负担 → 企业和居民负担.  Applied last: 覆盖
 * and 占 decide first that the noun after the number is the name.
 */
static void
strip_leading_verbs(const Scan *s, ZhSpan *sp)
{
	static const char *const aspect_marks[] = {"了", "过", NULL};
	static const char *const joiners[] = {"和", "、", "与", NULL};
	ZhToken    *tok;
	int			n,
				a = 0,
				v;
	bool		agent = false;

	if (sp->end - sp->start <= 18 || sp->end - sp->start > 4 * 24)
		return;
	tok = zh_segment_span(s->doc + sp->start, (int) (sp->end - sp->start), &n);
	/*
	 * 中央提出今年经济增长预期目标: who states the aim is no part of it; nor
	 * is the stating verb, tagged a noun or not (规定一九五九年生产资料的生产)
	 */
	while (a < n - 1 && a < 2 && !stating_verb(s, sp->start, &tok[a]) &&
		   (pos_class(&tok[a]) == 'n' || pos_class(&tok[a]) == 'r'))
		a++;
	if (a < n - 1 && stating_verb(s, sp->start, &tok[a]))
		a++;
	else if (ot_count_chars(s->doc, sp->start, sp->end) > 12)
	{
		/* 国务院各部门取消和调整行政审批项目: the agent goes with its verbs */
		a = agent_tokens(s, sp->start, tok, n);
		agent = a > 0;
	}
	else
		a = 0;
	/* 共推广了各种改良农具: an adverb may stand before the verbs, 了 after them */
	v = a < n - 1 && pos_class(&tok[a]) == 'd' && plain_verb(&tok[a + 1]) ? a + 1 : a;
	{
		int			verbs = v;

		while (v < n - 1 && v < verbs + 2 && plain_verb(&tok[v]))
			v++;
		/* 取消和调整: two verbs joined */
		if (agent && v > verbs && v + 1 < n - 1 && pos_class(&tok[v + 1]) == 'v' &&
			(token_is_one_of(s, sp->start, &tok[v], joiners)))
			v += 2;
		if (v > verbs && v < n - 1 && token_is_one_of(s, sp->start, &tok[v], aspect_marks))
			v++;
		else if (v == verbs)
			v = agent ? 0 : a;	/* 中央财政科技投入: an agent alone stays */
	}
	/*
	 * 用于积累的部分: verbs before 的 make a modifier of the name; 占国内
	 * 生产总值的比重 names a share
	 */
	if (v > 0 && pos_class(&tok[v]) != 'u' && !match_at(s, sp->start, "占"))
		for (int i = v; i < n; i++)
			if (pos_class(&tok[i]) == 'n' || (a > 0 && names_thing(&tok[i])))
			{
				sp->start += tok[v].byte_start;
				break;
			}
	pfree(tok);
}

/*
 * Do tok[i, n) make one noun with what comes before (197个调整改造项目, 15个
 * 采煤沉陷区治理工程)?  Only content words (verbs and nouns) ending in a
 * noun that heads such names (项目, 工程, 中心 …): 传染病纳入国家免疫规划 is a
 * predicate.
 */
static bool
compound_from(const Scan *s, size_t base, const ZhToken *tok, int i, int n)
{
	static const char *const heads[] = {"项目", "工程", "中心", "基地", "园区", "设施", "平台",
	"机构", "企业", "学校", "医院", "站", "体系", "示范区", "试验区", "开发区", "区", NULL};
	const ZhToken *last = &tok[n - 1];

	for (int k = i; k < n; k++)
	{
		char		c = pos_class(&tok[k]);

		if (c != 'v' && c != 'n')
			return false;
	}
	if (pos_class(last) != 'n')
		return false;
	for (int k = 0; heads[k]; k++)
		if (match_before(s, base, base + last->byte_start + last->byte_len, heads[k]))
			return true;
	return false;
}

/*
 * An adverb, a preposition, a conjunction or a modal first (可以按计划:
 * the tagger calls 可以 a conjunction)?  Not a verb: 采煤沉陷区治理工程 and
 * 就业 are what follows a number.
 */
static bool
first_is_predicate(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	return n > 0 && (pos_class(&tok[0]) == 'd' || pos_class(&tok[0]) == 'p' ||
					 pos_class(&tok[0]) == 'c' || modal_word(s, base, &tok[0]));
}

/*
 * The noun after the number ends where its predicate starts: at the first
 * verb or adverb after its first word (３０个国家建立或恢复了外交关系 → 国家,
 * 95%以上的学生都能 → 学生); when the words after the number open with a
 * predicate (９０％以上可以按计划实现), there is no noun.
 */
static void
cut_at_predicate(const Scan *s, ZhSpan *sp)
{
	ZhToken    *tok;
	int			n;
	bool		quoted = false;

	if (sp->end <= sp->start || sp->end - sp->start > 4 * 24)
		return;
	/*
	 * two characters or less are one word: only a word that may open a
	 * predicate (或者, 只差, 还多, 经过) is worth segmenting
	 */
	if (sp->end - sp->start <= 6 &&
		!char_in(char_at(s, sp->start, NULL), "或还只经可将要就都也又再已仍并而即则才便均共能应"))
		return;
	tok = zh_segment_span(s->doc + sp->start, (int) (sp->end - sp->start), &n);
	if (first_is_predicate(s, sp->start, tok, n))
	{
		sp->end = sp->start;
		pfree(tok);
		return;
	}
	for (int i = 1; i < n; i++)
	{
		/* no predicate inside quotes (“瞪羚”企业) */
		if (match_at(s, sp->start + tok[i - 1].byte_start, "“"))
			quoted = true;
		if (match_at(s, sp->start + tok[i].byte_start, "”"))
			quoted = false;
		if (quoted)
			continue;
		if ((plain_verb(&tok[i]) && !compound_from(s, sp->start, tok, i, n)) ||
			pos_class(&tok[i]) == 'd')
		{
			sp->end = sp->start + tok[i].byte_start;
			break;
		}
	}
	pfree(tok);
}

/*
 * Is the span (of max_bytes at most) one word of the segmenter?  Its token
 * in *word.
 */
static bool
one_word(const Scan *s, ZhSpan sp, size_t max_bytes, ZhToken *word)
{
	ZhToken    *tok;
	int			n;

	memset(word, 0, sizeof(*word));
	if (sp.end <= sp.start || sp.end - sp.start > max_bytes)
		return false;
	tok = zh_segment_span(s->doc + sp.start, (int) (sp.end - sp.start), &n);
	if (n == 1)
		*word = tok[0];
	pfree(tok);
	return n == 1;
}

/* Is the span one word the tagger calls a noun (中央17个部: 部)? */
static bool
is_noun(const Scan *s, ZhSpan sp)
{
	ZhToken		word;

	return one_word(s, sp, 4 * 24, &word) && pos_class(&word) == 'n';
}

/*
 * 384亿元救灾款和740亿元恢复重建资金: the words between two figures of a
 * clause end in 和 / 及 / 与: they name the first, the second's follows.
 */
static bool
joined_to_previous(const Scan *s, const Figure *fig)
{
	static const char *const joins[] = {"以及", "和", "及", "与", NULL};

	return s->prev_end > s->clause_start && s->prev_end < fig->qstart &&
		ends_with_any(s, s->prev_end, fig->qstart, joins);
}

/* Does the span's word stand earlier in the sentence (关停…，今年要关停)? */
static bool whole_word_at(const Scan *s, size_t from, size_t p, size_t l);

static bool
verb_repeated(const Scan *s, ZhSpan sp)
{
	size_t		from = bounded_start(s, s->sentence_start, sp.start, 2 * WINDOW);
	size_t		l = sp.end - sp.start;

	for (size_t p = from; p + l <= sp.start; p++)
		if (memcmp(s->doc + p, s->doc + sp.start, l) == 0 && whole_word_at(s, from, p, l))
			return true;
	return false;
}

/*
 * Is s[p, p + l) a word of its own where it stands (not the 出口 inside
 * 进出口总额)?  The text from up to two characters before it is cut to see.
 */
static bool
whole_word_at(const Scan *s, size_t from, size_t p, size_t l)
{
	size_t		start = p;
	ZhToken    *tok;
	int			n;
	bool		whole = false;

	for (int i = 0; i < 2 && start > from; i++)
		start = prev_char(s, start);
	tok = zh_segment_span(s->doc + start, (int) (p + l - start), &n);
	for (int i = 0; i < n && !whole; i++)
		whole = start + tok[i].byte_start == p && (size_t) tok[i].byte_len == l;
	pfree(tok);
	return whole;
}

/* Is the span one word tagged a verb or adverb, or one character not a noun? */
static bool
lone_verb(const Scan *s, ZhSpan sp)
{
	ZhToken		w;

	return one_word(s, sp, 4 * 6, &w) &&
		(pos_class(&w) == 'v' || pos_class(&w) == 'd' || (w.byte_len <= 3 && pos_class(&w) != 'n'));
}

/*
 * 592个重点贫困县1700万名贫困家庭学生: the words before the second figure
 * were the first one's name (read after it); the second's follows.
 */
static bool
named_by_previous(const Scan *s, ZhSpan sp)
{
	return sp.end > sp.start && s->prev_indicator.start >= s->prev_end &&
		sp.start >= s->prev_indicator.start && sp.end <= s->prev_indicator.end;
}

/* The figures of a list from fig on (8.4%和8%, 3%、5%和7%): how many. */
static int
list_length_ahead(const Scan *s, const Figure *fig)
{
	static const char *const seps[] = {"、", "和", "及", "与", NULL};
	size_t		end = bounded_end(s, fig->end, WINDOW);
	int			n = 1;

	for (size_t p = fig->end; p < end;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || cp == 0xFF0C || cp == 0xFF1B || cp == 0x3002 || cp == ',' || cp == ';')
			break;				/* ，；。 */
		for (int i = 0; seps[i]; i++)
			if (match_at(s, p, seps[i]))
			{
				size_t		q = p + strlen(seps[i]);
				int			ql;
				unsigned int qc = char_at(s, q, &ql);

				if (ql > 0 && (zh_is_number_start(qc) || (qc >= '0' && qc <= '9')))
					n++;
				else
					return n;	/* 8%和经济…: the list is over */
			}
		p += clen;
	}
	return n;
}

/*
 * A figure without a name that opens a list of n (or is the k-th of a 分别
 * list without its own names): the k-th of the last n names of the
 * sentence, when there are that many.
 */
static bool
name_from_list(Scan *s, const Figure *fig, ZhSpan *sp)
{
	bool		fenbie = s->fenbie_at != NO_POS && s->fenbie_at < fig->pos;
	bool		next_of_list = fenbie ? s->fenbie_k > 0 :
		(s->list_n > 0 && s->prev_end <= fig->qstart && fig->qstart - s->prev_end <= 6);

	if (!next_of_list)
	{
		/* 六十斤、八十斤: the list began with a named figure, whose name holds */
		if (s->prev_end > s->clause_start && s->prev_end <= fig->qstart &&
			fig->qstart - s->prev_end <= 6)
			return false;
		/* the list starts here: the names before it are the last n */
		s->list_n = list_length_ahead(s, fig);
		s->list_k = -1;
		s->list_base = s->nnames - s->list_n;
	}
	if (fenbie)
		s->fenbie_k++;
	s->list_k++;
	if (s->list_n < 2 || s->list_base < 0 || s->list_k >= s->list_n)
	{
		s->list_n = 0;
		return false;
	}
	*sp = s->names[s->list_base + s->list_k];
	s->item_gap = s->name_gaps[s->list_base + s->list_k];
	return true;
}

/* The figure's name, for lists that come later in the sentence. */
void
remember_name(Scan *s, ZhSpan name, ZhSpan gap)
{
	if (name.end <= name.start)
		return;
	if (s->nnames > 0 && s->names[s->nnames - 1].start == name.start &&
		s->names[s->nnames - 1].end == name.end)
		return;
	if (s->nnames == MAX_ITEMS)
	{
		memmove(s->names, s->names + 1, sizeof(ZhSpan) * (MAX_ITEMS - 1));
		memmove(s->name_gaps, s->name_gaps + 1, sizeof(ZhSpan) * (MAX_ITEMS - 1));
		s->nnames--;
	}
	s->name_gaps[s->nnames] = gap;
	s->names[s->nnames++] = name;
}

/*
 * 中央财政新增47亿元专项补助资金: money followed by the fund it is (资金,
 * 经费, 款, 补助, 国债 …) is named by that fund.
 */
static bool
fund_after(const Scan *s, const Figure *fig, ZhSpan after)
{
	static const char *const funds[] = {"资金", "经费", "款", "补助", "补贴", "投资", "基金",
	"国债", "债券", "贷款", "拨款", "预算", NULL};

	if (after.end <= after.start || fig->q.unit == NULL ||
		strcmp(fig->q.unit->category, "currency") != 0)
		return false;
	return ends_with_any(s, after.start, after.end, funds);
}

/*
 * 拿出100亿元，直接补贴种粮农民: a clause of 8 characters at most that
 * opens with a verb (after adverbs) says what the money does; empty if
 * none.
 */
static ZhSpan
short_action_clause(const Scan *s, size_t p)
{
	ZhSpan		sp = {p, p};
	size_t		end = p;
	ZhToken    *tok;
	int			n,
				chars = 0,
				i = 0;

	while (end < s->len && chars <= 8)
	{
		int			clen;
		unsigned int cp = char_at(s, end, &clen);

		if (ends_words(cp, clen))
			break;
		end += clen;
		chars++;
	}
	if (chars < 3 || chars > 8 || !(end >= s->len || match_at(s, end, "，") || match_at(s, end, ",") ||
									 match_at(s, end, "。")))
		return sp;
	tok = zh_segment_span(s->doc + p, (int) (end - p), &n);
	while (i < n - 1 && (pos_class(&tok[i]) == 'd' ||
						 (tok[i].kind == ZH_TOKEN_WORD && tok[i].pos != 0 &&
						  strcmp(zh_pos_name(tok[i].pos), "ad") == 0)))
		i++;
	/* after an adverb the word is the verb, whatever its tag (直接|补贴) */
	if (n > 1 && (plain_verb(&tok[i]) || i > 0) && has_noun(tok, i + 1, n))
		sp.end = end;
	pfree(tok);
	return sp;
}

/*
 * 中央财政还将安排150亿元，增加对产粮大县和财政困难县的转移支付: money
 * budgeted with no name on either side is named by the next clause when it
 * says whom or what for (用于…, 对…的…): after 用于 or its last 的, or a short clause of
 * what it does.  Empty otherwise, or when what follows is longer than a
 * name.
 */
static ZhSpan
purpose_after(const Scan *s, const Figure *fig)
{
	static const char *const to_whom[] = {"增加对", "加大对", "对", NULL};
	ZhSpan		sp = {fig->end, fig->end};
	size_t		p;
	size_t		head = NO_POS;
	int			n = 0;

	if (fig->q.unit == NULL || strcmp(fig->q.unit->category, "currency") != 0 ||
		!(match_at(s, fig->end, "，") || match_at(s, fig->end, ",")))
		return sp;
	p = fig->end + (match_at(s, fig->end, ",") ? 1 : 3);
	if (match_at(s, p, "用于"))
		head = p + 6;
	else if (!starts_with_any(s, p, s->len, to_whom))
		return short_action_clause(s, p);
	while (p < s->len && n < 32)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (ends_words(cp, clen))
			break;
		if (cp == 0x7684)		/* 的 */
			head = p + 3;
		p += clen;
		n++;
	}
	if (head != NO_POS && p > head + 3 && p - head <= 3 * 8)
	{
		sp.start = head;
		sp.end = p;
	}
	return sp;
}

/* Does one of tok[0, n) name people (居民, 职工, 人员 …)? */
static bool
tokens_name_people(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	static const char *const people[] = {"居民", "城乡居民", "农民", "职工", "人员", "家庭", "学生",
	"儿童", "老人", "群众", "人口", NULL};

	for (int i = 0; i < n; i++)
		if (token_is_one_of(s, base, &tok[i], people))
			return true;
	return false;
}

/*
 * 港口万吨级码头泊位新增吞吐能力, 国有及国有控股工业企业实现利润: a name of
 * over 12 characters that no 的 divides keeps its last whole words, 8
 * characters at most: the head of a Chinese noun phrase is at its end, and
 * who owns or which part of the country is scope the sentence still shows.
 * A tail that would open with a joining word (和, 及, 中) starts after it.
 */
static void
keep_tail_of_long_name(const Scan *s, ZhSpan *sp)
{
	static const char *const joins[] = {"和", "及", "与", "、", "中", "的", "在", NULL};
	static const char *const attributes[] = {"规模", "总规模", "总量", "总额", "总数", "数量",
	"增速", "增幅", "幅度", "比重", "比例", NULL};
	static const char *const per_heads[] = {"人均", "户均", "单位", "每", NULL};
	ZhToken    *tok;
	int			n,
				i,
				first,
				chars = 0;

	if (ot_count_chars(s->doc, sp->start, sp->end) <= 12 || sp->end - sp->start > 4 * 24 ||
		find_last(s, sp->start, sp->end, "占") != NO_POS ||
		find_last(s, sp->start, sp->end, "的") != NO_POS)
		return;					/* 国债余额占国内生产总值比重: a share keeps both sides */
	tok = zh_segment_span(s->doc + sp->start, (int) (sp->end - sp->start), &n);
	for (first = n; first > 0 && chars + tok[first - 1].char_len <= 8; first--)
		chars += tok[first - 1].char_len;
	/* 工作人员总数减少幅度: a tail opening with an attribute keeps its owner */
	if (first > 0 && first < n && token_is_one_of(s, sp->start, &tok[first], attributes))
		chars += tok[--first].char_len;
	for (i = first; i < n - 1 && token_is_one_of(s, sp->start, &tok[i], joins); i++)
		chars -= tok[i].char_len;
	/* 设区城市PM2.5平均浓度: letters and digits before the tail belong to it */
	while (i > 0 && i < n && tok[i - 1].kind == ZH_TOKEN_LATIN)
		chars += tok[--i].char_len;
	/*
	 * 脱贫县农村居民人均可支配收入, 城乡居民基础养老金最低标准: a rate per head
	 * or unit, or a name of whom (居民, 职工 …), keeps whose it is
	 */
	if (chars >= 4 && chars <= 10 && i > 0 && has_noun(tok, i, n) &&
		!starts_with_any(s, sp->start + tok[i].byte_start, sp->end, per_heads) &&
		!tokens_name_people(s, sp->start, tok, i))
		sp->start += tok[i].byte_start;
	pfree(tok);
}

/* Money budgeted with no name: the purpose after it, when there is one, in *sp. */
static bool
named_by_purpose(const Scan *s, const Figure *fig, ZhSpan *sp)
{
	ZhSpan		purpose = purpose_after(s, fig);

	if (purpose.end <= purpose.start)
		return false;
	*sp = purpose;
	return true;
}

/*
 * 九年义务教育、基本扫除青壮年文盲的人口地区覆盖率: a name over 12
 * characters whose head after its last 的 is a compound of its own (4
 * characters or more) is named by that head.
 */
static void
keep_head_of_long_name(const Scan *s, ZhSpan *sp)
{
	size_t		de;

	if (sp->end - sp->start <= 3 * 12 || sp->end - sp->start > 4 * 24 ||
		(de = find_last(s, sp->start, sp->end, "的")) == NO_POS ||
		find_last(s, sp->start, de, "以及") != NO_POS)
		return;					/* …进步分子以及可以说服的中间分子: a list */
	if (ot_count_chars(s->doc, sp->start, sp->end) > 12 && ot_count_chars(s->doc, de + 3, sp->end) >= 4)
		sp->start = de + 3;
	else if (ot_count_chars(s->doc, sp->start, sp->end) > 12)
	{
		/* 国家财政和社会各方面对教育事业的投入: who gives is no part of it */
		size_t		dui = find_last(s, sp->start, de, "对");

		if (dui != NO_POS && dui > sp->start && ot_count_chars(s->doc, dui + 3, de) >= 2 &&
			!match_at(s, dui + 3, "外"))
			sp->start = dui + 3;
	}
}

/* 使粮食产量, 使非生产性建设投资的比重: what is made to change is the name. */
static void
strip_causative(const Scan *s, ZhSpan *sp)
{
	static const char *const words[] = {"促使", "使得", "使", "让", NULL};

	for (int i = 0; words[i]; i++)
		if (match_at(s, sp->start, words[i]) &&
			ot_count_chars(s->doc, sp->start + strlen(words[i]), sp->end) >= 2 &&
			!match_at(s, sp->start, "使用") && !match_at(s, sp->start, "让利"))
		{
			sp->start += strlen(words[i]);
			return;
		}
}

/*
 * A long share names the whole it is a share of (生产资料的生产在工业总产值
 * 中所占的比重): the whole (在…中) is left out, as the gap of the name →
 * 生产资料的生产所占的比重; a name that opens with it (在工农业生产总值中现代
 * 工业所占的比重) starts after it → 现代工业所占的比重.
 */
static ZhSpan
leave_out_whole(const Scan *s, ZhSpan *sp)
{
	ZhSpan		gap = {0, 0};
	size_t		zai,
				zhong;

	if (sp->end - sp->start > 4 * 48 || ot_count_chars(s->doc, sp->start, sp->end) <= 12 ||
		!(match_before(s, sp->start, sp->end, "比重") || match_before(s, sp->start, sp->end, "比例")))
		return gap;
	zai = ot_find(s->doc, sp->start, sp->end, "在");
	zhong = zai == NO_POS ? NO_POS : ot_find(s->doc, zai + 3, sp->end, "中");
	if (zhong == NO_POS || zhong + 3 + 6 > sp->end)
		return gap;
	if (zai == sp->start)
		sp->start = zhong + 3;
	else if (zai >= sp->start + 6)
	{
		gap.start = zai;
		gap.end = zhong + 3;
	}
	return gap;
}

/* 稳定在１９５２年…的水平上: the verb's 在 opens no time phrase */
static bool
level_kept_at(const Scan *s, size_t from, size_t year_start)
{
	static const char *const verbs[] = {"稳定在", "保持在", "控制在", "维持在", NULL};

	return ends_with_any(s, from, year_start, verbs);
}

/*
 * 基本建设1979年交付使用的固定资产占投资的比重: a year inside a name ends
 * the topic before it; the name starts after the year.
 */
static void
start_after_inner_year(const Scan *s, ZhSpan *sp)
{
	size_t		nian;

	if (sp->end - sp->start > 4 * 48)
		return;
	for (size_t p = sp->start; (nian = ot_find(s->doc, p, sp->end, "年")) != NO_POS; p = nian + 3)
	{
		size_t		d = nian;
		int			n = 0;

		while (d > sp->start && digit_char(char_at(s, prev_char(s, d), NULL)) && n < 4)
		{
			d = prev_char(s, d);
			n++;
		}
		/*
		 * not a year of a time phrase: 在一九八五年底以前, 十月到一九五八年九月底,
		 * 原计划1957年修到…
		 */
		if (n == 4 && d > sp->start && ot_count_chars(s->doc, nian + 3, sp->end) >= 4 &&
			(!char_in(char_at(s, prev_char(s, d), NULL), "在到至于从自划") ||
			 level_kept_at(s, sp->start, d)) &&
			!char_in(char_at(s, nian + 3, NULL), "底末初以前内中一") &&
			!digit_char(char_at(s, nian + 3, NULL)))
		{
			sp->start = nian + 3;
			trim_span(s, sp);	/* 一九五七年上半年出勤率: 上半年 goes too */
			return;
		}
	}
}

/*
 * 严守18亿亩耕地红线: one word before the number that names nothing (an
 * adjective, adverb or verb the tagger knows, not a noun) leaves the name
 * to the noun after it.
 */
static bool
lone_modifier(const Scan *s, ZhSpan sp)
{
	ZhToken		w;

	return one_word(s, sp, 3 * 4, &w) && w.kind == ZH_TOKEN_WORD && w.pos != 0 && w.byte_len >= 6 &&
		(pos_class(&w) == 'a' || pos_class(&w) == 'd' || plain_verb(&w));
}

/* 证明事项“(免提交…: a quote opened at the name's end, or closed at its start, is cut off. */
static void
drop_open_quote(const Scan *s, ZhSpan *sp)
{
	if (sp->end >= sp->start + 3 && match_before(s, sp->start, sp->end, "“"))
		sp->end -= 3;
	if (sp->end >= sp->start + 3 && match_at(s, sp->start, "”"))
		sp->start += 3;
}

/* Bracket at pos: 1 opening, -1 closing, 0 none (the normal form writes ( ) for （ ）). */
static int
bracket_at(const Scan *s, size_t pos)
{
	if (match_at(s, pos, "(") || match_at(s, pos, "（"))
		return 1;
	if (match_at(s, pos, ")") || match_at(s, pos, "）"))
		return -1;
	return 0;
}

/*
 * 细颗粒物(PM2.5)平均浓度: a short remark in brackets inside a name of at
 * most 12 characters without it, with words on both sides, is left out of
 * it (细颗粒物平均浓度), so that no cut starts inside it.  Returns the
 * brackets' span, or an empty one.
 */
static ZhSpan
bracketed_aside(const Scan *s, ZhSpan sp)
{
	ZhSpan		none = {0, 0};
	size_t		open = NO_POS;

	for (size_t p = sp.start; p < sp.end; p = next_char(s, p))
	{
		int			b = bracket_at(s, p);

		if (b > 0 && open == NO_POS && p > sp.start)
			open = p;
		else if (b < 0 && open != NO_POS)
		{
			size_t		after = next_char(s, p);

			/* a name still long without it is left to the cuts of long names */
			if (after < sp.end && ot_count_chars(s->doc, open, after) <= 12 &&
				ot_count_chars(s->doc, sp.start, sp.end) - ot_count_chars(s->doc, open, after) <= 12)
				return (ZhSpan) {open, after};
			return none;
		}
	}
	return none;
}

/* Where the clause holding pos starts (after ，；： before it), from from on. */
static size_t
clause_start_before(const Scan *s, size_t from, size_t pos)
{
	static const char *const marks[] = {"，", ",", "；", ";", "：", ":", NULL};

	while (pos > from)
	{
		size_t		p = prev_char(s, pos);

		for (int i = 0; marks[i]; i++)
			if (match_at(s, p, marks[i]))
				return pos;
		pos = p;
	}
	return from;
}

/* A span's characters after trimming; the span trimmed in *sp. */
static int
trimmed_chars(const Scan *s, ZhSpan *sp)
{
	trim_span(s, sp);
	return sp->end > sp->start ? ot_count_chars(s->doc, sp->start, sp->end) : 0;
}

/* A list number in brackets at pos ((一), (1)): where it ends, else pos. */
static size_t
after_list_number(const Scan *s, size_t pos, size_t end)
{
	size_t		p;
	int			digits = 0;

	if (bracket_at(s, pos) <= 0)
		return pos;
	for (p = next_char(s, pos); p < end && digits < 3 && digit_char(char_at(s, p, NULL)); digits++)
		p = next_char(s, p);
	return digits > 0 && p < end && bracket_at(s, p) < 0 ? next_char(s, p) : pos;
}

/*
 * Brackets cut a name where they do not pair inside it: a list number
 * opens it ((一)工业支出 → 工业支出); the remark began before it (基本建设
 * (包括经济、文教、行政各方面的基本建设)的投资 → 投资, and 下同) → the
 * name before the remark); the figure stands inside the remark ((社办工业
 * 的产值 → 社办工业的产值, but 平均收入水平(每人 → 平均收入水平).
 */
static void
strip_brackets(const Scan *s, ZhSpan *sp)
{
	size_t		close = NO_POS,
				open = NO_POS;
	int			depth = 0;
	ZhSpan		part;

	if (sp->end <= sp->start)
		return;
	sp->start = after_list_number(s, sp->start, sp->end);
	for (size_t p = sp->start; p < sp->end; p = next_char(s, p))
	{
		int			b = bracket_at(s, p);

		if (b > 0 && depth++ == 0)
			open = p;
		else if (b < 0 && --depth < 0)
		{
			close = p;			/* the last unpaired closing */
			depth = 0;
		}
	}
	if (close != NO_POS)
	{
		part = (ZhSpan) {next_char(s, close), sp->end};
		if (trimmed_chars(s, &part) >= 2)
		{
			*sp = part;
			return;
		}
		/* the name stands before the opening, after its clause's start */
		for (size_t p = sp->start; p > s->sentence_start && sp->start - p < 3 * 60;)
		{
			p = prev_char(s, p);
			if (bracket_at(s, p) > 0)
			{
				part.end = p;
				part.start = clause_start_before(s, window_start(s->sentence_start, p), p);
				if (trimmed_chars(s, &part) >= 2)
					*sp = part;
				return;
			}
		}
		return;
	}
	if (depth > 0)
	{
		part = (ZhSpan) {next_char(s, open), sp->end};
		if (!match_at(s, part.start, "每") && trimmed_chars(s, &part) >= 3)
			*sp = part;
		else if (open > sp->start)
		{
			sp->end = open;
			trim_span(s, sp);
		}
	}
}

/* Is the span exactly one of words? */
static bool
span_is_one_of(const Scan *s, ZhSpan sp, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (sp.end - sp.start == strlen(words[i]) && match_at(s, sp.start, words[i]))
			return true;
	return false;
}

/* Is the name only an attribute (规模, 总量, 增速) of a thing named before? */
static bool
attribute_only(const Scan *s, ZhSpan sp)
{
	static const char *const words[] = {"规模", "总规模", "总量", "总额", "数量", "增速", "增幅",
	"幅度", "共计", "合计", "总计", "总数", NULL};

	return span_is_one_of(s, sp, words);
}

/*
 * Is the figure the first of two joined by 和 or 、 (增长8.4%和11.4%)?  Such a
 * pair after a name list of as many items is paired as 分别 pairs it.
 */
static bool
figure_pair_follows(const Scan *s, const Figure *fig)
{
	size_t		p = fig->end;
	unsigned int cp;

	if (match_at(s, p, "和"))
		p += strlen("和");
	else if (match_at(s, p, "、"))
		p += strlen("、");
	else
		return false;
	cp = p < s->len ? char_at(s, p, NULL) : 0;
	return any_digit(cp) || (zh_digit_value(cp) >= 0 && !match_at(s, p, "一些"));
}

/*
 * A 分别 list: the k-th item named before 分别 for the k-th figure after it,
 * the items read (once) after the previous figure, or from the clause
 * before when 分别's own clause names fewer than two.
 */
static bool
fenbie_item(Scan *s, const Figure *fig, ZhSpan *sp)
{
	if (s->fenbie_at == NO_POS || s->fenbie_at >= fig->pos)
		return false;
	if (s->nitems < 0)
	{
		/* the items stand after the previous figure: a list is its own */
		size_t		from = s->prev_end > s->clause_start && s->prev_end < s->fenbie_at ?
			s->prev_end : s->clause_start;

		collect_items(s, from, s->fenbie_at);
		/* A和B，分别实际增长…: the list is the clause before */
		if (s->nitems < 2 && s->lead_clause.end > s->lead_clause.start)
			collect_items(s, s->lead_clause.start, s->lead_clause.end);
	}
	if (s->nitems < 2)
		return false;
	s->item_gap.start = s->item_gap.end = 0;
	if (s->fenbie_k < s->nitems)
	{
		*sp = s->items[s->fenbie_k];
		share_last_head(s, sp);
	}
	s->fenbie_k++;
	return true;
}

/*
 * 城镇、农村居民人均可支配收入分别增长4.9%、7.1%: items of one or two
 * characters before a long last one share its head, after as many
 * characters: the name runs to the end of the last item, leaving out 、农村
 * (→ 城镇居民人均可支配收入; 中、高等 → 中等; 第一、二、三产业 → 第一产业).
 */
static void
share_last_head(Scan *s, ZhSpan *sp)
{
	ZhSpan		last = s->items[s->nitems - 1];
	size_t		skip = sp->end - sp->start;

	if (s->fenbie_k >= s->nitems - 1 ||
		ot_count_chars(s->doc, last.start, last.end) < ot_count_chars(s->doc, sp->start, sp->end) + 3)
		return;
	/*
	 * every item before the last is of one to four characters: modifiers of
	 * the last one's head (城镇居民和农村居民人均可支配收入; not
	 * 单位国内生产总值用水量、能耗、二氧化碳排放量)
	 */
	for (int i = 0; i < s->nitems - 1; i++)
		if (ot_count_chars(s->doc, s->items[i].start, s->items[i].end) > 4)
			return;
	/* 第一、二、三产业增加值: the last item has no 第 of its own to skip */
	if (match_at(s, sp->start, "第") && !match_at(s, last.start, "第") && skip > strlen("第"))
		skip -= strlen("第");
	s->item_gap.start = sp->end;
	s->item_gap.end = last.start + skip;
	sp->end = last.end;
}

/*
 * Does a noun come before the span's first verb or preposition (经济总量
 * 始终位居…, not 必须在…前提下增加数量)?
 */
static bool
opens_with_noun(const Scan *s, ZhSpan sp)
{
	ZhToken    *tok;
	int			n;
	bool		noun = false;

	if (sp.end <= sp.start || sp.end - sp.start > 4 * 24)
		return sp.end > sp.start;
	tok = zh_segment_span(s->doc + sp.start, (int) (sp.end - sp.start), &n);
	for (int i = 0; i < n && !noun; i++)
	{
		/* a verbal noun (研究与试验开发经费), an abbreviation (环保) or a set phrase opens a name */
		if (names_thing(&tok[i]))
			noun = true;
		else if (pos_class(&tok[i]) == 'v' || pos_class(&tok[i]) == 'p')
			break;
	}
	pfree(tok);
	return noun;
}

/*
 * A test of the segmenter's tokens of a span (tok[0, n), at base in the
 * text); over_tokens answers it for a span, false when the span is empty
 * or longer than the 24 characters a name may have.
 */
typedef bool (*TokenTest) (const Scan *s, size_t base, const ZhToken *tok, int n);

static bool
over_tokens(const Scan *s, ZhSpan sp, TokenTest test)
{
	ZhToken    *tok;
	int			n;
	bool		yes;

	if (sp.end <= sp.start || sp.end - sp.start > 4 * 24)
		return false;
	tok = zh_segment_span(s->doc + sp.start, (int) (sp.end - sp.start), &n);
	yes = test(s, sp.start, tok, n);
	pfree(tok);
	return yes;
}

/* A word of purpose, basis or cause first (为了, 按照)? */
static bool
first_is_frame(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	static const char *const frames[] = {"为了", "为", "按照", "按", "根据", "依照", "依据", "通过",
	"由于", "随着", "经过", "本着", "围绕", "针对", "对于", "关于", "鉴于", NULL};

	return n > 0 && token_is_one_of(s, base, &tok[0], frames);
}

/*
 * A noun after 的 last, a clause describing it before (原定今年全部投产的
 * 项目, 同我国建交的国家)?
 */
static bool
last_is_de_noun(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	return n > 2 && de_then_noun(s, base, tok, 1, n);
}

/*
 * 钢产量有较大增长，比上年增长4.6%; 要求大家畜的数量较快发展，…: a clause
 * before that says a change names its subject, the words before its
 * predicate (and after a stating verb).
 */
static void
subject_of_change(const Scan *s, ZhSpan *sp)
{
	static const char *const changes[] = {"增长", "发展", "提高", "增加", "下降", "减少", "扩大",
	"上升", "好转", "改善", "降低", "精简", "压缩", "缩减", NULL};
	ZhToken    *tok;
	int			n,
				first = 0;
	bool		state;

	if (sp->end <= sp->start || sp->end - sp->start > 4 * 24)
		return;
	tok = zh_segment_span(s->doc + sp->start, (int) (sp->end - sp->start), &n);
	/* 财政赤字较大: a state said with an adjective ends the subject too */
	state = n >= 2 && pos_class(&tok[n - 1]) == 'a';
	if (!state && (n < 3 || !token_is_one_of(s, sp->start, &tok[n - 1], changes)))
	{
		pfree(tok);
		return;
	}
	if (stating_verb(s, sp->start, &tok[0]))
		first = 1;
	for (int i = first + 1; i < (state ? n : n - 1); i++)
		if (plain_verb(&tok[i]) || pos_class(&tok[i]) == 'd' || pos_class(&tok[i]) == 'c' ||
			pos_class(&tok[i]) == 'a' || (tok[i].char_len == 1 && pos_class(&tok[i]) == 'z'))
		{
			sp->end = sp->start + tok[i].byte_start;
			sp->start += tok[first].byte_start;
			break;
		}
	pfree(tok);
}

/*
 * 要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元: when the
 * figure's clause says again the change the clause before said of a thing,
 * the figure is of that thing (the object after the verb there).
 */
static bool
object_of_change_again(const Scan *s, const Figure *fig, ZhSpan *sp)
{
	static const char *const changes[] = {"增加", "提高", "扩大", "减少", "降低", "新增", "压减",
	"下调", "上调", NULL};
	/* the same change said with other words: 下调…比例，各地可降至16% */
	static const char *const ups[] = {"增加", "提高", "扩大", "新增", "上调", "升至", "增至", "增长",
	NULL};
	static const char *const downs[] = {"减少", "降低", "压减", "下调", "降至", "降到", "减至", "下降",
	NULL};
	ZhSpan		lead = s->lead_clause;

	for (int i = 0; changes[i]; i++)
	{
		size_t		v = find_last(s, lead.start, lead.end, changes[i]);
		ZhSpan		object;

		if (v == NO_POS ||
			!last_of(s, s->clause_start, fig->qstart,
					 starts_with_any(s, v, s->len, ups) ? ups : downs, NULL))
			continue;
		object.start = v + strlen(changes[i]);
		object.end = lead.end;
		trim_span(s, &object);
		if (ot_count_chars(s->doc, object.start, object.end) >= 3 && opens_with_noun(s, object))
		{
			*sp = object;
			return true;
		}
	}
	return false;
}

/*
 * The name in the clause before, which holds no figure: 工业和手工业所占的比重，
 * 一九五二年为41.5%; over an adverbial clause to the one before it (粮食每亩
 * 平均年产量，在三种不同的地区，分别达到…).
 */
static ZhSpan
name_from_clause_before(const Scan *s)
{
	ZhSpan		sp = s->lead_clause;

	/* 按照全国规划的要求，…: a clause of purpose, basis or cause frames, names nothing */
	if (over_tokens(s, sp, first_is_frame))
		sp.end = sp.start;
	subject_of_change(s, &sp);
	trim_span(s, &sp);
	clean_by_pos(s, &sp);
	/*
	 * 必须在…前提下增加数量: a clause that opens without a noun names nothing,
	 * unless it ends in a noun after 的 (原定今年建成的工厂)
	 */
	if (!opens_with_noun(s, sp) && !over_tokens(s, sp, last_is_de_noun))
		sp.end = sp.start;
	if (sp.end == sp.start && s->lead_before.end > s->lead_before.start)
	{
		sp = s->lead_before;
		trim_span(s, &sp);
		clean_by_pos(s, &sp);
	}
	return sp;
}

/* A word tagged a verb? */
static bool
holds_verb(const Scan *s, size_t base, const ZhToken *tok, int n)
{
	for (int i = 0; i < n; i++)
		if (pos_class(&tok[i]) == 'v')
			return true;
	return false;
}

static bool
span_has_verb(const Scan *s, ZhSpan sp)
{
	return over_tokens(s, sp, holds_verb);
}


/*
 * 农民从集体分得的收入，每人平均达到83.4元: a basis of the figure alone (每人,
 * 人均, 每户, 每亩 …) is no name when a clause before names the thing.
 */
static bool
basis_only(const Scan *s, ZhSpan sp)
{
	static const char *const bases[] = {"每人平均", "平均每人", "每人", "人均", "每户平均", "平均每户",
	"每户", "户均", "每亩平均", "平均每亩", "每亩", "平均", NULL};

	return span_is_one_of(s, sp, bases);
}

/* Is s[p, end) at most max characters, each a digit or one of set? */
static bool
digits_and(const Scan *s, size_t p, size_t end, const char *set, int max)
{
	for (int n = 0; p < end && n < max; n++)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || !(digit_char(cp) || char_in(cp, set)))
			return false;
		p += clen;
	}
	return p >= end;
}

/*
 * 逐步回落到, 下降至: a verb of change (after at most two characters of
 * adverb) and 到/至 open the span: where what follows starts, or sp.start.
 */
static size_t
after_change_to(const Scan *s, ZhSpan sp)
{
	static const char *const verbs[] = {"回落", "回升", "上升", "下降", "提高", "降低", "增加",
	"减少", "扩大", "缩小", "增长", "上涨", "降", "升", NULL};
	static const char *const tos[] = {"到", "至", NULL};

	for (size_t p = sp.start; p < sp.end && p <= sp.start + 3 * 2; p = next_char(s, p))
	{
		size_t		v = word_starting(s, p, verbs);

		if (v > 0 && word_starting(s, p + v, tos) > 0)
			return p + v + word_starting(s, p + v, tos);
	}
	return sp.start;
}

/*
 * 到去年十一月, 截至2008年底: a time the figure was reached, no name; so is
 * a part of the year alone (第二季度).
 */
static bool
time_phrase_only(const Scan *s, ZhSpan sp)
{
	static const char *const opens[] = {"截至", "截止", "到", "至", NULL};
	size_t		p = sp.start;

	for (int i = 0; opens[i]; i++)
		if (match_at(s, p, opens[i]))
		{
			p += strlen(opens[i]);
			break;
		}
	/* (涨幅从7月份的6.5%)逐步回落到12月份的: a change to a time is a time too */
	if (p == sp.start)
		p = after_change_to(s, sp);
	/* 工业总产值第一季度下降０．２％，第二季度增长１．７％: a part of the year alone */
	if (p == sp.start && sp.end > sp.start &&
		(ot_find(s->doc, sp.start, sp.end, "季度") != NO_POS ||
		 ot_find(s->doc, sp.start, sp.end, "月份") != NO_POS ||
		 ot_find(s->doc, sp.start, sp.end, "半年") != NO_POS))
		return digits_and(s, p, sp.end, "第一二三四季度上下半年前月份", 8);
	/* 一九七九和一九八○两年合计: years written without 年, joined, are a time */
	if (p == sp.start && sp.end > sp.start && zh_digit_value(char_at(s, sp.start, NULL)) >= 0 &&
		digits_and(s, p, sp.end, "和、及与", 12))
		return true;
	/* 精简后为１８个: after one word of two characters (an act) is a time, no name */
	if (p == sp.start && sp.end == sp.start + 3 * 3 && match_before(s, sp.start, sp.end, "后"))
	{
		ZhSpan		act = {sp.start, sp.end - strlen("后")};
		ZhToken		w;

		if (one_word(s, act, 4 * 6, &w))
			return true;
	}
	if (p == sp.start || p >= sp.end)
		return false;
	return digits_and(s, p, sp.end, "十年月份日底末初上下半去今前明季度号", 16);
}

/*
 * 六五计划期间要求每年递增百分之四到五, 五年计划要求: a plan and what it asks
 * frame the figure; the name is the one before.
 */
static bool
plan_frame_only(const Scan *s, ZhSpan sp)
{
	static const char *const asks[] = {"要求", "规定", NULL};
	static const char *const frames[] = {"计划期间", "计划", "规划期间", "规划", "期间", "时期", NULL};
	static const char *const plans[] = {"五年", "六五", "七五", "八五", "九五", "十五", "十一五",
	"十二五", "十三五", "十四五", "十五五", NULL};
	size_t		l;

	sp.end -= word_ending(s, sp.start, sp.end, asks);
	sp.end -= word_ending(s, sp.start, sp.end, frames);
	/* what is left is the plan's name: 六五, 第一个五年, “十四五” */
	if (match_at(s, sp.start, "“"))
		sp.start += strlen("“");
	if (match_before(s, sp.start, sp.end, "”"))
		sp.end -= strlen("”");
	if (match_at(s, sp.start, "第") && ot_find(s->doc, sp.start, sp.end, "个") != NO_POS)
		sp.start = ot_find(s->doc, sp.start, sp.end, "个") + strlen("个");
	l = sp.end - sp.start;
	for (int i = 0; plans[i]; i++)
		if (l == strlen(plans[i]) && match_at(s, sp.start, plans[i]))
			return true;
	return false;
}

/*
 * 去年经济增长8.8%: the economy is no measure, its growth is (经济增长, as the
 * reports call it).
 */
static void
name_the_growth(const Scan *s, ZhSpan *sp)
{
	if (sp->end == sp->start + strlen("经济") && match_at(s, sp->start, "经济") &&
		match_at(s, sp->end, "增长"))
		sp->end += strlen("增长");
}

/*
 * 英国的煤产量在二十世纪初期曾经两次接近三亿吨: a 在 phrase of time between
 * the subject and the number says when; the subject is the name.
 */
static void
cut_time_adverbial(const Scan *s, ZhSpan *sp)
{
	static const char *const times[] = {"世纪", "年", "时期", "期间", "初期", "月", "以前", "以后",
	NULL};
	size_t		zai = ot_find(s->doc, sp->start, sp->end, "在");
	ZhToken    *tok;
	int			n;
	bool		subject;

	if (zai == NO_POS || ot_count_chars(s->doc, sp->start, zai) < 2 ||
		ot_find(s->doc, zai, sp->end, "的") != NO_POS ||
		ot_find_any(s->doc, zai, sp->end, times, NULL) == NO_POS)
		return;
	/* a noun ends before 在 (not 稳定在, 可以为在: a verb's or a preposition's) */
	tok = zh_segment_span(s->doc + sp->start, (int) (zai - sp->start), &n);
	subject = n > 0 && pos_class(&tok[n - 1]) == 'n';
	pfree(tok);
	if (subject)
		sp->end = zai;
}

/*
 * 粮食播种面积稳定在7800万亩以上，产量保持在600亿斤以上: 产量 or 产值 alone
 * after a name said earlier in the sentence is of the product that name
 * opens with (a plain noun of two characters or more: 粮食), the words
 * between left out.
 */
static ZhSpan
product_of_name_before(const Scan *s, ZhSpan *sp)
{
	static const char *const outputs[] = {"产量", "总产量", "产值", "总产值", NULL};
	ZhSpan		gap = {0, 0};
	ZhSpan		before = s->prev_indicator;
	ZhToken    *tok;
	int			n;
	size_t		head_end = 0;

	if (!span_is_one_of(s, *sp, outputs) || before.end <= before.start ||
		before.start < s->sentence_start || before.end > sp->start)
		return gap;
	tok = zh_segment_span(s->doc + before.start, (int) (before.end - before.start), &n);
	if (n > 1 && tok[0].char_len >= 2 && tok[0].kind == ZH_TOKEN_WORD && tok[0].pos != 0 &&
		strcmp(zh_pos_name(tok[0].pos), "n") == 0 &&
		!token_is_one_of(s, before.start, &tok[0], head_words))
		head_end = before.start + tok[0].byte_len;
	pfree(tok);
	if (head_end == 0 || ot_find_any(s->doc, before.start, head_end, outputs, NULL) != NO_POS)
		return gap;
	gap.start = head_end;
	gap.end = sp->start;
	sp->start = before.start;
	return gap;
}

/*
 * 交通运输和邮电通信建设，五年投资二百九十八亿元; 在手工业方面，…总产值: a word
 * that names no thing of its own (投资, 总产值) takes the topic the clause
 * before names; the words between are left out (交通运输和邮电通信建设投资).
 */
static ZhSpan
topic_of_generic(const Scan *s, ZhSpan *sp)
{
	static const char *const generics[] = {"投资", "总投资", "产值", "总产值", "产量", "总产量",
	"资金", "支出", "收入", "利润", "增加值", NULL};
	ZhSpan		gap = {0, 0};
	ZhSpan		topic = s->lead_clause;

	if (!span_is_one_of(s, *sp, generics))
		return gap;
	if (topic.end <= topic.start || topic.start < s->sentence_start || topic.end > sp->start)
		return product_of_name_before(s, sp);
	if (match_at(s, topic.start, "在"))
		topic.start += strlen("在");
	if (match_before(s, topic.start, topic.end, "方面"))
		topic.end -= strlen("方面");
	{
		/*
		 * 邮电通信建设 is a topic; a clause that says a change gives its
		 * subject (全国粮食连续四年增产，2007年产量 → 粮食产量)
		 */
		ZhSpan		head = topic;

		if (match_before(s, head.start, head.end, "建设"))
			head.end -= strlen("建设");
		if (span_has_verb(s, head))
		{
			size_t		streak;

			subject_of_change(s, &topic);
			/* 粮食连续四年: the subject ends before the streak */
			if ((streak = ot_find(s->doc, topic.start, topic.end, "连续")) != NO_POS)
				topic.end = streak;
			trim_span(s, &topic);
			if (topic.end <= topic.start || span_has_verb(s, topic))
				return gap;
		}
	}
	trim_span(s, &topic);
	if (ot_count_chars(s->doc, topic.start, topic.end) < 2 ||
		ot_count_chars(s->doc, topic.start, topic.end) > 12 || !opens_with_noun(s, topic))
		return gap;
	gap.start = topic.end;
	gap.end = sp->start;
	sp->start = topic.start;
	return gap;
}

/*
 * 安排109亿元资金支持再就业: a fund that names nothing of its own takes the
 * purpose that follows it (资金支持再就业) when the clause ends within 12
 * characters.
 */
static void
fund_with_purpose(const Scan *s, const Figure *fig, ZhSpan *sp)
{
	static const char *const funds[] = {"资金", "经费", "专项资金", NULL};
	static const char *const purposes[] = {"支持", "用于", "帮助", NULL};
	size_t		end = bounded_end(s, sp->end, 3 * 12);
	size_t		p;

	if (sp->start != fig->end || !span_is_one_of(s, *sp, funds) ||
		!starts_with_any(s, sp->end, end, purposes))
		return;
	for (p = sp->end; p < end;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || ends_words(cp, clen))
			break;
		p += clen;
	}
	if (p < end)
		sp->end = p;			/* the purpose ends its clause within 12 characters */
}

/*
 * 实施总额4万亿元的两年投资计划, 总投资3000亿元的重大工程: a total alone
 * (after a verb at most) before the number says how big what follows 的 is.
 */
static bool
sum_of_what_follows(const Scan *s, ZhSpan sp)
{
	static const char *const totals[] = {"总额", "总投资", "总规模", "规模", "总量", "总计", NULL};

	return sp.end > sp.start && ot_count_chars(s->doc, sp.start, sp.end) <= 7 &&
		ends_with_any(s, sp.start, sp.end, totals);
}

/*
 * 地方财政共收入７４亿元: a verb that is also the measure (收入, 支出, 出口 …)
 * between the subject and the number names it with the subject; a 共 or
 * 累计 before it is left out.  True when *sp and *gap were changed.
 */
static bool
take_measure_verb(const Scan *s, const Figure *fig, ZhSpan *sp, ZhSpan *gap)
{
	static const char *const totals[] = {"共计", "合计", "累计", "总共", "共", NULL};
	static const char *const measures[] = {"收入", "支出", "出口", "进口", "投资", "销售", NULL};
	static const char *const links[] = {"达到", "达", "为", NULL};
	size_t		p = sp->end;
	size_t		total = word_starting(s, p, totals);
	size_t		measure;

	if (sp->end <= sp->start || (measure = word_starting(s, p + total, measures)) == 0)
		return false;
	p += total + measure;
	if (p != fig->qstart && p + word_starting(s, p, links) != fig->qstart)
		return false;
	if (total > 0)
	{
		gap->start = sp->end;
		gap->end = sp->end + total;
	}
	sp->end = sp->end + total + measure;
	return true;
}

/* 中央财政安排, 今年拟安排: do the words name only a payer (and its budget verb)? */
static bool
names_payer_only(const Scan *s, ZhSpan sp)
{
	static const char *const payers[] = {"中央财政", "国家财政", "地方财政", "各级财政", "财政", "中央",
	"国家", "政府", "各级政府", "中央政府", "资金", "支持", "帮助", "用于", NULL};

	sp.end -= word_ending(s, sp.start, sp.end, budget_verbs);
	return sp.end == sp.start || span_is_one_of(s, sp, payers);
}

/*
 * What money goes to, from p (after 用于 and the like) to the end of its
 * words: after a 的 only the head, 解决…问题 left off.  Empty unless of 2 to
 * 12 characters.
 */
static ZhSpan
purpose_from(const Scan *s, size_t p)
{
	size_t		end = bounded_end(s, p, 3 * 40);
	ZhSpan		purpose = {p, p};
	int			n;

	for (; p < end;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (ends_words(cp, clen))
			break;
		if (cp == 0x7684)		/* 的: the head after it */
			purpose.start = p + clen;
		p += clen;
	}
	purpose.end = p;
	if (match_at(s, purpose.start, "解决") && match_before(s, purpose.start, purpose.end, "问题"))
	{
		purpose.start += strlen("解决");
		purpose.end -= strlen("问题");
	}
	n = ot_count_chars(s->doc, purpose.start, purpose.end);
	if (n < 2 || n > 12)
		purpose.end = purpose.start;
	return purpose;
}

/*
 * 安排32.5亿元帮助解决北方农村中小学取暖问题, 其中约有三分之二左右将用于铁路
 * 建设: money or a share followed right away by 用于/支持/帮助/扶持 (after
 * 将, 主要 …) is named by what it goes to (purpose_from), when the figure is
 * a share of the money or the words before it name no thing (nothing, a
 * payer such as 中央财政, a verb).
 */
static bool
purpose_right_after(const Scan *s, const Figure *fig, ZhSpan *sp)
{
	static const char *const adverbs[] = {"将", "要", "拟", "主要", "全部", "专门", "重点", "集中", NULL};
	static const char *const verbs[] = {"用于", "支持", "帮助", "扶持", "投向", NULL};
	static const char *const local[] = {"地方", "各地", NULL};
	static const char *const local_verbs[] = {"开展", "加强", "实施", "推进", "发展", "建设", NULL};
	bool		share = fig->q.unit && strcmp(fig->q.unit->category, "ratio") == 0 &&
		!fig->q.noun_unit;
	bool		money = fig->q.unit && strcmp(fig->q.unit->category, "currency") == 0;
	bool		paid_only = money && names_payer_only(s, *sp);
	size_t		p = fig->end;
	size_t		l;
	ZhSpan		purpose;

	if (!(share || paid_only || (money && (span_is_fragment(s, *sp) || lone_verb(s, *sp)))))
		return false;
	/* 今年拟安排430亿元，用于…: the purpose may stand after a comma */
	if (paid_only && (match_at(s, p, "，") || match_at(s, p, ",")))
		p += match_at(s, p, ",") ? 1 : strlen("，");
	for (int n = 0; n < 3 && (l = word_starting(s, p, adverbs)) > 0; n++)
		p += l;
	if ((l = word_starting(s, p, verbs)) == 0)
		return false;
	p += l;
	/* 用于支持地方加强公共卫生服务: the verbs between say nothing of it */
	p += word_starting(s, p, verbs);
	if ((l = word_starting(s, p, local)) > 0 && word_starting(s, p + l, local_verbs) > 0)
		p += l + word_starting(s, p + l, local_verbs);
	purpose = purpose_from(s, p);
	if (purpose.end == purpose.start)
		return false;
	*sp = purpose;
	return true;
}

/*
 * 新建改建11所中小学、幼儿园, 178项节能、节水和资源综合利用等重大项目: a
 * counted noun followed by 、, 和 or 及 opens a list that the count counts
 * as a whole, up to the end of its clause or a 的: named by the head after
 * its last 等, or else by the whole list when it is of 20 characters at
 * most (a long one keeps its head words, keep_tail_of_long_name).  A
 * number in the list makes it two figures (5个产业园、3个孵化器); a bracket
 * or another sign, no plain list.
 */
static ZhSpan
list_after_count(const Scan *s, ZhSpan after)
{
	static const char *const joins[] = {"、", "和", "及", NULL};
	size_t		p,
				etc = NO_POS;
	int			n = 0;

	if (after.end <= after.start || !starts_with_any(s, after.end, s->len, joins))
		return after;
	for (p = after.end; p < s->len && n <= 30;)
	{
		int			clen;
		unsigned int cp = char_at(s, p, &clen);

		if (clen == 0 || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == ',' || cp == ';' ||
			cp == 0x7684)		/* 。，；的 */
			break;
		if (any_digit(cp) || n == 30 || (cp != 0x3001 && (cp < 0x4E00 || cp > 0x9FFF)))
			return after;		/* a number, a bracket: not one plain list */
		if (cp == 0x7B49)		/* 等 */
			etc = p + clen;
		p += clen;
		n++;
	}
	if (etc != NO_POS && ot_count_chars(s->doc, etc, p) >= 2)
		after.start = etc;
	else if (etc != NO_POS || ot_count_chars(s->doc, after.start, p) > 20)
		return after;
	after.end = p;
	return after;
}

/*
 * The verbs of two to six characters that end right before the number, in
 * *sp; not a change or a link (增长, 达到).
 */
static bool
action_right_before(const Scan *s, const Figure *fig, ZhSpan *sp)
{
	ZhSpan		act = {window_start(s->clause_start, fig->qstart), fig->qstart};
	ZhToken    *tok;
	int			n,
				i;
	size_t		l;

	if (act.end <= act.start)
		return false;
	/* the lexicon tags 新开工 a noun */
	if ((l = word_ending(s, act.start, act.end, building_acts)) > 0)
	{
		sp->start = act.end - l;
		sp->end = act.end;
		return true;
	}
	tok = zh_segment_span(s->doc + act.start, (int) (act.end - act.start), &n);
	/* verbs, or one set phrase the tagger abbreviates (建成投产: j) */
	for (i = n; i > 0 && tok[i - 1].kind == ZH_TOKEN_WORD &&
		 (pos_class(&tok[i - 1]) == 'v' || (i == n && pos_class(&tok[i - 1]) == 'j')); i--)
		;
	if (i < n)
		act.start += tok[i].byte_start;
	pfree(tok);
	/* 增长, 达到: a change or a link names nothing; an act of building does */
	if (i == n || ot_count_chars(s->doc, act.start, act.end) < 2 ||
		ot_count_chars(s->doc, act.start, act.end) > 6 ||
		(span_is_one_of(s, act, tail_words) && !span_is_one_of(s, act, building_acts)) ||
		span_is_one_of(s, act, change_heads))
		return false;
	*sp = act;
	return true;
}

/*
 * 没有完成3.5%的年度目标, 低于13%左右的预期目标: a figure followed by 的…目标,
 * with only a verb of meeting or missing before it in its clause, is the
 * goal of the thing the sentence named before.
 */
static bool
goal_of_previous(const Scan *s, const Figure *fig, ZhSpan sp)
{
	static const char *const goals[] = {"的目标", "的年度目标", "的预期目标", "的计划目标",
	"的预期", NULL};
	static const char *const verbs[] = {"没有完成", "未完成", "没有实现", "未实现", "完成", "实现",
	"低于", "高于", "超过", "达到", "好于", "快于", "慢于", "超出", NULL};

	if (s->prev_indicator.end <= s->prev_indicator.start || word_starting(s, fig->end, goals) == 0)
		return false;
	/* the clause as written: the cut before may have left 没 of 没有完成 */
	sp.start = s->prev_end > s->clause_start ? s->prev_end : s->clause_start;
	sp.end = fig->qstart;
	return sp.end > sp.start && span_is_one_of(s, sp, verbs);
}

/* Step "indicator". */
void
read_indicator(Scan *s, Figure *fig)
{
	ZhFigure   *f = &fig->f;
	ZhSpan		sp = span_before(s, fig);
	bool		counted = fig->q.unit && strcmp(fig->q.unit->category, "count") == 0;
	/* 5200万名学生: people counted with a classifier, the noun after them */
	bool		people = fig->q.unit && !fig->q.noun_unit &&
		(strcmp(fig->q.unit->unit, "名") == 0 || strcmp(fig->q.unit->unit, "位") == 0);
	bool		share = fig->q.unit && strcmp(fig->q.unit->category, "ratio") == 0;
	bool		multiple = fig->q.unit && strcmp(fig->q.unit->category, "multiple") == 0;
	ZhSpan		after = noun_after(s, fig->end, share, share || counted);
	ZhSpan		whole_after;
	bool		open_before;
	ZhSpan		before;
	ZhSpan		spoken;			/* the words before, as trimmed before the tags cut */
	ZhSpan		reused_gap = {0, 0};	/* the gap of a name said before */

	/* 在能源增长不到3％的情况下: 在 frames the figure itself, not a place */
	if (match_at(s, sp.start, "在") &&
		(match_at(s, fig->end, "的情况下") || match_at(s, fig->end, "的条件下") ||
		 match_at(s, fig->end, "的前提下") || match_at(s, fig->end, "的基础上")))
		sp.start += 3;
	/*
	 * 相当于前九年总和的1.6倍: what a multiple or share is of is its base,
	 * not its name (the name is the sentence's before)
	 */
	if ((share || multiple) &&
		(match_at(s, sp.start, "相当于") || match_at(s, sp.start, "是") || match_at(s, sp.start, "为")) &&
		match_before(s, sp.start, fig->qstart, "的"))
		sp.end = sp.start;		/* …，是1950年到1997年…总和的1.7倍 */
	/*
	 * …用于社会文教事业的支出，共占本年支出的１０．８７％: a share whose clause
	 * opens with 占 is of the thing named before, not of its whole
	 */
	if (share && (match_at(s, sp.start, "占") || match_at(s, sp.start, "共占") ||
				  match_at(s, sp.start, "约占")) && match_before(s, sp.start, fig->qstart, "的"))
		sp.end = sp.start;
	/* 粮食总产量达到…，完成年度计划的１０２％: the plan met is the thing's */
	if (share && match_at(s, sp.start, "完成") &&
		(match_before(s, sp.start, fig->qstart, "计划的") || match_before(s, sp.start, fig->qstart, "预算的")) &&
		s->prev_indicator.end > s->prev_indicator.start)
		sp.end = sp.start;
	/* 能耗下降2.01%，没有完成3.5%的年度目标: the goal of the thing before */
	if (goal_of_previous(s, fig, sp))
		sp.end = sp.start;
	/* a name ending in a verb or conjunction (拟发行, 即使): its object follows */
	spoken = sp;
	open_before = clean_by_pos(s, &sp);
	if (sp.start != spoken.start || sp.end != spoken.end)
		trim_span(s, &sp);		/* what the cut left: 中央财政为此 */
	if (time_phrase_only(s, sp) || plan_frame_only(s, sp) ||
		(basis_only(s, sp) && s->lead_clause.end > s->lead_clause.start))
		sp.end = sp.start;		/* 到去年十一月已经提高到99%: the name is before */
	/* 中央财政全年用于社会保障的资金: the spender before 用于 is no name */
	{
		size_t		yu = find_last(s, window_start(sp.start, sp.end), sp.end, "用于");

		if (yu != NO_POS && yu > sp.start && find_last(s, yu, sp.end, "的") != NO_POS)
			sp.start = yu;
	}
	/* people by their noun only in a list of 、: 一亿一千多万青、壮年 */
	if (counted || (fig->q.unit && strcmp(fig->q.unit->category, "households") == 0) ||
		(fig->q.noun_unit && strcmp(fig->q.unit->category, "people") == 0 &&
		 match_at(s, after.end, "、")))
		after = list_after_count(s, after);
	whole_after = after;
	cut_at_predicate(s, &after);
	/*
	 * 关停5000万千瓦小火电机组，今年要关停1000万千瓦; 转为下降1.2%: a verb
	 * said again, or one character, with nothing after names what the
	 * sentence named before
	 */
	if (after.end == after.start && s->prev_indicator.end > s->prev_indicator.start &&
		sp.end > sp.start && (sp.end - sp.start <= 3 || verb_repeated(s, sp)) && lone_verb(s, sp))
		sp.end = sp.start;
	before = sp;

	/* 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: as 分别 */
	if (s->fenbie_at == NO_POS && sp.end > sp.start && figure_pair_follows(s, fig))
	{
		s->fenbie_at = sp.end;
		s->fenbie_k = 0;
		s->nitems = -1;
	}
	if (fenbie_item(s, fig, &sp))
		reused_gap = s->item_gap;	/* A、B和C分别…: item k for the k-th figure */
	else if (fund_after(s, fig, whole_after))
		sp = whole_after;		/* 47亿元专项补助资金 (补助 would end the noun) */
	else if (sp.end == sp.start && after.end == after.start && name_from_list(s, fig, &sp))
	{
		reused_gap = s->item_gap;
		/* A 15781元，B 4761元，(分别)实际增长8.4%和8%: the names before, in order */
	}
	else if (after.end > after.start && !abstract_noun(s, after) &&
			 ((match_at(s, fig->end, "的") && (sp.end == sp.start || span_is_fragment(s, sp) ||
											  sum_of_what_follows(s, sp) ||
											  starts_with_any(s, sp.start, sp.end, share_heads) ||
											  ends_with_any(s, s->clause_start, fig->qstart, share_heads))) ||
			  fig->q.noun_unit || sp.end == sp.start || span_is_fragment(s, sp) || open_before ||
			  lone_modifier(s, sp) ||
			  (match_at(s, fig->end, "的") && match_before(s, sp.start, sp.end, "现行")) ||
			  (match_before(s, s->clause_start, fig->qstart, "的") && !share &&
			   !match_before(s, s->clause_start, fig->qstart, "年的")) ||	/* 符合条件的580户企业 */
			  joined_to_previous(s, fig) || named_by_previous(s, sp) ||
			  ((counted || people) && (after.end - after.start >= 6 || is_noun(s, after)))))
	{
		/*
		 * The measured thing follows: 95%以上的干部和群众, 2235万城市居民,
		 * 新设80个综合保税区, 1200个贫困村, 香港中路等100条示范街.
		 */
		sp = after;
	}
	else if (open_before && after.end == after.start &&
			 ends_with_any(s, spoken.start, spoken.end, budget_verbs) && named_by_purpose(s, fig, &sp))
		;						/* 安排150亿元，增加对…的转移支付 */
	else if (sp.end == sp.start && fig->compared_thing.end > fig->compared_thing.start)
		sp = fig->compared_thing;	/* 1979年比上年产值增长14.9％ */
	else if (sp.end == sp.start && s->prev_indicator.end > s->prev_indicator.start &&
			 !span_is_one_of(s, s->prev_indicator, building_acts) &&	/* 建成…，新开工… */
			 !(s->lead_clause.end > s->lead_clause.start && s->lead_clause.start > s->prev_end &&
			   (match_before(s, 0, s->lead_clause.start, "；") ||
				match_before(s, 0, s->lead_clause.start, ";"))))
	{
		sp = s->prev_indicator;		/* …达89404亿元，平均每年增长8.3% */
		reused_gap = s->prev_gap;
	}
	else if (sp.end == sp.start && s->lead_clause.end > s->lead_clause.start &&
			 object_of_change_again(s, fig, &sp))
		;						/* 要逐年增加中央预算内…投资，今年拟先增加50亿元 */
	else if (sp.end == sp.start && s->lead_clause.end > s->lead_clause.start)
		sp = name_from_clause_before(s);
	/* 研发经费投入增长14.2%，规模达到2.79万亿元: an attribute of what came before */
	if (attribute_only(s, sp) && s->prev_indicator.end > s->prev_indicator.start)
	{
		static const char *const additions[] = {"新增", "净增", "新签约", "新认定", NULL};
		bool		total = match_at(s, sp.start, "总");
		size_t		l;

		sp = s->prev_indicator;
		reused_gap = s->prev_gap;
		/* 新增市场主体8.6万户，总数达到72万户: the total is of all of them */
		if (total && (l = word_starting(s, sp.start, additions)) > 0 && sp.start + l + 6 <= sp.end &&
			reused_gap.end <= reused_gap.start)
			sp.start += l;
	}

	if (sp.start == before.start && sp.end == before.end)
	{
		cut_time_adverbial(s, &sp);
		strip_leading_verbs(s, &sp);
		if (sp.start != before.start)
			trim_span(s, &sp);
	}
	strip_brackets(s, &sp);
	strip_causative(s, &sp);
	start_after_inner_year(s, &sp);
	/* a name said before keeps what it left out */
	if (reused_gap.end > reused_gap.start && reused_gap.start >= sp.start && reused_gap.end <= sp.end)
		f->indicator_gap = reused_gap;
	else
		f->indicator_gap = leave_out_whole(s, &sp);
	if (f->indicator_gap.end == f->indicator_gap.start)
		f->indicator_gap = bracketed_aside(s, sp);
	if (f->indicator_gap.end == f->indicator_gap.start)
		keep_head_of_long_name(s, &sp);
	if (f->indicator_gap.end == f->indicator_gap.start)
		keep_tail_of_long_name(s, &sp);
	if (f->indicator_gap.end == f->indicator_gap.start)
		f->indicator_gap = topic_of_generic(s, &sp);
	if (f->indicator_gap.end == f->indicator_gap.start)
		take_measure_verb(s, fig, &sp, &f->indicator_gap);
	drop_open_quote(s, &sp);
	name_the_growth(s, &sp);
	fund_with_purpose(s, fig, &sp);
	if (purpose_right_after(s, fig, &sp))
		f->indicator_gap.start = f->indicator_gap.end = 0;
	/*
	 * 计划在一九八五年底前建成投产一千二百九十万千瓦: with no name anywhere,
	 * the act of two to six characters right before the number (建成投产)
	 * says what was counted, which beats no name
	 */
	if (sp.end == sp.start && action_right_before(s, fig, &sp))
		f->indicator_gap.start = f->indicator_gap.end = 0;
	f->indicator = sp;
}
