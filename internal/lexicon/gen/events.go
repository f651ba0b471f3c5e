package main

import (
	"fmt"
	"sort"
	"strings"
)

// The event-class table is derived from WordNet, not typed: each class of
// the taxonomy (claims.EventType) is given a few anchor synsets below,
// each with its gloss, and the generator takes
//
//  1. the lemmas of each anchor synset (or only the lemmas it lists);
//  2. the lemmas of the anchor's hyponyms (troponyms, for verbs) down to
//     its depth: 0, or 1 for the anchors whose direct hyponyms are kinds
//     of the event (kinds of bombing, ways of killing, attack by storm);
//  3. the nominalisations and verbs WordNet derives from the anchor's
//     lemmas ("+" pointers: withdraw → withdrawal, seize → seizure, bomb
//     → bombing), nouns only of the act, communication and event files
//     (not attacker, kidnapper: people; not liberty: a state).
//
// A synset reached from several anchors belongs to the nearest (fewest
// hyponym steps), then to the first in the list: an execution is a
// killing in WordNet, and the execute anchor, nearer, wins it.
//
// Noise control, in this order:
//
//   - exclusions (below): words and phrases that never give a class on
//     their own, each with its reason (take, hit, fire, hold, report, say;
//     words sharing a key with a common unrelated word: accord/according);
//   - sense rank: a one-word lemma counts only if the synset is among its
//     maxRankAnchor most frequent senses (WordNet's sense order) when it
//     is an anchor's lemma or derived from one, among its maxRankHyponym
//     most frequent when reached through hyponyms ("strike" in attack's
//     troponym "strike, hit" is strike's 10th sense and stays out). An
//     anchor's head and the lemmas it lists are kept whatever their rank:
//     capture's military sense is its 5th;
//   - a verb troponym that is also a noun is dropped: it names the
//     instrument or manner (stone, gas, torpedo, brain), and the noun is
//     what texts mostly mean;
//   - a one-word lemma of a noun or verb synset used mostly as an
//     adjective or adverb (tag counts) is dropped ("off", a verb in
//     "murder, slay, hit, dispatch, bump off, off");
//   - phrases (WordNet's multi-word lemmas: pull out, fall back, open
//     fire) are specific and kept unless excluded.
//
// A key that lemmas of two classes share goes to the lemma of the
// nearest synset, then the first anchor; overrides (below) settle the
// rest. The report (gen -report FILE) lists every entry with its
// provenance, the WordNet lemmas that share its key without being in its
// class (Protestant shares protest's key), the conflicts and every word
// dropped with the rule that dropped it.

const (
	maxRankAnchor  = 4
	maxRankHyponym = 2
)

type anchor struct {
	class string
	syn   string // synset id: part of speech and WordNet 3.0 offset
	depth int    // hyponym levels taken below the anchor
	// only, when set, lists the lemmas taken from the anchor synset
	// itself (its hyponyms are filtered as usual); they are kept whatever
	// their sense rank.
	only []string
	head string // a lemma the synset must contain: guards the offset
}

