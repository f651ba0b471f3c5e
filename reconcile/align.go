package reconcile

import (
	"cmp"
	"context"
	"crypto/sha256"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/names"
)

// This file aligns claims: it prepares comparison keys, proposes candidate
// pairs by blocking, scores them and keeps each claim's best counterpart
// per other document.
//
// Blocking. Every claim gets keys: its content words (folded, stop words
// out), pairs of adjacent content words, and the canonical entities of its
// mentions. A key held by a single claim proposes nothing; a key held by
// more than blockMaxKeyShare of the claims is too common to mean anything.
// Each claim proposes pairs through its blockQueryKeys rarest keys only
// (the idea of passim's rare shared n-gram anchors). A key held by at most
// blockMaxBucket claims pairs them all; a larger group is sorted twice by
// text (by its first and by its last words, the sorted-neighbourhood method
// of Hernández and Stolfo, 1995) and a claim meets only its
// blockNeighbours nearest claims on each side in each order. So the number
// of pairs scored grows linearly with the number of claims.

// prepared holds the comparison keys of all claims, in canonical order
// (by document, then position), which makes every tie-break independent
// of the order the caller gave.
type prepared struct {
	opts  Options
	cs    []*claims.Claim
	docs  []string // sorted document names
	info  []claimInfo
	texts []textInfo
	idf   []float64 // per word id
	res   []names.Resolution
	// resolver and resolution cache, used again for dated evidence.
	resolver names.NameResolver
	// adopted holds dates taken from aligned accounts, by claim index.
	adopted map[int]adoption
	// byID maps the claim IDs alternative reports name to their index
	// (the first claim with that ID), or -1 when no claim has it.
	byID map[string]int
	// short holds the short document names used in summaries.
	short []string
	// rank1 and rank2 order claims by their first and last words.
	rank1, rank2 []int32
	// Blocking: claim i queries the posting lists slot[qStart[i]:qStart[i+1]],
	// where it stands at pos1 (and pos2 in the second order of a large
	// list).
	qStart           []int32
	slot, pos1, pos2 []int32
	post, post2      [][]int32
	// evCache holds the evidence of a name resolved at a date, shown in
	// variant findings: copies of one document repeat the same variant
	// across many aligned pairs.
	evCache map[evKey][]string
	evMu    sync.Mutex
	// compareCopies: compare claims of identical content too.
	compareCopies bool
	// entIndex numbers entities; sideCache holds the entity of each side
	// named by a count.
	entIndex  map[string]int32
	sideCache map[string]int32
	// meanSquare is the mean squared idf weight of a word of a text (see
	// similarity).
	meanSquare float64
	// entFreq counts, per entity, the claims that name it (see common).
	entFreq []int32
	// group numbers event groups: the first claim of each claim's group
	// (see groups.go).
	group []int32
	// frameSlot marks the posting lists of frame keys.
	frameSlot []bool
	// members lists the claims of each event group of more than one
	// claim, by its first claim.
	members map[int32][]int32
	// viaPair holds the matched pairs that event groups were paired
	// through.
	viaPair []pair
}

// evKey identifies a resolution's evidence: name, kind and date.
type evKey struct {
	name       string
	kind       claims.MentionKind
	start, end claims.Day
	mod        claims.Modifier
	dated      bool
}

// claimInfo is what alignment needs of one claim.
type claimInfo struct {
	doc     int32
	infobox bool
	text    int32   // number of the clause text, into prepared.texts
	sig     int32   // number of the content, equal for claims that compare alike
	ents    []int32 // sorted unique entity ids of the mentions
	ments   []mention
	// frames are the claim's event frames with resolved participants.
	frames []frameInfo
	// counts are the count keys of the claim's quantities.
	counts []countKey
	// (entFreq, on prepared, counts the claims naming each entity.)
	// named are the sorted entities of the claim's mentions other than
	// the sources it is credited to: who and where, not who says so.
	named []int32
	// date is the claim's own date for comparison: nil when undated or
	// when the date is low-confidence.
	date *claims.TimeSpan
}

// textInfo is what alignment needs of one distinct clause text.
type textInfo struct {
	words []int32  // sorted unique content-word ids
	norm  float64  // Euclidean norm of the idf-weighted word vector
	hash  [16]byte // hash of the folded content words, for fingerprints
}

// sameNames reports whether two claims' mentions have the same texts and
// kinds, from which their resolved mentions follow.
func sameNames(a, b []claims.Mention) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].Text != b[k].Text || a[k].Kind != b[k].Kind {
			return false
		}
	}
	return true
}

// mention is a resolved mention.
type mention struct {
	index  int32 // in Claim.Mentions
	entity int32
	res    int32 // index into prepared.res
	key    int32 // id of the name's surface form, nameKey
}

// adoption records a low-confidence date replaced by an aligned account's.
type adoption struct {
	from  int
	score float32
}

