package graph

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBackendByScheme checks that the URL scheme alone picks the backend:
// a bolt directory whose name starts like another scheme stays a bolt
// store with bolt's settings.
func TestBackendByScheme(t *testing.T) {
	tests := []struct{ url, backend, rest string }{
		{"mem:", "memstore", ""},
		{"bolt:x/kg.db", "bolt", "x/kg.db"},
		{"kg.db", "bolt", "kg.db"},
		{"postgres-old", "bolt", "postgres-old"},
		{"postgres-old/kg.db", "bolt", "postgres-old/kg.db"},
		{"./mem:x", "bolt", "./mem:x"},
		{"postgres://u@h/db", "postgres", "//u@h/db"},
		{"postgresql://u@h/db", "postgres", "//u@h/db"},
		{"POSTGRES://u@h/db", "postgres", "//u@h/db"},
	}
	for _, tt := range tests {
		b, rest, err := lookupBackend(tt.url)
		if err != nil || b.name != tt.backend || rest != tt.rest {
			t.Errorf("lookupBackend(%q) = %v, %q, %v; want %s, %q", tt.url, b, rest, err, tt.backend, tt.rest)
		}
	}
	_, _, err := lookupBackend("mysql://u:secret@h/db")
	if err == nil || !strings.Contains(err.Error(), `"mysql"`) || strings.Contains(err.Error(), "secret") {
		t.Errorf("lookupBackend(mysql://...) = %v, want an error naming the scheme and not the password", err)
	}

	t.Chdir(t.TempDir())
	s, err := Open(context.Background(), "postgres-old")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Backend() != "bolt" || s.batch != DefaultBatch {
		t.Errorf("Open(postgres-old) = %s store, batch %d; want bolt, %d", s.Backend(), s.batch, DefaultBatch)
	}
	if _, err := os.Stat(filepath.Join("postgres-old", boltFile)); err != nil {
		t.Errorf("no bolt file in postgres-old: %v", err)
	}
}
