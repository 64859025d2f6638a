/*
 * keywords.c
 *		TF-IDF and TextRank keywords, as jieba.analyse defines them.
 *
 * Both read a document counted into a word table (wordtable.c), so the
 * words are those zh_tokenize gives, in normal form, stop words known.
 *
 * A stop word is one of govreport.stop or of the English words jieba's
 * KeywordExtractor leaves out (the, of, is ...).
 *
 * TF-IDF (jieba's TFIDF.extract_tags): a candidate is a word of two or more
 * characters that is not a stop word; its weight is its count over the
 * count of all candidates, times its IDF from jieba's table (the table's
 * median for a word it lacks).
 *
 * TextRank (jieba's TextRank.textrank): a candidate is a word of two or
 * more characters, not a stop word, tagged n, ns, vn or v at that
 * occurrence.  Every candidate is linked to each candidate among the next
 * four tokens (punctuation, numbers and each whitespace character take a
 * place in the window, as in jieba's token stream), a link's weight being
 * how often the pair occurs.  Ranks start at 1 / nodes and are updated in
 * place, node by node in the byte order of the words, ten times:
 * rank(n) = 0.15 + 0.85 * sum over links (n, m) of weight / out(m) * rank(m),
 * out(m) being the sum of m's link weights (a self-link counts twice, as
 * jieba stores it twice).  Weights are then scaled as jieba does:
 * (rank - min / 10) / (max - min / 10).
 *
 * Ties keep jieba's order: first occurrence for TF-IDF, first appearance in
 * a link for TextRank.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/memutils.h"

#include "keywords.h"

#define TEXTRANK_DAMPING	0.85
#define TEXTRANK_ROUNDS		10

/* jieba's KeywordExtractor.STOP_WORDS (words arrive lower-cased). */
static bool
is_jieba_stopword(const GrWord *w)
{
	static const char *const english[] = {
		"the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are",
		"by", "be", "as", "on", "with", "can", "if", "from", "which", "you", "it",
		"this", "then", "at", "have", "all", "not", "one", "has", "or"
	};

	if (w->kind != ZH_TOKEN_LATIN)
		return false;
	for (int i = 0; i < (int) lengthof(english); i++)
		if (strcmp(w->text, english[i]) == 0)
			return true;
	return false;
}

/* Words neither method takes: stop words and single characters. */
static bool
never_keyword(const GrWord *w)
{
	return w->stopword || w->nchars < 2 || is_jieba_stopword(w);
}

static void
require_idf(const ZhLexicon *lex)
{
	if (lex->n_idf == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the lexicon file \"%s\" has no IDF table", lex->path),
				 errdetail("TF-IDF keywords need jieba's IDF table, which the build compiles into the lexicon from analyse/idf.txt."),
				 errhint("Rebuild the extension with python3-jieba installed, or use method 'textrank'.")));
}