// anchors lists the anchor synsets of each class with WordNet's gloss.
// The classes follow claims.EventType (ACLED event and sub-event types,
// CAMEO codes).
var anchors = []anchor{
	// capture: the agent takes and holds a place.
	{class: "capture", syn: "v02272567", depth: 1, only: []string{"capture", "seize", "conquer"}, head: "capture"},          // take possession of by force, as after an invasion
	{class: "capture", syn: "v01213632", depth: 0, head: "seize"},                                                           // take or capture by force
	{class: "capture", syn: "v01103477", depth: 0, head: "overrun"},                                                         // seize the position of and defeat
	{class: "capture", syn: "v02304031", depth: 0, head: "recapture"},                                                       // take back by force, as after a battle
	{class: "capture", syn: "v02274500", depth: 0, only: []string{"usurp", "seize", "take_over"}, head: "take_over"},        // seize and take control without authority and possibly with force
	{class: "capture", syn: "v01126378", depth: 0, head: "invade"},                                                          // march aggressively into another's territory by military force
	{class: "capture", syn: "v02056484", depth: 0, only: []string{"drive_out", "force_out", "rout_out"}, head: "drive_out"}, // force or drive out
	{class: "capture", syn: "n00088481", depth: 0, head: "capture"},                                                         // the act of forcibly dispossessing an owner of property
	{class: "capture", syn: "n00089027", depth: 0, only: []string{"conquest", "conquering"}, head: "conquest"},              // the act of conquering
	{class: "capture", syn: "n00976531", depth: 0, head: "invasion"},                                                        // the act of an army that invades for conquest

	// withdraw: the agent leaves a place.
	{class: "withdraw", syn: "v01994460", depth: 1, only: []string{"withdraw", "retreat", "pull_back", "pull_away", "draw_back", "move_back"}, head: "withdraw"}, // pull back or move away or backward
	{class: "withdraw", syn: "v02015186", depth: 0, head: "pull_out"},                                                                                            // move out or away: "the troops pulled out after the cease-fire"
	{class: "withdraw", syn: "v01904138", depth: 0, head: "fall_back"},                                                                                           // move back and away from: "the enemy fell back"
	{class: "withdraw", syn: "v02076694", depth: 0, only: []string{"vacate", "abandon"}, head: "vacate"},                                                         // leave behind empty; move out of
	{class: "withdraw", syn: "v02227759", depth: 0, head: "abandon"},                                                                                             // give up with the intent of never claiming again
	{class: "withdraw", syn: "v01856468", depth: 0, head: "evacuate"},                                                                                            // move out of an unsafe location into safety
	{class: "withdraw", syn: "v02075480", depth: 0, only: []string{"flee", "take_flight"}, head: "flee"},                                                         // run away quickly
	{class: "withdraw", syn: "n00053913", depth: 0, head: "withdrawal"},                                                                                          // the act of withdrawing: "the withdrawal of French troops"
	{class: "withdraw", syn: "n00056912", depth: 0, head: "retreat"},                                                                                             // (military) withdrawal of troops to a more favorable position
	{class: "withdraw", syn: "n00054483", depth: 0, head: "retreat"},                                                                                             // the act of withdrawing or going backward

	// clash: armed clash, battle.
	{class: "clash", syn: "n00959376", depth: 0, only: []string{"clash", "skirmish"}, head: "skirmish"},           // a minor short-term fight
	{class: "clash", syn: "n00953559", depth: 0, only: []string{"battle", "fight", "engagement"}, head: "battle"}, // a hostile meeting of opposing military forces
	{class: "clash", syn: "n01170962", depth: 0, only: []string{"fight", "fighting", "combat"}, head: "fighting"}, // the act of fighting; any contest or struggle
	{class: "clash", syn: "v01090353", depth: 0, only: []string{"fight", "contend"}, head: "fight"},               // be engaged in a fight; carry on a fight
	{class: "clash", syn: "v01092384", depth: 0, head: "battle"},                                                  // battle or contend against in or as if in a battle

	// attack: assaults not yet known to be a clash or a bombing.
	{class: "attack", syn: "v01119187", depth: 1, head: "attack"},                                                               // launch an attack or assault on; begin hostilities
	{class: "attack", syn: "v01118467", depth: 0, only: []string{"attack"}, head: "attack"},                                     // take the initiative and go on the offensive
	{class: "attack", syn: "v01120087", depth: 0, only: []string{"assail", "assault", "attack"}, head: "assault"},               // attack someone physically
	{class: "attack", syn: "v01586618", depth: 0, only: []string{"storm"}, head: "storm"},                                       // take by force: "storm the fort"
	{class: "attack", syn: "v01138222", depth: 0, only: []string{"ambush", "ambuscade", "waylay", "bushwhack"}, head: "ambush"}, // wait in hiding to attack
	{class: "attack", syn: "v01135801", depth: 0, only: []string{"open_fire"}, head: "open_fire"},                               // start firing a weapon
	{class: "attack", syn: "n00972621", depth: 1, only: []string{"attack", "onslaught"}, head: "attack"},                        // (military) an offensive against an enemy
	{class: "attack", syn: "n00974444", depth: 0, head: "assault"},                                                              // close fighting during the culmination of a military attack
	{class: "attack", syn: "n00980038", depth: 0, head: "offensive"},                                                            // the action of attacking an enemy
	{class: "attack", syn: "n00976953", depth: 0, head: "raid"},                                                                 // a sudden short attack
	{class: "attack", syn: "n01246926", depth: 0, only: []string{"ambush", "ambuscade"}, head: "ambush"},                        // lying in wait to attack by surprise

	// bomb: explosions and remote violence.
	{class: "bomb", syn: "v01131920", depth: 1, head: "bomb"},                                                           // throw bombs at or attack with bombs
	{class: "bomb", syn: "v01135940", depth: 0, head: "shell"},                                                          // use explosives on: "the enemy has been shelling us all day"
	{class: "bomb", syn: "v00306723", depth: 0, only: []string{"explode", "detonate", "blow_up"}, head: "detonate"},     // cause to burst with a violent release of energy
	{class: "bomb", syn: "v00306298", depth: 0, head: "detonate"},                                                       // burst and release energy: "the bomb detonated"
	{class: "bomb", syn: "n00978413", depth: 1, head: "bombing"},                                                        // an attack by dropping bombs
	{class: "bomb", syn: "n00979742", depth: 1, head: "bombing"},                                                        // the use of bombs for sabotage
	{class: "bomb", syn: "n00987863", depth: 0, only: []string{"barrage", "bombardment", "shelling"}, head: "shelling"}, // heavy fire of artillery
	{class: "bomb", syn: "n00974111", depth: 0, head: "air_raid"},                                                       // an attack by armed planes on a surface target
	{class: "bomb", syn: "n07308563", depth: 0, head: "explosion"},                                                      // a violent release of energy caused by a chemical or nuclear reaction
	{class: "bomb", syn: "n07408171", depth: 0, head: "blast"},                                                          // an explosion (as of dynamite)
	{class: "bomb", syn: "n02866578", depth: 1, only: []string{}, head: "bomb"},                                         // an explosive device: its kinds (car bomb, letter bomb)

	// kill: fatalities of any event, a casualty report.
	{class: "kill", syn: "v01323976", depth: 1, head: "kill"},                                                         // cause to die; put to death
	{class: "kill", syn: "v01325792", depth: 0, head: "kill"},                                                         // deprive of life: "AIDS has killed thousands"
	{class: "kill", syn: "v01325554", depth: 0, head: "kill"},                                                         // cause the death of, without intention
	{class: "kill", syn: "v00358431", depth: 0, only: []string{"die", "perish", "decease", "pass_away"}, head: "die"}, // pass from physical life
	{class: "kill", syn: "v02482425", depth: 0, only: []string{"murder", "slay"}, head: "murder"},                     // kill intentionally and with premeditation
	{class: "kill", syn: "n07355491", depth: 1, only: []string{"death"}, head: "death"},                               // the event of dying
	{class: "kill", syn: "n07361576", depth: 0, head: "killing"},                                                      // an event that causes someone to die
	{class: "kill", syn: "n00219012", depth: 0, head: "killing"},                                                      // the act of terminating a life
	{class: "kill", syn: "n00220522", depth: 0, only: []string{"murder", "slaying"}, head: "murder"},                  // unlawful premeditated killing
	{class: "kill", syn: "n09899782", depth: 0, head: "casualty"},                                                     // someone injured or killed or captured or missing in a military engagement
	{class: "kill", syn: "n05164353", depth: 0, head: "death_toll"},                                                   // the number of deaths resulting from some particular cause
	{class: "kill", syn: "n07945657", depth: 0, head: "dead"},                                                         // people who are no longer living
	{class: "kill", syn: "a00095280", depth: 0, only: []string{"dead"}, head: "dead"},                                 // no longer having life

	// execute: killing of captives.
	{class: "execute", syn: "v02483267", depth: 1, head: "execute"},                                                                     // kill as a means of socially sanctioned punishment
	{class: "execute", syn: "v02484208", depth: 0, head: "execute"},                                                                     // murder in a planned fashion
	{class: "execute", syn: "v01571372", depth: 0, head: "behead"},                                                                      // cut the head of
	{class: "execute", syn: "v00479176", depth: 0, head: "massacre"},                                                                    // kill a large number of people indiscriminately
	{class: "execute", syn: "n01163779", depth: 0, only: []string{"execution", "executing"}, head: "execution"},                         // putting a condemned person to death
	{class: "execute", syn: "n01165224", depth: 0, head: "beheading"},                                                                   // execution by cutting off the victim's head
	{class: "execute", syn: "n00223983", depth: 0, only: []string{"massacre", "slaughter", "mass_murder", "carnage"}, head: "massacre"}, // the savage killing of many people

	// assassinate.
	{class: "assassinate", syn: "v02483000", depth: 0, head: "assassinate"},   // murder, especially of socially prominent persons
	{class: "assassinate", syn: "n00221056", depth: 0, head: "assassination"}, // murder of a public figure by surprise attack

	// abduct: abduction, detention, arrest, capture of people.
	{class: "abduct", syn: "v01471061", depth: 0, only: []string{"kidnap", "abduct"}, head: "kidnap"},           // take away against their will to extract a ransom
	{class: "abduct", syn: "n00775702", depth: 0, only: []string{"kidnapping"}, head: "kidnapping"},             // unlawful capturing and carrying away of a person
	{class: "abduct", syn: "n00775460", depth: 0, head: "abduction"},                                            // capturing and carrying away by force
	{class: "abduct", syn: "n00775286", depth: 0, head: "capture"},                                              // the act of taking of a person by force
	{class: "abduct", syn: "v01215155", depth: 0, only: []string{"arrest", "apprehend"}, head: "arrest"},        // take into custody
	{class: "abduct", syn: "n00088725", depth: 0, only: []string{"arrest", "apprehension"}, head: "arrest"},     // the act of apprehending a criminal
	{class: "abduct", syn: "v02495038", depth: 0, only: []string{"detain"}, head: "detain"},                     // deprive of freedom; take into confinement
	{class: "abduct", syn: "n13999663", depth: 0, only: []string{"detention", "detainment"}, head: "detention"}, // a state of being confined

	// release: release of persons.
	{class: "release", syn: "v02421392", depth: 0, only: []string{"free", "release", "liberate"}, head: "release"}, // grant freedom to; free from confinement
	{class: "release", syn: "v02497062", depth: 0, head: "set_free"},                                               // grant freedom to
	{class: "release", syn: "n00095502", depth: 0, head: "release"},                                                // the act of liberating someone

	// besiege: siege, blockade, encirclement.
	{class: "besiege", syn: "v01127429", depth: 1, only: []string{"besiege", "beleaguer", "surround", "hem_in"}, head: "besiege"}, // surround so as to force to give up
	{class: "besiege", syn: "v01126979", depth: 0, head: "blockade"},                                                              // obstruct access to
	{class: "besiege", syn: "n01075117", depth: 0, head: "siege"},                                                                 // an armed force surrounds a fortified place
	{class: "besiege", syn: "n00954086", depth: 0, head: "blockade"},                                                              // a war measure that isolates some area
	{class: "besiege", syn: "v01522734", depth: 0, only: []string{"encircle"}, head: "encircle"},                                  // form a circle around

	// agreement: truce, ceasefire, treaty.
	{class: "agreement", syn: "n13970912", depth: 0, head: "truce"},                                  // a state of peace agreed to between opponents
	{class: "agreement", syn: "n06773434", depth: 0, head: "treaty"},                                 // a written agreement between two states or sovereigns
	{class: "agreement", syn: "n06770275", depth: 0, only: []string{"agreement"}, head: "agreement"}, // the statement of an exchange of promises
	{class: "agreement", syn: "n06771159", depth: 0, only: []string{"deal"}, head: "deal"},           // an agreement between parties fixing obligations
	{class: "agreement", syn: "v00764240", depth: 0, head: "agree"},                                  // consent or assent to a condition
	{class: "agreement", syn: "v02464866", depth: 0, only: []string{"ratify"}, head: "ratify"},       // approve and express assent: "all parties ratified the peace treaty"

	// defect: change of side.
	{class: "defect", syn: "v02584097", depth: 0, head: "defect"},                                              // desert a cause, a country or an army
	{class: "defect", syn: "n00055315", depth: 0, only: []string{"defection", "desertion"}, head: "defection"}, // withdrawing support despite allegiance

	// ally: merger, alliance.
	{class: "ally", syn: "v02430191", depth: 0, head: "ally"},                                              // become an ally or associate, as by a treaty
	{class: "ally", syn: "v00367685", depth: 0, head: "merge"},                                             // become one
	{class: "ally", syn: "v00243124", depth: 0, head: "merge"},                                             // join or combine
	{class: "ally", syn: "v02434976", depth: 0, only: []string{"join"}, head: "join"},                      // become a member of a group or organization
	{class: "ally", syn: "n14418822", depth: 0, head: "alliance"},                                          // the state of being allied or confederated
	{class: "ally", syn: "n08293982", depth: 0, only: []string{"alliance", "coalition"}, head: "alliance"}, // an organization involved in a pact
	{class: "ally", syn: "n06773684", depth: 0, head: "alliance"},                                          // a formal agreement establishing an alliance
	{class: "ally", syn: "n01238424", depth: 0, only: []string{"merger", "amalgamation"}, head: "merger"},  // the combination of two or more companies
	{class: "ally", syn: "n07373602", depth: 0, only: []string{"merger", "unification"}, head: "merger"},   // an occurrence that involves the production of a union

	// form: a new group.
	{class: "form", syn: "v02427103", depth: 0, only: []string{"establish", "set_up", "found"}, head: "found"},   // set up or found
	{class: "form", syn: "v01647247", depth: 0, only: []string{"establish", "found"}, head: "found"},             // set up or lay the groundwork for
	{class: "form", syn: "v02448185", depth: 0, only: []string{"form"}, head: "form"},                            // create (as an entity): "they formed a company"
	{class: "form", syn: "n00237078", depth: 0, only: []string{"establishment", "formation"}, head: "formation"}, // the act of forming or establishing something
	{class: "form", syn: "n00240184", depth: 0, only: []string{"founding", "foundation"}, head: "founding"},      // the act of starting something for the first time

	// announce: declarations.
	{class: "announce", syn: "v00965889", depth: 0, head: "announce"},                                           // announce publicly or officially
	{class: "announce", syn: "v00978191", depth: 0, head: "proclaim"},                                           // declare formally; declare someone to be something
	{class: "announce", syn: "v00977354", depth: 0, only: []string{"proclaim", "promulgate"}, head: "proclaim"}, // state or announce
	{class: "announce", syn: "n06726158", depth: 0, head: "announcement"},                                       // a formal public statement

	// deny.
	{class: "deny", syn: "v00816574", depth: 0, head: "deny"},   // declare untrue; contradict
	{class: "deny", syn: "n07204240", depth: 0, head: "denial"}, // the act of asserting that something alleged is not true

	// protest.
	{class: "protest", syn: "v02521410", depth: 0, only: []string{"protest", "dissent"}, head: "protest"},  // express opposition through action or words
	{class: "protest", syn: "v00910153", depth: 0, head: "protest"},                                        // utter words of protest
	{class: "protest", syn: "v02521816", depth: 0, only: []string{"demonstrate"}, head: "demonstrate"},     // march in protest; take part in a demonstration
	{class: "protest", syn: "n01177033", depth: 0, only: []string{"protest"}, head: "protest"},             // a public manifestation of dissent
	{class: "protest", syn: "n01177703", depth: 0, only: []string{"demonstration"}, head: "demonstration"}, // a public display of group feelings
}

