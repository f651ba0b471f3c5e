package claims

import (
	"encoding/json"
	"testing"
	"time"
)

func day(s string) Day {
	d, err := ParseDay(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDay(t *testing.T) {
	d := NewDay(2014, time.February, 29) // normalised to 1 March
	if got := d.String(); got != "2014-03-01" {
		t.Errorf("NewDay(2014, Feb, 29) = %s, want 2014-03-01", got)
	}
	b, err := json.Marshal(struct{ D Day }{day("2013-12-31")})
	if err != nil || string(b) != `{"D":"2013-12-31"}` {
		t.Errorf("marshal = %s, %v", b, err)
	}
	var v struct{ D Day }
	if err := json.Unmarshal([]byte(`{"D":"2016-02-29"}`), &v); err != nil || v.D.String() != "2016-02-29" {
		t.Errorf("unmarshal = %v, %v", v.D, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"2016-13-01"}`), &v); err == nil {
		t.Error("a bad day unmarshalled without error")
	}
	first, last := MonthSpan(2014, time.February)
	if first.String() != "2014-02-01" || last.String() != "2014-02-28" {
		t.Errorf("MonthSpan = %s..%s", first, last)
	}
	if y0, y1 := YearSpan(2015); y0.String() != "2015-01-01" || y1.String() != "2015-12-31" {
		t.Errorf("YearSpan = %s..%s", y0, y1)
	}
	if day("1969-12-31") >= day("1970-01-01") {
		t.Error("days before the epoch do not order before it")
	}
}

func TestTimeSpanOverlaps(t *testing.T) {
	span := func(a, b string, m Modifier) TimeSpan { return TimeSpan{Start: day(a), End: day(b), Modifier: m} }
	tests := []struct {
		name string
		a, b TimeSpan
		want bool
	}{
		{"by 28 February meets 27 February", span("2014-02-24", "2014-02-28", ModBefore), span("2014-02-27", "2014-02-27", ""), true},
		{"by 28 February meets a day before its narrative start", span("2014-02-24", "2014-02-28", ModBefore), span("2014-02-01", "2014-02-01", ""), true},
		{"by 28 February does not meet 4 March", span("2014-02-24", "2014-02-28", ModBefore), span("2014-03-04", "2014-03-04", ""), false},
		{"September 2014 meets 14 September", span("2014-09-01", "2014-09-30", ""), span("2014-09-14", "2014-09-14", ""), true},
		{"different days", span("2014-01-02", "2014-01-02", ""), span("2014-01-05", "2014-01-05", ""), false},
		{"since October meets next year", span("2013-10-01", "2013-12-31", ModAfter), span("2014-03-01", "2014-03-01", ""), true},
		{"since October does not meet September", span("2013-10-01", "2013-12-31", ModAfter), span("2013-09-30", "2013-09-30", ""), false},
		{"touching ends", span("2014-01-01", "2014-01-10", ""), span("2014-01-10", "2014-01-20", ""), true},
	}
	for _, tt := range tests {
		if got := tt.a.Overlaps(tt.b); got != tt.want {
			t.Errorf("%s: a.Overlaps(b) = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Overlaps(tt.a); got != tt.want {
			t.Errorf("%s: b.Overlaps(a) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestQuantityOverlaps(t *testing.T) {
	n := func(v float64) *float64 { return &v }
	exact := func(v float64) Quantity { return Quantity{Low: n(v), High: n(v)} }
	tests := []struct {
		name string
		a, b Quantity
		want bool
	}{
		{"26 vs 16", exact(26), exact(16), false},
		{"26 vs 26", exact(26), exact(26), true},
		{"up to 50 vs 42", Quantity{High: n(50)}, exact(42), true},
		{"up to 50 vs 70", Quantity{High: n(50)}, exact(70), false},
		{"at least 40 vs 21", Quantity{Low: n(40)}, exact(21), false},
		{"at least 40 vs 270", Quantity{Low: n(40)}, exact(270), true},
		{"more than 24 vs 24", Quantity{Low: n(24), LowExclusive: true}, exact(24), false},
		{"more than 24 vs 25", Quantity{Low: n(24), LowExclusive: true}, exact(25), true},
		{"fewer than 10 vs 10", Quantity{High: n(10), HighExclusive: true}, exact(10), false},
		{"range 5,641–6,991 vs 6,000", Quantity{Low: n(5641), High: n(6991)}, exact(6000), true},
		{"dozens vs 120", Quantity{Low: n(24), High: n(99)}, exact(120), false},
		{"open vs anything", Quantity{}, exact(3), true},
	}
	for _, tt := range tests {
		if got := tt.a.Overlaps(tt.b); got != tt.want {
			t.Errorf("%s: a.Overlaps(b) = %v, want %v", tt.name, got, tt.want)
		}
		if got := tt.b.Overlaps(tt.a); got != tt.want {
			t.Errorf("%s: b.Overlaps(a) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSeverity(t *testing.T) {
	if !(Conflict.Severity() > Variant.Severity() && Variant.Severity() > Corroboration.Severity() && Corroboration.Severity() > FindingKind("x").Severity()) {
		t.Error("severity does not rank conflict > variant > corroboration > unknown")
	}
}
