package lexicon

import (
	"slices"
	"testing"
)

func TestSimilar(t *testing.T) {
	similar := [][2]string{
		{"found", "recovered"}, // find and recover: one verb group
		{"headquarters", "HQ"},
		{"retreated", "withdrew"},
		{"seized", "captured"},
		{"retreat", "withdrawal"}, // withdrawal keys as withdraw
		{"died", "perished"},
		{"attacked", "assaulted"},
		{"kidnapped", "abducted"},
		{"freed", "released"},
		{"truce", "ceasefire"},
		{"truce", "armistice"},
		{"fighters", "combatants"},
		{"announced", "declared"},
		{"merged", "united"},
		{"said", "told"},
		{"besieged", "beleaguered"},
		{"massacre", "slaughter"},
		{"founded", "established"}, // the verb found, not the past of find
		{"found", "discovered"},    // the past of find
		{"town", "town"},
	}
	for _, p := range similar {
		if a, b := Key(p[0]), Key(p[1]); !Similar(a, b) || !Similar(b, a) {
			t.Errorf("Similar(%q, %q) = false, want true (keys %q %q, concepts %v %v)", p[0], p[1], a, b, Concepts(a), Concepts(b))
		}
	}
	apart := [][2]string{
		{"took", "captured"}, // take is not capture on its own
		{"held", "had"},
		{"said", "reported"},
		{"killed", "died"}, // one class, not synonyms
		{"capture", "release"},
		{"attack", "defend"},
		{"government", "state"},
		{"man", "woman"},
		{"day", "week"},
		{"north", "south"},
		{"town", "city"},
		{"village", "town"},
		{"people", "forces"},
		{"group", "army"},
		{"made", "took"},
		{"got", "took"},
		{"came", "went"},
		{"hit", "attacked"},
		{"fire", "attack"},
		{"liberal", "liberated"},
		{"", ""},
	}
	for _, p := range apart {
		if a, b := Key(p[0]), Key(p[1]); Similar(a, b) {
			t.Errorf("Similar(%q, %q) = true, want false (keys %q %q, concepts %v %v)", p[0], p[1], a, b, Concepts(a), Concepts(b))
		}
	}
}

func TestConcepts(t *testing.T) {
	for _, w := range []string{"retreat", "withdraw", "capture", "headquarters", "pull out"} {
		var k string
		if w == "pull out" {
			k = PhraseKey("pull", "out")
		} else {
			k = Key(w)
		}
		c := Concepts(k)
		if len(c) == 0 {
			t.Errorf("Concepts(%q) is empty", k)
		}
		if !slices.IsSorted(c) {
			t.Errorf("Concepts(%q) = %v, not sorted", k, c)
		}
		for _, id := range c {
			name := ConceptName(id)
			if back, ok := parseConcept(name); !ok || back != id {
				t.Errorf("ConceptName(%d) = %q does not read back", id, name)
			}
		}
	}
	if c := Concepts(Key("Jarabulus")); c != nil {
		t.Errorf("Concepts of a name = %v, want nil", c)
	}
	// Capture's military sense is its fifth; the event table adds it.
	if !slices.Contains(Concepts(Key("capture")), conceptVerb|2272567) {
		t.Errorf("Concepts(capture) = %v lacks v02272567 (take possession of by force)", Concepts(Key("capture")))
	}
}

// TestConceptTable checks the table's invariants: every concept is
// shared by two keys at least, as the generator promises.
func TestConceptTable(t *testing.T) {
	users := map[uint32]int{}
	for key, ids := range conceptTable() {
		if len(ids) == 0 {
			t.Errorf("key %q has no concepts", key)
		}
		for _, id := range ids {
			users[id]++
		}
	}
	for id, n := range users {
		if n < 2 {
			t.Errorf("concept %s has %d key", ConceptName(id), n)
		}
	}
	if len(users) < 10000 {
		t.Errorf("%d concepts: table truncated?", len(users))
	}
}