// prepare computes keys for every claim.
func prepare(ctx context.Context, cs []*claims.Claim, res names.NameResolver, opts Options) (*prepared, error) {
	p := &prepared{opts: opts, resolver: res, adopted: map[int]adoption{}, byID: map[string]int{}}
	p.cs = cs
	slices.SortStableFunc(p.cs, compareClaims)
	n := len(p.cs)

	// Documents.
	docIndex := map[string]int32{}
	for _, c := range p.cs {
		if _, ok := docIndex[c.Provenance.Doc]; !ok {
			docIndex[c.Provenance.Doc] = int32(len(p.docs))
			p.docs = append(p.docs, c.Provenance.Doc)
		}
	}
	p.short = shortNames(p.docs)

	// Content words, read in parallel block by block and turned into word
	// ids in canonical order, so that only one block of strings is alive
	// at a time. A clause text seen before (a sentence a timeline copies
	// from an article, a syndicated report) is not read again: its claims
	// share the words of the first (textInfo).
	p.info = make([]claimInfo, n)
	dict := map[string]int32{}
	var df []int32
	var seq [][]int32          // word ids in order, per text
	var textRep []int32        // first claim with each text
	seen := map[string]int32{} // clause text → its text number
	const block = 8192
	scratch := make([][]string, min(n, block))
	// concepts holds, per text of a block, the concept tokens of its words
	// (see lemmas), which join its word set but not its word order.
	concepts := make([][]string, min(n, block))
	var todo []int32
	for lo := 0; lo < n; lo += block {
		hi := min(n, lo+block)
		todo = todo[:0]
		first := len(p.texts)
		for i := lo; i < hi; i++ {
			t := clauseText(p.cs[i])
			k, ok := seen[t]
			if !ok {
				k = int32(len(p.texts))
				seen[t] = k
				p.texts = append(p.texts, textInfo{})
				textRep = append(textRep, int32(i))
				todo = append(todo, int32(i))
			}
			p.info[i].text = k
		}
		err := parallel(ctx, len(todo), opts.Jobs, func(k int) {
			i := int(todo[k])
			ws := contentWords(clauseText(p.cs[i]))
			sum := sha256.Sum256([]byte(strings.Join(ws, " ")))
			copy(p.texts[first+k].hash[:], sum[:16])
			scratch[k], concepts[k] = lemmas(contentWords(similarityText(p.cs[i])), concepts[k][:0])
		})
		if err != nil {
			return nil, err
		}
		// One buffer per block for the ids of all its new texts, rather
		// than two small allocations per text.
		total := 0
		for k := range todo {
			total += len(scratch[k]) + len(concepts[k])
		}
		seqBuf := make([]int32, 0, total)
		setBuf := make([]int32, 0, total)
		for k := range todo {
			start := len(seqBuf)
			id := func(w string) int32 {
				id, ok := dict[w]
				if !ok {
					id = int32(len(df))
					dict[strings.Clone(w)] = id
					df = append(df, 0)
				}
				return id
			}
			for _, w := range scratch[k] {
				seqBuf = append(seqBuf, id(w))
			}
			ids := seqBuf[start:len(seqBuf):len(seqBuf)]
			seq = append(seq, ids)
			setStart := len(setBuf)
			setBuf = append(setBuf, ids...)
			for _, c := range concepts[k] {
				setBuf = append(setBuf, id(c))
			}
			u := setBuf[setStart:]
			slices.Sort(u)
			u = slices.Compact(u)
			setBuf = setBuf[:setStart+len(u)]
			p.texts[first+k].words = u[:len(u):len(u)]
			scratch[k] = nil
		}
		for i := lo; i < hi; i++ {
			for _, id := range p.texts[p.info[i].text].words {
				df[id]++
			}
		}
	}
	seen = nil
	p.rank1, p.rank2 = ranks(seq, p.info)

	// Contents: claims that compare alike share a number (see contentSig).
	sigs := make([][16]byte, n)
	if err := parallel(ctx, n, opts.Jobs, func(i int) { sigs[i] = contentSig(p.cs[i]) }); err != nil {
		return nil, err
	}
	sigID := map[[16]byte]int32{}
	for i, sg := range sigs {
		id, ok := sigID[sg]
		if !ok {
			id = int32(len(sigID))
			sigID[sg] = id
		}
		p.info[i].sig = id
	}
	sigs, sigID = nil, nil

	isNum := make([]bool, len(df))
	isCon := make([]bool, len(df))
	for w, id := range dict {
		isNum[id] = startsWithDigit(w)
		isCon[id] = isConcept(w)
	}
	dict = nil
	p.idf = make([]float64, len(df))
	for id, d := range df {
		p.idf[id] = math.Log(1 + float64(n)/float64(d))
	}
	var total, count float64
	for k := range p.texts {
		var sq float64
		for _, id := range p.texts[k].words {
			sq += p.idf[id] * p.idf[id]
		}
		p.texts[k].norm = math.Sqrt(sq)
		total += sq
		count += float64(len(p.texts[k].words))
	}
	if count > 0 {
		p.meanSquare = total / count
	}

	// Mentions, entities and the rest of the per-claim facts. Claims with
	// the same clause text and the same names (copies) share them.
	resCache := map[string]int32{}
	p.entIndex = map[string]int32{}
	entIndex := p.entIndex
	textKey := map[string]int32{} // mention text → id of its nameKey
	keyID := map[string]int32{}
	for i, c := range p.cs {
		if i%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		in := &p.info[i]
		in.doc = docIndex[c.Provenance.Doc]
		in.infobox = c.Provenance.Kind == claims.SourceInfobox
		if c.Date != nil && !c.Date.LowConfidence {
			in.date = c.Date
		}
		if r := textRep[in.text]; int(r) != i && sameNames(c.Mentions, p.cs[r].Mentions) {
			in.ents, in.ments, in.frames, in.named = p.info[r].ents, p.info[r].ments, p.info[r].frames, p.info[r].named
			// Count keys read words, not values: a copy with another
			// figure has the same keys.
			if len(c.Quantities) == len(p.cs[r].Quantities) {
				in.counts = p.info[r].counts
			} else {
				in.counts = p.countKeys(i)
			}
			continue
		}
		for k, m := range c.Mentions {
			if strings.TrimSpace(m.Text) == "" {
				continue
			}
			ck := string(m.Kind) + "\x00" + m.Text
			r, ok := resCache[ck]
			if !ok {
				r = int32(len(p.res))
				p.res = append(p.res, res.Resolve(m.Text, m.Kind, nil))
				resCache[ck] = r
			}
			ent := int32(-1)
			if e := p.res[r].Entity; e != "" {
				id, ok := entIndex[e]
				if !ok {
					id = int32(len(entIndex))
					entIndex[e] = id
				}
				ent = id
				in.ents = append(in.ents, id)
			}
			kid, ok := textKey[m.Text]
			if !ok {
				key := nameKey(m.Text)
				if kid, ok = keyID[key]; !ok {
					kid = int32(len(keyID))
					keyID[key] = kid
				}
				textKey[m.Text] = kid
			}
			in.ments = append(in.ments, mention{index: int32(k), entity: ent, res: r, key: kid})
		}
		slices.Sort(in.ents)
		in.ents = slices.Compact(in.ents)
		in.ents = in.ents[:len(in.ents):len(in.ents)]
		in.frames = p.readFrames(i)
		in.counts = p.countKeys(i)
		for _, m := range in.ments {
			if m.entity >= 0 && c.Mentions[m.index].Role != claims.RoleSource && !slices.Contains(in.named, m.entity) {
				in.named = append(in.named, m.entity)
			}
		}
		slices.Sort(in.named)
	}

	// Claims named by alternative reports.
	for _, c := range p.cs {
		for _, q := range c.Quantities {
			if cut := strings.LastIndexByte(q.AlternativeTo, '/'); cut > 0 {
				p.byID[q.AlternativeTo[:cut]] = -1
			}
		}
	}
	if len(p.byID) > 0 {
		for i, c := range p.cs {
			if j, ok := p.byID[c.ID]; ok && j < 0 {
				p.byID[c.ID] = i
			}
		}
	}

	p.entFreq = make([]int32, len(p.entIndex))
	for i := range p.info {
		for _, e := range p.info[i].named {
			if int(e) < len(p.entFreq) {
				p.entFreq[e]++
			}
		}
	}
	p.linkGroups()

	// Blocking keys.
	p.buildKeys(seq, textRep, isNum, isCon)
	return p, nil
}

