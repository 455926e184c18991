// Package deps pins the modules the project is being built on while its packages are
// written; it is removed once every module is imported by real code.
package deps

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/jdkato/prose/v2"
	_ "github.com/ledongthuc/pdf"
	_ "github.com/rogpeppe/go-internal/testscript"
	_ "github.com/santhosh-tekuri/jsonschema/v6"
	_ "github.com/urfave/cli/v3"
	_ "golang.org/x/term"
)
