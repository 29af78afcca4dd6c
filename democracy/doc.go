// Package democracy models the staff and workers' congress (职工代表大会): its
// size, delegate composition and apportionment, quorum and motions; and union
// elections (工会基层组织选举) with their further rounds.
//
// Every function is pure: the caller passes the facts and a policy and gets a
// result that explains itself with []union.Reason, each citing its document and
// article. Bad input is a *union.FieldError wrapping union.ErrInvalid; an
// inconsistent policy one wrapping union.ErrPolicy. A failed motion, a void
// election or a roster that breaks a rule are results, not errors.
//
// # Thresholds
//
// A Threshold is a share Num/Den of a Base that a count must reach, "at least"
// (以上, 半数以上) or, when Strict, "more than" (过半数). Required gives the
// least whole count, exactly in integers: at least 2/3 of 149 is 100; at least
// half of 150 is 75 and more than half 76. The base is part of the rule: all
// delegates or everyone entitled (BaseAll, what every instrument found uses, so
// that abstentions and absentees count against), those present (BasePresent)
// or the votes cast (BaseCast).
//
// # Congress plan
//
// Rules.Plan(headcount) says whether the unit holds a congress or a general
// meeting (职工大会), the least number of delegates by the jurisdiction's bands
// (Shanghai: 30 and 5 more per further 100 staff, at least 175 from 3,000;
// Zhejiang: 30 / 40 + 7 per 100 / 100 + 20 per 1,000 / 200, with the gaps at
// exactly 100 and 1,000 reported in Plan.Gap and a reason), the presidium, the
// term and the sessions. Rules that rest on secondary sources only are marked
// Unverified and Plan says so.
//
// # Apportionment
//
// Apportion divides the delegates between constituencies (车间, 科室) by the
// largest remainder with a minimum each; equal remainders go to the larger
// constituency, then the lower index, so that the result does not depend on
// the order of the constituencies. ApportionBy offers D'Hondt and
// Sainte-Laguë for callers who need them.
//
// # Composition
//
// Rules.Check measures a delegate roster against the composition rules:
// management at most 20%, frontline staff at least half where the rule says so,
// women not below their share of the staff (a hard floor in Zhejiang, guidance
// in Shanghai), teachers at least 60% in schools, dispatched workers without a
// vote in Zhejiang. Non-voting delegates (列席) are never counted. Every check
// is reported with its actual value, its limit and its source, passing ones too.
//
// Rules.CheckPresidium does the same for a proposed presidium (主席团): its
// size for the number of delegates (Shanghai: 3 to 5 for 30 to 100, a
// permissive band whose breach is a warning; at least 7 from 100, mandatory,
// and governing at exactly 100, as in Plan) and its composition (Shanghai:
// frontline delegates at least half; nationally, 企业民主管理规定 第十九条,
// 工人、技术人员、管理人员 together at least half, a Limit over a union of
// groups). A limit marked Unverified is only ever a warning.
//
// # Motions
//
// Rules.Decide(delegates, present, tally) applies the quorum (2/3 of all
// delegates) and the pass rule (Shanghai 半数以上 or elsewhere 过半数 of ALL
// delegates). Rules.DecideMatter adds what follows from the kind of matter: an
// adopted must-adopt matter (审议通过) binds the unit and all staff; one that is
// not adopted leaves the unit's decision not binding on staff (上海 第三十三条);
// a matter for advice (审议建议) records an opinion. Rules.CallSession decides a
// request for an extraordinary session (a third of the delegates).
//
// # Elections
//
// Election.Count counts one round under ElectionRules (UnionElection:
// 工会基层组织选举工作条例 as quoted): the 差额 margin of the candidate list
// (at least 5%, rounded up to whole candidates, for the kinds of election it
// applies to: committee members, while a chair, vice-chairs or the 经审会
// may be elected 等额; 0 allows 等额 for all), the quorum of the
// entitled, ballots returned above ballots issued voiding the election, invalid
// ballots (more names than seats, a name twice, spoiled), valid blank ballots,
// write-ins (另选他人), winners needing more than half of the entitled, the most
// votes winning when more qualify than there are seats, ties at the last seat
// and unfilled seats. The Result is a full record: votes per name, standings,
// each ballot's Fate by index, and reasons. Election.Next builds the round that
// follows: a tie-break among the tied, or a further election (另行选举) among the
// candidates not elected. ElectionRules.RecallChair decides the recall of a
// chair or vice-chair (more than half of ALL members, 工会法 第十八条);
// RecallDelegate the recall of a congress delegate by the constituency
// (上海市职工代表大会条例 第十九条).
//
// # Policies and presets
//
// Rules and ElectionRules are plain values with Source, Effective and
// Validate() (every problem at once); presets build fresh values on each call:
//
//   - Enterprise (= Enterprise2012): 企业民主管理规定 (总工发〔2012〕12号), only
//     articles 19, 20 and 24 seen in quotations; the rest marked Unverified;
//   - Shanghai2017: 上海市职工代表大会条例 (2010, amended 2017) arts. 4, 10, 11,
//     16, 21, 22, 23, 28, 31, 33, 34;
//   - Zhejiang2010: 浙江省企业民主管理条例 (2010) arts. 7, 8, 10, 11, 14, 15;
//   - School2012: 学校教职工代表大会规定 (教育部令第32号), numbers Unverified;
//   - StateEnterprise1986: 全民所有制工业企业职工代表大会条例 (1986) arts. 12
//     and 18 as quoted, in force until 2012-01; EnterpriseTimeline joins it to
//     Enterprise as a union.Timeline, so a past month gets its own rules;
//   - UnionElection: 工会基层组织选举工作条例 (总工发〔2016〕27号) as quoted,
//     and 中华人民共和国工会法 (2021) art. 18 for recall; UnionElection1992:
//     the 暂行条例 (1992) it replaced, 1992-01 to 2016-09 (ElectionTimeline
//     joins them);
//   - ShanghaiDelegates2017: a constituency's election and recall of
//     congress delegates, 上海市职工代表大会条例 arts. 15 and 19.
//
// Sources are optional on a caller's own policy: its reasons cite OwnRule.
//
// Presets lists them all as union.Preset (name, document, months in force);
// Preset and ElectionPreset build one by name.
//
// Policies and inputs decode strictly (unknown keys, wrong types and
// unknown words are *union.FieldError values with their JSON paths, every
// one reported; union.DecodeJSON also names the element of a list). A
// policy file may name a preset and override some of its fields:
// {"preset": "shanghai2017", "pass": {"strict": true}}; objects merge key by
// key, lists and values replace the preset's. Policies read from JSON are
// validated by every entry point exactly like the presets. Every result
// type round-trips through JSON. Golden JSON of each preset lives in
// testdata/presets.
//
// # Choices where the sources are silent
//
// Partial steps of staff do not add delegates (每增加一百人 counts whole
// hundreds; Band.Partial changes it). A headcount in a band gap gets the larger
// of the neighbouring minimums (GapPolicy). An exactly-100-delegate congress in
// Shanghai gets the mandatory presidium band (at least 7). A further round keeps the winning
// threshold of the entitled but not the 差额 rule, and takes no write-ins; a
// tie-break goes by more votes. The election quorum counts the ballots
// returned. Unfilled seats go to a further round (Shortfall) unless the caller
// leaves them vacant.
//
// # Performance
//
// Decide and Plan allocate once, for their reasons, which carry no arguments
// (the numbers are fields of Decision and Plan). No result shares memory
// with package state or with another result. Count indexes the candidates
// once and counts into a []int; Apportion sorts once per round of minimums
// (largest remainder) or uses a heap (highest averages). Every count and
// list an entry point takes has a documented maximum (MaxPeople,
// MaxDelegateList, MaxConstituencies, MaxSeats, MaxElectionSeats,
// MaxCandidates, MaxBallots, MaxBallotNames, MaxLimits, MaxBands), checked
// with a *union.FieldError naming the field and the limit; at the limits
// every entry point finishes within a second.
package democracy
