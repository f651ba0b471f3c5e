package frame

import (
	"strings"

	"github.com/concordfacts/concord/claims"
)

// Additions to the lexicon's event table: words and phrases of war
// reporting that internal/lexicon does not class (WordNet 3.0 files
// "infighting" and "hostilities" under quarrels, has no "gun battle", and
// reaches "expel" or "surround" from none of the taxonomy's anchor
// synsets). They are looked up only where the lexicon has no class, and
// belong in the lexicon's own table of additions; they are kept here
// until they move there.
var (
	addedWords = map[string]claims.EventType{}
	addedPairs = map[[2]string]claims.EventType{}
)

func init() {
	word := func(cls claims.EventType, words string) {
		for _, w := range strings.Fields(words) {
			addedWords[lexKey(w)] = cls
		}
	}
	pair := func(cls claims.EventType, phrases ...string) {
		for _, p := range phrases {
			f := strings.Fields(p)
			addedPairs[[2]string{lexKey(f[0]), lexKey(f[1])}] = cls
		}
	}
	word(claims.EventClash, "infighting war firefight hostilities confrontation skirmish")
	word(claims.EventAttack, "strike campaign operation onslaught incursion")
	word(claims.EventKill, "wound injure toll casualties")
	word(claims.EventCapture, "expel oust control secure recapture retake")
	word(claims.EventBesiege, "surround encircle trap blockade")
	word(claims.EventRelease, "swap")
	word(claims.EventProtest, "march rally demonstrate")
	pair(claims.EventClash, "gun battle", "exchange fire")
	pair(claims.EventAttack, "fire on", "fire at", "fire upon", "shoot at", "move against", "open fire")
	pair(claims.EventBomb, "mortar fire", "roadside bomb", "go off", "car bomb", "suicide attack", "suicide bombing", "air strike", "barrel bomb", "truck bomb", "drone strike")
	pair(claims.EventKill, "shoot dead", "death toll", "lose life")
	pair(claims.EventCapture, "win back", "gain ground", "take back", "take control", "take over", "gain control", "seize control", "drive out", "push out", "force out")
	pair(claims.EventWithdraw, "pull out", "pull back", "fall back", "give up", "move out")
	pair(claims.EventRelease, "prisoner swap", "prisoner exchange", "set free")
	pair(claims.EventAlly, "pledge allegiance", "swear allegiance")
	pair(claims.EventForm, "set up")
	for p := range addedPairs {
		addedStarts[p[0]] = true
	}
}

var addedStarts = map[string]bool{}
