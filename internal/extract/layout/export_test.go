package layout

// The tests call the layout's parts without Build, which loads the lexicon first.
func init() { useLexicon() }

// ColdDates empties the date cache, so that a benchmark measures Build as it runs on
// a résumé it has not seen.
func ColdDates() {
	dates.Lock()
	dates.find, dates.whole = map[string]dateAnswer{}, map[string]dateAnswer{}
	dates.Unlock()
}
