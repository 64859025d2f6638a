-- govreport 0.1.0 -> 0.2.0.
--
-- What changes (each block below says why):
--  * security: every operator and function in an expression is
--    schema-qualified (the CHECK constraints of 0.1.0 resolved ">" through
--    the search path, so an operator planted in the schema ran as whoever
--    wrote the table); PUBLIC may read the user lexicon but no longer edit
--    it, and the extension's owner may edit and grant editing.
--
--  * versions: govreport_lexicon_identity() says what text search results
--    are computed with (library version, hash of the lexicon's sources);
--    govreport_lexicon_builds records it for each index, stored column and
--    materialised view computed with govreport (govreport_record_lexicon),
--    govreport_user_lexicon_edits counts user lexicon edits, and
--    govreport_lexicon_stale() lists what needs rebuilding.  Indexes made
--    under 0.1.0 show there as "never recorded" (doc/upgrade.md).
--
-- What does not change: the text search configuration's objects and the
-- report_section type's storage and order, so report_section values and
-- their btree and hash indexes stay valid (test/t/upgrade.sh checks).
-- Search indexes and stored vectors depend on the library and the lexicon,
-- which are replaced at install time, not here: doc/upgrade.md says when
-- they need a REINDEX (doc/security.md: the privilege changes).

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

-- versions: govreport_version() also names the lexicon (its first 12 hex
-- digits); the catalogue of what each index was built with.
COMMENT ON FUNCTION @extschema@.govreport_version() IS
'govreport extension version, with the ICU and Unicode versions it was built against and the lexicon''s identity';

-- govreport: versions: the lexicon every index was built with
-- (doc/upgrade.md).  What to_tsvector('govreport', ...) gives depends on
-- the library and the lexicon file, and on zh_user_lexicon; an index, a
-- stored column or a materialised view computed with other ones answers
-- other questions until it is rebuilt.  The catalogue below keeps what each
-- was built with, govreport_lexicon_stale() says which need rebuilding, and
-- a backend that maps a lexicon warns once when something was recorded
-- with another one.

CREATE FUNCTION govreport_lexicon_identity() RETURNS text
AS 'MODULE_PATHNAME', 'govreport_lexicon_identity'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport_lexicon_identity() IS
'what text search results are computed with here: the library version and the SHA-256 of the sources of the lexicon file in use';

-- Advanced by the trigger on zh_user_lexicon at every edit (a sequence, so
-- that editors need no right on it; also by edits later rolled back, which
-- only makes the rule below more cautious).
CREATE SEQUENCE govreport_user_lexicon_edits;
GRANT SELECT ON SEQUENCE govreport_user_lexicon_edits TO PUBLIC;

COMMENT ON SEQUENCE govreport_user_lexicon_edits IS
'counts the statements that edited zh_user_lexicon; an index records the count it was built at';

CREATE TABLE govreport_lexicon_builds (
	relid oid NOT NULL,
	attnum int2 NOT NULL,
	built_with text NOT NULL,
	user_lexicon_edits int8 NOT NULL,
	recorded_at timestamptz NOT NULL,
	PRIMARY KEY (relid, attnum)
);

COMMENT ON TABLE govreport_lexicon_builds IS
'what each index, stored column (attnum > 0) or materialised view computed with govreport was built with: govreport_lexicon_identity() and the count of user lexicon edits; kept by govreport_record_lexicon()';

-- Everyone may record what they own, and forget records of what is gone;
-- nobody can mark another role's index as current or stale.
ALTER TABLE govreport_lexicon_builds ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON govreport_lexicon_builds FOR SELECT USING (true);
CREATE POLICY record_own ON govreport_lexicon_builds FOR INSERT
	WITH CHECK (EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND pg_catalog.pg_has_role(c.relowner, 'USAGE')));
CREATE POLICY update_own ON govreport_lexicon_builds FOR UPDATE
	USING (EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND pg_catalog.pg_has_role(c.relowner, 'USAGE')));
CREATE POLICY forget_own_or_gone ON govreport_lexicon_builds FOR DELETE
	USING (NOT EXISTS (SELECT FROM pg_catalog.pg_class c
		WHERE c.oid OPERATOR(pg_catalog.=) relid
		AND NOT pg_catalog.pg_has_role(c.relowner, 'USAGE')));
GRANT SELECT, INSERT, UPDATE, DELETE ON govreport_lexicon_builds TO PUBLIC;

