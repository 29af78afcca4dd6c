package assistance

import (
	"github.com/gonghui/gonghui/internal/enum"
	"github.com/gonghui/gonghui/union"
	"golang.org/x/text/language"
)

// Document is a piece of evidence a hardship file needs (岳阳市总工会
// 《2018年岳阳市困难职工建档流程》, 2018-05-24: documents required).
type Document uint8

// The documents.
const (
	ApplicationForm       Document = iota // 申请审批表和困难职工档案表
	IdentityAndHukou                      // 户主身份证及家庭成员户口簿
	IncomeProof                           // 一年工资流水或单位盖章的收入证明（或失业证明）
	BankCard                              // 本地银行卡
	LowIncomeCertificate                  // 民政部门一年内盖章的低保证明
	Diagnosis                             // 二级及以上医院诊断证明及一年自付票据
	DisabilityCertificate                 // 残疾证（三级及以上）
	DisasterProof                         // 公安或民政部门的灾害、事故证明及票据
	SchoolProof                           // 在校证明及学费票据
	LabourContract                        // 一年以上劳动合同或工会盖章的事实劳动关系证明
	MaritalProof                          // 离婚或丧偶证明
)

var documentEnum = enum.New[Document]("Document", "document", "assistance.document", union.Invalid, "application_form", "identity_and_hukou", "income_proof", "bank_card",
	"low_income_certificate", "diagnosis", "disability_certificate", "disaster_proof", "school_proof",
	"labour_contract", "marital_proof")

// String returns the English word, e.g. "diagnosis".
func (d Document) String() string { return documentEnum.String(d) }

// Text returns the localized name, e.g. 二级及以上医院诊断证明 in zh-Hans.
func (d Document) Text(tag language.Tag) string {
	return documentEnum.Text(d, tag)
}

// Valid reports whether d is one of the defined documents.
func (d Document) Valid() bool { return documentEnum.Valid(d) }

// MarshalText returns the English word; an undefined value is ErrInvalid.
func (d Document) MarshalText() ([]byte, error) {
	return documentEnum.Marshal(d)
}

// UnmarshalText reads the English word; anything else is ErrInvalid.
func (d *Document) UnmarshalText(b []byte) error {
	return documentEnum.Unmarshal(d, b)
}
