-- govreport: tokenize objects: token normalisation, zh_tokenize, and the
-- "govreport" text search configuration (parser, dictionary, stop words).

CREATE FUNCTION zh_normalize(t text) RETURNS text
AS 'MODULE_PATHNAME', 'zh_normalize'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION zh_normalize(text) IS
'text in the form search matches on: NFKC, case folded, traditional characters made simplified';

CREATE FUNCTION zh_tokenize(doc text,
	OUT token text, OUT kind text, OUT pos text, OUT "position" integer,
	OUT char_start integer, OUT char_len integer, OUT stopword boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_tokenize'
LANGUAGE C STABLE STRICT PARALLEL SAFE
COST 1000 ROWS 1000;

COMMENT ON FUNCTION zh_tokenize(text) IS
'tokens of a document for word statistics: normalised token, kind, part of speech, position, character offset and length, stop word flag';

-- The text search parser.
CREATE FUNCTION govreport_prs_start(internal, integer) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_start'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_start(internal, integer) IS
'govreport text search parser: start (segments the text)';

CREATE FUNCTION govreport_prs_gettoken(internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_gettoken'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_gettoken(internal, internal, internal) IS
'govreport text search parser: next token';

CREATE FUNCTION govreport_prs_end(internal) RETURNS void
AS 'MODULE_PATHNAME', 'govreport_prs_end'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_end(internal) IS
'govreport text search parser: end';

CREATE FUNCTION govreport_prs_lextype(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_lextype'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_lextype(internal) IS
'govreport text search parser: token types';

CREATE FUNCTION govreport_prs_headline(internal, internal, tsquery) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_prs_headline'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_prs_headline(internal, internal, tsquery) IS
'govreport text search parser: headline, highlighting whole terms';

CREATE TEXT SEARCH PARSER govreport (
	START = govreport_prs_start,
	GETTOKEN = govreport_prs_gettoken,
	END = govreport_prs_end,
	LEXTYPES = govreport_prs_lextype,
	HEADLINE = govreport_prs_headline
);
COMMENT ON TEXT SEARCH PARSER govreport IS
'Chinese government report text: segmenter words, numbers, quantities, Latin words, punctuation and blanks';

-- The dictionary: normalisation and stop words.
CREATE FUNCTION govreport_dict_init(internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_dict_init'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_dict_init(internal) IS
'govreport_zh dictionary template: initialisation';

CREATE FUNCTION govreport_dict_lexize(internal, internal, internal, internal) RETURNS internal
AS 'MODULE_PATHNAME', 'govreport_dict_lexize'
LANGUAGE C STRICT;
COMMENT ON FUNCTION govreport_dict_lexize(internal, internal, internal, internal) IS
'govreport_zh dictionary template: token to lexemes';

CREATE TEXT SEARCH TEMPLATE govreport_zh (
	INIT = govreport_dict_init,
	LEXIZE = govreport_dict_lexize
);
COMMENT ON TEXT SEARCH TEMPLATE govreport_zh IS
'normalises Chinese tokens (NFKC, case fold, traditional to simplified) and drops stop words';

CREATE TEXT SEARCH DICTIONARY govreport_zh (
	TEMPLATE = govreport_zh,
	StopWords = govreport
);
COMMENT ON TEXT SEARCH DICTIONARY govreport_zh IS
'Chinese tokens in normal form, stop words from govreport.stop dropped';

CREATE TEXT SEARCH CONFIGURATION govreport (PARSER = govreport);
ALTER TEXT SEARCH CONFIGURATION govreport
	ADD MAPPING FOR word, latin, other_script, number, quantity WITH govreport_zh;
COMMENT ON TEXT SEARCH CONFIGURATION govreport IS
'Chinese government reports: segmented words, normalised, stop words dropped';
