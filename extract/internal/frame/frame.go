package frame

import (
	"github.com/concordfacts/concord/claims"
)

// Mention is a named or generic actor or place the caller found in the
// clause. Start and End are byte offsets into Clause.Text.
type Mention struct {
	Start, End int
	Kind       claims.MentionKind
	// Source marks a mention inside the phrase that names the reporting
	// source ("according to SOHR", "activists said"): it is never an
	// actor.
	Source bool
}

// Count is a number the caller found in the clause. Start and End are the
// byte offsets of the number expression in Clause.Text.
type Count struct {
	Start, End int
	// IsCount is false for measures (percentages, distances, money): they
	// get no participant and no frame.
	IsCount bool
	// Subject and Category are as the quantity finder read them (see
	// claims.Quantity).
	Subject  string
	Category string
	// PartOf is the index, within Clause.Counts, of the total this count
	// is a part of, or -1.
	PartOf int
}

// Clause is one clause to read.
type Clause struct {
	// Text is the clause as read (citation markers may be blanked out).
	Text string
	// Orig is the clause's original bytes, of the same length as Text,
	// from which span texts are cut; empty means Text.
	Orig string
	// Offset is the document offset of Text[0]: every span the reader
	// returns is in document offsets.
	Offset   int
	Mentions []Mention
	Counts   []Count
	// Dated is set when the clause has a date of its own (not one
	// inherited from the narrative): such a clause never continues the
	// previous claim's event.
	Dated bool
}

// CountInfo is what the reader makes of one count.
type CountInfo struct {
	// Participant and Side are as documented on claims.Quantity; empty
	// when the text does not tell.
	Participant string
	Side        string
	// Category, when not empty, is a category the quantity finder left
	// empty and the frame supplies ("took 12 others prisoner": captured).
	Category string
}

// ctxGroups is how many named groups a Context remembers for resolving
// "the brigade's fighters".
const ctxGroups = 8

// Context is what a claim leaves to the next claim of the same document:
// its clause and event class (for a continuation), the groups it named
// (for "the brigade's fighters"), the side of its last count (for "N
// others") and the side of its speaker (for "his own men"). The zero
// Context is the start of a document. Strings in a Context are cut from
// the clauses read, so a Context keeps no copies.
type Context struct {
	// Clause is the previous claim's clause; Length 0 when there is none.
	Clause claims.Span
	// Class is the class of the previous claim's first frame.
	Class claims.EventType
	// Block identifies the paragraph or list item of the previous claim;
	// a clause continues an event only within one block.
	Block int

	groups  [ctxGroups]string
	ngroups int
	side    string
	part    string
	speaker string
}

// Result is what the reader makes of a clause. Its slices are reused by
// the next Read of the same Reader: copy what must outlive it.
type Result struct {
	// Frames are the events of the clause, in the order of their
	// triggers. Their Agents, Patients and Places index Clause.Mentions;
	// Counts index Clause.Counts.
	Frames []claims.Frame
	// Roles holds one role per mention: its role in the first frame that
	// gives it one, RoleSource for a reporting source, RolePlace for a
	// place no frame claims, else RoleNone.
	Roles []claims.Role
	// Counts holds one CountInfo per count.
	Counts []CountInfo
	// Next is the context to pass with the next clause of the document.
	Next Context
}

// Read reads the frames of c, given the context prev left by the previous
// claim of the document (nil at its start). It allocates what it returns;
// a Reader reads many clauses with its scratch space instead.
func Read(c *Clause, prev *Context, block int) Result {
	var r Reader
	res := r.Read(c, prev, block)
	out := Result{Next: res.Next}
	out.Frames = append([]claims.Frame(nil), res.Frames...)
	for i := range out.Frames {
		f := &out.Frames[i]
		f.Agents = append([]int(nil), f.Agents...)
		f.Patients = append([]int(nil), f.Patients...)
		f.Places = append([]int(nil), f.Places...)
		f.Counts = append([]int(nil), f.Counts...)
		if f.Continues != nil {
			s := *f.Continues
			f.Continues = &s
		}
	}
	out.Roles = append([]claims.Role(nil), res.Roles...)
	out.Counts = append([]CountInfo(nil), res.Counts...)
	return out
}

// Reader reads frames with reusable scratch space. A Reader is not safe
// for concurrent use; give each goroutine its own.
type Reader struct {
	c     *Clause
	orig  string
	toks  []tok
	low   []byte
	keys  map[string]lexEntry
	cands []cand
	roles []roleAt
	ints  []int
	arena []int
	// mFirst and mLast are the first and last token of each mention, or
	// -1 when it covers none.
	mFirst, mLast []int
	// argBuf holds the result of argsOf, valid until its next call.
	argBuf []roleAt
	cont   claims.Span
	res    Result
	// looseOther makes placeLike count a mention of no known kind as a
	// place (the object of "took", "held", "left").
	looseOther bool
	// skipTo, when past the current token, is where the trigger scan
	// resumes: a valency verb took the words up to it.
	skipTo int
	// mainSubj is the subject of the clause's first verb, for
	// participles, coordinated verbs and pronouns.
	mainSubj    []int
	mainSubjBuf [8]int
	mainDone    bool
	mainFrame   int
}

