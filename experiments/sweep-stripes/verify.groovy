import groovy.json.JsonSlurper

def sweep = new JsonSlurper().parse(new File(basedir, 'target/siamese/sweep.json'))
assert sweep.points*.point == ['dense-1', 'dense-3', 'dense-3-no-dropout']
sweep.points.each { p ->
    assert p.seeds == (new File(basedir, 'target/siamese/sweep/dense-1-seed-5').exists() ? [1, 2, 3, 4, 5] : [1, 2])
    assert p.failed == []
    assert p.metrics['validation.rocAuc'].keySet().containsAll(['mean', 'std', 'min', 'max', 'ciLow', 'ciHigh', 'n'])
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] dense-3\s+validation\.rocAuc\s+[25]\s/
return true
