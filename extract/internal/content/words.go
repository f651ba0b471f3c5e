package content

import (
	"strings"
	"sync"

	"github.com/concordfacts/concord/extract/internal/token"
)

// This file is the lexicon of the content finders: closed classes of
// English (function words, prepositions, auxiliaries), the cue words that
// tell a group from a place from a person, the particles of romanised
// Arabic names, and a small gazetteer. The cue words are general: they come
// from how English news and encyclopedia prose names things ("the town of
// X", "X Governorate", "X Brigade", "President X", "Abu X"), not from any
// one article.

// Lexicon classes of a lower-cased word. A word may be in several.
const (
	functionWord token.Class = 1 << iota // function word or common sentence opener: never a name alone
	timeWord                             // month or weekday: capitalised, never a mention
	particle                             // name particle: Abu, Umm, ibn, bin
	linkParticle                         // lower-case particle inside a name: al, bin, ibn, de, van
	groupHead                            // Arabic group word that opens a name: Jabhat, Liwa, Jaysh
	groupCue                             // English group noun inside a name: Front, Brigade, Army
	placePrefix                          // place word that opens a name: Tell, Kafr, Deir, Ras, Bab
	placeCue                             // place noun: Governorate, province, town, airport, camp
	placePrep                            // preposition that introduces a place: in, near, at
	direction                            // north, south-east ... ("north of Raqqa")
	title                                // title before a person's name: President, Dr, Colonel
	roleNoun                             // lower-case role noun before a name: leader, director
	givenName                            // common given name (one signal for person)
	demonym                              // Syrian, Kurdish, Tunisian
	genericHead                          // generic actor noun: rebels, forces, army, civilians
	genericMod                           // modifier of a generic actor: rebel, government, pro-government
	sourceNoun                           // source noun: sources, media, agency, activists
	determiner                           // determiner or possessive pronoun
	preposition                          // preposition
	subordinator                         // subordinator or relative pronoun
	beForm                               // form of "be" (passive auxiliary)
	auxiliary                            // other auxiliary or adverb that may sit before a verb
	negation                             // negation
	reportVerb                           // reporting verb: said, reported, claimed
	conjunction                          // and, or
	pronoun                              // personal pronoun usable as a source: he, they, it
	orgName                              // well-known organisation name (gazetteer signal)
	numberWord                           // one, two, dozens, hundreds
	groupAfter                           // lower-case noun after a name that marks it as an actor: forces, fighters
	hedgeWord                            // a hedge word (attribution.go)
	renameCue                            // version, successor, rebranding (aliases.go)
	renameVerb                           // renamed, rebranded, changed (aliases.go)
	attrCue                              // according, report, reports, citing (attribution.go)
	aliasCue                             // aka, also, a.k.a., formerly, previously (aliases.go)
	gazPlace                             // a country, region or city of the gazetteer
	gazOrg                               // a well-known organisation of the gazetteer
)

// arabicArticle marks the Arabic articles written before a hyphen (al-, ash-,
// ez-); the tokeniser reads it to flag "al-Nusra" as Article.
const arabicArticle = token.ArticleClass

// gazClasses are the classes of the gazetteer: a name has at most one.
const gazClasses = gazPlace | gazOrg

// Lexicon is what the content finders know of the words of a token
// lexicon that holds every word of Words: the word classes, which are in
// the token lexicon itself.
type Lexicon struct {
	tokens *token.Lexicon
}

// NewLexicon returns the finders' lexicon of lex, which holds every word
// of Words with its classes.
func NewLexicon(lex *token.Lexicon) *Lexicon {
	return &Lexicon{tokens: lex}
}

// ownLexicon is a lexicon of the content finders' words alone, for a
// Reader that is given none and for the anaphors of LinkDeclaredAliases.
var ownLexicon = sync.OnceValue(func() *Lexicon { return NewLexicon(token.NewLexicon(Words())) })

