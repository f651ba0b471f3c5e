package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/concordfacts/concord/claims"
)

type eventView struct {
	Type    claims.EventType
	Trigger string
	Negated bool
	Denied  bool
}

// TestFindEvent checks the event the frame reader gives a clause read
// alone (see package frame for the frames themselves).
func TestFindEvent(t *testing.T) {
	tests := []struct {
		in   string
		want *eventView
	}{
		// Main verb over nouns and participles.
		{"On 13 August, ISIL suicide bombers detonated 4 car bombs at the headquarters, killing 6 fighters.", &eventView{claims.EventBomb, "detonated", false, false}},
		// The claim's event is its first frame's, in the order of the
		// triggers: the clashes, whose casualty report follows.
		{"Meanwhile, clashes at the southern perimeter of the city killed three YPG fighters.", &eventView{claims.EventClash, "clashes", false, false}},
		{"In early January 2014, serious clashes between the groups erupted in the north of the country.", &eventView{claims.EventClash, "clashes", false, false}},
		{"Taliban fighters captured the district of Musa Qala on Tuesday.", &eventView{claims.EventCapture, "captured", false, false}},
		{"The town was seized by rebels after a week of fighting.", &eventView{claims.EventCapture, "seized", false, false}},
		{"In December, ISIL overran a Division 13 base in Kafr Nabl, seizing ammunition and weaponry.", &eventView{claims.EventCapture, "overran", false, false}},
		{"Al-Shabaab took full control of the port city of Kismayo.", &eventView{claims.EventCapture, "took full control", false, false}},
		{"ISIL forces retreated from areas south-east of the city.", &eventView{claims.EventWithdraw, "retreated", false, false}},
		{"The rebels pulled out of Kherson after the bridge was destroyed.", &eventView{claims.EventWithdraw, "pulled out", false, false}},
		{"Ukrainian forces withdrew from Avdiivka.", &eventView{claims.EventWithdraw, "withdrew", false, false}},
		{"Militants stormed a hotel in Mogadishu.", &eventView{claims.EventAttack, "stormed", false, false}},
		{"Gunmen opened fire on a bus near Quetta.", &eventView{claims.EventAttack, "opened fire", false, false}},
		{"In May 2014, ISIL launched an offensive against Al-Nusra in Deir ez-Zor Governorate.", &eventView{claims.EventAttack, "offensive", false, false}},
		{"A suicide attack on a mosque in Kabul killed 30 worshippers.", &eventView{claims.EventBomb, "suicide attack", false, false}},
		{"A car bomb exploded outside the ministry.", &eventView{claims.EventBomb, "exploded", false, false}},
		{"The next day, a car bomb in the town centre was reported.", &eventView{claims.EventBomb, "car bomb", false, false}},
		// A weapon as subject: the verb tells the bombing.
		{"Israeli air strikes hit Rafah overnight.", &eventView{claims.EventBomb, "hit", false, false}},
		{"ISIL beheaded a commander of the 33rd Division.", &eventView{claims.EventExecute, "beheaded", false, false}},
		{"Dozens of prisoners were executed in the desert.", &eventView{claims.EventExecute, "executed", false, false}},
		{"In September, ISIL assassinated the governor of Raqqa.", &eventView{claims.EventAssassinate, "assassinated", false, false}},
		{"Government forces besieged the eastern districts for four years.", &eventView{claims.EventBesiege, "besieged", false, false}},
		{"The siege of Sarajevo lasted nearly four years.", &eventView{claims.EventBesiege, "siege", false, false}},
		{"He was released after two weeks.", &eventView{claims.EventRelease, "released", false, false}},
		{"The hostages were set free on Friday.", &eventView{claims.EventRelease, "set free", false, false}},
		{"Colonel Riad al-Asaad defected from the army in July 2011.", &eventView{claims.EventDefect, "defected", false, false}},
		{"Idlib-based rebel groups formed a quick response unit.", &eventView{claims.EventForm, "formed", false, false}},
		{"It then formed an alliance with the YPG in the Kobane Canton.", &eventView{claims.EventAlly, "alliance", false, false}},
		{"The Lions of Tawhid Brigade merged with the Islamic Front.", &eventView{claims.EventAlly, "merged", false, false}},
		{"The brigade pledged allegiance to the Islamic State.", &eventView{claims.EventAlly, "pledged allegiance", false, false}},
		{"Local ISIL forces signed a truce with the Islamic Front.", &eventView{claims.EventAgreement, "truce", false, false}},
		{"The two sides brokered a ceasefire agreement in the city.", &eventView{claims.EventAgreement, "ceasefire agreement", false, false}},
		{"The group declared a caliphate in June 2014.", &eventView{claims.EventAnnounce, "declared", false, false}},
		// Negation and denial.
		{"Rebels did not capture the airport.", &eventView{claims.EventCapture, "capture", true, false}},
		{"The army failed to retake the hill.", &eventView{claims.EventCapture, "retake", true, false}},
		{"There were no reports of killings in the village.", &eventView{claims.EventKill, "killings", true, false}},
		{"ISIL denied the claim.", &eventView{claims.EventDeny, "denied", false, true}},
		{"The Free Syrian Army denied that its fighters had executed prisoners.", &eventView{claims.EventExecute, "executed", false, true}},
		// Not events: names and adjectives.
		{"Northern Storm Brigade fighters entered Azaz.", nil},
		{"The Battle of Qalamoun is well documented.", nil},
		{"Forty captured fighters were held in the school.", nil},
		{"The weather was mild.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		u, src := testUnit(tt.in)
		e := findEvent(u, u.offset, u.offset+len(tt.in))
		var got *eventView
		if e != nil {
			checkSpan(t, src, e.Trigger)
			got = &eventView{e.Type, e.Trigger.Text, e.Negated, e.Denied}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("findEvent(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
