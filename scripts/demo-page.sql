-- The demo's HTML page (doc/analysis.md): a chart of terms across the
-- national reports, per 10,000 characters, drawn as plain SVG, and the top
-- keywords of each sample report.  No script, no external file.
--   psql -v out=FILE -v national=TABLE -v national_words=TABLE_words \
--        -v reports=TABLE -f scripts/demo-page.sql
-- "national" holds the national reports (admin_level 'national', with a
-- report_year), "national_words" their word counts (govreport-load
-- --words); "reports" the reports whose keywords are listed.
\set ON_ERROR_STOP 1
\pset format unaligned
\pset tuples_only on
\pset footer off

CREATE FUNCTION pg_temp.h(t text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$SELECT replace(replace(replace(replace(coalesce(t, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')$$;

\o :out
WITH
-- The series: a term counts each occurrence as a word or inside one
-- (改革 in 改革开放), as in the trend recipe of doc/analysis.md.
terms AS (
	SELECT * FROM unnest(ARRAY['社会主义', '改革', '环境', '创新', '扶贫'],
	                     ARRAY['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd'])
		WITH ORDINALITY AS t(term, color, i)),
nat AS (
	SELECT r.id, r.report_year AS year, greatest(char_length(r.body), 1) AS chars
	FROM :"national" r
	WHERE r.admin_level = 'national' AND r.report_year IS NOT NULL),
points AS (
	SELECT t.i, t.term, t.color, nat.year,
	       coalesce(sum(w.n), 0) * 10000.0 / nat.chars AS per_10k
	FROM nat CROSS JOIN terms t
	LEFT JOIN :"national_words" w ON w.report_id = nat.id AND strpos(w.word, t.term) > 0
	GROUP BY t.i, t.term, t.color, nat.id, nat.year, nat.chars),
-- Plot area: x 70..870, y 40..400 (pixels); years, and the maximum rounded
-- up to a multiple of 20 (grid lines at quarters).
frame AS (
	SELECT min(year) AS y0, greatest(max(year), min(year) + 1) AS y1,
	       greatest(ceil(max(per_10k) / 20) * 20, 20) AS top
	FROM points),
xy AS (
	SELECT p.*, round(70 + (p.year - f.y0) * 800.0 / (f.y1 - f.y0), 1) AS x,
	       round(400 - p.per_10k * 360.0 / f.top, 1) AS y
	FROM points p, frame f),
series AS (
	SELECT i, term, color,
	       format('<polyline class="series" data-term="%s" fill="none" stroke="%s" stroke-width="3" points="%s"/>',
	              pg_temp.h(term), color, string_agg(x || ',' || y, ' ' ORDER BY year)) ||
	       string_agg(format('<circle cx="%s" cy="%s" r="3.5" fill="%s"><title>%s %s: %s per 10,000 characters</title></circle>',
	                         x, y, color, pg_temp.h(term), year, round(per_10k, 1)), '' ORDER BY year) AS svg
	FROM xy GROUP BY i, term, color),
grid AS (
	SELECT string_agg(format('<line x1="70" y1="%1$s" x2="870" y2="%1$s" stroke="#dddddd"/><text x="62" y="%2$s" text-anchor="end">%3$s</text>',
	                         400 - k * 90, 400 - k * 90 + 4, round(f.top * k / 4)), '') AS svg
	FROM frame f, generate_series(0, 4) k),
ticks AS (
	SELECT string_agg(format('<line x1="%1$s" y1="400" x2="%1$s" y2="405" stroke="#333333"/><text x="%1$s" y="420" text-anchor="middle">%2$s</text>',
	                         round(70 + (yr - f.y0) * 800.0 / (f.y1 - f.y0), 1), yr), '') AS svg
	FROM frame f, generate_series(f.y0, f.y1) yr
	WHERE yr % 10 = 0 OR ((yr = f.y0 OR yr = f.y1) AND yr % 10 BETWEEN 3 AND 7)),
legend AS (
	SELECT string_agg(format('<rect x="890" y="%s" width="14" height="14" fill="%s"/><text x="910" y="%s">%s</text>',
	                         40 + (i - 1) * 24, color, 52 + (i - 1) * 24, pg_temp.h(term)), '' ORDER BY i) AS svg
	FROM terms),
keywords AS (
	SELECT string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
	                         pg_temp.h(r.file_name), pg_temp.h(r.region), coalesce(r.report_year::text, ''),
	                         (SELECT pg_temp.h(string_agg(k.word, ' ')) FROM zh_keywords(r.body, 10) k),
	                         (SELECT pg_temp.h(string_agg(k.word, ' ')) FROM zh_keywords(r.body, 10, 'textrank') k)),
	                  '' ORDER BY r.file_name) AS html
	FROM :"reports" r),
about AS (
	SELECT count(*) AS n, min(year) AS y0, max(year) AS y1 FROM nat)
SELECT concat_ws(E'\n',
	'<!DOCTYPE html>',
	'<html lang="zh"><head><meta charset="utf-8"><title>govreport demo: terms and keywords</title>',
	'<style>body{font-family:sans-serif;margin:16px;color:#222}svg{display:block}svg text{font-size:12px;fill:#333}'
	'table{border-collapse:collapse;margin-top:12px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style>',
	'</head><body>',
	format('<h1>Terms in %s national government work reports, %s–%s</h1>', about.n, about.y0, about.y1),
	'<p>Occurrences per 10,000 characters of each report, a term counted alone or inside a longer word (govreport: reports_words, doc/analysis.md).</p>',
	format('<svg id="trend" xmlns="http://www.w3.org/2000/svg" width="1000" height="440" viewBox="0 0 1000 440" data-series="%s">',
	       (SELECT count(*) FROM terms)),
	'<rect x="70" y="40" width="800" height="360" fill="#ffffff"/>',
	grid.svg, ticks.svg,
	(SELECT string_agg(svg, '' ORDER BY i) FROM series),
	-- the frame last, in one exact colour, so a test can find the plot area
	'<rect id="plot" x="70" y="40" width="800" height="360" fill="none" stroke="#999999" shape-rendering="crispEdges"/>',
	legend.svg,
	'</svg>',
	'<h2>Top keywords of each sample report</h2>',
	'<table><tr><th>report</th><th>region</th><th>year</th><th>TF-IDF (jieba''s IDF)</th><th>TextRank</th></tr>',
	keywords.html,
	'</table>',
	'<p>Made by scripts/demo.sh with zh_keywords(body, 10) and zh_keywords(body, 10, ''textrank'').</p>',
	'</body></html>')
FROM about, grid, ticks, legend, keywords;
\o
