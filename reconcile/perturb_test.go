package reconcile_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/extract"
	"github.com/concordfacts/concord/internal/synth"
	"github.com/concordfacts/concord/reconcile"
)

// planted is a finding a perturbation must cause: its kind and field, and
// where the change lies in the source document and in the edited copy.
type planted struct {
	Kind         claims.FindingKind
	Field        claims.Field
	Orig, Edited int // byte offsets of the change
}

// plantedFor maps a synth edit to the finding it must cause.
func plantedFor(e synth.Edit) planted {
	p := planted{Orig: e.Offset, Edited: e.NewOffset}
	switch e.Kind {
	case synth.EditCount:
		p.Kind, p.Field = claims.Conflict, claims.FieldQuantity
	case synth.EditDate:
		p.Kind, p.Field = claims.Conflict, claims.FieldDate
	case synth.EditName:
		p.Kind, p.Field = claims.Variant, claims.FieldName
	}
	return p
}

// covers reports whether claim c's sentence holds the byte at offset.
func covers(c claims.Claim, doc string, offset int) bool {
	p := c.Provenance
	return p.Doc == doc && p.Offset <= offset && offset < p.Offset+p.Length
}

// perturbation checks a document's claims against the claims of an edited
// copy and returns every way the report differs from the planted changes:
// a planted change not found exactly once (conflicts as conflicts,
// variants as variants), a finding across the two documents that no
// change explains, or a finding within one document that appears in only
// one of them away from any change. Corroborations are not checked.
func perturbation(orig, edited []claims.Claim, origDoc, editedDoc string, plants []planted, o reconcile.Options) []string {
	rep, err := reconcile.Check(context.Background(), append(slices.Clone(orig), edited...), o)
	if err != nil {
		return []string{err.Error()}
	}
	var problems []string
	hits := make([]int, len(plants))
	within := map[string][]claims.Finding{} // fingerprint → findings within one document
	for _, f := range rep.Findings {
		if f.Kind == claims.Corroboration {
			continue
		}
		docs := map[string]bool{}
		for _, c := range f.Claims {
			docs[c.Provenance.Doc] = true
		}
		if len(docs) == 1 {
			within[f.Fingerprint] = append(within[f.Fingerprint], f)
			continue
		}
		matched := false
		for k, p := range plants {
			if p.Kind != f.Kind || p.Field != "" && p.Field != f.Field {
				continue
			}
			inOrig := slices.ContainsFunc(f.Claims, func(c claims.Claim) bool { return covers(c, origDoc, p.Orig) })
			inEdited := slices.ContainsFunc(f.Claims, func(c claims.Claim) bool { return covers(c, editedDoc, p.Edited) })
			if inOrig && inEdited {
				hits[k]++
				matched = true
			}
		}
		if !matched {
			problems = append(problems, "unexpected finding: "+f.Summary)
		}
	}
	for k, p := range plants {
		if hits[k] != 1 {
			problems = append(problems, fmt.Sprintf("planted %s %s at %d/%d found %d times, want once", p.Kind, p.Field, p.Orig, p.Edited, hits[k]))
		}
	}
	nearEdit := func(f claims.Finding) bool {
		for _, c := range f.Claims {
			for _, p := range plants {
				if covers(c, origDoc, p.Orig) || covers(c, editedDoc, p.Edited) {
					return true
				}
			}
		}
		return false
	}
	var fps []string
	for fp := range within {
		fps = append(fps, fp)
	}
	slices.Sort(fps)
	for _, fp := range fps {
		fs := within[fp]
		if len(fs) == 1 && !nearEdit(fs[0]) {
			problems = append(problems, "finding within one document only: "+fs[0].Summary)
		}
	}
	return problems
}

