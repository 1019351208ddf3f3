package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

// writeJSON sends v as JSON. Go's encoder escapes <, > and & in strings, so
// that no article text reads as markup even where a client got it wrong.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// jsonError sends {"error": "..."}, the shape Cayley's API uses.
func jsonError(w http.ResponseWriter, code int, format string, a ...any) {
	writeJSON(w, code, map[string]string{"error": fmt.Sprintf(format, a...)})
}

// requestError reports an error of a handler: a body over the limit, a
// timeout, a missing entity, or a failure of the store.
func requestError(w http.ResponseWriter, err error) {
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &mb):
		jsonError(w, http.StatusRequestEntityTooLarge, "request body too large: at most %d bytes", mb.Limit)
	case errors.Is(err, context.DeadlineExceeded):
		jsonError(w, http.StatusServiceUnavailable, "%v", err)
	case errors.Is(err, graph.ErrNoEntity):
		jsonError(w, http.StatusNotFound, "%v", err)
	default:
		jsonError(w, http.StatusInternalServerError, "%v", err)
	}
}

// serveQuery runs a Gizmo query, as Cayley's /api/v2/query?lang=gizmo (query
// in the body, or in qu= for GET) and /api/v1/query/gizmo do, and answers
// {"result": [...]}. A result capped at the limit adds "truncated": true
// and "limit" to the answer and an X-Kgraph-Truncated header. Other
// languages go to Cayley's own handler.
func (s *Server) serveQuery(w http.ResponseWriter, r *http.Request) {
	lang := r.PathValue("lang")
	if lang == "" {
		lang = r.URL.Query().Get("lang")
	}
	if lang != "gizmo" {
		if r.PathValue("lang") == "" {
			s.cayley.ServeQuery(w, r)
			return
		}
		jsonError(w, http.StatusBadRequest, "unknown query language %q (kgraph answers gizmo)", lang)
		return
	}
	q := r.URL.Query().Get("qu")
	if r.Method == http.MethodPost {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			requestError(w, err)
			return
		}
		q = string(b)
	}
	if strings.TrimSpace(q) == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	limit := s.opts.QueryLimit
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n > 0 && n < limit {
		limit = n
	}
	res, err := s.st.Query(r.Context(), q, graph.QueryOptions{Limit: limit, Timeout: s.opts.QueryTimeout})
	truncated := errors.Is(err, graph.ErrTruncated)
	if err != nil && !truncated {
		jsonError(w, http.StatusBadRequest, "%v", err)
		return
	}
	out := map[string]any{"result": res}
	if truncated {
		w.Header().Set("X-Kgraph-Truncated", strconv.Itoa(limit))
		out["truncated"], out["limit"] = true, limit
	}
	writeJSON(w, http.StatusOK, out)
}

// searchResult is one entity the search box offers.
type searchResult struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Type    schema.EntityType `json:"type"`
	Subtype string            `json:"subtype,omitempty"`
	Alias   string            `json:"alias,omitempty"` // the alias that matched
}

// serveSearch completes q over entity names and aliases.
func (s *Server) serveSearch(w http.ResponseWriter, r *http.Request) {
	entries, err := s.names.current(r.Context())
	if err != nil {
		requestError(w, err)
		return
	}
	limit := intParam(r, "limit", 20, 1, 200)
	ms, total := search(entries, r.URL.Query().Get("q"), limit)
	out := make([]searchResult, 0, len(ms))
	for _, m := range ms {
		out = append(out, searchResult{ID: m.e.ID, Name: m.e.Name, Type: m.e.Type, Subtype: m.e.Subtype, Alias: m.alias})
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out, "total": total, "truncated": total > len(out)})
}

// intParam reads an integer parameter, def when absent, clamped to
// [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil {
		return def
	}
	return min(max(n, lo), hi)
}

