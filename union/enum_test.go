package union_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/gonghui/gonghui/union"
)

// enumCase is one value of a shared enum with its expected texts.
type enumCase struct {
	value          fmt.Stringer
	word           string
	hans, hant, en string
}

// textEnum is what every shared enum offers.
type textEnum interface {
	fmt.Stringer
	encoding.TextMarshaler
	Text(language.Tag) string
	Valid() bool
}

var (
	hans = language.SimplifiedChinese
	hant = language.TraditionalChinese
	en   = language.English
)

func TestEnumTexts(t *testing.T) {
	cases := []enumCase{
		{union.National, "national", "全国总工会", "全國總工會", "national"},
		{union.Provincial, "provincial", "省级工会", "省級工會", "provincial"},
		{union.Municipal, "municipal", "市级工会", "市級工會", "municipal"},
		{union.County, "county", "县级工会", "縣級工會", "county"},
		{union.Grassroots, "grassroots", "基层工会", "基層工會", "grassroots"},
		{union.Enterprise, "enterprise", "企业", "企業", "enterprise"},
		{union.Institution, "institution", "事业单位", "事業單位", "public institution"},
		{union.Organ, "organ", "机关", "機關", "government organ"},
		{union.SocialOrganization, "social_organization", "社会组织", "社會組織", "social organization"},
		{union.Active, "active", "在职", "在職", "active"},
		{union.Retired, "retired", "退休", "退休", "retired"},
		{union.Unemployed, "unemployed", "失业", "失業", "unemployed"},
		{union.LaidOff, "laid_off", "下岗", "下崗", "laid off"},
		{union.Transferred, "transferred", "调离", "調離", "transferred"},
		{union.Deceased, "deceased", "死亡", "死亡", "deceased"},
		{union.Withdrawn, "withdrawn", "退会", "退會", "withdrawn"},
		{union.GenderUnknown, "unknown", "未知", "未知", "unknown"},
		{union.Female, "female", "女", "女", "female"},
		{union.Male, "male", "男", "男", "male"},
		{union.HalfUp, "half_up", "四舍五入", "四捨五入", "half up"},
		{union.HalfEven, "half_even", "银行家舍入（四舍六入五成双）", "銀行家捨入（四捨六入五成雙）", "half even"},
		{union.Down, "down", "舍去（向零取整）", "捨去（向零取整）", "truncate (toward zero)"},
		{union.Up, "up", "进位（远离零取整）", "進位（遠離零取整）", "round up (away from zero)"},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%T/%s", c.value, c.word), func(t *testing.T) {
			e := c.value.(textEnum)
			assert.True(t, e.Valid())
			assert.Equal(t, c.word, e.String())
			b, err := e.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.word, string(b))
			assert.Equal(t, c.hans, e.Text(hans))
			assert.Equal(t, c.hant, e.Text(hant))
			assert.Equal(t, c.en, e.Text(en))
			assert.Equal(t, c.hant, e.Text(language.MustParse("zh-TW")))
		})
	}
}

// roundTrip unmarshals every word into a fresh value of the enum and checks it
// marshals back to the same word; an unknown word and an undefined value are
// ErrInvalid.
func roundTrip[E any, P interface {
	*E
	encoding.TextUnmarshaler
}](t *testing.T, words []string, undefined textEnum) {
	t.Helper()
	for _, w := range words {
		var v E
		require.NoError(t, P(&v).UnmarshalText([]byte(w)), w)
		b, err := any(v).(encoding.TextMarshaler).MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w, string(b))
		// Through JSON as well.
		j, err := json.Marshal(map[string]E{"v": v})
		require.NoError(t, err)
		assert.JSONEq(t, `{"v":"`+w+`"}`, string(j))
		var back map[string]E
		require.NoError(t, json.Unmarshal(j, &back))
		assert.Equal(t, v, back["v"])
	}
	for _, bad := range []string{"", "Unknown", "ACTIVE", "nope", " male", "0"} {
		var v E
		err := P(&v).UnmarshalText([]byte(bad))
		assert.ErrorIs(t, err, union.ErrInvalid, "%q", bad)
		var fe *union.FieldError
		if assert.True(t, errors.As(err, &fe)) {
			assert.Equal(t, "invalid.enum", fe.Code)
		}
	}
	assert.False(t, undefined.Valid())
	_, err := undefined.MarshalText()
	assert.ErrorIs(t, err, union.ErrInvalid)
	assert.True(t, strings.HasSuffix(undefined.String(), "(200)"), undefined.String())
	assert.True(t, strings.HasSuffix(undefined.Text(en), "(200)"), undefined.Text(en))
}

func TestEnumRoundTrip(t *testing.T) {
	roundTrip[union.Level](t, []string{"national", "provincial", "municipal", "county", "grassroots"}, union.Level(200))
	roundTrip[union.Sector](t, []string{"enterprise", "institution", "organ", "social_organization"}, union.Sector(200))
	roundTrip[union.MemberStatus](t, []string{"active", "retired", "unemployed", "laid_off", "transferred", "deceased", "withdrawn"}, union.MemberStatus(200))
	roundTrip[union.Gender](t, []string{"unknown", "female", "male"}, union.Gender(200))
	roundTrip[union.RoundingMode](t, []string{"half_up", "half_even", "down", "up"}, union.RoundingMode(200))
}

func TestEnumZeroValues(t *testing.T) {
	assert.Equal(t, union.Active, union.MemberStatus(0))
	assert.Equal(t, union.GenderUnknown, union.Gender(0))
	assert.Equal(t, union.National, union.Level(0))
	assert.Equal(t, union.Enterprise, union.Sector(0))
	assert.Equal(t, union.HalfUp, union.RoundingMode(0))
}

func TestMemberAndOrganizationJSON(t *testing.T) {
	m := union.Member{ID: "E001", Name: "张三", ResidentID: "11010519491231002X", Gender: union.Female,
		Sector: union.Institution, Status: union.Retired, Organization: "U1", Joined: union.MustPeriod("1975-06")}
	b, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"E001","name":"张三","resident_id":"11010519491231002X","gender":"female",
		"sector":"institution","status":"retired","organization":"U1","joined":"1975-06"}`, string(b))
	var back union.Member
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, m, back)

	b, err = json.Marshal(union.Member{ID: "E002"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"E002","sector":"enterprise","status":"active"}`, string(b))

	o := union.Organization{ID: "U1", Name: "某某有限公司工会委员会", CreditCode: "81350100M000100Y4X", Level: union.Grassroots,
		Sector: union.Enterprise, Region: "350100", Parent: "F1", Headcount: 320, Members: 301}
	b, err = json.Marshal(o)
	require.NoError(t, err)
	var ob union.Organization
	require.NoError(t, json.Unmarshal(b, &ob))
	assert.Equal(t, o, ob)
	assert.Contains(t, string(b), `"level":"grassroots"`)

	err = json.Unmarshal([]byte(`{"id":"E3","status":"on_leave"}`), &back)
	assert.ErrorIs(t, err, union.ErrInvalid)
}
