package bench

import (
	"fmt"
	"io"
	"math"
	"time"
)

// Row is one workload's line of the comparison table. A zero duration means
// that engine failed on it.
type Row struct {
	Name     string
	Wasmstep time.Duration
	Wazero   time.Duration
}

// Ratio is wazero's time over wasmstep's (above 1: wasmstep is faster), and
// false when either engine failed.
func (r Row) Ratio() (float64, bool) {
	if r.Wasmstep <= 0 || r.Wazero <= 0 {
		return 0, false
	}
	return r.Wazero.Seconds() / r.Wasmstep.Seconds(), true
}

// GeoMean returns the geometric mean of the rows' ratios and how many rows
// have one.
func GeoMean(rows []Row) (float64, int) {
	var sum float64
	var n int
	for _, r := range rows {
		if ratio, ok := r.Ratio(); ok {
			sum += math.Log(ratio)
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return math.Exp(sum / float64(n)), n
}

// WriteReport writes the rows as a Markdown table followed by the geometric
// mean of the ratios.
func WriteReport(w io.Writer, rows []Row) error {
	seconds := func(d time.Duration) string {
		if d <= 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.3f", d.Seconds())
	}
	if _, err := fmt.Fprintf(w, "| %-12s | %10s | %10s | %6s |\n|%s|%s|%s|%s|\n", "name", "wasmstep s", "wazero s", "ratio",
		"--------------", "-----------:", "-----------:", "-------:"); err != nil {
		return err
	}
	for _, r := range rows {
		ratio := "n/a"
		if v, ok := r.Ratio(); ok {
			ratio = fmt.Sprintf("%.2f", v)
		}
		if _, err := fmt.Fprintf(w, "| %-12s | %10s | %10s | %6s |\n", r.Name, seconds(r.Wasmstep), seconds(r.Wazero), ratio); err != nil {
			return err
		}
	}
	mean, n := GeoMean(rows)
	if n == 0 {
		_, err := fmt.Fprintln(w, "\ngeometric mean of ratios: n/a (no workload ran on both engines)")
		return err
	}
	_, err := fmt.Fprintf(w, "\ngeometric mean of ratios (wazero/wasmstep, above 1: wasmstep is faster): %.2f over %d workloads\n", mean, n)
	return err
}
