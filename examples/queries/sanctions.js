// Who sanctions whom: every asserted sanction edge, source and target tagged.
g.V().Tag("source").Out("<kg:sanction>").Tag("target").All()
