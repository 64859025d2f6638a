/*
 * tsquery_sql.c
 *		zh_tsquery(query): websearch_to_tsquery('govreport', query), made
 *		cheaper to check and right for texts past 16,383 characters.
 *
 * A word of the query is the phrase of its pairs, one position apart
 * (searchkeys.h).  Every row the index finds for a phrase is checked
 * against its stored vector, so the phrase is what each match costs.
 * zh_tsquery rewrites core's query in three ways, none of which changes
 * the answer on a text of up to 16,383 characters:
 *
 * - A | (A & B) becomes A.  A document's last character has no pair of its
 *   own, so the dictionary indexes it alone, as an alternative beside the
 *   last pair; the same dictionary cuts queries, so core's query builders
 *   end every word with ( 环境 | 环境 & 境 ), which is 环境.
 *
 * - The phrase keeps only pairs that do not overlap, and the last one:
 *   社会 <2> 主义 pins 社会主义 as 社会 <-> 会主 <-> 主义 does, with half the
 *   position checks.  The pairs left out are ANDed to it, so that the index
 *   still needs every pair to propose a row (fewer rows to check); they
 *   carry the weights ABCD (which every position has), which tells the
 *   headline that they mark no occurrence of their own.
 *
 * - tsvector positions stop at 16,383.  A phrase P becomes
 *   P | ('>16383' & every pair of P): in a text past that length (which
 *   carries that lexeme) a phrase is accepted where all its pairs occur, so
 *   nothing it holds is missed; elsewhere P alone decides.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/value.h"
#include "tsearch/ts_type.h"
#include "tsearch/ts_utils.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/pg_crc.h"

#include "searchkeys.h"

/* A | (A & B) and A | (B & A) become A, everywhere in the tree. */
static QTNode *
absorb(QTNode *node)
{
	check_stack_depth();
	if (node->valnode->type != QI_OPR)
		return node;
	for (int i = 0; i < node->nchild; i++)
		node->child[i] = absorb(node->child[i]);
	if (node->valnode->qoperator.oper == OP_OR && node->nchild == 2)
	{
		for (int i = 0; i < 2; i++)
		{
			QTNode	   *a = node->child[i];
			QTNode	   *and = node->child[1 - i];

			if (and->valnode->type == QI_OPR &&
				and->valnode->qoperator.oper == OP_AND && and->nchild == 2 &&
				(QTNEq(and->child[0], a) || QTNEq(and->child[1], a)))
				return a;
		}
	}
	return node;
}

static QTNode *
new_operator(int8 oper, int16 distance, QTNode *left, QTNode *right)
{
	QTNode	   *node = palloc0(sizeof(QTNode));

	node->valnode = palloc0(sizeof(QueryItem));
	node->valnode->type = QI_OPR;
	node->valnode->qoperator.oper = oper;
	node->valnode->qoperator.distance = distance;
	node->nchild = 2;
	node->child = palloc(sizeof(QTNode *) * 2);
	node->child[0] = right;		/* core's order: the right operand first */
	node->child[1] = left;
	node->sign = left->sign | right->sign;
	return node;
}

static QTNode *
new_operand(const char *word)
{
	QTNode	   *node = palloc0(sizeof(QTNode));
	int			len = strlen(word);
	pg_crc32	crc;

	INIT_LEGACY_CRC32(crc);
	COMP_LEGACY_CRC32(crc, word, len);
	FIN_LEGACY_CRC32(crc);
	node->valnode = palloc0(sizeof(QueryItem));
	node->valnode->qoperand.type = QI_VAL;
	node->valnode->qoperand.valcrc = (int32) crc;
	node->valnode->qoperand.length = len;
	node->word = pstrdup(word);
	node->sign = ((uint32) 1) << (((unsigned int) node->valnode->qoperand.valcrc) % 32);
	return node;
}

/* A copy of an operand with other weights. */
static QTNode *
weighted(QTNode *leaf, uint8 weight)
{
	QTNode	   *node = palloc(sizeof(QTNode));

	*node = *leaf;
	node->valnode = palloc(sizeof(QueryItem));
	*node->valnode = *leaf->valnode;
	node->valnode->qoperand.weight = weight;
	return node;
}

/* "all" AND every operand under node. */
static QTNode *
and_operands(QTNode *node, QTNode *all)
{
	check_stack_depth();
	if (node->valnode->type == QI_VAL)
		return new_operator(OP_AND, 0, node, all);
	for (int i = node->nchild - 1; i >= 0; i--)
		all = and_operands(node->child[i], all);
	return all;
}

/*
 * The operands of a phrase made of phrases and operands only, with their
 * positions from the phrase's start (core's rule: the right side starts
 * "distance" positions after the left side ends).  Returns the width, or
 * -1 when the phrase holds anything else.
 */