// listParam reads a comma-separated parameter.
func listParam(r *http.Request, name string) []string {
	var out []string
	for _, v := range strings.Split(r.URL.Query().Get(name), ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// filterOf reads the statement filter of a request: rel, cameo, plover,
// type (comma-separated), from, to (YYYY-MM-DD) and asserted=1.
func filterOf(r *http.Request) graph.StatementFilter {
	f := graph.StatementFilter{
		Relations:    listParam(r, "rel"),
		CAMEORoots:   listParam(r, "cameo"),
		PLOVER:       listParam(r, "plover"),
		From:         r.URL.Query().Get("from"),
		To:           r.URL.Query().Get("to"),
		AssertedOnly: r.URL.Query().Get("asserted") == "1",
	}
	for _, t := range listParam(r, "type") {
		f.Types = append(f.Types, schema.EntityType(t))
	}
	return f
}

// jsonNode is a node of the map the page draws.
type jsonNode struct {
	ID      string            `json:"id"`
	Name    string            `json:"name"`
	Type    schema.EntityType `json:"type"`
	Subtype string            `json:"subtype,omitempty"`
	Aliases []string          `json:"aliases,omitempty"`
	Folded  int               `json:"folded,omitempty"` // statements about concepts folded into it
}

// jsonEdge is an edge of the map the page draws.
type jsonEdge struct {
	ID         string                 `json:"id"`
	From       string                 `json:"from"`
	To         string                 `json:"to"`
	Relation   string                 `json:"relation"`
	Relations  []schema.RelationCount `json:"relations,omitempty"`
	Count      int                    `json:"count"`
	Docs       int                    `json:"docs"`
	Unasserted bool                   `json:"unasserted,omitempty"`
	QuadClass  int                    `json:"quadClass,omitempty"`
}

// serveNeighbourhood answers the map around id: depth (1 to 3), max nodes,
// concepts=1 to keep concept nodes, and the filters of filterOf.
func (s *Server) serveNeighbourhood(w http.ResponseWriter, r *http.Request) {
	ids := listParam(r, "id")
	if len(ids) == 0 {
		jsonError(w, http.StatusBadRequest, "no entity: give id=IRI")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
	defer cancel()
	maxNodes := intParam(r, "max", 60, 2, 2000)
	nb, err := s.st.Neighbourhood(ctx, graph.NeighbourhoodOptions{
		Focus:    ids,
		Depth:    intParam(r, "depth", 1, 1, 3),
		MaxNodes: max(maxNodes*4, graph.DefaultMaxNodes), // room for the concepts that get folded
		Filter:   filterOf(r),
	})
	if err != nil {
		requestError(w, err)
		return
	}
	m := graph.MakeMap(nb.Graph, ids, graph.MapOptions{MaxNodes: maxNodes, Concepts: r.URL.Query().Get("concepts") == "1"})
	out := struct {
		Focus      []string   `json:"focus"`
		Nodes      []jsonNode `json:"nodes"`
		Edges      []jsonEdge `json:"edges"`
		Statements int        `json:"statements"`
		Dropped    int        `json:"dropped"`
		Truncated  bool       `json:"truncated"`
	}{Focus: ids, Nodes: []jsonNode{}, Edges: []jsonEdge{}, Statements: nb.Statements, Dropped: m.Dropped, Truncated: nb.Truncated || m.Dropped > 0}
	for _, n := range m.Nodes {
		out.Nodes = append(out.Nodes, jsonNode{ID: n.ID, Name: n.Name, Type: n.Type, Subtype: n.Subtype, Aliases: n.Aliases, Folded: m.Folded[n.ID]})
	}
	for _, e := range m.Edges {
		out.Edges = append(out.Edges, jsonEdge{
			ID: edgeID(e), From: e.From, To: e.To, Relation: e.Relation, Relations: e.Relations,
			Count: e.Count, Docs: len(e.Docs), Unasserted: e.Unasserted, QuadClass: e.QuadClass,
		})
	}
	writeJSON(w, http.StatusOK, out)
}

// edgeID names an edge of the map: the same edge gets the same ID in every
// answer, so that the page can merge the neighbourhoods it expands.
func edgeID(e schema.Edge) string {
	id := e.From + "|" + e.To
	if e.Unasserted {
		id += "|~"
	}
	if e.Relations == nil {
		id += "|" + e.Relation
	}
	return id
}

// jsonArg is an end of a statement.
type jsonArg struct {
	ID   string            `json:"id,omitempty"`
	Name string            `json:"name"`
	Type schema.EntityType `json:"type,omitempty"`
	Text string            `json:"text,omitempty"` // as written, when it differs from the name
}

// jsonDoc is the document a statement comes from.
type jsonDoc struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
}

// jsonStatement is a statement as the page lists it.
type jsonStatement struct {
	ID         string          `json:"id"`
	Subject    jsonArg         `json:"subject"`
	Predicate  string          `json:"predicate"`
	Verb       string          `json:"verb,omitempty"`
	Object     jsonArg         `json:"object"`
	Polarity   schema.Polarity `json:"polarity,omitempty"`
	Modality   schema.Modality `json:"modality,omitempty"`
	Asserted   bool            `json:"asserted"`
	Speaker    *jsonArg        `json:"speaker,omitempty"`
	EventDate  string          `json:"eventDate,omitempty"`
	CAMEO      string          `json:"cameo,omitempty"`
	PLOVER     string          `json:"plover,omitempty"`
	QuadClass  int             `json:"quadClass,omitempty"`
	Goldstein  *float64        `json:"goldstein,omitempty"`
	Confidence float64         `json:"confidence"`
	Sentence   string          `json:"sentence"`
	Doc        jsonDoc         `json:"doc"`
}

// serveStatements lists the statements about id (and other, when given),
// with the filters of filterOf, at most limit of them.
func (s *Server) serveStatements(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	if id == "" {
		jsonError(w, http.StatusBadRequest, "no entity: give id=IRI")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.QueryTimeout)
	defer cancel()
	limit := intParam(r, "limit", 200, 1, 5000)
	ev, err := s.st.StatementsAbout(ctx, id, r.URL.Query().Get("other"), filterOf(r), limit)
	if err != nil {
		requestError(w, err)
		return
	}
	out := make([]jsonStatement, 0, len(ev.Statements))
	for _, st := range ev.Statements {
		out = append(out, statementJSON(st, ev))
	}
	writeJSON(w, http.StatusOK, map[string]any{"statements": out, "total": ev.Total, "truncated": ev.Total > len(out), "limit": limit})
}

func statementJSON(st schema.Statement, ev *graph.Evidence) jsonStatement {
	arg := func(a schema.Arg) jsonArg {
		if a.Entity == "" {
			return jsonArg{Name: a.Text}
		}
		e := ev.Entities[a.Entity]
		j := jsonArg{ID: a.Entity, Name: e.Name, Type: e.Type}
		if j.Name == "" {
			j.Name = a.Text
		}
		if a.Text != "" && a.Text != j.Name {
			j.Text = a.Text
		}
		return j
	}
	d := ev.Documents[st.Doc]
	j := jsonStatement{
		ID: st.ID, Subject: arg(st.Subject), Predicate: st.Predicate, Verb: st.Verb, Object: arg(st.Object),
		Polarity: st.Polarity, Modality: st.Modality, Asserted: st.IsAsserted(), EventDate: st.EventDate,
		CAMEO: st.CAMEO, PLOVER: st.PLOVER, QuadClass: st.QuadClass, Confidence: st.Confidence,
		Sentence: st.SentenceText, Doc: jsonDoc{ID: st.Doc, Title: d.Title, URL: d.URL, Published: d.Published},
	}
	if st.CAMEO != "" || st.Goldstein != 0 {
		g := st.Goldstein
		j.Goldstein = &g
	}
	if st.Speaker != "" {
		sp := arg(schema.Arg{Entity: st.Speaker, Text: st.Speaker})
		if !strings.HasPrefix(st.Speaker, schema.Prefix) {
			sp = jsonArg{Name: st.Speaker}
		}
		j.Speaker = &sp
	}
	return j
}

// serveVocabulary tells the page the relations, CAMEO roots, PLOVER types
// and entity types it can filter by.
func (s *Server) serveVocabulary(w http.ResponseWriter, r *http.Request) {
	type rel struct {
		Name      string `json:"name"`
		CAMEO     string `json:"cameo,omitempty"`
		PLOVER    string `json:"plover,omitempty"`
		QuadClass int    `json:"quadClass,omitempty"`
		Doc       string `json:"doc"`
	}
	type root struct {
		Code      string   `json:"code"`
		Relations []string `json:"relations"`
	}
	var rels []rel
	var roots []root
	var plover []string
	for _, r := range schema.Relations() {
		rels = append(rels, rel{r.Name, r.CAMEO, r.PLOVER, r.QuadClass, r.Doc})
		if len(r.CAMEO) >= 2 {
			if n := len(roots); n == 0 || roots[n-1].Code != r.CAMEO[:2] {
				roots = append(roots, root{Code: r.CAMEO[:2]})
			}
			roots[len(roots)-1].Relations = append(roots[len(roots)-1].Relations, r.Name)
		}
		if r.PLOVER != "" && !slices.Contains(plover, r.PLOVER) {
			plover = append(plover, r.PLOVER)
		}
	}
	slices.Sort(plover)
	writeJSON(w, http.StatusOK, map[string]any{
		"relations": rels, "cameoRoots": roots, "plover": plover, "types": schema.EntityTypes,
		"backend": s.st.Backend(), "writable": s.opts.Writable,
		"queryLimit": s.opts.QueryLimit, "queryTimeout": s.opts.QueryTimeout.String(),
	})
}
