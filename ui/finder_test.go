package ui

import "testing"

// The finder ranks a name that starts with the query above one that
// merely contains it, and the kind counts only when the query names it.
func TestFinderRanksNameStarts(t *testing.T) {
	all := []place{{text: "func $befriend"}, {text: "func $friendNameLen"}, {text: "global $fries"}}
	if got := findPlaces(all, nil, "fri"); len(got) != 3 || got[0].text == "func $befriend" {
		t.Errorf("fri ranks %v, want $befriend last", got)
	}
	if got := findPlaces(all, nil, "global fri"); len(got) == 0 || got[0].text != "global $fries" {
		t.Errorf("global fri ranks %v", got)
	}
}
