package frame_test

import (
	"fmt"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract/internal/frame"
)

// The converse verb "lost X to Y" makes Y the agent of a capture and the
// subject its patient; the reporting source is no actor.
func Example() {
	text := "The Hawks of Islam Brigade lost the border town of Atmeh to ISIS, activists said."
	c := &frame.Clause{
		Text: text,
		Mentions: []frame.Mention{
			{Start: 4, End: 26, Kind: claims.MentionGroup},
			{Start: 51, End: 56, Kind: claims.MentionPlace},
			{Start: 60, End: 64, Kind: claims.MentionGroup},
			{Start: 66, End: 75, Kind: claims.MentionGeneric, Source: true},
		},
	}
	res := frame.Read(c, nil, 0)
	for _, f := range res.Frames {
		fmt.Println(f.Class, f.Trigger.Text, f.Agents, f.Patients, f.Places)
	}
	fmt.Println(res.Roles)
	// Output:
	// capture lost [2] [0] [1]
	// [patient place agent source]
}
