package schema

import "sort"

// Canonical event relations of the vocabulary (kind relation). Each is coded
// in the table behind LookupRelation with its CAMEO code, PLOVER type, quad
// class and Goldstein score, taken from shared/corpora/cameo-plover
// (GDELT's CAMEO lookup tables and the CAMEO2PLOVER 2021 table).
const (
	RelSay             = "say"
	RelDeny            = "deny"
	RelAppeal          = "appeal"
	RelPropose         = "propose"
	RelAgree           = "agree"
	RelConsult         = "consult"
	RelMeet            = "meet"
	RelVisit           = "visit"
	RelHost            = "host"
	RelMediate         = "mediate"
	RelNegotiate       = "negotiate"
	RelSupport         = "support"
	RelPraise          = "praise"
	RelRecognize       = "recognize"
	RelApologize       = "apologize"
	RelSign            = "sign"
	RelCooperate       = "cooperate"
	RelAid             = "aid"
	RelYield           = "yield"
	RelRelease         = "release"
	RelEaseSanctions   = "ease_sanctions"
	RelWithdraw        = "withdraw"
	RelInvestigate     = "investigate"
	RelDemand          = "demand"
	RelDisapprove      = "disapprove"
	RelCriticize       = "criticize"
	RelAccuse          = "accuse"
	RelSue             = "sue"
	RelReject          = "reject"
	RelVeto            = "veto"
	RelThreaten        = "threaten"
	RelProtest         = "protest"
	RelMobilize        = "mobilize"
	RelReduceRelations = "reduce_relations"
	RelBreakRelations  = "break_relations"
	RelCutAid          = "cut_aid"
	RelSanction        = "sanction"
	RelExpel           = "expel"
	RelCoerce          = "coerce"
	RelSeize           = "seize"
	RelArrest          = "arrest"
	RelDeport          = "deport"
	RelAssault         = "assault"
	RelAbduct          = "abduct"
	RelKill            = "kill"
	RelAssassinate     = "assassinate"
	RelAttack          = "attack"
	RelBlockade        = "blockade"
	RelOccupy          = "occupy"
	RelAnnex           = "annex"
)

// relations is the vocabulary. Where two relations share a CAMEO code the
// first listed is the one RelationForCAMEO returns. PLOVER is empty for the
// CAMEO 01 and 02 categories, which PLOVER dropped.
var relations = []Relation{
	{RelSay, "010", "", 1, 0.0, "makes a public statement"},
	{RelDeny, "016", "", 1, -2.0, "denies responsibility or an accusation"},
	{RelAppeal, "020", "", 1, 3.0, "appeals to or calls on someone"},
	{RelPropose, "020", "", 1, 3.0, "makes a proposal or suggestion"},
	{RelAgree, "030", "AGREE", 1, 4.0, "agrees to or expresses intent to cooperate"},
	{RelConsult, "040", "CONSULT", 1, 1.0, "consults, holds talks or a phone call"},
	{RelMeet, "040", "CONSULT", 1, 1.0, "meets"},
	{RelVisit, "042", "CONSULT", 1, 1.9, "visits"},
	{RelHost, "043", "CONSULT", 1, 2.8, "hosts a visit"},
	{RelMediate, "045", "CONSULT", 1, 5.0, "mediates"},
	{RelNegotiate, "046", "CONSULT", 1, 7.0, "negotiates"},
	{RelSupport, "050", "SUPPORT", 1, 3.5, "supports or backs"},
	{RelPraise, "051", "SUPPORT", 1, 3.4, "praises or endorses"},
	{RelRecognize, "054", "SUPPORT", 1, 6.0, "grants diplomatic recognition"},
	{RelApologize, "055", "SUPPORT", 1, 7.0, "apologizes"},
	{RelSign, "057", "SUPPORT", 1, 8.0, "signs a formal agreement"},
	{RelCooperate, "060", "COOPERATE", 2, 6.0, "cooperates or works with"},
	{RelAid, "070", "AID", 2, 7.0, "provides aid"},
	{RelYield, "080", "CONCEDE", 2, 5.0, "yields or concedes"},
	{RelRelease, "084", "RETREAT", 2, 7.0, "returns or releases persons or property"},
	{RelEaseSanctions, "085", "RETREAT", 2, 7.0, "eases sanctions, boycott or embargo"},
	{RelWithdraw, "087", "RETREAT", 2, 9.0, "de-escalates, pulls back or withdraws forces"},
	{RelInvestigate, "090", "ACCUSE", 3, -2.0, "investigates"},
	{RelDemand, "100", "REQUEST", 3, -5.0, "demands"},
	{RelDisapprove, "110", "ACCUSE", 3, -2.0, "disapproves"},
	{RelCriticize, "111", "ACCUSE", 3, -2.0, "criticizes or denounces"},
	{RelAccuse, "112", "ACCUSE", 3, -2.0, "accuses"},
	{RelSue, "115", "ACCUSE", 3, -2.0, "brings a lawsuit against"},
	{RelReject, "120", "REJECT", 3, -4.0, "rejects or refuses"},
	{RelVeto, "129", "REJECT", 3, -5.0, "vetoes"},
	{RelThreaten, "130", "THREATEN", 3, -4.4, "threatens or warns"},
	{RelProtest, "140", "PROTEST", 3, -6.5, "protests"},
	{RelMobilize, "154", "MOBILIZE", 4, -7.2, "mobilizes or deploys armed forces"},
	{RelReduceRelations, "160", "SANCTION", 4, -4.0, "reduces relations"},
	{RelBreakRelations, "161", "SANCTION", 4, -4.0, "reduces or breaks diplomatic relations"},
	{RelCutAid, "162", "SANCTION", 4, -5.6, "reduces or stops aid"},
	{RelSanction, "163", "COERCE", 4, -8.0, "imposes sanctions, an embargo or a boycott"},
	{RelExpel, "166", "SANCTION", 4, -7.0, "expels or withdraws"},
	{RelCoerce, "170", "COERCE", 4, -7.0, "coerces"},
	{RelSeize, "171", "COERCE", 4, -9.2, "seizes or damages property"},
	{RelArrest, "173", "COERCE", 4, -5.0, "arrests, detains or charges"},
	{RelDeport, "174", "COERCE", 4, -5.0, "expels or deports individuals"},
	{RelAssault, "180", "ASSAULT", 4, -9.0, "uses unconventional violence"},
	{RelAbduct, "181", "ASSAULT", 4, -9.0, "abducts or takes hostage"},
	{RelKill, "1823", "ASSAULT", 4, -10.0, "kills"},
	{RelAssassinate, "186", "ASSAULT", 4, -10.0, "assassinates"},
	{RelAttack, "190", "ASSAULT", 4, -10.0, "attacks with military force"},
	{RelBlockade, "191", "COERCE", 4, -9.5, "imposes a blockade"},
	{RelOccupy, "192", "COERCE", 4, -9.5, "occupies territory"},
	{RelAnnex, "192", "COERCE", 4, -9.5, "annexes territory (coded as occupying it)"},

	{HoldRole, "", "", 0, 0, "holds a role or office"},
	{MemberOf, "", "", 0, 0, "is a member of"},
	{LeaderOf, "", "", 0, 0, "leads"},
	{LocatedIn, "", "", 0, 0, "is located in"},
	{AffiliatedWith, "", "", 0, 0, "belongs to (an organization to its country or parent body)"},
}

