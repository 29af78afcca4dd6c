package union_test

import (
	"errors"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

func TestFieldLabel(t *testing.T) {
	hant := language.TraditionalChinese
	tests := []struct {
		path, hans, hant, en string
	}{
		{"period", "月份", "月份", "month"},
		{"rows[3].resident_id", "rows[3]的公民身份号码", "rows[3]的公民身份號碼", "rows[3] › resident ID number"},
		{"timeline[2].effective.until", "政策时间线[2]的有效期的截止月份", "政策時間線[2]的有效期的截止月份", "policy timeline[2] › months in force › last month"},
		{"weights[1]", "分配比例[1]", "分配比例[1]", "weights[1]"},
		{"batch.items[4].sector", "batch.items[4]的单位类型", "batch.items[4]的單位類型", "batch.items[4] › sector"},
		{"wages.typo", "wages.typo", "wages.typo", "wages.typo"},
		{"nothing[2].known", "nothing[2].known", "nothing[2].known", "nothing[2].known"},
		{"map[a.b].period", "map[a.b]的月份", "map[a.b]的月份", "map[a.b] › month"},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.hans, union.FieldLabel(hans, tt.path), tt.path)
		assert.Equal(t, tt.hant, union.FieldLabel(hant, tt.path), tt.path)
		assert.Equal(t, tt.en, union.FieldLabel(en, tt.path), tt.path)
	}
}

// TestFieldErrorTextLabels: Chinese texts name fields by their labels, not by
// JSON paths; English keeps the path for developers.
func TestFieldErrorTextLabels(t *testing.T) {
	fe := union.Invalid("rows[17].resident_id", "id.check", "110105********0021")
	assert.Equal(t, "字段 rows[17]的公民身份号码：校验码不正确（值为“110105********0021”）", fe.Text(hans))
	assert.Equal(t, "欄位 rows[17]的公民身份號碼：校驗碼不正確（值為「110105********0021」）", fe.Text(language.TraditionalChinese))
	assert.Equal(t, "rows[17].resident_id: has a wrong check character (value \"110105********0021\")", fe.Text(en))

	_, err := union.Split(decimal.New(1, 20), []decimal.Decimal{decimal.NewFromInt(1)}, 2)
	assert.Equal(t, "字段 总额：超出数值范围：整数部分至多 15 位，小数至多 18 位（值为“100000000000000000000”）", union.ErrorText(err, hans))
	err = union.Period{Year: 2024, Month: 13}.Validate()
	assert.Equal(t, "字段 月份：不是有效的月份（年份 1 至 9999，月份 1 至 12）（值为“2024-13”）", union.ErrorText(err, hans))
}

// TestEnumErrorsListWords: an enum error lists the accepted values, by their
// names in Chinese and by their words in English.
func TestEnumErrorsListWords(t *testing.T) {
	var s union.Sector
	err := s.UnmarshalText([]byte("factory"))
	var fe *union.FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "invalid.enum", fe.Code)
	assert.Equal(t, []string{"sector", "enterprise", "institution", "organ", "social_organization"}, fe.Args)
	assert.Equal(t, "字段 单位类型：不是可识别的取值，应为以下之一：企业、事业单位、机关、社会组织（值为“factory”）", fe.Text(hans))
	assert.Equal(t, "欄位 單位類型：不是可識別的取值，應為以下之一：企業、事業單位、機關、社會組織（值為「factory」）", fe.Text(language.TraditionalChinese))
	assert.Equal(t, `sector: is not one of enterprise, institution, organ, social_organization (value "factory")`, fe.Text(en))
	// Through the JSON form and back, the list survives.
	back := union.ErrorFromJSON(union.ErrorsJSON(err, en))
	assert.Equal(t, fe.Text(hans), union.ErrorText(back, hans))
	// An enum without names lists its words in every language.
	err = union.Invalid("variant", "invalid.enum", "x", "", "a", "b")
	assert.Equal(t, "字段 variant：不是可识别的取值，应为以下之一：a、b（值为“x”）", union.ErrorText(err, hans))
}

// TestEnumParseAcceptsPrintedNames: what Text prints in each language reads
// back as the value, so a payroll export's 事业单位 or 退休 decodes.
func TestEnumParseAcceptsPrintedNames(t *testing.T) {
	check := func(name string, want, got any, err error) {
		t.Helper()
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	for _, v := range []union.Sector{union.Enterprise, union.Institution, union.Organ, union.SocialOrganization} {
		for _, tag := range union.Languages() {
			var got union.Sector
			err := got.UnmarshalText([]byte(v.Text(tag)))
			check(v.Text(tag), v, got, err)
		}
	}
	for _, v := range []union.MemberStatus{union.Active, union.Retired, union.Unemployed, union.LaidOff, union.Transferred, union.Deceased, union.Withdrawn} {
		for _, tag := range union.Languages() {
			var got union.MemberStatus
			err := got.UnmarshalText([]byte(v.Text(tag)))
			check(v.Text(tag), v, got, err)
		}
	}
	for _, v := range []union.Level{union.National, union.Provincial, union.Municipal, union.County, union.Grassroots} {
		for _, tag := range union.Languages() {
			var got union.Level
			err := got.UnmarshalText([]byte(v.Text(tag)))
			check(v.Text(tag), v, got, err)
		}
	}
	for _, v := range []union.Gender{union.GenderUnknown, union.Female, union.Male} {
		for _, tag := range union.Languages() {
			var got union.Gender
			err := got.UnmarshalText([]byte(v.Text(tag)))
			check(v.Text(tag), v, got, err)
		}
	}
	for _, v := range []union.RoundingMode{union.HalfUp, union.HalfEven, union.Down, union.Up} {
		for _, tag := range union.Languages() {
			var got union.RoundingMode
			err := got.UnmarshalText([]byte(v.Text(tag)))
			check(v.Text(tag), v, got, err)
		}
	}
	// In a JSON document, as a payroll export writes it.
	var m struct {
		Sector union.Sector       `json:"sector"`
		Status union.MemberStatus `json:"status"`
	}
	require.NoError(t, union.DecodeJSON([]byte(`{"sector":"事业单位","status":"退休"}`), &m))
	assert.Equal(t, union.Institution, m.Sector)
	assert.Equal(t, union.Retired, m.Status)
	require.NoError(t, union.DecodeJSON([]byte(`{"sector":"事業單位","status":"在職"}`), &m))
	assert.Equal(t, union.Institution, m.Sector)
	assert.Equal(t, union.Active, m.Status)
}
