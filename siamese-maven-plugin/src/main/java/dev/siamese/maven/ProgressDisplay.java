package dev.siamese.maven;

import dev.siamese.train.EpochProgress;
import dev.siamese.train.TrainingListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.maven.plugin.logging.Log;

import me.tongfei.progressbar.ProgressBarConsumer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows training progress: a progress bar (the progressbar library, on the terminal) when Maven runs
 * interactively on a console wide enough for it, plain log lines otherwise (batch mode, CI, a log file,
 * a narrow terminal). Lines are capped at about 50 per run, the first and last epoch always shown.
 * Everything logged while the bar shows goes through {@link #log()}, which prints it above the bar: the
 * bar is cleared, the line printed, the bar drawn again below it, so no log line is overwritten or
 * stranded beside a bar.
 */
abstract class ProgressDisplay implements TrainingListener, AutoCloseable {
    /** Narrower than this, a bar has no room for its frame, short figures and 10 cells: plain lines instead. */
    static final int MIN_BAR_WIDTH = Bar.FRAME + Bar.SHORT_FIGURES + Bar.MIN_BAR_CELLS;

    /**
     * @param interactive an interactive build whose other output all goes through {@link #log()} (a forked run)
     * @param width       the terminal's width in columns, 0 when unknown
     */
    static ProgressDisplay create(Log log, int totalEpochs, boolean interactive, int width) {
        return interactive && System.console() != null && width >= MIN_BAR_WIDTH
                ? new Bar(log, totalEpochs, width, System.err) : new Lines(log, totalEpochs);
    }

    /** The terminal's width in columns, or 0 when there is no terminal or it does not say. */
    static int terminalWidth() {
        if (System.console() == null) {
            return 0;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return Math.max(0, terminal.getWidth());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The log to use while this display shows. */
    Log log() {
        return plainLog();
    }

    abstract Log plainLog();

    @Override
    public void close() {
    }

    static String describe(EpochProgress p) {
        return p.record().describe() + String.format(Locale.ROOT, "  %.0f %s/s", p.pairsPerSecond(), p.unit());
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

        @Override
        Log plainLog() {
            return log;
        }

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

    /**
     * A progress bar on the last line of the console; the last epoch is also logged so the build log keeps
     * it. Its figures shrink to fit the width (loss and validation loss only), so the bar itself keeps room.
     */
    static final class Bar extends ProgressDisplay {
        /** "Training 100% [" … "] 100/100 epochs (0:00:12 / 0:00:15) ": what the library adds to the figures. */
        static final int FRAME = 56;
        static final int MIN_BAR_CELLS = 10;
        /** "loss 6.667e-08  val 8.333e-08": the most the short figures take. */
        static final int SHORT_FIGURES = 30;
        private static final String CLEAR_LINE = "\r\u001b[K";

        private final Log log;
        private final PrintStream out;
        private final int width;
        private final ProgressBar bar;
        private final Object lock = new Object();
        private String shown = "";
        private boolean closed;
        private EpochProgress last;

        Bar(Log log, int total, int width, PrintStream out) {
            this.log = log;
            this.out = out;
            this.width = width;
            this.bar = new ProgressBarBuilder().setTaskName("Training").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" epochs", 1).setMaxRenderedLength(width - 1)
                    .setConsumer(new Line(width - 1)).build();
        }

        @Override
        Log plainLog() {
            return log;
        }

        @Override
        Log log() {
            return new LogAboveProgressBar(log, this::printAbove);
        }

        /** Runs {@code print} (which logs) with the bar cleared, and draws the bar again below. */
        void printAbove(Runnable print) {
            synchronized (lock) {
                if (!shown.isEmpty()) {
                    out.print(CLEAR_LINE);
                    out.flush();
                }
                print.run();
                System.out.flush(); // Maven's log, before the bar goes below it
                if (!shown.isEmpty() && !closed) {
                    out.print("\r" + shown);
                    out.flush();
                }
            }
        }

        @Override
        public void onEpoch(EpochProgress p) {
            last = p;
            bar.setExtraMessage(figures(p, width));
            bar.stepTo(p.record().epoch());
        }

        /** The epoch's figures as wide as fits: all of them, or loss and validation loss only. */
        static String figures(EpochProgress p, int width) {
            String all = describe(p);
            if (FRAME + all.length() + MIN_BAR_CELLS <= width) {
                return all;
            }
            String s = String.format(Locale.ROOT, "loss %.4g", p.record().trainLoss());
            if (!Double.isNaN(p.record().validationLoss())) {
                s += String.format(Locale.ROOT, "  val %.4g", p.record().validationLoss());
            }
            return s;
        }

        @Override
        public void close() {
            bar.close();
            synchronized (lock) {
                closed = true;
                if (!shown.isEmpty()) {
                    out.print(CLEAR_LINE);
                    out.flush();
                }
            }
            if (last != null) {
                log.info("Epoch " + last.record().epoch() + "/" + last.totalEpochs() + "  " + describe(last));
            }
        }

        /** Draws the library's rendering on one line, in turn with the log lines. */
        private final class Line implements ProgressBarConsumer {
            private final int maxLength;

            Line(int maxLength) {
                this.maxLength = maxLength;
            }

            @Override
            public int getMaxRenderedLength() {
                return maxLength;
            }

            @Override
            public void accept(String rendered) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    shown = rendered.length() > maxLength ? rendered.substring(0, maxLength) : rendered;
                    out.print(CLEAR_LINE + shown);
                    out.flush();
                }
            }

            @Override
            public void close() {
            }
        }
    }
}
