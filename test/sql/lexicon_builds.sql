-- Which lexicon each index was built with (doc/upgrade.md): the identity,
-- what depends on the lexicon, the record, the rule of
-- govreport_lexicon_stale(), the warning, and who may record.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- The identity: library version and the 64 hex digits of the lexicon's
-- source hash, whose first 12 govreport_version() shows.
SELECT govreport_lexicon_identity() ~ '^govreport 0\.2\.0, lexicon [0-9a-f]{64}$' AS identity_ok;
SELECT substring(govreport_version() FROM 'lexicon ([0-9a-f]{12})\)$') =
       substring(govreport_lexicon_identity() FROM 'lexicon ([0-9a-f]{12})') AS version_names_it;

-- What the lexicon computes: expression indexes on govreport's text search
-- (also through a user's copy of the configuration) and on zh_normalize,
-- stored generated columns, materialised views.  Not: an index on a stored
-- vector (the column is what is stale), an index on something else.
CREATE TABLE lb_docs (id int PRIMARY KEY, body text,
	tsv tsvector GENERATED ALWAYS AS (to_tsvector('govreport', body)) STORED);
CREATE INDEX lb_docs_gin ON lb_docs USING gin (to_tsvector('govreport', body));
CREATE INDEX lb_docs_tsv ON lb_docs USING gin (tsv);
CREATE INDEX lb_docs_norm ON lb_docs (zh_normalize(body));
CREATE INDEX lb_docs_simple ON lb_docs USING gin (to_tsvector('simple', body));
CREATE TEXT SEARCH CONFIGURATION lb_copy (COPY = govreport);
CREATE INDEX lb_docs_copy ON lb_docs USING gin (to_tsvector('lb_copy', body));
CREATE MATERIALIZED VIEW lb_words AS
	SELECT id, to_tsvector('govreport', body) AS v FROM lb_docs;
-- words as the segmenter cuts them read the user lexicon too
CREATE MATERIALIZED VIEW lb_tokens AS
	SELECT id, (SELECT count(*) FROM zh_tokenize(body)) AS n FROM lb_docs;
INSERT INTO lb_docs VALUES (1, '推进数字孪生城市建设'), (2, '持续优化营商环境');
REFRESH MATERIALIZED VIEW lb_words;
REFRESH MATERIALIZED VIEW lb_tokens;
SELECT relid, attnum, kind, reads_user_lexicon FROM govreport_lexicon_dependents()
WHERE relid::text LIKE 'lb\_%' ORDER BY relid::text, attnum;

-- Nothing recorded yet: everything is "never recorded", with its remedy.
SELECT relation, column_name, kind, reason, rebuild FROM govreport_lexicon_stale()
WHERE relation::text LIKE 'lb\_%';

-- Recording a table records its indexes and stored columns; a
-- materialised view is recorded by name.  Then nothing is stale.
SELECT govreport_record_lexicon('lb_docs') AS recorded;
SELECT govreport_record_lexicon('lb_words') AS recorded;
SELECT govreport_record_lexicon('lb_tokens') AS recorded;
SELECT count(*) AS stale FROM govreport_lexicon_stale() WHERE relation::text LIKE 'lb\_%';
SELECT b.relid::regclass, b.attnum, b.built_with = govreport_lexicon_identity() AS current
FROM govreport_lexicon_builds b ORDER BY b.relid::regclass::text, b.attnum;

-- An edit of the user lexicon makes stale what was cut into words (a word
-- changes how the text around it is cut); search vectors are character
-- pairs and stay current.
INSERT INTO zh_user_lexicon (word) VALUES ('数字孪生城市');
SELECT relation, column_name, reason FROM govreport_lexicon_stale()
WHERE relation::text LIKE 'lb\_%';
-- Rebuilding with the statements given (and recording) makes it current.
SELECT rebuild FROM govreport_lexicon_stale() WHERE relation::text LIKE 'lb\_%' \gexec
SELECT count(*) AS stale FROM govreport_lexicon_stale() WHERE relation::text LIKE 'lb\_%';
SELECT id FROM lb_docs WHERE tsv @@ plainto_tsquery('govreport', '数字孪生城市');
SELECT id, n FROM lb_tokens ORDER BY id;

-- An edit rolled back counts too (the counter is a sequence): stale errs on
-- the side of rebuilding.  TRUNCATE and DELETE count.
BEGIN;
DELETE FROM zh_user_lexicon WHERE word = '数字孪生城市';
ROLLBACK;
SELECT relation, reason FROM govreport_lexicon_stale() WHERE relation::text IN ('lb_docs_gin', 'lb_tokens');
TRUNCATE zh_user_lexicon;
SELECT relation, reason FROM govreport_lexicon_stale() WHERE relation::text IN ('lb_docs_gin', 'lb_tokens');
REFRESH MATERIALIZED VIEW lb_tokens;
SELECT govreport_record_lexicon('lb_tokens') AS recorded;
SELECT govreport_record_lexicon('lb_docs') AS recorded;

-- Built with another library or lexicon file: listed with both
-- identities, and a new backend warns once, at its first use of the
-- lexicon.
UPDATE govreport_lexicon_builds SET built_with = 'govreport 0.1.0, lexicon 0000'
WHERE relid = 'lb_docs_gin'::regclass;
SELECT relation, reason ~ '^built with govreport 0\.1\.0, lexicon 0000; in use: govreport 0\.2\.0, lexicon [0-9a-f]{64}$' AS reason_ok
FROM govreport_lexicon_stale() WHERE relation::text LIKE 'lb\_docs%';
\c
-- (terse: the detail names the identity in use, which the sources decide)
\set VERBOSITY terse
SELECT to_tsvector('govreport', '营商环境');
SELECT to_tsvector('govreport', '营商环境');
\set VERBOSITY default
SELECT govreport_record_lexicon('lb_docs_gin') AS recorded;
\c
SELECT to_tsvector('govreport', '营商环境');

-- Only who owns a relation records it; nobody edits another's records.
CREATE ROLE lb_plain;
GRANT CREATE ON SCHEMA public TO lb_plain;
SET ROLE lb_plain;
SELECT govreport_record_lexicon('lb_docs');
INSERT INTO govreport_lexicon_builds VALUES ('lb_docs'::regclass, 0, 'x', 0, now());
UPDATE govreport_lexicon_builds SET built_with = 'x';
DELETE FROM govreport_lexicon_builds;
SELECT count(*) AS records FROM govreport_lexicon_builds WHERE relid::regclass::text LIKE 'lb\_%';
CREATE TABLE lb_own (body text);
CREATE INDEX lb_own_gin ON lb_own USING gin (to_tsvector('govreport', body));
SELECT govreport_record_lexicon('lb_own') AS recorded;
RESET ROLE;

-- A table whose vectors the catalogue cannot see (filled by a trigger or a
-- loader) is recorded as a whole.
CREATE TABLE lb_filled (body text, v tsvector);
SELECT govreport_record_lexicon('lb_filled') AS recorded;
INSERT INTO zh_user_lexicon (word) VALUES ('营商环境');
SELECT relation, column_name, kind, reason, rebuild FROM govreport_lexicon_stale()
WHERE relation::text IN ('lb_filled', 'lb_own_gin');

-- Records of dropped relations are not listed, and go at the next record.
DROP TABLE lb_own;
DROP TABLE lb_filled;
DROP MATERIALIZED VIEW lb_words;
DROP MATERIALIZED VIEW lb_tokens;
SELECT count(*) AS stale FROM govreport_lexicon_stale()
WHERE relation::text LIKE 'lb\_%' AND relation::text NOT LIKE 'lb\_docs%';
SELECT govreport_record_lexicon('lb_docs') AS recorded;
SELECT b.relid::regclass, b.attnum FROM govreport_lexicon_builds b ORDER BY b.relid::regclass::text, b.attnum;

DROP TABLE lb_docs;
DROP TEXT SEARCH CONFIGURATION lb_copy;
REVOKE CREATE ON SCHEMA public FROM lb_plain;
DROP ROLE lb_plain;
DELETE FROM zh_user_lexicon;
DELETE FROM govreport_lexicon_builds;
