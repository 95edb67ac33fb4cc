package cli

import (
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"wasmstep/debugger"
	"wasmstep/vm/source"
)

// The debug commands for programs compiled with DWARF: list, print,
// info source; step and next go by source line there (stepi and nexti by
// instruction).

// dwarfWarnings reports DWARF the debugger could not use; the program
// stays debuggable by instruction.
func dwarfWarnings(w io.Writer, s *debugger.Session) {
	for _, si := range s.SourceInfos() {
		for _, msg := range si.Warnings {
			fmt.Fprintf(w, "warning: %s\n", msg)
		}
	}
}

// sourceMark is "  file.c:LINE" after a wasm position, or "".
func sourceMark(p debugger.SourcePos) string {
	if s := p.String(); s != "" {
		return "  " + s
	}
	return ""
}

// inlinedFrames prints the source functions of a wasm frame when there are
// several (inlined calls), innermost first.
func (r *debugREPL) inlinedFrames(fr *debugger.Frame) {
	if len(fr.Source) < 2 {
		return
	}
	for _, sf := range fr.Source {
		kind := ""
		if sf.Inlined {
			kind = " (inlined)"
		}
		fmt.Fprintf(r.out, "      in %s at %s%s\n", sf.Func, sf.Pos, kind)
	}
}

// list prints the source around the stop, or around LINE / FILE:LINE.
func (r *debugREPL) list(args []string) error {
	var f *source.File
	line, cur := 0, 0
	if fr := r.s.Snapshot().Current(); fr != nil && fr.Location.Source.File != nil {
		f, line, cur = fr.Location.Source.File, fr.Location.Source.Line, fr.Location.Source.Line
	}
	if len(args) == 1 {
		g, l, isLine, err := r.fileLine(args[0])
		switch {
		case err != nil:
			return err
		case !isLine || g == nil:
			return fmt.Errorf("bad line %q", args[0])
		}
		if g != f {
			cur = 0
		}
		f, line = g, l
	}
	if f == nil {
		return fmt.Errorf("no source line here (list LINE or FILE:LINE)")
	}
	if line < 1 || line > f.LineCount() {
		return fmt.Errorf("%s has %d lines", f.Name(), f.LineCount())
	}
	lines := strings.Split(string(f.Source()), "\n")
	for n := max(1, line-5); n <= min(len(lines), line+5); n++ {
		mark := "  "
		if n == cur {
			mark = "=>"
		}
		fmt.Fprintf(r.out, "%s %4d  %s\n", mark, n, lines[n-1])
	}
	return nil
}

// print prints a source variable as NAME = VALUE; NAME may select into it
// as the Session's EvalSource reads it.
func (r *debugREPL) print(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: print NAME")
	}
	v, err := r.s.EvalSource(args[0], 0, 0)
	if err != nil {
		return err
	}
	fmt.Fprintf(r.out, "%s = %s\n", args[0], v.Text)
	return nil
}

// maxMissingListed bounds the list of sources not found (a libc built with
// DWARF names dozens).
const maxMissingListed = 3

// infoSource describes the compiled programs' sources.
func (r *debugREPL) infoSource() {
	if fr := r.s.Snapshot().Current(); fr != nil && fr.Location.Source.Path != "" {
		src := fr.Location.Source
		name := "(not found)"
		if src.File != nil {
			name = src.File.Name()
		}
		fn := ""
		if len(fr.Source) > 0 {
			fn = " in " + fr.Source[0].Func
		}
		fmt.Fprintf(r.out, "current source: %s%s, file %s\n", src, fn, name)
	}
	infos := r.s.SourceInfos()
	if len(infos) == 0 {
		fmt.Fprintln(r.out, "no module has DWARF")
	}
	for _, si := range infos {
		fmt.Fprintf(r.out, "module %d: %d source files\n", si.Module, len(si.Files))
		for _, f := range si.Files {
			fmt.Fprintf(r.out, "  %s\n", f.Name())
		}
		for i, m := range si.Missing {
			if i == maxMissingListed {
				fmt.Fprintf(r.out, "  ... and %d more not found\n", len(si.Missing)-i)
				break
			}
			fmt.Fprintf(r.out, "  %s (not found)\n", filepath.ToSlash(m))
		}
		for _, w := range si.Warnings {
			fmt.Fprintf(r.out, "  warning: %s\n", w)
		}
	}
}

// vars lists the parameters, locals and compile-unit globals of wasm frame
// N (default 0), for each source function active in it.
func (r *debugREPL) vars(args []string) error {
	i := 0
	if len(args) == 1 {
		n, err := strconv.Atoi(args[0])
		if err != nil {
			return fmt.Errorf("usage: vars [FRAME]")
		}
		i = n
	}
	snap := r.s.Snapshot()
	if i < 0 || i >= len(snap.Frames) {
		return fmt.Errorf("no frame %d", i)
	}
	for k, sf := range snap.Frames[i].Source {
		fmt.Fprintf(r.out, "%s at %s:\n", sf.Func, sf.Pos)
		vs, err := r.s.SourceVars(i, k)
		if err != nil {
			return err
		}
		for _, v := range vs {
			fmt.Fprintf(r.out, "  %s %s = %s\n", v.Type, v.Name, v.Text)
		}
	}
	gs, err := r.s.SourceGlobals(i)
	if err != nil {
		return err
	}
	if len(gs) > 0 {
		fmt.Fprintln(r.out, "globals:")
	}
	for _, v := range gs {
		fmt.Fprintf(r.out, "  %s %s = %s\n", v.Type, v.Name, v.Text)
	}
	return nil
}

// directory adds a folder the compiled programs' sources are looked for in.
func (r *debugREPL) directory(args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("usage: directory DIR")
	}
	r.s.AddSourceDir(args[0])
	n := 0
	for _, si := range r.s.SourceInfos() {
		n += len(si.Files)
	}
	fmt.Fprintf(r.out, "source directory %s added: %d source files found\n", args[0], n)
	return nil
}
