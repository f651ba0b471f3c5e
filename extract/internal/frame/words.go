package frame

import "strings"

// wclass are the grammatical classes of a lower-case word that the
// reader needs: function words, the nouns that head an actor or a place
// phrase, and the verbs whose event depends on their arguments. The event
// words themselves come from the lexicon (see lexicon.go).
type wclass uint64

const (
	wDet     wclass = 1 << iota // the, a, its, their, both
	wBe                         // was, were, been
	wHave                       // had, has
	wAux                        // will, would, did, could
	wNeg                        // not, never, no, without
	wPrep                       // of, in, at, by, from, to ...
	wSubord                     // that, which, who, when, while, because
	wConj                       // and, or, but
	wPron                       // they, it, he, she (subject or object)
	wAdv                        // also, then, later, reportedly
	wActor                      // fighters, forces, militants, members, gunmen
	wRole                       // commander, emir, leader, governor
	wInstr                      // mortar, rounds, shells, warplanes, rockets
	wPlaceN                     // town, village, base, checkpoint, territory
	wHuman                      // people, civilians, prisoners, captives
	wReport                     // said, told, reported, stated
	wTime                       // Monday, January, morning, day
	wPartic                     // out, back, up, off, down
	wIntens                     // full, complete, total
	wIrrPast                    // took, held, fell, driven: past forms without -ed
	wIntent                     // pledged, planned, vowed, attempt: an infinitive after it did not happen (yet)
	wRealis                     // forced, managed, began: an infinitive after it happened
	wFail                       // failed, unable, refused: an infinitive after it did not happen
	wGroupN                     // brigade, group, legion, front, division: heads of group names
	wDir                        // north, east, south-east: "north of X" is a place
	wNumWord                    // one, two, dozens: a count the quantity finder may have skipped
	wRebel                      // rebel, opposition, insurgent: the generic rebel side
	wGov                        // government, regime, army, soldiers: the generic government side
	wCaptive                    // captured, detained, abducted: a counted captive
	wCivil                      // civilians, women, children, residents
	wCommand                    // commanders, officers, leaders, emirs
	wPeople                     // people, persons, dead, casualties, victims
	wPoss                       // its, their, his, her, our: possessive determiners
)

var wordClasses = map[string]wclass{}

func addWords(c wclass, list string) {
	for _, w := range strings.Fields(list) {
		wordClasses[w] |= c
	}
}

