package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/kgraph/kgraph/graph"
	"github.com/kgraph/kgraph/graph/server"
)

func init() {
	register(&cli.Command{
		Name:      "serve",
		Usage:     "explore the graph in a browser, and answer Cayley's HTTP API",
		ArgsUsage: "[ARTICLE...]",
		Description: "Serves the store named by --db (or, given articles, a throwaway in-memory store built from\n" +
			"them): a page at / to search entities, see their neighbours and read the sentence behind every\n" +
			"edge, and Cayley's HTTP API (/api/v2/query?lang=gizmo, /api/v2/read) for programs. Read-only\n" +
			"unless --writable; listens on 127.0.0.1 unless told otherwise.",
		Flags: append(inputFlags(), dbFlag,
			&cli.StringFlag{Name: "addr", Value: "127.0.0.1:8080", Usage: "listen on `HOST:PORT` (port 0 picks a free one)"},
			&cli.BoolFlag{Name: "writable", Usage: "add Cayley's write and delete endpoints"},
			&cli.DurationFlag{Name: "timeout", Value: server.DefaultTimeout, Usage: "stop a query after this long"},
			&cli.IntFlag{Name: "limit", Value: server.DefaultLimit, Usage: "return at most `N` results of a Gizmo query (the answer says when it was capped)"},
		),
		Action: serveAction,
	})
}

func serveAction(c *cli.Context) error {
	if c.Int("limit") <= 0 || c.Duration("timeout") <= 0 {
		return usagef("serve: --limit and --timeout must be positive")
	}
	var st *graph.Store
	var inErr, err error
	what := c.String(dbFlag.Name)
	if c.NArg() > 0 {
		st, inErr, err = buildMemStore(c)
		what = fmt.Sprintf("%d articles", c.NArg())
	} else {
		st, err = openExistingStore(c)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	if inErr != nil {
		fmt.Fprintf(c.App.ErrWriter, "kgraph: %v\n", inErr)
	}
	addr := c.String("addr")
	ln, err := listen(c.Context, addr)
	if err != nil {
		return err
	}
	srv, err := server.New(c.Context, st, server.Options{
		Writable:     c.Bool("writable"),
		QueryTimeout: c.Duration("timeout"),
		QueryLimit:   c.Int("limit"),
		Loopback:     isLoopback(ln.Addr()),
	})
	if err != nil {
		ln.Close()
		return err
	}
	mode := "read-only"
	if c.Bool("writable") {
		mode = "writable"
	}
	fmt.Fprintf(c.App.ErrWriter, "kgraph: serving %s (%s) at http://%s/ ; Ctrl-C stops\n", what, mode, ln.Addr())
	return serveUntilDone(c.Context, ln, srv)
}

// listen opens the listening socket, with a one-line error when the port
// is taken.
func listen(ctx context.Context, addr string) (net.Listener, error) {
	ln, err := (&net.ListenConfig{}).Listen(ctx, "tcp", addr)
	if errors.Is(err, syscall.EADDRINUSE) {
		return nil, fmt.Errorf("listen on %s: the port is taken (another kgraph serve?); choose another with --addr", addr)
	}
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
}

// serveUntilDone serves until ctx ends (Ctrl-C), then lets the requests
// under way finish for a few seconds.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(sctx)
	return ctx.Err()
}
