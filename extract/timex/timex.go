// Package timex finds time expressions in a parsed sentence ("Sunday", "on
// Saturday", "March 16", "March 16, 2014", "2014-03-16", "yesterday") and
// resolves them to calendar dates against the document's publication date.
//
// News is past-oriented: a bare weekday is the most recent such day on or
// before the publication date, unless the clause speaks of the future, when it
// is the next such day on or after it.
package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/kgraph/kgraph/extract/doc"
	"github.com/kgraph/kgraph/extract/lexicon"
)

// Layout is the ISO date layout of resolved dates.
const Layout = "2006-01-02"

// kind of expression.
type kind int

const (
	kindWeekday  kind = iota + 1
	kindDate          // month and day, maybe year
	kindISO           // YYYY-MM-DD
	kindRelative      // yesterday, today, tomorrow
	kindMonth         // a month, maybe with its year: "in March 2014", "last July"
	kindYear          // a year: "in 1987"
	kindPeriod        // a week, month or year relative to writing: "next year", "last month"
)

// Precision of a resolved date.
type Precision int

// The precisions, finest first.
const (
	Day Precision = iota
	Month
	Year
)

// Expr is one time expression of a sentence.
type Expr struct {
	// Start, End are the token range [Start, End) in the sentence.
	Start, End int
	// Head is the token of the expression that attaches it to the parse
	// (its head lies outside the expression); Start when there is no parse.
	Head int
	Text string

	kind    kind
	weekday time.Weekday
	// shift is -1 for "last Sunday", +1 for "next Sunday", 0 otherwise; the
	// day offset for yesterday/today/tomorrow.
	shift            int
	year, month, day int
	unit             string // "week", "month" or "year" of a period
}

func isWeekday(w string) bool { _, ok := lexicon.Weekday(w); return ok }

func isMonth(w string) bool { _, ok := lexicon.Month(w); return ok }

// Find returns the time expressions of a sentence, in order.
func Find(s *doc.Sentence) []Expr {
	toks := s.Tokens
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = strings.ToLower(t.Text)
	}
	var out []Expr
	for i := 0; i < len(toks); i++ {
		w := low[i]
		var e Expr
		switch {
		case isWeekday(w):
			wd, _ := lexicon.Weekday(w)
			e = Expr{Start: i, End: i + 1, kind: kindWeekday, weekday: wd}
			if i > 0 {
				switch low[i-1] {
				case "last", "past", "previous":
					e.Start, e.shift = i-1, -1
				case "next", "coming":
					e.Start, e.shift = i-1, 1
				}
			}
		case isMonth(w):
			month, _ := lexicon.Month(w)
			d, ok := dayNum(low, i+1)
			if !ok && !(i > 0 && dayNumOK(low, i-1)) && startsUpper(toks[i].Text) && len(w) > 3 {
				// "in March 2014", "last July": the month itself
				e = Expr{Start: i, End: i + 1, kind: kindMonth, month: int(month)}
				if y, ok := yearNum(low, i+1); ok {
					e.year, e.End = y, i+2
				}
				if i > 0 {
					switch low[i-1] {
					case "last", "past":
						e.Start, e.shift = i-1, -1
					case "next", "coming":
						e.Start, e.shift = i-1, 1
					}
				}
				break
			}
			if !ok {
				if d2, ok2 := dayNum(low, i-1); ok2 && (i < 2 || !isMonth(low[i-2])) {
					// "16 March (2014)"
					e = Expr{Start: i - 1, End: i + 1, kind: kindDate, month: int(month), day: d2}
					if y, ok := yearNum(low, i+1); ok {
						e.year, e.End = y, i+2
					}
					e.Text = textOf(s, e.Start, e.End)
					e.Head = headOf(s, e.Start, e.End)
					out = append(out, e)
					i = e.End - 1
					continue
				}
				continue
			}
			if w == "may" && !startsUpper(toks[i].Text) {
				continue
			}
			e = Expr{Start: i, End: i + 2, kind: kindDate, month: int(month), day: d}
			j := i + 2
			if j < len(toks) && low[j] == "," {
				j++
			}
			if y, ok := yearNum(low, j); ok {
				e.year, e.End = y, j+1
			}
		case i > 0 && (low[i-1] == "in" || low[i-1] == "since" || low[i-1] == "until" || low[i-1] == "by") && isYear(low, i):
			y, _ := yearNum(low, i)
			e = Expr{Start: i, End: i + 1, kind: kindYear, year: y}
		case lexicon.TimeUnits.Has(w) && (w == "week" || w == "month" || w == "year") && i > 0 && periodShift(low[i-1]) != 0:
			e = Expr{Start: i - 1, End: i + 1, kind: kindPeriod, unit: w, shift: periodShift(low[i-1])}
		case isISO(w):
			t, _ := time.Parse(Layout, w)
			e = Expr{Start: i, End: i + 1, kind: kindISO, year: t.Year(), month: int(t.Month()), day: t.Day()}
		default:
			off, ok := lexicon.RelativeDay(w)
			if !ok {
				if w == "night" && i > 0 && low[i-1] == "last" {
					e = Expr{Start: i - 1, End: i + 1, kind: kindRelative, shift: -1}
					break
				}
				continue
			}
			e = Expr{Start: i, End: i + 1, kind: kindRelative, shift: off}
		}
		e.Text = textOf(s, e.Start, e.End)
		e.Head = headOf(s, e.Start, e.End)
		out = append(out, e)
		i = e.End - 1
	}
	return out
}

