package extract_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/concordfacts/concord/extract"
)

// Give a report's publication date from outside its text, as a CMS or
// a feed knows it: the report is then read against that day ("on
// Thursday" is the Thursday before it, "yesterday" the day before), and
// the Result records the date and the one the text gave, which it
// replaced.
func ExampleExtractor_DocumentResult() {
	report := `BEIRUT, 9 January 2014 (Reuters) - Rebels drove the fighters out of the town on Thursday, activists said.

A car bomb exploded in the town yesterday.
`
	ex, err := extract.New(extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	res, err := ex.DocumentResult(context.Background(), extract.Source{
		Name:      "report.txt",
		Text:      []byte(report),
		Published: time.Date(2014, time.January, 11, 0, 0, 0, 0, time.UTC), // a Saturday
	})
	if err != nil {
		log.Fatal(err)
	}
	d := res.Date
	fmt.Printf("document date %s (%s); the text said %s (%s, line %d, %q)\n",
		d.Date, d.Source, d.Replaced.Date, d.Replaced.Source, d.Replaced.Line, d.Replaced.Span.Text)
	for _, c := range res.Claims {
		fmt.Printf("%s %q\n", c.Date.Start, c.Clause.Text)
	}
	// Output:
	// document date 2014-01-11 (user); the text said 2014-01-09 (dateline, line 1, "9 January 2014")
	// 2014-01-09 "BEIRUT, 9 January 2014 (Reuters) - Rebels drove the fighters out of the town on Thursday, activists said."
	// 2014-01-10 "A car bomb exploded in the town yesterday."
}