// compareClaims is the canonical order of claims.
func compareClaims(a, b *claims.Claim) int {
	return cmp.Or(
		cmp.Compare(a.Provenance.Doc, b.Provenance.Doc),
		cmp.Compare(a.Provenance.Offset, b.Provenance.Offset),
		cmp.Compare(a.Clause.Offset, b.Clause.Offset),
		cmp.Compare(a.Clause.Length, b.Clause.Length),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.Text, b.Text),
		cmp.Compare(a.Clause.Text, b.Clause.Text),
	)
}

// clauseText is the text a claim is compared by: its clause, or its whole
// text when the clause is empty.
func clauseText(c *claims.Claim) string {
	if c.Clause.Text != "" {
		return c.Clause.Text
	}
	return c.Text
}

// similarityText is the clause text a claim's wording is compared by: its
// clause with the attribution it carries blanked out, since who reports an
// event ("according to an opposition activist") is no part of it.
func similarityText(c *claims.Claim) string {
	t := clauseText(c)
	if len(c.Attribution) == 0 || c.Clause.Text == "" {
		return t
	}
	b := []byte(t)
	blank := func(lo, hi int) {
		for k := max(lo, 0); k < min(hi, len(b)); k++ {
			b[k] = ' '
		}
	}
	for _, a := range c.Attribution {
		if lo := a.Span.Offset - c.Clause.Offset; lo >= 0 && lo+a.Span.Length <= len(t) && t[lo:lo+a.Span.Length] == a.Span.Text {
			blank(lo, lo+a.Span.Length)
		}
		if a.Cue != "" {
			if k := strings.Index(t, a.Cue); k >= 0 {
				blank(k, k+len(a.Cue))
			}
		}
	}
	return string(b)
}