static int
phrase_operands(QTNode *node, int at, QTNode **leaves, int *offsets, int *n, int max)
{
	int			lw;
	int			rw;
	int			d;

	check_stack_depth();
	if (node->valnode->type == QI_VAL)
	{
		if (*n >= max)
			return -1;
		leaves[*n] = node;
		offsets[(*n)++] = at;
		return 0;
	}
	if (node->valnode->qoperator.oper != OP_PHRASE || node->nchild != 2)
		return -1;
	d = node->valnode->qoperator.distance;
	lw = phrase_operands(node->child[1], at, leaves, offsets, n, max);
	if (lw < 0)
		return -1;
	rw = phrase_operands(node->child[0], at + lw + d, leaves, offsets, n, max);
	if (rw < 0)
		return -1;
	return lw + d + rw;
}

/* Whether an operand is a pair: two characters, no prefix, no weights. */
static bool
is_pair(QTNode *leaf)
{
	QueryOperand *op = &leaf->valnode->qoperand;

	return !op->prefix && op->weight == 0 &&
		pg_mbstrlen_with_len(leaf->word, op->length) == 2;
}

/* Whether pair b starts with the character pair a ends with. */
static bool
pairs_overlap(QTNode *a, QTNode *b)
{
	int			a1 = pg_mblen(a->word);
	int			b1 = pg_mblen(b->word);

	return a->valnode->qoperand.length - a1 == b1 &&
		memcmp(a->word + a1, b->word, b1) == 0;
}

/*
 * A word's phrase (pairs at positions 0, 1, ... k - 1, each starting with
 * the character the one before ends with) as the pairs at 0,
 * 2, 4 ... and k - 1, the others ANDed with helper weights; any other
 * phrase as it is.
 */
static QTNode *
sparse_phrase(QTNode *phrase)
{
	QTNode	   *leaves[64];
	int			offsets[64];
	int			n = 0;
	int			last = -1;
	QTNode	   *chain = NULL;

	if (phrase_operands(phrase, 0, leaves, offsets, &n, lengthof(leaves)) < 0 || n < 3)
		return phrase;
	for (int i = 0; i < n; i++)
		if (offsets[i] != i || !is_pair(leaves[i]) ||
			(i > 0 && !pairs_overlap(leaves[i - 1], leaves[i])))
			return phrase;

	for (int i = 0; i < n; i++)
	{
		if (i % 2 == 0 || i == n - 1)
		{
			chain = chain ? new_operator(OP_PHRASE, i - last, chain, leaves[i]) : leaves[i];
			last = i;
		}
	}
	for (int i = 1; i < n - 1; i += 2)
		chain = new_operator(OP_AND, 0, chain, weighted(leaves[i], GR_HELPER_WEIGHTS));
	return chain;
}

/* Every outermost phrase P becomes sparse(P) | ('>16383' & P's operands). */
static QTNode *
rewrite_phrases(QTNode *node)
{
	check_stack_depth();
	if (node->valnode->type != QI_OPR)
		return node;
	if (node->valnode->qoperator.oper == OP_PHRASE)
		return new_operator(OP_OR, 0, sparse_phrase(node),
							and_operands(node, new_operand(GR_LONG_TEXT_LEXEME)));
	for (int i = 0; i < node->nchild; i++)
		node->child[i] = rewrite_phrases(node->child[i]);
	return node;
}

/* The govreport configuration of the schema this function lives in. */
static Oid
govreport_config(FunctionCallInfo fcinfo)
{
	Oid		   *cached = (Oid *) fcinfo->flinfo->fn_extra;

	if (cached == NULL)
	{
		Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
		char	   *nspname = get_namespace_name(nsp);

		if (nspname == NULL)
			elog(ERROR, "schema of zh_tsquery not found");
		cached = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
		*cached = get_ts_config_oid(list_make2(makeString(nspname),
											   makeString(pstrdup("govreport"))),
									false);
		fcinfo->flinfo->fn_extra = cached;
	}
	return *cached;
}

/*
 * zh_tsquery(query text) returns tsquery
 *		See the file comment.
 */
PG_FUNCTION_INFO_V1(zh_tsquery);
Datum
zh_tsquery(PG_FUNCTION_ARGS)
{
	Datum		in = PG_GETARG_DATUM(0);
	TSQuery		query;
	QTNode	   *tree;

	query = DatumGetTSQuery(DirectFunctionCall2(websearch_to_tsquery_byid,
												ObjectIdGetDatum(govreport_config(fcinfo)),
												in));
	if (query->size == 0)
		PG_RETURN_TSQUERY(query);
	tree = absorb(QT2QTN(GETQUERY(query), GETOPERAND(query)));
	tree = rewrite_phrases(tree);
	PG_RETURN_TSQUERY(QTN2QT(tree));
}
