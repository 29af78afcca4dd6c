package democracy

// The reason codes whose code depends on a value, written out in full so
// that every code is a literal a reader (and a test) can find. The enums'
// names are their Sets' (internal/enum).

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
