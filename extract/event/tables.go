package event

//go:generate go run ../../internal/train/vocab -o cameo_tables.go

// cameoCode is one CAMEO code of the generated table.
type cameoCode struct {
	Name      string
	Goldstein float64
	PLOVER    string
}
