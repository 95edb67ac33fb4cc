package vm

import (
	"wasmstep/vm/validate"
	"wasmstep/vm/wasm"
)

// Tag is an exception tag. Tags compare by identity: an imported tag is the
// exporter's *Tag.
type Tag struct {
	Type   wasm.FuncType // the payload is Type.Params (canonical heap types)
	TypeID validate.TypeID
	Name   string
}

// NewTag creates a tag whose payload has the parameter types of ft.
func NewTag(ft wasm.FuncType, name string) *Tag {
	return &Tag{Type: ft, TypeID: funcTypeID(ft), Name: name}
}

// Kind reports ExternTag.
func (t *Tag) Kind() wasm.ExternKind { return wasm.ExternTag }

// Exception is a thrown exception: an exnref's referent. An exception that
// escapes the outermost call is returned as the call's error.
type Exception struct {
	Tag     *Tag
	Payload []Value
}

func (e *Exception) Error() string {
	s := "uncaught exception"
	if e.Tag != nil && e.Tag.Name != "" {
		s += " $" + e.Tag.Name
	}
	for _, v := range e.Payload {
		s += " " + v.String()
	}
	return s
}
