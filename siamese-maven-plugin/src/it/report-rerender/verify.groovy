def log = new File(basedir, 'build.log').getText('UTF-8')
def report = new File(basedir, 'results/report.html')
assert report.isFile()
assert log.contains('[INFO] Wrote results/report.html') : 'the report named relative to where Maven was started'
def html = report.getText('UTF-8')
assert html.contains('<h2 id="why">Why</h2>')
// dense-3's verdicts, triggered first, with their figures
assert html.indexOf('class="verdict triggered"><b>dead units</b>') < html.indexOf('class="verdict clear"')
assert html.contains('1 of 2 expectations met.')
assert html.contains('<tr class="missed"><td>validation.rocAuc</td>')
assert html.contains('alt="Gradient norm per layer"')
assert !html.contains(basedir.path): 'no absolute build paths in the page'
assert !log.toLowerCase().contains('nd4j'): 'no ND4J for a report'
assert log.contains('BUILD SUCCESS')
return true
