// The few ncurses pieces Swift cannot import directly: attribute macros,
// macros that take stdscr, and globals (stdscr, LINES, COLS, cur_term,
// stdin/stdout) that Swift 6 strict concurrency rejects. Everything here is
// a one-line forwarder; the logic lives in StepvizTerminal.
#ifndef STEPVIZ_CNCURSES_SHIM_H
#define STEPVIZ_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <ncurses.h>
#include <term.h>

static inline WINDOW *stepviz_stdscr(void) { return stdscr; }
static inline int stepviz_lines(void) { return LINES; }
static inline int stepviz_cols(void) { return COLS; }
static inline int stepviz_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t stepviz_a_bold(void) { return A_BOLD; }
static inline attr_t stepviz_a_reverse(void) { return A_REVERSE; }
static inline attr_t stepviz_a_underline(void) { return A_UNDERLINE; }
static inline attr_t stepviz_a_dim(void) { return A_DIM; }
static inline attr_t stepviz_a_normal(void) { return A_NORMAL; }

// The process's stdin/stdout streams, for newterm.
static inline FILE *stepviz_stdin_stream(void) { return stdin; }
static inline FILE *stepviz_stdout_stream(void) { return stdout; }

// Whether the locale chosen by setlocale(LC_ALL, "") encodes UTF-8.
static inline int stepviz_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// What terminfo says about `term`, read without writing anything to the
// screen (initscr/newterm would already switch to the alternate screen).
// Returns 0 when the terminal can address the cursor, 1 when the type is
// unknown, 2 when it cannot address the cursor (TERM=dumb). *colors gets
// terminfo's max_colors (-1 when absent).
static inline int stepviz_probe_terminfo(const char *term, int *colors) {
    int status = 0;
    *colors = -1;
    if (setupterm(term, 1, &status) != OK) return 1;
    char *cup = tigetstr("cup");
    int result = (cup == NULL || cup == (char *)-1) ? 2 : 0;
    int found = tigetnum("colors");
    *colors = found < 0 ? -1 : found;
    del_curterm(cur_term);
    return result;
}

// stdscr-bound macros, as functions.
static inline int stepviz_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline void stepviz_timeout(int milliseconds) { wtimeout(stdscr, milliseconds); }
static inline int stepviz_get_wide_char(wint_t *value) { return wget_wch(stdscr, value); }
static inline int stepviz_set_style(attr_t attributes, short pair) {
    return wattr_set(stdscr, attributes, pair, NULL);
}
static inline int stepviz_put_text(int y, int x, const wchar_t *text, int count) {
    return mvwaddnwstr(stdscr, y, x, text, count);
}
static inline int stepviz_erase(void) { return werase(stdscr); }
static inline int stepviz_refresh(void) { return wrefresh(stdscr); }
static inline int stepviz_clear_on_next_refresh(void) { return clearok(stdscr, TRUE); }

// sigaction's handler field is a macro over a union on glibc, and
// SA_RESETHAND does not fit Swift's Int32. No SA_RESTART: a stop signal
// must interrupt the wait for a key.
static inline int stepviz_set_signal_handler(int signal, void (*handler)(int), int reset_on_entry,
                                             struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    action.sa_flags = reset_on_entry ? SA_RESETHAND : 0;
    sigemptyset(&action.sa_mask);
    return sigaction(signal, &action, previous);
}
static inline int stepviz_restore_signal_action(int signal, const struct sigaction *previous) {
    return sigaction(signal, previous, NULL);
}

#endif
