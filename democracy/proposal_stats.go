package democracy

import "github.com/gonghui/gonghui/union"

// ProposalStats are a session's counts and rates. Every rate is a Ratio:
// its numerator and denominator are shown, and its percentage is computed
// from them, never from other rounded percentages.
type ProposalStats struct {
	// Submitted is the number of items handed in (收到).
	Submitted int `json:"submitted"`
	// Proposals is the number that qualified as proposals.
	Proposals int `json:"proposals"`
	// Accepted is the number of items accepted, as case leads or merged (立案).
	Accepted int `json:"accepted"`
	// Cases is the number of cases (accepted items, merged ones not counted).
	Cases int `json:"cases"`
	// Merged is the number of items merged into another's case (并案).
	Merged int `json:"merged"`
	// Rejected is the number not accepted on a listed ground (不立案).
	Rejected int `json:"rejected"`
	// Pending is the number of proposals not yet reviewed.
	Pending int `json:"pending"`
	// Opinions is the number handled as opinions, forwarded or returned.
	Opinions int `json:"opinions"`
	// Withdrawn is the number withdrawn.
	Withdrawn int `json:"withdrawn"`

	// Filing is the 立案率: accepted of the FilingBase, counted per
	// MergedCount.
	Filing Ratio `json:"filing"`
	// Replied is the 办复率: cases replied to of all cases.
	Replied Ratio `json:"replied"`
	// Implemented is the 落实率: cases solved or put in a plan (A + B) of all cases.
	Implemented Ratio `json:"implemented"`
	// Satisfied is the 满意率 with 基本满意: satisfied or basically
	// satisfied of the ratings received.
	Satisfied Ratio `json:"satisfied"`
	// SatisfiedStrict is the 满意率 without 基本满意.
	SatisfiedStrict Ratio `json:"satisfied_strict"`
	// Satisfaction is the headline 满意率 the policy reports: Satisfied or
	// SatisfiedStrict, as SatisfactionCountsBasic says.
	Satisfaction Ratio `json:"satisfaction"`
	// Reasons say what each rate counts, with sources.
	Reasons []union.Reason `json:"reasons"`
}

// stats counts a processed session. All counts are bounded by
// MaxProposalItems, so no sum overflows.
func (r ProposalRules) stats(items []ProposalItem, outs []ProposalOutcome) ProposalStats {
	var st ProposalStats
	st.Submitted = len(outs)
	var replied, implemented, rated, satisfied, basic int
	for i, o := range outs {
		switch o.Status {
		case StatusProposal:
			st.Proposals++
			st.Pending++
		case StatusAccepted:
			st.Proposals++
			st.Accepted++
			st.Cases++
			it := items[i]
			if !it.Replied.IsZero() {
				replied++
			}
			if it.Result == ResultSolved || it.Result == ResultPlanned {
				implemented++
			}
			switch it.Feedback {
			case FeedbackSatisfied:
				rated++
				satisfied++
			case FeedbackBasic:
				rated++
				basic++
			case FeedbackUnsatisfied:
				rated++
			}
		case StatusMerged:
			st.Proposals++
			st.Accepted++
			st.Merged++
		case StatusRejected:
			st.Proposals++
			st.Rejected++
		case StatusOpinion, StatusForwarded, StatusReturned:
			st.Opinions++
		case StatusWithdrawn:
			st.Withdrawn++
		}
	}
	den := st.Submitted
	if r.FilingBase == FilingOfProposals {
		den = st.Proposals
	}
	num := st.Accepted
	if r.MergedCount == PerCase {
		num, den = st.Cases, den-st.Merged
	}
	src := r.src(r.StatsSource)
	st.Filing = ratio(num, den)
	st.Replied = ratio(replied, st.Cases)
	st.Implemented = ratio(implemented, st.Cases)
	st.Satisfied = ratio(satisfied+basic, rated)
	st.SatisfiedStrict = ratio(satisfied, rated)
	st.Satisfaction = st.SatisfiedStrict
	headline := "democracy.proposal.rate.satisfaction_strict"
	if r.SatisfactionCountsBasic {
		st.Satisfaction = st.Satisfied
		headline = "democracy.proposal.rate.satisfaction_basic"
	}
	st.Reasons = []union.Reason{
		union.NewReason(filingRateCodes[r.FilingBase][r.MergedCount], src, st.Filing.String()),
		union.NewReason("democracy.proposal.rate.replied", src, st.Replied.String()),
		union.NewReason("democracy.proposal.rate.implemented", src, st.Implemented.String()),
		union.NewReason("democracy.proposal.rate.satisfied", src, st.Satisfied.String(), st.SatisfiedStrict.String()),
		union.NewReason(headline, src, st.Satisfaction.String()),
	}
	return st
}
