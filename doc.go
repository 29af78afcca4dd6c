// Package gonghui is the tour of an embeddable library of the business rules of
// Chinese trade unions (工会): member dues, union funds and their allocation,
// hardship aid, the staff and workers' congress and union elections, and labour
// and skills competitions. HR, payroll and ERP systems import the rules instead
// of re-deriving them from circulars.
//
// This package holds no code; the work is done in its sub-packages. It links
// all four domain packages, so a program that imports it (import _
// "github.com/gonghui/gonghui") can render any reason or error stored earlier
// by code: each package registers its codes' texts when the program starts
// (see union.Messages).
//
// # Packages
//
//   - [github.com/gonghui/gonghui/union]: the shared vocabulary. Money rounding
//     ([union.Rounding]) and splitting that always reconciles to the fen
//     ([union.Split]), amounts in financial capitals ([union.Uppercase]),
//     calendar months and policies over time ([union.Period], [union.Effective],
//     [union.Timeline]), members, organisations and union levels, resident IDs
//     and unified social credit codes, reasons with localized text, typed errors.
//   - [github.com/gonghui/gonghui/dues]: member dues (会费), the employer's 2%
//     union funds (工会经费) with late fees and preparatory funds, and their
//     allocation between union levels (经费分成), one member or a whole payroll.
//   - [github.com/gonghui/gonghui/assistance]: hardship categories (困难职工:
//     深度困难, 相对困难, 意外致困), exclusions, aid programmes and amounts, and the
//     yearly review.
//   - [github.com/gonghui/gonghui/democracy]: the staff and workers' congress
//     (职工代表大会): size, delegate apportionment and composition, quorum and
//     motions; union elections with ballots, thresholds and further rounds.
//   - [github.com/gonghui/gonghui/competition]: labour and skills competitions
//     (劳动和技能竞赛): indicators, judges, bonuses, vetoes, ranking and awards.
//
// The programs under examples/ show each package at work; run
//
//	go run ./examples/quickstart -lang en
//
// first.
//
// # Input, policy, result
//
// Every domain package works with three kinds of value.
//
//   - An input is what the caller knows: a member and their wage items, a
//     household, ballots, judges' scores. Plain structs with JSON tags.
//   - A policy is the rules in force: rates, thresholds, rounding, shares,
//     quotas. It starts from a named preset (dues.National(),
//     democracy.Enterprise(), assistance.Standard(低保)) and is adjusted by the
//     caller to a province's figures or an employer's statute. A policy knows the
//     documents it encodes (Source) and the months it is in force (Effective);
//     Validate reports every inconsistency at once. Policies are values: copying
//     one never changes another. Where a rule changed over time, a
//     [union.Timeline] gives the policy in force in any month, so a payroll
//     re-run for March 2021 uses March 2021's rules.
//   - A result is the answer and why: amounts, categories, outcomes, and
//     []union.Reason, each with a stable code ("dues.exempt.retired"), its
//     arguments and the source it rests on. [union.Reason.Text] gives it in
//     zh-Hans, zh-Hant or en.
//
// An entry point is a method on its policy:
//
//	a, err := dues.National().Assess(member)           // one member's dues
//	batch := dues.National().AssessAll(members)         // a payroll; never stops at a bad record
//	parts, err := scheme.Allocate(funds)                // 经费分成, reconciled to the fen
//	verdict, err := assistance.Standard(lowIncome).Assess(applicant)
//	decision, err := democracy.Enterprise().Decide(delegates, present, tally)
//	result, err := election.Count(ballots)
//	ranking, err := scheme.Rank(entries)
//
// # Money
//
// Money is github.com/shopspring/decimal.Decimal end to end, never a binary
// float. Rounding is explicit and named in the policy ([union.Rounding]: to the
// fen, the jiao, the yuan or tens of yuan; half-up, half-even, down or up).
// Splitting an amount between parties uses [union.Split], whose parts always add
// up to the whole to the last fen. Amounts print as CNY in the caller's language
// ([union.FormatCNY]) and as financial capitals for vouchers ([union.Uppercase]).
// Batch paths may compute in integer fen internally where that is exact; tests
// hold them equal to the plain decimal path.
//
// # Errors
//
// Bad input never panics and never silently yields a number. It is a
// *[union.FieldError] that names the field and the reason (with localized text
// like a reason), and errors.Is(err, [union.ErrInvalid]) holds for it. A
// policy that contradicts itself (shares that do not add up, a threshold above
// one) wraps [union.ErrPolicy]. Batch calls keep going past a bad record and
// report it at its index. Domain outcomes — an ineligible household, a failed
// motion, a void ballot — are results with reasons, not errors.
//
// # Purity and concurrency
//
// The packages do no I/O, read no clock, draw no random numbers and keep no
// mutable global state: the same input gives the same output, always, from any
// number of goroutines. The batch calls of dues and assistance, and
// competition's Scheme.Rank, split batches of more than 8192 records
// (entrants) among up to GOMAXPROCS goroutines of their own and wait for
// them; the result is the same as one pass, and a panic on one of those
// goroutines reaches the caller's goroutine with its value.
//
// # The edge: a command and a service
//
// Systems not written in Go use the rules through cmd/gonghui: a command
// (gonghui dues, funds, allocate, uppercase, assist, review, plan, check,
// decide, count, rank, award, presets; CSV or JSON in, JSON or CSV out) and
// gonghui serve, an HTTP/JSON service with an OpenAPI 3.1 document. It is the
// only place besides examples/ that does I/O; everything it needs to decode
// strictly, report bad records and write explained results lives in the
// packages as pure functions ([union.DecodeJSON], [union.ErrorsJSON],
// dues.NewCSVReader, dues.NewCompactWriter and each package's Presets).
//
// Below the packages, internal/exact is the one exact integer money kernel
// under every fast path (proven against math/big.Rat by a fuzz target);
// internal/chunk runs a batch's chunks on several goroutines; internal/catalog
// is the one write-once catalogue of codes and texts that every package
// registers its own into; internal/enum gives every enum type its words and
// localized names. None of them is API.
//
// # Where the rules come from
//
// Each rule cites its source document and article in its doc comment and in
// the Source of every reason it gives: the Trade Union Law (工会法), the
// Constitution of the Chinese Trade Unions (中国工会章程), ACFTU circulars,
// provincial regulations, the Provisions on Democratic Management of
// Enterprises (企业民主管理规定), the rules on grassroots union elections
// (工会基层组织选举工作条例) and published competition rules. Where sources
// differ by province, employer or year, the point is a policy parameter with a
// documented default; README.md lists every preset with its documents.
package gonghui

import (
	// The domain packages, linked for their texts (see above).
	_ "github.com/gonghui/gonghui/assistance"
	_ "github.com/gonghui/gonghui/competition"
	_ "github.com/gonghui/gonghui/democracy"
	_ "github.com/gonghui/gonghui/dues"
)
