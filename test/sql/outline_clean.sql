SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- report_clean drops web-page debris and normalises whitespace: paragraphs
-- separated by one blank line, lines trimmed
\set doc `cat test/data/shinan-2022.txt`
SELECT line FROM regexp_split_to_table(report_clean(:'doc'), E'\n') WITH ORDINALITY AS t(line, n)
WHERE n <= 9 ORDER BY n;
SELECT strpos(report_clean(:'doc'), '首页') = 0 AS no_breadcrumb,
       strpos(report_clean(:'doc'), '设为首页') = 0 AS no_navigation,
       strpos(report_clean(:'doc'), '发布时间') = 0 AS no_publication_line,
       report_clean(:'doc') !~ E'[ \\t\u3000\u00a0]\n|\n[ \\t\u3000\u00a0]|\n\n\n' AS lines_trimmed,
       report_clean(report_clean(:'doc')) = report_clean(:'doc') AS idempotent;
-- the outline of the clean text is the outline of the page
SELECT array_agg(section::text || heading ORDER BY section) =
       (SELECT array_agg(section::text || heading ORDER BY section)
        FROM report_sections(report_clean(:'doc')) WHERE depth > 0) AS same_outline
FROM report_sections(:'doc') WHERE depth > 0;

\set doc `cat test/data/huadong-site-plan-excerpt.txt`
SELECT right(report_clean(:'doc'), 30) AS last_words,
       strpos(report_clean(:'doc'), '本文地址') = 0 AS no_footer,
       strpos(report_clean(:'doc'), '验证码') = 0 AS no_form;

\set doc `cat test/data/nangang-2022.txt`
SELECT strpos(report_clean(:'doc'), '信息来源') = 0 AS no_source_line,
       length(report_clean(:'doc')) < length(:'doc') AS shorter;

-- whitespace inside lines: none between Han characters, one elsewhere
SELECT report_clean(E'  市南区人民政府代理区长\u00a0\u00a0刘　存　东 \n\n\n以“温暖市南、 N事有我”为   服务理念\r\n');
-- empty and blank documents
SELECT report_clean('') = '' AS empty, report_clean(E' \n\u3000\n') = '' AS blank;
SELECT count(*) FROM report_sections('');
SELECT count(*) FROM report_sections(E'\n\n  \n');
SELECT section, heading, body FROM report_sections('一、总体要求');
-- a marker on a line of its own takes the next line, not one after a blank
-- line: cleaning stays idempotent (found by fuzz_outline)
SELECT report_clean(report_clean(E'(22\n)\n?2\x1a22\tN2')) = report_clean(E'(22\n)\n?2\x1a22\tN2') AS idempotent;
SELECT section, heading FROM report_sections(E'一、\n总体要求\n\n二、\n\n主要任务');
