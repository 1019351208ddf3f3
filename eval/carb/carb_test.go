package carb

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/internal/shared"
)

type expected struct {
	AUC      float64  `json:"auc"`
	P        float64  `json:"p"`
	R        float64  `json:"r"`
	F1       float64  `json:"f1"`
	Points   int      `json:"points"`
	BestConf *float64 `json:"best_conf"`
}

// goldAsSystem turns the gold file into a system output the way the
// reference fixture was built: each line stripped and split on TAB, the
// sentence field written as it stands, confidence 1, the relation, and the
// args without those containing "C: ". The sentence field is not stripped:
// three dev sentences have gold lines with and without a trailing space
// before the TAB, which the reference's TabReader keeps as distinct raw
// sentences, and normalizeDict then keeps only the later group of each (3 +
// 1 + 5 = 9 tuples lost, hence P = 2538/2539 and R = 2538/2548).
func goldAsSystem(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Split(strings.TrimSpace(sc.Text()), "\t")
		out := []string{fs[0], "1", strings.TrimSpace(fs[1])}
		for _, a := range fs[2:] {
			if !strings.Contains(a, "C: ") {
				out = append(out, strings.TrimSpace(a))
			}
		}
		b.WriteString(strings.Join(out, "\t") + "\n")
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestFixtures reproduces every number of the reference scorer.
func TestFixtures(t *testing.T) {
	dir := shared.Require(t, "benchmarks", "carb")
	data, err := os.ReadFile(dir + "/fixtures/expected-scores.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]expected
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != 4 {
		t.Fatalf("expected-scores.json has %d entries, want 4", len(want))
	}
	gold := dir + "/gold/dev.tsv"
	for name, w := range want {
		t.Run(name, func(t *testing.T) {
			var sys string
			switch {
			case strings.HasSuffix(name, ".tsv") && !strings.HasPrefix(name, "gold"):
				b, err := os.ReadFile(dir + "/fixtures/" + name)
				if err != nil {
					t.Fatal(err)
				}
				sys = string(b)
			case name == "(empty file)":
			case strings.HasPrefix(name, "gold/dev.tsv as a system"):
				sys = goldAsSystem(t, gold)
			default:
				t.Fatalf("unknown fixture %q", name)
			}
			g, err := os.Open(gold)
			if err != nil {
				t.Fatal(err)
			}
			defer g.Close()
			got, err := Score(g, strings.NewReader(sys))
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range []struct {
				what      string
				got, want float64
			}{
				{"AUC", got.AUC, w.AUC}, {"precision", got.Precision, w.P}, {"recall", got.Recall, w.R}, {"F1", got.F1, w.F1},
				{"points", float64(len(got.Points)), float64(w.Points)},
			} {
				if math.Abs(c.got-c.want) > 1e-9 {
					t.Errorf("%s = %.17g, want %.17g", c.what, c.got, c.want)
				}
			}
			if w.BestConf != nil && math.Abs(got.Threshold-*w.BestConf) > 1e-9 {
				t.Errorf("best threshold = %.17g, want %.17g", got.Threshold, *w.BestConf)
			}
		})
	}
}

// TestSentenceKeys checks how sentences are grouped: the gold sentence is
// stripped, the system sentence is taken as written, and of two raw
// sentences with the same key only the later group counts, as in the
// reference's normalizeDict.
func TestSentenceKeys(t *testing.T) {
	const gold = "Rome is big .\tis\tRome\tbig\n" +
		"Rome is big . \tis\tRome\tbig city\n"
	tests := []struct {
		name, system string
		p, r         float64
	}{
		{"one raw sentence", "Rome is big .\t1\tis\tRome\tbig\nRome is big .\t1\tis\tRome\tcity\n", 1, (1 + 3.0/4) / 2},
		// The first group ("big") is replaced by the second one ("city").
		{"trailing space splits the group", "Rome is big .\t1\tis\tRome\tbig\nRome is big . \t1\tis\tRome\tcity\n", 1, (2.0/3 + 3.0/4) / 2},
		{"punctuation and spaces do not count", "Rome is big\t1\tis\tRome\tbig\n", 1, (1 + 3.0/4) / 2},
		{"other sentence ignored", "Paris is big .\t1\tis\tRome\tbig\n", 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Score(strings.NewReader(gold), strings.NewReader(tt.system))
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got.Precision-tt.p) > 1e-12 || math.Abs(got.Recall-tt.r) > 1e-12 {
				t.Errorf("Score(%q) = P %v R %v, want P %v R %v", tt.system, got.Precision, got.Recall, tt.p, tt.r)
			}
		})
	}
}
