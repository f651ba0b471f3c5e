package lexicon

import (
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
)

// classOf is the class of a trigger written as in text: one word, or a
// phrase whose words are keyed one by one.
func classOf(trigger string) (claims.EventType, bool) {
	words := strings.Fields(trigger)
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = Key(w)
	}
	return Class(keys...)
}

func TestClass(t *testing.T) {
	tests := []struct {
		trigger string
		want    claims.EventType // "" for none
	}{
		// capture
		{"captured", claims.EventCapture},
		{"seized", claims.EventCapture},
		{"seizure", claims.EventCapture},
		{"overran", claims.EventCapture},
		{"recaptured", claims.EventCapture},
		{"retook", claims.EventCapture},
		{"conquered", claims.EventCapture},
		{"invaded", claims.EventCapture},
		{"liberated", claims.EventCapture},
		{"took control", claims.EventCapture},
		{"taking over", claims.EventCapture},
		{"gained control", claims.EventCapture},
		{"drove out", claims.EventCapture},
		{"fell to", claims.EventCapture},
		{"lost to", claims.EventCapture},
		// withdraw
		{"withdrew", claims.EventWithdraw},
		{"withdrawal", claims.EventWithdraw},
		{"retreated", claims.EventWithdraw},
		{"retreat", claims.EventWithdraw},
		{"pulled out", claims.EventWithdraw},
		{"pull-out", claims.EventWithdraw},
		{"fell back", claims.EventWithdraw},
		{"pulled back", claims.EventWithdraw},
		{"gave up", claims.EventWithdraw},
		{"abandoned", claims.EventWithdraw},
		{"evacuated", claims.EventWithdraw},
		{"fled", claims.EventWithdraw},
		// clash
		{"clashes", claims.EventClash},
		{"clashed", claims.EventClash},
		{"fighting", claims.EventClash},
		{"fought", claims.EventClash},
		{"battle", claims.EventClash},
		{"skirmishes", claims.EventClash},
		// attack
		{"attacked", claims.EventAttack},
		{"assault", claims.EventAttack},
		{"stormed", claims.EventAttack},
		{"raided", claims.EventAttack},
		{"ambushed", claims.EventAttack},
		{"opened fire", claims.EventAttack},
		{"offensive", claims.EventAttack},
		{"counter-attack", claims.EventAttack},
		{"incursion", claims.EventAttack},
		// bomb
		{"bombing", claims.EventBomb},
		{"bombed", claims.EventBomb},
		{"shelled", claims.EventBomb},
		{"shelling", claims.EventBomb},
		{"explosion", claims.EventBomb},
		{"blast", claims.EventBomb},
		{"detonated", claims.EventBomb},
		{"car bomb", claims.EventBomb},
		{"suicide bombing", claims.EventBomb},
		{"suicide attack", claims.EventBomb},
		{"air strike", claims.EventBomb},
		{"airstrikes", claims.EventBomb},
		{"air raid", claims.EventBomb},
		{"bombardment", claims.EventBomb},
		// kill
		{"killed", claims.EventKill},
		{"killing", claims.EventKill},
		{"died", claims.EventKill},
		{"dead", claims.EventKill},
		{"death", claims.EventKill},
		{"death toll", claims.EventKill},
		{"lost their lives", claims.EventKill},
		{"perished", claims.EventKill},
		{"slain", claims.EventKill},
		{"murdered", claims.EventKill},
		{"casualties", claims.EventKill},
		{"fatalities", claims.EventKill},
		// execute
		{"executed", claims.EventExecute},
		{"execution", claims.EventExecute},
		{"beheaded", claims.EventExecute},
		{"massacred", claims.EventExecute},
		{"massacre", claims.EventExecute},
		{"crucified", claims.EventExecute},
		{"put to death", claims.EventExecute},
		// assassinate
		{"assassinated", claims.EventAssassinate},
		{"assassination", claims.EventAssassinate},
		// abduct
		{"kidnapped", claims.EventAbduct},
		{"abducted", claims.EventAbduct},
		{"abduction", claims.EventAbduct},
		{"arrested", claims.EventAbduct},
		{"detained", claims.EventAbduct},
		{"took prisoner", claims.EventAbduct},
		{"taken hostage", claims.EventAbduct},
		// release
		{"released", claims.EventRelease},
		{"freed", claims.EventRelease},
		{"set free", claims.EventRelease},
		{"set them free", claims.EventRelease},
		{"prisoner swap", claims.EventRelease},
		// besiege
		{"besieged", claims.EventBesiege},
		{"siege", claims.EventBesiege},
		{"encircled", claims.EventBesiege},
		{"blockade", claims.EventBesiege},
		// agreement
		{"truce", claims.EventAgreement},
		{"ceasefire", claims.EventAgreement},
		{"cease-fire", claims.EventAgreement},
		{"cease fire", claims.EventAgreement},
		{"agreement", claims.EventAgreement},
		{"agreed", claims.EventAgreement},
		{"treaty", claims.EventAgreement},
		{"deal", claims.EventAgreement},
		// defect
		{"defected", claims.EventDefect},
		{"defection", claims.EventDefect},
		// ally
		{"merged", claims.EventAlly},
		{"merger", claims.EventAlly},
		{"allied", claims.EventAlly},
		{"alliance", claims.EventAlly},
		{"joined", claims.EventAlly},
		{"pledged allegiance", claims.EventAlly},
		// form
		{"formed", claims.EventForm},
		{"founded", claims.EventForm},
		{"established", claims.EventForm},
		{"formation", claims.EventForm},
		{"set up", claims.EventForm},
		// announce
		{"announced", claims.EventAnnounce},
		{"announcement", claims.EventAnnounce},
		{"declared", claims.EventAnnounce},
		{"proclaimed", claims.EventAnnounce},
		// deny
		{"denied", claims.EventDeny},
		{"denial", claims.EventDeny},
		// protest
		{"protested", claims.EventProtest},
		{"protests", claims.EventProtest},
		{"demonstration", claims.EventProtest},
		// Near misses: words that give a class only in a phrase, reporting
		// verbs, and words that share a stem with a trigger.
		{"took", ""},
		{"take", ""},
		{"hit", ""},
		{"strike", ""},
		{"fire", ""},
		{"fired", ""},
		{"hold", ""},
		{"held", ""},
		{"report", ""},
		{"reported", ""},
		{"say", ""},
		{"said", ""},
		{"fell", ""},
		{"lost", ""},
		{"left", ""},
		{"drove", ""},
		{"went", ""},
		{"according", ""},
		{"surrounding", ""},
		{"liberal", ""},
		{"coalition", ""},
		{"launched", ""},
		{"town", ""},
		{"fighters", ""},
		{"took the", ""},
		{"", ""},
	}
	perClass := map[claims.EventType]int{}
	for _, tt := range tests {
		got, ok := classOf(tt.trigger)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("Class(%q) = %q, %v; want %q", tt.trigger, got, ok, tt.want)
		}
		perClass[tt.want]++
	}
	for _, c := range eventClasses {
		if perClass[c] == 0 {
			t.Errorf("no test for class %q", c)
		}
	}
}

