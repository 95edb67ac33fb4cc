module wasmstep

go 1.26

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/fsnotify/fsnotify v1.10.1 // indirect
	github.com/sahilm/fuzzy v0.1.3 // indirect
	github.com/tetratelabs/wazero v1.12.0 // indirect
	golang.org/x/sys v0.44.0 // indirect
)
