// Package assistance decides who is in hardship (困难职工), what aid they can
// receive, and when a file is closed: the work of a trade union's aid office.
//
// It is pure: the caller passes an Applicant and the Rules in force, and gets
// back an Assessment that carries its own explanation. Nothing is read or
// remembered; the same input always gives the same output, from any number of
// goroutines.
//
// # Rules and presets
//
// Rules hold the local 低保 (MinimumLiving, per person per month), the
// income tests (Bands and the Accident test), the conditions, the
// exclusions, the aid programmes (Aid) and the review (Exit). Build them
// from a preset and adjust fields:
//
//   - Standard: the current ACFTU system (深度困难 / 相对困难 / 意外致困),
//     as restated by 平顶山市总工会 and the 青岛市总工会 formula;
//   - Generation1: the older 低保户 / 低保边缘户 / 意外致困户 system
//     (《云南省困难职工档案管理办法(试行)》第七条), for re-assessing archives;
//   - Hubei2024 and Shanghai2019: Standard with a region's aid table
//     (湖北省总工会; 沪工总权〔2019〕19号).
//
// Presets take the 低保 as an argument because it changes every year and by
// city. Yearly builds a union.Timeline of rules from the caller's yearly (or
// mid-year) figures, and History joins the two generations at 2018-01, so a
// past month is re-run under that month's rules:
//
//	tl, _ := assistance.Yearly(assistance.Standard,
//		assistance.Figures{From: union.MustPeriod("2023-01"), MinimumLiving: decimal.NewFromInt(1001)},
//		assistance.Figures{From: union.MustPeriod("2025-01"), MinimumLiving: decimal.NewFromInt(1062)})
//	rules, _ := tl.At(union.MustPeriod("2024-06"))
//
// Rules are values: presets build fresh slices, and entry points never change
// the rules they are given. Validate reports every problem of a rule set at
// once (ErrPolicy); Assess, AssessAll and Review call it first, so rules read
// from JSON are checked exactly like presets.
//
// # Categories and the income test
//
// The household is the unit (一户一档). Counted income is Household.Income plus
// the IncomeItems whose kind the rules do not exclude (Standard excludes
// festival gifts and the 城乡居民基础养老金, 江门日报 2025-06-18), plus income
// imputed at the minimum wage to idle members of working age when ImputeIdle
// is set, plus union aid already paid this year when Aid.PaidAsIncome is set.
// Rigid spending is Household.RigidExpenses plus the ExpenseItems of the kinds
// the rules count, plus the persons' self-paid medical costs.
//
// A band compares (income − rigid spending) with Multiple × 低保 for every
// member and month, exactly and without dividing:
//
//	income − rigid  Op  Multiple × 低保 × 12 × members
//
// so no rounding ever decides a category. The per-capita figure
// (income − rigid) ÷ 12 ÷ members is reported, rounded by the named
// Rules.PerCapitaRounding (to the fen, half-up, in the presets). The
// operators are rule parameters, because the sources disagree (平顶山
// "2倍以内", 青岛 strict <, an older city rule "2倍(含)"; docs/rules/hardship.md):
//
//	preset        category        test                                    operator
//	Standard      深度困难        per-capita net income vs 1 × 低保        <  (Qingdao formula)
//	Standard      相对困难        … also less employment costs, vs 2 ×    <  (Qingdao; Pingdingshan "2倍以内" may be read ≤)
//	Standard      意外致困        worker harmed in a major event (Incident): no test (Qingdao; Pingdingshan)
//	Standard      意外致困        or hardship costs vs 80% of income      >  (Qingdao)
//	Generation1   低保户          per-capita gross income vs 1 ×, 6 months <
//	Generation1   低保边缘户      gross vs 1.5 ×, with a cause, and net vs 1 ×   ≤, ≤
//	Generation1   意外致困户      gross vs 3 ×, then (income − costs) vs 1 × ≤, ≤ (assets added above 3 ×)
//	Shanghai2019  深度困难        per-capita net income vs prior-year 低保  ≤
//
// Bands are tried in order and the first met gives the category; the
// 意外致困 test comes after them, so a household that meets an income band is
// filed under it (the more lasting category). Assessment.Threshold is the
// monthly per-capita threshold of that band.
//
// # Conditions, exclusions and documents
//
// Conditions (membership, in service, local hukou, migrant workers' contract
// months and urban residence) and exclusions (two or more homes, a shop,
// employing others, a school fee above 2 × the public fee, self-funded study
// abroad, and optional government-style asset and vehicle caps) are all
// tested, and every failure is a reason with its source: an applicant may
// fail several, and all are reported. Any failure leaves Category None while
// Tested keeps what the income tests gave.
//
// Every filed assessment (or one with a grant) lists in Missing the evidence
// the file still needs (岳阳市总工会 2018): the rules' basic documents, a
// 低保 certificate, a diagnosis from a grade-2+ hospital, a disability
// certificate, school proof, a disaster proof or a labour contract as the
// facts require, less those in Applicant.Evidence.
//
// # Aid
//
// Shanghai2019 pays study aid for 高中 (含中等职业教育) and special education at
// half the university rate, and medical aid only to members with a 重大疾病
// (MedicalRate.SeriousIllnessOnly; 沪工总权〔2019〕19号 as restated).
//
// Aid gives living aid as N months of 低保 (or a fixed amount) by category,
// study aid by school level (with a lower non-filed rate for temporary
// hardship, and no double funding), medical aid as tiered shares of self-paid
// costs with a per-person or per-household cap, accident aid as a capped share
// of hardship costs, and temporary aid for non-filed workers. Aid already
// paid this year is deducted from each programme's entitlement; where a
// category may not stack programmes, only the largest grant is kept.
//
// # Review
//
// Rules.Review decides a File at its yearly review: cancel (retired,
// transferred, deceased, withdrawn, an exclusion or a failed condition),
// exit (脱困: no longer in a category and above 低保 for Exit.Months
// consecutive months), resolved (解困: serious illness or disability, now on
// government 低保 support; the file is kept), move to another category, or
// continue; a kept file's next review is Exit.ReviewMonths later.
//
// # The caller's own rules
//
// Source is optional on Rules, Band and Aid: rules a caller builds from
// scratch need no citation, and their reasons cite OwnRule, saying they are
// the caller's own rule. Presets cite their documents.
//
// # Errors
//
// Bad input (no members, negative amounts, ages or months, more persons than
// members, months both below and above 低保 …) is a *union.FieldError
// wrapping union.ErrInvalid, naming the field ("household.persons[2].age");
// bad rules (a 低保 that is not positive, a multiple below 1, an operator
// pointing the wrong way) wrap union.ErrPolicy. All problems are reported at
// once. An ineligible household is not an error: it is an Assessment with
// reasons. AssessAll never stops at a bad record; a batch of more than 8192
// households is assessed in chunks on up to GOMAXPROCS goroutines, with the
// same result as one pass.
//
// # JSON
//
// Rules and Applicant decode strictly (read a whole document with
// union.DecodeJSON): unknown keys, wrong types and bad decimals are
// *union.FieldError values with the JSON path. A policy file may start from
// a preset, {"preset": "shanghai2019", "minimum_living": "1420", …}: objects
// merge into the preset's, arrays and values replace them. Presets lists the
// presets and Preset builds one by name. DecodeApplicants and
// Rules.AssessJSON read a JSON array record by record and report every bad
// record by index with its ID (union.RecordError). Results write money at
// the fen ("39.20"); a batch item carries its applicant's ID, and a bad item
// is written as its ID and its errors (union.FieldErrorJSON) only, which read
// back as errors.
//
// # Limits
//
// Every size an entry point accepts has a limit, checked by Validate with a
// *union.FieldError naming the field and the limit: MaxMembers members and
// persons, MaxItems income and expense items, MaxPayments payments,
// MaxEvidence documents, MaxSecondaryCauses causes, MaxPolicyItems items in
// each list of the rules, ages up to MaxAge and months up to MaxMonths,
// amounts up to MaxAmount in fen, and every decimal within
// union.CheckDecimal's digits and exponent (an exponent such as
// decimal.New(0, math.MaxInt32) is refused at once, never computed with).
// Nothing inside an oversized list is checked, and validation is linear in
// the lists; AssessAll validates the rules once for the whole batch. A review
// month must leave room for the next review within year 9999.
//
// # Results share nothing
//
// No result shares memory with another result, a later result, the rules,
// the input or package state; no slice of a result has spare capacity, so
// appending to one copies it. AssessAll's items depend on their applicant
// only: shuffling the batch permutes the items and keeps the totals.
//
// # Where the sources are silent
//
// The choices made here, each a parameter: Standard requires membership and
// service for everyone (the sources state membership for migrant workers);
// the income band wins over 意外致困; a review exits only when no category
// applies any more (a 深度 file above 低保 but below 2 × moves to 相对);
// per-capita figures are rounded to the fen half-up; Standard carries no aid
// amounts, which are regional; a per-person medical cap without detailed
// persons is applied to the household's medical items as one person.
package assistance
