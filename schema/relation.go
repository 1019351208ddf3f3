package schema

// Relation is a canonical relation of the vocabulary, coded for the event
// datasets analysts use (GDELT/ICEWS CAMEO, POLECAT PLOVER).
type Relation struct {
	// Name is the canonical name and the local part of the edge IRI ("propose").
	Name string
	// CAMEO is the CAMEO event code ("036"); empty for standing relations.
	CAMEO string
	// PLOVER is the PLOVER event type ("CONSULT").
	PLOVER string
	// QuadClass is 1 verbal cooperation, 2 material cooperation, 3 verbal
	// conflict, 4 material conflict; 0 when not an event.
	QuadClass int
	// Goldstein is the Goldstein scale score of the CAMEO code.
	Goldstein float64
	// Doc is a one-line description.
	Doc string
}

// Standing relations (kind role).
const (
	HoldRole  = "hold_role"
	MemberOf  = "member_of"
	LeaderOf  = "leader_of"
	LocatedIn = "located_in"
	// AffiliatedWith ties an organization to the country or body it
	// belongs to ("IRNA" to Iran, the EC Commission to the EC).
	AffiliatedWith = "affiliated_with"
)
