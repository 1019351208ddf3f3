package server

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

// nameIndex holds the names and aliases of every entity for the search
// box. It is read once; a store that others write to (PostgreSQL) is read
// again in the background when a search finds it older than refresh, and
// writes through the API mark it stale.
type nameIndex struct {
	st      *graph.Store
	refresh time.Duration

	mu       sync.RWMutex
	entries  []nameEntry
	built    time.Time
	stale    bool
	building bool
}

// nameEntry is one entity and its names in lower case.
type nameEntry struct {
	e    schema.Entity
	keys []string // name first, then aliases
}

func newNameIndex(ctx context.Context, st *graph.Store, refresh time.Duration) (*nameIndex, error) {
	ix := &nameIndex{st: st, refresh: refresh}
	entries, err := readNames(ctx, st)
	if err != nil {
		return nil, err
	}
	ix.entries, ix.built = entries, time.Now()
	return ix, nil
}

func readNames(ctx context.Context, st *graph.Store) ([]nameEntry, error) {
	es, err := st.Entities(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]nameEntry, 0, len(es))
	for _, e := range es {
		keys := []string{strings.ToLower(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, strings.ToLower(a))
		}
		out = append(out, nameEntry{e: e, keys: keys})
	}
	return out, nil
}

func (ix *nameIndex) invalidate() {
	ix.mu.Lock()
	ix.stale = true
	ix.mu.Unlock()
}

// current returns the entries, reading them again first when a write made
// them stale, or in the background when they are older than refresh.
func (ix *nameIndex) current(ctx context.Context) ([]nameEntry, error) {
	ix.mu.RLock()
	entries, stale, old := ix.entries, ix.stale, ix.refresh > 0 && time.Since(ix.built) > ix.refresh
	ix.mu.RUnlock()
	switch {
	case stale:
		fresh, err := readNames(ctx, ix.st)
		if err != nil {
			return nil, err
		}
		ix.mu.Lock()
		ix.entries, ix.built, ix.stale = fresh, time.Now(), false
		ix.mu.Unlock()
		return fresh, nil
	case old:
		ix.rebuildInBackground()
	}
	return entries, nil
}

func (ix *nameIndex) rebuildInBackground() {
	ix.mu.Lock()
	if ix.building {
		ix.mu.Unlock()
		return
	}
	ix.building = true
	ix.mu.Unlock()
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), DefaultTimeout)
		defer cancel()
		fresh, err := readNames(ctx, ix.st)
		ix.mu.Lock()
		defer ix.mu.Unlock()
		ix.building = false
		if err == nil {
			ix.entries, ix.built = fresh, time.Now()
		}
	}()
}

// match is a search result: how well it matched, lower is better.
type match struct {
	e     schema.Entity
	score int
	alias string // the alias that matched, when not the name
}

// Scores of a match, best first.
const (
	exactName = iota
	exactAlias
	namePrefix
	aliasPrefix
	wordPrefix
	substring
)

// search returns the entities whose name or alias matches q (any case),
// best first: exact before prefix before a word of the name before any
// substring; actors before roles; shorter names first.
func search(entries []nameEntry, q string, limit int) ([]match, int) {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return nil, 0
	}
	var out []match
	for _, en := range entries {
		best, alias := -1, ""
		for i, k := range en.keys {
			sc := score(k, q, i > 0)
			if sc >= 0 && (best < 0 || sc < best) {
				best, alias = sc, ""
				if i > 0 {
					alias = en.e.Aliases[i-1]
				}
			}
		}
		if best >= 0 {
			out = append(out, match{e: en.e, score: best, alias: alias})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if ra, rb := typeRank(a.e.Type), typeRank(b.e.Type); ra != rb {
			return ra < rb
		}
		if len(a.e.Name) != len(b.e.Name) {
			return len(a.e.Name) < len(b.e.Name)
		}
		return a.e.ID < b.e.ID
	})
	total := len(out)
	if len(out) > limit {
		out = out[:limit]
	}
	return out, total
}

// score rates how key matches q; -1 when it does not.
func score(key, q string, alias bool) int {
	a := 0
	if alias {
		a = 1
	}
	switch {
	case key == q:
		return exactName + a
	case strings.HasPrefix(key, q):
		return namePrefix + a
	case strings.Contains(key, " "+q) || strings.Contains(key, "-"+q):
		return wordPrefix
	case strings.Contains(key, q):
		return substring
	}
	return -1
}

// typeRank puts actors first, in the order of schema.EntityTypes.
func typeRank(t schema.EntityType) int {
	if i := slices.Index(schema.EntityTypes, t); i >= 0 {
		return i
	}
	return len(schema.EntityTypes)
}
