package read

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kgraph/kgraph/schema"
)

// FuzzReader feeds any bytes to the auto-detecting reader: it must not
// panic or hang, and every document it gives has an ID and valid UTF-8 text
// that is not blank; everything else is an input error.
func FuzzReader(f *testing.F) {
	for _, s := range []string{
		"Russia annexed Crimea.",
		`{"id":"x","text":"Russia annexed Crimea.","published":"2019-05-02"}` + "\n" + `{"text":"two"}`,
		`[{"id":"a","text":"one"},{"text":"two"}]`,
		"{\n \"id\": \"p\",\n \"text\": \"spread\"\n}",
		"<!DOCTYPE html><html><head><title>T</title></head><body><p>Kerry met Lavrov.</p><script>x</script></body></html>",
		"<p>unclosed <b>tags &amp; entities",
		"{not json", "[1,2", "\xef\xbb\xbf{\"text\":\"bom\"}", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		err := Reader(context.Background(), strings.NewReader(string(data)), "in", "in", Auto, func(d schema.Document) error {
			if d.ID == "" || !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
				t.Errorf("document %q with text %q from %q", d.ID, d.Text, data)
			}
			return nil
		})
		if err != nil {
			var ie *InputError
			if !asInputErrors(err, &ie) {
				t.Errorf("Reader(%q) = %v, want nil or input errors", data, err)
			}
		}
	})
}

// asInputErrors reports whether err is an input error or a join of them.
func asInputErrors(err error, ie **InputError) bool {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			if !asInputErrors(e, ie) {
				return false
			}
		}
		return true
	}
	e, ok := err.(*InputError)
	*ie = e
	return ok
}
