/*
 * units.c
 *		The unit catalogue (see units.h).
 *
 * Scale words are not units: 万元 is 元 with the 万 folded into the value.
 * Currencies are not converted into each other (rates change), so every
 * currency is its own base unit.  Count classifiers (个, 座, 项 ...) all
 * count things and share the base unit 个.
 */
#include "units.h"

#include <string.h>

const ZhUnit zh_units_compiled[] = {
	/* currency */
	{"元", "currency", "元", "1", "宵旦首"},
	{"美元", "currency", "美元", "1", NULL},
	{"欧元", "currency", "欧元", "1", NULL},
	{"港元", "currency", "港元", "1", NULL},
	{"日元", "currency", "日元", "1", NULL},
	{"英镑", "currency", "英镑", "1", NULL},
	{"卢布", "currency", "卢布", "1", NULL},
	/* the ruble of 1961 (1 新卢布 = 10 old): its own unit, as written */
	{"新卢布", "currency", "新卢布", "1", NULL},
	/* people */
	{"人", "people", "人", "1", "民大口才员工类们"},
	{"名", "people", "人", "1", "单录义牌列片"},
	{"位", "people", "人", "1", "于居列置次"},
	/* households */
	{"户", "households", "户", "1", "口籍外型"},
	/* area */
	{"平方米", "area", "平方米", "1", NULL},
	{"平方公里", "area", "平方米", "1000000", NULL},
	{"平方千米", "area", "平方米", "1000000", NULL},
	{"公顷", "area", "平方米", "10000", NULL},
	{"亩", "area", "平方米", "666.6666666666666667", NULL},
	/* 公尺, the metre in reports of the 1950s */
	{"平方公尺", "area", "平方米", "1", NULL},
	/* length */
	{"米", "length", "米", "1", "粮面饭"},
	{"延长米", "length", "米", "1", NULL},
	{"延米", "length", "米", "1", NULL},
	{"公里", "length", "米", "1000", NULL},
	{"千米", "length", "米", "1000", NULL},
	{"厘米", "length", "米", "0.01", NULL},
	{"公尺", "length", "米", "1", NULL},
	/* 呢绒将增加约六百六十万尺: the market chi, a third of a metre */
	{"尺", "length", "米", "0.33333333333333333333", "度寸码子"},
	/* mass */
	{"千克", "mass", "千克", "1", NULL},
	{"公斤", "mass", "千克", "1", NULL},
	{"吨", "mass", "千克", "1000", NULL},
	{"克", "mass", "千克", "0.001", "服难"},
	{"斤", "mass", "千克", "0.5", NULL},
	/* 棉花增加了约三百九十万担: the market dan, 100 斤 */
	{"担", "mass", "千克", "50", "任保负当心子忧"},
	/* energy and power */
	{"千瓦时", "energy", "千瓦时", "1", NULL},
	{"千瓦小时", "energy", "千瓦时", "1", NULL},
	{"度电", "energy", "千瓦时", "1", NULL},
	/* 发电量3120亿度: a 度 of electricity is a kilowatt-hour */
	{"度", "energy", "千瓦时", "1", "过假日数量"},
	{"吨标准煤", "energy", "吨标准煤", "1", NULL},
	{"吨标煤", "energy", "吨标准煤", "1", NULL},
	{"千瓦", "power", "千瓦", "1", NULL},
	{"兆瓦", "power", "千瓦", "1000", NULL},
	/* 内燃机2，000万马力: the metric horsepower, 735.49875 W */
	{"马力", "power", "千瓦", "0.73549875", NULL},
	/* transport: freight and passenger turnover (货物周转量, 旅客周转量) */
	{"吨公里", "freight", "吨公里", "1", NULL},
	{"人公里", "passengers", "人公里", "1", NULL},
	/* volume */
	{"立方米", "volume", "立方米", "1", NULL},
	{"方", "volume", "立方米", "1", "面式案针向法位便志舱阵"},
	{"立方公尺", "volume", "立方米", "1", NULL},
	/* 完成土方１４亿多公方: the cubic metre of earthworks */
	{"公方", "volume", "立方米", "1", NULL},
	/* air quality: PM2.5平均浓度下降到32微克/立方米 */
	{"微克/立方米", "concentration", "微克/立方米", "1", NULL},
	{"微克每立方米", "concentration", "微克/立方米", "1", NULL},
	{"毫克/立方米", "concentration", "微克/立方米", "1000", NULL},
	/* ratio: percent and percentage points never mix */
	{"%", "ratio", "%", "1", NULL},
	{"％", "ratio", "%", "1", NULL},
	{"‰", "ratio", "%", "0.1", NULL},
	{"个百分点", "ratio", "百分点", "1", NULL},
	{"百分点", "ratio", "百分点", "1", NULL},
	/* 出生率下降５个千分点: points of a rate per thousand */
	{"个千分点", "ratio", "百分点", "0.1", NULL},
	{"千分点", "ratio", "百分点", "0.1", NULL},
	{"倍", "multiple", "倍", "1", NULL},
	{"成", "ratio", "%", "10", "为立员果绩本效交都长就"},
	/* time */
	{"小时", "time", "小时", "1", NULL},
	{"分钟", "time", "小时", "0.01666666666666666667", NULL},
	{"天", "time", "小时", "24", "然地下津河"},
	{"个月", "time", "小时", "730", NULL},
	{"个工作日", "time", "小时", "24", NULL},
	{"工作日", "time", "小时", "24", NULL},
	/* count */
	{"人次", "count", "个", "1", NULL},
	{"个", "count", "个", "1", "人体性别案"},
	{"项", "count", "个", "1", "目"},
	{"家", "count", "个", "1", "庭长属乡园具电风"},
	{"座", "count", "个", "1", "谈"},
	{"所", "count", "个", "1", "有在属得谓"},
	{"处", "count", "个", "1", "理置罚分于在长级室"},
	{"件", "count", "个", "1", "事"},
	{"次", "count", "个", "1", "会要生"},
	{"场", "count", "个", "1", "所景地馆景面"},
	{"场次", "count", "个", "1", NULL},
	{"条", "count", "个", "1", "件例款"},
	{"张", "count", "个", "1", NULL},
	{"台", "count", "个", "1", "账湾阶风"},
	{"辆", "count", "个", "1", NULL},
	{"套", "count", "个", "1", "餐"},
	{"栋", "count", "个", "1", "梁"},
	{"幢", "count", "个", "1", NULL},
	{"间", "count", "个", "1", "隔接断"},
	{"盏", "count", "个", "1", NULL},
	{"株", "count", "个", "1", NULL},
	{"棵", "count", "个", "1", NULL},
	{"批", "count", "个", "1", "准复示评"},
	{"批次", "count", "个", "1", NULL},
	{"块", "count", "个", "1", NULL},
	{"类", "count", "个", "1", "型别似"},
	{"种", "count", "个", "1", "植子类养"},
	{"节", "count", "个", "1", "点日约能目"},
	{"篇", "count", "个", "1", NULL},
	{"期", "count", "个", "1", "间限望待货末初"},
	{"支", "count", "个", "1", "持撑付出部柱队援"},
	{"艘", "count", "个", "1", NULL},
	{"笔", "count", "个", "1", "记试"},
	{"部", "count", "个", "1", "门分署队长位委属署件"},
	{"架", "count", "个", "1", "构"},
	/* 表2，360万只: watches, animals; not the adverb (只有, 只是, 只占) */
	{"只", "count", "个", "1", "有是能要占用比需在好得不会读"},
	{"床", "count", "个", "1", "位"},
	{"例", "count", "个", "1", "如外会行"},
	{"宗", "count", "个", "1", "教旨"},
	{"起", "count", "个", "1", "来到步点草"},
	{"头", "count", "个", "1", "脑等号条衔部版雁羊"},
	{"册", "count", "个", "1", "封子"},
	{"箱", "count", "个", "1", NULL},
	/* containers counted in twenty-foot units (集装箱吞吐量2872万标箱) */
	{"标箱", "count", "个", "1", NULL},
	/* trains run (中欧班列开行超过4300列); not 列入, 列为, 列出, 列举, 列席 */
	{"列", "count", "个", "1", "入为出举席车表"},
	/* vaccine doses (新冠疫苗累计接种超过30亿剂次) */
	{"剂次", "count", "个", "1", NULL},
	/* 棉布将增加约五百七十八万匹: a bolt of cloth (or a horse), no fixed size */
	{"匹", "cloth", "匹", "1", "配敌"},
	/* telephone lines (电话交换机容量…2000多万门) */
	{"门", "count", "个", "1", "类户槛口诊前外课店面"},
	/* age */
	{"岁", "age", "岁", "1", "月末"},
};
const int	zh_unit_count = sizeof(zh_units_compiled) / sizeof(zh_units_compiled[0]);

