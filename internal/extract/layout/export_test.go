package layout

// ColdDates empties the date cache, so that a benchmark measures Build as it runs on
// a résumé it has not seen.
func ColdDates() {
	dates.Lock()
	dates.find, dates.whole = map[string]dateAnswer{}, map[string]dateAnswer{}
	dates.Unlock()
}
