#!/bin/bash
# The demo's HTML page (scripts/demo-page.sql, written by scripts/demo.sh):
# made from the sample reports and, when the shared folder has it, the
# national corpus; self-contained (no script, nothing fetched); opened in
# headless Chromium (Debian's chromium), whose screenshot must show the
# chart drawn: inside the plot frame, each series' colour on enough pixels,
# as many series as the page declares.
# Needs a running cluster (PGHOST...) and the staged installation.
set -u
source "$(dirname "$0")/lib/tap.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${GOVREPORT_SHARED:-$ROOT/../shared}
LOAD=${GOVREPORT_LOAD:-${GOVREPORT_STAGE:-}$("${PG_CONFIG:-pg_config}" --bindir)/govreport-load}
DB=govreport_demo_page_test
W=$(mktemp -d /tmp/govreport-page.XXXXXX)
dropdb --if-exists "$DB" >/dev/null 2>&1
createdb "$DB" || { echo "not ok 1 - createdb"; exit 1; }
trap 'dropdb --if-exists "$DB" >/dev/null 2>&1; rm -rf "$W"' EXIT
sql() { psql -X -q -d "$DB" -tAc "$1" 2>&1; }
sql "SET client_min_messages = warning; CREATE EXTENSION govreport" >/dev/null

"$LOAD" -d "$DB" -q --words "$ROOT"/test/data/*.txt
national=reports
GOVREPORT_SHARED=$SHARED GOVREPORT_LOAD=$LOAD bash "$ROOT/scripts/load-national.sh" "$DB" && national=national
psql -X -q -d "$DB" -v out="$W/page.html" -v national=$national -v national_words=${national}_words \
	-v reports=reports -f "$ROOT/scripts/demo-page.sql"
check_eq "scripts/demo-page.sql writes the page" "0" "$?"
html=$(cat "$W/page.html")
series=$(grep -o 'data-series="[0-9]*"' <<<"$html" | grep -o '[0-9]\+')
check_eq "the page declares 5 series and draws 5 lines" "5:5" "$series:$(grep -o '<polyline class="series"' <<<"$html" | wc -l)"
check "no script and nothing fetched (no <script, src= or href=)" \
	test "$(grep -ciE '<script|src=|href=|url\(' <<<"$html")" -eq 0
n_reports=$(ls "$ROOT"/test/data/*.txt | wc -l)
check_eq "a keyword row for each sample report" "$n_reports" "$(grep -o '<tr><td>' <<<"$html" | wc -l)"

if ! command -v chromium >/dev/null 2>&1; then
	tap_n=$((tap_n + 1)); echo "ok $tap_n - the chart renders in Chromium # SKIP chromium not installed"
	tap_done
	exit
fi
# screenshot PAGE PNG: headless Chromium, a new empty profile each time.
screenshot() {
	rm -rf "$W/profile"
	mkdir "$W/profile"
	timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$W/profile" --hide-scrollbars --window-size=1100,1000 \
		--screenshot="$2" "file://$1" >"$W/chromium.log" 2>&1
}
screenshot "$W/page.html" "$W/shot.png"
check "headless Chromium takes a screenshot" test -s "$W/shot.png"

# Decode the PNG (8-bit RGB or RGBA, not interlaced), find the plot frame
# (#999999, drawn last and crisp) and count each series colour inside it:
# prints "WIDTHxHEIGHT INK SERIES_DRAWN COLOUR:PIXELS,...".
cat >"$W/count.py" <<'PY'
import re, struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
        assert depth == 8 and ctype in (2, 6) and interlace == 0, "unsupported PNG"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * bpp
rows, prev = [], bytearray(stride)
for y in range(height):
    f = raw[y * (stride + 1)]
    line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b = prev[i]
        c = prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    prev = line
def px(x, y):
    o = x * bpp
    return rows[y][o:o + 3]
frame = bytes.fromhex("999999")
frame_rows = [y for y in range(height) if sum(px(x, y) == frame for x in range(width)) >= 700]
frame_cols = [x for x in range(width) if sum(px(x, y) == frame for y in range(height)) >= 300]
if len(frame_rows) < 2 or len(frame_cols) < 2:
    print("noframe 0 0")
    sys.exit()
top, bottom, left, right = frame_rows[0], frame_rows[-1], frame_cols[0], frame_cols[-1]
colours = re.findall(r'<polyline class="series"[^>]*stroke="#([0-9a-f]{6})"', open(sys.argv[2]).read())
counts = {c: 0 for c in colours}
ink = 0
want = {bytes.fromhex(c): c for c in colours}
for y in range(top + 1, bottom):
    for x in range(left + 1, right):
        p = px(x, y)
        if p != b"\xff\xff\xff":
            ink += 1
        if p in want:
            counts[want[p]] += 1
drawn = sum(1 for n in counts.values() if n >= 150)
print(f"{right - left}x{bottom - top} {ink} {drawn} " + ",".join(f"{c}:{n}" for c, n in counts.items()))
PY
read -r size ink drawn counts <<<"$(/usr/bin/python3 "$W/count.py" "$W/shot.png" "$W/page.html")"
check_eq "the plot frame is found in the screenshot (800x360 pixels)" "800x360" "$size"
check "the plot area is not blank ($ink pixels not white)" test "${ink:-0}" -gt 2000
check_eq "each of the 5 series is drawn in its colour ($counts)" "5" "$drawn"

# Control: the same page with the last series' line and points left out
# (its legend swatch stays) must count one series fewer.
sed -E 's#<polyline class="series" data-term="扶贫"[^>]*/>##; s#<circle [^>]*fill="\#9467bd">(<title>[^<]*</title>)</circle>##g' \
	"$W/page.html" >"$W/control.html"
screenshot "$W/control.html" "$W/control.png"
read -r _ _ drawn counts <<<"$(/usr/bin/python3 "$W/count.py" "$W/control.png" "$W/page.html")"
check_eq "control: without the 扶贫 line the screenshot shows 4 series ($counts)" "4" "$drawn"
tap_done