func init() {
	addWords(wDet, `the a an its their his her our this that these those both all some several any each
		every either neither no another other such much many most whose`)
	addWords(wPoss, `its their his her our`)
	addWords(wBe, `is are was were be been being`)
	addWords(wHave, `has have had having`)
	addWords(wAux, `will would could should may might must can did do does shall`)
	addWords(wNeg, `not never no without`)
	addWords(wPrep, `of in at on by from to into onto with against near outside inside around across through
		within toward towards for during after before since under over between among amid amidst despite
		beside behind along upon via beyond off throughout until including`)
	addWords(wSubord, `that which who whom whose where when while because although though whereas if unless after before since
		as until once whether`)
	addWords(wConj, `and or but nor`)
	addWords(wPron, `they it he she we them him her us itself themselves himself`)
	addWords(wAdv, `also then later reportedly allegedly still already again further now subsequently eventually
		finally soon previously earlier briefly quickly largely mostly partly fully completely almost nearly
		just only apparently initially successfully ultimately effectively reportedly meanwhile there
		altogether back once instead jointly together`)
	addWords(wActor, `fighters fighter forces force militants militant members member gunmen gunman troops
		soldiers soldier units unit militiamen militiaman jihadists jihadist rebels rebel insurgents insurgent
		men bombers bomber attackers attacker guards guard loyalists loyalist supporters elements envoys envoy
		delegates delegation representatives officials personnel combatants combatant militia militias
		mujahideen volunteers recruits battalions brigades factions faction groups group army armies
		warriors snipers sniper police policemen security`)
	addWords(wRole, `commander commanders emir emirs leader leaders chief chiefs head governor spokesman
		spokesperson founder deputy officer officers general colonel minister`)
	addWords(wInstr, `mortar mortars rounds round shells shell rockets rocket missiles missile artillery
		warplanes warplane jets jet aircraft planes plane helicopters helicopter drones drone bomb bombs
		fire shelling tanks tank barrel barrels grenades grenade explosives gunfire`)
	addWords(wPlaceN, `town towns city cities village villages district districts province provinces
		governorate area areas region regions countryside suburb suburbs neighbourhood neighborhood
		neighbourhoods neighborhoods base bases headquarters checkpoint checkpoints crossing crossings
		airport airbase positions position territory ground farms farm sites site facilities facility
		roads road routes route field fields silos mills outskirts part parts pocket capital centre center
		station terminal plant building buildings quarter quarters hill hills border frontier front
		stronghold strongholds post posts camp camps outpost outposts bridge valley mountain mountains
		highway oilfield oilfields island port harbour harbor airfield compound prison`)
	addWords(wHuman, `people persons civilians prisoners prisoner captives captive hostages hostage detainees
		children women men residents protesters demonstrators activists workers journalists worker
		journalist child woman family families villagers inhabitants crowd crowds pilgrims refugees`)
	addWords(wReport, `said says say told tells reported reports stated states added adds claimed claims
		confirmed confirms announced announces noted notes according quoted cited insisted warned`)
	addWords(wTime, `monday tuesday wednesday thursday friday saturday sunday january february march april
		may june july august september october november december day days week weeks month months year
		years morning evening night afternoon midnight dawn nightfall today yesterday tonight hour hours`)
	addWords(wPartic, `out back up off down away over`)
	addWords(wIntens, `full complete total effective partial overall firm military complete effective`)
	addWords(wIrrPast, `took taken held left lost gave given fell fallen drove driven struck hit shot fought
		overran overrun won threw thrown went gone beat beaten broke broken set put brought slew slain
		swore sworn began begun led came made cut laid blew blown sent stood withdrew withdrawn retook
		retaken overtook overtaken undertook undertaken rose arose fled bore borne kept met ran sought
		spread told said hid hidden caught`)
	addWords(wIntent, `pledged pledge pledges vowed vow vows planned plan plans plot plotted threatened threaten
		aimed aim tried try trying sought seeking wanted want hoped hope expected expect demanded demand
		called urged preparing prepared prepare intended intend attempt attempts attempted bid bids effort
		efforts order ordered orders decided decide campaign offensive operation push plan drive
		ready meant going set agreed refuse`)
	addWords(wRealis, `forced managed able began begun continued started helped went proceeded succeeded compelled
		obliged made reported believed said thought known alleged claimed confirmed found seen`)
	addWords(wFail, `failed unable refused fail fails refuses`)
	addWords(wGroupN, `brigade brigades group groups legion front division battalion battalions movement
		army regiment corps faction factions organization organisation coalition alliance council
		committee party militia force forces unit units`)
	addWords(wDir, `north south east west northeast northwest southeast southwest north-east north-west
		south-east south-west northern southern eastern western`)
	addWords(wNumWord, `one two three four five six seven eight nine ten eleven twelve dozens hundreds
		thousands scores`)
	addWords(wRebel, `rebel rebels opposition insurgent insurgents anti-government anti-regime revolutionary
		revolutionaries`)
	addWords(wGov, `government pro-government regime pro-regime army soldiers soldier troops loyalist
		loyalists militiamen state-run`)
	addWords(wCaptive, `captured detained abducted kidnapped arrested imprisoned held`)
	addWords(wCivil, `civilians civilian women children residents villagers inhabitants protesters
		demonstrators activists journalists workers pilgrims refugees families child woman worker
		journalist`)
	addWords(wCommand, `commanders commander officers officer leaders leader emirs emir chiefs chief
		generals general colonels colonel`)
	addWords(wPeople, `people persons dead casualties victims bodies corpses individuals person killed`)
}

// classOf returns the classes of the lower-case word w.
func classOf(w string) wclass { return wordClasses[w] }

// combatants are the head nouns of a count of fighters of any side.
var combatants = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`fighters fighter militants militant troops soldiers soldier men combatants
		combatant gunmen gunman jihadists jihadist recruits personnel volunteers insurgents insurgent
		guerrillas mercenaries rebels rebel militiamen militiaman members member attackers attacker guards
		guard bombers bomber loyalists policemen snipers warriors mujahideen defenders`) {
		combatants[w] = true
	}
}
