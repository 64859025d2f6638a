/*
 * tsparser.h
 *		Token type ids of the govreport text search parser.
 *
 * The ids reuse the default parser's numbers where core's headline code
 * gives them a meaning (prsd_headline reads token types as the default
 * parser's): 2 for a word, 12 for a blank.  No id is one the headline code
 * skips or replaces (5, 13, 15-17), so every token reaches the headline
 * and the text keeps its spaces and punctuation.  All below 256.
 */
#ifndef GOVREPORT_TSPARSER_H
#define GOVREPORT_TSPARSER_H

#define GRTOK_LATIN		1
#define GRTOK_WORD		2
#define GRTOK_QUANTITY	3
#define GRTOK_NUMBER	4
#define GRTOK_OTHER		6
#define GRTOK_OTHER_SCRIPT 9
#define GRTOK_BLANK		12
#define GRTOK_PUNCT		14

#endif							/* GOVREPORT_TSPARSER_H */
