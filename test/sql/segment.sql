-- zh_segment: policy terms, names, quantities, punctuation, Latin, fold.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS govreport;
RESET client_min_messages;

-- Policy vocabulary of the reports stays whole.
SELECT zh_segment('持续优化营商环境，深化放管服改革，推进一网通办。');
SELECT zh_segment('加快发展新质生产力，推动高质量发展，全面推进乡村振兴。');
SELECT zh_segment('深化供给侧结构性改革，坚持稳中求进工作总基调。');
-- Place names of the sample reports.
SELECT zh_segment('市南区和南岗区');
-- Unknown names go through the HMM and stay whole, tagged as names (nr),
-- also when a verb follows without a pause (jieba.cut gives 刘存|东作).
SELECT zh_segment('区长刘存东同志，副区长高洪旗同志');
SELECT token, pos FROM zh_tokenize('区长刘存东作报告');
-- Numbers with units are one element; numbers alone too.
SELECT zh_segment('新增就业4.5万人，增长73%，投资1400亿元，完成5,000万元，下降3.7个百分点，覆盖率100%。');
SELECT zh_segment('1998年3月12日召开，共2022项');
-- A comma followed by exactly three digits separates thousands, in either width.
SELECT zh_segment('共1,234,567人，１，０００元，增长5,2');
-- Latin and digit runs.
SELECT zh_segment('GDP增长，建成5G基站，PM2.5浓度下降');
-- Other scripts: ICU cuts words within each script run (Uyghur, Tibetan
-- syllables between tsheg marks, Mongolian, Thai without spaces); vowel
-- signs and combining accents stay on their letters.
SELECT zh_segment('新疆维吾尔自治区（ئۇيغۇر ئاپتونوم رايونى）') AS uyghur;
SELECT zh_segment('西藏自治区（བོད་རང་སྐྱོང་ལྗོངས།）') AS tibetan;
SELECT zh_segment('内蒙古（ᠦᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ）和泰国（ประเทศไทย）') AS mongolian_thai;
SELECT zh_segment('延边朝鲜族自治州（연변조선족자치주） Москва' || chr(769) || ' cafe' || chr(769) || ' 30μg') AS letters;
-- Full-width digits and letters are recognised, spans stay as written.
SELECT zh_segment('建成５Ｇ基站２０２２个');
-- Traditional text segments like its simplified form.
SELECT zh_segment('優化營商環境，推動高質量發展') AS traditional,
       zh_segment('优化营商环境，推动高质量发展') AS simplified;
-- Whitespace is dropped; punctuation marks are their own elements.
SELECT zh_segment(E'  经济\t发展 \n（一）“稳”　字当头！ ');
-- Concatenating the elements gives the input without its whitespace.
SELECT array_to_string(zh_segment(d), '') = regexp_replace(d, '\s', '', 'g') AS lossless
FROM (VALUES ('2023年是全面贯彻党的二十大精神的开局之年。 GDP 增长 5.2%'),
             ('市南区 · 青岛 ＠ 2022 ５Ｇ e-mail: a.b@c.cn'),
             ('新疆ئۇيغۇر،ئاپتونوم 西藏བོད་ལྗོངས། ᠮᠣᠩᠭᠣᠯ ประเทศไทย😀①')) AS t(d);
-- NULL, empty and whitespace-only input.
SELECT zh_segment(NULL) IS NULL AS null_in_null_out;
SELECT zh_segment('') AS empty, zh_segment('   ') AS blank;
-- Invalid UTF-8 is refused.
-- (text values from SQL are always valid; zh_segment checks anyway, for
-- values built by C code; here the conversion itself refuses the bytes)
SELECT zh_segment(convert_from('\xe4b8ade6'::bytea, 'UTF8'));
-- The lexicon file passes its full check.
SELECT govreport_lexicon_verify();
