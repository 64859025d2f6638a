#!/usr/bin/python3
"""Compile data/zh_regions.tsv into a C table (src/regions_table.inc) that
src/regions.c includes, so region lookups need no table and report_info can
stay IMMUTABLE.  Usage: compile_regions.py IN.tsv OUT.inc"""
import sys


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    rows = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("code\t"):
                continue
            code, name, short, level, parent, vf, vt = line.split("\t")
            assert len(code) == 6 and code.isdigit(), code
            assert level in ("province", "prefecture", "county"), level
            rows.append((code, name, short, level, parent, vf, vt))
    # The parent of a row is the row of its parent code that is current (or
    # the latest one that listed it).
    latest = {}
    for i, r in enumerate(rows):
        prev = latest.get(r[0])
        if prev is None or rows[prev][6] != "" and (r[6] == "" or r[6] > rows[prev][6]):
            latest[r[0]] = i
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("/* Generated from data/zh_regions.tsv by tools/regions/compile_regions.py; do not edit. */\n")
        out.write("static const GrRegion gr_region_table[] = {\n")
        for code, name, short, level, parent, vf, vt in rows:
            p = latest[parent] if parent else -1
            out.write("\t{%s, %s, %s, GR_LEVEL_%s, %d, %s, %s},\n" % (
                c_string(code), c_string(name), c_string(short), level.upper(), p,
                c_string(vf), c_string(vt)))
        out.write("};\n")


main()
