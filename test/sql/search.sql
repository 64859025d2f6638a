-- Full-text search with the govreport configuration: parser, dictionary,
-- zh_tsvector, zh_tsquery and core's query functions, headlines,
-- normalisation, index use, long texts.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Token types: ids below 256, word = 2 and blank = 12 as the default parser.
SELECT * FROM ts_token_type('govreport') ORDER BY tokid;

-- Lexemes: each character's pair with the next one, normalised (full
-- width, upper case, traditional), one position per character, whitespace
-- left out; the last character also alone, beside the last pair.
SELECT to_tsvector('govreport', 'Ｈｅｌｌｏ ＧＤＰ WORLD');
SELECT to_tsvector('govreport', '優化營商環境，GDP增长5.2%。');
-- One character: a prefix lexeme in a query, the character in a vector.
SELECT to_tsvector('govreport', '税'), to_tsvector('govreport', '税收'),
       to_tsvector('govreport', ''), to_tsvector('govreport', ' 　 ');
-- ts_debug shows each token as if it stood alone (no pair into the next).
SELECT alias, token, lexemes
FROM ts_debug('govreport', '城镇新增就业1244万人，GDP增长5.2%。');

-- zh_tsvector gives what to_tsvector gives, in one pass.
SELECT left(d, 16) AS text, char_length(d), to_tsvector('govreport', d) = zh_tsvector(d) AS same
FROM (VALUES ('優化營商環境，GDP增长5.2%。'), ('税'), (''), ('   '), ('a b'),
             ('㍻元年'), ('①②③ ⑴'), ('新疆（ئۇيغۇر ئاپتونوم رايونى） བོད་ལྗོངས།'),
             (E'line\none\ttab\u3000full'), ('😀👍🏽 互联网+'), (repeat('abc', 1000)),
             (repeat('社会主义现代化建设', 3000))) v(d)
ORDER BY d;

-- Normal form: NFKC, case fold, traditional to simplified; simplified
-- characters that ICU would rewrite alone (著, 俱) are kept.
SELECT zh_normalize('顯著提高 ＧＤＰ 與時俱進 營商環境 ①');
SELECT zh_normalize('');

-- Queries.  zh_tsquery reads websearch syntax; a word is its pairs, one
-- position apart, and a phrase also carries the branch for texts past
-- 16,383 characters.  Core's builders add ( 环境 | 环境 & 境 ) at the end
-- of a word (the same answer, one more lookup); plainto_tsquery ANDs the
-- pairs without their order.
SELECT zh_tsquery('税'), zh_tsquery('税收'), zh_tsquery('營商環境');
SELECT zh_tsquery('营商环境 -疫情 "互联网+" or 5G');
SELECT phraseto_tsquery('govreport', '营商环境'), plainto_tsquery('govreport', '营商环境'),
       websearch_to_tsquery('govreport', '税 营商'), to_tsquery('govreport', '税收 & PM2.5');
SELECT zh_tsquery('') AS empty, zh_tsquery('   ') AS blank;

-- A term matches where LIKE on the normalised text finds it (10: whitespace
-- is left out, so 营商 环境 is 营商环境 to search, not to LIKE).
CREATE TABLE search_docs (id int, body text);
INSERT INTO search_docs VALUES
	(1, '深化财税体制改革'),
	(2, '非税收入增长较快'),
	(3, '实施"互联网+"行动计划'),
	(4, '推动互联网发展'),
	(5, '安排4万亿元投资'),
	(6, 'PM2.5平均浓度下降，5G基站建成，C919首飞'),
	(7, '"十四五"规划'),
	(8, '持续优化營商環境'),
	(9, '环境营商'),
	(10, '优化营商 环境'),
	(11, 'ＧＤＰ增长６％'),
	(12, '依法征税'),
	(13, '税');
SELECT w, array_agg(id ORDER BY id) FILTER (WHERE zh_tsvector(body) @@ zh_tsquery(w)) AS search,
       array_agg(id ORDER BY id) FILTER (WHERE zh_normalize(body) LIKE '%' || zh_normalize(w) || '%') AS "like"
FROM search_docs,
     (VALUES ('税'), ('税收'), ('互联网+'), ('互联网'), ('4万亿'), ('4万亿元'), ('pm2.5'),
             ('5G'), ('C919'), ('十四五'), ('营商环境'), ('營商'), ('gdp增长6%'), ('征税')) q(w)
GROUP BY w ORDER BY w;
-- Core's builders give the same answers; plainto_tsquery does not keep the
-- order of the pairs.
SELECT id, zh_tsvector(body) @@ phraseto_tsquery('govreport', '营商环境') AS phraseto,
       zh_tsvector(body) @@ websearch_to_tsquery('govreport', '营商环境') AS websearch,
       zh_tsvector(body) @@ to_tsquery('govreport', '营商环境') AS to_tsquery,
       zh_tsvector(body) @@ plainto_tsquery('govreport', '营商环境') AS plainto
FROM search_docs WHERE id IN (8, 9, 10) ORDER BY id;

