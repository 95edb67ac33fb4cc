// Package host supplies what a module imports: the Linker that resolves
// imports by (module, name) from registered instances and host modules, the
// official suite's spectest module, automatic imports that let a tutorial's
// .wat run with no glue code, and WASI preview 1 for compiled programs.
package host
