/*
 * lexicon.c
 *		Open, check and map the binary lexicon file.
 *
 * Nothing here parses text: the file is mapped read-only and its sections
 * are read in place, so the pages are shared by every backend through the
 * page cache.  On open we check the magic, the format version, the header
 * checksum, the file size and that every section lies inside the file; the
 * full payload checksum costs a pass over the whole file and is left to
 * govreport_lexicon_verify() (and to the build).
 *
 * This file uses no server facility beyond palloc and ereport, so that the
 * fuzz harness can compile it standalone.
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lexicon.h"

/* Counts the mappings this process made, so caches can tell them apart. */
static uint64 lexicon_generation = 0;

static uint32 crc_table[256];
static bool crc_table_ready = false;

static void
crc_init(void)
{
	for (uint32 i = 0; i < 256; i++)
	{
		uint32		c = i;

		for (int k = 0; k < 8; k++)
			c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
		crc_table[i] = c;
	}
	crc_table_ready = true;
}

/* CRC-32 (IEEE, as zlib.crc32), continuing from "crc" (0 to start). */
uint32
zh_lexicon_crc32(uint32 crc, const unsigned char *data, size_t len)
{
	if (!crc_table_ready)
		crc_init();
	crc = ~crc;
	for (size_t i = 0; i < len; i++)
		crc = crc_table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
	return ~crc;
}

/* "why" is a whole sentence, marked with gettext_noop() where it is written. */
static void
lexicon_corrupt(const char *path, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("lexicon file \"%s\" is invalid", path),
			 errdetail("%s", _(why)),
			 errhint("Rebuild and reinstall the govreport lexicon, or point govreport.lexicon_path at a good file.")));
}

/* Does [off, off + len) lie inside a file of "size" bytes? */
static bool
section_fits(uint64 off, uint64 len, uint64 size)
{
	return off >= sizeof(ZhLexiconHeader) && off <= size && len <= size - off &&
		off % 16 == 0;
}

/* Does a normal form entry ((offset + 1) << 8 | length, or 0) fit the data? */
static bool
norm_entry_in_bounds(uint32 entry, uint32 data_size)
{
	return entry == 0 ||
		((entry >> 8) >= 1 && (uint64) (entry >> 8) - 1 + (entry & 0xFF) <= data_size);
}

/* Every IDF entry's word lies inside the IDF text. */
static bool
idf_in_bounds(const char *map, const ZhLexiconHeader *hdr)
{
	const ZhIdfEntry *idf = (const ZhIdfEntry *) (map + hdr->off_idf_entries);

	for (uint32 i = 0; i < hdr->n_idf; i++)
		if ((uint64) idf[i].text_off + idf[i].text_len > hdr->idf_text_size)
			return false;
	return true;
}

/*
 * The root, HMM and normal form indexes, the HMM entries' states and the
 * states' tags are followed without checks later, so they are checked once
 * here (about a millisecond).
 */
static bool
indexes_in_bounds(const char *map, const ZhLexiconHeader *hdr)
{
	const uint32 *root = (const uint32 *) (map + hdr->off_root);
	const ZhHmmIndex *hmm_index = (const ZhHmmIndex *) (map + hdr->off_hmm_index);
	const ZhHmmEntry *entries = (const ZhHmmEntry *) (map + hdr->off_hmm_entries);
	const uint8 *states = (const uint8 *) (map + hdr->off_hmm_states);
	const uint32 *norm_bmp = (const uint32 *) (map + hdr->off_norm_bmp);
	const uint32 *norm_supp = (const uint32 *) (map + hdr->off_norm_supp);

	for (int i = 0; i < 65536; i++)
	{
		if (root[i] != ZH_LEX_NONE && root[i] >= hdr->n_slots)
			return false;
		if (hmm_index[i].count > hdr->n_hmm_states ||
			(uint64) hmm_index[i].first + hmm_index[i].count > hdr->n_hmm_entries)
			return false;
	}
	for (uint32 i = 0; i < hdr->n_hmm_entries; i++)
		if (entries[i].state >= hdr->n_hmm_states)
			return false;
	for (uint32 i = 0; i < hdr->n_hmm_states; i++)
		if (states[2 * i] > ZH_HMM_S || states[2 * i + 1] >= hdr->n_tags)
			return false;
	for (int i = 0; i < 65536; i++)
		if (!norm_entry_in_bounds(norm_bmp[i], hdr->norm_data_size))
			return false;
	for (uint32 i = 0; i < hdr->n_norm_supp; i++)
		if (norm_supp[2 * i] < 0x10000 || norm_supp[2 * i] > 0x10FFFF ||
			(i > 0 && norm_supp[2 * i] <= norm_supp[2 * i - 2]) ||
			!norm_entry_in_bounds(norm_supp[2 * i + 1], hdr->norm_data_size))
			return false;
	return idf_in_bounds(map, hdr);
}