var relationIndex = func() map[string]int {
	m := make(map[string]int, len(relations))
	for i, r := range relations {
		m[r.Name] = i
	}
	return m
}()

// LookupRelation returns the relation of the vocabulary with the given
// canonical name.
func LookupRelation(name string) (Relation, bool) {
	i, ok := relationIndex[name]
	if !ok {
		return Relation{}, false
	}
	return relations[i], true
}

// Relations returns every relation of the vocabulary, events first (in CAMEO
// order), then the standing relations.
func Relations() []Relation {
	return append([]Relation(nil), relations...)
}

// IsStanding reports whether name is a standing relation (kind role), such as
// hold_role or member_of, rather than an event.
func IsStanding(name string) bool {
	switch name {
	case HoldRole, MemberOf, LeaderOf, LocatedIn, AffiliatedWith:
		return true
	}
	return false
}

// RelationForCAMEO returns the canonical relation for a CAMEO code: the
// relation whose code is the longest prefix of code, or else the first
// relation of the same root category ("0356" -> agree, "1712" -> seize).
func RelationForCAMEO(code string) (Relation, bool) {
	best, bestLen := -1, 0
	for i, r := range relations {
		if r.CAMEO == "" || len(r.CAMEO) > len(code) || code[:len(r.CAMEO)] != r.CAMEO {
			continue
		}
		if len(r.CAMEO) > bestLen {
			best, bestLen = i, len(r.CAMEO)
		}
	}
	if best < 0 && len(code) >= 2 {
		for i, r := range relations {
			if len(r.CAMEO) >= 2 && r.CAMEO[:2] == code[:2] {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return Relation{}, false
	}
	return relations[best], true
}

// QuadClassOf returns the GDELT quad class of a CAMEO code from its root
// category: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
// 3 verbal conflict (09-14), 4 material conflict (15-20); 0 if code is not a
// CAMEO code.
func QuadClassOf(code string) int {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return 0
	}
	root := int(code[0]-'0')*10 + int(code[1]-'0')
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 14:
		return 3
	case root >= 15 && root <= 20:
		return 4
	}
	return 0
}

// RelationNames returns the canonical names of the vocabulary, sorted.
func RelationNames() []string {
	names := make([]string, len(relations))
	for i, r := range relations {
		names[i] = r.Name
	}
	sort.Strings(names)
	return names
}
