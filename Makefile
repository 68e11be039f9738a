# werkbank: one plain Makefile.
#
#   make            build ./werkbank (and the Dutch message catalogue)
#   make check      the whole test suite, plain and under ASan+UBSan
#   make run        build and open the demo region
#   make deps       check (and on Debian/Ubuntu install) the build dependencies
#   make install    PREFIX=/usr/local DESTDIR= ; make uninstall
#   make install-server   a team server: werkbank set-group-id, its data
#                   directory, configuration and nightly backup (README)
#   make pot        regenerate po/werkbank.pot from the sources
#   make bench      benchmarks (see test/bench)
#   make stress     the long robustness runs (test/stress: kill -9, resize
#                   storm, hang-up, valgrind); about 6 minutes
#   make clean
#
# Quiet unless V=1.  SAN=1 builds the sanitizer variant in build/san/.

PREFIX		?= /usr/local
BINDIR		?= $(PREFIX)/bin
DATADIR		?= $(PREFIX)/share
MANDIR		?= $(DATADIR)/man
LOCALEDIR	?= $(DATADIR)/locale
# The system configuration (SYSCONFDIR/werkbank.conf) is fixed at build
# time: on a team server nothing in the environment may move it.
SYSCONFDIR	?= /etc
LOCALSTATEDIR	?= /var
DOCDIR		?= $(DATADIR)/doc/werkbank
# make install-server: the group werkbank is set-group-id to, the system
# user in it that makes the backups, where the data and backups live.
WB_GROUP	?= werkbank
WB_USER		?= werkbank
DATA_DIR	?= $(LOCALSTATEDIR)/lib/werkbank
BACKUP_DIR	?= $(LOCALSTATEDIR)/backups/werkbank
BACKUP_KEEP	?= 14
BACKUP_TIME	?= 02:30
BACKUP_CRON	?= 30 2 * * *
SYSTEMDUNITDIR	?= /etc/systemd/system
VERSION		:= 0.1.0

CC		?= cc
PKG_CONFIG	?= pkg-config
CFLAGS		?= -O2 -g
WARN		:= -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
		   -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
DEFS		:= -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
		   -DWERKBANK_VERSION='"$(VERSION)"'

ifeq ($(SAN),1)
B		:= build/san
SANFLAGS	:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
CFLAGS		:= -O1 -g
BIN		:= $(B)/werkbank
else
B		:= build/obj
SANFLAGS	:=
BIN		:= werkbank
endif

SQLITE_CFLAGS	:= $(shell $(PKG_CONFIG) --cflags sqlite3 2>/dev/null)
SQLITE_LIBS	:= $(shell $(PKG_CONFIG) --libs sqlite3 2>/dev/null || echo -lsqlite3)
# ncursesw's flags define _XOPEN_SOURCE=600; ours (700) already cover it.
CURSES_CFLAGS	:= $(filter-out -D_XOPEN_SOURCE% -D_DEFAULT_SOURCE,\
		   $(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null))
CURSES_LIBS	:= $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || echo -lncursesw)
CMOCKA_LIBS	:= $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null || echo -lcmocka)

ALL_CFLAGS	= $(WARN) $(DEFS) -Iinclude $(SQLITE_CFLAGS) $(CURSES_CFLAGS) \
		  $(CFLAGS) $(SANFLAGS) -pthread -MMD -MP
ALL_LDFLAGS	= $(LDFLAGS) $(SANFLAGS) -pthread

ifeq ($(V),1)
Q		:=
quiet		= @:
else
Q		:= @
quiet		= @printf '  %-6s %s\n'
endif

# Which layer a source file belongs to follows from its name, so that a
# new module is one new file (architecture.md): the CLI is main.c, cmd.c,
# cmd-*.c and config.c; the TUI is tui*.c, view*.c and the curses helpers
# below; everything else in src/ is the core, with no curses (the unit
# tests link it without -lncursesw).
CLI_SRC		:= src/main.c src/cmd.c src/config.c \
		   $(sort $(wildcard src/cmd-*.c))
