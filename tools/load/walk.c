/*
 * walk.c
 *		Collect the files to load.
 *
 * stat() follows symlinks, so a link to a folder is walked like the
 * folder; the (device, inode) of every folder entered is remembered and a
 * folder already entered is not entered again, which ends symlink loops
 * and visits a folder reached by two links once.  Files reached twice are
 * kept once (the first in name order).  Anything else (FIFO, socket,
 * device) is skipped with a note: opening a FIFO would block, /dev/zero
 * would never end.  Files are opened O_NONBLOCK and checked again with
 * fstat, so a file replaced by a FIFO between the walk and the read cannot
 * block either.
 */
#define _GNU_SOURCE
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_DEPTH 64

typedef struct Visited
{
	dev_t	   *dev;
	ino_t	   *ino;
	size_t		n;
	size_t		cap;
} Visited;

static bool
visit(Visited *v, dev_t dev, ino_t ino)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->dev[i] == dev && v->ino[i] == ino)
			return false;
	if (v->n == v->cap)
	{
		size_t		cap = v->cap ? v->cap * 2 : 64;
		dev_t	   *nd = realloc(v->dev, cap * sizeof(dev_t));
		ino_t	   *ni;

		if (nd == NULL)
			return false;
		v->dev = nd;
		ni = realloc(v->ino, cap * sizeof(ino_t));
		if (ni == NULL)
			return false;
		v->ino = ni;
		v->cap = cap;
	}
	v->dev[v->n] = dev;
	v->ino[v->n] = ino;
	v->n++;
	return true;
}

static void
add_file(LoadFiles *f, const char *path, const char *rel, const struct stat *st)
{
	if (f->n == f->cap)
	{
		size_t		cap = f->cap ? f->cap * 2 : 64;
		LoadFile   *nv = realloc(f->v, cap * sizeof(LoadFile));

		if (nv == NULL)
		{
			fprintf(stderr, "govreport-load: out of memory\n");
			exit(2);
		}
		f->v = nv;
		f->cap = cap;
	}
	f->v[f->n].path = strdup(path);
	f->v[f->n].rel = strdup(rel);
	f->v[f->n].size = (long long) st->st_size;
	f->v[f->n].dev = st->st_dev;
	f->v[f->n].ino = st->st_ino;
	if (f->v[f->n].path == NULL || f->v[f->n].rel == NULL)
	{
		fprintf(stderr, "govreport-load: out of memory\n");
		exit(2);
	}
	f->n++;
}

static const char *
kind_of(mode_t m)
{
	if (S_ISFIFO(m))
		return "a FIFO";
	if (S_ISSOCK(m))
		return "a socket";
	if (S_ISCHR(m) || S_ISBLK(m))
		return "a device";
	return "not a regular file";
}

static void
walk(LoadFiles *f, Visited *dirs, const char *path, const char *rel, int depth, bool quiet)
{
	DIR		   *dir = opendir(path);
	struct dirent *e;

	if (dir == NULL)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, strerror(errno));
		f->errors++;
		return;
	}
	while ((e = readdir(dir)) != NULL)
	{
		char	   *child,
				   *crel;
		struct stat st;

		/* Hidden files and editor backups are not reports. */
		if (e->d_name[0] == '.')
			continue;
		if (asprintf(&child, "%s/%s", path, e->d_name) < 0)
			continue;
		if (asprintf(&crel, "%s%s%s", rel, rel[0] ? "/" : "", e->d_name) < 0)
		{
			free(child);
			continue;
		}
		if (stat(child, &st) != 0)
		{
			if (!quiet)
				fprintf(stderr, "govreport-load: %s: skipped: %s\n", child, strerror(errno));
			f->skipped++;
		}
		else if (S_ISDIR(st.st_mode))
		{
			if (depth >= MAX_DEPTH)
			{
				if (!quiet)
					fprintf(stderr, "govreport-load: %s: skipped: more than %d folders deep\n",
							child, MAX_DEPTH);
				f->skipped++;
			}
			else if (visit(dirs, st.st_dev, st.st_ino))
				walk(f, dirs, child, crel, depth + 1, quiet);
			/* else: a folder already walked (a symlink loop or a second link) */
		}
		else if (S_ISREG(st.st_mode))
			add_file(f, child, crel, &st);
		else
		{
			if (!quiet)
				fprintf(stderr, "govreport-load: %s: skipped: %s, not a file\n",
						child, kind_of(st.st_mode));
			f->skipped++;
		}
		free(child);
		free(crel);
	}
	closedir(dir);
}