// exclusions are words and phrases that never give a class on their own,
// however WordNet reaches them. Keys are compared, so inflections are
// excluded too.
var exclusions = map[string]string{
	"take":        "42 senses; 'took the town' is capture only with its object: 'take control', 'take over' are listed",
	"hit":         "hit a target, a record; its 'murder' sense is slang",
	"strike":      "a labour strike, struck a deal; 'air strike' is listed",
	"drive":       "only in 'drive out'",
	"fire":        "fire a worker, a fire broke out; 'open fire' is listed",
	"hold":        "hold a meeting; holding a town is a state, not an event",
	"report":      "a reporting verb: the source, not the event",
	"say":         "a reporting verb",
	"go":          "a sense of die; far more often movement",
	"pass":        "as die a euphemism; far more often movement or law",
	"exit":        "as die a euphemism",
	"expire":      "as die a euphemism; deadlines expire",
	"expiry":      "as death a deadline's end",
	"leave":       "left the town (withdraw), left N dead (kill), left the group (defect): the extractor decides",
	"lose":        "lost the town to X (capture), lost their lives (kill): only in the listed phrases",
	"fall":        "fell to X (capture), fell in battle (kill), fell back (withdraw): only in phrases",
	"charge":      "a criminal charge, a fee",
	"shoot":       "shot dead is kill, shot at is attack, a photo shoot: the extractor decides",
	"remove":      "its 'murder' sense is slang",
	"off":         "slang verb 'to off'",
	"dispatch":    "send; as kill archaic",
	"engagement":  "a betrothal or an appointment far more often than a battle",
	"conflict":    "a war as a whole, not an event of one day",
	"struggle":    "effort of any kind",
	"contend":     "argue: 'they contend that'",
	"set off":     "set off for a place: movement",
	"launch":      "a light verb: 'launched an offensive' gives the offensive",
	"force":       "armed forces",
	"assume":      "assume that",
	"battery":     "an artillery unit; a battery of tests",
	"march":       "a march on a town is an advance",
	"encounter":   "a meeting",
	"carry":       "'carried the town' is rare; carry is far more often transport",
	"back up":     "support",
	"flight":      "an aircraft's flight far more often than an escape",
	"penetration": "of a market, of a material",
	"get out":     "leave in general",
	"accord":      "shares its key with 'according (to)'",
	"surround":    "shares its key with 'surrounding' (the surrounding villages); 'besieged', 'encircled' say it",
	"vacate":      "shares its key with 'vacation'",
	"desert":      "the noun is the landscape (the desert town of Palmyra); 'defected' says it",
	"foundation":  "a building's foundation, a charity",
	"fallback":    "a fallback option",
	"coalition":   "names an actor (the US-led coalition) far more often than an alliance being made",
	"liquidate":   "finance",
	"neutralize":  "chemistry; a threat",
	"erase":       "remove writing",
	"vaporize":    "physics",
	"put away":    "store",
	"put down":    "suppress, write down",
	"take off":    "aircraft take off",
	"carry off":   "win; carry away",
	"knock off":   "stop; copy",
	"atomize":     "spray; an atomized society",
	"overlie":     "lie on top of",
}

