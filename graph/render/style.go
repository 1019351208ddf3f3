package render

import "github.com/kgraph/kgraph/schema"

// style is how one kind of node is drawn.
type style struct {
	shape string
	fill  string // light tint, so that black text stays legible
	line  string // the strong palette colour, for the outline
	extra string // added to "filled": "rounded", "dashed"
	per   int    // peripheries, 0 for the default
}

// Okabe–Ito colours (outline) and light tints of them (fill).
const (
	orange    = "#E69F00"
	skyBlue   = "#56B4E9"
	green     = "#009E73"
	yellow    = "#C8B400" // darkened #F0E442, so the outline shows on white
	blue      = "#0072B2"
	vermilion = "#D55E00"
	purple    = "#CC79A7"
	grey      = "#7F7F7F"
)

var typeStyles = map[schema.EntityType]style{
	schema.Person:       {shape: "ellipse", fill: "#FBE3B3", line: orange},
	schema.Country:      {shape: "box", fill: "#BFDCEE", line: blue},
	schema.GPE:          {shape: "hexagon", fill: "#D6EEFA", line: skyBlue},
	schema.Organization: {shape: "octagon", fill: "#BFE7DC", line: green},
	schema.Location:     {shape: "parallelogram", fill: "#FAF6C4", line: yellow},
	schema.Group:        {shape: "ellipse", fill: "#F5D0B3", line: vermilion, per: 2},
	schema.Misc:         {shape: "box", fill: "#EDEDED", line: grey, extra: "dashed"},
	schema.Role:         {shape: "tab", fill: "#F3DDE9", line: purple},
	schema.Concept:      {shape: "note", fill: "#FFFFFF", line: grey},
}

// orgShapes tells organization subtypes apart by shape; the colour stays the
// organization green.
var orgShapes = map[string]string{
	schema.OrgInternational: "doubleoctagon",
	schema.OrgGovernment:    "box3d",
	schema.OrgMilitary:      "pentagon",
	schema.OrgArmedGroup:    "septagon",
	schema.OrgMedia:         "component",
	schema.OrgParty:         "folder",
	schema.OrgCompany:       "cylinder",
}

// kind is a legend entry: a type, refined by subtype for organizations.
type kind struct {
	typ     schema.EntityType
	subtype string // only for organizations with a known subtype
}

func kindOf(e *schema.Entity) kind {
	t := e.Type
	if _, ok := typeStyles[t]; !ok {
		t = schema.Misc
	}
	if t == schema.Organization {
		if _, ok := orgShapes[e.Subtype]; ok {
			return kind{t, e.Subtype}
		}
	}
	return kind{typ: t}
}

func (k kind) style() style {
	s := typeStyles[k.typ]
	if sh, ok := orgShapes[k.subtype]; ok {
		s.shape = sh
	}
	return s
}

func (k kind) String() string {
	if k.subtype != "" {
		return string(k.typ) + " (" + k.subtype + ")"
	}
	return string(k.typ)
}

// rank orders legend entries as schema.EntityTypes lists the types, then
// organization subtypes alphabetically.
func (k kind) rank() int {
	for i, t := range schema.EntityTypes {
		if t == k.typ {
			return i
		}
	}
	return len(schema.EntityTypes)
}

// standing relations are attributes rather than events; they are drawn
// dashed and grey so that events stand out.
var standing = map[string]bool{
	schema.HoldRole:  true,
	schema.MemberOf:  true,
	schema.LeaderOf:  true,
	schema.LocatedIn: true,

	schema.AffiliatedWith: true,
}