-- A GIN index on a stored column answers zh_tsquery.
ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS (zh_tsvector(body)) STORED;
INSERT INTO search_docs (id, body)
SELECT i, '推进乡村振兴第' || i || '次' FROM generate_series(100, 1099) i;
CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv);
ANALYZE search_docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM search_docs WHERE tsv @@ zh_tsquery('营商环境');
SELECT array_agg(id ORDER BY id) FROM search_docs WHERE tsv @@ zh_tsquery('营商环境');
SELECT count(*) FROM search_docs WHERE tsv @@ zh_tsquery('乡村振兴第5');
RESET enable_seqscan;
DROP TABLE search_docs;

-- Headlines highlight each occurrence, token by token, and keep the text
-- (spaces, punctuation, traditional characters) as it was; a token that
-- only shares a pair with the query (环境 alone) is not highlighted.
SELECT ts_headline('govreport', '我们要持续优化营商环境， 让企业 安心发展。生态环境持续改善',
                   zh_tsquery('营商环境'), 'HighlightAll=true');
SELECT ts_headline('govreport', '優化營商環境， 提升 GDP！', zh_tsquery('营商环境'));
-- The term across tokens, and inside one: the tokens that hold it.
SELECT ts_headline('govreport', '建立社会主义市场经济体制。', zh_tsquery('社会主义市场经济'));
SELECT ts_headline('govreport', '深化财税体制改革，依法征税。', zh_tsquery('税'));
-- Whitespace inside an occurrence is highlighted with it.
SELECT ts_headline('govreport', '优化营商 环境', zh_tsquery('营商环境'));
SELECT ts_headline('govreport', 'GDP 增长 5%，  两个空格。', to_tsquery('govreport', 'gdp'));
-- Several fragments.
SELECT ts_headline('govreport', '优化营商环境。' || repeat('推进乡村振兴。', 20) || '营商环境持续改善。',
                   zh_tsquery('营商环境'), 'MaxFragments=2, MaxWords=8, MinWords=3');
-- Words of other scripts.
SELECT ts_headline('govreport', '新疆维吾尔自治区（ئۇيغۇر ئاپتونوم رايونى）', zh_tsquery('ئاپتونوم'));

-- zh_tokenize: normalised tokens, kinds, positions, character offsets.
SELECT * FROM zh_tokenize('全区ＧＤＰ增长5.2%，城镇新增就业4.5万人的目标');
SELECT token, kind, position, char_start, char_len
FROM zh_tokenize('喀什（قەشقەر） Москва');
-- Offsets give back the original text.
SELECT bool_and(substr(d, char_start + 1, char_len) <> '') AS offsets_ok,
       string_agg(substr(d, char_start + 1, char_len), '|' ORDER BY position) AS pieces
FROM (SELECT '優化營商環境 ＧＤＰ' AS d) s, zh_tokenize(d);
SELECT count(*) AS tokens FROM zh_tokenize('');
SELECT count(*) AS tokens FROM zh_tokenize('   ');

-- Lexicon edits do not change what is indexed: the lexemes are pairs of
-- characters, whatever the segmenter makes of the words.
CREATE TABLE search_yesterday AS
SELECT b, zh_tsvector(b) AS tsv FROM (VALUES ('推进数智赋能工程'), ('落实双碳双控')) v(b);
INSERT INTO zh_user_lexicon (word) VALUES ('数智赋能'), ('双碳双控');
SELECT b, zh_segment(b), tsv = zh_tsvector(b) AS same_vector, tsv = to_tsvector('govreport', b) AS same_as_core,
       tsv @@ zh_tsquery('数智赋能') OR tsv @@ zh_tsquery('双碳双控') AS found
FROM search_yesterday ORDER BY b;
DELETE FROM zh_user_lexicon WHERE word IN ('数智赋能', '双碳双控');
DROP TABLE search_yesterday;

-- Texts past 16,383 characters: core clamps later positions to 16,383, so
-- a phrase cannot be placed there; the vector carries '>16383', and
-- zh_tsquery accepts such a text where all the pairs occur.
CREATE TABLE search_long AS
SELECT repeat('推进乡村振兴。', 3000) || '优化营商环境。' AS body;
SELECT char_length(body), to_tsvector('govreport', body) = zh_tsvector(body) AS same,
       zh_tsvector(body) @@ '>16383'::tsquery AS marked,
       zh_tsvector(body) @@ zh_tsquery('营商环境') AS zh_tsquery,
       zh_tsvector(body) @@ phraseto_tsquery('govreport', '营商环境') AS phraseto,
       zh_tsvector(body) @@ zh_tsquery('环境营商') AS reordered
FROM search_long;
SELECT zh_tsvector('优化营商环境') @@ '>16383'::tsquery AS short_marked;
-- The headline finds the occurrence at the end all the same.
SELECT right(ts_headline('govreport', body, zh_tsquery('营商环境'), 'MaxWords=6, MinWords=2'), 40)
FROM search_long;
DROP TABLE search_long;

-- The dictionary takes no options; StopWords (0.1.0's) is accepted.
CREATE TEXT SEARCH DICTIONARY search_test_dict (TEMPLATE = govreport_zh, StopWords = govreport);
CREATE TEXT SEARCH DICTIONARY search_test_dict2 (TEMPLATE = govreport_zh, Foo = bar);
DROP TEXT SEARCH DICTIONARY search_test_dict;
