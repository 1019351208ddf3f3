package schema

import (
	"crypto/sha256"
	"encoding/hex"
)

// Document is one input article.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	// Author is who wrote the article, as the page or the JSON says.
	Author string `json:"author,omitempty"`
	Text   string `json:"text"`
	// Source names where the document was read from ("news/a.txt",
	// "news.jsonl:14"), for error messages.
	Source string `json:"-"`
}

// Hash is the hex SHA-256 of the document text; a document loaded twice with
// the same hash adds nothing to the graph.
func (d *Document) Hash() string {
	sum := sha256.Sum256([]byte(d.Text))
	return hex.EncodeToString(sum[:])
}

// Extraction is everything read from one document: the entities it mentions
// and the statements it makes.
type Extraction struct {
	Document   Document    `json:"document"`
	Entities   []Entity    `json:"entities"`
	Statements []Statement `json:"statements"`
}
