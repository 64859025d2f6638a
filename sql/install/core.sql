\echo Use "CREATE EXTENSION govreport" to load this file. \quit

-- govreport: core objects (version and build information).

CREATE FUNCTION govreport_version() RETURNS text
AS 'MODULE_PATHNAME', 'govreport_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION govreport_version() IS
'govreport extension version, with the ICU and Unicode versions it was built against';
