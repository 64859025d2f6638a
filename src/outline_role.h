/*
 * outline_role.h
 *		What each part of a report is about (review, targets, plan,
 *		closing), the years it speaks of, and the year of the report.
 *		Internal to the outline code; see doc/outline.md for the rules.
 */
#ifndef GOVREPORT_OUTLINE_ROLE_H
#define GOVREPORT_OUTLINE_ROLE_H

#include "outline_scan.h"

/*
 * Decide o->report_year, then every section's role, year_from and
 * year_to.  s[0, len) is the (normalised) text the outline was scanned
 * from: the offsets in o are into it.
 */
extern void outline_assign_roles(const char *s, size_t len, Outline *o);

/* The role a heading's words give it (OUTLINE_ROLE_OTHER when none). */
extern OutlineRole outline_heading_role(const char *s, size_t start, size_t end,
										bool part);

/* The year of a 全国人民代表大会 session (第N届 … 第S次会议); 0 if unknown. */
extern int	outline_npc_session_year(int term, int session);

/*
 * The first "YYYY年M月D日" in s[start, end): true and the date when found.
 */
extern bool outline_find_date(const char *s, size_t start, size_t end,
							  int *y, int *m, int *d);

/*
 * A five-year plan named at pos (第一个五年计划, “六五”): its first year,
 * and *after the position after its name; 0 if none is named there.
 */
extern int	outline_plan_named_at(const char *s, size_t pos, size_t end, size_t *after);

#endif							/* GOVREPORT_OUTLINE_ROLE_H */
