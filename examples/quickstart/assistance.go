package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/gonghui/gonghui/assistance"
	"github.com/gonghui/gonghui/union"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// assistancePart shows the assistance package at work: one household
// assessed under the Hubei rules at Wuhan's 低保 of 940 yuan.
func assistancePart(w io.Writer, tag language.Tag) error {
	rules := assistance.Hubei2024(decimal.NewFromInt(940))
	a := assistance.Applicant{
		Member: true,
		Household: assistance.Household{
			Members:       3,
			Income:        decimal.NewFromInt(36000),
			RigidExpenses: decimal.NewFromInt(8000),
		},
	}
	res, err := rules.Assess(a)
	if err != nil {
		return err
	}
	heading := headings.Text(tag, "assistance.sheet.heading")
	if _, err := fmt.Fprintln(w, "== "+heading+" =="); err != nil {
		return err
	}
	line := headings.Text(tag, "assistance.sheet.quickstart",
		strconv.Itoa(a.Household.Members), res.PerCapita.StringFixed(2), rules.MinimumLiving.StringFixed(2),
		res.Category.Text(tag), union.FormatCNY(res.AidTotal, tag))
	if _, err := fmt.Fprintln(w, line); err != nil {
		return err
	}
	for _, r := range res.Reasons[1:3] {
		if _, err := fmt.Fprintln(w, "  "+r.Text(tag)); err != nil {
			return err
		}
	}
	return nil
}
