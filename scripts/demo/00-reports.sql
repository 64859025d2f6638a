-- Analyses the demo prints over the sample reports (table "reports").
\echo
\echo '== govreport'
SELECT govreport_version();

\echo
\echo '== The sample reports'
SELECT file_name, length(body) AS characters
FROM reports ORDER BY file_name;
