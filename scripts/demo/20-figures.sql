-- Figures of the sample reports: targets versus outcomes, per report.
\echo '== figures per report: targets vs outcomes (extract_metrics)'
SELECT r.file_name,
       count(*) AS figures,
       count(*) FILTER (WHERE m.is_target) AS targets,
       count(*) FILTER (WHERE NOT m.is_target) AS outcomes,
       count(*) FILTER (WHERE m.is_target IS NULL) AS undecided
FROM reports r, extract_metrics(r.body) m
GROUP BY r.file_name ORDER BY r.file_name;

\echo '== money, jobs and shares: the figures an analyst codes first'
SELECT r.file_name, m.indicator, m.value, m.unit, m.qualifier,
       CASE WHEN m.is_target THEN 'target' WHEN NOT m.is_target THEN 'outcome' END AS kind,
       m.mention
FROM reports r, extract_metrics(r.body) m
WHERE m.unit IN ('元', '%', '百分点') OR m.indicator LIKE '%就业%'
ORDER BY r.file_name, m.char_start
LIMIT 25;

\echo '== area figures in one base unit (平方米), via zh_units'
SELECT r.file_name, m.mention, m.indicator, round(m.base_value) AS square_metres
FROM reports r, extract_metrics(r.body) m
WHERE m.category = 'area'
ORDER BY m.base_value DESC NULLS LAST
LIMIT 8;
