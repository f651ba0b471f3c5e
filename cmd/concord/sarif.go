package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/concordfacts/concord/claims"
)

// SARIF 2.1.0 output (OASIS Standard, "Static Analysis Results Interchange
// Format Version 2.1.0", errata01), shaped for GitHub code scanning:
// results always present, regions with 1-based lines and UTF-16 columns
// (SARIF's default column kind), the other side of a finding as a related
// location, and partialFingerprints so that alerts follow a finding across
// edits. Corroborations are not problems and are left out.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	// informationURI is the project's home.
	informationURI = "https://github.com/concordfacts/concord"
	// fingerprintKey names Concord's fingerprint among a result's
	// partialFingerprints.
	fingerprintKey = "concordFingerprint/v1"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool     `json:"tool"`
	ColumnKind  string        `json:"columnKind"`
	Results     []sarifResult `json:"results"`
	Invocations []sarifInvoc  `json:"invocations,omitempty"`
}

type sarifInvoc struct {
	ExecutionSuccessful bool `json:"executionSuccessful"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      sarifText       `json:"fullDescription"`
	Help                 sarifText       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	RelatedLocations    []sarifLocation    `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
}

type sarifResultProps struct {
	Event string  `json:"event,omitempty"`
	Score float64 `json:"score"`
	// Documents is how many independent documents the finding's claims
	// come from.
	Documents int `json:"documents"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
	ContextRegion    *sarifRegion  `json:"contextRegion,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn"`
	EndLine     int        `json:"endLine"`
	EndColumn   int        `json:"endColumn"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifLevel maps a finding kind to a SARIF level.
func sarifLevel(k claims.FindingKind) string {
	switch k {
	case claims.Conflict:
		return "error"
	case claims.Variant:
		return "warning"
	}
	return "note"
}

// ruleID names the rule of a kind and field: "concord/conflict/date".
func ruleID(k claims.FindingKind, f claims.Field) string {
	return "concord/" + string(k) + "/" + string(f)
}

// fieldWords describe the fields in rule descriptions.
var fieldWords = map[claims.Field]string{
	claims.FieldDate:     "the date of an event",
	claims.FieldQuantity: "a number (killed, captured, fighters...)",
	claims.FieldActor:    "who acted or was acted on",
	claims.FieldPlace:    "where an event happened",
	claims.FieldName:     "the name of a person, group or place",
	claims.FieldEvent:    "what happened",
	claims.FieldClaim:    "the claim as a whole",
}

// sarifFields are the fields every run declares rules for, in order.
var sarifFields = []claims.Field{
	claims.FieldDate, claims.FieldQuantity, claims.FieldActor, claims.FieldPlace,
	claims.FieldName, claims.FieldEvent, claims.FieldClaim,
}

func newRule(k claims.FindingKind, f claims.Field) sarifRule {
	what := fieldWords[f]
	if what == "" {
		what = string(f)
	}
	var short, full string
	switch k {
	case claims.Conflict:
		short = fmt.Sprintf("Accounts contradict each other on %s", what)
		full = fmt.Sprintf("Two or more documents describe the same event but cannot both be right about %s. Check the sources and correct one account, or accept the finding in the baseline.", what)
	case claims.Variant:
		short = fmt.Sprintf("Accounts name %s differently", what)
		full = fmt.Sprintf("Two or more documents describe the same event and agree on %s, but name it differently (a spelling, transliteration or alias). Consider using one name.", what)
	default:
		short = fmt.Sprintf("Accounts agree on %s", what)
		full = fmt.Sprintf("Two or more independent documents agree on %s.", what)
	}
	name := strings.ToUpper(string(k)[:1]) + string(k)[1:]
	if f != "" {
		name += strings.ToUpper(string(f)[:1]) + string(f)[1:]
	}
	return sarifRule{
		ID:                   ruleID(k, f),
		Name:                 name,
		ShortDescription:     sarifText{short},
		FullDescription:      sarifText{full},
		Help:                 sarifText{full + " Each result's message names both sides; the related locations point at the other account."},
		DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(k)},
		Properties:           sarifRuleProps{Tags: []string{"concord", string(k), string(f)}},
	}
}

