/*
 * lexicon.h
 *		The memory-mapped binary lexicon (govreport.lex) and the user
 *		lexicon overlay.
 *
 * The file is written by tools/compile_lexicon.py at build time and never
 * parsed at run time: a backend maps it read-only and reads the structures
 * in place, so every connection shares the same page-cache pages.
 *
 * Layout (little-endian; every section 16-byte aligned):
 *		header			ZhLexiconHeader, 272 bytes
 *		fold			uint32[65536]: code point -> folded code point
 *		root			uint32[65536]: folded code point -> trie node of the
 *						one-character prefix, or ZH_LEX_NONE
 *		slots			ZhLexSlot[n_slots]: the trie as an open-addressing
 *						hash table keyed by (parent node, code point); a
 *						node's id is its slot index
 *		hmm_index		ZhHmmIndex[65536]: folded code point -> its emissions
 *		hmm_entries		ZhHmmEntry[n_hmm_entries]: (state, log P(char | state))
 *		tags			char[n_tags][8]: part-of-speech tag names
 *		hmm_states		uint8[n_hmm_states][2]: B/E/M/S (0-3), tag id
 *		hmm_start		float[n_hmm_states]: log P(first state)
 *		hmm_trans		float[n_hmm_states][n_hmm_states]: [to][from], log
 *						P(to | from), -inf where jieba has no transition
 *		hmm_next		uint8[n_hmm_states][32]: bit set of the states a
 *						state has a transition to
 *		norm_bmp		uint32[65536]: BMP code point -> its normal form
 *						(see below), 0 when unchanged
 *		norm_supp		uint32[n_norm_supp][2]: code point above the BMP and
 *						its normal form, sorted by code point
 *		norm_data		the normal forms' UTF-8 bytes; an entry is
 *						(offset + 1) << 8 | length
 *		idf_entries		ZhIdfEntry[n_idf]: jieba's keyword IDF table, sorted
 *						by the UTF-8 bytes of the word (memcmp, shorter
 *						first on a tie), for a binary search
 *		idf_text		the words of idf_entries, in normal form
 *
 * The HMM is jieba's posseg model: a state is a word-boundary label (Begin,
 * End, Middle, Single) together with a part of speech, so names (nr) and
 * other unknown words are cut with the tag they would take.
 *
 * The normal forms are what search matches on (normalize.c): ICU's
 * NFKC_Casefold of each character, then ICU's Traditional-Simplified
 * transliteration, computed at build time with the same ICU, so that no
 * backend has to open the transliterator (11-19 ms each).
 *
 * The IDF table is jieba's analyse/idf.txt with each word in the normal form
 * of gr_normalize(), so zh_keywords looks up tokens as zh_tokenize gives
 * them; idf_median is what jieba gives a word the table lacks.
 */
#ifndef GOVREPORT_LEXICON_H
#define GOVREPORT_LEXICON_H

#define ZH_LEX_MAGIC		"GRLEX\0\0\1"
#define ZH_LEX_FORMAT		5
#define ZH_LEX_NONE			0xFFFFFFFFu
#define ZH_LEX_ROOT			0xFFFFFFFFu
#define ZH_LEX_FILE_NAME	"govreport.lex"

#define ZH_SLOT_USED		0x01
#define ZH_SLOT_WORD		0x02

typedef struct ZhLexiconHeader
{
	char		magic[8];
	uint32		format_version;
	uint32		header_size;
	uint64		file_size;
	uint32		n_slots;		/* a power of two */
	uint32		n_words;
	uint32		n_hmm_entries;
	uint32		n_tags;
	uint64		off_fold;
	uint64		off_root;
	uint64		off_slots;
	uint64		off_hmm_index;
	uint64		off_hmm_entries;
	uint64		off_tags;
	double		log_total;		/* log of the sum of all word counts */
	uint64		off_hmm_states;
	uint64		off_hmm_start;
	uint64		off_hmm_trans;
	uint64		off_hmm_next;
	uint32		n_hmm_states;	/* at most 256 */
	uint32		pad0;
	uint64		off_norm_bmp;
	uint64		off_norm_supp;
	uint64		off_norm_data;
	uint32		n_norm_supp;
	uint32		norm_data_size;
	uint64		off_idf_entries;
	uint64		off_idf_text;
	uint32		n_idf;
	uint32		idf_text_size;
	double		idf_median;		/* IDF of a word the table lacks */
	char		reserved[24];
	uint8		source_sha256[32];	/* identity: hash of the build's inputs */
	uint32		payload_crc;	/* CRC-32 of everything after the header */
	uint32		header_crc;		/* CRC-32 of the header with this field 0 */
	char		pad[8];
} ZhLexiconHeader;

/* The HMM states a character can take, with its emission under each. */
typedef struct ZhHmmIndex
{
	uint32		first;			/* into hmm_entries */
	uint16		count;
	uint16		restricted;		/* 1: only these states; 0: any state */
} ZhHmmIndex;

typedef struct ZhHmmEntry
{
	uint8		state;
	uint8		pad[3];
	float		logp;
} ZhHmmEntry;

#define ZH_HMM_B	0
#define ZH_HMM_E	1
#define ZH_HMM_M	2
#define ZH_HMM_S	3

/* One word of the keyword IDF table. */
typedef struct ZhIdfEntry
{
	uint32		text_off;		/* into idf_text */
	uint16		text_len;		/* bytes */
	uint16		pad;
	float		idf;
} ZhIdfEntry;

