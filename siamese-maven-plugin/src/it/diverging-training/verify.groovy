def log = new File(basedir, 'build.log').getText('UTF-8')
def m = log =~ /training diverged in epoch (\d+): (validation )?loss is (NaN|-?Infinity) \(training\.optimizer: sgd, learningRate 100\.0\); lower the learning rate/
assert m.find() : 'one line naming the epoch and the learning rate'
def epoch = m.group(1) as int
assert epoch < 20 : 'training stops at the first non-finite epoch, not after all 20'
assert !(log =~ /Epoch\s+${epoch}\/20/) : 'the diverged epoch is not reported as progress'
assert !(log =~ /Epoch\s+20\/20/)
assert !log.contains('\tat ') : 'no stack trace for a spec that diverges'
assert !log.contains('Caused by')
assert !new File(basedir, 'target/siamese/model.zip').exists() : 'no model of a diverged run'
assert !new File(basedir, 'target/siamese/results.json').exists() : 'no results of a diverged run'
return true