/*
 * Map "path" and check its header.  Errors out (closing what it opened) on
 * any problem.  The result is malloc'd, not palloc'd: it lives as long as
 * the backend or until replaced.
 */
const ZhLexicon *
zh_lexicon_open(const char *path)
{
	int			fd;
	struct stat st;
	void	   *map;
	ZhLexiconHeader hdr;
	uint32		crc;
	ZhLexicon  *lex;
	const char *why = NULL;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FILE),
				 errmsg("could not open lexicon file \"%s\": %m", path),
				 errhint("Install the lexicon with the extension (make install), or point govreport.lexicon_path at the file.")));
	if (fstat(fd, &st) != 0 || st.st_size < (off_t) sizeof(ZhLexiconHeader))
	{
		close(fd);
		lexicon_corrupt(path, gettext_noop("The file is too short to be a govreport lexicon."));
	}
	map = mmap(NULL, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (map == MAP_FAILED)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("could not map lexicon file \"%s\": %m", path)));

	memcpy(&hdr, map, sizeof(hdr));
	crc = hdr.header_crc;
	hdr.header_crc = 0;
	if (memcmp(hdr.magic, ZH_LEX_MAGIC, 8) != 0)
		why = gettext_noop("The file is not a govreport lexicon.");
	else if (hdr.format_version != ZH_LEX_FORMAT ||
			 hdr.header_size != sizeof(ZhLexiconHeader))
		why = gettext_noop("Its format version is not the one this library reads.");
	else if (zh_lexicon_crc32(0, (const unsigned char *) &hdr, sizeof(hdr)) != crc)
		why = gettext_noop("Its header does not match the header's checksum.");
	else if (hdr.file_size != (uint64) st.st_size)
		why = gettext_noop("Its size does not match the size its header gives.");
	else if (hdr.n_slots == 0 || (hdr.n_slots & (hdr.n_slots - 1)) != 0 ||
			 hdr.n_tags == 0 || hdr.n_tags > 256 ||
			 hdr.n_hmm_states == 0 || hdr.n_hmm_states > 256 ||
			 !section_fits(hdr.off_fold, 65536 * 4, hdr.file_size) ||
			 !section_fits(hdr.off_root, 65536 * 4, hdr.file_size) ||
			 !section_fits(hdr.off_slots, (uint64) hdr.n_slots * sizeof(ZhLexSlot), hdr.file_size) ||
			 !section_fits(hdr.off_hmm_index, 65536 * sizeof(ZhHmmIndex), hdr.file_size) ||
			 !section_fits(hdr.off_hmm_entries, (uint64) hdr.n_hmm_entries * sizeof(ZhHmmEntry), hdr.file_size) ||
			 !section_fits(hdr.off_tags, (uint64) hdr.n_tags * 8, hdr.file_size) ||
			 !section_fits(hdr.off_hmm_states, (uint64) hdr.n_hmm_states * 2, hdr.file_size) ||
			 !section_fits(hdr.off_hmm_start, (uint64) hdr.n_hmm_states * 4, hdr.file_size) ||
			 !section_fits(hdr.off_hmm_trans, (uint64) hdr.n_hmm_states * hdr.n_hmm_states * 4, hdr.file_size) ||
			 !section_fits(hdr.off_hmm_next, (uint64) hdr.n_hmm_states * 32, hdr.file_size) ||
			 !section_fits(hdr.off_norm_bmp, 65536 * 4, hdr.file_size) ||
			 !section_fits(hdr.off_norm_supp, (uint64) hdr.n_norm_supp * 8, hdr.file_size) ||
			 !section_fits(hdr.off_norm_data, hdr.norm_data_size, hdr.file_size) ||
			 !section_fits(hdr.off_idf_entries, (uint64) hdr.n_idf * sizeof(ZhIdfEntry), hdr.file_size) ||
			 !section_fits(hdr.off_idf_text, hdr.idf_text_size, hdr.file_size))
		why = gettext_noop("A section the header lists lies outside the file.");
	if (why == NULL && !indexes_in_bounds((const char *) map, &hdr))
		why = gettext_noop("An index in the file points outside its section.");
	if (why)
	{
		munmap(map, st.st_size);
		lexicon_corrupt(path, why);
	}

	lex = malloc(sizeof(ZhLexicon));
	if (lex == NULL || (lex->path = strdup(path)) == NULL)
	{
		free(lex);
		munmap(map, st.st_size);
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory"),
				 errdetail("Could not allocate the lexicon descriptor.")));
	}
	lex->header = (const ZhLexiconHeader *) map;
	lex->size = st.st_size;
	lex->fold = (const uint32 *) ((const char *) map + hdr.off_fold);
	lex->root = (const uint32 *) ((const char *) map + hdr.off_root);
	lex->slots = (const ZhLexSlot *) ((const char *) map + hdr.off_slots);
	lex->slot_mask = hdr.n_slots - 1;
	lex->hmm_index = (const ZhHmmIndex *) ((const char *) map + hdr.off_hmm_index);
	lex->hmm_entries = (const ZhHmmEntry *) ((const char *) map + hdr.off_hmm_entries);
	lex->tags = (const char *) map + hdr.off_tags;
	lex->n_hmm_states = (int) hdr.n_hmm_states;
	lex->hmm_states = (const uint8 *) map + hdr.off_hmm_states;
	lex->hmm_start = (const float *) ((const char *) map + hdr.off_hmm_start);
	lex->hmm_trans = (const float *) ((const char *) map + hdr.off_hmm_trans);
	lex->hmm_next = (const uint8 *) map + hdr.off_hmm_next;
	lex->norm_bmp = (const uint32 *) ((const char *) map + hdr.off_norm_bmp);
	lex->norm_supp = (const uint32 *) ((const char *) map + hdr.off_norm_supp);
	lex->n_norm_supp = hdr.n_norm_supp;
	lex->norm_data = (const char *) map + hdr.off_norm_data;
	lex->idf_entries = (const ZhIdfEntry *) ((const char *) map + hdr.off_idf_entries);
	lex->n_idf = hdr.n_idf;
	lex->idf_text = (const char *) map + hdr.off_idf_text;
	lex->idf_median = hdr.idf_median;
	lex->log_total = hdr.log_total;
	lex->file_dev = (uint64) st.st_dev;
	lex->file_ino = (uint64) st.st_ino;
	lex->file_mtime_ns = (int64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
	lex->generation = ++lexicon_generation;
	return lex;
}

