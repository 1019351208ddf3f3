package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

func init() {
	registerBackend(&backendInfo{
		name:    "memstore",
		schemes: []string{"mem"},
		usage:   "mem: (in memory)",
		batch:   DefaultBatch,
		open: func(context.Context, string, string, options) (driver, error) {
			qs, err := cgraph.NewQuadStore(memstore.QuadStoreType, "", nil)
			if err != nil {
				return nil, fmt.Errorf("open memory store: %w", err)
			}
			return memDriver{qs}, nil
		},
	})
}

// memDriver is Cayley's in-memory store.
type memDriver struct{ qs cgraph.QuadStore }

var _ driver = memDriver{}

func (m memDriver) quadStore() cgraph.QuadStore { return m.qs }
func (m memDriver) add(_ context.Context, qs []quad.Quad) (int, error) {
	return len(qs), applyQuads(m.qs, qs, cgraph.Add)
}
func (m memDriver) remove(_ context.Context, qs []quad.Quad) error {
	return applyQuads(m.qs, qs, cgraph.Delete)
}
func (m memDriver) stored(ctx context.Context, qs []quad.Quad) ([]bool, error) {
	return storedByScan(ctx, m.qs, qs)
}
func (m memDriver) close() error { return m.qs.Close() }