// sarifRules returns the rules: conflict and variant rules for every known
// field, then any other kind and field that occurs in fs, sorted.
func sarifRules(fs []claims.Finding) ([]sarifRule, map[string]int) {
	var rules []sarifRule
	index := map[string]int{}
	add := func(k claims.FindingKind, f claims.Field) {
		id := ruleID(k, f)
		if _, ok := index[id]; ok {
			return
		}
		index[id] = len(rules)
		rules = append(rules, newRule(k, f))
	}
	for _, k := range []claims.FindingKind{claims.Conflict, claims.Variant} {
		for _, f := range sarifFields {
			add(k, f)
		}
	}
	var extra [][2]string
	for _, f := range fs {
		if _, ok := index[ruleID(f.Kind, f.Field)]; !ok {
			extra = append(extra, [2]string{string(f.Kind), string(f.Field)})
		}
	}
	sort.Slice(extra, func(i, j int) bool {
		if extra[i][0] != extra[j][0] {
			return extra[i][0] < extra[j][0]
		}
		return extra[i][1] < extra[j][1]
	})
	for _, e := range extra {
		add(claims.FindingKind(e[0]), claims.Field(e[1]))
	}
	return rules, index
}

// sarifRegionOf returns the region of the i-th claim's value (or, when the
// value is not found in the sentence, of the sentence) and the region of
// the sentence as context.
func sarifRegionOf(res *result, f claims.Finding, i int) (sarifRegion, *sarifRegion) {
	c := f.Claims[i]
	whole := func() sarifRegion {
		a, b := res.position(c, 0), res.position(c, len(c.Text))
		return sarifRegion{StartLine: a.line, StartColumn: a.col16, EndLine: b.line, EndColumn: max(b.col16, 1), Snippet: &sarifText{c.Text}}
	}
	start, end, ok := valueRange(f, i)
	if !ok || start == end {
		r := whole()
		return r, nil
	}
	a, b := res.position(c, start), res.position(c, end)
	r := sarifRegion{StartLine: a.line, StartColumn: a.col16, EndLine: b.line, EndColumn: max(b.col16, 1), Snippet: &sarifText{c.Text[start:end]}}
	ctx := whole()
	return r, &ctx
}

// writeSARIF writes the report as a SARIF 2.1.0 log with one run.
func writeSARIF(w io.Writer, res *result) error {
	var fs []claims.Finding
	for _, f := range res.rep.Findings {
		if f.Kind != claims.Corroboration && len(f.Claims) > 0 {
			fs = append(fs, f)
		}
	}
	rules, index := sarifRules(fs)
	results := []sarifResult{}
	for _, f := range fs {
		id := ruleID(f.Kind, f.Field)
		region, ctx := sarifRegionOf(res, f, 0)
		first := f.Claims[0]
		msg := f.Summary
		var related []sarifLocation
		for i := 1; i < len(f.Claims); i++ {
			c := f.Claims[i]
			r, rc := sarifRegionOf(res, f, i)
			text := "Other account"
			if i < len(f.Values) && f.Values[i] != "" {
				text += ": " + f.Values[i]
			}
			id := i
			related = append(related, sarifLocation{
				ID: &id,
				PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifact{URI: artifactURI(c.Provenance.Doc)},
					Region:           r,
					ContextRegion:    rc,
				},
				Message: &sarifText{text},
			})
			msg += fmt.Sprintf(" Other account: %s:%d.", artifactPath(c.Provenance.Doc), r.StartLine)
		}
		if f.Note != "" {
			msg += " Note: " + f.Note
		}
		var firstMsg *sarifText
		if len(f.Values) > 0 && f.Values[0] != "" {
			firstMsg = &sarifText{"This account: " + f.Values[0]}
		}
		r := sarifResult{
			RuleID:    id,
			RuleIndex: index[id],
			Level:     sarifLevel(f.Kind),
			Message:   sarifText{msg},
			Locations: []sarifLocation{{
				PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifact{URI: artifactURI(first.Provenance.Doc)},
					Region:           region,
					ContextRegion:    ctx,
				},
				Message: firstMsg,
			}},
			RelatedLocations: related,
			Properties:       &sarifResultProps{Event: f.Event, Score: f.Score, Documents: f.Documents},
		}
		if f.Fingerprint != "" {
			r.PartialFingerprints = map[string]string{fingerprintKey: f.Fingerprint}
		}
		if f.Accepted {
			r.Suppressions = []sarifSuppression{{Kind: "external", Justification: "accepted in the Concord baseline"}}
		}
		results = append(results, r)
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool:        sarifTool{Driver: sarifDriver{Name: "concord", InformationURI: informationURI, Version: version(), Rules: rules}},
			ColumnKind:  "utf16CodeUnits",
			Results:     results,
			Invocations: []sarifInvoc{{ExecutionSuccessful: true}},
		}},
	}
	return writeJSON(w, log)
}
