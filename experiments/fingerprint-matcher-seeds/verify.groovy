import groovy.json.JsonSlurper

def sweep = new JsonSlurper().parse(new File(basedir, 'target/siamese/sweep.json'))
assert sweep.points*.point == ['default']
def p = sweep.points[0]
assert p.failed == []
assert p.seeds == [1, 2, 3]
assert p.metrics['validation.eer'].n == 3
return true
