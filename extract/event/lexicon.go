package event

import "github.com/kgraph/kgraph/schema"

// verbRel maps the key news verbs (lemmas) to canonical relations. It comes
// before PETRARCH2's dictionary, whose default codes for common verbs are
// made for its own pattern matcher ("hold" -> 170, "negotiate" -> 080).
var verbRel = map[string]string{
	"say": schema.RelSay, "tell": schema.RelSay, "announce": schema.RelSay, "state": schema.RelSay,
	"declare": schema.RelSay, "add": schema.RelSay, "stress": schema.RelSay, "note": schema.RelSay,
	"reiterate": schema.RelSay, "emphasize": schema.RelSay, "indicate": schema.RelSay, "claim": schema.RelSay,
	"deny": schema.RelDeny, "refute": schema.RelDeny,
	"urge": schema.RelAppeal, "appeal": schema.RelAppeal, "ask": schema.RelAppeal, "request": schema.RelAppeal,
	"implore": schema.RelAppeal, "plead": schema.RelAppeal,
	"propose": schema.RelPropose, "suggest": schema.RelPropose, "recommend": schema.RelPropose,
	"agree": schema.RelAgree, "promise": schema.RelAgree, "pledge": schema.RelAgree, "vow": schema.RelAgree,
	"offer": schema.RelAgree, "commit": schema.RelAgree,
	"consult": schema.RelConsult, "confer": schema.RelConsult, "discuss": schema.RelConsult,
	"talk": schema.RelConsult, "phone": schema.RelConsult, "telephone": schema.RelConsult,
	"meet":  schema.RelMeet,
	"visit": schema.RelVisit, "host": schema.RelHost, "receive": schema.RelHost, "welcome": schema.RelPraise,
	"mediate": schema.RelMediate, "broker": schema.RelMediate,
	"negotiate": schema.RelNegotiate, "bargain": schema.RelNegotiate,
	"support": schema.RelSupport, "back": schema.RelSupport, "endorse": schema.RelSupport,
	"defend": schema.RelSupport, "side": schema.RelSupport,
	"praise": schema.RelPraise, "commend": schema.RelPraise, "hail": schema.RelPraise, "applaud": schema.RelPraise,
	"thank": schema.RelPraise, "congratulate": schema.RelPraise,
	"recognize": schema.RelRecognize, "recognise": schema.RelRecognize,
	"apologize": schema.RelApologize, "apologise": schema.RelApologize,
	"sign": schema.RelSign, "ratify": schema.RelSign,
	"cooperate": schema.RelCooperate, "collaborate": schema.RelCooperate, "partner": schema.RelCooperate,
	"aid": schema.RelAid, "help": schema.RelAid, "assist": schema.RelAid, "fund": schema.RelAid,
	"supply": schema.RelAid, "arm": schema.RelAid,
	"yield": schema.RelYield, "concede": schema.RelYield, "compromise": schema.RelYield,
	"release": schema.RelRelease, "free": schema.RelRelease,
	"withdraw": schema.RelWithdraw, "retreat": schema.RelWithdraw, "de-escalate": schema.RelWithdraw,
	"demobilize": schema.RelWithdraw, "disarm": schema.RelWithdraw,
	"investigate": schema.RelInvestigate, "probe": schema.RelInvestigate, "inspect": schema.RelInvestigate,
	"demand": schema.RelDemand, "insist": schema.RelDemand, "order": schema.RelDemand,
	"criticize": schema.RelCriticize, "criticise": schema.RelCriticize, "condemn": schema.RelCriticize,
	"denounce": schema.RelCriticize, "slam": schema.RelCriticize, "blast": schema.RelCriticize,
	"rebuke": schema.RelCriticize, "deplore": schema.RelCriticize,
	"accuse": schema.RelAccuse, "blame": schema.RelAccuse, "charge": schema.RelAccuse,
	"sue":    schema.RelSue,
	"reject": schema.RelReject, "refuse": schema.RelReject, "dismiss": schema.RelReject,
	"rebuff": schema.RelReject, "oppose": schema.RelReject, "decline": schema.RelReject, "defy": schema.RelReject,
	"veto":     schema.RelVeto,
	"threaten": schema.RelThreaten, "warn": schema.RelThreaten,
	"protest": schema.RelProtest, "demonstrate": schema.RelProtest, "rally": schema.RelProtest,
	"mobilize": schema.RelMobilize, "mobilise": schema.RelMobilize, "deploy": schema.RelMobilize,
	"mass": schema.RelMobilize, "amass": schema.RelMobilize,
	"sanction": schema.RelSanction, "embargo": schema.RelSanction, "boycott": schema.RelSanction,
	"expel": schema.RelExpel, "deport": schema.RelDeport,
	"coerce": schema.RelCoerce, "ban": schema.RelCoerce,
	"seize": schema.RelSeize, "confiscate": schema.RelSeize, "capture": schema.RelSeize,
	"arrest": schema.RelArrest, "detain": schema.RelArrest, "jail": schema.RelArrest, "imprison": schema.RelArrest,
	"abduct": schema.RelAbduct, "kidnap": schema.RelAbduct,
	"kill": schema.RelKill, "murder": schema.RelKill,
	"assassinate": schema.RelAssassinate,
	"attack":      schema.RelAttack, "strike": schema.RelAttack, "bomb": schema.RelAttack, "shell": schema.RelAttack,
	"invade": schema.RelAttack, "fight": schema.RelAttack, "raid": schema.RelAttack, "shoot": schema.RelAttack,
	"assault":  schema.RelAssault,
	"blockade": schema.RelBlockade,
	"occupy":   schema.RelOccupy,
	"annex":    schema.RelAnnex,
	"lead":     schema.LeaderOf, "head": schema.LeaderOf, "rule": schema.LeaderOf,
}

