package dev.siamese.maven;

import dev.siamese.train.EpochProgress;
import dev.siamese.train.EpochRecord;
import dev.siamese.train.TrainingListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.maven.plugin.logging.Log;

import java.util.Locale;

/**
 * Shows training progress: a progress bar (the progressbar library, on the terminal) when Maven runs
 * interactively on a console, plain log lines otherwise (batch mode, CI, a log file). Lines are capped
 * at about 50 per run, the first and last epoch always shown.
 */
abstract class ProgressDisplay implements TrainingListener, AutoCloseable {

    static ProgressDisplay create(Log log, int totalEpochs, boolean interactive) {
        return interactive && System.console() != null ? new Bar(log, totalEpochs) : new Lines(log, totalEpochs);
    }

    @Override
    public void close() {
    }

    static String describe(EpochProgress p) {
        return describe(p.record()) + String.format(Locale.ROOT, "  %.0f pairs/s", p.pairsPerSecond());
    }

    /** Loss and accuracy of an epoch, validation where there is any. */
    static String describe(EpochRecord r) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "loss %.4g", r.trainLoss()));
        if (!Double.isNaN(r.validationLoss())) {
            s.append(String.format(Locale.ROOT, "  val loss %.4g", r.validationLoss()));
        }
        s.append(String.format(Locale.ROOT, "  acc %.3f", r.trainAccuracy()));
        if (!Double.isNaN(r.validationAccuracy())) {
            s.append(String.format(Locale.ROOT, "  val acc %.3f", r.validationAccuracy()));
        }
        return s.toString();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** Plain lines through Maven's log. */
    static final class Lines extends ProgressDisplay {
        private final Log log;
        private final int total;
        private final int every;
        private double elapsed;

        Lines(Log log, int total) {
            this.log = log;
            this.total = total;
            this.every = Math.max(1, (int) Math.ceil(total / 50.0));
        }

        @Override
        public void onEpoch(EpochProgress p) {
            int epoch = p.record().epoch();
            elapsed += p.seconds();
            if (epoch == 1 || epoch == total || epoch % every == 0) {
                double eta = elapsed / epoch * (total - epoch);
                String width = String.valueOf(total);
                log.info(String.format(Locale.ROOT, "Epoch %" + width.length() + "d/%s  %s  ETA %s",
                        epoch, width, describe(p), duration(eta)));
            }
        }
    }

    /** A progress bar on the console; the last epoch is also logged so the build log keeps it. */
    static final class Bar extends ProgressDisplay {
        private final Log log;
        private final ProgressBar bar;
        private EpochProgress last;

        Bar(Log log, int total) {
            this.log = log;
            this.bar = new ProgressBarBuilder().setTaskName("Training").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" epochs", 1).continuousUpdate().build();
        }

        @Override
        public void onEpoch(EpochProgress p) {
            last = p;
            bar.stepTo(p.record().epoch());
            bar.setExtraMessage(describe(p));
        }

        @Override
        public void close() {
            bar.close();
            if (last != null) {
                log.info("Epoch " + last.record().epoch() + "/" + last.totalEpochs() + "  " + describe(last));
            }
        }
    }
}
