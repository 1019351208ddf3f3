package lexicon

import (
	"maps"
	"slices"
	"time"
)

// The names of the weekdays and months, in calendar order (Sunday first, as
// time.Weekday counts), and their abbreviations as the news writes them
// ("Sept.", "Thurs."). extract/timex, first in b50a48a.
var (
	weekdayNames = [7]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
	monthNames   = [12]string{
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december",
	}
	weekdayAbbreviations = map[string]time.Weekday{
		"sun.": time.Sunday, "mon.": time.Monday, "tue.": time.Tuesday, "tues.": time.Tuesday,
		"wed.": time.Wednesday, "thu.": time.Thursday, "thurs.": time.Thursday, "fri.": time.Friday,
		"sat.": time.Saturday,
	}
	monthAbbreviations = map[string]time.Month{
		"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
		"oct.": 10, "nov.": 11, "dec.": 12, "jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
		"nov": 11, "dec": 12,
	}
	weekdayIndex = index(weekdayNames[:])
	monthIndex   = index(monthNames[:])
)

// Weekdays and Months list the names of the days and months (lower case).
var (
	Weekdays = words(weekdayNames[:]...)
	Months   = words(monthNames[:]...)
)

// Weekday returns the day a weekday name or abbreviation (lower case, as
// written: "sunday", "sun.") names.
func Weekday(w string) (time.Weekday, bool) {
	if d, ok := weekdayAbbreviations[w]; ok {
		return d, true
	}
	i, ok := weekdayIndex[w]
	return time.Weekday(i), ok
}

// Month returns the month a month name or abbreviation (lower case, as
// written: "march", "sept.", "dec") names.
func Month(w string) (time.Month, bool) {
	if m, ok := monthAbbreviations[w]; ok {
		return m, true
	}
	i, ok := monthIndex[w]
	return time.Month(i + 1), ok
}

func index(names []string) map[string]int {
	m := make(map[string]int, len(names))
	for i, n := range names {
		m[n] = i
	}
	return m
}

// relativeDayOffsets maps the words that name a day relative to the day
// of writing to its offset in days (extract/timex, first in b50a48a).
var relativeDayOffsets = map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

// RelativeDays lists the words that name a day relative to the day of
// writing: "yesterday", "today", "tonight", "tomorrow".
var RelativeDays = words(slices.Collect(maps.Keys(relativeDayOffsets))...)

// RelativeDay returns the offset in days from the day of writing of the day
// a relative day word names: -1 for "yesterday".
func RelativeDay(w string) (int, bool) {
	d, ok := relativeDayOffsets[w]
	return d, ok
}

// TimeUnits lists nouns (lemmas) that measure or name a stretch of time:
// "for four hours", "last week", "that morning".
var TimeUnits = words(
	"year", "month", "week", "day", "hour", "minute", "second", "time", "period", "decade", "century",
	"season", "morning", "afternoon", "evening", "night", "weekend", "moment", "while",
)

// MeasureNouns lists nouns (lemmas) that measure an event noun in an "of"
// phrase: "four days of talks", "a new round of sanctions", "a wave of
// attacks". The event stage reads the measured noun as the event.
var MeasureNouns = union(TimeUnits, words("round", "series", "session", "wave", "spate", "string"))

// TemporalNouns lists nouns (lemmas) that head time expressions: time
// units, weekdays, months and relative days. A prepositional phrase on
// one ("for four hours", "in May") is an adjunct, never the object of a
// prepositional verb (extract/clause, first in d78816d; "tonight" came with
// the relative days, and changed no output).
var TemporalNouns = union(TimeUnits, Weekdays, Months, RelativeDays)

// DateWords lists the words (lemmas) that name a date by themselves
// ("Sunday", "March 16", "tomorrow"), which a parse may take for an
// object: weekdays, months and relative days. "May" is left out: as a
// lemma it is the modal verb more often than the month (extract/clause,
// first in 41c7e77).
var DateWords = union(Weekdays, Months.without("may"), RelativeDays)

// DateDeterminers lists the determiners and adjectives (lemmas) that make a
// time unit a date: "last week", "this year", "the same day".
var DateDeterminers = words("this", "last", "next", "every", "each", "previous", "same", "that")

// DateFillers lists the words (lemmas) besides time words and numbers that
// a phrase may hold and still be a date and nothing else: "the end of last
// year" is not one, "early last year" is.
var DateFillers = union(DateDeterminers, words("the", "early", "late"))

// DeadlineNouns lists nouns (lemmas) that, after "by", make a time rather
// than an agent: "by the end of the year", "by the deadline".
var DeadlineNouns = words("end", "deadline")
