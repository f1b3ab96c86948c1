import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Sweep of sweep-local: 2 grid points × 2 seeds = 4 runs')
assert log =~ /Running 4 sweep points in 2 forked JVMs of 1 thread/ || log =~ /Running 4 sweep points in \d+ forked JVMs? of \d+ threads?/
assert log =~ /\[INFO\] point\s+metric\s+n\s+mean\s+std\s+min\s+max\s+95% CI/
assert log =~ /\[INFO\] 0\.5\s+validation\.loss\s+2\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+\s+[0-9.]+\s+\[[−0-9.]+, [0-9.]+\]/
assert log.contains('All 3 expectation limits met (sweep of sweep-local)')
assert log.contains('4 of 4 sweep points up to date, not run again') : 'the second sweep reruns nothing'
assert !log.contains('\tat ')
def out = new File(basedir, 'target/siamese')
def sweep = new JsonSlurper().parse(new File(out, 'sweep.json'))
assert sweep.schemaVersion == 1
assert sweep.experiment == 'sweep-local'
assert sweep.points*.point == ['1.0', '0.5']
assert sweep.points[1].grid == ['model.margin': '0.5']
assert sweep.points[1].seeds == [1, 2]
def loss = sweep.points[1].metrics['validation.loss']
assert loss.keySet().containsAll(['mean', 'std', 'min', 'max', 'ciLow', 'ciHigh', 'n'])
assert loss.n == 2 && loss.min <= loss.mean && loss.mean <= loss.max && loss.ciLow <= loss.mean && loss.mean <= loss.ciHigh
['1.0-seed-1', '1.0-seed-2', '0.5-seed-1', '0.5-seed-2'].each { p ->
    def r = new JsonSlurper().parse(new File(out, "sweep/$p/results.json"))
    assert r.experiment == "sweep-local-$p"
    assert new File(out, "sweep/$p/model.zip").isFile()
}
assert new JsonSlurper().parse(new File(out, 'sweep/0.5-seed-2/results.json')).spec.seed == 2
assert new File(out, 'sweep.md').text.contains('| 0.5 | validation.loss | 2 |')
assert new File(out, 'sweep.html').text.contains('data:image/png;base64,')
return true
