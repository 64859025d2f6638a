-- govreport: segment objects: the segmenter and the user lexicon.

-- The user lexicon: words added here take effect at every connection's next
-- call, transactionally.  Open to every user of the database (the extension
-- is trusted): it only changes how text is cut, like a shared dictionary.
CREATE TABLE zh_user_lexicon (
	word text PRIMARY KEY CHECK (char_length(word) BETWEEN 1 AND 64 AND word !~ '\s'),
	weight real CHECK (weight > 0),
	tag text CHECK (char_length(tag) BETWEEN 1 AND 7)
);

COMMENT ON TABLE zh_user_lexicon IS
'words the segmenter keeps whole, on top of the built-in lexicon; weight is a count like jieba''s (NULL: 100000), tag a part-of-speech tag';

GRANT SELECT, INSERT, UPDATE, DELETE ON zh_user_lexicon TO PUBLIC;

SELECT pg_catalog.pg_extension_config_dump('zh_user_lexicon', '');

CREATE FUNCTION zh_user_lexicon_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'zh_user_lexicon_changed'
LANGUAGE C;

COMMENT ON FUNCTION zh_user_lexicon_changed() IS
'trigger: tells every connection to reload the user lexicon after a change';

CREATE TRIGGER zh_user_lexicon_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON zh_user_lexicon
FOR EACH STATEMENT EXECUTE FUNCTION zh_user_lexicon_changed();

COMMENT ON TRIGGER zh_user_lexicon_changed ON zh_user_lexicon IS
'sends the relcache invalidation that makes every connection reload the user lexicon (row changes alone send none)';

CREATE FUNCTION zh_segment(doc text) RETURNS text[]
AS 'MODULE_PATHNAME', 'zh_segment'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 1000;

COMMENT ON FUNCTION zh_segment(text) IS
'Chinese word segmentation: the pieces of the text as written, whitespace dropped, each punctuation mark its own element';

CREATE FUNCTION govreport_lexicon_verify() RETURNS boolean
AS 'MODULE_PATHNAME', 'govreport_lexicon_verify'
LANGUAGE C STABLE STRICT PARALLEL SAFE COST 10000;

COMMENT ON FUNCTION govreport_lexicon_verify() IS
'checks the whole lexicon file against its checksum; true, or an error naming the file';