// eventClasses are the classes of claims.EventType the table covers.
var eventClasses = []claims.EventType{
	claims.EventCapture, claims.EventWithdraw, claims.EventClash, claims.EventAttack,
	claims.EventKill, claims.EventExecute, claims.EventBomb, claims.EventAssassinate,
	claims.EventAbduct, claims.EventBesiege, claims.EventRelease, claims.EventDefect,
	claims.EventForm, claims.EventAlly, claims.EventAgreement, claims.EventAnnounce,
	claims.EventDeny, claims.EventProtest,
}

// TestClassTable checks the table's invariants.
func TestClassTable(t *testing.T) {
	valid := map[claims.EventType]bool{}
	for _, c := range eventClasses {
		valid[c] = true
	}
	skip := skipKeys()
	n := map[claims.EventType]int{}
	for key, c := range classes().m {
		if !valid[c] {
			t.Errorf("%q: class %q is not an event class", key, c)
		}
		n[c]++
		for _, k := range strings.Split(key, " ") {
			if k == "" || skip[k] {
				t.Errorf("phrase %q holds a skipped word %q", key, k)
			}
		}
	}
	for _, c := range eventClasses {
		if n[c] == 0 {
			t.Errorf("class %q has no trigger", c)
		}
	}
}

func TestLongest(t *testing.T) {
	tests := []struct {
		text string
		want claims.EventType
		n    int
	}{
		{"took control of the town", claims.EventCapture, 2},
		{"took the town", "", 0},
		{"pulled out of Azaz", claims.EventWithdraw, 2},
		{"lost their lives in the attack", claims.EventKill, 3},
		{"car bomb exploded", claims.EventBomb, 2},
		{"captured the town", claims.EventCapture, 1},
		{"suicide bombing", claims.EventBomb, 2},
		{"town", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.text)
		keys := make([]string, len(words))
		for i, w := range words {
			keys[i] = Key(w)
		}
		got, n := Longest(keys)
		if got != tt.want || n != tt.n {
			t.Errorf("Longest(%q) = %q, %d; want %q, %d", tt.text, got, n, tt.want, tt.n)
		}
	}
	if !StartsPhrase(Key("pulled")) || !StartsPhrase(Key("took")) || StartsPhrase(Key("town")) {
		t.Error("StartsPhrase: pull and take begin phrases, town does not")
	}
}
