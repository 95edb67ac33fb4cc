//go:build refcheck

package vm

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// refKinds maps the address of everything set as a ref to its kind. The
// key is a uintptr so the map keeps nothing alive: an address is only
// reused once nothing (no op) points to it, and the refTo that makes a new
// op pointing there records the new kind first.
var refKinds sync.Map

// refTo is the ref of an op that carries p, recording its kind.
func refTo[T carried](p *T) unsafe.Pointer {
	if p != nil {
		refKinds.Store(uintptr(unsafe.Pointer(p)), reflect.TypeFor[T]())
	}
	return unsafe.Pointer(p)
}

// refAs reads a ref as the kind T, and panics if refTo set it as another.
func refAs[T carried](ref unsafe.Pointer) *T {
	if ref != nil {
		k, _ := refKinds.Load(uintptr(ref))
		if want := reflect.TypeFor[T](); k != want {
			panic(fmt.Sprintf("vm: op ref read as %v, set as %v", want, k))
		}
	}
	return (*T)(ref)
}
