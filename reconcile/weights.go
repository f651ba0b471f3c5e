package reconcile

// Match weights of the alignment score (see score.go), in bits: for each
// feature and level, log2(m/u). Level 0 ("unknown"/"missing") weighs
// nothing.
//
// PROVISIONAL: hand-set starting values, to be replaced by the EM
// estimate (see fit_test.go).
var weights = [numFeatures][]float64{
	featText:    {0, 8, 4, 2, 0, -2},
	featClass:   {0, 2.5, 1, 1.5, -5},
	featAgent:   {0, 2, -2},
	featPatient: {0, 2, -1.5},
	featPlace:   {0, 3, -2},
	featDate:    {0, 3, 1.5, -1, -3, -5},
	featCount:   {0, 2, -0.5},
	featNames:   {0, 2, 1, 0, -1.5},
}

// priorWeight is log2 of the prior odds that a candidate pair tells one
// event.
const priorWeight = -6.0
