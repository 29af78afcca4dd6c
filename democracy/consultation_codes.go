package democracy

import (
	"strconv"

	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// The message codes of the consultation and proposal enums and of the reasons
// whose code depends on a value, written out in full so that every code is
// a literal a reader (and a test) can find.

// enumLabel is the localized name of e from its table of codes, or
// "<typ>(<n>)" for a value out of range.
func enumLabel[E ~uint8](e E, typ string, codes []string, tag language.Tag) string {
	if int(e) < len(codes) {
		return union.Label(tag, codes[e])
	}
	return typ + "(" + strconv.Itoa(int(e)) + ")"
}

// spanUnitCodes name the values of SpanUnit.
var spanUnitCodes = []string{"democracy.span.days", "democracy.span.working_days", "democracy.span.months"}

// balanceCodes name the values of Balance.
var balanceCodes = []string{"democracy.balance.equal", "democracy.balance.employer_not_more"}

// repGroupCodes name the values of RepGroup.
var repGroupCodes = []string{"democracy.rep_group.women", "democracy.rep_group.disabled", "democracy.rep_group.dispatched"}

// anchorCodes name the values of Anchor.
var anchorCodes = []string{"democracy.anchor.requested", "democracy.anchor.replied", "democracy.anchor.first_meeting", "democracy.anchor.agreed", "democracy.anchor.signed", "democracy.anchor.notified"}

// sideCodes name the values of Side.
var sideCodes = []string{"democracy.side.worker", "democracy.side.employer"}

// relationCodes name the values of Relation.
var relationCodes = []string{"democracy.relation.none", "democracy.relation.head", "democracy.relation.investor", "democracy.relation.hr_head", "democracy.relation.relative", "democracy.relation.union_staff"}

// stepKindCodes name the values of StepKind.
var stepKindCodes = []string{"democracy.step.reply", "democracy.step.information", "democracy.step.negotiation", "democracy.step.suspension", "democracy.step.draft", "democracy.step.filing", "democracy.step.review", "democracy.step.publication", "democracy.step.announcement"}

// stepStatusCodes name the values of StepStatus.
var stepStatusCodes = []string{"democracy.status.waiting", "democracy.status.pending", "democracy.status.on_time", "democracy.status.late", "democracy.status.overdue", "democracy.status.not_set"}

// effectCodes name the values of Effect.
var effectCodes = []string{"democracy.effect.not_filed", "democracy.effect.pending", "democracy.effect.in_force", "democracy.effect.objected"}

// guidelineBandCodes name the values of GuidelineBand.
var guidelineBandCodes = []string{"democracy.guideline.above_upper", "democracy.guideline.base_to_upper", "democracy.guideline.lower_to_base", "democracy.guideline.below_lower"}

// lateOutcomeCodes name the values of LateOutcome.
var lateOutcomeCodes = []string{"democracy.late.opinion", "democracy.late.forward", "democracy.late.reject"}

// exclusionCodes name the values of Exclusion.
var exclusionCodes = []string{"democracy.exclusion.none", "democracy.exclusion.outside_powers", "democracy.exclusion.unlawful", "democracy.exclusion.state_secret", "democracy.exclusion.party_internal", "democracy.exclusion.litigation", "democracy.exclusion.academic", "democracy.exclusion.personal", "democracy.exclusion.accusation", "democracy.exclusion.department", "democracy.exclusion.solved", "democracy.exclusion.not_now", "democracy.exclusion.no_suggestion", "democracy.exclusion.promotion"}

// filingBaseCodes name the values of FilingBase.
var filingBaseCodes = []string{"democracy.filing_base.submitted", "democracy.filing_base.proposals"}

// mergedCountCodes name the values of MergedCount.
var mergedCountCodes = []string{"democracy.merged_count.per_input", "democracy.merged_count.per_case"}

// reviewDecisionCodes name the values of ReviewDecision.
var reviewDecisionCodes = []string{"democracy.review.pending", "democracy.review.accept", "democracy.review.reject", "democracy.review.merge"}

// replyResultCodes name the values of ReplyResult.
var replyResultCodes = []string{"democracy.result.none", "democracy.result.solved", "democracy.result.planned", "democracy.result.cannot", "democracy.result.reference"}

// feedbackCodes name the values of Feedback.
var feedbackCodes = []string{"democracy.feedback.none", "democracy.feedback.satisfied", "democracy.feedback.basic", "democracy.feedback.unsatisfied"}

// proposalStatusCodes name the values of ProposalStatus.
var proposalStatusCodes = []string{"democracy.proposal_status.proposal", "democracy.proposal_status.accepted", "democracy.proposal_status.merged", "democracy.proposal_status.rejected", "democracy.proposal_status.opinion", "democracy.proposal_status.forwarded", "democracy.proposal_status.returned", "democracy.proposal_status.withdrawn"}

// Reason codes that depend on a side, a group, a step or a ground.
var (
	sizeCodes           = [...]string{WorkerSide: "democracy.consultation.size.worker", EmployerSide: "democracy.consultation.size.employer"}
	sizeMinCodes        = [...]string{WorkerSide: "democracy.consultation.size_min.worker", EmployerSide: "democracy.consultation.size_min.employer"}
	chiefCodes          = [...]string{WorkerSide: "democracy.consultation.chief.worker", EmployerSide: "democracy.consultation.chief.employer"}
	outsideCodes        = [...]string{WorkerSide: "democracy.consultation.outside.worker", EmployerSide: "democracy.consultation.outside.employer"}
	excludedCodes       = [...]string{WorkerSide: "democracy.consultation.excluded.worker", EmployerSide: "democracy.consultation.excluded.employer"}
	representationCodes = [...]string{
		RepWomen:      "democracy.consultation.representation.women",
		RepDisabled:   "democracy.consultation.representation.disabled",
		RepDispatched: "democracy.consultation.representation.dispatched",
	}
	stepCodes = [...]string{
		StepReply:        "democracy.consultation.step.reply",
		StepInformation:  "democracy.consultation.step.information",
		StepNegotiation:  "democracy.consultation.step.negotiation",
		StepSuspension:   "democracy.consultation.suspension",
		StepDraft:        "democracy.consultation.step.draft",
		StepFiling:       "democracy.consultation.step.filing",
		StepReview:       "democracy.consultation.step.review",
		StepPublication:  "democracy.consultation.step.publication",
		StepAnnouncement: "democracy.consultation.step.announcement",
	}
	bandCodes = [...]string{
		AboveUpper:  "democracy.guideline.band.above_upper",
		BaseToUpper: "democracy.guideline.band.base_to_upper",
		LowerToBase: "democracy.guideline.band.lower_to_base",
		BelowLower:  "democracy.guideline.band.below_lower",
	}
	rejectedCodes = [...]string{
		ExclusionNone:          "",
		ExclusionOutsidePowers: "democracy.proposal.rejected.outside_powers",
		ExclusionUnlawful:      "democracy.proposal.rejected.unlawful",
		ExclusionStateSecret:   "democracy.proposal.rejected.state_secret",
		ExclusionPartyInternal: "democracy.proposal.rejected.party_internal",
		ExclusionLitigation:    "democracy.proposal.rejected.litigation",
		ExclusionAcademic:      "democracy.proposal.rejected.academic",
		ExclusionPersonal:      "democracy.proposal.rejected.personal",
		ExclusionAccusation:    "democracy.proposal.rejected.accusation",
		ExclusionDepartment:    "democracy.proposal.rejected.department",
		ExclusionSolved:        "democracy.proposal.rejected.solved",
		ExclusionNotNow:        "democracy.proposal.rejected.not_now",
		ExclusionNoSuggestion:  "democracy.proposal.rejected.no_suggestion",
		ExclusionPromotion:     "democracy.proposal.rejected.promotion",
	}
	lateCodes = [...]string{
		LateOpinion: "democracy.proposal.late.opinion",
		LateForward: "democracy.proposal.late.forward",
		LateReject:  "democracy.proposal.late.reject",
	}
	filingRateCodes = [...][2]string{
		FilingOfSubmitted: {PerInput: "democracy.proposal.rate.filing.submitted.per_input", PerCase: "democracy.proposal.rate.filing.submitted.per_case"},
		FilingOfProposals: {PerInput: "democracy.proposal.rate.filing.proposals.per_input", PerCase: "democracy.proposal.rate.filing.proposals.per_case"},
	}
)
