package extract

import "github.com/concordfacts/concord/claims"

// findMentions returns the named and generic actors and places in u's
// clause [start,end). STUB.
func findMentions(u *unit, start, end int) []claims.Mention { return nil }

// findEvent returns the event of u's clause [start,end). STUB.
func findEvent(u *unit, start, end int) *claims.Event { return nil }

// findAttribution returns the sources u is credited to. STUB.
func findAttribution(u *unit) []claims.Attribution { return nil }

// findHedges returns the hedge cues of u. STUB.
func findHedges(u *unit) []claims.Hedge { return nil }

// findAliases returns the names u declares to be the same. STUB.
func findAliases(u *unit) []claims.DeclaredAlias { return nil }
