/*
 * fuzz_keywords.c
 *		libFuzzer harness for word counting and keywords (src/wordtable.c,
 *		src/keywords.c) over the scan (src/scan.c, src/normalize.c), built
 *		without the server against the real lexicon (IDF table, tags).
 *
 * The input's first byte says how many pattern bytes follow; the pattern
 * drives the stand-in segmenter (stand_in_segmenter.c): each span's length, kind and part of
 * speech (n, v, vn, ns or none, so TextRank has candidates), with gaps for
 * whitespace.  The rest is the text (valid UTF-8 only, as the server
 * guarantees).  Checked: counts add up to the tokens counted, the token
 * sequence points at real words, TF-IDF weights are finite, non-negative
 * and sorted, TextRank weights lie in (0, 1] with the first exactly 1.
 *
 * Nothing here is freed one by one (the server's memory contexts do it):
 * each run ends with fuzz_reset().
 *
 * Build and run: test/t/keywords-fuzz.sh (or bash test/fuzz/build.sh fuzz_keywords).
 */
#include "postgres.h"

#include <math.h>

#include "common/hashfn.h"
#include "keywords.h"
#include "scan.h"
#include "tsdict.h"
#include "stand_in_segmenter.h"
#include "utf8.h"

/* The server reads govreport.stop; two stop words are enough here. */
bool
gr_is_default_stopword(const char *normalized)
{
	return strcmp(normalized, "的") == 0 || strcmp(normalized, "a") == 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const ZhLexicon *lex = zh_lexicon_get();
	GrWordTable t;
	GrTokenSeq	seq;
	GrKeyword  *kw;
	int32		n;
	int64		counted = 0;
	size_t		npat;
	const char *text;
	int			len;

	if (size < 1)
		return 0;
	npat = 1 + data[0] % 8;
	if (npat > size - 1)
		npat = size - 1;
	fuzz_cut_pattern = data + 1;
	fuzz_cut_pattern_len = npat;
	text = (const char *) data + 1 + npat;
	len = (int) (size - 1 - npat);
	if (!fuzz_valid_text((const uint8 *) text, len))
		return 0;
	fuzz_cut_kinds = 7;
	fuzz_cut_tags[0] = 0;
	fuzz_cut_tags[1] = zh_lexicon_pos_id(lex, "n");
	fuzz_cut_tags[2] = zh_lexicon_pos_id(lex, "v");
	fuzz_cut_tags[3] = zh_lexicon_pos_id(lex, "vn");
	fuzz_cut_tags[4] = zh_lexicon_pos_id(lex, "ns");

	gr_words_init(&t);
	gr_token_seq_init(&seq, TEXTRANK_SPAN - 1);
	gr_words_count_doc(&t, text, len, GR_WORDS_DEFAULT, &seq);

	for (int32 i = 0; i < seq.n; i++)
	{
		if (seq.word[i] < -1 || seq.word[i] >= t.nwords)
			abort();
		counted += seq.word[i] >= 0;
	}
	for (int32 i = 0; i < t.nwords; i++)
	{
		counted -= t.words[i].n;
		if (t.words[i].len <= 0 || t.words[i].docs != 1 || t.words[i].text[t.words[i].len] != '\0')
			abort();
	}
	if (counted != 0)
		abort();

	kw = gr_keywords_tfidf(&t, lex, &n);
	for (int32 i = 0; i < n; i++)
		if (kw[i].word < 0 || kw[i].word >= t.nwords || !isfinite(kw[i].weight) ||
			kw[i].weight < 0 || (i > 0 && kw[i].weight > kw[i - 1].weight))
			abort();
	pfree(kw);

	kw = gr_keywords_textrank(&t, &seq, lex, &n);
	for (int32 i = 0; i < n; i++)
		if (kw[i].word < 0 || kw[i].word >= t.nwords || !isfinite(kw[i].weight) ||
			kw[i].weight <= 0 || kw[i].weight > 1 + 1e-12 ||
			(i > 0 && kw[i].weight > kw[i - 1].weight) || (i == 0 && kw[i].weight != 1))
			abort();
	fuzz_reset();
	return 0;
}
