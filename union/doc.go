/*
Package union is the shared vocabulary of gonghui (工会): money and its
rounding, splitting an amount between parties, amounts in Chinese financial
capitals, calendar months and policies that change over time, the identifiers
of people and organisations, the enums every domain package shares, and the
reasons and errors through which every decision explains itself in zh-Hans,
zh-Hant and English.

The domain packages (dues, assistance, democracy, competition) import union and
never each other.

# Money and rounding

Money is [github.com/shopspring/decimal.Decimal] end to end; binary floating
point appears nowhere. Rounding is never implicit: a policy names a [Rounding]
value, the number of decimal places (2 is the fen 分, 1 the jiao 角, 0 the yuan,
-1 ten yuan) and a [RoundingMode]:

  - [HalfUp] (四舍五入, half away from zero), the default of Chinese finance;
  - [HalfEven] (banker's rounding);
  - [Down] (舍去, toward zero), as when the tail of a dues base under ten yuan is dropped;
  - [Up] (进位, away from zero).

Every mode is symmetric around zero, so a refund rounds as the payment it
reverses. [Rounding.Validate] rejects an undefined mode or places outside
[MinPlaces, MaxPlaces].

[FormatCNY] prints an amount as renminbi in the caller's language through
golang.org/x/text: ¥1,234.50, -¥1,234.50; always two decimals, rounded half-up,
exact, in constant time within the decimal limits below ([FormatCNYChecked]
returns the error for an amount beyond them).

# Limits

Every decimal an entry point accepts is within [MaxIntegerDigits] digits
before the point (|d| < 10^15 yuan, far above any union's figures) and
written with at most [MaxFractionDigits] decimal places; [CheckDecimal]
checks both, the exponent first, in constant time and without allocating,
so decimal.New(0, math.MaxInt32) or an exponent near ±10^8 is refused
before any arithmetic sees it (code "invalid.decimal_range"). Every list
and count an entry point accepts has a documented maximum, checked with
[CheckCount] (code "invalid.too_many"); [Split] takes at most [MaxWeights]
weights. A [Period] is a real month: years 1–9999, months 1–12
([Period.Validate]); month arithmetic never overflows, and
[Period.AddMonthsChecked] refuses a result that is no real month.
[Timeline.At] refuses a month that is not real.

# At the boundary: JSON and text

[DecodeJSON] decodes strictly: unknown keys, wrong types, trailing data,
nesting deeper than [MaxJSONDepth], numbers longer than [MaxJSONNumber] and
invalid UTF-8 are errors, every one a [*FieldError] with its JSON path
("members[17].wages.basic"), never a raw error of encoding/json or
shopspring. [ParseDecimal] reads amounts as payroll exports and spreadsheets
write them ("1,200.00", full-width digits); [JSONDecimal] is a decimal that
decodes that way. A bad record of a collective input is a [*RecordError]
(its index, its ID and its field errors); [ErrorsJSON] writes any error as
a list of [FieldErrorJSON] with the text in a chosen language, and
[ErrorFromJSON] reads it back, records included, so errors cross a service
boundary intact. [Reason.Localized] writes a reason with its text beside the
code. A package lists its presets as [Preset] values.

# Splitting

[Split] divides a total between parties in proportion to weights (60 and 40,
or 0.6 and 0.4) by the largest-remainder (Hamilton) method: each part gets its
share rounded down, and the units left over go one each to the largest
remainders, equal remainders to the lower index. The parts always add up
exactly to the total rounded half-up to the places asked for, so a fund split
between union levels reconciles to the last fen. A negative total splits as its
mirror image.

# Chinese capitals

[Uppercase] writes an amount in Chinese financial capitals (人民币大写) under the
People's Bank of China writing rules (正确填写票据和结算凭证的基本规定): 整 after
元, one 零 for a run of zeros, 零 before 分 when 角 is zero, 壹拾 for a leading
ten, 负 for negatives, up to 仟万亿. Of the two forms rule 4 allows it writes
the shorter one (壹仟陆佰捌拾元叁角贰分); [UppercaseWith] and [UppercaseOptions]
give the longer one, the 人民币 prefix, 圆, 整 after 角 and traditional
characters; accounting vouchers (会计基础工作规范 第五十二条: 整 after 角) on a
form that does not print 人民币 take UppercaseOptions{Prefix: true,
ZhengAfterJiao: true}. [ParseUppercase] reads simplified and traditional capitals back to
a decimal and checks the rules as it goes, so the two round-trip:

	s, _ := union.Uppercase(decimal.RequireFromString("107000.53")) // 壹拾万柒仟元伍角叁分
	v, _ := union.ParseUppercase(s)                                 // 107000.53

An amount with more than two decimals is an error, never silently rounded.

# Periods and policies over time

A [Period] is a calendar month ("2026-11" in text and JSON), the unit in which
dues are assessed and rules take effect, with month arithmetic
([Period.AddMonths], [Period.MonthsUntil]) and comparisons. An [Effective]
range (from, until, both inclusive, either end open) says when a policy is in
force. A [Timeline] holds the successive versions of one policy, checked at
construction ([NewTimeline]) to leave no gap and no overlap; [Timeline.At]
returns the version in force in a month, so a payroll system re-running March
2021 gets March 2021's rules.

# Identifiers

[ResidentID] is the 18-character citizen identity number (GB 11643-1999):
region, birth date, sequence and ISO 7064 MOD 11-2 check character;
[ParseResidentID] checks all of them and the value answers [ResidentID.Birth],
[ResidentID.Gender], [ResidentID.AgeAt] and [ResidentID.Region]. Any real
calendar date is a birth date (GB 11643-1999 sets no earliest year; its own
Annex A example was born in 1880); [ParseResidentIDWith] sets a floor where
a caller wants one. AgeAt counts 周岁 as civil practice does, up on the
birthday itself. Errors about a
resident ID mask its middle so logs keep no birth dates.

[CreditCode] is the 18-character unified social credit code (GB 32100-2015):
alphabet without I O Z S V, registration authority and kind, region, the
GB 11714 organisation code with its own check character, and the mod-31 check
character. [CreditCode.IsTradeUnion] tells a union registered as a legal
person (prefix 81).

[Region] is a 6-digit administrative division code (GB/T 2260) with its
province and prefecture and the province's name in three languages.

# Reasons and languages

Results carry [Reason] values: a stable dotted code ("dues.exempt.retired"),
its arguments as strings, and the source it rests on (document and article).
[Reason.Text] renders it in zh-Hans, zh-Hant or en from one message registry
for the whole module, with language matching: zh-TW, zh-HK and zh-MO read
zh-Hant, any English reads en, and every other language falls back to zh-Hans
([MatchLanguage]). Every package registers its codes in one file
(messages_<package>.go); a test proves each code has all three texts with the
same arguments. The shared enums ([Level], [Sector], [MemberStatus], [Gender],
[RoundingMode]) have the same localized Text, and marshal as lower-case English
words.

# Errors

Bad input is [ErrInvalid] and an inconsistent policy [ErrPolicy]; both come as
a [*FieldError] that names the field (a path such as "members[3].wages.bonus"),
a stable code, the offending value and the arguments of its text, and that
[FieldError.Text] renders in the three languages like a reason. [Invalid] and
[Inconsistent] build them, [FieldError.Within] and [Prefix] re-root their
paths (also inside [errors.Join]), [Indexed] formats an index:

	var fe *union.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, fe.Code, fe.Text(language.TraditionalChinese))
	}

Domain outcomes (an ineligible household, a failed motion) are results with
reasons, not errors.

# Texts for people

In zh-Hans and zh-Hant, [FieldError.Text] names a field by its label, not by
its path: 字段 rows[3]的公民身份号码 rather than rows[3].resident_id.
Labels are registered codes "field.<name>", and each package adds those of
its own fields in its messages file ("field.wages.basic" 基本工资 in dues).
[FieldLabel] sets a path's indices aside and looks up the longest suffix
with a label ("field.members.wages.basic", then "field.wages.basic", then
"field.basic"), labels what comes before it the same way, keeps the indices
after their part, and falls back to the raw path. A one-name label applies in
every package, so it is only for names that mean the same everywhere. English keeps the path
itself: it is the text of Error, which developers log and match, and
FieldLabel gives the English words where a sheet wants them.

An enum's parse error (code "invalid.enum") lists the accepted values, by
their names in Chinese (企业、事业单位、机关、社会组织) and by their words in
English, and an enum's UnmarshalText reads back the names its Text prints in
each of the three languages (事业单位, 在职, 退休), besides the JSON words.

# Panic-free and pure

This is a contract, held by the tests and fuzz targets of every function here:

  - No function panics on any input: bad input is an error wrapping
    [ErrInvalid] (or [ErrPolicy] for a policy). At the documented limits
    (see Limits) the work stays bounded. The sole exceptions are the
    Must helpers ([MustPeriod], [MustRegion], [MustResidentID],
    [MustCreditCode]), meant for literals in presets and tests, which panic on
    a malformed literal as a programming error.
  - Every function is pure: no I/O, no clock, no randomness, no global state
    that changes after initialisation, no binary floating point. The same
    input always gives the same output.
  - Every value is immutable and safe for concurrent use; copying a value never
    aliases another.
*/
package union
