-- Full-text search with the govreport configuration: parser, dictionary,
-- the tsquery functions, headlines, normalisation, stop words, index use.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Token types: ids below 256, word = 2 and blank = 12 as the default parser.
SELECT * FROM ts_token_type('govreport') ORDER BY tokid;

-- Full-width and upper-case Latin is normalised; spaces are blank tokens.
SELECT alias, token, dictionaries, lexemes
FROM ts_debug('govreport', 'ＧＤＰ Growth，fast!');
SELECT to_tsvector('govreport', 'Ｈｅｌｌｏ ＧＤＰ WORLD');
-- A Chinese sentence: words, a quantity, punctuation.
SELECT alias, token, lexemes
FROM ts_debug('govreport', '城镇新增就业1244万人，GDP增长5.2%。');

-- Normal form: NFKC, case fold, traditional to simplified; simplified
-- characters that ICU would rewrite alone (著, 俱) are kept.
SELECT zh_normalize('顯著提高 ＧＤＰ 與時俱進 營商環境 ①');
SELECT zh_normalize('');

-- Stop words are dropped but keep their position.
SELECT to_tsvector('govreport', '的');
SELECT '的' = ANY (tsvector_to_array(to_tsvector('govreport', '改革的成果'))) AS has_de,
       '改革' = ANY (tsvector_to_array(to_tsvector('govreport', '改革的成果'))) AS has_gaige;

-- plainto_tsquery: a term matches where its words stand side by side.
SELECT to_tsvector('govreport', '进一步优化营商环境') @@ plainto_tsquery('govreport', '营商环境') AS adjacent,
       to_tsvector('govreport', '营商和环境') @@ plainto_tsquery('govreport', '营商环境') AS apart;
-- phraseto_tsquery keeps the order.
SELECT to_tsvector('govreport', '持续优化营商环境') @@ phraseto_tsquery('govreport', '优化营商环境') AS in_order,
       to_tsvector('govreport', '营商环境持续优化') @@ phraseto_tsquery('govreport', '优化营商环境') AS reordered;
-- websearch_to_tsquery with a negation.
SELECT d, to_tsvector('govreport', d) @@ websearch_to_tsquery('govreport', '营商环境 -疫情') AS hit
FROM (VALUES ('优化营商环境'), ('疫情期间优化营商环境')) v(d);
-- A query in traditional characters finds simplified text, and back.
SELECT to_tsvector('govreport', '优化营商环境') @@ plainto_tsquery('govreport', '營商環境') AS t2s,
       to_tsvector('govreport', '優化營商環境') @@ plainto_tsquery('govreport', '营商环境') AS s2t;
-- Quantities and Latin words are searchable.
SELECT to_tsvector('govreport', '城镇新增就业4.5万人') @@ plainto_tsquery('govreport', '4.5万人') AS quantity,
       to_tsvector('govreport', '全区GDP增长') @@ plainto_tsquery('govreport', 'ｇｄｐ') AS latin;

-- Words of other scripts are tokens of their own type, normalised and
-- searchable, with headlines.
SELECT alias, token, lexemes
FROM ts_debug('govreport', '新疆（ئۇيغۇر ئاپتونوم رايونى） བོད་ལྗོངས།');
SELECT to_tsvector('govreport', '新疆维吾尔自治区（ئۇيغۇر ئاپتونوم رايونى）')
         @@ phraseto_tsquery('govreport', 'ئاپتونوم رايونى') AS uyghur_phrase,
       to_tsvector('govreport', '西藏自治区（བོད་རང་སྐྱོང་ལྗོངས།）')
         @@ plainto_tsquery('govreport', 'རང་སྐྱོང') AS tibetan;
SELECT ts_headline('govreport', '新疆维吾尔自治区（ئۇيغۇر ئاپتونوم رايونى）',
                   plainto_tsquery('govreport', 'ئاپتونوم'));

-- Headlines highlight the whole term and keep the text (spaces,
-- punctuation, traditional characters) as it was.
SELECT ts_headline('govreport', '我们要持续优化营商环境， 让企业 安心发展。',
                   plainto_tsquery('govreport', '营商环境'), 'HighlightAll=true');
