package frame

// TEMPORARY: a stand-in for internal/lexicon (Key, Class) until that
// package is merged; this file is deleted then and lexicon.go calls the
// real one. Its table lists base words with their forms; the real lexicon
// derives both from WordNet and a stemmer.

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

var (
	standinKeys    = map[string]string{}
	standinClasses = map[string]claims.EventType{}
	standinPairs   = map[[2]string]claims.EventType{}
)

func standin(class claims.EventType, entries string) {
	for _, e := range strings.Split(entries, ";") {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		forms := strings.Fields(e)
		base := forms[0]
		for _, f := range forms {
			standinKeys[f] = base
		}
		if class != "" {
			standinClasses[base] = class
		}
	}
}

func standinPhrase(class claims.EventType, phrases ...string) {
	for _, p := range phrases {
		f := strings.Fields(p)
		switch len(f) {
		case 1:
			standinClasses[p] = class
		case 2:
			standinPairs[[2]string{f[0], f[1]}] = class
		}
	}
}

func init() {
	standin(claims.EventCapture, `capture captures captured capturing; seize seizes seized seizing;
		overrun overruns overran overrunning; recapture recaptures recaptured recapturing;
		retake retakes retook retaken retaking; conquer conquers conquered conquering conquest;
		occupy occupies occupied occupying; liberate liberates liberated liberating liberation;
		expel expels expelled expelling; oust ousts ousted ousting; seizure seizures; takeover takeovers;
		control controls controlled controlling; secure secures secured securing; occupation`)
	standin(claims.EventWithdraw, `withdraw withdraws withdrew withdrawn withdrawing; withdrawal withdrawals;
		retreat retreats retreated retreating; flee flees fled fleeing; evacuate evacuates evacuated evacuating;
		evacuation; abandon abandons abandoned abandoning; pullout; pull-out`)
	standin(claims.EventClash, `clash clashes clashed clashing; fight fights fought fighting; battle battles battled
		battling; infighting; skirmish skirmishes; firefight firefights; hostilities; combat; war wars;
		confrontation confrontations`)
	standin(claims.EventAttack, `attack attacks attacked attacking; assault assaults assaulted assaulting;
		raid raids raided raiding; ambush ambushes ambushed ambushing; storm storms stormed storming;
		offensive offensives; counterattack counterattacks counterattacked; counter-attack counter-attacks
		counter-attacked; counteroffensive counter-offensive; target targets targeted targeting;
		strike strikes struck striking; onslaught; incursion incursions; campaign campaigns; operation operations`)
	standin(claims.EventBomb, `bomb bombs bombed bombing bombings; shell shells shelled shelling; detonate detonates
		detonated detonating; explode explodes exploded exploding; explosion explosions; blast blasts;
		bombard bombards bombarded bombardment; airstrike airstrikes; air-strike air-strikes`)
	standin(claims.EventKill, `kill kills killed killing killings; slay slays slew slain; slaughter slaughtered;
		die dies died dying; death deaths; dead; perish perished; toll; casualty casualties;
		wound wounds wounded wounding; injure injures injured injuring; injury injuries`)
	standin(claims.EventExecute, `execute executes executed executing; execution executions; behead beheads beheaded
		beheading beheadings; massacre massacres massacred massacring; crucify crucified`)
	standin(claims.EventAssassinate, `assassinate assassinates assassinated assassinating; assassination assassinations`)
	standin(claims.EventAbduct, `kidnap kidnaps kidnapped kidnapping; abduct abducts abducted abducting; abduction
		abductions; detain detains detained detaining; arrest arrests arrested arresting`)
	standin(claims.EventRelease, `release releases released releasing; free frees freed freeing; swap swaps`)
	standin(claims.EventBesiege, `besiege besieges besieged besieging; siege sieges; surround surrounds surrounded
		surrounding; encircle encircles encircled encircling; encirclement; blockade blockaded; trap traps
		trapped trapping`)
	standin(claims.EventAgreement, `truce truces; ceasefire ceasefires; cease-fire; agreement agreements; deal deals;
		accord accords; armistice; treaty treaties; agree agrees agreed; pact`)
	standin(claims.EventDefect, `defect defects defected defecting; defection defections; desert deserted; desertion`)
	standin(claims.EventAlly, `ally allied; alliance alliances; merge merges merged merging; merger mergers;
		join joins joined joining`)
	standin(claims.EventForm, `form forms formed forming; founded founding; establish establishes established
		establishing; formation; establishment; create creates created creating; creation`)
	standin(claims.EventAnnounce, `announce announces announced announcing; announcement; declare declares declared
		declaring; declaration; proclaim proclaims proclaimed proclaiming; proclamation`)
	standin(claims.EventDeny, `deny denies denied denying; denial`)
	standin(claims.EventProtest, `protest protests protested protesting; demonstrate demonstrated; demonstration
		demonstrations; march marches marched marching; rally rallies rallied`)
	// Words with no class of their own that take part in phrases.
	standin("", `pull pulls pulled pulling; fall falls fell fallen falling; give gives gave given giving;
		take takes took taken taking; open opens opened opening; lose loses lost losing; life lives;
		go goes went gone going; set sets setting; lay lays laid laying; gain gains gained gaining;
		win wins won winning; drive drives drove driven driving; push pushes pushed pushing;
		move moves moved moving; put puts putting; hold holds held holding; leave leaves left leaving;
		fire fires fired firing; hit hits hitting; force forces forced forcing; shoot shoots shot shooting;
		carry carries carried carrying; call calls called calling; swear swore sworn; pledge pledged pledges;
		suicide; car cars; air; gun guns; mortar mortars; prisoner prisoners; exchange exchanges;
		allegiance; ground; back; up; out; off; over; down; control; possession; signature signatures;
		break breaks broke broken; come comes came coming; pass passes passed; beat beats beaten beating; throw threw thrown;
		fight; mass; roadside; truck; barrel; vehicle; drone; missile; rocket rockets;
		launch launches launched launching; begin begins began begun beginning; start starts started starting;
		conduct conducts conducted conducting; mount mounts mounted mounting; stage stages staged staging;
		initiate initiated; resume resumes resumed resuming; continue continues continued continuing;
		wage waged waging; make makes made making; sign signs signed signing; reach reaches reached reaching;
		broker brokered brokering; complete completes completed completing; lead leads led leading;
		suffer suffers suffered suffering; face faces faced facing; repel repels repelled repelling;
		repulse repulsed repulsing; fend fended fending; withstand withstood; rebuff rebuffed;
		sustain sustained; endure endured; incur incurred; thwart thwarted; foil foiled; survive survived;
		halt halted halting; suspend suspended; stop stopped; cancel cancelled canceled; end ended ending;
		lift lifted lifting; claim claims claimed claiming; unleash unleashed; renew renewed; step stepped;
		intensify intensified; escalate escalated; negotiate negotiated; order ordered; spearhead spearheaded;
		recover recovers recovered recovering; responsibility; death deaths; engage engages engaged engaging`)
	standinPhrase(claims.EventAttack, "move against")
	standinPhrase(claims.EventCapture, "take control", "take over", "take possession", "gain control",
		"seize control", "win back", "take back", "gain ground", "drive out", "push out", "force out")
	standinPhrase(claims.EventWithdraw, "pull out", "pull back", "fall back", "give up", "move out", "back down")
	standinPhrase(claims.EventAttack, "open fire", "fire on", "fire at", "fire upon", "shoot at")
	standinPhrase(claims.EventBomb, "car bomb", "suicide bomb", "suicide attack", "suicide bombing", "air strike",
		"barrel bomb", "roadside bomb", "truck bomb", "go off", "mortar fire", "drone strike", "missile strike",
		"rocket attack", "car bombing")
	standinPhrase(claims.EventKill, "death toll", "lose life", "shoot dead")
	standinPhrase(claims.EventClash, "gun battle", "exchange fire")
	standinPhrase(claims.EventRelease, "set free", "prisoner swap", "prisoner exchange", "set loose")
	standinPhrase(claims.EventAlly, "pledge allegiance", "swear allegiance")
	standinPhrase(claims.EventForm, "set up")
	standinPhrase(claims.EventExecute, "mass execution")
}

// lexStartsPhrase reports whether key k opens a phrase of the table.
func lexStartsPhrase(k string) bool { return standinStarts[k] }

var standinStarts = map[string]bool{}

func init() {
	for p := range standinPairs {
		standinStarts[p[0]] = true
	}
}

// lexKey returns the lemma key of a lower-case word.
func lexKey(w string) string {
	if k, ok := standinKeys[w]; ok {
		return k
	}
	return w
}

// lexClass returns the event class of a word or phrase given as keys.
func lexClass(keys ...string) (claims.EventType, bool) {
	var c claims.EventType
	switch len(keys) {
	case 0:
		return "", false
	case 1:
		c = standinClasses[keys[0]]
	case 2:
		c = standinPairs[[2]string{keys[0], keys[1]}]
	}
	return c, c != ""
}
