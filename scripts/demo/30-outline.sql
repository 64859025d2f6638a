-- The outline and the metadata of the sample reports (doc/outline.md).
\echo
\echo '== Who, where and when: report_info of every sample report'
SELECT file_name, i.region, i.admin_level AS level, i.report_year AS year,
       i.meeting_date, i.speaker, i.speaker_title
FROM reports, report_info(body) i
ORDER BY file_name;

\echo
\echo '== The outline of the 2022 南岗区 report (two levels), with each part''s kind and role'
SELECT s.section, s.kind, s.role, s.heading, s.char_end - s.char_start AS chars
FROM reports, report_sections(body) s
WHERE file_name = 'nangang-2022.txt' AND depth(s.section) BETWEEN 1 AND 2
  AND s.kind <> 'lead'
ORDER BY s.section;

\echo
\echo '== Like with like: the employment (就业) sections of every report, with their size'
SELECT r.file_name, s.section, s.heading, length(s.body) AS chars
FROM reports r, report_sections(r.body) s
WHERE s.heading LIKE '%就业%' OR s.heading LIKE '%社会保障%' OR s.heading LIKE '%民生服务%'
ORDER BY r.file_name, s.section;
