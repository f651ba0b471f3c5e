package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func debugUnit(s string) *unit {
	m, _ := maskCitations(s, 0)
	return &unit{text: s, masked: m}
}

func TestZZDebug(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("DBG"))
	if err != nil {
		t.Skip()
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		u := debugUnit(line)
		fmt.Println("##", line)
		for _, m := range findMentions(u, 0, len(line)) {
			fmt.Printf("   M %-40q %-8s %s\n", m.Text, m.Kind, m.Role)
		}
		if e := findEvent(u, 0, len(line)); e != nil {
			fmt.Printf("   E %s %q neg=%v den=%v\n", e.Type, e.Trigger.Text, e.Negated, e.Denied)
		}
		for _, a := range findAttribution(u) {
			fmt.Printf("   A %q cue=%q\n", a.Source, a.Cue)
		}
		for _, h := range findHedges(u) {
			fmt.Printf("   H %q\n", h.Cue)
		}
		for _, a := range findAliases(u) {
			fmt.Printf("   L %q = %q (%s)\n", a.Name.Text, a.Alias.Text, a.Relation)
		}
	}
}
