#!/usr/bin/python3
"""
compile_lexicon.py -- build govreport's binary lexicon (govreport.lex).

Inputs: jieba's dict.txt ("word freq tag" lines, MIT licence), jieba's
posseg HMM tables (word boundary and part of speech together, the model
behind jieba.posseg), jieba's keyword IDF table (analyse/idf.txt, "word idf"
lines; optional, --idf=PATH), and the project's own word lists
(tools/lexicon/*.txt, "word [freq] [tag]" lines, '#' comments).  Output: one read-only file that
backends mmap; its layout is described in src/lexicon.h and must match the
struct formats below.

Words are stored through the fold table (Traditional -> Simplified,
NFKC width fold, lower case), so lookups of folded text find them.

The header carries the file's identity: a SHA-256 of everything the file
is built from (this script, every input file, the ICU and Unicode versions
that compute the fold and the normal forms), so that an index can record
which lexicon it was built with (doc/upgrade.md).  Input paths do not
count, only file names and contents: the same sources give the same
identity on any machine.

Usage: compile_lexicon.py [--idf=IDF_TXT] OUTPUT DICT_TXT JIEBA_POSSEG_DIR WORDLIST...
"""
import hashlib
import math
import os
import struct
import sys
import unicodedata
import zlib

import icu

MAGIC = b"GRLEX\x00\x00\x01"
FORMAT_VERSION = 5
ROOT = 0xFFFFFFFF
NONE = 0xFFFFFFFF
MASK = 0xFFFFFFFF
MIN_EMIT = -1.0e30  # stands for jieba's MIN_FLOAT (-3.14e100) in a float
DOMAIN_DEFAULT_FREQ = 50000

# Header: see ZhLexiconHeader in src/lexicon.h (little-endian, 272 bytes).
HEADER_FMT = ("<8sIIQ" + "IIII" + "QQQQQQ" + "d" + "QQQQ" + "II" + "QQQ" + "II" +
              "QQIId" + "24x" + "32s" + "II" + "8x")
HEADER_SIZE = struct.calcsize(HEADER_FMT)
assert HEADER_SIZE == 272, HEADER_SIZE
SLOT_FMT = "<IIfBBH"
SLOT_SIZE = 16
HMM_INDEX_FMT = "<IHH"  # first entry, entry count, 1 if only those states
HMM_ENTRY_FMT = "<Bxxxf"  # state, log P(char | state)
MAX_TAGS = 255
TAG_WIDTH = 8
IDF_ENTRY_FMT = "<IHxxf"  # text offset, byte length, idf


def hash_node(parent, cp):
    """Must equal zh_lexicon_hash() in src/lexicon.h."""
    h = (parent * 0x9E3779B1) & MASK
    h ^= cp
    h = (h * 0x85EBCA6B) & MASK
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK
    h ^= h >> 16
    return h


def build_fold_table():
    """Per BMP code point: NFKC (single char only), Traditional -> Simplified
    (single char only), then lower case."""
    ts = icu.Transliterator.createInstance("Traditional-Simplified")
    fold = list(range(0x10000))
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        if len(n) == 1:
            c2 = n
        else:
            c2 = c
        if 0x3400 <= ord(c2) <= 0x9FFF or 0xF900 <= ord(c2) <= 0xFAFF:
            s = ts.transliterate(c2)
            if len(s) == 1:
                c2 = s
        low = c2.lower()
        if len(low) == 1:
            c2 = low
        fold[cp] = ord(c2)
    return fold


# Simplified characters ICU's transliterator still rewrites when they stand
# alone (著 to 着, 俱 to 具 would turn 显著 and 与时俱进 into other words);
# found by running every character of the simplified national reports
# through it.  They keep their own form.  於 is not among them: standard
# simplified Chinese keeps it only as a surname, and in reports it is the
# traditional 于 (關於 must match 关于, 低於 低于).
T2S_KEEP = {0x8457, 0x4FF1, 0x82CE, 0x4E7E, 0x77AD, 0x85C9, 0x5FB5, 0x5925}