// rankWords is how many words of a claim's start and end order it for
// the sorted-neighbourhood method.
const rankWords = 8

// ranks returns each claim's position when claims are sorted by the ids of
// their first words and by the ids of their last words, read backwards
// (ties by index). Near-verbatim copies sort next to each other in at
// least one of the two orders unless they differ at both ends. Claims with
// the same clause text share their keys, so only distinct texts (seq, one
// per text) are sorted; the claims are then placed by a counting sort on
// the rank of their text's keys, in index order.
func ranks(seq [][]int32, info []claimInfo) (r1, r2 []int32) {
	n, nt := len(info), len(seq)
	keys := make([]int32, nt*rankWords)
	keyRank := make([]int32, nt)
	count := make([]int32, nt+1)
	order := func(tail bool) []int32 {
		for t, ids := range seq {
			for k := range rankWords {
				v := int32(-1)
				if k < len(ids) {
					v = ids[k]
					if tail {
						v = ids[len(ids)-1-k]
					}
				}
				keys[t*rankWords+k] = v
			}
		}
		idx := make([]int32, nt)
		for t := range idx {
			idx[t] = int32(t)
		}
		key := func(t int32) []int32 { return keys[int(t)*rankWords : (int(t)+1)*rankWords] }
		slices.SortFunc(idx, func(a, b int32) int {
			return cmp.Or(slices.Compare(key(a), key(b)), cmp.Compare(a, b))
		})
		clear(count)
		rank := int32(-1)
		for k, t := range idx {
			if k == 0 || !slices.Equal(key(t), key(idx[k-1])) {
				rank++
			}
			keyRank[t] = rank
		}
		for i := range n {
			count[keyRank[info[i].text]+1]++
		}
		for k := 1; k < len(count); k++ {
			count[k] += count[k-1]
		}
		r := make([]int32, n)
		for i := range n {
			k := keyRank[info[i].text]
			r[i] = count[k]
			count[k]++
		}
		return r
	}
	return order(false), order(true)
}

// Key tags: the top two bits of a blocking key.
const (
	keyFrame  = uint64(0) << 62
	keyWord   = uint64(1) << 62
	keyEntity = uint64(2) << 62
	keyPair   = uint64(3) << 62
)

// Frame keys: a claim's frames propose pairs by event family with each
// named participant and place, in windows of frameBucketDays days (and
// the next window when the date lies within frameBucketSlack days of its
// edge). At most maxFrameKeys of them are queried, the rarest first.
const (
	frameBucketShift = 4 // windows of 16 days
	frameBucketSlack = 3
	maxFrameBuckets  = 4
	maxFrameKeys     = 12
	// frameNeighbours is the window, on each side, of a claim in a
	// frame key's group of more than blockMaxBucket claims.
	frameNeighbours = 2
)

// appendFrameKeys appends the frame keys of claim i.
func (p *prepared) appendFrameKeys(ks []uint64, i int) []uint64 {
	in := &p.info[i]
	if in.date == nil || len(in.frames) == 0 {
		return ks
	}
	lo, hi := int64(in.date.Start), int64(in.date.End)
	if in.date.Modifier == claims.ModBefore {
		lo = hi - frameBucketSlack
	}
	b0 := (lo - frameBucketSlack) >> frameBucketShift
	b1 := (hi + frameBucketSlack) >> frameBucketShift
	if b1-b0 >= maxFrameBuckets {
		b0 = b1 - maxFrameBuckets + 1
	}
	day, oneDay := in.date.End, in.date.Precision == claims.PrecisionDay && (in.date.Start == in.date.End || in.date.Modifier == claims.ModBefore)
	for _, f := range in.frames {
		fam := classFamily(f.class)
		if fam == 0 {
			continue
		}
		if oneDay {
			// The family on the day, whoever and wherever: two accounts of
			// one day's shooting may share no name at all.
			ks = append(ks, keyFrame|uint64(fam)<<56|1<<55|uint64(uint32(day)))
		}
		for _, set := range [][]int32{f.agents, f.patients, f.places} {
			for _, e := range set {
				for b := b0; b <= b1; b++ {
					ks = append(ks, keyFrame|uint64(fam)<<56|uint64(b&0xFFFFFF)<<32|uint64(uint32(e)))
				}
			}
		}
	}
	return ks
}

