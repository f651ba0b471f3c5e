package extract

import (
	"runtime"
)

func defaultJobs() int { return runtime.GOMAXPROCS(0) }
