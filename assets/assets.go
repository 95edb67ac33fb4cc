// Package assets embeds the files the program ships inside its binary.
package assets

import _ "embed"

// Icon is the application icon (PNG, 512×512).
//
//go:embed Icon.png
var Icon []byte
