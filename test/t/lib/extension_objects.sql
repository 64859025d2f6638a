-- What the govreport extension is made of, one line per property of every
-- member object, named without OIDs and sorted, so that two databases whose
-- extensions are equal print equal text.  test/t/upgrade.sh compares a fresh
-- install with an install updated from an older version.
--
-- Generic on purpose: every member found through pg_depend is listed, and
-- every property PostgreSQL keeps about objects of its class is printed, so
-- an object added to sql/govreport.sql but not to the upgrade script (or
-- added with another volatility, comment, grant, ...) shows as a difference
-- without anyone listing it here.  A member of a class without a block below
-- still shows as "member".
--
-- An empty search_path makes deparsed expressions and reg* names qualify
-- every name.
SET search_path = '';

CREATE TEMP TABLE ext_member AS
SELECT d.classid, d.objid, d.objsubid,
	pg_describe_object(d.classid, d.objid, d.objsubid) AS obj
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid
WHERE d.refclassid = 'pg_extension'::regclass
	AND d.deptype = 'e'
	AND e.extname = 'govreport';

CREATE TEMP TABLE ext_prop (obj text, prop text, val text);

-- the extension itself
INSERT INTO pg_temp.ext_prop
SELECT 'extension ' || e.extname, p.k, p.v
FROM pg_extension e,
LATERAL (VALUES
	('version', e.extversion),
	('relocatable', e.extrelocatable::text),
	('schema', e.extnamespace::regnamespace::text),
	('config tables', (SELECT string_agg(c.oid::regclass::text || ' where ' || coalesce(e.extcondition[i.n], ''), ', ' ORDER BY 1)
		FROM generate_subscripts(e.extconfig, 1) AS i(n)
		JOIN pg_class c ON c.oid = e.extconfig[i.n]))
) AS p(k, v)
WHERE e.extname = 'govreport';

-- every member, so that a missing one shows even when nothing else does
INSERT INTO pg_temp.ext_prop SELECT m.obj, 'member', '' FROM pg_temp.ext_member m;

-- comments (column comments come with the columns below)
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'comment', d.description
FROM pg_temp.ext_member m
JOIN pg_description d
	ON d.classoid = m.classid AND d.objoid = m.objid
	AND d.objsubid = 0;

-- the privileges pg_dump restores for the extension's objects
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'initial privileges' ||
	CASE WHEN i.objsubid <> 0 THEN ' of column ' || a.attname ELSE '' END,
	i.privtype::text || ' ' || i.initprivs::text
FROM pg_temp.ext_member m
JOIN pg_init_privs i
	ON i.classoid = m.classid AND i.objoid = m.objid
LEFT JOIN pg_attribute a
	ON m.classid = 'pg_class'::regclass
	AND a.attrelid = m.objid AND a.attnum = i.objsubid;

-- functions, procedures and aggregates
INSERT INTO pg_temp.ext_prop
SELECT m.obj, p.k, p.v
FROM pg_temp.ext_member m
JOIN pg_proc f ON f.oid = m.objid
	AND m.classid = 'pg_proc'::regclass,
LATERAL (VALUES
	('arguments', pg_get_function_arguments(f.oid)),
	('result', pg_get_function_result(f.oid)),
	('kind', f.prokind::text),
	('language', (SELECT l.lanname::text FROM pg_language l WHERE l.oid = f.prolang)),
	('volatility', f.provolatile::text),
	('parallel', f.proparallel::text),
	('strict', f.proisstrict::text),
	('security definer', f.prosecdef::text),
	('leakproof', f.proleakproof::text),
	('cost', f.procost::text),
	('rows', f.prorows::text),
	('support', f.prosupport::text),
	('settings', f.proconfig::text),
	('source', f.prosrc),
	('sql body', pg_get_function_sqlbody(f.oid)),
	('library', f.probin),
	('privileges', f.proacl::text)
) AS p(k, v);

INSERT INTO pg_temp.ext_prop
SELECT m.obj, p.k, p.v
FROM pg_temp.ext_member m
JOIN pg_aggregate a ON a.aggfnoid = m.objid
	AND m.classid = 'pg_proc'::regclass,
LATERAL (VALUES
	('aggregate kind', a.aggkind::text),
	('aggregate functions', concat_ws(' ', a.aggtransfn, a.aggfinalfn, a.aggcombinefn,
		a.aggserialfn, a.aggdeserialfn, a.aggmtransfn, a.aggminvtransfn, a.aggmfinalfn)),
	('aggregate sort operator', a.aggsortop::regoperator::text),
	('aggregate state', concat_ws(' ', a.aggtranstype::regtype, a.aggtransspace,
		a.agginitval, a.aggmtranstype::regtype, a.aggminitval, a.aggfinalmodify, a.aggfinalextra))
) AS p(k, v);

