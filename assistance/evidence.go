package assistance

import "math/bits"

// missingDocuments lists the evidence a file for the assessed household
// still needs (岳阳市总工会《2018年岳阳市困难职工建档流程》): the rules'
// documents for every file, plus
//
//   - the low-income certificate when the household receives 低保;
//   - a diagnosis from a hospital of grade 2 or above when a member is
//     seriously ill or has self-paid medical costs, or serious illness is a cause;
//   - a disability certificate when a member is disabled;
//   - school proof when a member is a student;
//   - proof of the disaster or accident when that is a cause or an
//     Incident is recorded;
//   - the labour contract (≥ 1 year) for a migrant worker.
func (r *Rules) missingDocuments(a *Applicant, res *builder) {
	h := &a.Household
	var need uint32
	for _, d := range r.Documents {
		need |= 1 << d
	}
	if h.OnMinimumLiving {
		need |= 1 << LowIncomeCertificate
	}
	if a.hasCause(SeriousIllness) {
		need |= 1 << Diagnosis
	}
	if a.hasCause(NaturalDisaster) || a.hasCause(CauseAccident) || a.Incident != NoIncident {
		need |= 1 << DisasterProof
	}
	for i := range h.Persons {
		p := &h.Persons[i]
		if p.SeriousIllness || p.MedicalSelfPaid.IsPositive() {
			need |= 1 << Diagnosis
		}
		if p.Disability > 0 {
			need |= 1 << DisabilityCertificate
		}
		if p.School != NotInSchool {
			need |= 1 << SchoolProof
		}
	}
	if a.Migrant {
		need |= 1 << LabourContract
	}
	for _, d := range a.Evidence {
		need &^= 1 << d
	}
	if need != 0 {
		res.Missing = make([]Document, 0, bits.OnesCount32(need))
	}
	for d := Document(0); int(d) < documentEnum.Len(); d++ {
		if need&(1<<d) != 0 {
			res.Missing = append(res.Missing, d)
			res.add(missingCodes[d], r.cite(srcYueyang))
		}
	}
}
