package lexicon_test

import (
	"fmt"

	"github.com/concordfacts/concord/internal/lexicon"
)

func Example() {
	// Inflections and irregular forms share a key.
	fmt.Println(lexicon.Key("captured") == lexicon.Key("capturing"))
	fmt.Println(lexicon.Key("withdrew") == lexicon.Key("withdrawing"))

	// Synonyms share a concept.
	fmt.Println(lexicon.Similar(lexicon.Key("retreated"), lexicon.Key("withdrew")))
	fmt.Println(lexicon.Similar(lexicon.Key("took"), lexicon.Key("captured")))

	// Triggers map to event classes, phrases too; "took" alone does not.
	for _, trigger := range [][]string{{"seized"}, {"took", "control"}, {"lost", "their", "lives"}, {"took"}} {
		class, ok := lexicon.Class(lexicon.PhraseKey(trigger...))
		fmt.Printf("%q: %q %v\n", trigger, class, ok)
	}
	// Output:
	// true
	// true
	// true
	// false
	// ["seized"]: "capture" true
	// ["took" "control"]: "capture" true
	// ["lost" "their" "lives"]: "kill" true
	// ["took"]: "" false
}

func ExampleLongest() {
	words := []string{"ISIL", "pulled", "out", "of", "Azaz"}
	keys := make([]string, len(words))
	for i, w := range words {
		keys[i] = lexicon.Key(w)
	}
	for i := range keys {
		if class, n := lexicon.Longest(keys[i:]); n > 0 {
			fmt.Println(words[i:i+n], class)
		}
	}
	// Output:
	// [pulled out] withdraw
}