// phraseRel maps verb + particle/preposition phrases (lemmas).
var phraseRel = map[string]string{
	"call on": schema.RelAppeal, "call upon": schema.RelAppeal, "call for": schema.RelAppeal,
	"appeal to": schema.RelAppeal, "appeal for": schema.RelAppeal,
	"consult with": schema.RelConsult, "talk with": schema.RelConsult, "talk to": schema.RelConsult,
	"speak with": schema.RelConsult, "speak to": schema.RelConsult, "confer with": schema.RelConsult,
	"meet with": schema.RelMeet, "sit down with": schema.RelMeet,
	"work with": schema.RelCooperate, "work together": schema.RelCooperate, "team up with": schema.RelCooperate,
	"side with": schema.RelSupport, "stand by": schema.RelSupport, "stand with": schema.RelSupport,
	// Seceding breaks relations: CAMEO.2.0's verb dictionary codes SECEDE 161.
	"break away from": schema.RelBreakRelations, "break away": schema.RelBreakRelations,
	"secede from": schema.RelBreakRelations, "split from": schema.RelBreakRelations,
	"split away from": schema.RelBreakRelations, "break with": schema.RelBreakRelations,
	"break off": schema.RelBreakRelations,
	"pull back": schema.RelWithdraw, "pull out": schema.RelWithdraw, "pull out of": schema.RelWithdraw,
	"withdraw from": schema.RelWithdraw, "back down": schema.RelYield, "give in": schema.RelYield,
	"give up": schema.RelYield, "back away from": schema.RelWithdraw, "stand down": schema.RelWithdraw,
	"lash out at": schema.RelCriticize, "hit out at": schema.RelCriticize, "speak out against": schema.RelCriticize,
	"argue against": schema.RelDisapprove, "campaign against": schema.RelDisapprove, "vote against": schema.RelDisapprove,
	"protest against": schema.RelProtest, "fight against": schema.RelAttack,
	"crack down on": schema.RelCoerce, "clamp down on": schema.RelCoerce,
	"arrive in": schema.RelVisit, "fly to": schema.RelVisit, "travel to": schema.RelVisit,
	"rule out": schema.RelReject, "turn down": schema.RelReject,
	"move into": schema.RelAttack, "send troop into": schema.RelMobilize, "send troop to": schema.RelMobilize,
	"send force into": schema.RelMobilize, "send troop": schema.RelMobilize,
	"take over": schema.RelSeize, "open fire on": schema.RelAttack,
	"break relation": schema.RelBreakRelations, "break tie": schema.RelBreakRelations,
	"sever relation": schema.RelBreakRelations, "sever tie": schema.RelBreakRelations,
	"cut tie": schema.RelBreakRelations, "cut relation": schema.RelBreakRelations,
	"suspend relation": schema.RelReduceRelations, "downgrade relation": schema.RelReduceRelations,
	"downgrade tie": schema.RelReduceRelations, "freeze relation": schema.RelReduceRelations,
	"belong to": schema.MemberOf, "join": schema.MemberOf,
	// Phrases that are no event although their verb is one.
	"lead to": noRelation, "result in": noRelation, "give rise to": noRelation, "call it": noRelation,
}

