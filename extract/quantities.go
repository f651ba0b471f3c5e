package extract

import "github.com/concordfacts/concord/claims"

// findQuantities returns the numbers in u's clause [start,end). STUB.
func findQuantities(u *unit, start, end int) []claims.Quantity { return nil }

// linkAlternatives marks alternative reports across claims. STUB.
func linkAlternatives(cs []claims.Claim) {}
