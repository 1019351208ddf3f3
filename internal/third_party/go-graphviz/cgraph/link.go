package cgraph

import (
	_ "unsafe"

	"github.com/kgraph/kgraph/internal/third_party/go-graphviz/cdt"
	"github.com/kgraph/kgraph/internal/third_party/go-graphviz/internal/wasm"
)

//go:linkname toDict github.com/kgraph/kgraph/internal/third_party/go-graphviz/cdt.toDict
func toDict(*wasm.Dict) *cdt.Dict

//go:linkname toDictWasm github.com/kgraph/kgraph/internal/third_party/go-graphviz/cdt.toDictWasm
func toDictWasm(*cdt.Dict) *wasm.Dict

//go:linkname toDictLink github.com/kgraph/kgraph/internal/third_party/go-graphviz/cdt.toLink
func toDictLink(*wasm.DictLink) *cdt.Link

//go:linkname toDictLinkWasm github.com/kgraph/kgraph/internal/third_party/go-graphviz/cdt.toLinkWasm
func toDictLinkWasm(*cdt.Link) *wasm.DictLink

func toGraphWasm(v *Graph) *wasm.Graph {
	if v == nil {
		return nil
	}
	return v.wasm
}
