package assistance

// Reason codes built from enum words, computed once so the hot path does not
// concatenate strings. The tables are never changed after initialisation.

// bandCodeSet holds the reason codes of one category's income band.
type bandCodeSet struct{ met, notMet, months, cause, residual string }

var (
	bandCodes    = buildBandCodes()
	filedCodes   = prefixed("assistance.filed.", categoryEnum.Words())
	missingCodes = prefixed("assistance.document.missing.", documentEnum.Words())
	studyCodes   = prefixed("assistance.aid.study.", schoolEnum.Words())
	paidCodes    = prefixed("assistance.aid.paid.", programmeEnum.Words())

	notStackedCodes     = prefixed("assistance.aid.not_stacked.", programmeEnum.Words())
	excludedIncomeCodes = buildExcludedIncomeCodes()
	incidentCodes       = buildIncidentCodes()
)

// buildIncidentCodes gives "assistance.accident.incident.<incident>.<harm>".
func buildIncidentCodes() [256][len(harmWordsFixed)]string {
	var out [256][len(harmWordsFixed)]string
	for i, w := range incidentEnum.Words() {
		for j, h := range harmWordsFixed {
			out[i][j] = "assistance.accident.incident." + w + "." + h
		}
	}
	return out
}

func buildExcludedIncomeCodes() [len(knownIncome)]string {
	var out [len(knownIncome)]string
	for i, k := range knownIncome {
		out[i] = "assistance.income.excluded." + string(k)
	}
	return out
}

func buildBandCodes() [256]bandCodeSet {
	var out [256]bandCodeSet
	for i, w := range categoryEnum.Words() {
		out[i] = bandCodeSet{
			met:      "assistance.band.met." + w,
			notMet:   "assistance.band.not_met." + w,
			months:   "assistance.band.months." + w,
			cause:    "assistance.band.cause." + w,
			residual: "assistance.band.residual." + w,
		}
	}
	return out
}

func prefixed(prefix string, words []string) [256]string {
	var out [256]string
	for i, w := range words {
		out[i] = prefix + w
	}
	return out
}