// cand is a frame being read.
type cand struct {
	cls        claims.EventType
	s, e, head int // trigger tokens [s,e) and its head word
	lemma      string
	noun       bool
	passive    bool
	ing        bool // an -ing participle or gerund
	inf        bool // an infinitive
	converse   bool // the subject is what the event befell ("died", "lost X to Y", "fell into an ambush")
	neg        bool
	denied     bool
	drop       bool
	absorbed   bool // a noun read as the cause or instrument of another frame
	light      int  // token of the light verb that governs a noun trigger, or -1
	lightConv  bool // the light verb makes its subject the patient ("came under attack")
	cause      claims.EventType
	via        int // for a noun trigger: the frame whose subject it is, or -1
	subjPron   bool
	cont       bool
	intentOf   int // the noun frame an intended (irrealis) verb hands its arguments to, or -1
	instrument bool
	subj       subject // the subject read for it
}

// roleAt says that mention m plays role r in frame f.
type roleAt struct {
	f, m int
	r    claims.Role
}

// Read reads the frames of c, given the context prev left by the previous
// claim of the document (nil at its start) and the block (paragraph or
// list item) c belongs to. The result is valid until the next Read.
func (r *Reader) Read(c *Clause, prev *Context, block int) *Result {
	r.c = c
	r.orig = c.Orig
	if len(r.orig) != len(c.Text) {
		r.orig = c.Text
	}
	r.toks, r.low = scanTokens(c.Text, r.toks, r.low)
	r.markSpans()
	r.cands = r.cands[:0]
	r.roles = r.roles[:0]
	r.ints = r.ints[:0]
	r.arena = r.arena[:0]
	r.mainSubj = r.mainSubjBuf[:0]
	r.mainDone = false
	r.skipTo = 0
	r.mainFrame = -1
	res := &r.res
	res.Frames = res.Frames[:0]
	res.Roles = growRoles(res.Roles, len(c.Mentions))
	res.Counts = growCounts(res.Counts, len(c.Counts))
	var p Context
	if prev != nil {
		p = *prev
	}
	r.findTriggers()
	r.readArguments()
	r.readCounts(&p)
	r.readContinuation(&p, block)
	r.emit()
	r.nextContext(&p, block)
	return res
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func growRoles(s []claims.Role, n int) []claims.Role {
	if cap(s) < n {
		return make([]claims.Role, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func growCounts(s []CountInfo, n int) []CountInfo {
	if cap(s) < n {
		return make([]CountInfo, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// markSpans records on every token the mention and the count it lies in.
func (r *Reader) markSpans() {
	toks := r.toks
	for i := range toks {
		t := &toks[i]
		if t.p == 0 && !t.is(tNum) && t.is(tCap) && !t.is(tFirst) {
			// A capitalised word inside the clause is a name or part of
			// one: no trigger, so no lexicon look-up (names are many, and
			// would crowd the reader's cache).
			t.w = classOf(t.low)
			continue
		}
		if t.p == 0 && !t.is(tNum) {
			e := r.entry(t.low)
			t.w, t.k, t.cls = e.w, e.key, e.cls
			if e.starts {
				t.f |= tStarts
			}
			if e.valency {
				t.f |= tValency
			}
		}
	}
	r.mFirst = growInts(r.mFirst, len(r.c.Mentions))
	r.mLast = growInts(r.mLast, len(r.c.Mentions))
	for k := range r.mFirst {
		r.mFirst[k], r.mLast[k] = -1, -1
	}
	k := 0
	for mi, m := range r.c.Mentions {
		for k > 0 && toks[k-1].e > m.Start {
			k--
		}
		for k < len(toks) && toks[k].e <= m.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].s < m.End; j++ {
			if toks[j].m < 0 {
				toks[j].m = int32(mi)
				if r.mFirst[mi] < 0 {
					r.mFirst[mi] = j
				}
				r.mLast[mi] = j
			}
		}
	}
	k = 0
	for qi, q := range r.c.Counts {
		if !q.IsCount {
			continue
		}
		for k > 0 && toks[k-1].e > q.Start {
			k--
		}
		for k < len(toks) && toks[k].e <= q.Start {
			k++
		}
		for j := k; j < len(toks) && toks[j].s < q.End; j++ {
			toks[j].q = int32(qi)
		}
	}
}

// span returns the document span of tokens [s,e).
func (r *Reader) span(s, e int) claims.Span {
	a, b := r.toks[s].s, r.toks[e-1].e
	return claims.Span{Offset: r.c.Offset + a, Length: b - a, Text: r.orig[a:b]}
}

// emit turns the candidates and their roles into frames and mention roles.
func (r *Reader) emit() {
	res := &r.res
	c := r.c
	for fi := range r.cands {
		f := &r.cands[fi]
		if f.drop || f.absorbed {
			continue
		}
		fr := claims.Frame{
			Class:   f.cls,
			Trigger: r.span(f.s, f.e),
			Lemma:   f.lemma,
			Negated: f.neg,
			Denied:  f.denied,
			Cause:   f.cause,
		}
		mark := len(r.ints)
		fr.Agents = r.collect(fi, claims.RoleAgent)
		fr.Patients = r.collect(fi, claims.RolePatient)
		fr.Places = r.collect(fi, claims.RolePlace)
		fr.Counts = r.collectCounts(fi)
		if f.cont {
			fr.Continues = &r.cont
		}
		if len(res.Frames) > 0 && len(r.ints) == mark && fr.Cause == "" && fr.Continues == nil && !fr.Negated && !fr.Denied {
			// A later event named with nothing of its own ("after heavy
			// fighting") adds no fact to compare: only the first frame,
			// the claim's event, is kept bare.
			f.drop = true
			continue
		}
		res.Frames = append(res.Frames, fr)
	}
	// Mention roles: the first frame (in reading order) that gives one.
	for fi := range r.cands {
		if r.cands[fi].drop || r.cands[fi].absorbed {
			continue
		}
		for _, ra := range r.roles {
			if ra.f == fi && ra.r != roleCount && res.Roles[ra.m] == claims.RoleNone {
				res.Roles[ra.m] = ra.r
			}
		}
	}
	for mi := range c.Mentions {
		if res.Roles[mi] != claims.RoleNone {
			continue
		}
		if c.Mentions[mi].Source {
			res.Roles[mi] = claims.RoleSource
		} else if c.Mentions[mi].Kind == claims.MentionPlace && !r.inActorNP(mi) {
			res.Roles[mi] = claims.RolePlace
		}
	}
}

// roleCount is the pseudo-role of a count in a frame (m is then a count
// index).
const roleCount claims.Role = "count"

// collect returns the mentions with role ro in frame fi, in text order,
// cut from the reader's shared index array.
func (r *Reader) collect(fi int, ro claims.Role) []int {
	start := len(r.ints)
	for _, ra := range r.roles {
		if ra.f == fi && ra.r == ro {
			r.ints = append(r.ints, ra.m)
		}
	}
	return r.sortedTail(start)
}

func (r *Reader) collectCounts(fi int) []int { return r.collect(fi, roleCount) }

// sortedTail sorts r.ints[start:] (a handful of indexes), drops repeats
// and returns it, or nil when it is empty.
func (r *Reader) sortedTail(start int) []int {
	xs := r.ints[start:]
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j] < xs[j-1]; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
	w := 0
	for i, x := range xs {
		if i == 0 || x != xs[w-1] {
			xs[w] = x
			w++
		}
	}
	r.ints = r.ints[:start+w]
	if w == 0 {
		return nil
	}
	return r.ints[start : start+w : start+w]
}

// setRole records that mention m plays ro in frame f, unless it already
// plays a role there.
func (r *Reader) setRole(f, m int, ro claims.Role) {
	if m < 0 || m >= len(r.c.Mentions) {
		return
	}
	for _, ra := range r.roles {
		if ra.f == f && ra.m == m && ra.r != roleCount {
			return
		}
	}
	r.roles = append(r.roles, roleAt{f: f, m: m, r: ro})
}

// hasRole reports whether mention m plays any role in frame f.
func (r *Reader) hasRole(f, m int) bool {
	for _, ra := range r.roles {
		if ra.f == f && ra.m == m && ra.r != roleCount {
			return true
		}
	}
	return false
}

// roleIn returns mention m's role in frame f, or RoleNone.
func (r *Reader) roleIn(f, m int) claims.Role {
	for _, ra := range r.roles {
		if ra.f == f && ra.m == m && ra.r != roleCount {
			return ra.r
		}
	}
	return claims.RoleNone
}

// addCount records that count q belongs to frame f.
func (r *Reader) addCount(f, q int) {
	for _, ra := range r.roles {
		if ra.r == roleCount && ra.m == q {
			return
		}
	}
	r.roles = append(r.roles, roleAt{f: f, m: q, r: roleCount})
}

// countFrame returns the frame count q belongs to, or -1.
func (r *Reader) countFrame(q int) int {
	for _, ra := range r.roles {
		if ra.r == roleCount && ra.m == q {
			return ra.f
		}
	}
	return -1
}
