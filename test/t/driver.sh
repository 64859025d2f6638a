#!/bin/bash
# report_section values through a real client driver (psycopg2), in text
# form and in binary form: binary COPY out (report_section_send), parsed
# here, then fed back with binary COPY in (report_section_recv), plus
# damaged binary values that the server must refuse cleanly.
set -u
DB=govreport_driver_test
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export DB ROOT
# Debian's python3 (where python3-psycopg2 lives), not one earlier in PATH.
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" - <<'PY'
import os, struct, sys
try:
    import psycopg2
except ImportError:
    print("ok 1 - psycopg2 reads report_section # SKIP python3-psycopg2 not installed")
    print("1..1")
    sys.exit(0)

n = 0
failed = 0
def check(name, cond):
    global n, failed
    n += 1
    if cond:
        print(f"ok {n} - {name}")
    else:
        failed += 1
        print(f"not ok {n} - {name}")

def skip(name, why):
    global n
    n += 1
    print(f"ok {n} - {name} # SKIP {why}")

def parse_binary_copy(data):
    """Rows of a COPY ... (FORMAT binary) stream, each a list of bytes/None."""
    sig = b"PGCOPY\n\xff\r\n\0"
    assert data[:11] == sig, "bad signature"
    flags, ext = struct.unpack("!ii", data[11:19])
    pos = 19 + ext
    rows = []
    while True:
        (nf,) = struct.unpack("!h", data[pos:pos + 2]); pos += 2
        if nf == -1:
            break
        row = []
        for _ in range(nf):
            (ln,) = struct.unpack("!i", data[pos:pos + 4]); pos += 4
            if ln == -1:
                row.append(None)
            else:
                row.append(data[pos:pos + ln]); pos += ln
        rows.append(row)
    assert pos == len(data), "trailing bytes"
    return rows

def binary_copy(values):
    out = b"PGCOPY\n\xff\r\n\0" + struct.pack("!ii", 0, 0)
    for v in values:
        out += struct.pack("!h", 1) + struct.pack("!i", len(v)) + v
    return out + struct.pack("!h", -1)

import io
conn = psycopg2.connect(dbname=os.environ["DB"])
conn.autocommit = True
cur = conn.cursor()
cur.execute("SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS govreport")

# The binary COPY parser itself, on a built-in type with a known layout.
buf = io.BytesIO()
cur.copy_expert("COPY (SELECT 258::int4 AS v UNION ALL SELECT NULL) TO STDOUT (FORMAT binary)", buf)
rows = parse_binary_copy(buf.getvalue())
check("binary COPY parser reads int4 258 and NULL", rows == [[b"\x00\x00\x01\x02"], [None]])

cur.execute("SELECT to_regtype('report_section') IS NOT NULL AND to_regprocedure('report_sections(text)') IS NOT NULL")
if not cur.fetchone()[0]:
    for name in ["psycopg2 reads report_section values as text",
                 "binary send: COPY (FORMAT binary) gives one non-empty value per section",
                 "binary recv: the values sent come back equal",
                 "damaged binary values are refused with an error, the session lives on"]:
        skip(name, "report_section not installed")
    print(f"1..{n}")
    sys.exit(1 if failed else 0)

# Which column of report_sections() holds the report_section values?
doc = open(os.path.join(os.environ["ROOT"], "test/data/nangang-2022.txt"), encoding="utf-8").read()
cur.execute("CREATE TABLE docs AS SELECT %s::text AS body", (doc,))
cur.execute("SELECT 'report_section'::regtype::oid")
rs_oid = cur.fetchone()[0]
cur.execute("SELECT * FROM report_sections((SELECT body FROM docs)) LIMIT 0")
cols = [d.name for d in cur.description if d.type_code == rs_oid]
check("report_sections() has a report_section column", len(cols) > 0)
if not cols:
    print(f"1..{n}")
    sys.exit(1)
col = cols[0]
cur.execute(f'CREATE TABLE secs AS SELECT row_number() OVER () AS i, "{col}" AS s FROM report_sections((SELECT body FROM docs))')

cur.execute("SELECT s, s::text FROM secs ORDER BY i")
text_rows = cur.fetchall()
check(f"psycopg2 reads report_section values as text ({len(text_rows)} values)",
      len(text_rows) > 0 and all(isinstance(a, str) and a == b for a, b in text_rows))

buf = io.BytesIO()
cur.copy_expert("COPY (SELECT s FROM secs ORDER BY i) TO STDOUT (FORMAT binary)", buf)
brows = parse_binary_copy(buf.getvalue())
check("binary send: COPY (FORMAT binary) gives one non-empty value per section",
      len(brows) == len(text_rows) and all(r[0] for r in brows))

cur.execute("CREATE TABLE back (s report_section)")
cur.copy_expert("COPY back FROM STDIN (FORMAT binary)", io.BytesIO(binary_copy([r[0] for r in brows])))
cur.execute("SELECT array_agg(s::text) FROM back")
check("binary recv: the values sent come back equal",
      cur.fetchone()[0] == [t for _, t in text_rows])

refused = 0
damaged = [brows[0][0][:-1], b"\xff" + brows[0][0][1:], b"", b"\x01" * 3]
for d in damaged:
    try:
        cur.copy_expert("COPY back FROM STDIN (FORMAT binary)", io.BytesIO(binary_copy([d])))
    except psycopg2.Error:
        refused += 1
cur.execute("SELECT 1")
check(f"damaged binary values are refused with an error, the session lives on ({refused}/4)",
      refused == len(damaged) and cur.fetchone()[0] == 1)
print(f"1..{n}")
sys.exit(1 if failed else 0)
PY
