-- govreport: figures in report text (numerals, units, extract_metrics).

CREATE FUNCTION zh_number(t text) RETURNS numeric
AS 'MODULE_PATHNAME', 'zh_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION zh_number(text) IS
'one number as written (5,000; 4.5万; 一千零五; 壹贰叁; 二〇二四; 负三) as numeric; NULL when the text is not one number';

CREATE FUNCTION zh_unit_catalogue(
    OUT unit text, OUT category text, OUT base_unit text, OUT factor numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'zh_unit_catalogue'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;

COMMENT ON FUNCTION zh_unit_catalogue() IS
'the units of measure compiled into extract_metrics, with category and factor to the base unit';

CREATE TABLE zh_units (
    unit text PRIMARY KEY,
    category text NOT NULL,
    base_unit text NOT NULL,
    factor numeric NOT NULL CHECK (factor > 0)
);

INSERT INTO zh_units SELECT * FROM zh_unit_catalogue();

COMMENT ON TABLE zh_units IS
'units of measure met in government reports: category (currency, people, households, area, length, mass, energy, power, volume, ratio, multiple, time, count) and the factor to the category''s base unit; scale words (万, 亿) are not units';

CREATE FUNCTION extract_metrics(doc text,
    OUT indicator text, OUT value numeric, OUT unit text,
    OUT low numeric, OUT high numeric, OUT qualifier text,
    OUT change text, OUT baseline text, OUT period text,
    OUT is_target boolean, OUT year int, OUT mention text,
    OUT char_start int, OUT char_end int,
    OUT category text, OUT base_unit text, OUT base_value numeric)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'extract_metrics'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 1000 ROWS 100;

COMMENT ON FUNCTION extract_metrics(text) IS
'one row per figure in a report: indicator, normalised value and unit, low/high, qualifier, change, baseline, period, target or outcome, year, and the mention with its character offsets';
