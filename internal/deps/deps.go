// Package deps pins the project's dependencies in go.mod while the packages
// that use them are being written. It is removed once they are.
package deps

import (
	_ "github.com/cayleygraph/cayley"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/emicklei/dot"
	_ "github.com/goccy/go-graphviz"
	_ "golang.org/x/sync/errgroup"
	_ "golang.org/x/term"
)
