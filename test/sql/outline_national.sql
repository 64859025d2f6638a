SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- National reports as Wikisource has them: lines broken around links, a
-- licence footer, full-width spaces, ——— items and （一） sections.
\set doc `cat test/data/national-2004.txt`
SELECT section, heading FROM report_sections(:'doc')
WHERE depth(section) <= 2 AND kind NOT IN ('lead', 'preamble')
ORDER BY char_start;
-- the lead sentences of part 三
SELECT section, heading FROM report_sections(:'doc')
WHERE section <@ '三、' ORDER BY char_start;
-- the footer is not part of the report
SELECT strpos(body, '本作品') = 0 AS no_licence, right(body, 10) AS last_words
FROM report_sections(:'doc') ORDER BY char_start DESC LIMIT 1;
-- lines broken around a link are rejoined (《中华人民共和国传染病防治法》)
SELECT strpos(body, '贯彻《中华人民共和国传染病防治法》，制定《突发公共卫生事件应急条例》') > 0 AS rejoined
FROM report_sections(:'doc') WHERE section = '一、（一）¶1';

\set doc `cat test/data/national-1957.txt`
SELECT section, heading FROM report_sections(:'doc')
WHERE depth(section) <= 2 AND kind NOT IN ('lead', 'preamble')
ORDER BY char_start;
