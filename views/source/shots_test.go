package source

import (
	"image/png"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

const showcase = `(module $demo
  (; 块注释 (; nested ;) still a comment ;)
  (memory $public 1)
  (data (i32.const 16) "你好, wasm\00")
  (func $fact (export "fact") (param $n i64) (result i64)
    ;; 递归计算阶乘 — recursion
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 1))
      (else
        (i64.mul (local.get $n)
          (call $fact (i64.sub (local.get $n) (i64.const 1)))))))
  (func $bad (result i32)
    (f32.const 1.5e10))   ;; 错误在这里
  (global $g (mut f64) (f64.const -0x1.8p3))
)`

// TestShots writes the view to /tmp/views-source-*.png for a human to look at.
func TestShots(t *testing.T) {
	if os.Getenv("WASMSTEP_SHOTS") == "" {
		t.Skip("set WASMSTEP_SHOTS=1 to write screenshots")
	}
	for name, th := range map[string]fyne.Theme{"light": theme.LightTheme(), "dark": theme.DarkTheme()} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(th)
		v := NewView()
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(900, 420))
		v.Update(Model{
			Text:        showcase,
			Next:        &Span{From: Loc{11, 11}, To: Loc{11, 62}},
			Breakpoints: []int{7, 11},
			Errors:      []Marker{{Loc{13, 6}, "type mismatch: expected i32, got f32"}},
		})
		f, err := os.Create("/tmp/views-source-" + name + ".png")
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
}
