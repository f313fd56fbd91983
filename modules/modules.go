// Package modules embeds wqnode's JavaScript library (Node's lib/): every
// builtin module, public and internal. See README.md for the file format.
package modules

import "embed"

// FS holds the builtin sources, by path (`events.js`, `internal/errors.js`).
//
//go:embed *.js */*.js */*/*.js */*/*/*.js
var FS embed.FS