func startsUpper(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

func dayNumOK(low []string, i int) bool { _, ok := dayNum(low, i); return ok }

func isYear(low []string, i int) bool { _, ok := yearNum(low, i); return ok }

// periodShift is +1 for "next", -1 for "last", 0 for other words before a
// week, month or year.
func periodShift(w string) int {
	switch w {
	case "next", "coming":
		return 1
	case "last", "past", "previous":
		return -1
	}
	return 0
}

// Future reports whether the expression names a time after the day of
// writing by its words alone: "tomorrow", "next year", "next Sunday".
func (e Expr) Future() bool {
	switch e.kind {
	case kindRelative, kindWeekday, kindMonth, kindPeriod:
		return e.shift > 0
	}
	return false
}

// Absolute reports whether the expression names its date without the day
// of writing: "March 16, 2014", "in March 2014", "in 1987", "2014-03-16".
func (e Expr) Absolute() bool {
	switch e.kind {
	case kindISO, kindYear:
		return true
	case kindDate, kindMonth:
		return e.year != 0
	}
	return false
}

// Precision returns how finely the expression names a date.
func (e Expr) Precision() Precision {
	switch {
	case e.kind == kindMonth || e.kind == kindPeriod && e.unit == "month":
		return Month
	case e.kind == kindYear || e.kind == kindPeriod && e.unit == "year":
		return Year
	}
	return Day
}

// Format writes a date resolved from the expression at its precision:
// "2014-03-16", "2014-03" or "2014" (ISO 8601 reduced precision).
func (e Expr) Format(t time.Time) string {
	switch e.Precision() {
	case Month:
		return t.Format("2006-01")
	case Year:
		return t.Format("2006")
	}
	return t.Format(Layout)
}

func dayNum(low []string, i int) (int, bool) {
	if i < 0 || i >= len(low) {
		return 0, false
	}
	w := strings.TrimRight(low[i], ".")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	n, err := strconv.Atoi(w)
	if err != nil || n < 1 || n > 31 || len(w) > 2 {
		return 0, false
	}
	return n, true
}

func yearNum(low []string, i int) (int, bool) {
	if i < 0 || i >= len(low) || len(low[i]) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(low[i])
	if err != nil || n < 1800 || n > 2200 {
		return 0, false
	}
	return n, true
}

func isISO(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	_, err := time.Parse(Layout, w)
	return err == nil
}

func textOf(s *doc.Sentence, start, end int) string {
	var b strings.Builder
	for i := start; i < end; i++ {
		b.WriteString(s.Tokens[i].Text)
		if i+1 < end && s.Tokens[i].SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// headOf returns the token of [start, end) whose head lies outside it.
func headOf(s *doc.Sentence, start, end int) int {
	for i := start; i < end; i++ {
		h := s.Tokens[i].Head
		if h < start || h >= end {
			if s.Tokens[i].Dep != "" {
				return i
			}
		}
	}
	return start
}

// Resolve returns the calendar date of the expression relative to ref, the
// publication date. future says whether the clause speaks of the future.
func (e Expr) Resolve(ref time.Time, future bool) (time.Time, bool) {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	switch e.kind {
	case kindRelative:
		return ref.AddDate(0, 0, e.shift), true
	case kindISO:
		return time.Date(e.year, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC), true
	case kindWeekday:
		back := (int(ref.Weekday()) - int(e.weekday) + 7) % 7
		fwd := (int(e.weekday) - int(ref.Weekday()) + 7) % 7
		switch {
		case e.shift < 0:
			if back == 0 {
				back = 7
			}
			return ref.AddDate(0, 0, -back), true
		case e.shift > 0:
			if fwd == 0 {
				fwd = 7
			}
			return ref.AddDate(0, 0, fwd), true
		case future:
			return ref.AddDate(0, 0, fwd), true
		}
		return ref.AddDate(0, 0, -back), true
	case kindMonth:
		y := e.year
		if y == 0 {
			y = ref.Year()
			m := time.Month(e.month)
			switch {
			case e.shift < 0 || e.shift == 0 && !future:
				if m > ref.Month() {
					y--
				}
			case e.shift > 0 || future:
				if m < ref.Month() {
					y++
				}
			}
		}
		return time.Date(y, time.Month(e.month), 1, 0, 0, 0, 0, time.UTC), true
	case kindYear:
		return time.Date(e.year, 1, 1, 0, 0, 0, 0, time.UTC), true
	case kindPeriod:
		switch e.unit {
		case "week":
			return ref.AddDate(0, 0, 7*e.shift), true
		case "month":
			return time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, e.shift, 0), true
		}
		return time.Date(ref.Year()+e.shift, 1, 1, 0, 0, 0, 0, time.UTC), true
	case kindDate:
		y := e.year
		explicit := y != 0
		if !explicit {
			y = ref.Year()
		}
		t := time.Date(y, time.Month(e.month), e.day, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(e.month) {
			return time.Time{}, false // February 30
		}
		if !explicit {
			switch {
			case !future && t.After(ref.AddDate(0, 0, 7)):
				t = t.AddDate(-1, 0, 0)
			case future && t.Before(ref.AddDate(0, 0, -7)):
				t = t.AddDate(1, 0, 0)
			}
		}
		return t, true
	}
	return time.Time{}, false
}

// RefDate parses a publication date: an ISO date ("2014-03-30") or an RFC
// 3339 timestamp, whose own calendar date is kept.
func RefDate(published string) (time.Time, bool) {
	published = strings.TrimSpace(published)
	for _, layout := range []string{Layout, time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, published); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}
