package ui

import (
	_ "cleanlocale" // before Fyne's start-up reads the locale
	"embed"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// The interface text is in English in the code and translated by Fyne's lang
// package, which follows the system locale.
//
//go:embed translations
var translations embed.FS

// loadTranslations adds them when the first window is made rather than at
// start-up: parsing them takes about 10 ms of CPU, which every `wasmstep run`
// of a short program would otherwise pay for text it never shows.
var loadTranslations = sync.OnceFunc(func() {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("wasmstep: loading translations", err)
	}
})
