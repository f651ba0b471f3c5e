// Package fold builds comparison keys for names: Unicode folding and a
// transliteration key for names romanised from Arabic.
//
// Keys are for comparing, never for showing: callers keep the original bytes
// for display and provenance, and compare [Fold] or [Key] values.
//
//   - [Fold] normalises a string for comparison: compatibility decomposition
//     (NFKD), combining marks removed (Médecins → medecins), apostrophes,
//     hamza and ayn marks (’ ‘ ʿ ʾ ` ´) unified to ', double quotes to ",
//     dashes (‐ ‑ – — −) to -, case folded, white space collapsed.
//   - [Key] is the transliteration key: the folded name cut into tokens,
//     Arabic articles dropped and common spelling alternations unified, so
//     that Raqqa, Ar-Raqqah and Raqqah all give "raka". The rules are listed,
//     each with an example, on [Key].
//   - [Skeleton] is the consonant skeleton of a key token (Jarabulus and
//     Jarablus both give "jrbls"), a fuzzy signal and a blocking key.
//
// Usage:
//
//	fold.Key("Ahrar ash-Sham") == fold.Key("Ahrar al-Sham") // "ahrar sham"
package fold
