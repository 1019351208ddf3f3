package graph

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/dop251/goja"
)

// QueryOptions limit a query.
type QueryOptions struct {
	// Limit is the most results to return; 0 means no limit. When the query
	// has more, Query returns the first Limit and an error wrapping
	// ErrTruncated.
	Limit int
	// Timeout stops the query after this long; 0 means no timeout.
	Timeout time.Duration
}

// ErrTruncated is returned (wrapped, together with the results) when a query
// had more results than QueryOptions.Limit.
var ErrTruncated = errors.New("results truncated")

// QueryError is a Gizmo error: a syntax error or an exception thrown while
// the query ran. Line and Column are 0 when goja does not give them.
type QueryError struct {
	Line, Column int
	Msg          string
}

func (e *QueryError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("gizmo: line %d:%d: %s", e.Line, e.Column, e.Msg)
	}
	return "gizmo: " + e.Msg
}

// Query runs a Gizmo query through Cayley's engine and returns its results
// as JSON values: one per g.Emit or per path of .All() (a map of tags with
// "id" for the node). Errors in the query come back as a *QueryError.
func (s *Store) Query(ctx context.Context, gizmo string, opts QueryOptions) ([]any, error) {
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	limit := 0
	if opts.Limit > 0 {
		limit = opts.Limit + 1 // one more, to tell whether the limit truncated
	}
	it, err := query.Execute(ctx, s.qs(), "gizmo", gizmo, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, queryError(err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue // the script's own value, not a result
		}
		if m, ok := r.(map[string]any); ok && len(m) == 0 {
			continue // a path whose nodes have no value (e.g. an unlabelled quad's label)
		}
		out = append(out, r)
	}
	if err := s.damaged(it.Err()); err != nil {
		if errors.Is(err, ErrDamaged) {
			return nil, err
		}
		if ctx.Err() == context.DeadlineExceeded {
			return nil, fmt.Errorf("query timed out after %v: %w", opts.Timeout, context.DeadlineExceeded)
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		return nil, queryError(err)
	}
	if opts.Limit > 0 && len(out) > opts.Limit {
		return out[:opts.Limit], fmt.Errorf("query: %w at %d results (raise --limit, or 0 for none)", ErrTruncated, opts.Limit)
	}
	return out, nil
}

// queryError turns goja's errors into one clear line.
func queryError(err error) error {
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		qe := &QueryError{Msg: firstLine(se.Message)}
		if se.File != nil {
			p := se.File.Position(se.Offset)
			qe.Line, qe.Column = p.Line, p.Column
		} else if m := linePos.FindStringSubmatch(qe.Msg); m != nil {
			qe.Line, _ = strconv.Atoi(m[1])
			qe.Column, _ = strconv.Atoi(m[2])
			qe.Msg = m[3]
		}
		qe.Msg = "syntax error: " + qe.Msg
		return qe
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		qe := &QueryError{Msg: firstLine(ex.Value().String())}
		if st := ex.Stack(); len(st) > 0 {
			p := st[0].Position()
			qe.Line, qe.Column = p.Line, p.Column
		}
		return qe
	}
	return &QueryError{Msg: firstLine(err.Error())}
}

// linePos finds the position in goja's parser messages:
// "(anonymous): Line 2:1 Unexpected token ...".
var linePos = regexp.MustCompile(`Line (\d+):(\d+) (.*)$`)

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