-- A term the document cuts differently (社会主义|市场|经济体制) is still
-- highlighted as one span; tokens are the unit, so 体制 comes along.
SELECT ts_headline('govreport', '建立社会主义市场经济体制。',
                   plainto_tsquery('govreport', '社会主义市场经济'));
SELECT ts_headline('govreport', '優化營商環境， 提升 GDP！',
                   phraseto_tsquery('govreport', '营商环境'));
SELECT ts_headline('govreport', 'GDP 增长 5%，  两个空格。', to_tsquery('govreport', 'gdp'));

-- zh_tokenize: normalised tokens, kinds, positions, character offsets.
SELECT * FROM zh_tokenize('全区ＧＤＰ增长5.2%，城镇新增就业4.5万人的目标');
SELECT token, kind, position, char_start, char_len
FROM zh_tokenize('喀什（قەشقەر） Москва');
-- Offsets give back the original text.
SELECT bool_and(substr(d, char_start + 1, char_len) <> '') AS offsets_ok,
       string_agg(substr(d, char_start + 1, char_len), '|' ORDER BY position) AS pieces
FROM (SELECT '優化營商環境 ＧＤＰ' AS d) s, zh_tokenize(d);

-- Empty input.
SELECT to_tsvector('govreport', '') AS empty_vector;
SELECT count(*) AS tokens FROM zh_tokenize('');
SELECT count(*) AS tokens FROM zh_tokenize('   ');

-- A GIN index answers @@.
CREATE TABLE search_docs (id int, body text);
INSERT INTO search_docs
SELECT i, CASE WHEN i % 100 = 0 THEN '持续优化营商环境第' || i || '次'
               ELSE '推进乡村振兴第' || i || '次' END
FROM generate_series(1, 1000) i;
CREATE INDEX search_docs_tsv ON search_docs USING gin (to_tsvector('govreport', body));
ANALYZE search_docs;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT id FROM search_docs
WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', '营商环境');
SELECT count(*) FROM search_docs
WHERE to_tsvector('govreport', body) @@ plainto_tsquery('govreport', '营商环境');
RESET enable_seqscan;
DROP TABLE search_docs;

-- Lexicon edits and existing indexes: a vector stored before a word is
-- added to the user lexicon still answers the query after it (the word was
-- cut into two tokens, 数智|赋能, or three, 双碳|双|控).
CREATE TABLE search_yesterday (body text, tsv tsvector);
INSERT INTO search_yesterday
SELECT b, to_tsvector('govreport', b)
FROM (VALUES ('推进数智赋能工程'), ('数字经济和智能制造赋能产业'), ('落实双碳双控')) v(b);
SELECT zh_segment('推进数智赋能工程') AS before_edit, zh_segment('落实双碳双控') AS before_edit;
INSERT INTO zh_user_lexicon (word) VALUES ('数智赋能'), ('双碳双控');
SELECT zh_segment('推进数智赋能工程') AS after_edit, zh_segment('落实双碳双控') AS after_edit;
SELECT body, w, tsv @@ plainto_tsquery('govreport', w) AS old_vector,
       to_tsvector('govreport', body) @@ plainto_tsquery('govreport', w) AS new_vector
FROM search_yesterday, (VALUES ('数智赋能'), ('双碳双控')) q(w)
ORDER BY body, w;
-- And the other way: vectors made while the words were in the user
-- lexicon hold the pieces the words are cut into without it (数智 is not
-- a lexicon word, 双|控 are single characters), so after the words are
-- deleted the old vectors still answer, alone and with a neighbour.
UPDATE search_yesterday SET tsv = to_tsvector('govreport', body);
DELETE FROM zh_user_lexicon WHERE word IN ('数智赋能', '双碳双控');
SELECT body, w, tsv @@ plainto_tsquery('govreport', w) AS old_vector,
       to_tsvector('govreport', body) @@ plainto_tsquery('govreport', w) AS new_vector
FROM search_yesterday,
     (VALUES ('数智赋能'), ('推进数智赋能'), ('双碳双控'), ('落实双碳双控')) q(w)
ORDER BY body, w;
DROP TABLE search_yesterday;