// buildKeys chooses each claim's blocking keys and builds the posting
// lists; seq holds the word ids of each text, textRep the first claim
// with it. Claims with the same clause text and the same entities have the
// same keys: they are read once, from the first of them.
func (p *prepared) buildKeys(seq [][]int32, textRep []int32, isNum, isCon []bool) {
	n := len(p.cs)
	keyRep := make([]int32, n)
	mult := make([]int32, n)
	for i := range n {
		r := textRep[p.info[i].text]
		if r == int32(i) || !slices.Equal(p.info[i].ents, p.info[r].ents) {
			r = int32(i)
		}
		keyRep[i] = r
		mult[r]++
	}
	var scratch []uint64
	keysOf := func(i int) []uint64 {
		ks := scratch[:0]
		prev := int32(-1)
		for _, id := range seq[p.info[i].text] {
			if isNum[id] {
				prev = -1
				continue
			}
			ks = append(ks, keyWord|uint64(id))
			if prev >= 0 {
				ks = append(ks, keyPair|uint64(prev)<<31|uint64(id))
			}
			prev = id
		}
		for _, e := range p.info[i].ents {
			ks = append(ks, keyEntity|uint64(e))
		}
		// Concepts propose pairs like words: "withdrew" meets "retreated".
		for _, id := range p.texts[p.info[i].text].words {
			if isCon[id] {
				ks = append(ks, keyWord|uint64(id))
			}
		}
		ks = p.appendFrameKeys(ks, i)
		slices.Sort(ks)
		scratch = ks
		return slices.Compact(ks)
	}
	df := map[uint64]int32{}
	for i := range n {
		if keyRep[i] != int32(i) {
			continue
		}
		for _, k := range keysOf(i) {
			df[k] += mult[i]
		}
	}
	mult = nil
	maxDF := int32(max(blockMaxKeyShare*float64(n), float64(4*blockMaxBucket)))
	type kd struct {
		k  uint64
		df int32
	}
	var eligible []kd
	slots := map[uint64]int32{}
	p.qStart = make([]int32, n+1)
	for i := range n {
		first := len(p.slot)
		if r := keyRep[i]; r != int32(i) {
			p.slot = append(p.slot, p.slot[p.qStart[r]:p.qStart[r+1]]...)
			p.qStart[i+1] = int32(len(p.slot))
			continue
		}
		eligible = eligible[:0]
		for _, k := range keysOf(i) {
			if d := df[k]; d >= 2 && d <= maxDF {
				eligible = append(eligible, kd{k, d})
			}
		}
		slices.SortFunc(eligible, func(a, b kd) int { return cmp.Or(cmp.Compare(a.df, b.df), cmp.Compare(a.k, b.k)) })
		add := func(k uint64) {
			s, ok := slots[k]
			if !ok {
				s = int32(len(slots))
				slots[k] = s
				p.frameSlot = append(p.frameSlot, k&keyPair == keyFrame)
			}
			if !slices.Contains(p.slot[first:], s) {
				p.slot = append(p.slot, s)
			}
		}
		for _, e := range eligible {
			if len(p.slot)-first == blockQueryKeys {
				break
			}
			add(e.k)
		}
		// The rarest entities always propose pairs: accounts worded
		// differently still name the same places and actors; and so do
		// the frame keys (an event class with a participant or place, in
		// a window of days).
		ents, frames := 0, 0
		for _, e := range eligible {
			switch {
			case e.k&keyPair == keyEntity && ents < 2:
				ents++
				add(e.k)
			case e.k&keyPair == keyFrame && frames < maxFrameKeys:
				frames++
				add(e.k)
			}
		}
		p.qStart[i+1] = int32(len(p.slot))
	}
	// Posting lists in rank1 order, and in rank2 order for large ones.
	order := make([]int32, n)
	for i, r := range p.rank1 {
		order[r] = int32(i)
	}
	p.post = make([][]int32, len(slots))
	p.pos1 = make([]int32, len(p.slot))
	p.pos2 = make([]int32, len(p.slot))
	for _, i := range order {
		for q := p.qStart[i]; q < p.qStart[i+1]; q++ {
			s := p.slot[q]
			p.pos1[q] = int32(len(p.post[s]))
			p.post[s] = append(p.post[s], i)
		}
	}
	p.post2 = make([][]int32, len(slots))
	for s, l := range p.post {
		if len(l) > blockMaxBucket && !p.frameSlot[s] {
			l2 := slices.Clone(l)
			slices.SortFunc(l2, func(a, b int32) int { return cmp.Compare(p.rank2[a], p.rank2[b]) })
			p.post2[s] = l2
		}
	}
	// Positions in the second order.
	for s, l2 := range p.post2 {
		for pos, i := range l2 {
			for q := p.qStart[i]; q < p.qStart[i+1]; q++ {
				if p.slot[q] == int32(s) {
					p.pos2[q] = int32(pos)
					break
				}
			}
		}
	}
}

