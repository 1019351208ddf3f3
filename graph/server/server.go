package server

import (
	"context"
	"embed"
	"io/fs"
	"net"
	"net/http"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/kgraph/kgraph/graph"
)

// Options configure a Server. Zero values take the defaults below.
type Options struct {
	// Writable adds Cayley's write and delete endpoints.
	Writable bool
	// QueryTimeout bounds every query and neighbourhood (DefaultTimeout).
	QueryTimeout time.Duration
	// QueryLimit caps the results of a Gizmo query (DefaultLimit).
	QueryLimit int
	// MaxBody caps a request body in bytes (DefaultMaxBody; writes, when
	// Writable, DefaultMaxWrite).
	MaxBody int64
	// Loopback refuses requests whose Host is not a loopback name or
	// address, so that a web page elsewhere cannot reach a server bound to
	// 127.0.0.1 through DNS rebinding.
	Loopback bool
	// Refresh is how often the search index is rebuilt from a store that
	// other processes write to (PostgreSQL); 0 never, DefaultRefresh on
	// PostgreSQL when not set.
	Refresh time.Duration
}

// Defaults of Options.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultLimit    = 1000
	DefaultMaxBody  = 1 << 20
	DefaultMaxWrite = 64 << 20
	DefaultRefresh  = 30 * time.Second
)

//go:embed static
var static embed.FS

// Server serves one store. It is an http.Handler.
type Server struct {
	st     *graph.Store
	opts   Options
	names  *nameIndex
	mux    *http.ServeMux
	cayley *cayleyhttp.APIv2
}

// New returns a server for st, which it reads (and, when Writable, writes)
// but does not close. It reads the entity names for the search box first.
func New(ctx context.Context, st *graph.Store, opts Options) (*Server, error) {
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = DefaultTimeout
	}
	if opts.QueryLimit <= 0 {
		opts.QueryLimit = DefaultLimit
	}
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Refresh == 0 && st.Backend() == "postgres" {
		opts.Refresh = DefaultRefresh
	}
	s := &Server{st: st, opts: opts, mux: http.NewServeMux()}
	names, err := newNameIndex(ctx, st, opts.Refresh)
	if err != nil {
		return nil, err
	}
	s.names = names
	if err := s.routes(); err != nil {
		return nil, err
	}
	return s, nil
}

// routes registers every endpoint.
func (s *Server) routes() error {
	h := &cgraph.Handle{QuadStore: s.st.QuadStore()}
	if s.opts.Writable {
		qw, err := cgraph.NewQuadWriter("single", h.QuadStore, nil)
		if err != nil {
			return err
		}
		h.QuadWriter = qw
	}
	s.cayley = cayleyhttp.NewAPIv2Writer(h, "single", nil)
	s.cayley.SetReadOnly(!s.opts.Writable)
	s.cayley.SetQueryTimeout(s.opts.QueryTimeout)
	s.cayley.SetQueryLimit(s.opts.QueryLimit)
	s.cayley.SetBatchSize(graph.DefaultBatch)

	// Cayley's API.
	s.mux.HandleFunc("GET /api/v2/query", s.serveQuery)
	s.mux.HandleFunc("POST /api/v2/query", s.serveQuery)
	s.mux.HandleFunc("POST /api/v1/query/{lang}", s.serveQuery)
	s.mux.HandleFunc("GET /api/v2/read", s.cayley.ServeRead)
	s.mux.HandleFunc("POST /api/v2/read", s.cayley.ServeRead)
	s.mux.HandleFunc("GET /api/v2/formats", s.cayley.ServeFormats)
	for path, h := range map[string]http.HandlerFunc{
		"/api/v2/write": s.cayley.ServeWrite, "/api/v2/delete": s.cayley.ServeDelete, "/api/v2/node/delete": s.cayley.ServeNodeDelete,
	} {
		if s.opts.Writable {
			s.mux.HandleFunc("POST "+path, s.written(h))
		} else {
			s.mux.HandleFunc("POST "+path, readOnly)
		}
	}

	// kgraph's own API, for the page.
	s.mux.HandleFunc("GET /api/kg/search", s.serveSearch)
	s.mux.HandleFunc("GET /api/kg/neighbourhood", s.serveNeighbourhood)
	s.mux.HandleFunc("GET /api/kg/statements", s.serveStatements)
	s.mux.HandleFunc("GET /api/kg/vocabulary", s.serveVocabulary)

	// The page.
	files, err := fs.Sub(static, "static")
	if err != nil {
		return err
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(files)))
	s.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, files, "index.html")
	})
	return nil
}

// readOnly answers the write endpoints of a read-only server.
func readOnly(w http.ResponseWriter, _ *http.Request) {
	jsonError(w, http.StatusForbidden, "the store is read-only: start kgraph serve --writable to write through the API")
}

// written marks the search index stale after a write through the API.
func (s *Server) written(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h(w, r)
		s.names.invalidate()
	}
}

// contentSecurityPolicy lets the page run only its own scripts and styles
// and talk only to this server.
// The hash is that of the one-line stylesheet that cytoscape.js adds for
// its container (TestBrowser fails on a CSP violation if it changes).
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; " +
	"img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// ServeHTTP sets the security headers, checks the Host and limits the body,
// then serves the request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", contentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Frame-Options", "DENY")
	if s.opts.Loopback && !loopbackHost(r.Host) {
		jsonError(w, http.StatusForbidden, "host %q is not a loopback address: this server answers only on this machine", r.Host)
		return
	}
	limit := s.opts.MaxBody
	if s.opts.Writable && strings.HasPrefix(r.URL.Path, "/api/v2/") && !strings.HasPrefix(r.URL.Path, "/api/v2/query") {
		limit = max(limit, DefaultMaxWrite)
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	s.mux.ServeHTTP(w, r)
}

// loopbackHost reports whether a Host header names this machine.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
