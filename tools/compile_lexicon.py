#!/usr/bin/python3
"""
compile_lexicon.py -- build govreport's binary lexicon (govreport.lex).

Inputs: jieba's dict.txt ("word freq tag" lines, MIT licence), jieba's
finalseg HMM tables, and the project's own word lists (tools/lexicon/*.txt,
"word [freq] [tag]" lines, '#' comments).  Output: one read-only file that
backends mmap; its layout is described in src/lexicon.h and must match the
struct formats below.

Words are stored through the fold table (Traditional -> Simplified,
NFKC width fold, lower case), so lookups of folded text find them.

Usage: compile_lexicon.py OUTPUT DICT_TXT JIEBA_FINALSEG_DIR WORDLIST...
"""
import math
import os
import struct
import sys
import unicodedata
import zlib

import icu

MAGIC = b"GRLEX\x00\x00\x01"
FORMAT_VERSION = 1
ROOT = 0xFFFFFFFF
NONE = 0xFFFFFFFF
MASK = 0xFFFFFFFF
MIN_EMIT = -1.0e30  # stands for jieba's MIN_FLOAT (-3.14e100) in a float
DOMAIN_DEFAULT_FREQ = 50000

# Header: see ZhLexiconHeader in src/lexicon.h (little-endian, 272 bytes).
HEADER_FMT = "<8sIIQ" + "IIII" + "QQQQQQ" + "d" + "4d" + "16d" + "II" + "8x"
HEADER_SIZE = struct.calcsize(HEADER_FMT)
assert HEADER_SIZE == 272, HEADER_SIZE
SLOT_FMT = "<IIfBBH"
SLOT_SIZE = 16
MAX_TAGS = 255
TAG_WIDTH = 8


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


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, dict_txt, finalseg = sys.argv[1:4]
    wordlists = sys.argv[4:]

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

    # HMM tables (finalseg): states in the order B, E, M, S.
    ns = {}
    for name in ("prob_start", "prob_trans", "prob_emit"):
        g = {}
        with open(os.path.join(finalseg, name + ".py"), encoding="utf-8") as f:
            exec(compile(f.read(), name, "exec"), g)
        ns[name] = g["P"]
    states = "BEMS"
    start = [max(ns["prob_start"][s], MIN_EMIT) for s in states]
    trans = []
    for a in states:
        for b in states:
            trans.append(ns["prob_trans"][a].get(b, MIN_EMIT))
    emit_chars = {}
    for si, s in enumerate(states):
        for c, p in ns["prob_emit"][s].items():
            fc = fold_word(c, fold)
            if len(fc) != 1 or ord(fc) >= 0x10000:
                continue
            row = emit_chars.setdefault(fc, [MIN_EMIT] * 4)
            # a traditional char folds onto its simplified one: keep the
            # simplified char's own figures when it has them
            if c == fc or row[si] == MIN_EMIT:
                row[si] = p
    emit_index = [0] * 0x10000
    emit_rows = [[MIN_EMIT] * 4]  # row 0: unseen character
    for c in sorted(emit_chars):
        emit_index[ord(c)] = len(emit_rows)
        emit_rows.append(emit_chars[c])
    # Traditional characters reach the rows of their simplified forms.
    for cp in range(0x10000):
        if emit_index[cp] == 0 and fold[cp] != cp and fold[cp] < 0x10000:
            emit_index[cp] = emit_index[fold[cp]]

    # Sections, each 16-byte aligned.
    sections = []

    def section(data):
        sections.append(data)

    section(struct.pack("<65536I", *fold))
    section(struct.pack("<65536I", *root_child))
    section(bytes(slots))
    section(struct.pack("<65536H", *emit_index))
    section(b"".join(struct.pack("<4f", *r) for r in emit_rows))
    section(b"".join(t.encode().ljust(TAG_WIDTH, b"\0") for t in tags))

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
    payload_crc = zlib.crc32(bytes(body)) & MASK

    def header(header_crc):
        return struct.pack(HEADER_FMT, MAGIC, FORMAT_VERSION, HEADER_SIZE,
                           file_size,
                           n_slots, len(words), len(emit_rows), len(tags),
                           offsets[0], offsets[1], offsets[2], offsets[3],
                           offsets[4], offsets[5],
                           log_total, *start, *trans,
                           payload_crc, header_crc)

    hdr = header(0)
    hdr = header(zlib.crc32(hdr) & MASK)
    tmp = out + ".tmp"
    with open(tmp, "wb") as f:
        f.write(hdr)
        f.write(body)
    os.replace(tmp, out)
    print("%s: %d words, %d nodes in %d slots, %d HMM rows, %d tags, %d bytes, max %d chars"
          % (out, len(words), n_nodes, n_slots, len(emit_rows), len(tags),
             file_size, max_chars), file=sys.stderr)


if __name__ == "__main__":
    main()
