# govreport: PGXS build.  Override PG_CONFIG to build against another server.
EXTENSION = govreport
EXTVERSION = $(shell sed -n "s/^default_version *= *'\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = govreport
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from one fragment per concern, in
# dependency order (types before the functions and views that use them).
INSTALL_FRAGMENTS = \
	sql/install/core.sql \
	sql/install/segment.sql \
	sql/install/tokenize.sql \
	sql/install/metrics.sql \
	sql/install/sections.sql \
	sql/install/views.sql
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql

# Every sql/NAME.sql (other than the built install script) is a test.
REGRESS = $(sort $(basename $(notdir $(filter-out sql/$(EXTENSION)--%,$(wildcard sql/*.sql)))))
ENCODING = UTF8
NO_LOCALE = 1

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src
EXTRA_CLEAN = $(DATA_built)

# segmenter: the binary lexicon, compiled from jieba's dict.txt and our word
# lists at build time, installed under $(sharedir)/tsearch_data and mapped by
# every backend (see doc/segmentation.md).
JIEBA_DIR ?= /usr/lib/python3/dist-packages/jieba
LEXICON = tools/govreport.lex
LEXICON_SOURCES = $(sort $(wildcard tools/lexicon/*.txt))
DATA_TSEARCH = $(LEXICON)
EXTRA_CLEAN += $(LEXICON)

# search: the Chinese stop-word list read by the govreport_zh dictionary
# (after the segmenter's block, which sets DATA_TSEARCH).
DATA_TSEARCH += data/govreport.stop

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
	/usr/bin/python3 tools/compile_lexicon.py $@ $(JIEBA_DIR)/dict.txt $(JIEBA_DIR)/posseg $(LEXICON_SOURCES)

sql/$(EXTENSION)--$(EXTVERSION).sql: $(INSTALL_FRAGMENTS) $(EXTENSION).control
	cat $(INSTALL_FRAGMENTS) > $@

.PHONY: test demo
test:
	bash scripts/test.sh
demo:
	bash scripts/demo.sh

# --- govreport-load: the command-line loader (tools/, doc/loader.md) ---
# PGXS's PROGRAM cannot sit beside MODULE_big, so explicit rules: compiled
# with the same CFLAGS (the test build's -Werror included), linked against
# libpq and ICU, installed beside psql.
LOAD_PROGRAM = tools/govreport-load
LOAD_SRCS = tools/govreport-load.c $(sort $(wildcard tools/load/*.c))
LOAD_HDRS = $(wildcard tools/load/*.h)

all: $(LOAD_PROGRAM)

$(LOAD_PROGRAM): $(LOAD_SRCS) $(LOAD_HDRS)
	$(CC) $(CFLAGS) $(ICU_CFLAGS) -I$(srcdir)/tools -I$(shell $(PG_CONFIG) --includedir) \
		-o $@ $(LOAD_SRCS) -L$(shell $(PG_CONFIG) --libdir) -lpq $(ICU_LIBS)

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