TUI_SRC		:= $(sort $(wildcard src/tui*.c src/view*.c)) src/draw.c \
		   src/color.c src/request.c src/keys.c src/prompt.c src/form.c
CORE_SRC	:= $(filter-out $(CLI_SRC) $(TUI_SRC),$(sort $(wildcard src/*.c)))
GEN_SRC		:= $(B)/gen/schema-sql.c $(B)/gen/refdata-csv.c

CORE_OBJ	:= $(CORE_SRC:src/%.c=$(B)/%.o) $(GEN_SRC:.c=.o)
CLI_OBJ		:= $(CLI_SRC:src/%.c=$(B)/%.o)
TUI_OBJ		:= $(TUI_SRC:src/%.c=$(B)/%.o)

SCHEMA		:= $(sort $(wildcard schema/[0-9][0-9][0-9]-*.sql))
REFDATA		:= fixtures/reference/pc4.csv fixtures/reference/isco08.csv \
		   fixtures/reference/esco_occupations_nl.csv \
		   fixtures/reference/esco_occupation_altlabels_nl.csv \
		   fixtures/reference/education_levels.csv \
		   fixtures/reference/cefr_levels.csv \
		   fixtures/reference/job_titles_nl.csv \
		   fixtures/demo/places_region.csv fixtures/demo/first_names.txt \
		   fixtures/demo/last_names.txt fixtures/demo/employer_words.txt

UNIT_TESTS	:= $(patsubst test/unit/%.c,$(B)/test/%,$(wildcard test/unit/test-*.c))

LINGUAS		:= nl
MO		:= $(LINGUAS:%=build/locale/%/LC_MESSAGES/werkbank.mo)

.PHONY: all check run deps install uninstall clean pot bench units san fuzz \
	fuzz-build stress sysconf-copy install-server layers FORCE
.SUFFIXES:
.SECONDARY:

all: $(BIN) $(MO) units

$(BIN): $(CORE_OBJ) $(CLI_OBJ) $(TUI_OBJ)
	$(quiet) LINK $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(SQLITE_LIBS) $(CURSES_LIBS) -lcsv -lm

$(B)/%.o: src/%.c
	$(quiet) CC $<
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# Where the installed catalogue and the system configuration live,
# rewritten only when they change, so
# that `make install PREFIX=...` after `make` rebuilds what depends on it.
$(B)/gen/werkbank-paths.h: FORCE
	@mkdir -p $(@D)
	@{ echo '#define LOCALEDIR "$(LOCALEDIR)"'; \
	   echo '#define SYSCONFDIR "$(SYSCONFDIR)"'; } >$@.tmp
	@cmp -s $@.tmp $@ 2>/dev/null && rm -f $@.tmp || mv $@.tmp $@

$(B)/i18n.o $(B)/config.o: $(B)/gen/werkbank-paths.h
$(B)/i18n.o $(B)/config.o: ALL_CFLAGS += -I$(B)/gen

$(B)/gen/%.o: $(B)/gen/%.c
	$(quiet) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

$(B)/gen/schema-sql.c: $(SCHEMA) src/embed.sh
	$(quiet) GEN $@
	@mkdir -p $(@D)
	$(Q)sh src/embed.sh migration $(SCHEMA) > $@.tmp && mv $@.tmp $@

$(B)/gen/refdata-csv.c: $(REFDATA) src/embed.sh
	$(quiet) GEN $@
	@mkdir -p $(@D)
	$(Q)sh src/embed.sh blob $(REFDATA) > $@.tmp && mv $@.tmp $@

# Unit tests link only the core and cmocka: no curses.
units: $(UNIT_TESTS)

$(B)/test/%: $(B)/test/%.o $(CORE_OBJ)
	$(quiet) LINK $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(SQLITE_LIBS) -lcsv -lm $(CMOCKA_LIBS)

$(B)/test/%.o: test/unit/%.c
	$(quiet) CC $<
	@mkdir -p $(@D)
	$(Q)$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

build/locale/%/LC_MESSAGES/werkbank.mo: po/%.po
	$(quiet) MSGFMT $<
	@mkdir -p $(@D)
	$(Q)msgfmt --check -o $@ $<

san:
	$(Q)$(MAKE) --no-print-directory SAN=1 all

# For the set-group-id tests (test/cli/setgid.sh): a copy of the binary
# that reads its system configuration from COPY_SYSCONFDIR, made from
# the objects already built (only config.c is compiled again):
#   make sysconf-copy COPY=FILE COPY_SYSCONFDIR=DIR [SAN=1]
sysconf-copy: $(CORE_OBJ) $(CLI_OBJ) $(TUI_OBJ)
	@test -n "$(COPY)" && test -n "$(COPY_SYSCONFDIR)" || \
	    { echo 'make sysconf-copy COPY=FILE COPY_SYSCONFDIR=DIR' >&2; exit 2; }
	@mkdir -p $(COPY).gen
	@{ echo '#define LOCALEDIR "$(LOCALEDIR)"'; \
	   echo '#define SYSCONFDIR "$(COPY_SYSCONFDIR)"'; } \
	    >$(COPY).gen/werkbank-paths.h
	$(Q)$(CC) $(ALL_CFLAGS) -I$(COPY).gen -c -o $(COPY).gen/config.o \
	    src/config.c
	@# Set-group-id it is not dumpable, so LeakSanitizer cannot trace it
	@# and the sanitizer cannot read its environment (ASAN_OPTIONS):
	@# no leak check in this copy.
	@echo 'const char *__asan_default_options(void);' \
	    'const char *__asan_default_options(void) {' \
	    'return "detect_leaks=0:abort_on_error=1"; }' \
	    >$(COPY).gen/asan-options.c
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $(COPY).gen/asan-options.o \
	    $(COPY).gen/asan-options.c
	$(Q)$(CC) $(ALL_LDFLAGS) -o $(COPY) $(filter-out $(B)/config.o,$^) \
	    $(COPY).gen/config.o $(if $(SANFLAGS),$(COPY).gen/asan-options.o) \
	    $(SQLITE_LIBS) $(CURSES_LIBS) -lcsv -lm
	@rm -rf $(COPY).gen

# libFuzzer targets (clang): `make fuzz` runs each for FUZZ_SECONDS on a
# copy of its seed corpus; test/run runs them briefly.
FUZZ_CC		?= clang
FUZZ_SECONDS	?= 600
FUZZ_TARGETS	:= $(patsubst test/fuzz/%.c,build/fuzz/%,$(wildcard test/fuzz/fuzz-*.c))

fuzz-build: $(FUZZ_TARGETS)

build/fuzz/%: test/fuzz/%.c $(CORE_SRC) build/obj/gen/schema-sql.c \
    build/obj/gen/refdata-csv.c build/obj/gen/werkbank-paths.h
	$(quiet) FUZZCC $@
	@mkdir -p $(@D)
	$(Q)$(FUZZ_CC) $(WARN) -Wno-missing-prototypes $(DEFS) -Iinclude \
	    -Ibuild/obj/gen -O1 -g -pthread \
	    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o $@ $< $(CORE_SRC) build/obj/gen/schema-sql.c \
	    build/obj/gen/refdata-csv.c $(SQLITE_LIBS) -lcsv -lm

fuzz: fuzz-build
	$(Q)for t in $(FUZZ_TARGETS); do \
		n=$${t##*/}; c=build/fuzz/corpus-$${n#fuzz-}; \
		mkdir -p $$c && cp test/fuzz/corpus-$${n#fuzz-}/* $$c/ && \
		$$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
		    $$c 2>&1 | grep -E 'stat::number_of_executed_units|ERROR|SUMMARY|Done' ; \
	done

pot:
	$(Q)xgettext --from-code=UTF-8 --language=C -k_ -kN_ -kNC_:1c,2 --add-comments=TRANSLATORS \
	    --add-location=file --sort-output \
	    --package-name=werkbank --package-version=$(VERSION) \
	    --msgid-bugs-address= -o po/werkbank.pot \
	    $(sort $(wildcard src/*.c)) include/werkbank/request.h \
	    include/werkbank/screens.h
	$(Q)for l in $(LINGUAS); do msgmerge -q --update --backup=none --add-location=file --sort-output po/$$l.po po/werkbank.pot; done

deps:
	$(Q)sh .ci/deps

# The layer of every source file, for the layer check (test/lint).
layers:
	@for f in $(CORE_SRC); do echo "core $$f"; done
	@for f in $(TUI_SRC); do echo "tui $$f"; done
	@for f in $(CLI_SRC); do echo "cli $$f"; done

check: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)$(MAKE) --no-print-directory SAN=1 all
	$(Q)if command -v $(FUZZ_CC) >/dev/null 2>&1; then \
		$(MAKE) --no-print-directory fuzz-build; fi
	$(Q)sh test/run

run: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)test -f demo.db || ./werkbank --db demo.db demo
	$(Q)./werkbank --db demo.db

bench: all
	$(Q)sh test/bench/run

# The long forms of the robustness tests; their short forms are in check.
stress: deps
	$(Q)$(MAKE) --no-print-directory all
	$(Q)$(MAKE) --no-print-directory SAN=1 all
	$(Q)WB_STRESS=1 sh test/run plain

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5
	install -m 755 werkbank $(DESTDIR)$(BINDIR)/werkbank
	install -m 644 man/werkbank.1 $(DESTDIR)$(MANDIR)/man1/werkbank.1
	install -m 644 man/werkbank.5 $(DESTDIR)$(MANDIR)/man5/werkbank.5
	for l in $(LINGUAS); do \
		install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES; \
		install -m 644 build/locale/$$l/LC_MESSAGES/werkbank.mo \
		    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/werkbank.mo; \
	done

# A team server (README, werkbank(1) TEAM SERVER).  Idempotent: what is
# there stays (the configuration, the database), modes and owners are set
# again.  With DESTDIR (a package) the group, the user, the owners, the
# database and the timer are left to the package's scripts; the lines
# below say which.
DIST_SED	= sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@DATA_DIR@|$(DATA_DIR)|g' \
		  -e 's|@BACKUP_DIR@|$(BACKUP_DIR)|g' \
		  -e 's|@BACKUP_KEEP@|$(BACKUP_KEEP)|g' \
		  -e 's|@BACKUP_TIME@|$(BACKUP_TIME)|g' \
		  -e 's|@BACKUP_CRON@|$(BACKUP_CRON)|g' \
		  -e 's|@WB_USER@|$(WB_USER)|g' -e 's|@WB_GROUP@|$(WB_GROUP)|g' \
		  -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g'

install-server: install
	@if [ -z "$(DESTDIR)" ]; then \
		getent group $(WB_GROUP) >/dev/null || \
		    groupadd --system $(WB_GROUP) || exit 1; \
		getent passwd $(WB_USER) >/dev/null || \
		    useradd --system --gid $(WB_GROUP) --no-create-home \
		    --home-dir $(BACKUP_DIR) --shell /usr/sbin/nologin \
		    --comment 'werkbank backups' $(WB_USER) || exit 1; \
	fi
	install -d -m 2770 $(DESTDIR)$(DATA_DIR)
	install -d -m 2750 $(DESTDIR)$(BACKUP_DIR)
	install -d $(DESTDIR)$(SYSCONFDIR) $(DESTDIR)$(SYSTEMDUNITDIR) \
	    $(DESTDIR)$(DOCDIR)
	@if [ -z "$(DESTDIR)" ]; then \
		echo "chown root:$(WB_GROUP) $(BINDIR)/werkbank $(DATA_DIR)"; \
		chown root:$(WB_GROUP) $(BINDIR)/werkbank $(DATA_DIR) && \
		chown $(WB_USER):$(WB_GROUP) $(BACKUP_DIR) || exit 1; \
	fi
	chmod 2755 $(DESTDIR)$(BINDIR)/werkbank
	chmod 2770 $(DESTDIR)$(DATA_DIR)
	chmod 2750 $(DESTDIR)$(BACKUP_DIR)
	@if [ -e $(DESTDIR)$(SYSCONFDIR)/werkbank.conf ]; then \
		echo "$(DESTDIR)$(SYSCONFDIR)/werkbank.conf is there: kept"; \
	else \
		echo "$(DESTDIR)$(SYSCONFDIR)/werkbank.conf"; \
		$(DIST_SED) dist/werkbank.conf.in >$(DESTDIR)$(SYSCONFDIR)/werkbank.conf.new && \
		chmod 644 $(DESTDIR)$(SYSCONFDIR)/werkbank.conf.new && \
		mv $(DESTDIR)$(SYSCONFDIR)/werkbank.conf.new \
		    $(DESTDIR)$(SYSCONFDIR)/werkbank.conf || exit 1; \
	fi
	$(DIST_SED) dist/werkbank-backup.service.in \
	    >$(DESTDIR)$(SYSTEMDUNITDIR)/werkbank-backup.service
	$(DIST_SED) dist/werkbank-backup.timer.in \
	    >$(DESTDIR)$(SYSTEMDUNITDIR)/werkbank-backup.timer
	$(DIST_SED) dist/werkbank-backup.cron.in \
	    >$(DESTDIR)$(DOCDIR)/werkbank-backup.cron
	chmod 644 $(DESTDIR)$(SYSTEMDUNITDIR)/werkbank-backup.service \
	    $(DESTDIR)$(SYSTEMDUNITDIR)/werkbank-backup.timer \
	    $(DESTDIR)$(DOCDIR)/werkbank-backup.cron
	@if [ -n "$(DESTDIR)" ]; then \
		echo "DESTDIR: the package's scripts must add the group" \
		    "$(WB_GROUP) and the system user $(WB_USER) in it, chown" \
		    "root:$(WB_GROUP) $(BINDIR)/werkbank $(DATA_DIR) (keeping" \
		    "mode 2755), chown $(WB_USER):$(WB_GROUP) $(BACKUP_DIR)," \
		    "run '$(BINDIR)/werkbank init' and enable" \
		    "werkbank-backup.timer"; \
	elif [ -e $(DATA_DIR)/team.db ] || ! grep -q \
	    '^db = $(DATA_DIR)/team.db$$' $(SYSCONFDIR)/werkbank.conf; then \
		echo "the database is there (or another is configured): kept"; \
	else \
		echo "$(BINDIR)/werkbank init"; \
		$(BINDIR)/werkbank init || exit 1; \
	fi
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then \
		echo "systemctl enable --now werkbank-backup.timer"; \
		systemctl daemon-reload && \
		systemctl enable --now werkbank-backup.timer || exit 1; \
	elif [ -z "$(DESTDIR)" ]; then \
		echo "no systemd here: for the nightly backup copy" \
		    "$(DOCDIR)/werkbank-backup.cron to /etc/cron.d/"; \
	fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/werkbank $(DESTDIR)$(MANDIR)/man1/werkbank.1 \
	    $(DESTDIR)$(MANDIR)/man5/werkbank.5
	for l in $(LINGUAS); do rm -f $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/werkbank.mo; done

clean:
	rm -rf build werkbank

-include $(shell find build -name '*.d' 2>/dev/null)