typedef struct ZhLexSlot
{
	uint32		parent;			/* parent node, ZH_LEX_ROOT for the first char */
	uint32		cp;				/* folded code point */
	float		logp;			/* log(count / total) when a word */
	uint8		pos;			/* part-of-speech tag id */
	uint8		flags;			/* ZH_SLOT_* */
	uint16		pad;
} ZhLexSlot;

/* An opened lexicon: pointers into the mapping. */
typedef struct ZhLexicon
{
	const ZhLexiconHeader *header;
	const uint32 *fold;
	const uint32 *root;
	const ZhLexSlot *slots;
	uint32		slot_mask;
	const ZhHmmIndex *hmm_index;
	const ZhHmmEntry *hmm_entries;
	const char *tags;
	int			n_hmm_states;
	const uint8 *hmm_states;	/* [state][0]: B/E/M/S, [state][1]: tag id */
	const float *hmm_start;
	const float *hmm_trans;
	const uint8 *hmm_next;		/* 32 bytes per state */
	const uint32 *norm_bmp;
	const uint32 *norm_supp;	/* pairs: code point, entry */
	uint32		n_norm_supp;
	const char *norm_data;
	const ZhIdfEntry *idf_entries;
	uint32		n_idf;
	const char *idf_text;
	double		idf_median;
	double		log_total;
	size_t		size;
	char	   *path;
	/* the file as it was when mapped: a change means it was replaced */
	uint64		file_dev;
	uint64		file_ino;
	int64		file_mtime_ns;
	uint64		generation;		/* distinct for every mapping a backend makes */
} ZhLexicon;

/*
 * The user lexicon overlay: the same trie shape, built in backend memory
 * from the zh_user_lexicon table.
 */
typedef struct ZhOverlaySlot
{
	uint32		parent;
	uint32		cp;
	float		logp;
	uint8		pos;
	uint8		flags;
	uint16		pad;
} ZhOverlaySlot;

typedef struct ZhOverlay
{
	ZhOverlaySlot *slots;
	uint32		slot_mask;
	int			n_words;
} ZhOverlay;

/* The hash both the compiler and the readers use. */
static inline uint32
zh_lexicon_hash(uint32 parent, uint32 cp)
{
	uint32		h = parent * 0x9E3779B1u;

	h ^= cp;
	h *= 0x85EBCA6Bu;
	h ^= h >> 13;
	h *= 0xC2B2AE35u;
	h ^= h >> 16;
	return h;
}

/* The child of "node" (ZH_LEX_ROOT for none) by folded code point "cp". */
static inline uint32
zh_lexicon_child(const ZhLexicon *lex, uint32 node, uint32 cp)
{
	uint32		h;

	if (node == ZH_LEX_ROOT && cp < 0x10000)
		return lex->root[cp];
	h = zh_lexicon_hash(node, cp) & lex->slot_mask;
	for (;;)
	{
		const ZhLexSlot *s = &lex->slots[h];

		if (s->flags == 0)
			return ZH_LEX_NONE;
		if (s->parent == node && s->cp == cp)
			return h;
		h = (h + 1) & lex->slot_mask;
	}
}

static inline uint32
zh_overlay_child(const ZhOverlay *ov, uint32 node, uint32 cp)
{
	uint32		h = zh_lexicon_hash(node, cp) & ov->slot_mask;

	for (;;)
	{
		const ZhOverlaySlot *s = &ov->slots[h];

		if (s->flags == 0)
			return ZH_LEX_NONE;
		if (s->parent == node && s->cp == cp)
			return h;
		h = (h + 1) & ov->slot_mask;
	}
}

/* Fold a code point through the lexicon's table (identity above the BMP). */
static inline uint32
zh_lexicon_fold(const ZhLexicon *lex, uint32 cp)
{
	return cp < 0x10000 ? lex->fold[cp] : cp;
}

/* lexicon.c */
extern const ZhLexicon *zh_lexicon_open(const char *path);
extern void zh_lexicon_close(const ZhLexicon *lex);
extern bool zh_lexicon_verify_payload(const ZhLexicon *lex);
extern uint32 zh_lexicon_crc32(uint32 crc, const unsigned char *data, size_t len);

/*
 * Is the file at lex->path still the one mapped (same device, inode, size
 * and modification time)?  false when it was replaced, changed or removed.
 */
extern bool zh_lexicon_file_unchanged(const ZhLexicon *lex);

/*
 * The lexicon's identity as text: 64 hex digits of source_sha256, or
 * "crc32:" and 8 hex digits of the payload checksum for a file without one.
 */
#define ZH_LEX_IDENTITY_BUFSIZE 65
extern void zh_lexicon_identity(const ZhLexicon *lex,
								char buf[ZH_LEX_IDENTITY_BUFSIZE]);

/* Tag name -> id in the lexicon's tag table (0 when unknown or empty). */
extern uint8 zh_lexicon_pos_id(const ZhLexicon *lex, const char *name);

/*
 * The IDF of a word in normal form ("len" bytes), or the table's median
 * when the table lacks it; *found says which.
 */
extern double zh_lexicon_idf(const ZhLexicon *lex, const char *word, int len,
							 bool *found);

/*
 * Supplied by the caller's environment: the server (user_lexicon.c) or a
 * standalone harness (test/fuzz).
 */
extern const ZhLexicon *zh_lexicon_get(void);
/* The same, remapped first if the file was replaced: once per document. */
extern const ZhLexicon *zh_lexicon_get_revalidated(void);
extern const ZhOverlay *zh_overlay_get(void);


#endif							/* GOVREPORT_LEXICON_H */
