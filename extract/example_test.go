package extract_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/concordfacts/concord/extract"
)

// Read a short article and print each claim's date and clause: partial
// dates take their year from the heading, relative dates count from the
// last date mentioned, and a sentence with two dated clauses gives two
// claims.
func Example() {
	article := `= Siege of Example Town =

== March 2015 ==
On 3 March, rebels captured the town.[1] The next day, at least 40 fighters were killed.
By 20 March the army had withdrawn, and on 28 March a ceasefire was signed.
`
	ex, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	cs, err := ex.Read(context.Background(), "example.txt", strings.NewReader(article))
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range cs {
		d := c.Date
		fmt.Printf("line %d: %s..%s %-6s %q\n", c.Provenance.Line, d.Start, d.End, d.Modifier, c.Clause.Text)
		for _, q := range c.Quantities {
			fmt.Printf("    %s %s: low %v, high open %v\n", q.Category, q.Subject, *q.Low, q.High == nil)
		}
	}
	// Output:
	// line 4: 2015-03-03..2015-03-03        "On 3 March, rebels captured the town."
	// line 4: 2015-03-04..2015-03-04        "The next day, at least 40 fighters were killed."
	//     killed fighters: low 40, high open true
	// line 5: 2015-03-04..2015-03-20 before "By 20 March the army had withdrawn,"
	// line 5: 2015-03-28..2015-03-28        "and on 28 March a ceasefire was signed."
}
