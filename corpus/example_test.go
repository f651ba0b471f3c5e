package corpus_test

import (
	"context"
	"fmt"
	"log"

	"github.com/concordfacts/concord/corpus"
	"github.com/concordfacts/concord/reconcile"
)

func Example() {
	ctx := context.Background()
	ins := []corpus.Input{
		corpus.Bytes("a.txt", []byte("= A =\n\nOn 3 March 2014, 26 people were killed when a car bomb exploded at the Bab al-Salameh crossing.\n")),
		corpus.Bytes("b.txt", []byte("On 3 March 2014, a car bomb at the Bab al-Salameh crossing killed 16 people.\n")),
		corpus.Bytes("notes.txt", []byte("[1][2]\n")),
	}
	c, err := corpus.Read(ctx, ins, corpus.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for i, name := range c.Documents {
		fmt.Printf("%s: claims %d\n", name, c.Counts[i])
	}
	for _, w := range c.Warnings {
		fmt.Println("warning:", w)
	}
	rep, err := reconcile.CheckParts(ctx, c.Parts, reconcile.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range rep.Findings {
		fmt.Println(f.Kind, f.Field, f.Values)
	}
	// Output:
	// a.txt: claims 1
	// b.txt: claims 1
	// notes.txt: claims 0
	// warning: notes.txt: no claims: no sentence or infobox line found (only a title, headings or citation markers?)
	// conflict quantity [26 16]
}
