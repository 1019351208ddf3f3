// Refused and denied facts live only as statement nodes: their verb phrase
// and the sentence that states them.
g.V().Has("<kg:polarity>", "negated").Tag("statement").Out("<kg:verb>").Tag("verb").Back("statement").Out("<kg:sentence>").Tag("sentence").All()