def build_normal_forms():
    """The form every non-ASCII code point takes for matching: ICU's
    NFKC_Casefold of the character, then ICU's Traditional-Simplified
    transliteration of the result (T2S_KEEP excepted).  Only code points
    whose form differs are returned, as UTF-8 (possibly empty: default
    ignorables vanish).  The backend reads this table instead of opening
    the transliterator, which takes 11-19 ms per connection."""
    nf = icu.Normalizer2.getNFKCCasefoldInstance()
    ts = icu.Transliterator.createInstance("Traditional-Simplified")
    forms = {}
    for cp in range(0x80, 0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        s = nf.normalize(c)
        # only Han text (U+2E80 on) is touched by the transliterator
        if s and cp not in T2S_KEEP and any(ord(x) >= 0x2E80 for x in s):
            s = ts.transliterate(s)
        if s != c:
            b = s.encode("utf-8")
            if len(b) > 255:
                sys.exit("U+%04X: normal form of %d bytes" % (cp, len(b)))
            forms[cp] = b
    return forms


def normal_word(word, forms):
    """A word in the form gr_normalize() gives tokens at run time: ASCII
    lower-cased, every other character replaced by its normal form."""
    out = []
    for c in word:
        cp = ord(c)
        if cp < 0x80:
            out.append(c.lower())
        elif cp in forms:
            out.append(forms[cp].decode("utf-8"))
        else:
            out.append(c)
    return "".join(out)


def read_idf(path, forms):
    """jieba's keyword IDF table, keyed by the normal form of each word.

    The median is taken as jieba's IDFLoader takes it: over the values of
    the table as read (a later line for the same word replaces an earlier
    one), element len // 2 of the sorted values; jieba gives it to words
    the table lacks.  When two words share a normal form (a traditional
    spelling and its simplified one), the word already in normal form
    keeps its value, else the first line.  Returns (entries sorted by the
    UTF-8 bytes of the key, text blob, median)."""
    table = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            parts = line.strip().split(" ")
            if len(parts) != 2:
                sys.exit("%s:%d: expected 'word idf'" % (path, lineno))
            table[parts[0]] = float(parts[1])
    if not table:
        sys.exit("%s: no entries" % path)
    median = sorted(table.values())[len(table) // 2]
    by_key = {}
    for word, idf in table.items():
        key = normal_word(word, forms).encode("utf-8")
        if len(key) == 0 or len(key) > 0xFFFF:
            continue
        old = by_key.get(key)
        if old is None or (word.encode("utf-8") == key and old[0] != key):
            by_key[key] = (word.encode("utf-8"), idf)
    blob = bytearray()
    entries = []
    for key in sorted(by_key):
        entries.append((len(blob), len(key), by_key[key][1]))
        blob += key
    return entries, bytes(blob), median


def fold_word(word, fold):
    return "".join(chr(fold[ord(c)]) if ord(c) < 0x10000 else c for c in word)


def read_words(path, default_freq, words, tags):
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip() if not path.endswith("dict.txt") else line.strip()
            if not line:
                continue
            parts = line.split()
            word = parts[0]
            freq = default_freq
            tag = ""
            if len(parts) > 1:
                try:
                    freq = int(parts[1])
                    if len(parts) > 2:
                        tag = parts[2]
                except ValueError:
                    tag = parts[1]
            if freq < 0 or len(word) > 64:
                sys.exit("%s:%d: bad entry" % (path, lineno))
            yield word, freq, tag


def source_identity(paths):
    """SHA-256 of the build's inputs: each file's name and contents, in the
    order given, then the versions of ICU and of Python's Unicode tables
    (they compute the fold table and the normal forms).  Must cover every
    input the file depends on: an input left out would let two different
    lexicons share an identity."""
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        h.update(b"%s\0%d\0" % (os.path.basename(path).encode(), len(data)))
        h.update(data)
    h.update(("icu %s unicode %s unicodedata %s" % (
        icu.ICU_VERSION, icu.UNICODE_VERSION, unicodedata.unidata_version)).encode())
    return h.digest()


POSSEG_TABLES = ("prob_start", "prob_trans", "prob_emit", "char_state_tab")


def main():
    args = sys.argv[1:]
    idf_txt = None
    if args and args[0].startswith("--idf="):
        idf_txt = args.pop(0)[len("--idf="):]
    if len(args) < 3:
        sys.exit(__doc__)
    out, dict_txt, posseg = args[:3]
    wordlists = args[3:]

    fold = build_fold_table()

    words = {}  # folded word -> [freq, tag]
    tags = [""]
    tag_ids = {"": 0}

    def add(word, freq, tag, override):
        w = fold_word(word, fold)
        if tag and tag not in tag_ids:
            if len(tags) >= MAX_TAGS or len(tag.encode()) >= TAG_WIDTH:
                tag = ""
            else:
                tag_ids[tag] = len(tags)
                tags.append(tag)
        old = words.get(w)
        if old is None:
            words[w] = [freq, tag]
        elif override:
            words[w] = [max(freq, old[0]), tag or old[1]]
        elif freq > old[0]:
            words[w] = [freq, tag or old[1]]

    for word, freq, tag in read_words(dict_txt, 1, words, tags):
        add(word, freq, tag, False)
    for path in wordlists:
        for word, freq, tag in read_words(path, DOMAIN_DEFAULT_FREQ, words, tags):
            add(word, freq, tag, True)

    total = sum(max(v[0], 1) for v in words.values())
    log_total = math.log(total)

    # The trie: node (parent, cp) lives in an open-addressing table; its
    # slot index is its id.  Root children with cp < 0x10000 are also
    # indexed directly.
    nodes = {}
    for w in words:
        parent = ROOT
        for c in w:
            key = (parent, ord(c))
            if key not in nodes:
                nodes[key] = None
            parent = key
    n_nodes = len(nodes)
    n_slots = 1
    while n_slots * 0.65 < n_nodes:
        n_slots *= 2

    occupied = bytearray(n_slots)
    slot_of = {}
    slots = bytearray(n_slots * SLOT_SIZE)
    root_child = [NONE] * 0x10000
    max_chars = 0
    # Insert in word order, parents first (a parent's id is needed to hash
    # its children).
    for w in sorted(words, key=lambda s: (len(s), s)):
        parent = ROOT
        max_chars = max(max_chars, len(w))
        for i, c in enumerate(w):
            cp = ord(c)
            key = (parent, cp)
            sid = slot_of.get(key)
            if sid is None:
                h = hash_node(parent, cp) & (n_slots - 1)
                while occupied[h]:
                    h = (h + 1) & (n_slots - 1)
                occupied[h] = 1
                sid = h
                slot_of[key] = sid
                struct.pack_into(SLOT_FMT, slots, sid * SLOT_SIZE,
                                 parent, cp, 0.0, 0, 1, 0)
                if parent == ROOT and cp < 0x10000:
                    root_child[cp] = sid
            parent = sid
        freq, tag = words[w]
        struct.pack_into(SLOT_FMT, slots, parent * SLOT_SIZE,
                         struct.unpack_from("<I", slots, parent * SLOT_SIZE)[0],
                         ord(w[-1]),
                         math.log(max(freq, 1)) - log_total,
                         tag_ids.get(tag, 0), 3, 0)

    # The posseg HMM: 256 states (B, E, M or S) x part of speech, in
    # Python's tuple order (the reader breaks ties towards the later
    # state, as jieba's max() over (score, state) pairs does).
    ns = {}
    for name in POSSEG_TABLES:
        g = {}
        with open(os.path.join(posseg, name + ".py"), encoding="utf-8") as f:
            exec(compile(f.read(), name, "exec"), g)
        ns[name] = g["P"]
    states = sorted(ns["prob_start"])
    if len(states) > 256:
        sys.exit("posseg: %d states, at most 256 fit" % len(states))
    state_id = {st: i for i, st in enumerate(states)}
    for _, tag in states:
        if tag not in tag_ids and len(tags) < MAX_TAGS and len(tag.encode()) < TAG_WIDTH:
            tag_ids[tag] = len(tags)
            tags.append(tag)
    hmm_states = b"".join(struct.pack("<BB", "BEMS".index(b), tag_ids.get(t, 0))
                          for b, t in states)
    hmm_start = struct.pack("<%df" % len(states),
                            *[max(ns["prob_start"][st], MIN_EMIT) for st in states])
    trans = [float("-inf")] * (len(states) * len(states))
    next_mask = bytearray(32 * len(states))
    for a, row in ns["prob_trans"].items():
        for b, p in row.items():
            # stored by target state: a Viterbi step reads one row
            trans[state_id[b] * len(states) + state_id[a]] = p
            next_mask[32 * state_id[a] + state_id[b] // 8] |= 1 << (state_id[b] % 8)
    hmm_trans = struct.pack("<%df" % len(trans), *trans)

    # Emissions by character: the states char_state_tab allows (only those
    # are tried), or, for a character it lacks, every state, with the
    # emissions jieba has for it.  Folded forms keep the figures of the
    # simplified character where it has its own.
    per_char = {}  # folded char -> (restricted, {state: logp})
    emit = ns["prob_emit"]
    for c in set(ns["char_state_tab"]) | {c for row in emit.values() for c in row}:
        fc = fold_word(c, fold)
        if len(fc) != 1 or ord(fc) >= 0x10000:
            continue
        allowed = ns["char_state_tab"].get(c)
        entry = (allowed is not None,
                 {state_id[st]: max(emit[st].get(c, MIN_EMIT), MIN_EMIT)
                  for st in (allowed if allowed is not None else states)
                  if allowed is not None or c in emit[st]})
        if fc in per_char and fc != c:
            continue  # the simplified character's own figures win
        per_char[fc] = entry
    hmm_index = [(0, 0, 0)] * 0x10000
    entries = []
    for c in sorted(per_char):
        restricted, row = per_char[c]
        hmm_index[ord(c)] = (len(entries), len(row), 1 if restricted else 0)
        entries.extend(sorted(row.items()))
    # Traditional characters reach the rows of their simplified forms.
    for cp in range(0x10000):
        if hmm_index[cp][1] == 0 and fold[cp] != cp and fold[cp] < 0x10000:
            hmm_index[cp] = hmm_index[fold[cp]]
    hmm_index_bytes = b"".join(struct.pack(HMM_INDEX_FMT, *e) for e in hmm_index)
    hmm_entries = b"".join(struct.pack(HMM_ENTRY_FMT, st, p) for st, p in entries)

    # Normal forms: a direct index for the BMP, a sorted list above it,
    # both (offset + 1) << 8 | length into one blob; 0 means unchanged.
    forms = build_normal_forms()
    norm_blob = bytearray()
    norm_bmp = [0] * 0x10000
    norm_supp = []
    for cp in sorted(forms):
        packed = ((len(norm_blob) + 1) << 8) | len(forms[cp])
        norm_blob += forms[cp]
        if cp < 0x10000:
            norm_bmp[cp] = packed
        else:
            norm_supp.append((cp, packed))

    # Keyword IDF: entries sorted by key for a binary search, keys in one
    # blob.  Without --idf the section is empty and TF-IDF is unavailable.
    if idf_txt:
        idf_entries, idf_blob, idf_median = read_idf(idf_txt, forms)
    else:
        idf_entries, idf_blob, idf_median = [], b"", 0.0

    # Sections, each 16-byte aligned.
    sections = []

    def section(data):
        sections.append(data)

    section(struct.pack("<65536I", *fold))
    section(struct.pack("<65536I", *root_child))
    section(bytes(slots))
    section(hmm_index_bytes)
    section(hmm_entries)
    section(b"".join(t.encode().ljust(TAG_WIDTH, b"\0") for t in tags))
    section(hmm_states)
    section(hmm_start)
    section(hmm_trans)
    section(bytes(next_mask))
    section(struct.pack("<65536I", *norm_bmp))
    section(b"".join(struct.pack("<II", cp, packed) for cp, packed in norm_supp))
    section(bytes(norm_blob))
    section(b"".join(struct.pack(IDF_ENTRY_FMT, *e) for e in idf_entries))
    section(idf_blob)

    offsets = []
    pos = HEADER_SIZE
    body = bytearray()
    for s in sections:
        offsets.append(pos)
        body += s
        pos += len(s)
        pad = (-pos) % 16
        body += b"\0" * pad
        pos += pad
    file_size = HEADER_SIZE + len(body)
    identity = source_identity(
        [os.path.abspath(__file__), dict_txt]
        + [os.path.join(posseg, name + ".py") for name in POSSEG_TABLES]
        + ([idf_txt] if idf_txt else [])
        + wordlists)
    payload_crc = zlib.crc32(bytes(body)) & MASK

    def header(header_crc):
        return struct.pack(HEADER_FMT, MAGIC, FORMAT_VERSION, HEADER_SIZE,
                           file_size,
                           n_slots, len(words), len(entries), len(tags),
                           offsets[0], offsets[1], offsets[2], offsets[3],
                           offsets[4], offsets[5],
                           log_total,
                           offsets[6], offsets[7], offsets[8], offsets[9],
                           len(states), 0,
                           offsets[10], offsets[11], offsets[12],
                           len(norm_supp), len(norm_blob),
                           offsets[13], offsets[14], len(idf_entries), len(idf_blob),
                           idf_median,
                           identity,
                           payload_crc, header_crc)

    hdr = header(0)
    hdr = header(zlib.crc32(hdr) & MASK)
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(hdr)
        f.write(body)
    os.replace(tmp, out)
    print("%s: %d words, %d nodes in %d slots, %d HMM states, %d emissions, %d tags, "
          "%d normal forms, %d IDF entries, %d bytes, max %d chars, identity %s"
          % (out, len(words), n_nodes, n_slots, len(states), len(entries), len(tags),
             len(forms), len(idf_entries), file_size, max_chars, identity.hex()[:12]), file=sys.stderr)


if __name__ == "__main__":
    main()
