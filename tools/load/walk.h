/*
 * walk.h
 *		The files govreport-load is given: folders walked, symlink loops,
 *		FIFOs and devices kept out, each file once (tools/load/walk.c).
 */
#ifndef GOVREPORT_LOAD_WALK_H
#define GOVREPORT_LOAD_WALK_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct LoadFile
{
	char	   *path;			/* as opened */
	char	   *rel;			/* relative to the folder given (its base name for a file) */
	long long	size;
	dev_t		dev;
	ino_t		ino;
} LoadFile;

typedef struct LoadFiles
{
	LoadFile   *v;
	size_t		n;
	size_t		cap;
	int			errors;			/* arguments that could not be read */
	int			skipped;		/* entries in folders that are no files */
} LoadFiles;

/*
 * Add the regular files under path (a file or a folder tree, symlinks
 * followed, each folder and file visited once, hidden entries skipped).
 * Messages go to stderr with the prefix; quiet silences the notes about
 * skipped entries.
 */
extern void load_collect(LoadFiles *files, const char *path, bool quiet);

/*
 * Open a file for reading without blocking (a FIFO or device fails) and
 * read it whole, refusing anything that is not a regular file or is larger
 * than limit.  Returns malloc'd bytes or NULL with err set.
 */
extern unsigned char *load_read_file(const char *path, size_t limit, size_t *len,
									 char *err, size_t errsize);

extern void load_files_free(LoadFiles *files);

#endif							/* GOVREPORT_LOAD_WALK_H */
