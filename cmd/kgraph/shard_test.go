package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestShards extracts a corpus as 4 shards in 4 processes, loads the 4
// outputs into one store (twice, in two orders) and finds the store a
// single-process build makes.
func TestShards(t *testing.T) {
	dir := t.TempDir()
	sentences := []string{
		"Russia annexed Crimea in March 2014.",
		"The United States sanctioned Russia.",
		"Sergey Lavrov met John Kerry in Paris.",
		"The European Union criticized Russia.",
		"Ukraine asked NATO for help.",
		"China did not condemn the annexation.",
	}
	var corpus strings.Builder
	const ndocs = 12
	for i := range ndocs {
		text := sentences[i%len(sentences)] + " " + sentences[(i+1)%len(sentences)]
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("news-%02d", i), "text": text, "published": "2014-03-30"})
		corpus.Write(append(line, '\n'))
	}
	in := writeFile(t, dir, "corpus.jsonl", corpus.String())

	const n = 4
	outs := make([]string, n)
	var wg sync.WaitGroup
	errs := make([]error, n)
	for k := range n {
		outs[k] = filepath.Join(dir, fmt.Sprintf("shard-%d.jsonl", k))
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := kgraphProcess(t, nil, "extract", "-q", "--shard", fmt.Sprintf("%d/%d", k, n), "-o", outs[k], in).CombinedOutput()
			if err != nil {
				errs[k] = fmt.Errorf("shard %d/%d: %v: %s", k, n, err, out)
			}
		}()
	}
	wg.Wait()
	seen := 0
	for k := range n {
		if errs[k] != nil {
			t.Fatal(errs[k])
		}
		b, err := os.ReadFile(outs[k])
		if err != nil {
			t.Fatal(err)
		}
		seen += strings.Count(string(b), `{"document":`)
	}
	if seen != ndocs {
		t.Errorf("the shards hold %d documents, want each of the %d once", seen, ndocs)
	}

	single := filepath.Join(dir, "single.db")
	if _, errs, code := runCLI(t, "", "build", "-q", "--db", single, in); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	want := exportOf(t, single, "nquads")
	merged := filepath.Join(dir, "merged.db")
	for _, order := range [][]int{{3, 1, 0, 2}, {0, 1, 2, 3}} {
		args := []string{"load", "-q", "--db", merged}
		for _, k := range order {
			args = append(args, outs[k])
		}
		if _, errs, code := runCLI(t, "", args...); code != 0 {
			t.Fatalf("load shards: exit %d: %s", code, errs)
		}
		if got := exportOf(t, merged, "nquads"); got != want {
			t.Errorf("shards loaded in the order %v: %d quads, a single build %d", order, strings.Count(got, "\n"), strings.Count(want, "\n"))
		}
	}
	if _, _, code := runCLI(t, "", "extract", "--shard", "4/4", in); code != 2 {
		t.Errorf("extract --shard 4/4: exit %d, want 2", code)
	}
}
