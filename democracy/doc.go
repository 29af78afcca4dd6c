// Package democracy models the staff and workers' congress (职工代表大会): its size, delegate composition and apportionment, quorum and motions; and union elections.
package democracy
