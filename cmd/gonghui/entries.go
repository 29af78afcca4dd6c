package main

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/competition"
	"github.com/gonghui/gonghui/democracy"
	"github.com/gonghui/gonghui/dues"
	"github.com/gonghui/gonghui/union"
)

// call is one use of an entry point, from the command line or over HTTP:
// the input document and how the caller named the rules.
type call struct {
	// body is the input: a JSON document (or CSV for dues and funds).
	body []byte
	csv  bool
	// enc is the encoding of CSV input (-encoding, charset=); encHint is
	// how the caller declares GBK, for the error that says the input is not
	// UTF-8 ("-encoding gbk", or the Content-Type with charset=gbk).
	enc     textEncoding
	encHint string
	// spec is the rules named by -policy / -policy-file / -month (or the
	// query string); the body's own "policy" and "month" fill what it leaves.
	spec policySpec
	// plan names the award plan (-plan) for award.
	plan string
	// minimumLiving is -minimum-living for assist and review.
	minimumLiving string
	tag           language.Tag
	format        format
	sector        string
}

// entry is one entry point of the packages, as a subcommand and an
// endpoint (POST /v1/<name>).
type entry struct {
	name    string
	summary string
	// run answers the call: the result to write as JSON and the number of
	// records that failed; err is the whole call's failure (bad input, or a
	// policy error: see isPolicyError).
	run func(c *call) (result any, failed int, err error)
}

// entries are the entry points other than dues (which streams; see
// dues_cmd.go) and presets.
var entries = []entry{
	{"funds", "union funds an employer owes for a month, with late fees (Funds.Assess, Funds.Late)", runFunds},
	{"allocate", "divide an amount between union levels to the fen (Scheme.Allocate)", runAllocate},
	{"uppercase", "write amounts in Chinese financial capitals, 大写 (union.Uppercase)", runUppercase},
	{"assist", "hardship assessment of applicants (assistance Rules.AssessAll)", runAssist},
	{"review", "yearly review of a hardship file (assistance Rules.Review)", runReview},
	{"plan", "form and size of a congress for a headcount (democracy Rules.Plan)", runPlan},
	{"check", "composition check of a congress's delegates (democracy Rules.Check)", runCheck},
	{"decide", "quorum and outcome of a congress vote (democracy Rules.Decide)", runDecide},
	{"count", "count an election's ballots (democracy Election.Count)", runCount},
	{"rank", "rank a contest's entries (competition Scheme.Rank)", runRank},
	{"award", "rank and award a contest (competition Scheme.Rank, Scheme.Award)", runAward},
	{"consult", "check a round of collective wage consultation (democracy ConsultationRules.Check)", runConsult},
	{"proposals", "handle a congress session's proposals (democracy ProposalRules.Process)", runProposals},
	{"mutual", "payouts of mutual medical aid claims (assistance MutualPlan.ClaimAll)", runMutual},
	{"home", "score units on a 职工之家 sheet, with a title's preconditions (competition HomeSheet.AssessAll, HomeTitleRule.Check)", runHome},
}

// findEntry returns the entry called name.
func findEntry(name string) (entry, bool) {
	for _, e := range entries {
		if e.name == name {
			return e, true
		}
	}
	return entry{}, false
}

// decodeBody decodes the call's body into v strictly; an empty body is an
// empty object when allowEmpty.
func decodeBody(c *call, v any) error {
	if len(bytes.TrimSpace(c.body)) == 0 {
		return union.Invalid("", "invalid.required", "")
	}
	return decodeStrict(c.body, v)
}

// --- allocate ---

// allocateRequest is the input of allocate.
type allocateRequest struct {
	Total  decimal.Decimal `json:"total"`
	Policy json.RawMessage `json:"policy,omitempty"`
}

// allocateResult is the answer of allocate.
type allocateResult struct {
	Total       decimal.Decimal   `json:"total"`
	Allocations []dues.Allocation `json:"allocations"`
}

func runAllocate(c *call) (any, int, error) {
	var req allocateRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	if !bytes.Contains(c.body, []byte(`"total"`)) {
		return nil, 0, union.Invalid("total", "invalid.required", "")
	}
	spec, err := c.spec.withBody(req.Policy, union.Period{})
	if err != nil {
		return nil, 0, err
	}
	s, err := resolve(schemePresets, spec)
	if err != nil {
		return nil, 0, err
	}
	as, err := s.Allocate(req.Total)
	if err != nil {
		return nil, 0, err
	}
	return allocateResult{Total: req.Total, Allocations: as}, 0, nil
}