// noRelation marks a phrase that must not be coded from its verb.
const noRelation = "-"

// nounRel maps event nouns, in light-verb predicates ("hold talks with",
// "impose sanctions on") and as nominal events ("annexation of"), to
// relations.
var nounRel = map[string]string{
	"talk": schema.RelConsult, "talks": schema.RelConsult, "consultation": schema.RelConsult,
	"discussion": schema.RelConsult, "call": schema.RelConsult, "conversation": schema.RelConsult,
	"meeting": schema.RelMeet, "summit": schema.RelMeet,
	"negotiation": schema.RelNegotiate, "visit": schema.RelVisit, "trip": schema.RelVisit,
	"proposal": schema.RelPropose, "suggestion": schema.RelPropose, "plan": schema.RelPropose,
	"initiative": schema.RelPropose, "offer": schema.RelPropose,
	"appeal": schema.RelAppeal, "request": schema.RelAppeal, "plea": schema.RelAppeal,
	"demand": schema.RelDemand, "ultimatum": schema.RelThreaten,
	"agreement": schema.RelAgree, "deal": schema.RelAgree, "accord": schema.RelAgree, "treaty": schema.RelSign,
	"support": schema.RelSupport, "backing": schema.RelSupport, "endorsement": schema.RelSupport,
	"praise": schema.RelPraise, "cooperation": schema.RelCooperate, "partnership": schema.RelCooperate,
	"aid": schema.RelAid, "assistance": schema.RelAid, "help": schema.RelAid,
	"concession": schema.RelYield, "withdrawal": schema.RelWithdraw, "pullback": schema.RelWithdraw,
	"investigation": schema.RelInvestigate, "probe": schema.RelInvestigate, "inquiry": schema.RelInvestigate,
	"criticism": schema.RelCriticize, "condemnation": schema.RelCriticize,
	"accusation": schema.RelAccuse, "allegation": schema.RelAccuse, "charge": schema.RelAccuse,
	"rejection": schema.RelReject, "veto": schema.RelVeto,
	"threat": schema.RelThreaten, "warning": schema.RelThreaten,
	"protest": schema.RelProtest, "demonstration": schema.RelProtest,
	"mobilization": schema.RelMobilize, "deployment": schema.RelMobilize, "buildup": schema.RelMobilize,
	"sanction": schema.RelSanction, "sanctions": schema.RelSanction, "embargo": schema.RelSanction,
	"boycott": schema.RelSanction, "expulsion": schema.RelExpel,
	"arrest": schema.RelArrest, "detention": schema.RelArrest,
	"attack": schema.RelAttack, "strike": schema.RelAttack, "airstrike": schema.RelAttack,
	"invasion": schema.RelAttack, "offensive": schema.RelAttack, "bombing": schema.RelAttack,
	"assault": schema.RelAssault, "killing": schema.RelKill, "assassination": schema.RelAssassinate,
	"blockade": schema.RelBlockade, "occupation": schema.RelOccupy, "annexation": schema.RelAnnex,
	"seizure": schema.RelSeize, "takeover": schema.RelSeize,
	// Event nouns of news whose verb is outside the vocabulary: the
	// statement's predicate is that verb phrase (issue 14).
	"refusal": schema.RelReject, "denial": schema.RelDeny, "tribute": schema.RelPraise,
	"congratulations": schema.RelPraise, "congratulation": schema.RelPraise, "condemnation of": schema.RelCriticize,
	"objection": "object to", "opposition": "oppose", "crackdown": "crack down on", "alliance": "ally with",
	"commitment": "commit to", "bid": "seek", "re-election": "win", "victory": "win", "letter": "write to",
	"investment": "invest in", "loan": "lend to", "dispute": "have dispute with", "relationship": "have relationship with",
	"ties": "have ties with", "rivalry": "rival", "pledge": "pledge", "vow": "vow",
}

