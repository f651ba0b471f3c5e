package token

// Months are the English month names, January first, each with its
// abbreviations, folded as FoldKey folds them. They are the one list of
// month names: the sentence splitter, the date tagger, the quantity finder
// and the content finders all read it.
var Months = [12][]string{
	{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
	{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
	{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
}
