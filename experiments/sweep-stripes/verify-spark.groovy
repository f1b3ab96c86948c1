// The same sweep as Spark tasks (local[2], through the plugin) gives the local runner's aggregates, bit for bit:
// sweep.json holds only deterministic figures, so the two files must be equal byte for byte.
def spark = new File(basedir, 'target/siamese/sweep.json')
def local = new File(basedir, '../../experiments/sweep-stripes/target/siamese/sweep.json')
assert local.isFile() : "no local runner's sweep.json at ${local}: the experiments execution runs it first"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Running the sweep on Spark, master local[2]')
assert spark.bytes == local.bytes : "Spark's sweep.json differs from the local runner's:\n${spark.text}\n---\n${local.text}"
return true
