package claims

import (
	"fmt"
	"time"
)

// Day is a calendar day in the proleptic Gregorian calendar, counted as days
// since 1 January 1970. Its JSON form is "YYYY-MM-DD".
type Day int32

// NewDay returns the Day for year, month and day of month. Out-of-range
// values are normalised the way [time.Date] does (31 April is 1 May).
func NewDay(year int, month time.Month, day int) Day {
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	return Day(t.Unix() / 86400)
}

// ParseDay parses "YYYY-MM-DD".
func ParseDay(s string) (Day, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("claims: bad day %q: %w", s, err)
	}
	return Day(t.Unix() / 86400), nil
}

// Time returns midnight UTC of d.
func (d Day) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// Date returns the year, month and day of month of d.
func (d Day) Date() (year int, month time.Month, day int) { return d.Time().Date() }

// AddDays returns d moved by n days.
func (d Day) AddDays(n int) Day { return d + Day(n) }

// String returns d as "YYYY-MM-DD".
func (d Day) String() string { return d.Time().Format(time.DateOnly) }

// MarshalText implements [encoding.TextMarshaler].
func (d Day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (d *Day) UnmarshalText(b []byte) error {
	v, err := ParseDay(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MonthSpan returns the first and last day of a month.
func MonthSpan(year int, month time.Month) (Day, Day) {
	first := NewDay(year, month, 1)
	return first, NewDay(year, month+1, 1) - 1
}

// YearSpan returns the first and last day of a year.
func YearSpan(year int) (Day, Day) {
	return NewDay(year, time.January, 1), NewDay(year, time.December, 31)
}
