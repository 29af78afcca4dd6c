package competition

// The last stage of Rank: sorting, ranks, shared ranks and the reasons of
// broken ties.

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gonghui/gonghui/union"
)

// order sorts, ranks and explains.
func (p *plan) order(ws []work) Ranking {
	in := make([]*work, 0, len(ws))
	var out []*work
	for i := range ws {
		if ws[i].out {
			out = append(out, &ws[i])
		} else {
			in = append(in, &ws[i])
		}
	}
	// Sort compact keys (the integer total, when every total has one) so the
	// comparisons stay in cache; equal keys fall back to the full comparison.
	type key struct {
		tot int64
		w   *work
	}
	keys := make([]key, len(in))
	allInt := true
	for i, w := range in {
		keys[i] = key{w.tot, w}
		allInt = allInt && w.totOK
	}
	full := func(a, b *work) int {
		if c := p.cmpTotal(a, b); c != 0 {
			return c
		}
		if c, _ := p.cmpChain(a, b); c != 0 {
			return c
		}
		return strings.Compare(a.st.ID, b.st.ID)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if allInt && a.tot != b.tot {
			if a.tot > b.tot {
				return -1
			}
			return 1
		}
		return full(a.w, b.w)
	})
	for i := range keys {
		in[i] = keys[i].w
	}
	slices.SortFunc(out, func(a, b *work) int { return strings.Compare(a.st.ID, b.st.ID) })

	r := Ranking{Standings: make([]Standing, 0, len(ws)), Ranked: len(in)}
	for i, w := range in {
		w.st.Rank = i + 1
		if i == 0 {
			continue
		}
		prev := in[i-1]
		if !prev.st.Total.Equal(w.st.Total) {
			continue
		}
		key := "exact" // equal published totals, different exact ones (TieOn Exact)
		if p.cmpTotal(prev, w) == 0 {
			var c int
			if c, key = p.cmpChain(prev, w); c == 0 {
				w.st.Rank = prev.st.Rank
				w.st.Shared, prev.st.Shared = true, true
				continue
			}
		}
		decided := key
		if key == noTime {
			decided = TimeKey
		}
		if prev.st.DecidedBy == "" {
			prev.st.DecidedBy = decided
		}
		w.st.DecidedBy = decided
		prev.st.Reasons = append(prev.st.Reasons, p.tieReason("ahead", key, w.st.ID))
		w.st.Reasons = append(w.st.Reasons, p.tieReason("behind", key, prev.st.ID))
	}
	// Shared ranks.
	for i := 0; i < len(in); {
		j := i + 1
		for j < len(in) && in[j].st.Rank == in[i].st.Rank {
			j++
		}
		if j-i > 1 {
			t := Tie{Rank: in[i].st.Rank, Undecided: in[i].st.Rank <= p.s.NoSharedTop}
			for _, w := range in[i:j] {
				t.IDs = append(t.IDs, w.st.ID)
			}
			// One reason for the whole group (its Args shared, read-only):
			// the list of IDs is written once, not once per member.
			reason := union.NewReason("competition.tie.shared", SourceTieBreak, strconv.Itoa(t.Rank), strings.Join(t.IDs, ", "))
			if t.Undecided {
				reason = union.NewReason("competition.tie.undecided", SourceNoSharedRank, reason.Args...)
			}
			for _, w := range in[i:j] {
				w.st.Undecided = t.Undecided
				w.st.Reasons = append(w.st.Reasons, reason)
			}
			r.Ties = append(r.Ties, t)
		}
		i = j
	}
	for _, w := range in {
		r.Standings = append(r.Standings, w.st)
	}
	for _, w := range out {
		w.st.Rank = 0
		r.Standings = append(r.Standings, w.st)
	}
	return r
}

// tieReason explains a tie broken by key between this entrant and other.
func (p *plan) tieReason(side, key, other string) union.Reason {
	switch key {
	case TimeKey:
		return union.NewReason("competition.tie."+side+".time", SourceTieBreak, other)
	case noTime:
		return union.NewReason("competition.tie."+side+".no_time", SourceTieBreak, other)
	case "exact":
		return union.NewReason("competition.tie."+side+".exact", p.s.Source, other)
	}
	return union.NewReason("competition.tie."+side+".indicator", SourceTieBreak, key, other)
}
