package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// unionPart shows the union package at work: a fund split 60/40 between the
// grassroots union and the level above, an amount in Chinese capitals, a
// resident ID read apart, a reason and a field error in the language picked.
func unionPart(w io.Writer, tag language.Tag) error {
	text := func(code string, args ...string) string {
		return headings.Text(tag, code, args...)
	}
	fmt.Fprintln(w, text("union.quickstart.title"))

	fund := decimal.RequireFromString("12345.67")
	parts, err := union.Split(fund, []decimal.Decimal{decimal.NewFromInt(60), decimal.NewFromInt(40)}, 2)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, text("union.quickstart.split",
		union.FormatCNY(fund, tag), union.FormatCNY(parts[0], tag), union.FormatCNY(parts[1], tag)))

	// Vouchers in zh-Hant regions use the traditional capitals (貳 萬 …).
	capitals, err := union.UppercaseWith(fund, union.UppercaseOptions{
		Traditional: union.MatchLanguage(tag) == language.TraditionalChinese,
	})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, text("union.quickstart.capitals", capitals))

	id, err := union.ParseResidentID("11010519491231002X")
	if err != nil {
		return err
	}
	on := time.Date(2026, time.November, 1, 0, 0, 0, 0, time.UTC)
	fmt.Fprintln(w, text("union.quickstart.resident", id.Masked(), id.Birth().Format(time.DateOnly),
		id.Gender().Text(tag), on.Format(time.DateOnly), fmt.Sprint(id.AgeAt(on)),
		id.Region().ProvinceText(tag), id.Region().String()))

	// Shares of 60% and 30% do not make a whole: the reason says so.
	reason := union.NewReason("policy.sum", "quickstart", "100%", "90%")
	fmt.Fprintln(w, text("union.quickstart.reason", reason.Text(tag)))

	// A mistyped ID on the fourth row of a member list.
	_, err = union.ParseResidentID("110105194912310021")
	var fe *union.FieldError
	if errors.As(union.Prefix(union.Indexed("members", 3), err), &fe) {
		fmt.Fprintln(w, text("union.quickstart.error", fe.Text(tag)))
	}
	return nil
}
