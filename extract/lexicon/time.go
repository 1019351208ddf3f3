package lexicon

// Weekdays and Months are the names of the days and months (lemmas, lower
// case).
var (
	Weekdays = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	Months   = words(
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december",
	)
)

// RelativeDays lists the words that name a day relative to the day of
// writing.
var RelativeDays = words("today", "yesterday", "tomorrow", "tonight")

// TimeUnits lists nouns (lemmas) that measure or name a stretch of time:
// "for four hours", "last week", "that morning".
var TimeUnits = words(
	"year", "month", "week", "day", "hour", "minute", "second", "time", "period", "decade", "century",
	"season", "morning", "afternoon", "evening", "night", "weekend", "moment", "while",
)

// TemporalNouns lists nouns (lemmas) that head time expressions: time
// units, weekdays, months and relative days. A prepositional phrase on
// one ("for four hours", "in May") is an adjunct, never the object of a
// prepositional verb (extract/clause, first in d78816d).
var TemporalNouns = union(TimeUnits, Weekdays, Months, words("today", "yesterday", "tomorrow"))

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
