package lexicon

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDocumented checks that every exported list says what it is for.
func TestDocumented(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				v := sp.(*ast.ValueSpec)
				for _, id := range v.Names {
					if !id.IsExported() {
						continue
					}
					n++
					if g.Doc == nil && v.Doc == nil {
						t.Errorf("%s: list %s has no comment saying what it is for", fset.Position(id.Pos()), id.Name)
					}
				}
			}
		}
	}
	if n < 20 {
		t.Fatalf("found %d exported lists, want the package's lists", n)
	}
}

func TestSet(t *testing.T) {
	s := words("b", "a")
	if !s.Has("a") || s.Has("c") || !s.HasBytes([]byte("b")) || s.Len() != 2 {
		t.Errorf("words(b, a): Has/HasBytes/Len wrong: %v", s.Words())
	}
	if got := strings.Join(union(s, words("c")).without("a").Words(), " "); got != "b c" {
		t.Errorf("union(b a, c).without(a) = %q, want %q", got, "b c")
	}
	if u := union(s, words("c", "été")).without("a"); u.Has("a") || !u.Has("b") || !u.Has("c") || !u.Has("été") ||
		u.Has("") || u.Has("bb") || !u.HasBytes([]byte("c")) || u.HasBytes(nil) {
		t.Errorf("union(b a, c été).without(a): Has and HasBytes disagree with its words %v", u.Words())
	}
	var zero Set
	if zero.Has("a") || zero.Len() != 0 {
		t.Errorf("zero Set is not empty")
	}
	for _, bad := range [][]string{{"a", "a"}, {"A"}, {""}, {" a"}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("words(%q) did not panic", bad)
				}
			}()
			words(bad...)
		}()
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Errorf("without a missing word did not panic")
			}
		}()
		s.without("z")
	}()
}

// TestSubsets checks the lists defined from others.
func TestSubsets(t *testing.T) {
	for _, tt := range []struct {
		name      string
		part, all Set
	}{
		{"WishVerbs in IntentVerbs", WishVerbs, IntentVerbs},
		{"SayVerbs in Reporting", SayVerbs, Reporting},
		{"LightVerbs in EventNounVerbs", LightVerbs, EventNounVerbs},
		{"RelativeDays in TemporalNouns", RelativeDays, TemporalNouns},
		{"DemandVerbs in InfinitiveDemandVerbs", DemandVerbs, InfinitiveDemandVerbs},
		{"DateDeterminers in DateFillers", DateDeterminers, DateFillers},
		{"Weekdays in DateWords", Weekdays, DateWords},
		{"TimeUnits in TemporalNouns", TimeUnits, TemporalNouns},
	} {
		for _, w := range tt.part.Words() {
			if !tt.all.Has(w) {
				t.Errorf("%s: %q missing", tt.name, w)
			}
		}
	}
	if DateWords.Has("may") || !TemporalNouns.Has("may") {
		t.Errorf(`DateWords must leave out "may" and TemporalNouns keep it`)
	}
}

func TestCalendar(t *testing.T) {
	for _, tt := range []struct {
		w     string
		day   time.Weekday
		month time.Month
		rel   int
		ok    [3]bool
	}{
		{"sunday", time.Sunday, 0, 0, [3]bool{true, false, false}},
		{"thurs.", time.Thursday, 0, 0, [3]bool{true, false, false}},
		{"march", 0, time.March, 0, [3]bool{false, true, false}},
		{"sept.", 0, time.September, 0, [3]bool{false, true, false}},
		{"dec", 0, time.December, 0, [3]bool{false, true, false}},
		{"yesterday", 0, 0, -1, [3]bool{false, false, true}},
		{"tonight", 0, 0, 0, [3]bool{false, false, true}},
		{"week", 0, 0, 0, [3]bool{}},
	} {
		d, okd := Weekday(tt.w)
		m, okm := Month(tt.w)
		r, okr := RelativeDay(tt.w)
		if okd != tt.ok[0] || okm != tt.ok[1] || okr != tt.ok[2] || okd && d != tt.day || okm && m != tt.month || okr && r != tt.rel {
			t.Errorf("%q: Weekday %v %v, Month %v %v, RelativeDay %d %v; want %v %v %d %v", tt.w, d, okd, m, okm, r, okr,
				tt.day, tt.month, tt.rel, tt.ok)
		}
	}
	if Weekdays.Len() != 7 || Months.Len() != 12 || RelativeDays.Len() != 4 {
		t.Errorf("Weekdays, Months, RelativeDays hold %d, %d, %d words, want 7, 12, 4", Weekdays.Len(), Months.Len(), RelativeDays.Len())
	}
}
