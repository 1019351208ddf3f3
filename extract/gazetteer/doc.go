// Package gazetteer is kgraph's embedded dictionary of named actors and
// places: countries (canonical short name, ISO alpha-3, Wikidata QID,
// aliases, demonyms, capitals), regions, international, government,
// military, media and armed-group organizations, people from the Phoenix
// leader dictionaries, and office titles and ranks.
//
// Lookups run over token sequences: [Gazetteer.Longest] finds the longest
// entry starting at a token, case-aware ("US" is the country, "us" is not;
// all-caps headlines don't turn "US" into a country), and [Gazetteer.Scan]
// covers a sentence left to right. The table is built by
// internal/train/gazetteer from open data; see the NOTICE file.
package gazetteer
