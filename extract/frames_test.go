package extract

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/concordfacts/concord/claims"
)

// These tests run the whole chain (sentences, dates, mentions, counts,
// frames) on short documents, so that a phrasing is tested with the
// mentions the finders really give it.

// docClaims returns the claims of a document made of paragraphs.
func docClaims(t *testing.T, paragraphs ...string) []claims.Claim {
	t.Helper()
	e, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "= Test =\n"
	for _, p := range paragraphs {
		text += "\n" + p + "\n"
	}
	cs, err := e.Document(context.Background(), Source{Name: "t.txt", Text: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		for _, f := range c.Frames {
			if s := f.Trigger; s.Offset < 0 || s.End() > len(text) || text[s.Offset:s.End()] != s.Text {
				t.Fatalf("trigger %+v is not the document's text", s)
			}
			for _, ix := range [][]int{f.Agents, f.Patients, f.Places} {
				for _, i := range ix {
					if i < 0 || i >= len(c.Mentions) {
						t.Fatalf("%q: mention index %d out of range", c.Clause.Text, i)
					}
				}
			}
			for _, i := range f.Counts {
				if i < 0 || i >= len(c.Quantities) {
					t.Fatalf("%q: count index %d out of range", c.Clause.Text, i)
				}
			}
		}
	}
	return cs
}

// frameView is a frame with its participants as text.
type frameView struct {
	Class     claims.EventType
	Agents    []string
	Patients  []string
	Places    []string
	Cause     claims.EventType
	Negated   bool
	Continues bool
}

func viewFrame(c claims.Claim, f claims.Frame) frameView {
	names := func(ix []int) []string {
		var out []string
		for _, i := range ix {
			out = append(out, c.Mentions[i].Text)
		}
		return out
	}
	return frameView{f.Class, names(f.Agents), names(f.Patients), names(f.Places), f.Cause, f.Negated, f.Continues != nil}
}

// frameOf returns the first frame of class cls in the claims, or fails.
func frameOf(t *testing.T, cs []claims.Claim, cls claims.EventType) frameView {
	t.Helper()
	for _, c := range cs {
		for _, f := range c.Frames {
			if f.Class == cls {
				return viewFrame(c, f)
			}
		}
	}
	var got []string
	for _, c := range cs {
		for _, f := range c.Frames {
			got = append(got, string(f.Class)+" "+f.Trigger.Text)
		}
	}
	t.Fatalf("no %s frame; frames: %v", cls, got)
	return frameView{}
}

var ignoreEmpty = cmpopts.EquateEmpty()

// TestActorPhrasings checks that accounts differing only in how they name
// the actor give the same agent (issue 13, item 2), and that the
// reporting source is never an actor.
func TestActorPhrasings(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		cls     claims.EventType
		agents  []string
		patient []string
	}{
		{"bare", "ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"X fighters", "ISIS fighters captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"fighters of X", "Fighters of ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"members of X", "Members of ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"gunmen of X", "Gunmen of ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"forces loyal to X", "Forces loyal to ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"X's fighters", "ISIS's fighters captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"militants from X", "Militants from ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"passive", "The village of Shuyukh was captured by ISIS on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"passive, X fighters", "The village of Shuyukh was captured by ISIS fighters on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"apposition", "ISIS, the jihadist group, captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"took", "ISIS fighters took the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"took control", "ISIS took full control of the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"took control, generic agent", "Rebels took control of the village of Shuyukh on 11 March.", claims.EventCapture, []string{"Rebels"}, nil},
		{"gained control, generic agent", "The rebels gained control of the village of Shuyukh on 11 March.", claims.EventCapture, []string{"rebels"}, nil},
		{"seized", "ISIS seized the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"overran", "ISIS overran the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"according to", "According to SOHR, ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"activists said", "Activists said ISIS captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"ISIS"}, nil},
		{"the Observatory said", "ISIS captured the village of Shuyukh on 11 March, the Observatory said.", claims.EventCapture, []string{"ISIS"}, nil},
		{"coordinated", "Al-Nusra and the Islamic Front captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"Al-Nusra", "Islamic Front"}, nil},
		{"were able to", "Al-Nusra and the Islamic Front were able to capture the al-Thalja barrier on 17 March.", claims.EventCapture, []string{"Al-Nusra", "Islamic Front"}, nil},
		{"coordinated fighters", "Jabhat al-Nusra and Ahrar al-Sham fighters captured the village of Shuyukh on 11 March.", claims.EventCapture, []string{"Jabhat al-Nusra", "Ahrar al-Sham"}, nil},
		// Killings: the killer, whatever the voice.
		{"kill active", "ISIS militants killed Abu Dajana on 8 February.", claims.EventKill, []string{"ISIS"}, []string{"Abu Dajana"}},
		{"kill passive", "Abu Dajana was killed by ISIS militants on 8 February.", claims.EventKill, []string{"ISIS"}, []string{"Abu Dajana"}},
		{"at the hands of", "Abu Dajana was killed at the hands of ISIS on 8 February.", claims.EventKill, []string{"ISIS"}, []string{"Abu Dajana"}},
		{"passive, far agent", "Abu Dajana was killed together with his family by ISIS militants on 8 February.", claims.EventKill, []string{"ISIS"}, []string{"Abu Dajana"}},
		// Attacks.
		{"fired on", "Tahrir al-Sham gunmen fired on the crowd on 30 April.", claims.EventAttack, []string{"Tahrir al-Sham"}, nil},
		{"opened fire", "Gunmen of Tahrir al-Sham opened fire on the crowd on 30 April.", claims.EventAttack, []string{"Tahrir al-Sham"}, nil},
		{"claimed responsibility", "ISIS claimed responsibility for the attack on the checkpoint on 7 January.", claims.EventAttack, []string{"ISIS"}, nil},
		{"carried out", "ISIS carried out the attack on the checkpoint on 7 January.", claims.EventAttack, []string{"ISIS"}, nil},
		{"noun modifier", "An ISIS attack on the checkpoint on 7 January was repelled.", claims.EventAttack, []string{"ISIS"}, nil},
		{"noun by", "An attack by ISIS on the checkpoint on 7 January was repelled.", claims.EventAttack, []string{"ISIS"}, nil},
		{"weapon subject", "Army mortar rounds hit al-Mushayrifah on 27 March.", claims.EventBomb, []string{"Army"}, nil},
		// A report of someone else's act: the reporter is no actor.
		{"claimed that", "Syrian State TV claimed that rebel mortar fire killed 19 people in Homs on 6 January.", claims.EventKill, []string{"rebel"}, []string{"people"}},
		{"announced that", "On 22 July the Russian Ministry of Defense announced that an agreement had been signed in Cairo.", claims.EventAgreement, nil, nil},
		// An announcement of one's own act: the announcer is the agent.
		{"announced an offensive", "On 5 April 2015 rebels announced an offensive against ISIL in the Syrian desert.", claims.EventAttack, []string{"rebels"}, []string{"ISIL"}},
		{"announced that it had", "On 11 May the Fajr al-Umma Brigade announced that it had joined Ahrar al-Sham.", claims.EventAlly, []string{"Fajr al-Umma Brigade"}, []string{"Ahrar al-Sham"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := docClaims(t, tt.in)
			f := frameOf(t, cs, tt.cls)
			if diff := cmp.Diff(tt.agents, f.Agents, ignoreEmpty); diff != "" {
				t.Errorf("%q agents (-want +got):\n%s", tt.in, diff)
			}
			if tt.patient != nil {
				if diff := cmp.Diff(tt.patient, f.Patients, ignoreEmpty); diff != "" {
					t.Errorf("%q patients (-want +got):\n%s", tt.in, diff)
				}
			}
			for _, c := range cs {
				for _, m := range c.Mentions {
					if m.Role == claims.RoleSource {
						for _, a := range f.Agents {
							if a == m.Text {
								t.Errorf("%q: the source %q is an agent", tt.in, m.Text)
							}
						}
					}
				}
			}
		})
	}
}

// TestConverseAndParaphrase checks that converse verbs and other words
// for one event give one frame: class, agent, patient and place.
func TestConverseAndParaphrase(t *testing.T) {
	type want = frameView
	tests := []struct {
		in   string
		cls  claims.EventType
		want want
	}{
		// Capture, told by the winner or by the loser.
		{"ISIS captured the border town of Atmeh from the Hawks of Islam Brigade in late November.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Patients: []string{"Hawks of Islam Brigade"}, Places: []string{"Atmeh"}}},
		{"The Hawks of Islam Brigade lost the border town of Atmeh to ISIS in late November.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Patients: []string{"Hawks of Islam Brigade"}, Places: []string{"Atmeh"}}},
		{"ISIS drove the Northern Storm Brigade out of Azaz in September.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Patients: []string{"Northern Storm Brigade"}, Places: []string{"Azaz"}}},
		{"The Northern Storm Brigade was driven out of Azaz by ISIS in September.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Patients: []string{"Northern Storm Brigade"}, Places: []string{"Azaz"}}},
		{"Raqqa fell to ISIS on 14 January.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Places: []string{"Raqqa"}}},
		{"By 23 January ISIS held al-Bab.", claims.EventCapture,
			want{Class: claims.EventCapture, Agents: []string{"ISIS"}, Places: []string{"al-Bab"}}},
		// Withdrawal in other words.
		{"ISIS withdrew from Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS retreated from Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS gave up Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS pulled out of Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS pulled its fighters out of Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS fell back from Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS fighters left Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		{"ISIS was forced to give up Mayadin on 7 January.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"ISIS"}, Places: []string{"Mayadin"}}},
		// "forced X to retreat": an attack on X, and X's withdrawal.
		{"A counter-attack by the Rahman Legion forced Jaysh al-Islam to retreat from the farms on 31 May.", claims.EventAttack,
			want{Class: claims.EventAttack, Agents: []string{"Rahman Legion"}, Patients: []string{"Jaysh al-Islam"}}},
		{"A counter-attack by the Rahman Legion forced Jaysh al-Islam to retreat from the farms on 31 May.", claims.EventWithdraw,
			want{Class: claims.EventWithdraw, Agents: []string{"Jaysh al-Islam"}}},
		// People captured are abducted.
		{"The Islamic State took 25 Army of Islam fighters prisoner on 1 July.", claims.EventAbduct,
			want{Class: claims.EventAbduct, Agents: []string{"Islamic State"}, Patients: []string{"Army of Islam"}}},
		// A clash has parties, all agents.
		{"On 1 May the Army of Islam fought the Rahman Legion in Zamalka.", claims.EventClash,
			want{Class: claims.EventClash, Agents: []string{"Army of Islam", "Rahman Legion"}, Places: []string{"Zamalka"}}},
		{"Infighting between the Army of Islam and the Rahman Legion resumed on 8 May.", claims.EventClash,
			want{Class: claims.EventClash, Agents: []string{"Army of Islam", "Rahman Legion"}}},
		// Agreements, however signed.
		{"On 16 August, envoys of the Rahman Legion put their signatures to a deal in Cairo.", claims.EventAgreement,
			want{Class: claims.EventAgreement, Agents: []string{"Rahman Legion"}, Places: []string{"Cairo"}}},
		{"On 16 August, the Rahman Legion signed a deal in Cairo.", claims.EventAgreement,
			want{Class: claims.EventAgreement, Agents: []string{"Rahman Legion"}, Places: []string{"Cairo"}}},
		// Negation.
		{"ISIS gave up Mayadin on 7 January without putting up a fight.", claims.EventClash,
			want{Class: claims.EventClash, Agents: []string{"ISIS"}, Negated: true}},
	}
	for _, tt := range tests {
		cs := docClaims(t, tt.in)
		got := frameOf(t, cs, tt.cls)
		if diff := cmp.Diff(tt.want, got, ignoreEmpty); diff != "" {
			t.Errorf("%q %s frame (-want +got):\n%s", tt.in, tt.cls, diff)
		}
	}
}

// TestCauses checks the cause of casualty reports.
func TestCauses(t *testing.T) {
	tests := []struct {
		in    string
		cause claims.EventType
	}{
		{"Twenty rebel fighters died in the blast on 7 January.", claims.EventBomb},
		{"Eleven people died in the al-Bab blast on 8 January.", claims.EventBomb},
		{"Thirty rebels were killed in the fighting on 10 January.", claims.EventClash},
		{"More than 120 people had been killed in the infighting by 1 May.", claims.EventClash},
		{"Alaa Ajabu was killed in action on 19 February.", claims.EventClash},
		{"On 6 January rebel mortar fire killed 19 people in Homs.", claims.EventBomb},
		{"On 7 January an ISIS attack on a rebel headquarters left 15 opposition fighters dead.", claims.EventAttack},
		{"On 7 January a roadside bomb destroyed a rebel car, killing the five fighters inside.", claims.EventBomb},
	}
	for _, tt := range tests {
		f := frameOf(t, docClaims(t, tt.in), claims.EventKill)
		if f.Cause != tt.cause {
			t.Errorf("%q: cause %q, want %q", tt.in, f.Cause, tt.cause)
		}
	}
	// The attack's agent is the killer.
	f := frameOf(t, docClaims(t, "On 7 January an ISIS attack on a rebel headquarters left 15 opposition fighters dead."), claims.EventKill)
	if diff := cmp.Diff([]string{"ISIS"}, f.Agents); diff != "" {
		t.Errorf("kill agents (-want +got):\n%s", diff)
	}
	// The blast of a casualty report is no frame of its own.
	for _, c := range docClaims(t, "Twenty rebel fighters died in the blast on 7 January.") {
		if len(c.Frames) != 1 {
			t.Errorf("%q: %d frames, want 1", c.Clause.Text, len(c.Frames))
		}
	}
}

// TestContinuation checks that a sentence with no date of its own that
// goes on telling the previous sentence's event says so.
func TestContinuation(t *testing.T) {
	tests := []struct {
		para string
		want []bool // per claim: does its first frame continue?
	}{
		{"A suicide car bomb struck a rebel checkpoint outside Darkush on 7 January. Twenty rebel fighters died in the blast.", []bool{false, true}},
		{"By nightfall on 5 January, 66 combatants had been killed in the fighting. Seventeen of the dead were ISIS fighters.", []bool{false, true}},
		{"ISIS fighters took the village of Shuyukh on 11 March. They then massacred at least 22 people there.", []bool{false, true}},
		{"On 23 July, 640 Islamic State fighters began an assault on the Division 17 base. Sixty of the attackers had slipped into the area in advance.", []bool{false, true}},
		// A date of its own: an event of its own.
		{"A suicide car bomb struck a rebel checkpoint outside Darkush on 7 January. On 8 January twenty rebel fighters died in Aleppo.", []bool{false, false}},
		// An agent of its own: an event of its own.
		{"ISIS fighters took the village of Shuyukh on 11 March. Rebels retook the village of Orum.", []bool{false, false}},
	}
	for _, tt := range tests {
		cs := docClaims(t, tt.para)
		var got []bool
		for _, c := range cs {
			if len(c.Frames) == 0 {
				got = append(got, false)
				continue
			}
			f := c.Frames[0]
			got = append(got, f.Continues != nil)
			if f.Continues != nil && f.Continues.Offset != cs[0].Clause.Offset {
				t.Errorf("%q continues %q, want the first claim", c.Clause.Text, f.Continues.Text)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q continuation (-want +got):\n%s", tt.para, diff)
		}
	}
	// Another paragraph is another account.
	cs := docClaims(t, "A suicide car bomb struck a rebel checkpoint outside Darkush on 7 January.", "Twenty rebel fighters died in the blast.")
	if len(cs) != 2 || len(cs[1].Frames) == 0 || cs[1].Frames[0].Continues != nil {
		t.Errorf("a casualty report in another paragraph continues the one before")
	}
}

// TestCountParticipants checks the participant class and side of counts.
func TestCountParticipants(t *testing.T) {
	type pv struct{ N, Participant, Side, Category string }
	tests := []struct {
		paras []string
		want  []pv
	}{
		{[]string{"On 13 August 2013 suicide bombers struck the headquarters of the Ahfad al-Rasul Brigades in Raqqa. Eight of the brigade's fighters lost their lives, and six civilians were also killed."},
			[]pv{{"Eight", "combatants", "Ahfad al-Rasul Brigades", "killed"}, {"six", "civilians", "", "killed"}}},
		{[]string{"On 6 January a rebel officer said that 70 ISIS fighters and 20 of his own men had been killed."},
			[]pv{{"70", "combatants", "ISIS", "killed"}, {"20", "combatants", "rebels", "killed"}}},
		{[]string{"On 31 March the YPG killed seven pro-government fighters and took 12 others prisoner."},
			[]pv{{"seven", "combatants", "government", "killed"}, {"12", "combatants", "government", "captured"}}},
		{[]string{"On 20 January sixteen people were killed, six of them rebels."},
			[]pv{{"sixteen", "people", "", "killed"}, {"six", "combatants", "rebels", "killed"}}},
		{[]string{"On 5 January, 66 combatants had been killed in the fighting. Seventeen of the dead were ISIS fighters."},
			[]pv{{"66", "combatants", "", "killed"}, {"Seventeen", "combatants", "ISIS", "killed"}}},
		{[]string{"On 13 January, 14 captured rebels were executed in Homs province."},
			[]pv{{"14", "prisoners", "rebels", "executed"}}},
		{[]string{"In late July eleven soldiers died defending the base."},
			[]pv{{"eleven", "combatants", "government", ""}}},
		{[]string{"On 4 January ISIS forces executed 30 captives, including civilians."},
			[]pv{{"30", "prisoners", "", "executed"}}},
		{[]string{"On 14 January 2014, 40 dead were counted among the rebels."},
			[]pv{{"40", "people", "rebels", "killed"}}},
		{[]string{"BEIRUT, 4 January 2014 (Wire) - The group executed 12 prisoners a few weeks ago."},
			[]pv{{"12", "prisoners", "", "executed"}}},
		{[]string{"On 9 May 2016 the brigade said it had killed 20 fighters two days earlier."},
			[]pv{{"20", "combatants", "", "killed"}}},
	}
	for _, tt := range tests {
		var got []pv
		for _, c := range docClaims(t, tt.paras...) {
			for _, q := range c.Quantities {
				if q.Kind == claims.KindCount {
					got = append(got, pv{q.Span.Text, q.Participant, q.Side, q.Category})
				}
			}
		}
		// Categories are the quantity finder's; compare them only where
		// the test names one.
		for i := range got {
			if i < len(tt.want) && tt.want[i].Category == "" {
				got[i].Category = ""
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q counts (-want +got):\n%s", tt.paras, diff)
		}
	}
}

// TestNearMisses checks phrasings that must give no event or no role.
func TestNearMisses(t *testing.T) {
	noFrame := []struct {
		in  string
		cls claims.EventType
	}{
		{"The rebels took part in the talks on 3 May.", claims.EventCapture},
		{"The rebels took place in the talks on 3 May.", claims.EventCapture},
		{"The spokesman said on Sunday that the talks would resume.", ""},
		{"ISIS held talks with the rebels on 3 May.", claims.EventCapture},
		{"The commander was fired from his post on 3 May.", claims.EventAttack},
		{"Forty captured fighters were held in the school on 3 May.", claims.EventCapture},
		{"The rebels held a meeting in Idlib on 3 May.", claims.EventCapture},
		{"The newly created Army of Mujahideen pledged to fight ISIS on 3 January.", claims.EventForm},
		{"On 3 January the Army of Mujahideen pledged to fight ISIS.", claims.EventClash},
		{"On 13 February the brigades launched a campaign to retake Azaz.", claims.EventCapture},
		{"Jabhat al-Nusra and the factions allied with it opened a campaign against ISIS on 8 February.", claims.EventAlly},
		{"On 3 May the residents called for an end to the \"infighting.\"", claims.EventClash},
		{"On 3 May the residents demanded an end to the fighting.", claims.EventClash},
	}
	for _, tt := range noFrame {
		for _, c := range docClaims(t, tt.in) {
			for _, f := range c.Frames {
				if tt.cls == "" || f.Class == tt.cls {
					t.Errorf("%q: unexpected %s frame %q", tt.in, f.Class, f.Trigger.Text)
				}
			}
		}
	}
	// Mentions that are no actor or place of the event.
	noRole := []struct{ in, mention string }{
		{"Raqqa's fighters withdrew from Tabqa on 3 May.", "Raqqa"},
		{"BEIRUT, 14 January 2014 — ISIS took complete control of Raqqa on Tuesday, activists said.", "BEIRUT"},
		{"According to SOHR, ISIS captured the town on 3 May.", "SOHR"},
		{"On 3 January, the Syrian Observatory said, ISIS executed 30 prisoners.", "Syrian Observatory"},
		// The arguments of another clause's verb.
		{"During the battle on 3 May, activists accused the council of collaborating with ISIS against the Hawks of Islam.", "ISIS"},
	}
	for _, tt := range noRole {
		for _, c := range docClaims(t, tt.in) {
			for _, m := range c.Mentions {
				if m.Text == tt.mention && m.Role != claims.RoleNone && m.Role != claims.RoleSource {
					t.Errorf("%q: %q has role %q", tt.in, m.Text, m.Role)
				}
			}
		}
	}
	// Numbers, datelines and the parts of a name are no mentions.
	noMention := []struct{ in, text string }{
		{"Forty-two ISIS fighters were wounded in the battle on 3 January.", "Forty"},
		{"Seventeen of the dead were ISIS fighters.", "Seventeen"},
		{"BEIRUT, 14 January 2014 — ISIS took Raqqa on Tuesday.", "BEIRUT"},
		{"Fighters of the Islamic State of Iraq and the Levant took Raqqa on 14 January.", "Iraq"},
		{"Fighters of the Islamic State of Iraq and the Levant took Raqqa on 14 January.", "Levant"},
		{"East of Rastan, ISIS attacked a rebel headquarters on 7 January.", "East of Rastan"},
	}
	for _, tt := range noMention {
		for _, c := range docClaims(t, tt.in) {
			for _, m := range c.Mentions {
				if m.Text == tt.text {
					t.Errorf("%q: %q is a mention", tt.in, m.Text)
				}
			}
		}
	}
}

type eventView struct {
	Type    claims.EventType
	Trigger string
	Negated bool
	Denied  bool
}

// TestClaimEvent checks a one-sentence claim's Event: its first frame's,
// in the order of the triggers.
func TestClaimEvent(t *testing.T) {
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
		var got *eventView
		if tt.in != "" {
			for _, c := range docClaims(t, tt.in) {
				if c.Event != nil && got == nil {
					got = &eventView{c.Event.Type, c.Event.Trigger.Text, c.Event.Negated, c.Event.Denied}
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("event of %q (-want +got):\n%s", tt.in, diff)
		}
	}
}
