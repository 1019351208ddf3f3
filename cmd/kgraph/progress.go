package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

// progress reports long work on stderr, when it is a terminal and --quiet
// is off: documents done of the total (when the plan could count them), the
// rate and the time left, on one line rewritten at most five times a
// second.
type progress struct {
	w          io.Writer
	on         bool
	verb       string
	total      int // documents, or -1 when not known
	docs, stmt int
	start      time.Time
	last       time.Time
	now        func() time.Time
}

// progressEvery is how often the line is rewritten.
const progressEvery = 200 * time.Millisecond

func newProgress(c *cli.Context, verb string, total int) *progress {
	p := &progress{w: c.App.ErrWriter, verb: verb, total: total, now: time.Now}
	if f, ok := c.App.ErrWriter.(*os.File); ok && !c.Bool("quiet") {
		p.on = term.IsTerminal(int(f.Fd()))
	}
	p.start = p.now()
	return p
}

// add counts documents and statements done, and redraws the line when it
// is due.
func (p *progress) add(docs, statements int) {
	p.docs += docs
	p.stmt += statements
	if !p.on {
		return
	}
	if now := p.now(); now.Sub(p.last) >= progressEvery {
		p.last = now
		fmt.Fprintf(p.w, "\r\033[Kkgraph: %s", p.line(now))
	}
}

// done ends the line with the final counts.
func (p *progress) done() {
	if p.on && p.docs > 0 {
		fmt.Fprintf(p.w, "\r\033[Kkgraph: %s\n", p.line(p.now()))
	}
}

// line is the progress line: "built 120/927 documents (13%), 3,400
// statements, 45.2 documents/s, 0:18 left".
func (p *progress) line(now time.Time) string {
	s := fmt.Sprintf("%s %s, %s", p.verb, plural(p.docs, "document"), plural(p.stmt, "statement"))
	if p.total > 0 {
		s = fmt.Sprintf("%s %d/%d documents (%d%%), %s", p.verb, p.docs, p.total, 100*p.docs/p.total, plural(p.stmt, "statement"))
	}
	el := now.Sub(p.start).Seconds()
	if el < 0.5 || p.docs == 0 {
		return s
	}
	rate := float64(p.docs) / el
	s += fmt.Sprintf(", %.1f documents/s", rate)
	if p.total > p.docs {
		s += ", " + clock(time.Duration(float64(p.total-p.docs)/rate*float64(time.Second))) + " left"
	}
	return s
}

// clock writes a duration as M:SS or H:MM:SS.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second).Seconds())
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// readProgress counts the bytes read from an input file of known size and
// shows them as progress: "load out.nq: 45.1/260.0 MB (17%), 12.3 MB/s, 0:14
// left".
type readProgress struct {
	r    io.Reader
	p    *progress
	name string
	size int64
	n    int64
}

func newReadProgress(c *cli.Context, r io.Reader, name string, size int64) *readProgress {
	return &readProgress{r: r, p: newProgress(c, "load", -1), name: name, size: size}
}

func (rp *readProgress) Read(b []byte) (int, error) {
	n, err := rp.r.Read(b)
	rp.n += int64(n)
	if rp.p.on {
		if now := rp.p.now(); now.Sub(rp.p.last) >= progressEvery {
			rp.p.last = now
			fmt.Fprintf(rp.p.w, "\r\033[Kkgraph: %s", rp.line(now))
		}
	}
	return n, err
}

// done clears the progress line.
func (rp *readProgress) done() {
	if rp.p.on {
		fmt.Fprint(rp.p.w, "\r\033[K")
	}
}

func (rp *readProgress) line(now time.Time) string {
	mb := func(n int64) float64 { return float64(n) / (1 << 20) }
	s := fmt.Sprintf("%s %s: %.1f/%.1f MB", rp.p.verb, rp.name, mb(rp.n), mb(rp.size))
	if rp.size > 0 {
		s += fmt.Sprintf(" (%d%%)", 100*rp.n/rp.size)
	}
	el := now.Sub(rp.p.start).Seconds()
	if el < 0.5 || rp.n == 0 {
		return s
	}
	rate := float64(rp.n) / el
	s += fmt.Sprintf(", %.1f MB/s", rate/(1<<20))
	if rp.size > rp.n {
		s += ", " + clock(time.Duration(float64(rp.size-rp.n)/rate*float64(time.Second))) + " left"
	}
	return s
}
