-- govreport 0.1.0 -> 0.2.0.
--
-- What changes (each block below says why):
--  * security: every operator and function in an expression is
--    schema-qualified (the CHECK constraints of 0.1.0 resolved ">" through
--    the search path, so an operator planted in the schema ran as whoever
--    wrote the table); PUBLIC may read the user lexicon but no longer edit
--    it, and the extension's owner may edit and grant editing.
--
-- What does not change: the lexicon file format, the text search
-- configuration and the report_section type's storage, so existing indexes
-- and stored values stay valid (see doc/security.md and doc/search.md for
-- when a REINDEX is needed).

\echo Use "ALTER EXTENSION govreport UPDATE TO '0.2.0'" to load this file. \quit

-- security: CHECK constraints with qualified operators.  The 0.1.0
-- constraints were bound to whatever ">" the search path gave at install
-- time, so they are dropped and made again.
ALTER TABLE @extschema@.zh_user_lexicon
	DROP CONSTRAINT zh_user_lexicon_word_check,
	DROP CONSTRAINT zh_user_lexicon_weight_check,
	DROP CONSTRAINT zh_user_lexicon_tag_check,
	ADD CONSTRAINT zh_user_lexicon_word_check
		CHECK (pg_catalog.char_length(word) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(word) OPERATOR(pg_catalog.<=) 64
			   AND word OPERATOR(pg_catalog.!~) '\s'),
	ADD CONSTRAINT zh_user_lexicon_weight_check
		CHECK (weight OPERATOR(pg_catalog.>) 0::pg_catalog.float4),
	ADD CONSTRAINT zh_user_lexicon_tag_check
		CHECK (pg_catalog.char_length(tag) OPERATOR(pg_catalog.>=) 1
			   AND pg_catalog.char_length(tag) OPERATOR(pg_catalog.<=) 7);

ALTER TABLE @extschema@.zh_units
	DROP CONSTRAINT zh_units_factor_check,
	ADD CONSTRAINT zh_units_factor_check
		CHECK (factor OPERATOR(pg_catalog.>) 0::pg_catalog.numeric);

-- security: editing the user lexicon changes every role's search, so PUBLIC
-- keeps only SELECT; the extension's owner gets editing with grant option.
REVOKE INSERT, UPDATE, DELETE ON @extschema@.zh_user_lexicon FROM PUBLIC;
DO $$
BEGIN
	EXECUTE pg_catalog.format(
		'GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON @extschema@.zh_user_lexicon TO %I WITH GRANT OPTION',
		(SELECT r.rolname FROM pg_catalog.pg_extension e
		 JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) e.extowner
		 WHERE e.extname OPERATOR(pg_catalog.=) 'govreport'));
END
$$;
GRANT SELECT ON @extschema@.zh_units TO PUBLIC;

-- The operators of report_section name their selectivity functions with
-- pg_catalog. (0.1.0 resolved them through the search path; pg_catalog is
-- searched first there, so they are the same functions.)
