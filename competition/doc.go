// Package competition models labour and skills competition scoring (劳动和技能竞赛):
// indicators, judges, bonuses, vetoes, ranking and awards, and the honours
// that follow them.
//
// Every rule cites the document it rests on (a competition's published rules,
// an ACFTU notice, the State Council regulation on rationalisation
// proposals and its article); the Source* constants hold the citations, and
// every reason a result carries names one (OwnRule for a caller's own rule).
//
// # Schemes and ranking
//
// A Scheme is the policy: weighted indicators (weights add up to 1 exactly),
// the trimming of judges' scores (drop Trim highest and lowest when at least
// MinJudges judges scored; one instance of a repeated extreme each), optional
// maxima, "lower is better" indicators normalised against the field, bonus and
// deduction caps, the places of the totals and the tie-break chain. Presets:
// TheoryPractical (3:7, theory capped at 30%), NationalSkills (no shared medal
// places), Trimmed5 (five judges, drop high and low), Rubric2018 (plain mean,
// 35/35/30).
//
//	r, err := competition.TheoryPractical().Rank(entries)
//
// Scheme.Rank validates the scheme (ErrPolicy) and every entry (ErrInvalid,
// every problem at once), computes each total exactly and rounds it once,
// half-up. Ranked entrants come first, then vetoed and disqualified ones with
// rank 0. Each Standing carries its breakdown (per indicator: the aggregate,
// the scores dropped, the weight; the bonus and deduction counted) and its
// reasons, including which tie-break decided its place.
//
// # Ties
//
// Ties are judged on the published totals (rounded to Places) by default, as a
// union posting a results sheet would: two entrants shown with 91.25 are tied,
// whatever the third decimal. Set TieOn to Exact to compare the exact totals
// first. Then come the TieBreak indicators in order, the completion time (the
// shorter first, and a recorded time before none, so that the comparison is
// a total order and the result never depends on the order of the entries;
// the reason says when the missing time decided), and finally a shared rank
// (1, 2, 2, 4). With NoSharedTop, a tie left in the
// medal places is not published as shared but reported in Ranking.Ties for
// the jury to decide. Entrants who share a rank are listed by ID, so a ranking
// never depends on the order of the entries.
//
// # Awards and titles
//
// Award gives tiers by cumulative cut-off: tier k reaches floor((Share_1 + … +
// Share_k) × n) of the n ranked entrants; ties at a cut-off share the better
// tier. Tiers may also be fixed counts (1 / 2 / 5) or reach a share from the
// top ("top half" 优胜奖). Award returns no error and never panics; validate
// tiers with ValidateTiers, or use Scheme.Award with an AwardPlan, which
// validates, applies a minimum field size and maps places or tiers to titles
// (全国技术能手, 五一劳动奖章 nominations, promotion to 技师 or 高级技师; see
// Promote). Plan presets: Quota2012 and Quota2012Intermediate (the 2012
// final promotes by group), NationalSkills2020, WorkerSkills2015,
// WorkerSkills8, Guizhou2023, Hebei.
//
// # Teams, honours, nominations, proposals
//
// TeamRules.RankTeams ranks teams by the sum or mean of their members'
// totals, ties by team time (TeamSum3). HonourRules.Check applies the
// employer bars of 工人先锋号 and 五一劳动奖 (same-year arrears, no union or
// congress, an incident within 3 years: Honours). NominationRules.Check reports
// each group's share of a nomination list against its limit: the 五一劳动奖章
// (MayDay2022, MayDay2024, MayDayTimeline), the 奖状 (MayDayCertificates2022,
// MayDayCertificates2024) and the 工人先锋号 (Vanguard2022, Vanguard2024: 班组
// at least 70%), each list with its own non-public share, and Xiamen2016; the
// published 2022 and 2024 results pass (testdata/cases). ProposalTable.Grade
// and GradeProposal grade a rationalisation proposal (合理化建议) by its annual
// benefit under the State Council tables of 1982 and 1986 (Proposals1982,
// Proposals1986, ProposalsTimeline): a borrowed result one tier lower, a
// technical reserve within the last tier, no double award and only the
// difference paid on re-grading.
//
// # Numbers
//
// Rank scales scores to integers once (six decimals), sums trimmed scores and
// weights in int64 and divides once at the end, half-up; any value that does
// not fit takes an exact rational path with the same result (a test holds the
// two paths equal). From 2 × 4,096 entrants Rank aggregates and totals in
// chunks on several goroutines (internal/chunk, as the batches of dues and
// assistance); the result does not depend on the split, and a panic in a
// chunk reaches the caller's goroutine.
//
// # Limits
//
// Every size an entry point accepts has a documented maximum (MaxEntrants,
// MaxIndicators, MaxJudges, MaxTrim, MaxScores, MaxLines, MaxTiers,
// MaxTitles, MaxQuotas, MaxNominees, MaxBands, MaxIncidents,
// MaxLookbackMonths), and every decimal must lie within the module's decimal
// limits; beyond them the call returns a *union.FieldError naming the field
// and the limit, before any work. At the limits each entry point stays within
// a second and 512 MB (BenchmarkLimits), and nothing is quadratic in a
// caller's list: a trimmed mean sorts in O(m log m), a tie lists its members
// once, a title over tiers costs one lookup per standing.
// bench_test.go keeps two plain shopspring baselines on 10,000 entrants × 10
// indicators × 7 judges: one that builds the very same Ranking with decimal
// arithmetic (a test holds the JSON of both equal), and a leaner one that
// computes totals and ranks only (a test holds those equal).
//
//	go test -run '^$' -bench Rank10k -benchtime=3x -benchmem ./competition
//
// # JSON
//
// Every policy and input type decodes strictly (union.DecodeJSON): an unknown
// key, a value of the wrong type or a bad decimal is a *union.FieldError
// with its JSON path, every problem at once. A policy file may name a preset
// and override fields, {"preset": "national_skills", "places": 1}; Presets
// lists the presets (name, document, months) and Preset finds one by name.
// DecodeEntries reads an array of sheets record by record, each bad record a
// *union.RecordError with its index and ID. Results round-trip through JSON,
// and field paths have labels in three languages ("field.<path>").
//
// # Values
//
// Schemes, plans and results are plain values with JSON tags (snake_case,
// decimals as strings, enums as lower-case words); presets build fresh slices,
// and no function changes its arguments. Every function is safe for
// concurrent use and gives the same output for the same input.
package competition
