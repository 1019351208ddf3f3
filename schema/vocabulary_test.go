package schema_test

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

// readTable reads a tab-separated code table: first field -> second field.
func readTable(t *testing.T, path string) map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.SplitN(strings.TrimRight(sc.Text(), "\r"), "\t", 2)
		if len(fields) == 2 {
			m[fields[0]] = strings.TrimSpace(fields[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRelationsMatchData(t *testing.T) {
	dir := "testdata/cameo-plover"
	names := readTable(t, dir+"/CAMEO.eventcodes.txt")
	gold := readTable(t, dir+"/CAMEO.goldsteinscale.txt")
	plover := map[string]string{}
	raw, err := os.ReadFile(dir + "/CAMEO2PLOVER-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`^\s*(\d+):\s*([A-Z]+)`)
	for _, l := range strings.Split(string(raw), "\n") {
		if m := line.FindStringSubmatch(l); m != nil {
			if _, dup := plover[m[1]]; !dup {
				plover[m[1]] = m[2]
			}
		}
	}
	seen := map[string]bool{}
	for _, r := range schema.Relations() {
		t.Run(r.Name, func(t *testing.T) {
			if seen[r.Name] {
				t.Fatalf("relation %q listed twice", r.Name)
			}
			seen[r.Name] = true
			if r.Doc == "" {
				t.Errorf("relation %q has no doc", r.Name)
			}
			got, ok := schema.LookupRelation(r.Name)
			if !ok || got != r {
				t.Errorf("LookupRelation(%q) = %v, %v", r.Name, got, ok)
			}
			if schema.IsStanding(r.Name) {
				if r.CAMEO != "" || r.QuadClass != 0 {
					t.Errorf("standing relation %q coded as event: %+v", r.Name, r)
				}
				return
			}
			if _, ok := names[r.CAMEO]; !ok {
				t.Errorf("%s: CAMEO %q not in CAMEO.eventcodes.txt", r.Name, r.CAMEO)
			}
			g, err := strconv.ParseFloat(gold[r.CAMEO], 64)
			if err != nil || g != r.Goldstein {
				t.Errorf("%s: Goldstein = %v, data says %q", r.Name, r.Goldstein, gold[r.CAMEO])
			}
			if want := plover[r.CAMEO]; r.PLOVER != want {
				t.Errorf("%s: PLOVER = %q, CAMEO2PLOVER says %q", r.Name, r.PLOVER, want)
			}
			if want := schema.QuadClassOf(r.CAMEO); r.QuadClass != want || want == 0 {
				t.Errorf("%s: QuadClass = %d, want %d", r.Name, r.QuadClass, want)
			}
		})
	}
	for _, n := range []string{schema.RelMeet, schema.RelSanction, schema.RelAnnex, schema.HoldRole, schema.LocatedIn} {
		if !seen[n] {
			t.Errorf("vocabulary lacks %q", n)
		}
	}
}

func TestRelationForCAMEO(t *testing.T) {
	tests := []struct{ code, want string }{
		{"0356", schema.RelAgree},
		{"046", schema.RelNegotiate},
		{"1712", schema.RelSeize},
		{"163", schema.RelSanction},
		{"192", schema.RelOccupy},
		{"041", schema.RelConsult},
		{"195", schema.RelAttack},
		{"2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			r, _ := schema.RelationForCAMEO(tt.code)
			if r.Name != tt.want {
				t.Errorf("RelationForCAMEO(%q) = %q, want %q", tt.code, r.Name, tt.want)
			}
		})
	}
}

func TestWriteEventsCSV(t *testing.T) {
	st := []schema.Statement{
		{ID: "a", Subject: schema.Arg{Text: "the United States", Entity: "kg:country/USA", Name: "United States"},
			Predicate: schema.RelSanction, Verb: "imposed sanctions on", Object: schema.Arg{Text: "Putin's inner circle"},
			Kind: schema.KindRelation, Polarity: schema.Asserted, Modality: schema.Fact, CAMEO: "163", QuadClass: 4,
			Goldstein: -8, Doc: "d1", SentenceText: "The United States\nimposed sanctions.", Confidence: 0.8},
		{ID: "b", Predicate: schema.HoldRole, Kind: schema.KindRole, Doc: "d1"},
		{ID: "c", Subject: schema.Arg{Text: "Russia"}, Predicate: schema.RelAgree, CAMEO: "030", Doc: "d2",
			EventDate: "2014-03-29", Polarity: schema.Negated, Modality: schema.Fact},
		{ID: "d", Predicate: "look", Doc: "d1"},
	}
	docs := map[string]schema.Document{"d1": {ID: "d1", Published: "2014-03-30T10:00:00Z"}}
	var buf bytes.Buffer
	if err := schema.WriteEventsCSV(&buf, st, docs); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("got %d rows, want header + 2 events:\n%v", len(recs), recs)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	tests := []struct {
		row         int
		field, want string
	}{
		{1, "event_date", "2014-03-30"},
		{1, "source", "kg:country/USA"},
		{1, "source_name", "United States"},
		{1, "target", "kg:concept/Putin_s_inner_circle"},
		{1, "root_code", "16"},
		{1, "quad_class", "4"},
		{1, "goldstein", "-8.0"},
		{1, "sentence", "The United States imposed sanctions."},
		{1, "published", "2014-03-30T10:00:00Z"},
		{2, "event_date", "2014-03-29"},
		{2, "polarity", "negated"},
		{2, "quad_class", "1"},
		{2, "root_code", "03"},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			if got := recs[tt.row][col[tt.field]]; got != tt.want {
				t.Errorf("row %d %s = %q, want %q", tt.row, tt.field, got, tt.want)
			}
		})
	}
}
