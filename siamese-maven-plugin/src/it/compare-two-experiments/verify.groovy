def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Comparing 2 experiments')
assert log =~ /\[INFO\] experiment\s+data set\s+model\s+loss\s+branch\s+validation\.accuracy\s+validation\.rocAuc\s+validation\.eer\s+validation\.loss\s+train\.accuracy/
// the best of a column is marked (both results are of one data set); a column equal everywhere has no best
assert log =~ /\[INFO\] stripes-conv\s+stripes 16×16 · ffffffff\s+network\s+contrastive\s+conv\s+1\.0000\*\s+1\.0000\s+0\.0000\s+0\.0087\*\s+1\.0000\n/
assert log =~ /\[INFO\] stripes-dense-1\s+stripes 16×16 · ffffffff\s+network\s+contrastive\s+dense-1\s+0\.8333\s+1\.0000\s+0\.0000\s+0\.0412\s+1\.0000\n/
def md = new File(basedir, 'target/siamese/compare.md').getText('UTF-8')
assert md.contains('| experiment | data set | model | loss | branch | validation.accuracy | validation.rocAuc | validation.eer | validation.loss | train.accuracy |')
assert md.contains('| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |')
assert md.contains('| stripes-conv | stripes 16×16 · ffffffff | network | contrastive | conv | 1.0000\\* | 1.0000  | 0.0000  | 0.0087\\* | 1.0000  |')
assert md.contains('| stripes-dense-1 | stripes 16×16 · ffffffff | network | contrastive | dense-1 | 0.8333  | 1.0000  | 0.0000  | 0.0412  | 1.0000  |')
def html = new File(basedir, 'target/siamese/compare.html').getText('UTF-8')
assert html.contains('alt="Validation contrastive loss per epoch" src="data:image/png;base64,')
assert !html.contains('<script')
assert !log.contains('\tat ')
return true
