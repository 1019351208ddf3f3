package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

// syntheticCorpus writes n documents as kgraph's JSON Lines: each mentions
// a few of a pool of entities, so that documents share entities and each
// new one introduces some.
func syntheticCorpus(t *testing.T, path string, n int) {
	t.Helper()
	var b bytes.Buffer
	types := []schema.EntityType{schema.Person, schema.Country, schema.Organization}
	ent := func(i int) schema.Entity {
		name := fmt.Sprintf("Entity %d", i)
		ty := types[i%len(types)]
		return schema.Entity{ID: schema.EntityIRI(ty, name, ""), Name: name, Type: ty, Aliases: []string{fmt.Sprintf("E%d", i)}}
	}
	for d := range n {
		doc := schema.Document{ID: fmt.Sprintf("doc-%04d", d), Title: fmt.Sprintf("Document %d", d), Text: fmt.Sprintf("text %d", d)}
		ex := schema.Extraction{Document: doc}
		for k := range 4 {
			ex.Entities = append(ex.Entities, ent((d*3+k*7)%(n/2+5)))
		}
		for s := range 8 {
			a, o := ex.Entities[s%4], ex.Entities[(s+1)%4]
			st := schema.Statement{
				Subject:   schema.Arg{Text: a.Name, Entity: a.ID, Name: a.Name, Type: a.Type, Span: schema.Span{Start: s * 10, End: s*10 + 5}},
				Predicate: "meet", Verb: "met",
				Object: schema.Arg{Text: o.Name, Entity: o.ID, Name: o.Name, Type: o.Type, Span: schema.Span{Start: s*10 + 6, End: s*10 + 9}},
				Kind:   schema.KindRelation, Polarity: schema.Asserted, Modality: schema.Fact, Confidence: 0.5,
				Doc: doc.ID, SentenceIndex: s, SentenceText: fmt.Sprintf("Sentence %d of %d.", s, d),
			}
			if s == 7 {
				st.Object = schema.Arg{Text: fmt.Sprintf("plan %d", d)} // a concept of its own
			}
			st.ID = schema.StatementID(&st)
			ex.Statements = append(ex.Statements, st)
		}
		if err := graph.WriteJSONL(&b, ex); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// byLabel groups the lines of an N-Quads export by their label ("" for
// unlabelled quads).
func byLabel(nq string) map[string][]string {
	out := make(map[string][]string)
	for _, line := range strings.Split(strings.TrimSpace(nq), "\n") {
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		label := ""
		if len(f) >= 5 && strings.HasPrefix(f[len(f)-2], "<") && !strings.HasPrefix(f[len(f)-3], `"`) {
			label = f[len(f)-2]
		}
		out[label] = append(out[label], line)
	}
	return out
}

// TestLoadKilled kills kgraph load (a real process, SIGKILL) at several
// points of loading an export. Into a store that holds documents, the load
// writes a transaction at a time: whole documents remain, each with its
// entities. Into a new store, the load writes a new file that replaces the
// store's when it is complete: the store stays empty (and sound). Either
// way, loading again completes the store.
func TestLoadKilled(t *testing.T) {
	const ndocs = 250
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus.jsonl")
	syntheticCorpus(t, corpus, ndocs)
	ref := filepath.Join(dir, "ref.db")
	if _, errs, code := runCLI(t, "", "load", "-q", "--db", ref, corpus); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	want := exportOf(t, ref, "nquads")
	input := filepath.Join(dir, "export.nq")
	if err := os.WriteFile(input, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	// The first fifth of the corpus, to load before the killed load.
	text, err := os.ReadFile(corpus)
	if err != nil {
		t.Fatal(err)
	}
	fifth := filepath.Join(dir, "fifth.jsonl")
	cut := bytes.Index(text, []byte(fmt.Sprintf(`{"document":{"id":"doc-%04d"`, ndocs/5)))
	if err := os.WriteFile(fifth, text[:cut], 0o644); err != nil {
		t.Fatal(err)
	}
	wantGroups := byLabel(want)
	shared := make(map[string]bool)
	for _, l := range wantGroups[""] {
		shared[l] = true
	}

	for _, into := range []string{"populated", "new"} {
		t.Run(into, func(t *testing.T) {
			file := "indexes.bolt"
			if into == "new" {
				file += ".load"
			}
			prepare := func(db string) {
				if into == "populated" {
					if _, errs, code := runCLI(t, "", "load", "-q", "--db", db, fifth); code != 0 {
						t.Fatalf("load: exit %d: %s", code, errs)
					}
				}
			}
			// How many times a whole load changes the file, as a child
			// process.
			whole := filepath.Join(dir, into+"-whole.db")
			prepare(whole)
			total := killAfterWrites(t, filepath.Join(whole, file), 1<<30, "load", "-q", "--db", whole, input)
			partial := 0
			for i, frac := range []float64{0.5, 0.7, 0.9} {
				writes := int(frac * float64(total))
				db := filepath.Join(dir, fmt.Sprintf("%s-killed-%d.db", into, i))
				prepare(db)
				killAfterWrites(t, filepath.Join(db, file), writes, "load", "-q", "--db", db, input)
				docs := checkKilled(t, db, writes, wantGroups, shared)
				if _, err := os.Stat(filepath.Join(db, "indexes.bolt.load")); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("killed after %d writes: the new file of the load is left (%v)", writes, err)
				}
				switch {
				case into == "new" && docs != 0 && docs != ndocs:
					t.Errorf("killed after %d writes: %d documents stored, want none (or all, when the load ended first)", writes, docs)
				case into == "new" && docs == 0, docs > ndocs/5 && docs < ndocs:
					partial++ // killed in the middle
				}
				if _, errs, code := runCLI(t, "", "load", "-q", "--db", db, input); code != 0 {
					t.Fatalf("load again: exit %d: %s", code, errs)
				}
				if again := exportOf(t, db, "nquads"); again != want {
					t.Errorf("killed after %d writes, then loaded again: the store differs from a whole load", writes)
				}
			}
			if partial == 0 {
				t.Errorf("no kill landed in the middle of the load")
			}
		})
	}
}

// checkKilled checks a store after a killed load: kgraph check passes,
// and each document it holds is whole. It returns how many it holds.
func checkKilled(t *testing.T, db string, writes int, wantGroups map[string][]string, shared map[string]bool) int {
	t.Helper()
	if out, errs, code := runCLI(t, "", "check", "--db", db); code != 0 {
		t.Errorf("killed after %d writes: check: exit %d: %s%s", writes, code, out, errs)
		return 0
	}
	docs := 0
	for label, lines := range byLabel(exportOf(t, db, "nquads")) {
		if label == "" {
			for _, l := range lines {
				if !shared[l] {
					t.Errorf("killed after %d writes: unexpected quad %s", writes, l)
				}
			}
			continue
		}
		docs++
		if !slices.Equal(lines, wantGroups[label]) {
			t.Errorf("killed after %d writes: document %s has %d of its %d quads", writes, label, len(lines), len(wantGroups[label]))
		}
	}
	t.Logf("killed after %d writes: %d documents stored", writes, docs)
	return docs
}

// killAfterWrites runs kgraph with args and kills it (SIGKILL) once the
// bolt file has changed n times (each commit writes pages, then a meta
// page), or lets it finish. It returns how many changes it saw.
func killAfterWrites(t *testing.T, file string, n int, args ...string) int {
	t.Helper()
	cmd := kgraphProcess(t, nil, args...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(done)
	}()
	var last os.FileInfo
	changes := 0
	for changes < n {
		select {
		case <-done:
			return changes
		case <-time.After(time.Millisecond):
		}
		fi, err := os.Stat(file)
		if err != nil {
			continue
		}
		if last == nil || fi.Size() != last.Size() || !fi.ModTime().Equal(last.ModTime()) {
			changes++
			last = fi
		}
	}
	_ = cmd.Process.Signal(syscall.SIGKILL)
	<-done
	return changes
}
