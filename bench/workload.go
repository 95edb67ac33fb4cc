package bench

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Workload is one line of workloads.tsv: calling Func(N) in the module at
// File (relative to the workload directory) must return Expected.
type Workload struct {
	Name     string
	File     string
	Func     string
	N        int32
	Expected int64
}

// Dir returns the shared workload directory, ../shared/bench beside the
// module root, which it finds by walking up from the working directory to
// the go.mod.
func Dir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("bench: no go.mod above the working directory")
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared", "bench")
	if _, err := os.Stat(filepath.Join(shared, "workloads.tsv")); err != nil {
		return "", fmt.Errorf("bench: workloads not found: %w", err)
	}
	return filepath.Clean(shared), nil
}

// LoadWorkloads reads dir/workloads.tsv: tab-separated name, file, function,
// n, expected; lines starting with # are comments.
func LoadWorkloads(dir string) ([]Workload, error) {
	path := filepath.Join(dir, "workloads.tsv")
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ws []Workload
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		w, err := parseWorkload(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		ws = append(ws, w)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(ws) == 0 {
		return nil, fmt.Errorf("%s: no workloads", path)
	}
	return ws, nil
}

func parseWorkload(line string) (Workload, error) {
	fields := strings.Split(line, "\t")
	if len(fields) != 5 {
		return Workload{}, fmt.Errorf("%d fields, want 5 (name, wasm, func, n, expected)", len(fields))
	}
	n, err := strconv.ParseInt(fields[3], 10, 32)
	if err != nil {
		return Workload{}, fmt.Errorf("n: %v", err)
	}
	expected, err := strconv.ParseInt(fields[4], 10, 64)
	if err != nil {
		return Workload{}, fmt.Errorf("expected: %v", err)
	}
	return Workload{Name: fields[0], File: fields[1], Func: fields[2], N: int32(n), Expected: expected}, nil
}
