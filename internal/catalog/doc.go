// Package catalog is the module's one catalogue of reason and error codes
// with their texts in zh-Hans, zh-Hant and en.
//
// Each package owns its codes: it keeps its texts in its own messages file and
// registers them from an init function, so that they are in the catalogue
// before any call of any function of the package. The catalogue is
// write-once: it is sealed the first time it is read (Lookup, Printer, All),
// and a Register after that, or a code registered twice, panics at program
// start-up, naming the code or the package. A program sees the codes of the
// packages it links; the root package gonghui links all of them, so a program
// that imports it renders any reason stored earlier.
//
// The package imports no gonghui package. Package union reads it for
// Reason.Text, Label and FieldError texts; internal/enum for enum names.
package catalog