// overrides fix the class of a word where the anchors' order gives a
// reading that conflict reporting does not use.
var overrides = map[string]string{
	"liberate":   "capture", // 'liberated the town' reports a capture far more often than a release of persons
	"liberation": "capture",
	// put to death: WordNet's noun putting_to_death is a killing, its verb
	// put_to_death an execution; the phrase is the verb's.
	"putting_to_death": "execute",
}

// additions are phrases (and one closed compound) that conflict
// reporting uses for a class and that WordNet 3.0 lacks or lists only
// in a general sense. Words are written as in text; their keys are
// computed like any caller's.
var additions = []struct {
	phrase, class, why string
}{
	{"take control", "capture", "WordNet's take_control is 'assume control' in general"},
	{"gain control", "capture", "not in WordNet"},
	{"seize control", "capture", "not in WordNet"},
	{"regain control", "capture", "not in WordNet"},
	{"lose to", "capture", "'lost the town to X': X captured it; the extractor finds 'to' after the object"},
	{"fall to", "capture", "'the town fell to X': WordNet's fall 'be captured' is its 23rd sense"},
	{"airstrike", "bomb", "not in WordNet 3.0 (2006), common since"},
	{"air strike", "bomb", "WordNet has air raid, not air strike"},
	{"drone strike", "bomb", "not in WordNet"},
	{"suicide attack", "bomb", "not in WordNet (suicide bombing is)"},
	{"barrel bomb", "bomb", "not in WordNet"},
	{"ceasefire", "agreement", "closed spelling of WordNet's cease-fire"},
	{"lose life", "kill", "'lost their lives': WordNet has no lose_one's_life"},
	{"take prisoner", "abduct", "not in WordNet"},
	{"take captive", "abduct", "not in WordNet"},
	{"take hostage", "abduct", "not in WordNet"},
	{"prisoner swap", "release", "not in WordNet"},
	{"prisoner exchange", "release", "not in WordNet"},
	{"pledge allegiance", "ally", "WordNet's pledge is 'promise solemnly' in general"},
	{"swear allegiance", "ally", "not in WordNet"},
}