// pair is a scored candidate pair, a < b in canonical order.
type pair struct {
	a, b  int32
	score float32
	// via is -1 for a pair of the one-to-one matching, viaBest for a
	// pair kept as either claim's best counterpart beside it, or, for a
	// pair aligned through event groups, the index into prepared.viaPair
	// of the matched pair it came from.
	via int32
}

// plainSecond reports whether a pair may be a claim's second counterpart:
// dated close together, and disputing nothing, or one feature only with
// the specific agreement a disputed pair needs (see scoreBut). A second
// counterpart adds what one account tells in two sentences; two events
// of one day in two towns must not pass for one.
func (p *prepared) plainSecond(a, b int32) bool {
	lv := p.pairLevels(a, b)
	if lv[featDate] < 1 || lv[featDate] > 3 {
		return false
	}
	disputed := 0
	for _, d := range disputable {
		if d.disagree(lv[d.f]) {
			disputed++
		}
	}
	if disputed == 0 {
		return true
	}
	_, _, ok := scoreBut(lv)
	return ok
}

// viaBest marks a pair kept as either claim's best counterpart (see
// pair.via).
const viaBest = -2

// align proposes, scores and matches pairs, document by document: the
// claims of one document propose candidate pairs with claims later in
// canonical order, pairs scoring at least MinScore are kept, and for every
// other document a one-to-one matching is taken greedily by score (ties by
// position), a pair being dropped when either claim already has a
// counterpart in the other's document. Matching each document's pairs as
// soon as they are scored keeps only a few documents' candidates in memory
// and spreads the matching over Jobs goroutines. The result is sorted by
// (a, b).
func (p *prepared) align(ctx context.Context) ([]pair, error) {
	n := len(p.cs)
	var starts []int32
	for i := range n {
		if i == 0 || p.info[i].doc != p.info[i-1].doc {
			starts = append(starts, int32(i))
		}
	}
	starts = append(starts, int32(n))
	ndocs := len(starts) - 1
	out := make([][]pair, ndocs)
	jobs := max(1, min(p.opts.Jobs, ndocs))
	// scored is a candidate pair with its second document, sorted by
	// (document, score descending, a, b) for the greedy matching.
	type scored struct {
		doc   int32
		score float32
		a, b  int32
	}
	type scratch struct {
		used []int32
		// seen1 and seen2 mark the claims already seen as first and as
		// second claim of a pair in the current group.
		seen1, seen2 []int32
		// copied marks the claims matched with a near-verbatim copy.
		copied []int32
		group  int32
		seen   claimSet
		cand   []int32
		local  []scored
	}
	ws := make([]*scratch, jobs)
	err := parallelWorkers(ctx, ndocs, jobs, func(w, d int) {
		s := ws[w]
		if s == nil {
			s = &scratch{used: make([]int32, n), seen1: make([]int32, n), seen2: make([]int32, n), copied: make([]int32, n)}
			ws[w] = s
		}
		local := s.local[:0]
		for i := starts[d]; i < starts[d+1]; i++ {
			// Meeting is symmetric (a claim is in a posting list only if
			// it queries it, and windows are symmetric), so each pair is
			// scored from its first claim only.
			s.cand = p.neighbours(i, s.cand[:0], &s.seen)
			slices.Sort(s.cand)
			for _, j := range s.cand {
				if j < i || !p.pairable(i, j) {
					continue
				}
				sc := float32(p.score(i, j))
				if float64(sc) < p.opts.MinScore && p.info[i].doc == p.info[j].doc {
					continue
				}
				if float64(sc) < p.opts.MinScore {
					// A pair that agrees on all but one disputable
					// feature is aligned to report that difference.
					if but, _, ok := scoreBut(p.pairLevels(i, j)); !ok || but <= p.opts.ConflictScore {
						continue
					}
				}
				local = append(local, scored{p.info[j].doc, sc, i, j})
			}
		}
		slices.SortFunc(local, func(x, y scored) int {
			switch {
			case x.doc != y.doc:
				return cmp.Compare(x.doc, y.doc)
			case x.score != y.score:
				return cmp.Compare(y.score, x.score)
			case x.a != y.a:
				return cmp.Compare(x.a, y.a)
			}
			return cmp.Compare(x.b, y.b)
		})
		var kept []pair
		for k, q := range local {
			if k == 0 || q.doc != local[k-1].doc {
				s.group++
			}
			// A pair is kept when the greedy one-to-one matching takes
			// it, or when it is either claim's best counterpart in the
			// other document: one account may tell in two sentences
			// what the other tells in one.
			bestA, bestB := s.seen1[q.a] != s.group, s.seen2[q.b] != s.group
			s.seen1[q.a], s.seen2[q.b] = s.group, s.group
			if s.used[q.a] == s.group || s.used[q.b] == s.group {
				// Not for a claim matched with its copy: copies pair
				// sentence by sentence.
				if (bestA || bestB) && float64(q.score) >= p.opts.MinScore && s.copied[q.a] != s.group && s.copied[q.b] != s.group && p.plainSecond(q.a, q.b) {
					kept = append(kept, pair{q.a, q.b, q.score, viaBest})
				}
				continue
			}
			s.used[q.a], s.used[q.b] = s.group, s.group
			if p.cosine(p.info[q.a].text, p.info[q.b].text) >= p.opts.NearVerbatim {
				s.copied[q.a], s.copied[q.b] = s.group, s.group
			}
			kept = append(kept, pair{q.a, q.b, q.score, -1})
		}
		slices.SortFunc(kept, func(x, y pair) int { return cmp.Or(cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b)) })
		out[d] = kept
		s.local = local[:0]
	})
	if err != nil {
		return nil, err
	}
	total := 0
	for _, l := range out {
		total += len(l)
	}
	// Room for the pairs event groups add (closeGroups), so that they are
	// merged in place rather than into a second copy of a long list.
	all := make([]pair, 0, total+total/32+64)
	for d, l := range out {
		all = append(all, l...)
		out[d] = nil
	}
	return all, nil
}

