/*
 * decode.h
 *		Encoding detection and conversion to UTF-8 for govreport-load.
 *
 * Pure logic over a byte buffer with ICU's converters: no libpq, no server,
 * so the libFuzzer harness in test/fuzz links it as it is.
 */
#ifndef GOVREPORT_LOAD_DECODE_H
#define GOVREPORT_LOAD_DECODE_H

#include <stddef.h>

/* Files larger than this are refused (the server's text limit is 1 GB). */
#define LOAD_MAX_FILE_BYTES ((size_t) 512 * 1024 * 1024)

typedef struct LoadDecoded
{
	char	   *text;			/* malloc'd UTF-8, NUL-terminated, LF line ends */
	size_t		len;			/* bytes in text, without the NUL */
	const char *encoding;		/* name of the encoding found (static) */
	char		error[320];		/* why decoding failed, when it did */
	char		warning[320];	/* a forced or declared encoding that reads badly */
} LoadDecoded;

/*
 * Decode data (len bytes) to UTF-8.  forced names an encoding to use without
 * detection (NULL to detect); hint is an encoding a web page declares (NULL
 * for none), tried first but only kept when it decodes cleanly.  Returns 0
 * and fills out->text, or -1 with out->error set.
 */
extern int	load_decode(const unsigned char *data, size_t len,
						const char *forced, const char *hint,
						LoadDecoded *out);

/* The charset a saved web page declares in its first bytes, or NULL. */
extern const char *load_declared_charset(const unsigned char *data, size_t len,
										 char *buf, size_t bufsize);

/* Free what load_decode allocated. */
extern void load_decoded_free(LoadDecoded *d);

#endif							/* GOVREPORT_LOAD_DECODE_H */
