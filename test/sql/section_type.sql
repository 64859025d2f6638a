SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- text input: marker form (full- or half-width), dotted form, canonical output
SELECT x AS input, x::report_section AS canonical
FROM (VALUES ('二、（四）3.'), ('二、(四)3．'), ('二、（四）3、'), ('2.4.3'), ('1'),
             ('1.'), ('1.2.'), ('1.1.1.1.20'), ('第三部分（二）'), ('第十二章'),
             ('（12）⑤'), ('§2——3'), ('§1¶12'), ('一、—2'), (''), ('  三、 （十一） '),
             ('一百零一、'), ('二十、'), ('（一千零十）'), ('9999.'), ('㊿'), ('㉑')) AS t(x);

-- every canonical form reads back to the same value
SELECT x::report_section::text::report_section = x::report_section AS round_trip,
       x::report_section::text = x::report_section::text::report_section::text AS stable
FROM (VALUES ('二、（四）3.'), ('2.4.3'), ('第三部分§2——3¶4'), ('（一百一十）（110）'), ('')) AS t(x);

-- invalid input
SELECT '二、（四'::report_section;
SELECT '0、'::report_section;
SELECT '10000.'::report_section;
SELECT '1.1.1.1.51'::report_section;
SELECT 'abc'::report_section;
SELECT '一'::report_section;
SELECT '2..3'::report_section;
SELECT '¶0'::report_section;
SELECT repeat('1.', 33)::report_section;

-- document order: a parent sorts right before its descendants, siblings by ordinal
SELECT s FROM (VALUES ('二、'), ('一、（二）'), ('一、'), (''), ('三、'), ('一、（二）1.'),
                      ('一、（十）'), ('一、（二）¶1'), ('§4'), ('二、¶1'), ('一、（一）')) AS t(x),
     LATERAL (SELECT x::report_section AS s) AS c
ORDER BY s;

SELECT '一、'::report_section < '一、（一）'::report_section AS parent_first,
       '一、（九）'::report_section < '一、（十）'::report_section AS by_ordinal,
       '一、（二）¶9'::report_section < '一、（三）'::report_section AS subtree_first,
       '2.4.3'::report_section = '二、（四）3.'::report_section AS dotted_equal,
       '二、'::report_section <> '2.'::report_section AS style_matters,
       report_section_cmp('一、', '一、') AS cmp_equal;

-- containment
SELECT a, b, a::report_section @> b::report_section AS contains,
       a::report_section <@ b::report_section AS contained
FROM (VALUES ('三、', '三、（二）¶1'), ('三、（二）¶1', '三、'), ('三、', '三、'),
             ('', '一、'), ('三、（一）', '三、（二）'), ('三、', '3.')) AS t(a, b);

-- level accessors
SELECT depth('三、（二）¶1'), depth(''), parent('三、（二）¶1'), parent('三、'),
       parent('') IS NULL AS root_has_no_parent;
SELECT n, ancestor('三、（二）¶1', n), section_style('三、（二）¶1', n),
       section_ordinal('三、（二）¶1', n)
FROM generate_series(0, 4) AS n;
SELECT section_style('第一部分第二章一、（一）1.（1）①§1——1¶1', n) AS style
FROM generate_series(1, 10) AS n;

-- btree and hash indexes, hash join, DISTINCT
CREATE TEMP TABLE secs (s report_section);
INSERT INTO secs SELECT ((i % 7 + 1)::text || '.' || (i % 5 + 1)::text)::report_section FROM generate_series(1, 200) AS i;
CREATE INDEX secs_btree ON secs (s);
CREATE INDEX secs_hash ON secs USING hash (s);
SET enable_seqscan = off;
SELECT count(*) FROM secs WHERE s = '三、（二）';
SELECT count(*) FROM secs WHERE s <@ '三、'::report_section;
RESET enable_seqscan;
SELECT count(DISTINCT s) FROM secs;
SET enable_mergejoin = off;
SET enable_nestloop = off;
SELECT count(*) FROM secs a JOIN (SELECT DISTINCT s FROM secs) b ON a.s = b.s;
RESET enable_mergejoin;
RESET enable_nestloop;
SELECT report_section_hash('2.4.3') = report_section_hash('二、（四）3.') AS hash_equal,
       report_section_hash_extended('2.4.3', 0) = report_section_hash_extended('二、（四）3.', 0) AS ext_equal,
       report_section_hash_extended('2.4.3', 1) <> report_section_hash_extended('2.4.3', 0) AS seeded;

-- binary output: version 1, level count, then style and ordinal per level
SELECT report_section_send('二、（四）3.');
SELECT report_section_send('');

-- binary round trip through COPY
COPY (SELECT s FROM (VALUES ('二、（四）3.'::report_section), (''), ('§2——3¶4'), ('㊿')) AS t(s))
  TO '/tmp/govreport_section_type.bin' (FORMAT binary);
CREATE TEMP TABLE back (s report_section);
COPY back FROM '/tmp/govreport_section_type.bin' (FORMAT binary);
SELECT s FROM back;

-- list items as written: 一是 …, 第一， (also read from 第一、 and 第一,),
-- round trips through text and binary, and their styles
SELECT s, s::text::report_section = s AS round_trip, depth(s),
       section_style(s, depth(s)), section_ordinal(s, depth(s)),
       report_section_send(s)
FROM (VALUES ('三、（一）¶1一是'::report_section), ('三、第十二，'), ('三、第三、'),
             ('§1——2三是'), ('二、（三）四是')) AS t(s);
SELECT '三、（一）¶1'::report_section @> '三、（一）¶1二是' AS lead_holds_its_list,
       '三、第二，'::report_section < '三、第三，' AS in_order;
-- unnumbered levels count to 65535 (a report can have 12 000 leads in a row)
SELECT '¶12000'::report_section, '——65535'::report_section;
SELECT '¶65536'::report_section;
SELECT '十是'::report_section, '第十，'::report_section;
-- 第二，第二， is two list levels (found by fuzz_section_in: it printed what it could not read)
SELECT '第二、第二、'::report_section, '第二，第二，'::report_section::text::report_section;

-- min and max: the first and last section in document order
SELECT min(s), max(s) FROM back;
SELECT min(s), max(s) FROM secs;
SELECT parent(s) AS part, min(s), max(s) FROM secs GROUP BY parent(s) ORDER BY part LIMIT 2;
SELECT min(s) IS NULL AND max(s) IS NULL AS empty_is_null FROM secs WHERE false;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT max(s) FROM secs;
RESET enable_seqscan;
