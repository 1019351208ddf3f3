// Command testreport reads `go test -json` on stdin and prints what a plain
// `go test` prints (a line a package, the output of failing tests), then the
// tests that were skipped, each with its reason, and a closing line
// "N passed, N failed, N skipped". It exits 1 when anything failed, so that
// `go test -json ./... | go run ./internal/testreport` fails as go test does.
// `make test` runs it.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string
	Test       string
	Output     string
}

// key names one test of one package.
type key struct{ pkg, test string }

// report accumulates the run.
type report struct {
	out                    io.Writer
	output                 map[key][]string
	skipped                []string
	passed, failed, nskips int
	broken                 bool // a package failed or did not build
}

func main() {
	r := &report{out: os.Stdout, output: map[key][]string{}}
	if err := r.read(os.Stdin); err != nil {
		fmt.Fprintln(os.Stderr, "testreport:", err)
		os.Exit(1)
	}
	r.summary()
	if r.broken || r.failed > 0 {
		os.Exit(1)
	}
}

func (r *report) read(in io.Reader) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var e event
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			// Not JSON: go test's own complaint (a bad flag, no packages).
			fmt.Fprintln(r.out, sc.Text())
			r.broken = true
			continue
		}
		r.event(e)
	}
	return sc.Err()
}

// event handles one line: package lines are printed as they come, test
// output is kept until the test ends and printed only when it failed.
func (r *report) event(e event) {
	k := key{e.Package, e.Test}
	switch {
	case e.Action == "build-output":
		fmt.Fprint(r.out, e.Output)
	case e.Action == "build-fail":
		r.broken = true
	case e.Test == "" && e.Action == "output":
		if e.Output != "PASS\n" {
			fmt.Fprint(r.out, e.Output)
		}
	case e.Test == "" && e.Action == "fail":
		r.broken = true
	case e.Test == "":
	case e.Action == "output":
		r.output[k] = append(r.output[k], e.Output)
	case e.Action == "pass":
		r.passed++
		delete(r.output, k)
	case e.Action == "fail":
		r.failed++
		for _, l := range r.output[k] {
			if !strings.HasPrefix(l, "=== ") {
				fmt.Fprint(r.out, l)
			}
		}
		delete(r.output, k)
	case e.Action == "skip":
		r.nskips++
		r.skipped = append(r.skipped, strings.TrimPrefix(e.Package, "github.com/kgraph/kgraph/")+" "+e.Test+": "+reason(r.output[k]))
		delete(r.output, k)
	}
}

// reason is the message a skipped test gave: its last logged line.
func reason(lines []string) string {
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || strings.HasPrefix(l, "---") || strings.HasPrefix(l, "===") {
			continue
		}
		if _, msg, ok := strings.Cut(l, ": "); ok && strings.Contains(l[:strings.Index(l, ": ")], ".go:") {
			return msg
		}
		return l
	}
	return "(no reason given)"
}

func (r *report) summary() {
	if len(r.skipped) > 0 {
		sort.Strings(r.skipped)
		fmt.Fprintf(r.out, "\nSkipped tests (%d):\n", len(r.skipped))
		for _, s := range r.skipped {
			fmt.Fprintln(r.out, "  "+s)
		}
		fmt.Fprintln(r.out)
	}
	fmt.Fprintf(r.out, "%d passed, %d failed, %d skipped\n", r.passed, r.failed, r.nskips)
}
