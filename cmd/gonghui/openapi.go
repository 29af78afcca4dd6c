package main

import _ "embed"

// openAPIDocument is the service's OpenAPI 3.1 description, served at
// GET /openapi.json; a test holds it to the handlers.
//
//go:embed openapi.json
var openAPIDocument []byte
