package cleanlocale

import "testing"

func TestClean(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "en"},
		{map[string]string{"LC_ALL": "POSIX.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"},
		{map[string]string{"LANG": "C"}, ""}, // Fyne reads a bare C as no locale
		{map[string]string{"LANG": "zh_CN.UTF-8"}, ""},
		{map[string]string{"LC_MESSAGES": "de_DE.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "fr"},
		{map[string]string{}, ""},
	}
	for _, tt := range tests {
		env := map[string]string{}
		for k, v := range tt.env {
			env[k] = v
		}
		clean(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANGUAGE"] != tt.want {
			t.Errorf("%v: LANGUAGE = %q, want %q", tt.env, env["LANGUAGE"], tt.want)
		}
	}
}
