package bench

import (
	"fmt"
	"io"
	"math"
	"time"
)

// Row is one workload's line of the comparison table. A zero duration means
// that engine failed on it (or, for wasm3, is not installed).
type Row struct {
	Name     string
	Wasmstep time.Duration
	Wazero   time.Duration
	Wasm3    time.Duration
}

// Ratio is wazero's time over wasmstep's (above 1: wasmstep is faster), and
// false when either engine failed.
func (r Row) Ratio() (float64, bool) { return over(r.Wazero, r.Wasmstep) }

// Wasm3Ratio is wasm3's time over wasmstep's (below 1: wasm3 is faster),
// and false when either did not run.
func (r Row) Wasm3Ratio() (float64, bool) { return over(r.Wasm3, r.Wasmstep) }

func over(a, b time.Duration) (float64, bool) {
	if a <= 0 || b <= 0 {
		return 0, false
	}
	return a.Seconds() / b.Seconds(), true
}

// GeoMean returns the geometric mean of the rows' ratios and how many rows
// have one.
func GeoMean(rows []Row) (float64, int) { return geoMean(rows, Row.Ratio) }

// Wasm3GeoMean is GeoMean of the rows' Wasm3Ratio.
func Wasm3GeoMean(rows []Row) (float64, int) { return geoMean(rows, Row.Wasm3Ratio) }

func geoMean(rows []Row, ratio func(Row) (float64, bool)) (float64, int) {
	var sum float64
	var n int
	for _, r := range rows {
		if v, ok := ratio(r); ok {
			sum += math.Log(v)
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return math.Exp(sum / float64(n)), n
}

// WriteReport writes the rows as a Markdown table followed by the geometric
// mean of the ratios. The wasm3 columns appear only when some row has a
// wasm3 time.
func WriteReport(w io.Writer, rows []Row) error {
	withWasm3 := false
	for _, r := range rows {
		withWasm3 = withWasm3 || r.Wasm3 > 0
	}
	seconds := func(d time.Duration) string {
		if d <= 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.3f", d.Seconds())
	}
	ratio := func(v float64, ok bool) string {
		if !ok {
			return "n/a"
		}
		return fmt.Sprintf("%.2f", v)
	}
	head := fmt.Sprintf("| %-12s | %10s | %10s | %6s |", "name", "wasmstep s", "wazero s", "ratio")
	rule := "|--------------|-----------:|-----------:|-------:|"
	if withWasm3 {
		head += fmt.Sprintf(" %10s | %8s |", "wasm3 s", "vs wasm3")
		rule += "-----------:|---------:|"
	}
	if _, err := fmt.Fprintf(w, "%s\n%s\n", head, rule); err != nil {
		return err
	}
	for _, r := range rows {
		line := fmt.Sprintf("| %-12s | %10s | %10s | %6s |", r.Name, seconds(r.Wasmstep), seconds(r.Wazero), ratio(r.Ratio()))
		if withWasm3 {
			line += fmt.Sprintf(" %10s | %8s |", seconds(r.Wasm3), ratio(r.Wasm3Ratio()))
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	mean, n := GeoMean(rows)
	if n == 0 {
		_, err := fmt.Fprintln(w, "\ngeometric mean of ratios: n/a (no workload ran on both engines)")
		return err
	}
	if _, err := fmt.Fprintf(w, "\ngeometric mean of ratios (wazero/wasmstep, above 1: wasmstep is faster): %.2f over %d workloads\n", mean, n); err != nil {
		return err
	}
	if mean, n := Wasm3GeoMean(rows); n > 0 {
		_, err := fmt.Fprintf(w, "geometric mean of ratios (wasm3/wasmstep, below 1: wasm3 is faster): %.2f over %d workloads\n", mean, n)
		return err
	}
	return nil
}
