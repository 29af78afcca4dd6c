module github.com/gonghui/gonghui

go 1.26.0

require (
	github.com/shopspring/decimal v1.6.0
	golang.org/x/text v0.43.0
)

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
