package main

import (
	"bytes"
	"encoding/json"
	"runtime/debug"
	"testing"

	"github.com/concordfacts/concord/claims"
	"github.com/concordfacts/concord/reconcile"
)

func TestVersion(t *testing.T) {
	oldV, oldRead := buildVersion, readBuildInfo
	t.Cleanup(func() { buildVersion, readBuildInfo = oldV, oldRead })
	info := func(v string, settings ...debug.BuildSetting) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			return &debug.BuildInfo{Main: debug.Module{Path: "github.com/concordfacts/concord", Version: v}, Settings: settings}, true
		}
	}
	tests := []struct {
		name string
		flag string
		read func() (*debug.BuildInfo, bool)
		want string
	}{
		{"-ldflags wins", "v9.9.9", info("v1.2.3"), "v9.9.9"},
		{"go install module@version", "", info("v1.2.3"), "v1.2.3"},
		{"go build in a clone with a tag", "", info("v0.3.1-0.20261101120000-0123456789ab+dirty"), "v0.3.1-0.20261101120000-0123456789ab+dirty"},
		{"go build without version control", "", info("(devel)"), "dev"},
		{"a development build with a revision", "", info("(devel)", debug.BuildSetting{Key: "vcs.revision", Value: "0123456789abcdef0123"}, debug.BuildSetting{Key: "vcs.modified", Value: "true"}), "dev+0123456789ab-dirty"},
		{"no build info", "", func() (*debug.BuildInfo, bool) { return nil, false }, "dev"},
	}
	for _, tt := range tests {
		buildVersion, readBuildInfo = tt.flag, tt.read
		if got := version(); got != tt.want {
			t.Errorf("%s: version() = %q, want %q", tt.name, got, tt.want)
		}
	}
	// SARIF's driver.version is the same.
	buildVersion, readBuildInfo = "", info("v1.2.3")
	if s := sarifDriverVersion(t); s != "v1.2.3" {
		t.Errorf("SARIF driver.version %q", s)
	}
}

// sarifDriverVersion returns driver.version of the SARIF of an empty report.
func sarifDriverVersion(t *testing.T) string {
	var buf bytes.Buffer
	if err := writeSARIF(&buf, &result{rep: &reconcile.Report{SchemaVersion: claims.SchemaVersion, Findings: []claims.Finding{}}}); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	return log.Runs[0].Tool.Driver.Version
}
