package petrarch

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/schema"
)

func dictionary(t *testing.T) *Dictionary {
	t.Helper()
	dir := "testdata"
	d, err := LoadDictionary(dir+"/PETR.Validate.actors.txt", dir+"/PETR.Validate.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestReadRecords(t *testing.T) {
	path := "testdata/PETR.UnitTest.records.xml"
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadRecords(f, path)
	if err != nil {
		t.Fatal(err)
	}
	gold, skipped := 0, 0
	for i := range recs {
		gold += len(recs[i].Gold())
		if recs[i].Skip() {
			skipped++
		}
	}
	if len(recs) != 284 || gold != 359 || skipped != 7 {
		t.Errorf("ReadRecords: %d records, %d gold codings, %d error records; want 284, 359, 7", len(recs), gold, skipped)
	}
	if recs[0].ID != "DEMO-00" || !strings.HasPrefix(recs[0].Text, "Arnor is about to restore") {
		t.Errorf("first record = %q %q", recs[0].ID, recs[0].Text)
	}
	if _, err := ReadRecords(strings.NewReader("<Validation><Sentences><Sentence>"), "bad.xml"); err == nil ||
		!strings.Contains(err.Error(), "bad.xml:") {
		t.Errorf("ReadRecords(truncated) error = %v, want one naming bad.xml", err)
	}
}

func TestDictionaryCode(t *testing.T) {
	d := dictionary(t)
	tests := []struct{ phrase, want string }{
		{"Arnor", "ARN"},
		{"Arnor cleric", "ARNREL"},
		{"MSF Arnor", "NGOARN"},
		{"An MSF Arnor diplomat", "NGOARNGOV"},
		{"Gondor", "GON"},
		{"the United States", "USA"},
		{"Australian troops", "AUSMIL"},
		{"police", "---COP"},
		{"a federal structure", ""},
		{"full diplomatic ties with Gondor", "GON"},
		{"Arnor's foreign minister", "ARNGOVFRM"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			if got := d.Code(tt.phrase); got != tt.want {
				t.Errorf("Code(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}

// svo is a stand-in extractor for the scorer's test: "X <code> Y" gives
// one event with that CAMEO code.
func svo(_ context.Context, text string) ([]schema.Statement, error) {
	f := strings.Fields(strings.TrimSuffix(text, "."))
	if len(f) != 3 {
		return nil, nil
	}
	return []schema.Statement{{Subject: schema.Arg{Text: f[0]}, Object: schema.Arg{Text: f[2]}, CAMEO: f[1],
		Kind: schema.KindRelation, Polarity: schema.Asserted}}, nil
}

func TestEvaluate(t *testing.T) {
	d := dictionary(t)
	recs := []Record{
		{ID: "a", Text: "Arnor 0641 Gondor.", Codings: []Coding{{Source: "ARN", Target: "GON", Event: "064"}}},
		{ID: "b", Text: "Arnor 111 Gondor.", Codings: []Coding{{Source: "GON", Target: "ARN", Event: "111"}}},
		{ID: "c", Text: "Gondor 190 Mordor.", Codings: []Coding{{Source: "GON", Target: "MOR", Event: "190"},
			{Source: "MOR", Target: "GON", Event: "190"}}},
		{ID: "d", Text: "nothing here", Codings: []Coding{{NoEvents: "True"}}},
		{ID: "e", Text: "Arnor 064 Gondor.", Codings: []Coding{{Error: "dateline"}}},
	}
	res, err := Evaluate(t.Context(), recs, d, svo, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != 4 || res.Gold != 4 || res.Matched != 2 || res.Predicted != 3 {
		t.Errorf("Evaluate = %+v, want 4 records, 4 gold, 3 predicted, 2 matched", res)
	}
	var buf bytes.Buffer
	if err := res.Write(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if last := lines[len(lines)-1]; last != "agreement 0.5000" {
		t.Errorf("last line = %q, want %q\n%s", last, "agreement 0.5000", buf.String())
	}
	if !strings.Contains(buf.String(), "root 11  gold   1  matched   0") {
		t.Errorf("per-root lines missing:\n%s", buf.String())
	}
}

func TestDictionaryCodes(t *testing.T) {
	d := dictionary(t)
	tests := []struct {
		phrase string
		want   string // codes joined by " "
	}{
		{"The ambassadors of Arnor, Osgiliath and Gondor", "ARNGOV OSGGOV GONGOV"},
		{"Dagolath and Osgiliath", "DAG OSG"},
		{"Arnor in the dispute with Gondor", "ARN"},
		{"White House security officials", "USAGOV"},
		{"full diplomatic ties", ""},
		{"Gondor's polices", "GONCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			if got := strings.Join(d.Codes(tt.phrase), " "); got != tt.want {
				t.Errorf("Codes(%q) = %q, want %q", tt.phrase, got, tt.want)
			}
		})
	}
}