bool
zh_lexicon_file_unchanged(const ZhLexicon *lex)
{
	struct stat st;

	if (stat(lex->path, &st) != 0)
		return false;
	return (uint64) st.st_dev == lex->file_dev &&
		(uint64) st.st_ino == lex->file_ino &&
		(size_t) st.st_size == lex->size &&
		(int64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec == lex->file_mtime_ns;
}

void
zh_lexicon_close(const ZhLexicon *lex)
{
	if (lex == NULL)
		return;
	munmap((void *) lex->header, lex->size);
	free(lex->path);
	free((void *) lex);
}

/* Full check of the payload against its checksum (one pass over the file). */
bool
zh_lexicon_verify_payload(const ZhLexicon *lex)
{
	const unsigned char *base = (const unsigned char *) lex->header;

	return zh_lexicon_crc32(0, base + sizeof(ZhLexiconHeader),
							lex->size - sizeof(ZhLexiconHeader)) ==
		lex->header->payload_crc;
}

void
zh_lexicon_identity(const ZhLexicon *lex, char buf[ZH_LEX_IDENTITY_BUFSIZE])
{
	const uint8 *hash = lex->header->source_sha256;
	bool		recorded = false;

	for (int i = 0; i < 32; i++)
		recorded |= hash[i] != 0;
	if (!recorded)
	{
		snprintf(buf, ZH_LEX_IDENTITY_BUFSIZE, "crc32:%08x",
				 lex->header->payload_crc);
		return;
	}
	for (int i = 0; i < 32; i++)
		snprintf(buf + 2 * i, 3, "%02x", hash[i]);
}

uint8
zh_lexicon_pos_id(const ZhLexicon *lex, const char *name)
{
	if (name == NULL || name[0] == '\0')
		return 0;
	for (uint32 i = 1; i < lex->header->n_tags && i < 256; i++)
	{
		if (strncmp(lex->tags + 8 * i, name, 8) == 0)
			return (uint8) i;
	}
	return 0;
}

/* memcmp order, a prefix before the longer word (Python's bytes order). */
static int
compare_words(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, alen < blen ? alen : blen);

	return c != 0 ? c : (alen > blen) - (alen < blen);
}

double
zh_lexicon_idf(const ZhLexicon *lex, const char *word, int len, bool *found)
{
	uint32		lo = 0;
	uint32		hi = lex->n_idf;

	while (lo < hi)
	{
		uint32		mid = lo + (hi - lo) / 2;
		const ZhIdfEntry *e = &lex->idf_entries[mid];
		int			c = compare_words(lex->idf_text + e->text_off, e->text_len,
									  word, len);

		if (c == 0)
		{
			*found = true;
			return e->idf;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = false;
	return lex->idf_median;
}