// account builds the claims of a small hand-written document; edit
// changes the count, the date and the name of the copy.
func account(doc string, edit bool) []claims.Claim {
	n, d, place, date := 26.0, "15 January", "Kantari", "2014-01-15"
	if edit {
		n, d, place, date = 55, "18 January", "Qantari", "2014-01-18"
	}
	bomb := fmt.Sprintf("On %s, a car bomb near the market of Tel Hamra killed %d people, of which 23 were fighters.", d, int(n))
	fight := fmt.Sprintf("Rebels attacked the checkpoint near the village of %s and the old mill after dark.", place)
	truce := "A truce for the southern front was announced by the council, which collapsed within hours."
	alt := "It was reported that the bodies of 70 prisoners were delivered to the hospital of Tel Hamra."
	alt2 := "Another report put the number of executed prisoners at 100."
	b := claim(doc, 3, bomb).on(date, d).exact(n, "killed", "people", fmt.Sprint(int(n))).
		exact(23, "killed", "fighters", "23").partOf(0).place("Tel Hamra").event(claims.EventBomb, "car bomb")
	f := claim(doc, 4, fight).on(date, "").inherited().place(place).event(claims.EventAttack, "attacked").
		mention("Rebels", claims.MentionGeneric, claims.RoleAgent)
	t := claim(doc, 6, truce).on("2014-01-20", "").event(claims.EventAgreement, "truce")
	a1 := claim(doc, 8, alt).on("2014-01-21", "").exact(70, "executed", "prisoners", "70")
	a2 := claim(doc, 9, alt2).on("2014-01-21", "").exact(100, "executed", "prisoners", "100").altTo(a1, 0)
	return all(b, f, t, a1, a2)
}

func TestPerturbationHandBuilt(t *testing.T) {
	orig, edited := account("orig", false), account("copy", true)
	off := func(cs []claims.Claim, line int, s string) int {
		for _, c := range cs {
			if c.Provenance.Line == line {
				return c.Provenance.Offset + strings.Index(c.Text, s)
			}
		}
		t.Fatalf("no line %d", line)
		return 0
	}
	plants := []planted{
		{claims.Conflict, claims.FieldQuantity, off(orig, 3, "26"), off(edited, 3, "55")},
		{claims.Conflict, claims.FieldDate, off(orig, 3, "15 January"), off(edited, 3, "18 January")},
		{claims.Variant, claims.FieldName, off(orig, 4, "Kantari"), off(edited, 4, "Qantari")},
	}
	if problems := perturbation(orig, edited, "orig", "copy", plants, opts()); len(problems) > 0 {
		t.Errorf("perturbation:\n%s", strings.Join(problems, "\n"))
	}
	// The harness itself: a change that was not planted is caught, and so
	// is a planted change that is missing.
	problems := perturbation(orig, edited, "orig", "copy", plants[:2], opts())
	if len(problems) != 1 || !strings.HasPrefix(problems[0], "unexpected finding: Named differently: Kantari") {
		t.Errorf("unplanted variant: problems %q", problems)
	}
	problems = perturbation(orig, orig, "orig", "orig", plants[:1], opts())
	if len(problems) == 0 {
		t.Errorf("missing plant not reported")
	}
}

// extracted reports which fields extraction fills in a set of claims.
func extracted(cs []claims.Claim) (dates, quantities, mentions bool) {
	for _, c := range cs {
		dates = dates || c.Date != nil
		quantities = quantities || len(c.Quantities) > 0
		mentions = mentions || len(c.Mentions) > 0
	}
	return
}

// TestPerturbationSeeds edits a count, a date and a name in copies of
// every seed and checks each copy against its seed. It needs extraction
// that fills dates, quantities and mentions, and skips itself until then.
func TestPerturbationSeeds(t *testing.T) {
	srcs, err := synth.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, src := range srcs {
		orig, err := ex.Document(ctx, extract.Source{Name: src.Name, Text: src.Text})
		if err != nil {
			t.Fatal(err)
		}
		if d, q, m := extracted(orig); !d || !q || !m {
			t.Skipf("extraction does not fill dates (%v), quantities (%v) and mentions (%v) yet: the perturbation tests switch on by themselves once it does", d, q, m)
		}
		for seed := range uint64(3) {
			doc := synth.Perturb(synth.Source(src), rand.New(rand.NewPCG(seed, 99)), synth.Options{})
			name := "edited/" + src.Name
			edited, err := ex.Document(ctx, extract.Source{Name: name, Text: doc.Text})
			if err != nil {
				t.Fatal(err)
			}
			var plants []planted
			for _, e := range doc.Edits {
				plants = append(plants, plantedFor(e))
			}
			if problems := perturbation(orig, edited, src.Name, name, plants, reconcile.Options{}); len(problems) > 0 {
				t.Errorf("%s, seed %d, edits %+v:\n%s", src.Name, seed, doc.Edits, strings.Join(problems, "\n"))
			}
		}
	}
}