CREATE FUNCTION govreport_lexicon_dependents(
	OUT relid regclass, OUT attnum int2, OUT kind text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	-- What govreport's results are read from: its text search parsers and
	-- templates (and every configuration or dictionary made with them,
	-- users' copies included), and its functions that read the lexicon.
	-- A function that reads the lexicon is added to the list below.
	WITH member AS (
		SELECT d.classid, d.objid FROM pg_depend d
		JOIN pg_extension e ON e.oid = d.refobjid
		WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
			AND e.extname = 'govreport'
	), dict AS (
		SELECT t.oid FROM pg_ts_dict t
		WHERE t.dicttemplate IN (SELECT objid FROM member WHERE classid = 'pg_ts_template'::regclass)
	), source (classid, objid) AS (
		SELECT 'pg_ts_dict'::regclass, oid FROM dict
		UNION ALL
		SELECT 'pg_ts_config'::regclass, c.oid FROM pg_ts_config c
		WHERE c.cfgparser IN (SELECT objid FROM member WHERE classid = 'pg_ts_parser'::regclass)
			OR EXISTS (SELECT FROM pg_ts_config_map m
				WHERE m.mapcfg = c.oid AND m.mapdict IN (SELECT oid FROM dict))
		UNION ALL
		SELECT 'pg_proc'::regclass, p.oid FROM pg_proc p
		WHERE p.oid IN (SELECT objid FROM member WHERE classid = 'pg_proc'::regclass)
			AND p.proname = ANY ('{zh_normalize,zh_segment,zh_tokenize}')
	), dep AS (
		SELECT DISTINCT d.classid, d.objid FROM pg_depend d
		WHERE (d.refclassid, d.refobjid) IN (SELECT classid, objid FROM source)
	)
	SELECT c.oid::regclass, 0::int2, 'index' FROM dep
	JOIN pg_class c ON c.oid = dep.objid AND c.relkind IN ('i', 'I')
	WHERE dep.classid = 'pg_class'::regclass
	UNION
	SELECT a.attrelid::regclass, a.attnum, 'stored column' FROM dep
	JOIN pg_attrdef ad ON ad.oid = dep.objid
	JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum AND a.attgenerated = 's'
	WHERE dep.classid = 'pg_attrdef'::regclass
	UNION
	SELECT c.oid::regclass, 0::int2, 'materialized view' FROM dep
	JOIN pg_rewrite r ON r.oid = dep.objid
	JOIN pg_class c ON c.oid = r.ev_class AND c.relkind = 'm'
	WHERE dep.classid = 'pg_rewrite'::regclass
$$;

COMMENT ON FUNCTION govreport_lexicon_dependents() IS
'indexes, stored generated columns and materialised views of this database whose contents come from govreport''s text search or lexicon functions';

CREATE FUNCTION govreport_record_lexicon(rel regclass) RETURNS integer
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	built_with text := @extschema@.govreport_lexicon_identity();
	edits int8;
	n integer;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = rel AND pg_has_role(c.relowner, 'USAGE')) THEN
		RAISE EXCEPTION 'must be owner of relation %', rel
			USING ERRCODE = 'insufficient_privilege',
				  HINT = 'Only who may rebuild an index can record what it was built with.';
	END IF;
	SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END INTO edits
	FROM @extschema@.govreport_user_lexicon_edits s;

	-- records of relations dropped since
	DELETE FROM @extschema@.govreport_lexicon_builds b
	WHERE NOT EXISTS (SELECT FROM pg_class c WHERE c.oid = b.relid);

	-- the relation itself when govreport computed it, else what it holds
	-- that govreport computed (its indexes and stored columns, those of its
	-- partitions included), else the relation as a whole: a table whose
	-- vectors a trigger or a loader fills
	WITH target AS (
		SELECT d.relid, d.attnum FROM @extschema@.govreport_lexicon_dependents() d
		WHERE d.relid = rel
		UNION
		SELECT d.relid, d.attnum FROM @extschema@.govreport_lexicon_dependents() d
		LEFT JOIN pg_index i ON i.indexrelid = d.relid
		WHERE COALESCE(i.indrelid, d.relid) IN
			(SELECT rel UNION SELECT t.relid FROM pg_partition_tree(rel) t)
	), chosen AS (
		SELECT relid, attnum FROM target
		UNION ALL
		SELECT rel, 0 WHERE NOT EXISTS (SELECT FROM target)
	)
	INSERT INTO @extschema@.govreport_lexicon_builds AS b
		(relid, attnum, built_with, user_lexicon_edits, recorded_at)
	SELECT relid, attnum, built_with, edits, now() FROM chosen
	ON CONFLICT (relid, attnum) DO UPDATE
		SET built_with = excluded.built_with,
			user_lexicon_edits = excluded.user_lexicon_edits,
			recorded_at = excluded.recorded_at;
	GET DIAGNOSTICS n = ROW_COUNT;
	RETURN n;
END
$$;

COMMENT ON FUNCTION govreport_record_lexicon(regclass) IS
'record that an index, a materialised view, or the govreport indexes and stored columns of a table were just built with the lexicon in use; returns how many were recorded';

CREATE FUNCTION govreport_lexicon_stale(
	OUT relation regclass, OUT column_name name, OUT kind text,
	OUT reason text, OUT rebuild text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH now AS (
		SELECT @extschema@.govreport_lexicon_identity() AS built_with,
			(SELECT CASE WHEN s.is_called THEN s.last_value ELSE 0 END
			 FROM @extschema@.govreport_user_lexicon_edits s) AS edits
	), known AS (
		SELECT d.relid::oid, d.attnum, d.kind FROM @extschema@.govreport_lexicon_dependents() d
		UNION
		SELECT b.relid, b.attnum,
			CASE WHEN b.attnum > 0 THEN 'stored column'
				 WHEN c.relkind IN ('i', 'I') THEN 'index'
				 WHEN c.relkind = 'm' THEN 'materialized view'
				 ELSE 'table' END
		FROM @extschema@.govreport_lexicon_builds b
		JOIN pg_class c ON c.oid = b.relid
		WHERE b.attnum = 0 OR EXISTS (SELECT FROM pg_attribute a
			WHERE a.attrelid = b.relid AND a.attnum = b.attnum AND NOT a.attisdropped)
	), judged AS (
		SELECT k.relid, k.attnum, k.kind,
			CASE
				WHEN b.relid IS NULL THEN
					'never recorded'
				WHEN b.built_with <> now.built_with THEN
					format('built with %s; in use: %s', b.built_with, now.built_with)
				WHEN b.user_lexicon_edits <> now.edits THEN
					format('zh_user_lexicon edited since it was built (%s statement%s)',
						   now.edits - b.user_lexicon_edits,
						   CASE WHEN now.edits - b.user_lexicon_edits = 1 THEN '' ELSE 's' END)
			END AS reason
		FROM known k CROSS JOIN now
		LEFT JOIN @extschema@.govreport_lexicon_builds b
			ON b.relid = k.relid AND b.attnum = k.attnum
	)
	SELECT j.relid::regclass,
		CASE WHEN j.attnum > 0 THEN (SELECT a.attname FROM pg_attribute a
			WHERE a.attrelid = j.relid AND a.attnum = j.attnum) END,
		j.kind, j.reason,
		-- the statement that rebuilds it, and the one that records that
		CASE j.kind
			WHEN 'index' THEN format('REINDEX INDEX %s', j.relid::regclass)
			WHEN 'materialized view' THEN format('REFRESH MATERIALIZED VIEW %s', j.relid::regclass)
			WHEN 'stored column' THEN
				-- rewriting a column the expression reads recomputes it
				(SELECT format('UPDATE %s SET %I = %I', j.relid::regclass, a.attname, a.attname)
				 FROM pg_attrdef ad
				 JOIN pg_depend d ON d.classid = 'pg_attrdef'::regclass AND d.objid = ad.oid
					AND d.refclassid = 'pg_class'::regclass AND d.refobjid = j.relid
					AND d.refobjsubid <> j.attnum AND d.refobjsubid > 0
				 JOIN pg_attribute a ON a.attrelid = j.relid AND a.attnum = d.refobjsubid
				 WHERE ad.adrelid = j.relid AND ad.adnum = j.attnum
				 ORDER BY a.attnum LIMIT 1)
		END || format('; SELECT %s.govreport_record_lexicon(%L);', '@extschema@', j.relid::regclass)
	FROM judged j
	WHERE j.reason IS NOT NULL
	ORDER BY j.relid::regclass::text, j.attnum
$$;

COMMENT ON FUNCTION govreport_lexicon_stale() IS
'indexes, stored columns and materialised views computed with govreport that may not match the lexicon in use (never recorded, built with another library or lexicon file, or zh_user_lexicon edited since), with the statement that rebuilds each';
