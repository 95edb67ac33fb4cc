package wast

import (
	"fmt"

	"wasmstep/vm"
	"wasmstep/vm/load"
	"wasmstep/vm/wat"
)

// stage says how far a module got; assertions on modules name the stage at
// which they expect it to stop.
type stage uint8

const (
	stageParse stage = iota
	stageValidate
	stageLink
	stageInstantiate
	stageDone
)

func (s stage) String() string {
	return [...]string{"parsing", "validation", "linking", "instantiation", "success"}[s]
}

// define parses or decodes and validates a script module.
func (r *runner) define(c *wat.ModuleCmd) (*load.Module, stage, error) {
	lm, parsed, err := load.ScriptModule(r.fs, c, r.moduleName(c))
	switch {
	case err == nil:
		return lm, stageDone, nil
	case parsed:
		return nil, stageValidate, err
	}
	return nil, stageParse, err
}

// moduleName names a quoted or binary module after the script position it
// came from, so errors inside it point back to the script.
func (r *runner) moduleName(c *wat.ModuleCmd) string {
	p := r.fs.Position(c.At)
	return fmt.Sprintf("%s:%d", p.Filename, p.Line)
}

// instantiate links a validated module against the registered modules and
// instantiates it, running its start function.
func (r *runner) instantiate(lm *load.Module) (*vm.Instance, stage, error) {
	inst, err := r.linker.Instantiate(r.store, lm.Info)
	if err != nil {
		if _, trapped := isTrap(err); trapped {
			return nil, stageInstantiate, err
		}
		return nil, stageLink, err
	}
	return inst, stageDone, nil
}

func (r *runner) moduleCmd(c *wat.ModuleCmd) {
	lm, _, err := r.define(c)
	if err != nil {
		r.fail(c.At, "module failed: %v", err)
		return
	}
	if c.Definition {
		r.lastDef = lm
		if c.Name != "" {
			r.defs[c.Name] = lm
		}
		return
	}
	r.current = nil // a failed module leaves no current instance to act on
	inst, _, err := r.instantiate(lm)
	if err != nil {
		r.fail(c.At, "module failed: %v", err)
		return
	}
	r.setCurrent(c.Name, inst)
}

func (r *runner) setCurrent(name string, inst *vm.Instance) {
	r.current = inst
	if name != "" {
		r.instances[name] = inst
	}
}

func (r *runner) instanceCmd(c *wat.InstanceCmd) {
	lm := r.lastDef
	if c.Module != "" {
		lm = r.defs[c.Module]
	}
	if lm == nil {
		r.fail(c.At, "unknown module definition %q", c.Module)
		return
	}
	inst, _, err := r.instantiate(lm)
	if err != nil {
		r.fail(c.At, "instance failed: %v", err)
		return
	}
	r.setCurrent(c.Name, inst)
}

func (r *runner) registerCmd(c *wat.RegisterCmd) {
	inst := r.instance(c.Module)
	if inst == nil {
		r.fail(c.At, "register: unknown module %q", c.Module)
		return
	}
	r.linker.Register(c.As, inst)
}

// instance returns a named instance, or the latest one for "".
func (r *runner) instance(name string) *vm.Instance {
	if name == "" {
		return r.current
	}
	return r.instances[name]
}

// assertModule checks that a module fails at the expected stage (or earlier:
// a module rejected by the parser is also not valid).
func (r *runner) assertModule(c *wat.AssertModule) {
	want := map[wat.AssertModuleKind]stage{
		wat.AssertMalformed:      stageParse,
		wat.AssertInvalid:        stageValidate,
		wat.AssertUnlinkable:     stageLink,
		wat.AssertUninstantiable: stageInstantiate,
	}[c.Kind]
	lm, got, err := r.define(c.Module)
	if err == nil {
		_, got, err = r.instantiate(lm)
	}
	switch {
	case err == nil:
		r.fail(c.At, "expected %s failure %q, module succeeded", want, c.Msg)
	case got > want:
		r.fail(c.At, "expected %s failure %q, got %s failure: %v", want, c.Msg, got, err)
	case got < want && want >= stageLink:
		r.fail(c.At, "expected %s failure %q, got %s failure: %v", want, c.Msg, got, err)
	default:
		r.pass()
	}
}
