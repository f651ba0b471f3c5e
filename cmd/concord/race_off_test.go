//go:build !race

package main

// raceEnabled is true when the tests run with the race detector, which
// multiplies the memory a process uses.
const raceEnabled = false
