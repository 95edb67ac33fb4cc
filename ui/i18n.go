package ui

import (
	_ "cleanlocale" // before Fyne's start-up reads the locale
	"embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// The interface text is in English in the code and translated by Fyne's lang
// package, which follows the system locale.
//
//go:embed translations
var translations embed.FS

func init() {
	if err := lang.AddTranslationsFS(translations, "translations"); err != nil {
		fyne.LogError("wasmstep: loading translations", err)
	}
}
