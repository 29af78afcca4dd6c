// Command gonghui runs the rules of the gonghui packages for systems not
// written in Go: payroll exports and ERP systems call it as a command (CSV or
// JSON in, JSON or CSV out) or as an HTTP/JSON service.
//
// # Subcommands
//
//	gonghui dues      [flags] [FILE]          member dues of a payroll: dues Policy.AssessAll
//	gonghui funds     [flags] [FILE]          union funds of employers for a month, late fees: dues Funds.Assess, Funds.Late
//	gonghui allocate  [flags] [AMOUNT|FILE]   divide an amount between union levels: dues Scheme.Allocate
//	gonghui uppercase [AMOUNT...|FILE]        amounts in 大写 (Chinese financial capitals): union.Uppercase
//	gonghui assist    [flags] [FILE]          hardship assessment of applicants: assistance Rules.AssessAll
//	gonghui review    [flags] [FILE]          yearly review of a hardship file: assistance Rules.Review
//	gonghui plan      [flags] [FILE]          form and size of a congress: democracy Rules.Plan
//	gonghui check     [flags] [FILE]          composition of a congress's delegates: democracy Rules.Check
//	gonghui decide    [flags] [FILE]          quorum and outcome of a vote: democracy Rules.Decide / DecideMatter
//	gonghui count     [flags] [FILE]          an election's ballots: democracy Election.Count
//	gonghui rank      [flags] [FILE]          a contest's ranking: competition Scheme.Rank
//	gonghui award     [flags] [FILE]          ranking and awards: competition Scheme.Rank, Scheme.Award
//	gonghui consult   [flags] [FILE]          a round of wage consultation: democracy ConsultationRules.Check
//	gonghui proposals [flags] [FILE]          a congress session's proposals: democracy ProposalRules.Process
//	gonghui mutual    [flags] [FILE]          mutual medical aid payouts: assistance MutualPlan.ClaimAll
//	gonghui home      [flags] [FILE]          职工之家 scores and a title's preconditions: competition HomeSheet.AssessAll, HomeTitleRule.Check
//	gonghui presets                           every preset: kind, name, document, effective months
//	gonghui serve     [serve flags]           the HTTP/JSON service
//
// FILE is read whole, or from standard input when it is absent or "-",
// except for dues, whose CSV input streams. dues and funds take CSV (a
// header row with the English field names or the Chinese column names of a
// payroll export: 工号, 姓名, 单位类型, 状态, 人员类别, 基本工资, 岗位工资,
// 薪级工资, 奖金, 津贴 …; the words the packages print, such as 企业,
// 事业单位, 在职, 退休, as values; an empty cell is an absent item; amounts as
// Excel writes them, 1,200.00 included) or JSON; a file ending in .csv or
// .json is read as such, otherwise the first byte decides ('[' or '{' is
// JSON). CSV is UTF-8 unless -encoding says GBK or GB18030 (decoded as it
// streams, strictly: a byte sequence the encoding does not have is an
// error); an undeclared CSV whose first rows are not UTF-8 is one error,
// invalid.not_utf8, that says so and how to fix it, never a guess. JSON is
// always UTF-8. dues JSON is an array of members or
// {"members": [...], "policy": ..., "month": "YYYY-MM", "default_sector": "..."};
// the other subcommands take one JSON object each, the same document that
// their endpoint takes (see openapi.json): consult
// {"consultation", "calendar", "policy"}, proposals {"session", "policy"},
// mutual {"claims", "policy"}, home {"units", "policy", "title"}, where home's
// "title" (a preset such as home_national_title, or a rule object) adds a
// title's preconditions to every unit's result.
//
// # Flags
//
//	-policy NAME       a preset (gonghui presets lists them); each subcommand has a default
//	                   (dues, funds: national; allocate: standard; assist, review: standard;
//	                   plan, check, decide: enterprise; count: union_election), except
//	                   rank, award, consult, proposals, mutual and home, which need one
//	-policy-file F     a policy in JSON, or {"preset": NAME, ...fields that override the preset's}
//	-month YYYY-MM     the month whose rule applies (a preset's timeline picks it);
//	                   for funds also the month assessed (required)
//	-lang TAG          language of texts: zh-Hans (default), zh-Hant or en
//	-compact           dues: the compact JSON form, each reason written once
//	-format json|csv   dues, funds: JSON (default) or a CSV sheet
//	-sector S          dues: the sector of members whose record names none
//	                   (without it such a member is an error)
//	-encoding E        dues, funds: the encoding of CSV input: utf-8 (default), gbk or
//	                   gb18030 (Excel's "CSV (逗号分隔)" on zh-CN Windows is GBK)
//	-minimum-living X  assist, review: the local 低保 per person per month (for a preset)
//	-plan NAME         award: the award plan preset
//
// A request document's own "policy" (a preset name or a policy object) and
// "month" apply where the flags say nothing.
//
// # Output and exit status
//
// Results are written as JSON to standard output, each reason with its text
// in the chosen language beside its code, each error as
// {"field", "code", "value", "args", "kind", "message"}. The exit status is
// 0 when every record is good, 1 when some records failed (the output is
// still complete: every record has its item, a bad one with its errors) or
// the input could not be read, and 2 for a usage or policy error (an unknown
// preset, a policy that does not validate, a month no rule covers).
//
// A payroll of any size streams: rows are read, assessed and written in
// chunks of 16,384 (the dues package reads and decodes rows on one goroutine
// and assesses each chunk on every CPU while the command writes the one before), and
// the chunks' totals merged exactly. While standard error is a terminal,
// gonghui dues shows the rows done and the rows per second there.
//
// # The service
//
//	gonghui serve [-addr 127.0.0.1:8080] [-max-body 33554432] [-read-timeout 30s]
//	              [-write-timeout 2m] [-idle-timeout 2m]
//
// serves
//
//	POST /v1/dues        what gonghui dues takes (JSON, or CSV with Content-Type: text/csv); the same batch JSON
//	POST /v1/<name>      one endpoint per subcommand: funds, allocate, uppercase, assist, review,
//	                     plan, check, decide, count, rank, award, consult, proposals,
//	                     mutual, home
//	GET  /v1/presets     every preset
//	GET  /healthz        {"status": "ok"}
//	GET  /openapi.json   the OpenAPI 3.1 description of all of this
//
// Query parameters stand for the flags: policy, month, compact, format,
// sector, minimum_living, plan, lang. Accept-Language (or lang) picks the
// language of texts. A CSV body is UTF-8 unless its Content-Type declares
// charset=gbk or charset=gb18030; a Content-Type or charset the service does
// not take is a 415. It listens on 127.0.0.1 unless told otherwise. When the
// environment variable GONGHUI_TOKEN is set, every request needs the header
// "Authorization: Bearer <token>" (401 otherwise). Bodies over -max-body get
// 413. Bad input gets a 400 with {"errors": [...]}; a batch with bad records
// is a 200 whose items carry their errors. The log holds method, path,
// status, size and time of each request, never a body or a query. SIGINT or
// SIGTERM stops the service after the requests in flight are answered.
package main
