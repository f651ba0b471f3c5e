package frame

import (
	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/internal/lexicon"
)

// Lemma keys and event classes come from the lexicon. A Reader keeps the
// keys it has looked up, so a corpus pays for each word form once per
// reader rather than once per occurrence.

// keyCacheMax bounds a reader's cache of lemma keys; past it the cache is
// cleared rather than grown.
const keyCacheMax = 1 << 15

// lexEntry is what the lexicon says of one word form.
type lexEntry struct {
	key     string
	cls     claims.EventType // the class of the word alone, or ""
	starts  bool             // the key opens a phrase of the lexicon
	valency bool             // the key is a verb of valency.go
	w       wclass           // the word's grammatical classes (words.go)
}

// entry returns the lexicon's entry for the lower-case word w.
func (r *Reader) entry(w string) lexEntry {
	if e, ok := r.keys[w]; ok {
		return e
	}
	if r.keys == nil || len(r.keys) >= keyCacheMax {
		r.keys = make(map[string]lexEntry, 1024)
	}
	k := lexKey(w)
	e := lexEntry{key: k, starts: lexStartsPhrase(k) || addedStarts[k], valency: valencyKeys[k], w: classOf(w)}
	e.cls = class1(k)
	// The cache keeps its own copy of w: w is cut from one clause's
	// lowered text, which the cache must not keep alive.
	r.keys[string([]byte(w))] = e
	return e
}

// The lexicon: WordNet-derived lemma keys and event classes (see package
// internal/lexicon).
var (
	lexKey          = lexicon.Key
	lexClass        = lexicon.Class
	lexStartsPhrase = lexicon.StartsPhrase
)

// class1 returns the event class of one word's key, or "".
func class1(k string) claims.EventType {
	if c, ok := lexClass(k); ok {
		return c
	}
	return addedWords[k]
}

// class2 returns the event class of a two-word phrase's keys ("pull
// out", "car bomb").
func class2(k1, k2 string) (claims.EventType, bool) {
	if k1 == "" || k2 == "" || wordClasses[k2]&(wDet|wPron) != 0 && wordClasses[k2]&wPartic == 0 {
		// The lexicon skips articles and pronouns inside a phrase, so
		// "seized the" would read as "seized": a phrase here is two
		// words that are both there.
		return "", false
	}
	if c, ok := lexClass(k1, k2); ok {
		return c, true
	}
	c, ok := addedPairs[[2]string{k1, k2}]
	return c, ok
}

// Keys of the verbs whose event depends on their arguments, computed
// once so that they agree with whatever the lexicon's keys look like.
var (
	kTake, kHold, kLeave, kLose, kFall, kFire, kHit, kDrive, kForce, kWin, kGain, kPush string
	kPut, kGo, kLay, kCome, kSet, kCarry, kCall, kPass, kBeat, kThrow, kRepel, kClaim   string
	kOpen, kLaunch, kBegin, kStart, kConduct, kMount, kStage, kSign, kReach, kBroker    string
	kContinue, kResume, kWage, kMake, kComplete, kSuffer, kFace, kEnd, kRepulse, kFend  string
	kLife, kDie, kPerish, kDead, kFall2, kShoot, kHalt, kSuspend, kStop, kCancel, kLead string
	kInitiate, kAbandon, kLift, kBreak, kSecure, kControl, kRecover, kCapture, kSeize   string
	kCampaign, kOperation, kDrive2, kSiege, kWar, kBattle, kSignature, kResponsibility  string
	kDefend, kWithstand, kRebuff, kSustain, kEndure, kIncur, kThwart, kFoil, kRepelling string
	kWound, kInjure, kDeath, kToll, kCasualty, kAnnounce, kDeclare, kExpel, kOust       string
	kEngage, kCompel, kOblige                                                           string
)

// valencyKeys are the keys valency.go reads.
var valencyKeys = map[string]bool{}

func init() {
	defer func() {
		for _, k := range []string{kTake, kHold, kLeave, kLose, kFall, kFire, kShoot, kHit, kDrive, kForce, kPush, kWin, kPass, kPut, kCapture, kSeize} {
			valencyKeys[k] = true
		}
	}()
	for _, p := range []struct {
		k *string
		w string
	}{
		{&kTake, "take"}, {&kHold, "hold"}, {&kLeave, "leave"}, {&kLose, "lose"}, {&kFall, "fall"},
		{&kFire, "fire"}, {&kHit, "hit"}, {&kDrive, "drive"}, {&kForce, "force"}, {&kWin, "win"},
		{&kGain, "gain"}, {&kPush, "push"}, {&kPut, "put"}, {&kGo, "go"}, {&kLay, "lay"}, {&kCome, "come"},
		{&kSet, "set"}, {&kCarry, "carry"}, {&kCall, "call"}, {&kPass, "pass"}, {&kBeat, "beat"},
		{&kThrow, "throw"}, {&kRepel, "repel"}, {&kClaim, "claim"}, {&kOpen, "open"}, {&kLaunch, "launch"},
		{&kBegin, "begin"}, {&kStart, "start"}, {&kConduct, "conduct"}, {&kMount, "mount"}, {&kStage, "stage"},
		{&kSign, "sign"}, {&kReach, "reach"}, {&kBroker, "broker"}, {&kContinue, "continue"},
		{&kResume, "resume"}, {&kWage, "wage"}, {&kMake, "make"}, {&kComplete, "complete"},
		{&kSuffer, "suffer"}, {&kFace, "face"}, {&kEnd, "end"}, {&kRepulse, "repulse"}, {&kFend, "fend"},
		{&kLife, "life"}, {&kDie, "die"}, {&kPerish, "perish"}, {&kDead, "dead"}, {&kFall2, "fall"},
		{&kShoot, "shoot"}, {&kHalt, "halt"}, {&kSuspend, "suspend"}, {&kStop, "stop"}, {&kCancel, "cancel"},
		{&kLead, "lead"}, {&kInitiate, "initiate"}, {&kAbandon, "abandon"}, {&kLift, "lift"},
		{&kBreak, "break"}, {&kSecure, "secure"}, {&kControl, "control"}, {&kRecover, "recover"},
		{&kCapture, "capture"}, {&kSeize, "seize"}, {&kCampaign, "campaign"}, {&kOperation, "operation"},
		{&kDrive2, "drive"}, {&kSiege, "siege"}, {&kWar, "war"}, {&kBattle, "battle"},
		{&kSignature, "signature"}, {&kResponsibility, "responsibility"}, {&kDefend, "defend"},
		{&kWithstand, "withstand"}, {&kRebuff, "rebuff"}, {&kSustain, "sustain"}, {&kEndure, "endure"},
		{&kIncur, "incur"}, {&kThwart, "thwart"}, {&kFoil, "foil"}, {&kRepelling, "repel"},
		{&kWound, "wound"}, {&kInjure, "injure"}, {&kDeath, "death"}, {&kToll, "toll"},
		{&kCasualty, "casualties"}, {&kAnnounce, "announce"}, {&kDeclare, "declare"}, {&kExpel, "expel"},
		{&kOust, "oust"}, {&kEngage, "engage"}, {&kCompel, "compel"}, {&kOblige, "oblige"},
	} {
		*p.k = lexKey(p.w)
	}
}
