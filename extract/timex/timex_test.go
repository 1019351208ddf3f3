package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/kgraph/kgraph/extract/doc"
)

// sentence builds an unparsed sentence from space-separated words.
func sentence(text string) *doc.Sentence {
	s := &doc.Sentence{}
	off := 0
	for _, w := range strings.Fields(text) {
		s.Tokens = append(s.Tokens, doc.Token{Text: w, Start: off, End: off + len(w), SpaceAfter: true, Head: -1})
		off += len(w) + 1
	}
	return s
}

func TestResolve(t *testing.T) {
	ref, ok := RefDate("2014-03-30") // a Sunday
	if !ok {
		t.Fatal("RefDate failed")
	}
	tests := []struct {
		text   string
		future bool
		want   string // text of the expression = date, or "" for none
	}{
		{"Kerry met Lavrov on Sunday in Paris .", false, "Sunday=2014-03-30"},
		{"Obama spoke on Saturday .", false, "Saturday=2014-03-29"},
		{"Putin called Obama on Friday .", false, "Friday=2014-03-28"},
		{"The referendum of March 16 was illegal .", false, "March 16=2014-03-16"},
		{"The vote on March 16 , 2014 was illegal .", false, "March 16 , 2014=2014-03-16"},
		{"It happened on 16 March 2014 .", false, "16 March 2014=2014-03-16"},
		{"Data from 2014-03-16 show .", false, "2014-03-16=2014-03-16"},
		{"Russia said yesterday it would .", false, "yesterday=2014-03-29"},
		{"They meet today .", false, "today=2014-03-30"},
		{"They will meet tomorrow .", true, "tomorrow=2014-03-31"},
		{"They will meet on Monday .", true, "Monday=2014-03-31"},
		{"They met on Monday .", false, "Monday=2014-03-24"},
		{"They met last Sunday .", false, "last Sunday=2014-03-23"},
		{"They meet next Sunday .", true, "next Sunday=2014-04-06"},
		{"Talks resume on April 2 .", true, "April 2=2014-04-02"},
		{"It began on December 20 .", false, "December 20=2013-12-20"},
		{"Russia may send troops .", false, ""},
		{"Troops march on the capital .", false, ""},
		{"Russia may have 40,000 troops on the border .", false, ""},
		// Months, years and periods, at their precision (issue 14).
		{"Russia annexed Crimea in March 2014 .", false, "March 2014=2014-03"},
		{"It happened in July .", false, "July=2013-07"},
		{"Britain takes over the presidency in July .", true, "July=2014-07"},
		{"The ban dates from 1989 .", false, ""},
		{"The ban began in 1989 .", false, "1989=1989"},
		{"Britain chairs the G8 next year .", false, "next year=2015"},
		{"Talks ended last month .", false, "last month=2014-02"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ex := Find(sentence(tt.text))
			var got []string
			for _, e := range ex {
				d, ok := e.Resolve(ref, tt.future)
				if !ok {
					got = append(got, e.Text+"=?")
					continue
				}
				got = append(got, e.Text+"="+e.Format(d))
			}
			if g := strings.Join(got, ";"); g != tt.want {
				t.Errorf("Find+Resolve(%q) = %q, want %q", tt.text, g, tt.want)
			}
		})
	}
}

func TestRefDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2014-03-30", "2014-03-30"},
		{"2014-03-30T23:30:00-05:00", "2014-03-30"},
		{"2014-03-30T08:00:00Z", "2014-03-30"},
		{"March 30", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, ok := RefDate(tt.in)
			got := ""
			if ok {
				got = d.Format(Layout)
			}
			if got != tt.want {
				t.Errorf("RefDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHeadFromParse(t *testing.T) {
	// "met on March 16": March <- met (obl), on <- March (case), 16 <- March (nummod)
	s := sentence("They met on March 16 .")
	heads := []int{1, -1, 3, 1, 3, 1}
	deps := []string{"nsubj", "root", "case", "obl", "nummod", "punct"}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Dep = heads[i], deps[i]
	}
	ex := Find(s)
	if len(ex) != 1 || ex[0].Head != 3 {
		t.Fatalf("Find = %+v, want one expression headed by token 3", ex)
	}
	if _, err := time.Parse(Layout, "2014-03-16"); err != nil {
		t.Fatal(err)
	}
}