// skipWords are left out of phrase keys, as package lexicon's PhraseKey
// leaves them out (its skipWords; a test there checks that no phrase of
// the tables contains one): articles, possessive determiners, object and
// reflexive pronouns, and WordNet's placeholders (lose one's temper).
var skipWords = []string{
	"a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "whose",
	"me", "you", "him", "it", "us", "them", "myself", "yourself", "himself", "herself",
	"itself", "ourselves", "themselves", "one's", "oneself", "someone", "someone's",
	"somebody", "something",
}

// allowedNounFiles are the lexicographer files of nouns that can name an
// event: act, communication, event (not state: liberate → liberty).
var allowedNounFiles = map[int]bool{4: true, 10: true, 11: true}

type entry struct {
	key    string
	class  string
	lemmas []string // provenance: "capture v02272567 anchor"
	dist   int
	order  int
}

type dropped struct {
	lemma, why string
}

type events struct {
	wn      *wordnet
	k       *keyer
	entries map[string]*entry
	// lemmaSyn lists, per entry lemma, the synsets that gave it its class.
	lemmaSyn map[string][]synID
	drops    []dropped
	conflict []string
}

type reach struct {
	class string
	dist  int
	order int
	via   string
}

func buildEvents(wn *wordnet, k *keyer) (*events, error) {
	ev := &events{wn: wn, k: k, entries: map[string]*entry{}, lemmaSyn: map[string][]synID{}}
	reached := map[synID]reach{}
	onlyOf := map[synID][]string{}
	for i, a := range anchors {
		id, err := parseSynID(a.syn)
		if err != nil {
			return nil, err
		}
		s, ok := wn.synsets[id]
		if !ok {
			return nil, fmt.Errorf("anchor %s (%s): no such synset", a.syn, a.head)
		}
		if !contains(s.words, a.head) {
			return nil, fmt.Errorf("anchor %s: %v does not contain %q", a.syn, s.words, a.head)
		}
		for _, w := range a.only {
			if !contains(s.words, w) {
				return nil, fmt.Errorf("anchor %s: %v does not contain %q", a.syn, s.words, w)
			}
		}
		if a.only != nil {
			onlyOf[id] = a.only
		}
		// Breadth first through hyponyms ("~"; not instances).
		frontier := []synID{id}
		for d := 0; d <= a.depth && len(frontier) > 0; d++ {
			var next []synID
			for _, x := range frontier {
				r, seen := reached[x]
				if !seen || d < r.dist {
					via := "anchor"
					if d > 0 {
						via = fmt.Sprintf("hyponym %d of %s", d, a.syn)
					}
					reached[x] = reach{a.class, d, i, via}
				}
				for _, p := range wn.synsets[x].ptrs {
					if p.sym == "~" {
						next = append(next, p.to)
					}
				}
			}
			frontier = next
		}
	}
	// Candidates: lemmas of reached synsets, then their derivations.
	type cand struct {
		lemma string
		syn   synID
		r     reach
		rank  int // max rank allowed; 0: any
	}
	var cands []cand
	ids := sortedIDs(reached)
	for _, id := range ids {
		r := reached[id]
		s := wn.synsets[id]
		only, hasOnly := onlyOf[id]
		for wi, w := range s.words {
			max := maxRankAnchor
			if r.dist > 0 {
				max = maxRankHyponym
			}
			if r.dist == 0 && hasOnly && !contains(only, w) {
				ev.drops = append(ev.drops, dropped{w + " " + id.String(), "not in the anchor's list"})
				continue
			}
			if r.dist == 0 && (hasOnly || w == anchors[r.order].head) {
				max = 0
			}
			if r.dist > 0 && id.pos == 'v' && !strings.Contains(w, "_") {
				if _, isNoun := wn.senses[lemmaPos{w, 'n'}]; isNoun {
					// A verb troponym that is also a noun names the
					// instrument or manner (stone, gas, torpedo), and the
					// noun is what texts mostly mean.
					ev.drops = append(ev.drops, dropped{w + " " + id.String(), "troponym that is also a noun"})
					continue
				}
			}
			cands = append(cands, cand{w, id, r, max})
			if r.dist > 0 {
				continue
			}
			// Derivations of this lemma.
			for _, p := range s.ptrs {
				if p.sym != "+" || p.src != wi+1 {
					continue
				}
				t, ok := wn.synsets[p.to]
				if !ok || p.dst < 1 || p.dst > len(t.words) {
					continue
				}
				if t.id.pos == 'n' && !allowedNounFiles[t.lexfile] {
					continue
				}
				if t.id.pos != 'n' && t.id.pos != 'v' {
					continue
				}
				dr := reach{r.class, r.dist + 1, r.order, "derived from " + w + " " + id.String()}
				if old, ok := reached[t.id]; ok && (old.dist < dr.dist || (old.dist == dr.dist && old.order <= dr.order)) {
					continue // the target synset has a nearer class of its own
				}
				cands = append(cands, cand{t.words[p.dst-1], t.id, dr, maxRankAnchor})
			}
		}
	}
	excluded := map[string]string{}
	for w, why := range exclusions {
		excluded[ev.k.phraseKey(w)] = why
	}
	best := map[string]*entry{}
	for _, c := range cands {
		keys := []string{ev.k.phraseKey(c.lemma)}
		if !strings.ContainsAny(c.lemma, "_-") {
			keys[0] = ev.k.lemmaKey(c.lemma)
		}
		if strings.Contains(c.lemma, "-") {
			// cease-fire: the closed compound and the phrase.
			keys = append(keys, ev.k.phraseKey(strings.ReplaceAll(c.lemma, "-", "_")))
		}
		if why, ok := excluded[keys[0]]; ok {
			ev.drops = append(ev.drops, dropped{c.lemma + " " + c.syn.String(), "excluded: " + why})
			continue
		}
		single := !strings.ContainsAny(c.lemma, "_")
		if single && c.rank > 0 {
			if rk := wn.rank(c.lemma, c.syn); rk == 0 || rk > c.rank {
				ev.drops = append(ev.drops, dropped{c.lemma + " " + c.syn.String(), fmt.Sprintf("sense rank %d > %d", rk, c.rank)})
				continue
			}
		}
		if single && c.syn.pos != 'a' {
			nv := wn.count[lemmaPos{c.lemma, 'n'}] + wn.count[lemmaPos{c.lemma, 'v'}]
			ar := wn.count[lemmaPos{c.lemma, 'a'}] + wn.count[lemmaPos{c.lemma, 'r'}]
			if ar > nv {
				ev.drops = append(ev.drops, dropped{c.lemma + " " + c.syn.String(), fmt.Sprintf("mostly adjective/adverb (%d against %d)", ar, nv)})
				continue
			}
		}
		class := c.r.class
		if o, ok := overrides[c.lemma]; ok {
			class = o
		}
		note := fmt.Sprintf("%s %s %s", c.lemma, c.syn, c.r.via)
		kept := false
		for _, key := range keys {
			e := best[key]
			switch {
			case e == nil:
				best[key] = &entry{key: key, class: class, lemmas: []string{note}, dist: c.r.dist, order: c.r.order}
			case e.class == class:
				e.lemmas = appendUniq(e.lemmas, note)
			case c.r.dist < e.dist || (c.r.dist == e.dist && c.r.order < e.order):
				ev.conflict = append(ev.conflict, fmt.Sprintf("%s: %s (%s) over %s (%s)", key, class, note, e.class, strings.Join(e.lemmas, "; ")))
				best[key] = &entry{key: key, class: class, lemmas: []string{note}, dist: c.r.dist, order: c.r.order}
			default:
				ev.conflict = append(ev.conflict, fmt.Sprintf("%s: %s (%s) over %s (%s)", key, e.class, strings.Join(e.lemmas, "; "), class, note))
				continue
			}
			kept = true
		}
		if !kept {
			continue
		}
		ev.lemmaSyn[c.lemma] = append(ev.lemmaSyn[c.lemma], c.syn)
	}
	for _, a := range additions {
		key := ev.k.phraseKey(strings.ReplaceAll(a.phrase, " ", "_"))
		if e, ok := best[key]; ok {
			if e.class != a.class {
				return nil, fmt.Errorf("addition %q (%s) contradicts the derived class %s", a.phrase, a.class, e.class)
			}
			e.lemmas = append(e.lemmas, "addition: "+a.why)
			continue
		}
		best[key] = &entry{key: key, class: a.class, lemmas: []string{a.phrase + " addition: " + a.why}, dist: -1}
	}
	ev.entries = best
	return ev, nil
}

