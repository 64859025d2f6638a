-- govreport: views for BI tools.
--
-- BI tools (Metabase, Superset, Excel through ODBC...) read columns of
-- built-in types and stumble over extension types.  govreport-load calls
-- govreport_create_bi_views() on its tables; users can call it on their own.

CREATE FUNCTION govreport_create_bi_views(reports regclass)
RETURNS text[]
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	-- Types BI tools understand as they are; every other type shows as text.
	plain constant regtype[] := ARRAY['text', 'varchar', 'bpchar', 'smallint',
		'integer', 'bigint', 'numeric', 'real', 'double precision', 'boolean',
		'date', 'timestamp', 'timestamptz']::regtype[];
	base_schema name;
	base_name name;
	suffix text;
	tbl regclass;
	view_name text;
	cols text;
	made text[] := '{}';
BEGIN
	SELECT n.nspname, c.relname INTO base_schema, base_name
	FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE c.oid = reports;

	FOREACH suffix IN ARRAY ARRAY['', '_sections', '_figures']
	LOOP
		tbl := to_regclass(format('%I.%I', base_schema, base_name || suffix));
		CONTINUE WHEN tbl IS NULL;
		SELECT string_agg(
				CASE
					WHEN a.atttypid = ANY (plain) THEN format('%I', a.attname)
					WHEN a.atttypid = 'bytea'::regtype
						THEN format('encode(%1$I, ''hex'') AS %1$I', a.attname)
					WHEN a.atttypid = 'smallint[]'::regtype OR a.atttypid = 'integer[]'::regtype
						THEN format('array_to_string(%1$I, ''.'') AS %1$I', a.attname)
					ELSE format('%1$I::text AS %1$I', a.attname)
				END, ', ' ORDER BY a.attnum)
		INTO cols
		FROM pg_attribute a
		WHERE a.attrelid = tbl AND a.attnum > 0 AND NOT a.attisdropped;
		view_name := base_name || suffix || '_bi';
		EXECUTE format('CREATE OR REPLACE VIEW %I.%I AS SELECT %s FROM %s',
					   base_schema, view_name, cols, tbl);
		EXECUTE format('COMMENT ON VIEW %I.%I IS %L', base_schema, view_name,
					   format('%s with plain column types for BI tools (made by govreport_create_bi_views)', tbl));
		made := made || format('%I.%I', base_schema, view_name);
	END LOOP;
	RETURN made;
END
$$;

COMMENT ON FUNCTION govreport_create_bi_views(regclass) IS
'create or replace views NAME_bi, NAME_sections_bi and NAME_figures_bi over a reports table and its sections and figures tables, with every column of a type BI tools know (extension types as text); returns the views made';