// lightNounRel overrides nounRel for particular light verbs.
var lightNounRel = map[string]string{
	"lift sanction": schema.RelEaseSanctions, "ease sanction": schema.RelEaseSanctions,
	"lift embargo": schema.RelEaseSanctions, "reach agreement": schema.RelAgree, "reach deal": schema.RelAgree,
	"sign agreement": schema.RelSign, "sign deal": schema.RelSign, "sign treaty": schema.RelSign,
	"make call": schema.RelAppeal, "issue call": schema.RelAppeal, "reject proposal": schema.RelReject,
}

// verdicts map the verdict of a judging verb to the event it makes: a
// condemnation (CAMEO 111, criticize or denounce) or praise (051).
var verdicts = map[string]string{
	"illegal": schema.RelCriticize, "illegitimate": schema.RelCriticize, "unlawful": schema.RelCriticize,
	"invalid": schema.RelCriticize, "unconstitutional": schema.RelCriticize, "unacceptable": schema.RelCriticize,
	"void": schema.RelCriticize, "sham": schema.RelCriticize, "fraudulent": schema.RelCriticize,
	"farce": schema.RelCriticize, "travesty": schema.RelCriticize, "provocation": schema.RelCriticize,
	"provocative": schema.RelCriticize, "violation": schema.RelCriticize, "aggression": schema.RelCriticize,
	"criminal": schema.RelCriticize, "outrageous": schema.RelCriticize, "unjust": schema.RelCriticize,
	"irresponsible": schema.RelCriticize, "baseless": schema.RelCriticize, "groundless": schema.RelCriticize,
	"unfounded": schema.RelCriticize, "rigged": schema.RelCriticize, "bogus": schema.RelCriticize,
	"shameful": schema.RelCriticize, "disgraceful": schema.RelCriticize, "terrorist": schema.RelCriticize,
	"mistake": schema.RelCriticize, "disaster": schema.RelCriticize, "threat": schema.RelCriticize,
	"legitimate": schema.RelPraise, "legal": schema.RelPraise, "valid": schema.RelPraise,
	"lawful": schema.RelPraise, "fair": schema.RelPraise, "historic": schema.RelPraise,
	"success": schema.RelPraise, "constructive": schema.RelPraise, "productive": schema.RelPraise,
	// verdicts a speaker gives on what they report (issue 14)
	"naive": schema.RelCriticize, "wrong": schema.RelCriticize, "mistaken": schema.RelCriticize,
	"misguided": schema.RelCriticize, "absurd": schema.RelCriticize, "ridiculous": schema.RelCriticize,
	"hypocritical": schema.RelCriticize, "dangerous": schema.RelCriticize, "unhelpful": schema.RelCriticize,
	"appalling": schema.RelCriticize, "deplorable": schema.RelCriticize,
	"welcome": schema.RelPraise, "excellent": schema.RelPraise, "courageous": schema.RelPraise,
	"importance": schema.RelPraise, // "of fundamental importance"
}
