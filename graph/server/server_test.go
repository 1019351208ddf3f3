package server

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/schema"
)

// newTestServer serves a memory store holding one article whose sentence
// carries markup.
func newTestServer(t *testing.T, opts Options) *httptest.Server {
	t.Helper()
	st, err := graph.Open(t.Context(), "mem:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	rus := schema.Entity{ID: "kg:country/RUS", Name: "Russia", Type: schema.Country, Aliases: []string{"Moscow"}}
	ukr := schema.Entity{ID: "kg:country/UKR", Name: "Ukraine", Type: schema.Country}
	s := schema.Statement{
		Subject: schema.Arg{Text: "Russia", Entity: rus.ID, Name: rus.Name, Type: rus.Type}, Predicate: "criticize", Verb: "criticized",
		Object: schema.Arg{Text: "Ukraine", Entity: ukr.ID, Name: ukr.Name, Type: ukr.Type}, Kind: schema.KindRelation,
		Polarity: schema.Asserted, Modality: schema.Fact, CAMEO: "111", QuadClass: 3, Confidence: 0.8, Doc: "a",
		SentenceText: "Russia criticized Ukraine <script>alert(1)</script>.",
	}
	s.ID = schema.StatementID(&s)
	ex := schema.Extraction{
		Document: schema.Document{ID: "a", Title: "<b>Title</b>", URL: "javascript:alert(1)"},
		Entities: []schema.Entity{rus, ukr}, Statements: []schema.Statement{s},
	}
	if _, err := st.Load(t.Context(), []schema.Extraction{ex}); err != nil {
		t.Fatal(err)
	}
	srv, err := New(t.Context(), st, opts)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

func do(t *testing.T, method, url, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestHandlers(t *testing.T) {
	ts := newTestServer(t, Options{QueryLimit: 2, MaxBody: 4096})
	for _, tc := range []struct {
		name, method, path, body string
		code                     int
		want                     string // in the body
	}{
		{"page", "GET", "/", "", 200, `<div id="cy"`},
		{"script", "GET", "/static/app.js", "", 200, "textContent"},
		{"search by alias", "GET", "/api/kg/search?q=mosc", "", 200, `"alias":"Moscow"`},
		{"neighbourhood", "GET", "/api/kg/neighbourhood?id=kg:country/RUS", "", 200, `"relation":"criticize"`},
		{"unknown entity", "GET", "/api/kg/neighbourhood?id=kg:Nobody", "", 404, "no such entity"},
		{"statement text escaped", "GET", "/api/kg/statements?id=kg:country/RUS", "", 200, `\u003cscript\u003ealert(1)\u003c/script\u003e`},
		{"gizmo, Cayley's v2 shape", "POST", "/api/v2/query?lang=gizmo", `g.V("<kg:country/RUS>").Out("<schema:name>").All()`, 200, `{"result":[{"id":"Russia"}]}`},
		{"gizmo via GET", "GET", "/api/v2/query?lang=gizmo&qu=g.V(%22%3Ckg:country/UKR%3E%22).Out(%22%3Cschema:name%3E%22).All()", "", 200, `"Ukraine"`},
		{"gizmo, Cayley's v1 path", "POST", "/api/v1/query/gizmo", `g.V("<kg:country/UKR>").All()`, 200, `"result"`},
		{"capped result says so", "POST", "/api/v2/query?lang=gizmo", `g.V().All()`, 200, `"truncated":true`},
		{"syntax error", "POST", "/api/v2/query?lang=gizmo", `g.V(`, 400, `"error"`},
		{"unknown language", "POST", "/api/v2/query?lang=sparql", `x`, 400, `"error"`},
		{"body too large", "POST", "/api/v2/query?lang=gizmo", strings.Repeat("x", 5000), 413, "too large"},
		{"read N-Quads", "GET", "/api/v2/read?sub=<kg:country/UKR>", "", 200, `<kg:country/UKR> <schema:name> "Ukraine" .`},
		{"formats", "GET", "/api/v2/formats", "", 200, `"nquads"`},
		{"read-only", "POST", "/api/v2/write", `<a> <b> <c> .`, 403, "read-only"},
		{"no delete either", "POST", "/api/v2/delete", `<a> <b> <c> .`, 403, "read-only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, tc.method, ts.URL+tc.path, tc.body)
			if res.StatusCode != tc.code || !strings.Contains(body, tc.want) {
				t.Errorf("%s %s: %d %s, want %d with %s", tc.method, tc.path, res.StatusCode, body, tc.code, tc.want)
			}
			if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("%s: Content-Security-Policy %q", tc.path, csp)
			}
		})
	}
	// The raw sentence never appears unescaped in an answer.
	_, body := do(t, "GET", ts.URL+"/api/kg/statements?id=kg:country/RUS", "")
	if strings.Contains(body, "<script>") {
		t.Errorf("statements answer carries raw markup: %s", body)
	}
	var got struct {
		Statements []struct {
			Sentence string
			Doc      struct{ Title, URL string }
		}
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil || len(got.Statements) != 1 || got.Statements[0].Sentence != "Russia criticized Ukraine <script>alert(1)</script>." {
		t.Errorf("statements: %+v (%v)", got, err)
	}
}

func TestWritable(t *testing.T) {
	ts := newTestServer(t, Options{Writable: true})
	res, body := do(t, "POST", ts.URL+"/api/v2/write", `<kg:Kyiv> <schema:name> "Kyiv" .`+"\n"+`<kg:Kyiv> <rdf:type> <kg:GPE> .`+"\n")
	if res.StatusCode != 200 || !strings.Contains(body, `"count":2`) {
		t.Fatalf("write: %d %s", res.StatusCode, body)
	}
	// The search sees what was written.
	if _, body := do(t, "GET", ts.URL+"/api/kg/search?q=kyiv", ""); !strings.Contains(body, `"id":"kg:Kyiv"`) {
		t.Errorf("search after a write: %s", body)
	}
}

func TestLoopbackHost(t *testing.T) {
	ts := newTestServer(t, Options{Loopback: true})
	for host, code := range map[string]int{"": 200, "localhost:8080": 200, "[::1]:80": 200, "evil.example": 403, "10.0.0.1:8080": 403} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/kg/vocabulary", nil)
		if host != "" {
			req.Host = host
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != code {
			t.Errorf("Host %q: %d, want %d", host, res.StatusCode, code)
		}
	}
}

func TestSearchOrder(t *testing.T) {
	entries := []nameEntry{}
	for _, e := range []schema.Entity{
		{ID: "kg:Sergey_Lavrov", Name: "Sergey Lavrov", Type: schema.Person, Aliases: []string{"Lavrov"}},
		{ID: "kg:Lavrov_Institute", Name: "Lavrov Institute", Type: schema.Organization},
		{ID: "kg:role/Lavrovian", Name: "Lavrovian", Type: schema.Role},
		{ID: "kg:concept/x", Name: "the Slavrovs", Type: schema.Misc},
	} {
		keys := []string{strings.ToLower(e.Name)}
		for _, a := range e.Aliases {
			keys = append(keys, strings.ToLower(a))
		}
		entries = append(entries, nameEntry{e: e, keys: keys})
	}
	ms, total := search(entries, "Lavrov", 3)
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.e.ID)
	}
	if total != 4 || strings.Join(ids, " ") != "kg:Sergey_Lavrov kg:Lavrov_Institute kg:role/Lavrovian" {
		t.Errorf("search Lavrov: %v of %d", ids, total)
	}
}