// Words returns every word of the content finders' word lists with its
// classes, folded as token.FoldKey folds it: the lists below, hedges,
// attribution and alias cues, and the gazetteer. The lexicon a Reader is
// given must hold them with these classes.
func Words() map[string]token.Class {
	m := map[string]token.Class{}
	addLex := func(class token.Class, words string) {
		for _, w := range strings.Fields(words) {
			w = strings.ReplaceAll(w, "_", " ")
			m[w] |= class
		}
	}

	addLex(functionWord, `the a an on in at by to of for from with without into onto upon after before during
		despite meanwhile however although though while when whenever since until following according as
		this that these those there here it its he she they we i you his her their our your my
		some many most several all both each every other another such much more less few fewer
		later earlier then also additionally furthermore moreover elsewhere nevertheless nonetheless
		instead thus therefore subsequently eventually finally initially overall afterwards afterward
		around about over between among amid amidst within under near outside inside throughout across
		against toward towards if but and or so yet nor because where whereas what which who whom whose
		how why not no only even just still again soon today yesterday tomorrow once twice
		up down late early mid last next previous same nearly almost approximately roughly
		reportedly allegedly apparently reports report sources source
		one two three four five six seven eight nine ten eleven twelve hundreds thousands dozens
		first second third fourth fifth tens scores
		total totally in_total together altogether
		clashes fighting conflict war tension tensions violence infighting battles fights
		members fighters forces troops rebels militants civilians soldiers units people
		opposition government regime army military police residents activists
		while whilst unlike like besides beside beyond except
		because_of due thanks
		since_then shortly immediately simultaneously concurrently previously recently currently
		originally formerly ultimately also_known
		two-thirds half part parts most_of
		rival local foreign armed heavy intense fierce serious major minor new old several
		both neither either whether
		many_of much_of
		yes indeed though
		ever never always often sometimes usually
		although
		what's it's that's there's`)
	for _, names := range token.Months {
		addLex(timeWord, strings.Join(names, " "))
	}
	addLex(timeWord, `monday tuesday wednesday thursday friday saturday sunday am pm a.m. p.m. gmt utc`)
	addLex(arabicArticle, `wal bil lil al el ash as ar ad an at az adh ath ath ez es er ed en et ul ud il`)
	addLex(particle, `abu abou umm um ibn bin bint abd abdul abdel abdal bani beni ould`)
	addLex(linkParticle, `al el bin ibn bint de del della der di da dos van von la le du y ez es ed ul`)
	addLex(groupHead, `jabhat jabha jaysh jaish jeish liwa liwaa faylaq failaq harakat harakah haraket
		hay'at hayat hayet tahrir ansar jund junud ahrar katibat kataib kata'ib kataeb alwiya alwiyat
		saraya firqat firqa tajammu tajamu hizb jamaat jama'at jamaa jam'iyat majlis shura
		fursan ahfad suqour suqur quwat quwwat`)
	addLex(groupCue, `front brigade brigades army armies battalion battalions division divisions legion
		movement council councils forces force units unit party organization organisation observatory
		coalition committee committees group regiment corps guard guards militia militias union alliance
		agency ministry government network command commands state commission federation association
		league authority administration office services service police navy company institute
		news tv television media radio channel newspaper times post gazette press bank university court
		congress parliament assembly fund foundation society centre center mujahideen mujahidin
		brotherhood caliphate emirate squadron squad regiments operations room
		hezbollah hizbullah taliban qaeda`)
	addLex(placePrefix, `tell tel tall tal kafr kfar kafar kefr deir dayr dair ras bab ayn ain ein jisr
		khan maarat maaret ma'arat marat wadi jabal jebel jabel beit bayt qasr bir reef rif sheikh_maqsoud
		souq suq tell-abyad mazraat hawsh hosh`)
	addLex(placeCue, `governorate governorates province provinces district districts subdistrict
		sub-district city cities county region regions canton mountains mountain mount valley river
		lake sea desert plain plains heights square street road highway airport airbase air_base
		base bases camp camps dam bridge field fields crossing gate island islands peninsula gulf bay
		coast strait hills hill neighbourhood neighborhood neighbourhoods neighborhoods quarter oasis
		town towns village villages area areas countryside outskirts suburb suburbs municipality
		capital border frontier port harbour harbor prison refinery station checkpoint checkpoints
		stronghold enclave pocket territory territories front_line frontline district's
		oilfield gasfield factory complex hospital school mosque university_campus`)
	addLex(placePrep, `in near at outside around into towards toward through across inside within from
		to over nearby beyond behind throughout`)
	addLex(direction, `north south east west northeast northwest southeast southwest north-east
		north-west south-east south-west northern southern eastern western`)
	addLex(title, `president general gen commander emir amir sheikh shaykh sheik colonel col lieutenant
		lt captain capt major maj sergeant sgt dr mr mrs ms miss prof professor minister king queen
		prince princess imam mullah ayatollah sultan judge senator governor mayor brigadier marshal
		admiral pope bishop rev reverend sir lord lady chancellor secretary ambassador
		field_marshal lieutenant-colonel lieutenant-general major-general brig
		premier chairman chief`)
	addLex(roleNoun, `leader leaders commander commanders chief head director founder co-founder
		spokesman spokeswoman spokesperson activist journalist official governor minister president
		deputy cleric preacher officer envoy negotiator mayor photographer reporter analyst researcher
		defector emir amir ideologue militant fighter member general colonel captain
		representative secretary-general chairman head_of`)
	addLex(givenName, `mohammed mohammad muhammad muhammed mohamed mohamad ahmed ahmad ali omar umar
		abdullah abdallah hussein husain hussain hassan hasan khaled khalid ibrahim mustafa mostafa
		yusuf yousef youssef fahd saeed said saad sa'ad mahmoud mahmud hamza bashar hafez rami zahran
		sameer samir salim salem ismail isma'il yasser yasir karim kareem nasser nasir jamal tariq
		tarek walid waleed adnan anas osama usama ayman haider haidar majid maher hisham hesham
		abdulrahman abdelrahman faisal faysal suleiman sulaiman mansour mansur ammar qassem qasim
		zaid zayd raed riad riyad george john michael david james`)
	addLex(demonym, `syrian iraqi turkish kurdish iranian russian american british french german
		lebanese jordanian israeli saudi qatari emirati egyptian libyan tunisian algerian moroccan
		yemeni afghan pakistani chechen palestinian arab arabian persian european western eastern
		sunni shia shi'a shiite shi'ite alawite druze christian assyrian armenian yazidi islamist
		jihadist salafi salafist ukrainian chinese indian japanese korean african asian australian
		canadian mexican spanish italian dutch swedish polish greek somali sudanese nigerian
		ethiopian kenyan malian belgian swiss austrian norwegian danish finnish irish scottish welsh
		english serbian bosnian croatian albanian georgian azerbaijani uzbek kazakh tajik uyghur
		turkmen bahraini kuwaiti omani cuban venezuelan colombian brazilian argentine
		bedouin circassian kurd kurds arabs turkic islamic muslim jewish catholic orthodox
		soviet ottoman tribal northern southern central`)
	addLex(genericHead, `rebels rebel insurgents insurgent militants militant jihadists jihadis
		jihadist islamists fighters fighter forces troops soldiers soldier army military militia
		militias militiamen gunmen gunman terrorists extremists opposition government regime civilians
		civilian protesters protestors demonstrators activists police policemen prisoners prisoner
		hostages captives detainees factions faction groups group bombers bomber snipers
		loyalists guerrillas guerrilla mercenaries volunteers recruits defectors tribesmen
		combatants officers personnel residents villagers refugees children women people persons
		aircraft warplanes jets helicopters artillery`)
	addLex(genericMod, `rebel opposition government pro-government anti-government regime pro-regime
		army military security allied islamist jihadist moderate armed foreign local rival insurgent
		militant tribal loyalist coalition paramilitary special elite suicide enemy pro-assad
		anti-assad kurdish-led turkish-backed us-backed u.s.-backed hardline extremist radical
		sunni shia shiite alawite druze kurdish arab syrian iraqi turkish iranian russian american
		lebanese jordanian israeli saudi foreign-backed independent other several many some
		captured wounded dead unarmed innocent
		senior top high-ranking former remaining surviving fellow civil vetted`)
	addLex(sourceNoun, `sources source media agency agencies activists activist officials official
		spokesman spokeswoman spokesperson monitor monitors observers observer witnesses witness
		residents ministry news tv television channel newspaper outlets outlet reports report
		statement statements group groups observatory government army military rebels commanders
		commander leaders leader director analysts correspondents correspondent journalists
		journalist doctors medics state-run state pro-government opposition kurdish
		health medical security defence defense interior foreign police hospital rescue civil
		syrian local eyewitnesses spokesmen`)
	addLex(determiner, `the a an its their his her this that these those our my your some any each every
		another no which whose`)
	addLex(preposition, `in on at by to of for from with without into onto upon after before during despite
		near outside around over between among amid within under inside throughout across against
		toward towards via through along beside behind beyond above below off per than like
		including alongside`)
	addLex(subordinator, `after before while whilst when whenever whereas although though because which who
		whom whose where until unless if once as`)
	addLex(beForm, `was were is are been being be am`)
	addLex(auxiliary, `had has have having also later then previously initially subsequently further
		officially publicly reportedly allegedly apparently eventually finally reportedly soon
		again already still had_been would will could might may can did does do
		quickly successfully briefly partially fully completely largely effectively ultimately
		temporarily officially separately jointly reportedly first together`)
	addLex(negation, `not never no failed unable without neither nor cannot didn't don't doesn't wasn't
		weren't hadn't haven't hasn't couldn't won't isn't aren't`)
	addLex(reportVerb, `said says say told tells reported reports claimed claims stated states
		announced announces confirmed confirms denied denies deny added adds noted notes estimated
		estimates documented accused accuses alleged alleges asserted insisted acknowledged
		admitted revealed quoted cited citing warned warns declared declares put puts
		report claim state confirm announce`)
	addLex(conjunction, `and or`)
	addLex(pronoun, `he she they it we i who`)
	addLex(numberWord, `twenty thirty forty fifty sixty seventy eighty ninety one two three four five six seven eight nine ten eleven twelve dozen dozens
		thirteen fourteen fifteen sixteen seventeen eighteen nineteen
		hundred hundreds thousand thousands several many few`)
	addLex(hedgeWord, `reportedly allegedly purportedly possibly apparently supposedly presumably probably
		likely unlikely unconfirmed unverified alleged purported suspected rumored rumoured rumors
		rumours rumor rumour claimed claims claim unclear believed thought said conflicting
		contradictory may might could perhaps uncertain`)
	addLex(attrCue, "according report reports citing")
	// Nouns that name a renamed continuation: "a relaunched version of",
	// "the successor of", "Y's new brand".
	addLex(renameCue, `version rebrand rebranding successor incarnation reincarnation continuation brand name`)
	addLex(renameVerb, `renamed rebranded changed`)
	// Words that may follow the comma of "X, also known as Y".
	addLex(aliasCue, `aka also a.k.a. formerly previously`)
	addLex(groupAfter, `forces fighters militants troops units members soldiers militiamen gunmen
		rebels commanders commander leader leaders emir positions convoy convoys affiliates
		affiliate supporters loyalists jihadists insurgents bombers snipers brigade brigades
		battalion battalions faction factions group groups elements operatives personnel`)

	// The gazetteer: a folded multi-word or single-word name and its kind.
	// It is ONE signal among several (see nameKind): a short curated list
	// of countries, regions and major cities of the world and of the
	// region the seeds cover, plus well-known organisations. Place names
	// that are not here are found from context ("in X", "the town of X",
	// "X Governorate").
	for _, s := range []string{
		// Countries and regions.
		"syria", "iraq", "turkey", "türkiye", "iran", "lebanon", "jordan", "israel", "egypt",
		"saudi arabia", "qatar", "kuwait", "bahrain", "oman", "yemen", "united arab emirates",
		"libya", "tunisia", "algeria", "morocco", "sudan", "south sudan", "somalia", "ethiopia",
		"eritrea", "kenya", "nigeria", "mali", "niger", "chad", "afghanistan", "pakistan", "india",
		"china", "japan", "russia", "ukraine", "georgia", "armenia", "azerbaijan", "kazakhstan",
		"uzbekistan", "turkmenistan", "tajikistan", "kyrgyzstan", "united states", "united kingdom",
		"britain", "great britain", "england", "scotland", "wales", "ireland", "france", "germany",
		"italy", "spain", "portugal", "netherlands", "belgium", "switzerland", "austria", "sweden",
		"norway", "denmark", "finland", "poland", "greece", "cyprus", "serbia", "bosnia", "croatia",
		"kosovo", "albania", "hungary", "romania", "bulgaria", "czech republic", "slovakia",
		"canada", "mexico", "brazil", "argentina", "colombia", "venezuela", "cuba", "chile", "peru",
		"australia", "new zealand", "indonesia", "malaysia", "philippines", "thailand", "vietnam",
		"myanmar", "burma", "bangladesh", "sri lanka", "nepal", "north korea", "south korea",
		"palestine", "gaza", "gaza strip", "west bank", "kurdistan", "iraqi kurdistan", "rojava",
		"levant", "middle east", "europe", "africa", "asia", "caucasus", "chechnya", "crimea",
		"donbas", "sinai", "golan", "golan heights", "balkans", "sahel", "arabian peninsula",
		"us", "u.s.", "usa", "u.s.a.", "uk", "u.k.", "uae", "ussr",
		// Major cities.
		"damascus", "aleppo", "homs", "hama", "idlib", "latakia", "tartus", "raqqa", "raqqah",
		"deir ez-zor", "deir ezzor", "deir al-zor", "hasakah", "al-hasakah", "qamishli", "daraa",
		"palmyra", "kobani", "kobane", "manbij", "afrin", "baghdad", "mosul", "basra", "kirkuk",
		"erbil", "fallujah", "ramadi", "tikrit", "samarra", "najaf", "karbala", "beirut", "tripoli",
		"amman", "jerusalem", "tel aviv", "cairo", "alexandria", "istanbul", "ankara", "gaziantep",
		"riyadh", "jeddah", "mecca", "medina", "doha", "dubai", "abu dhabi", "tehran", "kabul",
		"kandahar", "islamabad", "karachi", "sanaa", "aden", "benghazi", "sirte", "tunis",
		"khartoum", "mogadishu", "moscow", "kyiv", "kiev", "kharkiv", "mariupol", "donetsk",
		"luhansk", "grozny", "tbilisi", "baku", "yerevan", "london", "paris", "berlin", "rome",
		"madrid", "brussels", "geneva", "vienna", "washington", "new york", "beijing", "tokyo",
		"delhi", "new delhi", "sarajevo", "belgrade", "athens", "astana", "sochi",
	} {
		m[s] |= gazPlace
	}
	for _, s := range []string{
		"al-qaeda", "al-qaida", "al qaeda", "qaeda", "hezbollah", "hizbullah", "hamas", "taliban",
		"nato", "united nations", "european union", "arab league", "red cross", "red crescent",
		"amnesty international", "human rights watch", "reuters", "associated press", "al jazeera",
		"al-jazeera", "al arabiya", "daesh", "peshmerga", "pkk", "kremlin", "pentagon", "white house",
		"islamic state", "muslim brotherhood", "wagner group", "unicef", "unhcr", "who",
	} {
		m[s] |= gazOrg
	}
	return m
}

// gazOf returns the gazetteer class (placeCue or orgName) of m[s:e],
// a name or part of one whose first token is t, looked up in lex.
func gazOf(lex *token.Lexicon, m string, t *token.Token, s, e int) token.Class {
	if s == t.Start && e == t.End {
		return gazKind(t.Class)
	}
	return gazetteerLookup(lex, m[s:e])
}

// gazKind returns placeCue or orgName for the gazetteer class among
// classes c, or 0.
func gazKind(c token.Class) token.Class {
	switch {
	case c&gazPlace != 0:
		return placeCue
	case c&gazOrg != 0:
		return orgName
	}
	return 0
}

// gazetteerLookup returns the gazetteer class of the folded name s,
// looked up in lex.
func gazetteerLookup(lex *token.Lexicon, s string) token.Class {
	if len(s) > 64 {
		return 0
	}
	_, c := lex.Lookup(s)
	return gazKind(c)
}
