package schema

// EntityType is the class of an entity node.
type EntityType string

// Entity types of the graph. Country covers states; GPE covers other
// geopolitical entities (cities, regions, provinces). Group covers
// nationalities and peoples ("Crimeans"). Concept is for the noun phrases that
// statements point at which are not named actors ("federal structure").
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	GPE          EntityType = "GPE"
	Organization EntityType = "Organization"
	Location     EntityType = "Location"
	Group        EntityType = "Group"
	Misc         EntityType = "Misc"
	Role         EntityType = "Role"
	Concept      EntityType = "Concept"
)

// Organization subtypes (Entity.Subtype).
const (
	OrgInternational = "international"
	OrgGovernment    = "government"
	OrgMilitary      = "military"
	OrgArmedGroup    = "armed group"
	OrgMedia         = "media"
	OrgParty         = "party"
	OrgCompany       = "company"
)

// EntityTypes lists every type, in the order a legend shows them.
var EntityTypes = []EntityType{Person, Country, GPE, Organization, Location, Group, Misc, Role, Concept}

// IRI is the class IRI of the type ("kg:Person").
func (t EntityType) IRI() string { return Prefix + string(t) }

// IsActor reports whether entities of this type can act (be the subject of an
// event in the sense of CAMEO actors).
func (t EntityType) IsActor() bool {
	switch t {
	case Person, Country, GPE, Organization, Group:
		return true
	}
	return false
}

// Entity is one real-world thing, with a stable ID across documents.
type Entity struct {
	// ID is the IRI of the entity ("kg:Sergey_Lavrov", "kg:country/RUS").
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Subtype string     `json:"subtype,omitempty"`
	// Aliases are the other surface forms seen for the entity, sorted.
	Aliases  []string `json:"aliases,omitempty"`
	ISO      string   `json:"iso,omitempty"`
	Wikidata string   `json:"wikidata,omitempty"`
}

// EntityIRI builds the IRI of an entity. Countries are keyed by their ISO
// alpha-3 code when one is known, so that "Russia" and "Russian Federation"
// are one node; other entities by their canonical name.
func EntityIRI(t EntityType, name, iso string) string {
	switch {
	case t == Country && iso != "":
		return Prefix + "country/" + iso
	case t == Concept:
		return Prefix + "concept/" + Slug(name)
	case t == Role:
		return Prefix + "role/" + Slug(name)
	}
	return Prefix + Slug(name)
}
