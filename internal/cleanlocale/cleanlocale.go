// Package cleanlocale keeps Fyne's start-up quiet under the C locale.
//
// Fyne's lang package reads the locale in its package init and logs
// "Error parsing user locale C" when LANG (or LC_ALL, LC_MESSAGES) is
// "C.UTF-8", the default of Debian containers and CI: every command, even
// the headless ones, printed that to stderr. This package's init runs
// first and says the same thing in a form Fyne parses: the C locale means
// untranslated messages, so it sets LANGUAGE=en, which gettext ignores under
// the C locale anyway and which go-locale (Fyne's locale reader) consults
// when the locale is not exactly "C".
//
// It is a module of its own only for its import path: Go initialises
// packages in import-path order as their imports allow, and only a path
// sorting before "fyne.io" is sure to initialise before Fyne's lang.
package cleanlocale

import (
	"os"
	"strings"
)

func init() { clean(os.Getenv, os.Setenv) }

// clean sets LANGUAGE=en when the locale that names the messages' language
// is C or POSIX with a suffix ("C.UTF-8", "POSIX@x") and LANGUAGE is unset.
func clean(get func(string) string, set func(string, string) error) {
	if get("LANGUAGE") != "" {
		return
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		loc := get(name)
		if loc == "" {
			continue
		}
		lang, _, _ := strings.Cut(strings.SplitN(loc, "@", 2)[0], ".")
		if (lang == "C" || lang == "POSIX") && loc != lang {
			_ = set("LANGUAGE", "en")
		}
		return
	}
}