// neighbours appends the claims claim i meets through its query keys,
// each once and never i itself; seen is the caller's scratch set.
func (p *prepared) neighbours(i int32, cand []int32, seen *claimSet) []int32 {
	w := int32(blockNeighbours)
	// Windows first, then the set sized for all they may hold.
	type window struct{ l []int32 }
	var buf [24]window
	wins := buf[:0]
	total := 0
	for q := p.qStart[i]; q < p.qStart[i+1]; q++ {
		s := p.slot[q]
		l := p.post[s]
		if len(l) <= blockMaxBucket {
			wins = append(wins, window{l})
			total += len(l)
			continue
		}
		pos := p.pos1[q]
		if p.frameSlot[s] {
			// A frame key's large group is ordered by text, which says
			// little of the events it holds: a narrow window in one
			// order (the wording keys find the copies).
			w1 := l[max(0, pos-frameNeighbours):min(int32(len(l)), pos+frameNeighbours+1)]
			wins = append(wins, window{w1})
			total += len(w1)
			continue
		}
		w1 := l[max(0, pos-w):min(int32(len(l)), pos+w+1)]
		l2 := p.post2[s]
		pos = p.pos2[q]
		w2 := l2[max(0, pos-w):min(int32(len(l2)), pos+w+1)]
		wins = append(wins, window{w1}, window{w2})
		total += len(w1) + len(w2)
	}
	seen.reset(total + 1)
	seen.add(i)
	for _, win := range wins {
		for _, j := range win.l {
			if seen.add(j) {
				cand = append(cand, j)
			}
		}
	}
	return cand
}

// claimSet is a set of claim indices for one claim's candidates: a small
// open-addressing table that stays in cache (a stamp per claim of the
// corpus would not), emptied by moving to a new generation.
type claimSet struct {
	keys  []int32
	gen   []uint32
	cur   uint32
	shift uint32 // 32 - log2(len(keys))
}

// reset empties the set, making room for n claims.
func (s *claimSet) reset(n int) {
	size, bits := 64, uint32(6)
	for size < 2*n {
		size, bits = 2*size, bits+1
	}
	if len(s.keys) < size || s.cur == math.MaxUint32 {
		s.keys = make([]int32, size)
		s.gen = make([]uint32, size)
		s.cur = 0
		s.shift = 32 - bits
	}
	s.cur++
}

// add adds j and reports whether it was new.
func (s *claimSet) add(j int32) bool {
	mask := uint32(len(s.keys) - 1)
	h := (uint32(j) * 0x9E3779B1) >> s.shift // Fibonacci hashing (Knuth)
	for s.gen[h] == s.cur {
		if s.keys[h] == j {
			return false
		}
		h = (h + 1) & mask
	}
	s.gen[h], s.keys[h] = s.cur, j
	return true
}

// pairable reports whether two claims may be aligned: they come from
// different documents, or from one document where exactly one of them is
// an infobox line; and their dates lie within the window.
func (p *prepared) pairable(a, b int32) bool {
	ia, ib := &p.info[a], &p.info[b]
	if ia.doc == ib.doc && ia.infobox == ib.infobox {
		return false
	}
	// An infobox line sums up its own document's conflict: across
	// documents it meets only the same line of another infobox, dated
	// alike, or a copy of itself.
	if ia.doc != ib.doc && (ia.infobox || ib.infobox) {
		if !ia.infobox || !ib.infobox || !sameInfoboxKey(p.cs[a], p.cs[b]) {
			return false
		}
		if p.cosine(ia.text, ib.text) < p.opts.NearVerbatim && (ia.date == nil || ib.date == nil || !ia.date.Overlaps(*ib.date)) {
			return false
		}
	}
	da, db := p.comparableDates(int(a), int(b))
	if da != nil && db != nil && spanGap(*da, *db) > p.opts.DateWindowDays {
		return false
	}
	return true
}