static int
by_rel(const void *a, const void *b)
{
	return strcmp(((const LoadFile *) a)->rel, ((const LoadFile *) b)->rel);
}

typedef struct Key
{
	dev_t		dev;
	ino_t		ino;
	size_t		pos;
} Key;

static int
by_inode(const void *a, const void *b)
{
	const Key  *x = a,
			   *y = b;

	if (x->dev != y->dev)
		return x->dev < y->dev ? -1 : 1;
	if (x->ino != y->ino)
		return x->ino < y->ino ? -1 : 1;
	return (x->pos > y->pos) - (x->pos < y->pos);
}

/* Keep each file once: the first, in name order, of those with its inode. */
static void
drop_repeats(LoadFiles *f, size_t first)
{
	size_t		m = f->n - first;
	Key		   *k = malloc(sizeof(Key) * (m ? m : 1));
	bool	   *dup = calloc(m ? m : 1, sizeof(bool));
	size_t		w = first;

	if (k == NULL || dup == NULL)
	{
		free(k);
		free(dup);
		return;
	}
	for (size_t i = 0; i < m; i++)
	{
		k[i].dev = f->v[first + i].dev;
		k[i].ino = f->v[first + i].ino;
		k[i].pos = i;
	}
	qsort(k, m, sizeof(Key), by_inode);
	for (size_t i = 1; i < m; i++)
		if (k[i].dev == k[i - 1].dev && k[i].ino == k[i - 1].ino)
			dup[k[i].pos] = true;
	for (size_t i = 0; i < m; i++)
	{
		if (dup[i])
		{
			free(f->v[first + i].path);
			free(f->v[first + i].rel);
		}
		else
			f->v[w++] = f->v[first + i];
	}
	f->n = w;
	free(k);
	free(dup);
}

void
load_collect(LoadFiles *f, const char *path, bool quiet)
{
	struct stat st;
	size_t		first = f->n;

	if (stat(path, &st) != 0)
	{
		fprintf(stderr, "govreport-load: %s: %s\n", path, strerror(errno));
		f->errors++;
		return;
	}
	if (S_ISDIR(st.st_mode))
	{
		Visited		dirs = {NULL, NULL, 0, 0};

		visit(&dirs, st.st_dev, st.st_ino);
		walk(f, &dirs, path, "", 0, quiet);
		free(dirs.dev);
		free(dirs.ino);
		/* Files load in name order, so runs are reproducible. */
		qsort(f->v + first, f->n - first, sizeof(LoadFile), by_rel);
		drop_repeats(f, first);
	}
	else if (S_ISREG(st.st_mode))
	{
		const char *base = strrchr(path, '/');

		add_file(f, path, base ? base + 1 : path, &st);
	}
	else
	{
		fprintf(stderr, "govreport-load: %s: %s, not a file: nothing to load\n",
				path, kind_of(st.st_mode));
		f->errors++;
	}
}

unsigned char *
load_read_file(const char *path, size_t limit, size_t *len, char *err, size_t errsize)
{
	int			fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY);
	struct stat st;
	unsigned char *buf;
	size_t		cap,
				n = 0;

	if (fd < 0)
	{
		snprintf(err, errsize, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
	{
		snprintf(err, errsize, "%s, not a file: nothing to load",
				 kind_of(st.st_mode));
		close(fd);
		return NULL;
	}
	if ((size_t) st.st_size > limit)
	{
		snprintf(err, errsize, "file too large (%lld bytes, limit %zu)",
				 (long long) st.st_size, limit);
		close(fd);
		return NULL;
	}
	cap = (size_t) st.st_size + 1;
	buf = malloc(cap + 1);
	while (buf != NULL)
	{
		ssize_t		got;

		if (n == cap)
		{
			unsigned char *nb;

			/* the file grew while being read */
			if (cap > limit)
			{
				snprintf(err, errsize, "file too large (it grew past %zu bytes while being read)", limit);
				free(buf);
				close(fd);
				return NULL;
			}
			cap = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
			nb = realloc(buf, cap + 1);
			if (nb == NULL)
			{
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
		{
			snprintf(err, errsize, "%s", strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (got == 0)
			break;
		n += (size_t) got;
	}
	close(fd);
	if (buf == NULL)
	{
		snprintf(err, errsize, "out of memory");
		return NULL;
	}
	*len = n;
	return buf;
}

void
load_files_free(LoadFiles *f)
{
	for (size_t i = 0; i < f->n; i++)
	{
		free(f->v[i].path);
		free(f->v[i].rel);
	}
	free(f->v);
	memset(f, 0, sizeof(*f));
}
