# govreport: PGXS build.  Override PG_CONFIG to build against another server.
EXTENSION = govreport
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = govreport
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# Install and upgrade scripts (pgvector's pattern): sql/govreport.sql is the
# current version's script, copied to its versioned name at build time; the
# scripts of released versions and every upgrade script are kept as shipped
# and never edited again.  govreport--0.1.0.control makes 0.1.0 installable
# by superusers only (its script resolves operators through the search path).
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql
DATA = sql/$(EXTENSION)--0.1.0.sql $(EXTENSION)--0.1.0.control \
	$(wildcard sql/$(EXTENSION)--*--*.sql)

# Regression tests: test/sql/NAME.sql, expected output in expected/NAME.out.
REGRESS = $(sort $(basename $(notdir $(wildcard test/sql/*.sql))))
REGRESS_OPTS = --inputdir=test --outputdir=.
ENCODING = UTF8
NO_LOCALE = 1

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src -DGOVREPORT_VERSION='"$(EXTVERSION)"'
EXTRA_CLEAN = $(DATA_built)

# segmenter: the binary lexicon, compiled from jieba's dict.txt and our word
# lists at build time, installed under $(sharedir)/tsearch_data and mapped by
# every backend (see doc/segmentation.md).  analysis: jieba's keyword IDF
# table goes into the same file (doc/analysis.md).
JIEBA_DIR ?= /usr/lib/python3/dist-packages/jieba
JIEBA_IDF = $(JIEBA_DIR)/analyse/idf.txt
LEXICON = tools/govreport.lex
LEXICON_SOURCES = $(sort $(wildcard tools/lexicon/*.txt))
EXTRA_CLEAN += $(LEXICON)

# search: the Chinese stop-word list read by the govreport_zh dictionary.
DATA_TSEARCH = data/govreport.stop

# regions: the GB/T 2260 table (data/zh_regions.tsv, extracted from npm
# packages as that file's header says) compiled into C, so the build needs
# no network and the lookups no table (doc/regions.md).
REGIONS_TABLE = src/regions_table.inc
EXTRA_CLEAN += $(REGIONS_TABLE)

PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# ICU comes through PGXS (the server was configured --with-icu).
override CPPFLAGS += $(ICU_CFLAGS)
SHLIB_LINK += $(ICU_LIBS)

# PGXS tracks header dependencies only when the server was configured with
# --enable-depend; a changed header must rebuild every object that might
# use it (a struct that changes layout would otherwise crash the backend).
$(OBJS): $(wildcard src/*.h)

all: $(LEXICON)
$(LEXICON): tools/compile_lexicon.py $(LEXICON_SOURCES)
	/usr/bin/python3 tools/compile_lexicon.py --idf=$(JIEBA_IDF) $@ $(JIEBA_DIR)/dict.txt $(JIEBA_DIR)/posseg $(LEXICON_SOURCES)

$(REGIONS_TABLE): data/zh_regions.tsv tools/regions/compile_regions.py
	/usr/bin/python3 tools/regions/compile_regions.py $< $@
src/regions.o: $(REGIONS_TABLE)

sql/$(EXTENSION)--$(EXTVERSION).sql: sql/$(EXTENSION).sql $(EXTENSION).control
	cp $< $@

# The lexicon is installed as a new file renamed over the old one, never
# written in place: running backends have the old file mapped, and a file
# truncated under a mapping kills the reader with SIGBUS.  After the rename
# they keep their old mapping and move to the new file at their next
# document (src/user_lexicon.c).
LEXICON_DEST = $(DESTDIR)$(datadir)/tsearch_data/govreport.lex
install: install-lexicon
.PHONY: install-lexicon uninstall-lexicon
install-lexicon: $(LEXICON)
	$(MKDIR_P) '$(DESTDIR)$(datadir)/tsearch_data'
	$(INSTALL_DATA) $(LEXICON) '$(LEXICON_DEST).new'
	mv -f '$(LEXICON_DEST).new' '$(LEXICON_DEST)'
uninstall: uninstall-lexicon
uninstall-lexicon:
	rm -f '$(LEXICON_DEST)'

.PHONY: test demo
test:
	bash scripts/test.sh
demo:
	bash scripts/demo.sh

# --- govreport-load: the command-line loader (tools/, doc/loader.md) ---
# PGXS's PROGRAM cannot sit beside MODULE_big, so explicit rules: compiled
# with the same CFLAGS (the test build's -Werror included), linked against
# libpq, ICU, libxml2 (web pages, Word XML), libzip (Word archives) and
# poppler-glib (PDF), installed beside psql.
LOAD_PROGRAM = tools/govreport-load
LOAD_SRCS = tools/govreport-load.c $(sort $(wildcard tools/load/*.c))
LOAD_HDRS = $(wildcard tools/load/*.h)
LOAD_PKGS = libxml-2.0 libzip poppler-glib

all: $(LOAD_PROGRAM)

$(LOAD_PROGRAM): $(LOAD_SRCS) $(LOAD_HDRS)
	$(CC) $(CFLAGS) $(ICU_CFLAGS) $(shell pkg-config --cflags $(LOAD_PKGS)) -DLOAD_VERSION='"$(EXTVERSION)"' \
		-I$(srcdir)/tools -I$(shell $(PG_CONFIG) --includedir) \
		-o $@ $(LOAD_SRCS) -L$(shell $(PG_CONFIG) --libdir) -lpq $(ICU_LIBS) $(shell pkg-config --libs $(LOAD_PKGS))

install: install-load
.PHONY: install-load
install-load: $(LOAD_PROGRAM)
	$(MKDIR_P) '$(DESTDIR)$(bindir)'
	$(INSTALL_PROGRAM) $(LOAD_PROGRAM) '$(DESTDIR)$(bindir)/govreport-load'

uninstall: uninstall-load
.PHONY: uninstall-load
uninstall-load:
	rm -f '$(DESTDIR)$(bindir)/govreport-load'

EXTRA_CLEAN += $(LOAD_PROGRAM)
