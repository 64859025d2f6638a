-- Analysis: word counts, keywords, report_compare and the word views, on
-- texts small enough to check by hand (doc/analysis.md).  The IDF values
-- are jieba's analyse/idf.txt: 发展 3.57506455044, 经济 3.57417981212,
-- 就业 6.35317596916; the table's median 11.9547675029 for words it lacks.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Words of one document: no punctuation, numbers, quantities or stop
-- words (的), most frequent first, then in order of first occurrence.
SELECT * FROM zh_word_counts('全区ＧＤＰ增长5.2%，城镇新增就业4.5万人的目标');
-- all_tokens keeps them.
SELECT * FROM zh_word_counts('全区ＧＤＰ增长5.2%，城镇新增就业4.5万人的目标', true);
-- Counted in normal form: 就業 is 就业.
SELECT * FROM zh_word_counts('就业就业，就業');

-- ts_stat over words: NULL documents are skipped.
SELECT * FROM zh_word_stats($$SELECT t FROM (VALUES ('就业就业，就業'), ('发展经济'), (NULL)) v(t)$$);
-- The query must be one read-only SELECT of one text column.
CREATE TEMP TABLE docs (id int, body text);
INSERT INTO docs VALUES (1, '发展经济');
SELECT * FROM zh_word_stats('SELECT body FROM docs; SELECT body FROM docs');
SELECT * FROM zh_word_stats('DELETE FROM docs RETURNING body');
SELECT * FROM zh_word_stats('WITH d AS (DELETE FROM docs RETURNING body) SELECT body FROM d');
SELECT * FROM zh_word_stats('SELECT body FROM docs FOR UPDATE');
SELECT * FROM zh_word_stats('SELECT id, body FROM docs');
SELECT * FROM zh_word_stats('SELECT id FROM docs');
SELECT count(*) AS docs_left FROM docs;

-- TF-IDF: count / count of all candidates * IDF.  发展经济: 3.57506455044 / 2
-- and 3.57417981212 / 2.
SELECT word, round(weight::numeric, 6) AS weight FROM zh_keywords('发展经济');
-- 营商环境 (not in jieba's table: the median) twice, 就业 once:
-- 2/3 * 11.9547675029 = 7.969845, 1/3 * 6.35317596916 = 2.117725.
SELECT word, round(weight::numeric, 6) AS weight FROM zh_keywords('營商環境，营商环境，就业');
SELECT word FROM zh_keywords('营商环境，营商环境，就业', 1);

-- TextRank: 加强 and 就业 are neighbours, 就业 and 发展 four tokens apart
-- (within the window of 5), 加强 and 发展 five apart (not linked).  After
-- ten rounds 就业 ranks 1.459..., 加强 and 发展 0.804...; scaled as jieba
-- does, (r - min/10) / (max - min/10): 1 and 0.499597.
SELECT word, round(weight::numeric, 6) AS weight
FROM zh_keywords('加强就业，，，发展', 10, 'textrank');
-- Five tokens apart: no link, no keyword.
SELECT count(*) FROM zh_keywords('加强，，，，发展', 10, 'textrank');

SELECT * FROM zh_keywords('发展经济', 0);
SELECT * FROM zh_keywords('发展经济', 10, 'lda');

-- Corpus IDF: ln(N / df) over a words table; 发展 is in both reports (0),
-- 经济 in one: ln(2 / 1) / 2 = 0.346574.
CREATE TEMP TABLE corpus_words (report_id bigint, word text);
INSERT INTO corpus_words VALUES (1, '发展'), (2, '发展'), (2, '经济');
SELECT word, round(weight::numeric, 6) AS weight
FROM zh_corpus_keywords('发展经济', 'corpus_words');

-- What changed: 30 and 34 characters; one occurrence is 333.33 and 294.12
-- per 10,000 characters.
SELECT * FROM report_compare(
	'今年预期目标：地区生产总值增长6%左右。加强就业，加强就业。',
	'今年预期目标：地区生产总值增长5.5%左右。推进乡村振兴，加强就业。');

-- The word views over a reports table and its words table.
CREATE TABLE an_reports (id bigint PRIMARY KEY, file_name text, report_year int,
	region text, admin_level text, body text);
INSERT INTO an_reports VALUES
	(1, 'a.txt', 2020, '甲区', 'district', '发展经济，发展经济。'),
	(2, 'b.txt', 2021, '甲区', 'district', '发展乡村振兴。'),
	(3, 'c.txt', 2021, '乙区', 'district', '就业。');
CREATE TABLE an_reports_words AS
SELECT r.id AS report_id, w.* FROM an_reports r, zh_word_counts(r.body) w;
SELECT govreport_create_word_views('an_reports');
-- Only built-in types; region_code is NULL until the table has one.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relname IN ('an_reports_words_bi', 'an_reports_word_trends') AND a.attnum > 0
ORDER BY c.relname, a.attnum;
SELECT * FROM an_reports_words_bi ORDER BY report_id, word;
-- 发展: 2 in 10 characters (2000 per 10,000) in 2020; 1 in 7 in 甲区 2021;
-- 0 in 乙区 2021, a row all the same.
SELECT * FROM an_reports_word_trends WHERE word = '发展' ORDER BY report_year, region;
-- The BI views function makes them too.
SELECT govreport_create_bi_views('an_reports');

DROP TABLE an_reports_words, an_reports CASCADE;
