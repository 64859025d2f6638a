/*
 * stand_in_segmenter.h
 *		The fuzz input's cut pattern for the stand-in segmenter
 *		(stand_in_segmenter.c), set by a harness before each scan.
 */
#ifndef FUZZ_STAND_IN_SEGMENTER_H
#define FUZZ_STAND_IN_SEGMENTER_H

#include "segment.h"

#define FUZZ_CUT_NTAGS 5

extern const uint8 *fuzz_cut_pattern;
extern size_t fuzz_cut_pattern_len;
extern int	fuzz_cut_kinds;		/* span kinds run 1 .. fuzz_cut_kinds */
extern uint8 fuzz_cut_tags[FUZZ_CUT_NTAGS];	/* tags spans get; 0 = none */

#endif
