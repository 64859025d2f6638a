#!/bin/bash
# A backend's private memory stays flat over a pass of the sample reports,
# one transaction per report as the loader does it: search vector, figures
# and outline of each (three passes).  Before the heap was trimmed at the
# end of such transactions, glibc kept about 6 MB of freed heap after a pass
# over the national reports (src/govreport.c).
set -u
DB=govreport_memory_test
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1' EXIT
psql -X -q -d "$DB" -c "CREATE EXTENSION govreport" || { echo "not ok 1 - create extension"; exit 1; }
export DB ROOT
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
"$PYTHON" - <<'PY'
import glob, os, sys
try:
    import psycopg2
except ImportError:
    print("ok 1 - memory stays flat # SKIP python3-psycopg2 not installed")
    print("1..1")
    sys.exit(0)

conn = psycopg2.connect(dbname=os.environ["DB"])
conn.autocommit = True
cur = conn.cursor()
cur.execute("SELECT pg_backend_pid()")
pid = cur.fetchone()[0]

def anonymous_kb():
    try:
        with open("/proc/%d/smaps_rollup" % pid) as f:
            for line in f:
                if line.startswith("Anonymous:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None

docs = [open(p, encoding="utf-8").read()
        for p in sorted(glob.glob(os.path.join(os.environ["ROOT"], "test/data/*.txt")))]
cur.execute("CREATE TABLE docs (id int, body text)")
for i, d in enumerate(docs):
    cur.execute("INSERT INTO docs VALUES (%s, %s)", (i, d))
query = ("SELECT length(to_tsvector('govreport', body)::text),"
         " (SELECT count(*) FROM extract_metrics(body)),"
         " (SELECT count(*) FROM report_sections(body)) FROM docs WHERE id = %s")

def one_pass():
    for i in range(len(docs)):
        cur.execute(query, (i,))
        cur.fetchall()

# first use of each function: the lexicon, ICU, caches
cur.execute("SELECT length(to_tsvector('govreport', '经济发展')::text),"
            " (SELECT count(*) FROM extract_metrics('增长6%')),"
            " (SELECT count(*) FROM report_sections('一、经济'))")
before = anonymous_kb()
if before is None:
    print("ok 1 - memory stays flat # SKIP cannot read the backend's /proc entry")
    print("1..1")
    sys.exit(0)
for _ in range(3):
    one_pass()
after = anonymous_kb()
grew = (after - before) / 1024.0
ok = grew < 1.5
print("%s 1 - anonymous memory after 3 passes over %d reports grew %.2f MB (< 1.5 MB)"
      % ("ok" if ok else "not ok", len(docs), grew))
print("1..1")
sys.exit(0 if ok else 1)
PY