func (ev *events) lines() []string {
	keys := make([]string, 0, len(ev.entries))
	for k := range ev.entries {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		e := ev.entries[k]
		out = append(out, k+"\t"+e.class+"\t"+strings.Join(e.lemmas, "; "))
	}
	return out
}

// report is the review listing: entries by class, words sharing a key
// with an entry, conflicts and drops.
func (ev *events) report() string {
	var b strings.Builder
	byClass := map[string][]*entry{}
	for _, e := range ev.entries {
		byClass[e.class] = append(byClass[e.class], e)
	}
	// Lemmas per key, for the shadow listing.
	lemmasOf := map[string][]string{}
	for lp := range ev.wn.senses {
		if !plainWord(lp.lemma) {
			continue
		}
		k := ev.k.lemmaKey(lp.lemma)
		if _, ok := ev.entries[k]; ok && !contains(lemmasOf[k], lp.lemma) {
			lemmasOf[k] = append(lemmasOf[k], lp.lemma)
		}
	}
	var classes []string
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	for _, c := range classes {
		es := byClass[c]
		sort.Slice(es, func(i, j int) bool { return es[i].key < es[j].key })
		fmt.Fprintf(&b, "== %s (%d)\n", c, len(es))
		for _, e := range es {
			fmt.Fprintf(&b, "  %-22s %s\n", e.key, strings.Join(e.lemmas, "; "))
			var shadow []string
			ls := lemmasOf[e.key]
			sort.Strings(ls)
			for _, l := range ls {
				if _, ok := ev.lemmaSyn[l]; ok {
					continue
				}
				shadow = append(shadow, fmt.Sprintf("%s(%d)", l, ev.k.total(l)))
			}
			if len(shadow) > 0 {
				fmt.Fprintf(&b, "  %-22s   shares key with: %s\n", "", strings.Join(shadow, " "))
			}
		}
	}
	fmt.Fprintf(&b, "\n== conflicts (%d)\n", len(ev.conflict))
	for _, c := range ev.conflict {
		fmt.Fprintf(&b, "  %s\n", c)
	}
	fmt.Fprintf(&b, "\n== dropped (%d)\n", len(ev.drops))
	for _, d := range ev.drops {
		fmt.Fprintf(&b, "  %-40s %s\n", d.lemma, d.why)
	}
	return b.String()
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

func appendUniq(list []string, w string) []string {
	if contains(list, w) {
		return list
	}
	return append(list, w)
}

func sortedIDs[V any](m map[synID]V) []synID {
	ids := make([]synID, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if ids[i].pos != ids[j].pos {
			return ids[i].pos < ids[j].pos
		}
		return ids[i].off < ids[j].off
	})
	return ids
}

const eventsAbout = `
Line: key, tab, event class, tab, provenance (lemma, synset, how it was reached). A key with
spaces is a phrase: the keys of its words in order. Derived by gen/events.go from anchor
synsets; gen/report.txt is the review listing.
`