-- types and domains
INSERT INTO pg_temp.ext_prop
SELECT m.obj, p.k, p.v
FROM pg_temp.ext_member m
JOIN pg_type t ON t.oid = m.objid
	AND m.classid = 'pg_type'::regclass,
LATERAL (VALUES
	('storage', concat_ws(' ', t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage,
		t.typcategory, t.typispreferred, t.typdelim, t.typcollation)),
	('support functions', concat_ws(' ', t.typinput, t.typoutput, t.typreceive, t.typsend,
		t.typmodin, t.typmodout, t.typanalyze, t.typsubscript)),
	('element', t.typelem::regtype::text),
	('array type', t.typarray::regtype::text),
	('base type', concat_ws(' ', t.typbasetype::regtype, t.typtypmod, t.typnotnull, t.typdefault)),
	('privileges', t.typacl::text),
	('constraints', (SELECT string_agg(c.conname || ' ' || pg_get_constraintdef(c.oid), '; ' ORDER BY c.conname)
		FROM pg_constraint c WHERE c.contypid = t.oid))
) AS p(k, v);

-- operators
INSERT INTO pg_temp.ext_prop
SELECT m.obj, p.k, p.v
FROM pg_temp.ext_member m
JOIN pg_operator o ON o.oid = m.objid
	AND m.classid = 'pg_operator'::regclass,
LATERAL (VALUES
	('definition', concat_ws(' ', o.oprkind, o.oprleft::regtype, o.oprright::regtype,
		o.oprresult::regtype, o.oprcode)),
	('commutator', o.oprcom::regoperator::text),
	('negator', o.oprnegate::regoperator::text),
	('estimators', concat_ws(' ', o.oprrest, o.oprjoin)),
	('merges, hashes', concat_ws(' ', o.oprcanmerge, o.oprcanhash))
) AS p(k, v);

-- operator classes and families, with what they hold
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'definition', concat_ws(' ', am.amname, c.opcintype::regtype,
	c.opcdefault, c.opckeytype::regtype, f.opfname)
FROM pg_temp.ext_member m
JOIN pg_opclass c ON c.oid = m.objid
	AND m.classid = 'pg_opclass'::regclass
JOIN pg_am am ON am.oid = c.opcmethod
JOIN pg_opfamily f ON f.oid = c.opcfamily;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'operator ' || o.amopstrategy,
	concat_ws(' ', o.amoplefttype::regtype, o.amoprighttype::regtype,
		o.amopopr::regoperator, o.amoppurpose, o.amopsortfamily)
FROM pg_temp.ext_member m
JOIN pg_amop o ON o.amopfamily = m.objid
	AND m.classid = 'pg_opfamily'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'function ' || p.amprocnum,
	concat_ws(' ', p.amproclefttype::regtype, p.amprocrighttype::regtype,
		p.amproc::regprocedure)
FROM pg_temp.ext_member m
JOIN pg_amproc p ON p.amprocfamily = m.objid
	AND m.classid = 'pg_opfamily'::regclass;

-- casts
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'definition', concat_ws(' ', c.castfunc::regprocedure, c.castcontext, c.castmethod)
FROM pg_temp.ext_member m
JOIN pg_cast c ON c.oid = m.objid
	AND m.classid = 'pg_cast'::regclass;

-- text search parsers, templates, dictionaries, configurations
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'definition', concat_ws(' ', p.prsstart, p.prstoken, p.prsend, p.prsheadline, p.prslextype)
FROM pg_temp.ext_member m
JOIN pg_ts_parser p ON p.oid = m.objid
	AND m.classid = 'pg_ts_parser'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'definition', concat_ws(' ', t.tmplinit, t.tmpllexize)
FROM pg_temp.ext_member m
JOIN pg_ts_template t ON t.oid = m.objid
	AND m.classid = 'pg_ts_template'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'definition', concat_ws(' ', t.tmplname, d.dictinitoption)
FROM pg_temp.ext_member m
JOIN pg_ts_dict d ON d.oid = m.objid
	AND m.classid = 'pg_ts_dict'::regclass
JOIN pg_ts_template t ON t.oid = d.dicttemplate;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'parser', p.prsname::text
FROM pg_temp.ext_member m
JOIN pg_ts_config c ON c.oid = m.objid
	AND m.classid = 'pg_ts_config'::regclass