static int
compare_keywords(const void *a, const void *b)
{
	const GrKeyword *x = a;
	const GrKeyword *y = b;

	if (x->weight != y->weight)
		return x->weight > y->weight ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

GrKeyword *
gr_keywords_tfidf(const GrWordTable *t, const ZhLexicon *lex, int32 *n)
{
	GrKeyword  *out = palloc(sizeof(GrKeyword) * Max(t->nwords, 1));
	int32		k = 0;
	double		total = 0;

	require_idf(lex);
	for (int32 i = 0; i < t->nwords; i++)
	{
		const GrWord *w = &t->words[i];

		if (never_keyword(w))
			continue;
		out[k].word = i;
		out[k].order = w->first;
		out[k].weight = (double) w->n * zh_lexicon_idf(lex, w->text, w->len, &(bool){false});
		total += w->n;
		k++;
	}
	for (int32 i = 0; i < k; i++)
		out[i].weight /= total;
	qsort(out, k, sizeof(GrKeyword), compare_keywords);
	*n = k;
	return out;
}

/* The TextRank graph: nodes, and each node's links as a slice of "links". */
typedef struct Graph
{
	int32		nnodes;
	int32	   *node_word;		/* node -> word index */
	int32	   *word_node;		/* word index -> node, or -1 */
	int32	   *first_link;		/* node -> its links: [first_link[n], first_link[n + 1]) */
	int32	   *link_to;
	double	   *link_weight;
	double	   *out_sum;
} Graph;

/* Is token i of the sequence a TextRank candidate? */
static bool
is_candidate(const GrWordTable *t, const GrTokenSeq *seq, int32 i,
			 const uint8 *tags, int ntags)
{
	const GrWord *w;

	if (seq->word[i] < 0)
		return false;
	w = &t->words[seq->word[i]];
	if (never_keyword(w))
		return false;
	for (int k = 0; k < ntags; k++)
		if (tags[k] != 0 && seq->pos[i] == tags[k])
			return true;
	return false;
}

static int
compare_uint64(const void *a, const void *b)
{
	uint64		x = *(const uint64 *) a;
	uint64		y = *(const uint64 *) b;

	return (x > y) - (x < y);
}

static int32
node_of(Graph *g, int32 word)
{
	if (g->word_node[word] < 0)
	{
		g->word_node[word] = g->nnodes;
		g->node_word[g->nnodes++] = word;
	}
	return g->word_node[word];
}

/* How many of the next TEXTRANK_SPAN - 1 tokens are candidates (is_cand: per token). */
static int
candidates_after(const bool *is_cand, int32 i, int32 n)
{
	int			k = 0;

	for (int32 j = i + 1; j < i + TEXTRANK_SPAN && j < n; j++)
		k += is_cand[j];
	return k;
}

/*
 * Build the graph: every pair of candidates less than TEXTRANK_SPAN tokens
 * apart, stored in both directions as (node << 32 | node) keys, sorted and
 * counted into each node's slice.
 */
static void
build_graph(Graph *g, const GrWordTable *t, const GrTokenSeq *seq, const ZhLexicon *lex)
{
	static const char *const tag_names[] = {"n", "ns", "vn", "v"};
	uint8		tags[lengthof(tag_names)];
	bool	   *is_cand = palloc(Max(seq->n, 1));
	uint64	   *pairs;
	Size		npairs = 0;
	Size		need = 0;
	int32		nlinks = 0;

	for (int k = 0; k < (int) lengthof(tag_names); k++)
		tags[k] = zh_lexicon_pos_id(lex, tag_names[k]);
	for (int32 i = 0; i < seq->n; i++)
		is_cand[i] = is_candidate(t, seq, i, tags, lengthof(tags));
	for (int32 i = 0; i < seq->n; i++)
		if (is_cand[i])
			need += 2 * candidates_after(is_cand, i, seq->n);
	if (need * sizeof(uint64) > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("document too large for TextRank"),
				 errdetail("Its co-occurrence graph would have %zu links.", need),
				 errhint("Take keywords of parts of the document, such as its sections.")));

	g->nnodes = 0;
	g->node_word = palloc(sizeof(int32) * Max(t->nwords, 1));
	g->word_node = palloc(sizeof(int32) * Max(t->nwords, 1));
	memset(g->word_node, 0xFF, sizeof(int32) * Max(t->nwords, 1));
	pairs = palloc(sizeof(uint64) * Max(need, 1));

	for (int32 i = 0; i < seq->n; i++)
	{
		if ((i & 0x3FFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (!is_cand[i])
			continue;
		for (int32 j = i + 1; j < i + TEXTRANK_SPAN && j < seq->n; j++)
		{
			uint64		a,
						b;

			if (!is_cand[j])
				continue;
			a = node_of(g, seq->word[i]);
			b = node_of(g, seq->word[j]);
			pairs[npairs++] = a << 32 | b;
			pairs[npairs++] = b << 32 | a;
		}
	}
	Assert(npairs == need);
	pfree(is_cand);
	qsort(pairs, npairs, sizeof(uint64), compare_uint64);

	g->first_link = palloc0(sizeof(int32) * (g->nnodes + 1));
	g->link_to = palloc(sizeof(int32) * Max(npairs, 1));
	g->link_weight = palloc(sizeof(double) * Max(npairs, 1));
	g->out_sum = palloc0(sizeof(double) * Max(g->nnodes, 1));
	for (Size p = 0; p < npairs; p++)
	{
		int32		from = (int32) (pairs[p] >> 32);

		if (p == 0 || pairs[p] != pairs[p - 1])
		{
			g->link_to[nlinks] = (int32) (pairs[p] & 0xFFFFFFFF);
			g->link_weight[nlinks] = 0;
			g->first_link[from + 1] = nlinks + 1;
			nlinks++;
		}
		g->link_weight[nlinks - 1] += 1;
		g->out_sum[from] += 1;
	}
	/* nodes are all linked, so every slice is non-empty; fill the starts */
	for (int32 n = 0; n < g->nnodes; n++)
		if (g->first_link[n + 1] < g->first_link[n])
			g->first_link[n + 1] = g->first_link[n];
	pfree(pairs);
}

static int
compare_node_text(const void *a, const void *b, void *arg)
{
	const Graph *g = ((void **) arg)[0];
	const GrWordTable *t = ((void **) arg)[1];

	return strcmp(t->words[g->node_word[*(const int32 *) a]].text,
				  t->words[g->node_word[*(const int32 *) b]].text);
}

GrKeyword *
gr_keywords_textrank(const GrWordTable *t, const GrTokenSeq *seq,
					 const ZhLexicon *lex, int32 *n)
{
	Graph		g;
	int32	   *sorted;
	double	   *rank;
	double		min_rank,
				max_rank;
	GrKeyword  *out;
	void	   *sort_arg[2];

	build_graph(&g, t, seq, lex);
	out = palloc(sizeof(GrKeyword) * Max(g.nnodes, 1));
	*n = g.nnodes;
	if (g.nnodes == 0)
		return out;

	sorted = palloc(sizeof(int32) * g.nnodes);
	rank = palloc(sizeof(double) * g.nnodes);
	for (int32 i = 0; i < g.nnodes; i++)
	{
		sorted[i] = i;
		rank[i] = 1.0 / g.nnodes;
	}
	sort_arg[0] = &g;
	sort_arg[1] = (void *) t;
	qsort_arg(sorted, g.nnodes, sizeof(int32), compare_node_text, sort_arg);

	for (int round = 0; round < TEXTRANK_ROUNDS; round++)
	{
		CHECK_FOR_INTERRUPTS();
		for (int32 s = 0; s < g.nnodes; s++)
		{
			int32		node = sorted[s];
			double		sum = 0;

			for (int32 l = g.first_link[node]; l < g.first_link[node + 1]; l++)
				sum += g.link_weight[l] / g.out_sum[g.link_to[l]] * rank[g.link_to[l]];
			rank[node] = (1 - TEXTRANK_DAMPING) + TEXTRANK_DAMPING * sum;
		}
	}

	min_rank = max_rank = rank[0];
	for (int32 i = 1; i < g.nnodes; i++)
	{
		min_rank = Min(min_rank, rank[i]);
		max_rank = Max(max_rank, rank[i]);
	}
	for (int32 i = 0; i < g.nnodes; i++)
	{
		out[i].word = g.node_word[i];
		out[i].weight = (rank[i] - min_rank / 10.0) / (max_rank - min_rank / 10.0);
		out[i].order = i;
	}
	qsort(out, g.nnodes, sizeof(GrKeyword), compare_keywords);
	return out;
}
