package main

import "runtime/debug"

// buildVersion may be set at build time with
// -ldflags "-X main.buildVersion=v1.2.3"; it wins over the build info.
var buildVersion string

// readBuildInfo is debug.ReadBuildInfo; tests replace it.
var readBuildInfo = debug.ReadBuildInfo

// version returns concord's version: the -ldflags value when set, else the
// module version recorded by the Go toolchain (what `go install
// module@version` and, from a clone with version control, `go build`
// record), else "dev" with the VCS revision when the build recorded one.
func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	bi, ok := readBuildInfo()
	if !ok {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev != "" {
		return "dev+" + rev[:min(12, len(rev))] + dirty
	}
	return "dev"
}