// --- uppercase ---

// uppercaseRequest is the input of uppercase: one amount or several.
type uppercaseRequest struct {
	Amount  *decimal.Decimal  `json:"amount,omitempty"`
	Amounts []decimal.Decimal `json:"amounts,omitempty"`
}

// uppercaseItem is one amount in capitals, or its error.
type uppercaseItem struct {
	Amount    decimal.Decimal  `json:"amount"`
	Uppercase string           `json:"uppercase,omitempty"`
	Errors    []fieldErrorJSON `json:"errors,omitempty"`
}

// uppercaseResult is the answer of uppercase.
type uppercaseResult struct {
	Items  []uppercaseItem `json:"items"`
	Failed int             `json:"failed"`
}

func runUppercase(c *call) (any, int, error) {
	var req uppercaseRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	amounts := req.Amounts
	if req.Amount != nil {
		amounts = append([]decimal.Decimal{*req.Amount}, amounts...)
	}
	if len(amounts) == 0 {
		return nil, 0, union.Invalid("amount", "invalid.required", "")
	}
	if len(amounts) > maxListed {
		return nil, 0, union.Invalid("amounts", "invalid.too_large", "", itoa(maxListed))
	}
	out := uppercaseResult{Items: make([]uppercaseItem, len(amounts))}
	for i, a := range amounts {
		s, err := union.Uppercase(a)
		out.Items[i] = uppercaseItem{Amount: a, Uppercase: s}
		if err != nil {
			out.Items[i].Errors = errorsJSON(union.Prefix(union.Indexed("amounts", i), err), c.tag)
			out.Failed++
		}
	}
	return out, out.Failed, nil
}

// maxListed bounds the lists of the small entry points (amounts, employers).
const maxListed = 100_000

// --- assist, review ---

// assistRequest is the input of assist.
type assistRequest struct {
	Applicants    []assistance.Applicant `json:"applicants"`
	MinimumLiving *decimal.Decimal       `json:"minimum_living,omitempty"`
	Policy        json.RawMessage        `json:"policy,omitempty"`
	Month         union.Period           `json:"month,omitzero"`
}

// assistRules resolves the hardship rules: a policy document, or a preset
// for the place's minimum living standard (required then).
func assistRules(c *call, body json.RawMessage, month union.Period, ml *decimal.Decimal) (assistance.Rules, error) {
	spec, err := c.spec.withBody(body, month)
	if err != nil {
		return assistance.Rules{}, err
	}
	var m decimal.Decimal
	switch {
	case c.minimumLiving != "":
		d, err := decimal.NewFromString(strings.TrimSpace(c.minimumLiving))
		if err != nil {
			return assistance.Rules{}, asPolicyError(union.Inconsistent("minimum_living", "invalid.format", c.minimumLiving))
		}
		m = d
	case ml != nil:
		m = *ml
	case spec.doc == nil:
		return assistance.Rules{}, asPolicyError(union.Inconsistent("minimum_living", "invalid.required", ""))
	}
	return resolve(assistPresets(m), spec)
}

func runAssist(c *call) (any, int, error) {
	var req assistRequest
	trimmed := bytes.TrimSpace(c.body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := decodeStrict(c.body, &req.Applicants); err != nil {
			return nil, 0, err
		}
	} else if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	r, err := assistRules(c, req.Policy, req.Month, req.MinimumLiving)
	if err != nil {
		return nil, 0, err
	}
	b := r.AssessAll(req.Applicants)
	return b, b.Failed, nil
}

// reviewRequest is the input of review.
type reviewRequest struct {
	File          assistance.File      `json:"file"`
	Applicant     assistance.Applicant `json:"applicant"`
	MinimumLiving *decimal.Decimal     `json:"minimum_living,omitempty"`
	Policy        json.RawMessage      `json:"policy,omitempty"`
	Month         union.Period         `json:"month,omitzero"`
}

func runReview(c *call) (any, int, error) {
	var req reviewRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	r, err := assistRules(c, req.Policy, req.Month, req.MinimumLiving)
	if err != nil {
		return nil, 0, err
	}
	res, err := r.Review(req.File, req.Applicant)
	if err != nil {
		return nil, 0, err
	}
	return res, 0, nil
}

// --- plan, check, decide ---