JOIN pg_ts_parser p ON p.oid = c.cfgparser;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'mapping for ' || t.alias,
	(SELECT string_agg(d.mapdict::regdictionary::text, ', ' ORDER BY d.mapseqno)
	 FROM pg_ts_config_map d
	 WHERE d.mapcfg = c.oid AND d.maptokentype = t.tokid)
FROM pg_temp.ext_member m
JOIN pg_ts_config c ON c.oid = m.objid
	AND m.classid = 'pg_ts_config'::regclass,
LATERAL ts_token_type(c.cfgparser) t;

-- tables, views, sequences (and whatever else lives in pg_class)
INSERT INTO pg_temp.ext_prop
SELECT m.obj, p.k, p.v
FROM pg_temp.ext_member m
JOIN pg_class c ON c.oid = m.objid
	AND m.classid = 'pg_class'::regclass,
LATERAL (VALUES
	('kind', concat_ws(' ', c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity, c.relreplident)),
	('options', c.reloptions::text),
	('privileges', c.relacl::text),
	('view', CASE WHEN c.relkind = ANY ('{v,m}') THEN pg_get_viewdef(c.oid) END)
) AS p(k, v);

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'column ' || a.attnum || ' ' || a.attname,
	concat_ws(' ', format_type(a.atttypid, a.atttypmod),
		CASE WHEN a.attnotnull THEN 'not null' END,
		'default ' || pg_get_expr(ad.adbin, ad.adrelid),
		'generated ' || NULLIF(a.attgenerated::text, ''),
		'identity ' || NULLIF(a.attidentity::text, ''),
		'collation ' || co.collname,
		'privileges ' || a.attacl::text,
		'comment ' || col_description(c.oid, a.attnum))
FROM pg_temp.ext_member m
JOIN pg_class c ON c.oid = m.objid
	AND m.classid = 'pg_class'::regclass
JOIN pg_attribute a ON a.attrelid = c.oid
	AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
	AND a.attcollation <> 0;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'constraint ' || k.conname, pg_get_constraintdef(k.oid)
FROM pg_temp.ext_member m
JOIN pg_constraint k ON k.conrelid = m.objid
	AND m.classid = 'pg_class'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'index', pg_get_indexdef(i.indexrelid)
FROM pg_temp.ext_member m
JOIN pg_index i ON i.indrelid = m.objid
	AND m.classid = 'pg_class'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'trigger ' || t.tgname, pg_get_triggerdef(t.oid) ||
	coalesce(' -- ' || obj_description(t.oid, 'pg_trigger'), '')
FROM pg_temp.ext_member m
JOIN pg_trigger t ON t.tgrelid = m.objid AND NOT t.tgisinternal
	AND m.classid = 'pg_class'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'policy ' || p.polname,
	concat_ws(' ', p.polcmd, p.polpermissive, p.polroles::text,
		pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid))
FROM pg_temp.ext_member m
JOIN pg_policy p ON p.polrelid = m.objid
	AND m.classid = 'pg_class'::regclass;

INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'sequence', concat_ws(' ', s.seqtypid::regtype, s.seqstart,
	s.seqincrement, s.seqmax, s.seqmin, s.seqcache, s.seqcycle)
FROM pg_temp.ext_member m
JOIN pg_sequence s ON s.seqrelid = m.objid
	AND m.classid = 'pg_class'::regclass;

-- The rows of the extension's own tables (not those users fill, which
-- pg_extension_config_dump marks): a fresh install and an update must ship
-- the same catalogue data (units, ...).
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'rows',
	(xpath('/row/h/text()', query_to_xml(format(
		'SELECT count(*) || '' rows, md5 '' || md5(string_agg(t::text, E''\n'' ORDER BY t::text)) AS h FROM %s t',
		c.oid::regclass), false, true, '')))[1]::text
FROM pg_temp.ext_member m
JOIN pg_class c ON c.oid = m.objid
	AND m.classid = 'pg_class'::regclass
	AND c.relkind = ANY ('{r,p}')
WHERE NOT EXISTS (SELECT FROM pg_extension e
	WHERE e.extname = 'govreport' AND c.oid = ANY (e.extconfig));

-- schemas
INSERT INTO pg_temp.ext_prop
SELECT m.obj, 'privileges', n.nspacl::text
FROM pg_temp.ext_member m
JOIN pg_namespace n ON n.oid = m.objid
	AND m.classid = 'pg_namespace'::regclass;

\pset format unaligned
\pset tuples_only on
SELECT p.obj || ' | ' || p.prop || coalesce(': ' || p.val, '')
FROM pg_temp.ext_prop p
ORDER BY 1;
