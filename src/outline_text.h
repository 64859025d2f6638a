/*
 * outline_text.h
 *		Small text helpers shared by the outline scanner, the role and year
 *		reader and report_info: characters, literal search, numbers as
 *		written in reports.  Pure C over valid UTF-8 (no server calls).
 *
 * The outline code reads text after gr_normalize_for_segmenting, so
 * full-width punctuation, spaces and digits are ASCII there and
 * traditional characters are simplified; the helpers still accept the
 * full-width forms, for text that reaches them unnormalised.
 */
#ifndef GOVREPORT_OUTLINE_TEXT_H
#define GOVREPORT_OUTLINE_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "section_syntax.h"

extern bool ot_is_space(uint32_t c);
extern bool ot_is_han(uint32_t c);

/* decode the character ending at byte end (> start); its start in *at */
extern uint32_t ot_last_char(const char *s, size_t start, size_t end, size_t *at);

extern size_t ot_skip_space(const char *s, size_t pos, size_t end);
extern size_t ot_trim_end(const char *s, size_t start, size_t end);
extern int64_t ot_count_chars(const char *s, size_t start, size_t end);

/* does s[start, end) start with lit? */
extern bool ot_has_prefix(const char *s, size_t start, size_t end, const char *lit);

/*
 * Does the 上 at byte shang end a word (世界上, 基本上, 实际上 …), so that
 * 世界上年产 holds no 上年?
 */
extern bool ot_shang_ends_word(const char *s, size_t shang);

/* occurrences of lit in s[start, end), not overlapping */
extern int	ot_count_literal(const char *s, size_t start, size_t end, const char *lit);

/* first occurrence of lit in s[start, end), or (size_t) -1 */
extern size_t ot_find(const char *s, size_t start, size_t end, const char *lit);

/* first of several literals (NULL-terminated list); which one in *which */
extern size_t ot_find_any(const char *s, size_t start, size_t end,
						  const char *const *lits, int *which);

/*
 * Digit value of an ASCII, full-width or Han digit (〇 零 一 … 九, ○) at
 * s[pos]; -1 if none.  Its length in *n.
 */
extern int	ot_digit_at(const char *s, size_t pos, size_t end, int *n);

/*
 * A year of exactly four digits at pos (2022, １９５７, 一九五七, 1 9 9 8 with
 * single spaces between digits).  Returns the position after it, or 0 when
 * there is none; the year in *year.  A digit just before pos makes it no
 * year (20221 is not 2022).
 */
extern size_t ot_read_year(const char *s, size_t pos, size_t end, int *year);

/* a small Han or Arabic number (1 … 99: 五, 十三, 二十, 12); 0 if none */
extern size_t ot_read_small_number(const char *s, size_t pos, size_t end, int *value);

#endif							/* GOVREPORT_OUTLINE_TEXT_H */
