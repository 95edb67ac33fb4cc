package validate

import (
	"reflect"
	"testing"

	"wasmstep/vm/wasm"
)

const lendSrc = `(module
  (func (param i32) (result i32)
    (block (result i32)
      (loop (result i32)
        (br_if 1 (i32.const 7) (local.get 0))
        (if (result i32) (local.get 0)
          (then (i32.const 1))
          (else (br 2 (i32.const 2))))
        (br_table 1 2 (local.get 0))
        (unreachable)
        (i32.add))))
  (func (result v128) (local f64)
    (drop (f64.add (local.get 0) (f64.const 1)))
    (v128.const i64x2 1 2)))`

// stackOf lists the stack nodes from the top, by value.
func stackOf(ts *TypeStack) []TypeStack {
	var out []TypeStack
	for ; ts != nil; ts = ts.Below {
		out = append(out, TypeStack{Type: ts.Type, Height: ts.Height, Halves: ts.Halves})
	}
	return out
}

// Lent records are the records Func keeps, and lending keeps nothing.
func TestLentRecordsAreTheKeptOnes(t *testing.T) {
	m := parse(t, lendSrc)
	lentInfo, err := Validate(m)
	if err != nil {
		t.Fatal(err)
	}
	keptInfo, err := Validate(parse(t, lendSrc))
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.Funcs {
		kept := keptInfo.Func(i)
		lentInfo.Lend(i, func(fi *FuncInfo, body []wasm.Instr) {
			if len(body) != len(kept.Before) {
				t.Fatalf("func %d: lent body has %d instructions, want %d", i, len(body), len(kept.Before))
			}
			if fi.MaxHeight != kept.MaxHeight || !reflect.DeepEqual(fi.Dead, kept.Dead) || !reflect.DeepEqual(fi.Match, kept.Match) {
				t.Errorf("func %d: lent %d %v %v, kept %d %v %v", i, fi.MaxHeight, fi.Dead, fi.Match, kept.MaxHeight, kept.Dead, kept.Match)
			}
			for j := range body {
				if got, want := stackOf(fi.Before[j]), stackOf(kept.Before[j]); !reflect.DeepEqual(got, want) {
					t.Errorf("func %d instruction %d: lent stack %v, kept %v", i, j, got, want)
				}
			}
		})
		if lentInfo.funcs[i] != nil {
			t.Errorf("func %d: Lend kept its records", i)
		}
	}
}

// Lending one big body after another reuses the stack slabs.
func TestLendingReusesTheSlabs(t *testing.T) {
	in, err := Validate(parse(t, bigBodies(2)))
	if err != nil {
		t.Fatal(err)
	}
	lend := func(i int) {
		in.Lend(i, func(fi *FuncInfo, body []wasm.Instr) {
			if fi.MaxHeight != 1 {
				t.Fatalf("max height %d, want 1", fi.MaxHeight)
			}
		})
	}
	lend(0)
	if allocs := testing.AllocsPerRun(5, func() { lend(1) }); allocs > 1 {
		t.Errorf("lending a body of %d pushes allocates %v times after the first: the slabs are not reused", 3*slabSize, allocs)
	}
}
