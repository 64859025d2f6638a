SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- The outline of each district sample report (test/data/*.txt), and checks
-- that the character offsets point at the headings and tile the text.
CREATE TEMP TABLE docs (name text PRIMARY KEY, doc text);
\set doc `cat test/data/shinan-2022.txt`
INSERT INTO docs VALUES ('shinan-2022', :'doc');
\set doc `cat test/data/shinan-2023-review-excerpt.txt`
INSERT INTO docs VALUES ('shinan-2023-review-excerpt', :'doc');
\set doc `cat test/data/nangang-2022.txt`
INSERT INTO docs VALUES ('nangang-2022', :'doc');
\set doc `cat test/data/huadong-site-plan-excerpt.txt`
INSERT INTO docs VALUES ('huadong-site-plan-excerpt', :'doc');
\set doc `cat test/data/unnamed-district-review-excerpt.txt`
INSERT INTO docs VALUES ('unnamed-district-review-excerpt', :'doc');

CREATE TEMP TABLE outline AS
SELECT d.name, s.*, d.doc
FROM docs d, report_sections(d.doc) s;

SELECT section, depth, heading FROM outline WHERE name = 'shinan-2022' ORDER BY char_start;
SELECT section, depth, kind, role, heading FROM outline WHERE name = 'nangang-2022' ORDER BY char_start;
SELECT section, depth, heading FROM outline WHERE name = 'huadong-site-plan-excerpt' ORDER BY char_start;
SELECT section, depth, heading FROM outline WHERE name = 'unnamed-district-review-excerpt' ORDER BY char_start;
SELECT section, depth, heading FROM outline WHERE name = 'shinan-2023-review-excerpt' ORDER BY char_start;

-- headings in document order = section order (leads and items are numbered
-- among their own kind, so only char_start gives their reading order); labels
-- unique; depth counts the headings of the path:
-- leads and items are as deep as the heading they belong to
SELECT name,
       bool_and(depth = CASE WHEN kind = 'preamble' THEN 0
                        ELSE coalesce((SELECT p.depth FROM outline p
                                       WHERE p.name = o.name AND p.section = parent(o.section)), 0)
                             + CASE WHEN kind IN ('lead', 'item') THEN 0 ELSE 1 END END)
         AS depth_counts_headings,
       array_agg(section ORDER BY char_start) FILTER (WHERE kind NOT IN ('lead', 'item'))
         IS NOT DISTINCT FROM
         array_agg(section ORDER BY section) FILTER (WHERE kind NOT IN ('lead', 'item')) AS in_order,
       count(DISTINCT section) = count(*) AS unique_labels,
       count(*) AS sections
FROM outline o GROUP BY name ORDER BY name;

-- each section's text starts with its heading (after the marker) and the
-- sections tile the report: each ends where the next begins
SELECT name,
       bool_and(CASE WHEN kind = 'preamble' THEN substr(doc, char_start + 1, 4) = '各位代表'
                     ELSE strpos(substr(doc, char_start + 1, 12), left(heading, 2)) BETWEEN 1 AND 7 END)
         AS offsets_hit_headings,
       bool_and(char_end = coalesce(next_start, char_end)) AS tiled,
       bool_and(char_start < char_end) AS non_empty
FROM (SELECT *, lead(char_start) OVER (PARTITION BY name ORDER BY char_start) AS next_start
      FROM outline) o
GROUP BY name ORDER BY name;

-- the preamble of a full report; bodies of sections
SELECT left(body, 40) AS preamble FROM outline WHERE name = 'nangang-2022' AND kind = 'preamble';
SELECT section, left(body, 30) AS body_start, right(body, 12) AS body_end
FROM outline WHERE name = 'nangang-2022' AND section IN ('§1——1', '§2四、（一）');

-- debris is not in the outline: the last section ends before the footer
SELECT name, right(body, 16) AS last_words
FROM outline o
WHERE char_start = (SELECT max(char_start) FROM outline p WHERE p.name = o.name)
ORDER BY name;

-- the role of the section at an offset: a target in §2, an outcome in §1
SELECT report_section_role(doc, strpos(doc, '疫情防控精准高效') - 1) AS review_part,
       report_section_role(doc, strpos(doc, '创新动能更加强劲') - 1) AS target_part,
       report_section_role(doc, 0) AS front_matter,
       report_section_role(doc, -1) AS outside
FROM docs WHERE name = 'nangang-2022';

-- a figure's offset finds its section
SELECT report_section_at(doc, strpos(doc, '新增城镇就业616人') - 1) FROM docs
WHERE name = 'unnamed-district-review-excerpt';
SELECT report_section_at(doc, 0) IS NULL AS front_matter_outside FROM docs WHERE name = 'shinan-2022';

-- the employment parts of every report
SELECT name, section, heading FROM outline
WHERE heading LIKE '%就业%' OR heading LIKE '%民生%' ORDER BY name, section;