/* Does the UTF-8 char at s occur in the blocked list? */
static int
next_is_blocked(const char *blocked, const char *s, size_t len)
{
	size_t		clen;
	const char *b;

	if (blocked == NULL || len == 0)
		return 0;
	clen = ((unsigned char) s[0] < 0x80) ? 1 :
		((unsigned char) s[0] < 0xE0) ? 2 :
		((unsigned char) s[0] < 0xF0) ? 3 : 4;
	if (clen > len)
		return 0;
	for (b = blocked; *b;)
	{
		size_t		bl = ((unsigned char) b[0] < 0x80) ? 1 :
			((unsigned char) b[0] < 0xE0) ? 2 :
			((unsigned char) b[0] < 0xF0) ? 3 : 4;

		if (bl == clen && memcmp(b, s, clen) == 0)
			return 1;
		b += bl;
	}
	return 0;
}

/*
 * 二万四千多个人民公社: 个 before 人 is the word 个人 (individual), except
 * before 人民 (人民公社, 人民团体), which it counts.
 */
static int
counts_people_body(const ZhUnit *u, const char *next, size_t len)
{
	return strcmp(u->unit, "个") == 0 && len >= strlen("人民") &&
		memcmp(next, "人民", strlen("人民")) == 0;
}

const ZhUnit *
zh_match_unit(const char *s, size_t len, size_t *consumed)
{
	const ZhUnit *best = NULL;
	size_t		best_len = 0;

	*consumed = 0;
	if (len == 0)
		return NULL;
	for (int i = 0; i < zh_unit_count; i++)
	{
		const ZhUnit *u = &zh_units_compiled[i];
		size_t		ul;

		/* called after every number: the first byte rules out most units */
		if (u->unit[0] != s[0])
			continue;
		ul = strlen(u->unit);
		if (ul <= best_len || ul > len || memcmp(s, u->unit, ul) != 0)
			continue;
		if (next_is_blocked(u->blocked_next, s + ul, len - ul) &&
			!counts_people_body(u, s + ul, len - ul))
			continue;
		best = u;
		best_len = ul;
	}
	*consumed = best_len;
	return best;
}
