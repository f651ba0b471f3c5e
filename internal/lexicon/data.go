package lexicon

import _ "embed" // the tables below

//go:generate go run ./gen -out . -report gen/report.txt

// The generated tables (see gen and the header of each file). They are
// parsed on first use.
var (
	//go:embed words.txt
	wordsData string
	//go:embed concepts.txt
	conceptsData string
	//go:embed events.txt
	eventsData string
)
