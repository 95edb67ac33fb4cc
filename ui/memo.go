package ui

import (
	"path/filepath"
	"slices"
	"strings"
)

// maxRecent is how many recently opened sessions the menu offers.
const maxRecent = 10

// memo is what the window remembers between runs, in the app's preferences:
// recent sessions and each file's breakpoint lines.
type memo struct{ prefs prefsStore }

func newMemo(p prefsStore) *memo { return &memo{prefs: p} }

// recentSep joins the files of one session in a recent entry; a newline
// cannot occur in the paths the open dialog gives.
const recentSep = "\n"

// recent lists recent sessions, newest first; each is the files of one
// session joined by recentSep.
func (m *memo) recent() []string { return m.prefs.StringList("recent") }

func (m *memo) addRecent(paths []string) {
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i] = absPath(p)
	}
	entry := joinPaths(abs)
	list := slices.DeleteFunc(m.recent(), func(s string) bool { return s == entry })
	list = append([]string{entry}, list...)
	m.prefs.SetStringList("recent", list[:min(len(list), maxRecent)])
}

func (m *memo) breakpoints(path string) []int {
	return m.prefs.IntList("breakpoints:" + absPath(path))
}

func (m *memo) setBreakpoints(path string, lines []int) {
	m.prefs.SetIntList("breakpoints:"+absPath(path), lines)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func joinPaths(ps []string) string { return strings.Join(ps, recentSep) }

// splits are the window's divider positions (see saveSplits).
func (m *memo) splits() []int { return m.prefs.IntList("splits") }

func (m *memo) setSplits(v []int) { m.prefs.SetIntList("splits", v) }

// args are the arguments last given to an export of a session's files.
func (m *memo) args(paths []string, export string) []string {
	return m.prefs.StringList(argsKey(paths, export))
}

func (m *memo) setArgs(paths []string, export string, args []string) {
	m.prefs.SetStringList(argsKey(paths, export), args)
}

func argsKey(paths []string, export string) string {
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i] = absPath(p)
	}
	return "args:" + joinPaths(abs) + recentSep + export
}

// stepOthers says whether steps let the other threads run (see
// stepOthersItem).
func (m *memo) stepOthers() bool {
	v := m.prefs.IntList("stepOthers")
	return len(v) == 1 && v[0] == 1
}

func (m *memo) setStepOthers(on bool) {
	v := 0
	if on {
		v = 1
	}
	m.prefs.SetIntList("stepOthers", []int{v})
}