// spanGap returns the number of days between two dates read as the
// intervals they were given as, a bound ("by 28 February") from the
// earliest day the narrative allows to its end: how close two accounts
// put an event. (dayGap, which opens a bound, tells whether two dates can
// be the same day.)
func spanGap(a, b claims.TimeSpan) int {
	switch {
	case b.Start > a.End:
		return int(b.Start - a.End)
	case a.Start > b.End:
		return int(a.Start - b.End)
	}
	return 0
}

// sameInfoboxKey reports whether two infobox lines have the same key.
func sameInfoboxKey(a, b *claims.Claim) bool {
	sa, sb := a.Provenance.Section, b.Provenance.Section
	return len(sa) > 0 && len(sb) > 0 && strings.EqualFold(sa[len(sa)-1], sb[len(sb)-1])
}

// comparableDates returns the dates of two claims as they are compared:
// their own, or, for a low-confidence date whose year alone was guessed,
// that date moved into the other side's year (see lowConfidenceDates).
func (p *prepared) comparableDates(a, b int) (*claims.TimeSpan, *claims.TimeSpan) {
	da, db := p.info[a].date, p.info[b].date
	if da != nil && db != nil {
		return da, db
	}
	if x, y, _, ok := p.lowConfidenceDates(a, b); ok {
		return x, y
	}
	return da, db
}

// dayGap returns the number of days between two spans, 0 when they can
// overlap.
func dayGap(a, b claims.TimeSpan) int {
	alo, aHasLo, ahi, aHasHi := a.Bounds()
	blo, bHasLo, bhi, bHasHi := b.Bounds()
	if aHasHi && bHasLo && blo > ahi {
		return int(blo - ahi)
	}
	if bHasHi && aHasLo && alo > bhi {
		return int(alo - bhi)
	}
	return 0
}

// cosine is the cosine similarity of the idf-weighted content words of
// two texts.
func (p *prepared) cosine(ta, tb int32) float64 {
	a, b := &p.texts[ta], &p.texts[tb]
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	return min(1, p.dot(ta, tb)/(a.norm*b.norm))
}

// dot is the dot product of two texts' idf-weighted word vectors.
func (p *prepared) dot(ta, tb int32) float64 {
	a, b := &p.texts[ta], &p.texts[tb]
	var dot float64
	x, y := a.words, b.words
	for len(x) > 0 && len(y) > 0 {
		switch {
		case x[0] < y[0]:
			x = x[1:]
		case x[0] > y[0]:
			y = y[1:]
		default:
			w := p.idf[x[0]]
			dot += w * w
			x, y = x[1:], y[1:]
		}
	}
	return dot
}

// adoptDates gives every claim with a low-confidence date the date of its
// best-scoring aligned counterpart with a date of its own.
func (p *prepared) adoptDates(aligned []pair) {
	consider := func(low, from int32, s float32) {
		c := p.cs[low]
		if c.Date == nil || !c.Date.LowConfidence || p.info[from].date == nil || p.info[low].doc == p.info[from].doc {
			return
		}
		if old, ok := p.adopted[int(low)]; ok && (old.score > s || old.score == s && old.from < int(from)) {
			return
		}
		p.adopted[int(low)] = adoption{from: int(from), score: s}
	}
	for _, q := range aligned {
		consider(q.a, q.b, q.score)
		consider(q.b, q.a, q.score)
	}
}

// dateOf returns the date a claim is shown and grouped with: its own, or
// the date adopted from an aligned account.
func (p *prepared) dateOf(i int) *claims.TimeSpan {
	if ad, ok := p.adopted[i]; ok {
		return p.cs[ad.from].Date
	}
	return p.cs[i].Date
}

// parallel runs f(i) for i in [0, n) on jobs goroutines.
func parallel(ctx context.Context, n, jobs int, f func(i int)) error {
	const chunk = 256
	return parallelWorkers(ctx, (n+chunk-1)/chunk, jobs, func(_, c int) {
		for i := c * chunk; i < min(n, (c+1)*chunk); i++ {
			f(i)
		}
	})
}

// parallelWorkers runs f(w, c) for c in [0, n) on jobs goroutines, w
// being the goroutine's number, stopping early when ctx is cancelled.
func parallelWorkers(ctx context.Context, n, jobs int, f func(w, c int)) error {
	jobs = max(1, min(jobs, n))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range next {
				f(w, c)
			}
		}()
	}
	var err error
	for c := range n {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- c
	}
	close(next)
	wg.Wait()
	if err == nil {
		err = ctx.Err()
	}
	return err
}