// planRequest is the input of plan.
type planRequest struct {
	Headcount int             `json:"headcount"`
	Policy    json.RawMessage `json:"policy,omitempty"`
	Month     union.Period    `json:"month,omitzero"`
}

func runPlan(c *call) (any, int, error) {
	var req planRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	r, err := congressRules(c, req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	p, err := r.Plan(req.Headcount)
	if err != nil {
		return nil, 0, err
	}
	return p, 0, nil
}

// congressRules resolves the congress rules of a call.
func congressRules(c *call, body json.RawMessage, month union.Period) (democracy.Rules, error) {
	spec, err := c.spec.withBody(body, month)
	if err != nil {
		return democracy.Rules{}, err
	}
	return resolve(congressPresets, spec)
}

// checkRequest is the input of check.
type checkRequest struct {
	Roster democracy.Roster `json:"roster"`
	Policy json.RawMessage  `json:"policy,omitempty"`
	Month  union.Period     `json:"month,omitzero"`
}

func runCheck(c *call) (any, int, error) {
	var req checkRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	r, err := congressRules(c, req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	res, err := r.Check(req.Roster)
	if err != nil {
		return nil, 0, err
	}
	return res, 0, nil
}

// decideRequest is the input of decide.
type decideRequest struct {
	Delegates int               `json:"delegates"`
	Present   int               `json:"present"`
	Tally     democracy.Tally   `json:"tally"`
	Matter    *democracy.Matter `json:"matter,omitempty"`
	Policy    json.RawMessage   `json:"policy,omitempty"`
	Month     union.Period      `json:"month,omitzero"`
}

func runDecide(c *call) (any, int, error) {
	var req decideRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	r, err := congressRules(c, req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	var d democracy.Decision
	if req.Matter != nil {
		d, err = r.DecideMatter(*req.Matter, req.Delegates, req.Present, req.Tally)
	} else {
		d, err = r.Decide(req.Delegates, req.Present, req.Tally)
	}
	if err != nil {
		return nil, 0, err
	}
	return d, 0, nil
}

// --- count ---

// countRequest is the input of count. The election's rules come from
// -policy or "policy" when given, else from the election's own "rules",
// else the union_election preset.
type countRequest struct {
	Election democracy.Election `json:"election"`
	Ballots  []democracy.Ballot `json:"ballots"`
	Policy   json.RawMessage    `json:"policy,omitempty"`
}

func runCount(c *call) (any, int, error) {
	var req countRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	spec, err := c.spec.withBody(req.Policy, union.Period{})
	if err != nil {
		return nil, 0, err
	}
	if spec.name != "" || spec.doc != nil || reflect.ValueOf(req.Election.Rules).IsZero() {
		rules, err := resolve(electionPresets, spec)
		if err != nil {
			return nil, 0, err
		}
		req.Election.Rules = rules
	}
	res, err := req.Election.Count(req.Ballots)
	if err != nil {
		return nil, 0, err
	}
	return res, 0, nil
}

// --- rank, award ---

// rankRequest is the input of rank.
type rankRequest struct {
	Entries []competition.Entry `json:"entries"`
	Policy  json.RawMessage     `json:"policy,omitempty"`
	Month   union.Period        `json:"month,omitzero"`
}

func runRank(c *call) (any, int, error) {
	var req rankRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	s, err := rankScheme(c, req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	r, err := s.Rank(req.Entries)
	if err != nil {
		return nil, 0, err
	}
	return r, 0, nil
}

// rankScheme resolves the contest's scheme.
func rankScheme(c *call, body json.RawMessage, month union.Period) (competition.Scheme, error) {
	spec, err := c.spec.withBody(body, month)
	if err != nil {
		return competition.Scheme{}, err
	}
	return resolve(rankPresets, spec)
}

// awardRequest is the input of award: the entries and scheme as for rank,
// and the award plan (a preset name or a plan object).
type awardRequest struct {
	Entries []competition.Entry `json:"entries"`
	Policy  json.RawMessage     `json:"policy,omitempty"`
	Plan    json.RawMessage     `json:"plan,omitempty"`
	Month   union.Period        `json:"month,omitzero"`
}

// awardResult is the answer of award.
type awardResult struct {
	Ranking competition.Ranking `json:"ranking"`
	Awards  competition.Awards  `json:"awards"`
}

func runAward(c *call) (any, int, error) {
	var req awardRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	s, err := rankScheme(c, req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	planSpec, err := policySpec{name: c.plan, month: c.spec.month}.withBody(req.Plan, req.Month)
	if err != nil {
		return nil, 0, err
	}
	plan, err := resolve(awardPresets, planSpec)
	if err != nil {
		return nil, 0, err
	}
	r, err := s.Rank(req.Entries)
	if err != nil {
		return nil, 0, err
	}
	a, err := s.Award(r, plan)
	if err != nil {
		return nil, 0, err
	}
	return awardResult{Ranking: r, Awards: a}, 0, nil
}

// --- consult, proposals ---

// consultRequest is the input of consult: the round, the caller's holiday
// calendar for its deadlines, and the consultation rules (required).
type consultRequest struct {
	Consultation democracy.Consultation `json:"consultation"`
	Calendar     democracy.Calendar     `json:"calendar"`
	Policy       json.RawMessage        `json:"policy,omitempty"`
	Month        union.Period           `json:"month,omitzero"`
}

func runConsult(c *call) (any, int, error) {
	var req consultRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	r, err := resolve(consultPresets, spec)
	if err != nil {
		return nil, 0, err
	}
	rep, err := r.Check(req.Consultation, req.Calendar)
	if err != nil {
		return nil, 0, err
	}
	return rep, 0, nil
}

// proposalsRequest is the input of proposals: the session and the
// proposal rules (required).
type proposalsRequest struct {
	Session democracy.ProposalSession `json:"session"`
	Policy  json.RawMessage           `json:"policy,omitempty"`
	Month   union.Period              `json:"month,omitzero"`
}

func runProposals(c *call) (any, int, error) {
	var req proposalsRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	r, err := resolve(proposalPresets, spec)
	if err != nil {
		return nil, 0, err
	}
	rep, err := r.Process(req.Session)
	if err != nil {
		return nil, 0, err
	}
	return rep, 0, nil
}

// --- mutual ---

// mutualRequest is the input of mutual: the claims and the plan (required).
type mutualRequest struct {
	Claims []assistance.MutualClaim `json:"claims"`
	Policy json.RawMessage          `json:"policy,omitempty"`
	Month  union.Period             `json:"month,omitzero"`
}

// mutualResult is the answer of mutual: the payouts in the claims' order.
type mutualResult struct {
	Payouts []assistance.MutualPayout `json:"payouts"`
}

func runMutual(c *call) (any, int, error) {
	var req mutualRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	p, err := resolve(mutualPresets, spec)
	if err != nil {
		return nil, 0, err
	}
	ps, err := p.ClaimAll(req.Claims)
	if err != nil {
		return nil, 0, err
	}
	return mutualResult{Payouts: ps}, 0, nil
}

// --- home ---

// homeRequest is the input of home: the units, the sheet (required), and
// optionally a title's preconditions (a preset name such as
// "home_national_title", or a rule object) checked for every unit.
type homeRequest struct {
	Units  []competition.HomeUnit `json:"units"`
	Policy json.RawMessage        `json:"policy,omitempty"`
	Title  json.RawMessage        `json:"title,omitempty"`
	Month  union.Period           `json:"month,omitzero"`
}

// homeResult is the answer of home: each unit's result in the units'
// order, and the number of units per grade.
type homeResult struct {
	Results      []competition.HomeResult       `json:"results"`
	Distribution []competition.HomeDistribution `json:"distribution"`
}

func runHome(c *call) (any, int, error) {
	var req homeRequest
	if err := decodeBody(c, &req); err != nil {
		return nil, 0, err
	}
	spec, err := c.spec.withBody(req.Policy, req.Month)
	if err != nil {
		return nil, 0, err
	}
	s, err := resolve(homePresets, spec)
	if err != nil {
		return nil, 0, err
	}
	if t := bytes.TrimSpace(req.Title); len(t) > 0 && !bytes.Equal(t, []byte("null")) {
		titleSpec, err := policySpec{month: spec.month}.withBody(req.Title, union.Period{})
		if err != nil {
			return nil, 0, err
		}
		rule, err := resolve(homeTitlePresets, titleSpec)
		if err != nil {
			return nil, 0, asPolicyError(union.Prefix("title", err))
		}
		// The sheet is this call's copy; its Title makes AssessAll check
		// the title's preconditions (HomeTitleRule.Check) for every unit.
		s.Title = &rule
	}
	rs, dist, err := s.AssessAll(req.Units)
	if err != nil {
		return nil, 0, err
	}
	return homeResult{Results: rs, Distribution: dist}, 0, nil
}
