package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestReport feeds a recorded `go test -json` stream: the skipped test is
// listed with its reason, the failing test's output is shown, and the counts
// close the report.
func TestReport(t *testing.T) {
	in := `{"Action":"run","Package":"github.com/kgraph/kgraph/a","Test":"TestOK"}
{"Action":"pass","Package":"github.com/kgraph/kgraph/a","Test":"TestOK"}
{"Action":"run","Package":"github.com/kgraph/kgraph/a","Test":"TestBig"}
{"Action":"output","Package":"github.com/kgraph/kgraph/a","Test":"TestBig","Output":"=== RUN   TestBig\n"}
{"Action":"output","Package":"github.com/kgraph/kgraph/a","Test":"TestBig","Output":"    a_test.go:12: needs shared/corpora/x\n"}
{"Action":"output","Package":"github.com/kgraph/kgraph/a","Test":"TestBig","Output":"--- SKIP: TestBig (0.00s)\n"}
{"Action":"skip","Package":"github.com/kgraph/kgraph/a","Test":"TestBig"}
{"Action":"output","Package":"github.com/kgraph/kgraph/a","Output":"ok  \tgithub.com/kgraph/kgraph/a\t0.01s\n"}
{"Action":"pass","Package":"github.com/kgraph/kgraph/a"}
{"Action":"output","Package":"github.com/kgraph/kgraph/b","Test":"TestBad","Output":"    b_test.go:3: wrong answer\n"}
{"Action":"fail","Package":"github.com/kgraph/kgraph/b","Test":"TestBad"}
{"Action":"output","Package":"github.com/kgraph/kgraph/b","Output":"FAIL\tgithub.com/kgraph/kgraph/b\t0.01s\n"}
{"Action":"fail","Package":"github.com/kgraph/kgraph/b"}
`
	var out bytes.Buffer
	r := &report{out: &out, output: map[key][]string{}}
	if err := r.read(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	r.summary()
	got := out.String()
	for _, want := range []string{
		"ok  \tgithub.com/kgraph/kgraph/a",
		"b_test.go:3: wrong answer",
		"Skipped tests (1):\n  a TestBig: needs shared/corpora/x\n",
		"\n1 passed, 1 failed, 1 skipped\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report does not contain %q:\n%s", want, got)
		}
	}
	if !r.broken || r.failed != 1 {
		t.Errorf("broken %v, failed %d; want true, 1", r.broken, r.failed)
	}
}
