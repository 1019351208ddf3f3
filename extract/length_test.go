package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/kgraph/kgraph/internal/shared"
	"github.com/kgraph/kgraph/schema"
)

// newsText generates n bytes of news-like text on one line: many people,
// each named in full and then by surname, countries, cities and the verbs of
// the event tables. It stresses what grows with the number of names in a
// document (coreference, mention lookups) more than real news does.
func newsText(n int, seed uint64) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	first := []string{"John", "Sergey", "Angela", "Maria", "Ahmed", "Li", "Olga", "Pedro", "Fatima", "Kofi",
		"Hans", "Yuki", "Ivan", "Sarah", "Omar", "Elena", "David", "Aisha", "Carlos", "Nadia"}
	last := []string{"Kerry", "Lavrov", "Merkel", "Silva", "Hassan", "Wei", "Petrova", "Gomez", "Bakr", "Mensah",
		"Weber", "Tanaka", "Orlov", "Miller", "Farouk", "Popescu", "Cohen", "Diallo", "Ruiz", "Karimi",
		"Novak", "Rossi", "Kowalski", "Jensen", "Haddad", "Park", "Nguyen", "Okafor", "Schmidt", "Moreau"}
	places := []string{"Russia", "Ukraine", "France", "Germany", "China", "Brazil", "Egypt", "Japan", "Ghana", "Iran"}
	cities := []string{"Paris", "Moscow", "Berlin", "Cairo", "Tokyo", "Accra", "Kiev", "Beijing", "Brasilia", "Tehran"}
	verbs := []string{"met", "criticized", "praised", "accused", "visited", "called", "thanked", "warned"}
	pick := func(s []string) string { return s[rng.IntN(len(s))] }
	var b strings.Builder
	var known [][2]string
	for b.Len() < n {
		f, l := pick(first), pick(last)
		switch rng.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "%s %s of %s %s %s officials in %s on Monday. ", f, l, pick(places), pick(verbs), pick(places), pick(cities))
			known = append(known, [2]string{f, l})
		case 1:
			if len(known) > 0 {
				p := known[rng.IntN(len(known))]
				fmt.Fprintf(&b, "%s said the talks with %s %s would continue, and %s agreed. ", p[1], f, l, p[1])
				known = append(known, [2]string{f, l})
				break
			}
			fallthrough
		case 2:
			fmt.Fprintf(&b, "The %s government %s the plan, Mr %s told reporters in %s. ", pick(places), pick(verbs), l, pick(cities))
		default:
			fmt.Fprintf(&b, "%s will not send troops to %s, said %s %s. ", pick(places), pick(places), f, l)
			known = append(known, [2]string{f, l})
		}
	}
	return b.String()[:n]
}

// cpuTime returns the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// perByte returns the lesser CPU time per byte of two extractions of text.
func perByte(t *testing.T, p *Pipeline, text string) time.Duration {
	t.Helper()
	best := time.Duration(1 << 62)
	for range 2 {
		c0 := cpuTime()
		if _, err := p.Document(t.Context(), schema.Document{ID: "long", Text: text, Published: "2014-03-30"}); err != nil {
			t.Fatal(err)
		}
		best = min(best, (cpuTime()-c0)/time.Duration(len(text)))
	}
	return best
}

// TestLinearInLength checks that extraction takes about as long per byte
// on a long one-line document as on a short one: every stage linear (or n
// log n) in the length of a document. A quadratic stage that takes a tenth
// of the time of 8 kB takes more than the time of everything else at 128
// kB, so a generous factor of 3 tells it from the noise of a shared
// machine. It compares CPU time on one core, the least of three runs.
func TestLinearInLength(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	p := newPipeline(t, WithWorkers(1))
	long := newsText(128<<10, 1)
	short := long[:8<<10]
	perByte(t, p, short) // warm up: first use of the tables
	s, l := perByte(t, p, short), perByte(t, p, long)
	t.Logf("CPU time per byte: %v at 8 kB, %v at 128 kB", s, l)
	if l > 3*s {
		t.Errorf("extraction takes %v per byte of a 128 kB document, %v per byte of 8 kB: more than 3 times as long", l, s)
	}
}

// BenchmarkLength extracts one-line documents of 10 kB to 5 MB (BBC News
// articles joined; run with -benchtime 1x): the time per byte stays flat.
func BenchmarkLength(b *testing.B) {
	dir := shared.Require(b, "corpora", "bbc-news", "bbc")
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no BBC articles in %s", dir)
	}
	slices.Sort(paths)
	var sb strings.Builder
	for i := 0; sb.Len() < 5<<20; i++ {
		t, err := os.ReadFile(paths[i%len(paths)])
		if err != nil {
			b.Fatal(err)
		}
		sb.WriteString(strings.Join(strings.Fields(string(t)), " "))
		sb.WriteByte(' ')
	}
	all := sb.String()
	p := newPipeline(b, WithWorkers(1))
	for _, n := range []int{10 << 10, 100 << 10, 1 << 20, 5 << 20} {
		b.Run(fmt.Sprintf("%dkB", n>>10), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				if _, err := p.Document(b.Context(), schema.Document{ID: "long", Text: all[:n], Published: "2005-01-01"}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
		})
	}
}
