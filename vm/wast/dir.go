package wast

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Scripts lists the .wast files a path names: the file itself, or every
// .wast below a directory in lexical order.
func Scripts(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".wast") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}
