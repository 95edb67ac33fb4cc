package vm

import (
	"sync"
	"testing"
)

// BenchmarkContendedAtomics: goroutines, each running its own instance,
// hammer the same words with i32.atomic.rmw.add and i64.atomic.rmw.sub
// ("words" in atomicsWat), and with a cmpxchg loop on one i16 ("cas16",
// CAS on the containing word). Reported per WebAssembly atomic operation.
func BenchmarkContendedAtomics(b *testing.B) {
	for _, bc := range []struct {
		name     string
		export   string
		threads  int
		opsPerIt int // atomic instructions per loop iteration
	}{
		{"rmw/1thread", "words", 1, 2},
		{"rmw/4threads", "words", 4, 2},
		{"cas16/1thread", "cas16", 1, 2},
		{"cas16/4threads", "cas16", 4, 2},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := NewStore()
			first := atomicsInstance(b, s, nil)
			insts := []*Instance{first}
			for len(insts) < bc.threads {
				insts = append(insts, atomicsInstance(b, s, first.ExportedMemory("mem")))
			}
			const n = 10000
			for b.Loop() {
				var wg sync.WaitGroup
				for _, inst := range insts {
					f := inst.ExportedFunc(bc.export)
					wg.Go(func() {
						if _, err := s.Invoke(f, I32(n)); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*bc.threads*n*bc.opsPerIt), "ns/atomic")
		})
	}
}
