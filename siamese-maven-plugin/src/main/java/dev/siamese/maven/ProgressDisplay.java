package dev.siamese.maven;

import dev.siamese.history.EpochRecord;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Shows training progress: a progress bar (the progressbar library, on the terminal) when Maven runs
 * interactively on a console wide enough for it, plain log lines otherwise (batch mode, CI, a log file,
 * a narrow terminal). Lines are capped at about 50 per run, the first and last epoch always shown, and fit
 * {@value ConsoleLines#COLUMNS} columns. The time left is the epochs' mean duration so far times the epochs to go:
 * the JVM's start and the data's loading before the first epoch do not count.
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

    /**
     * Seconds left: the mean duration of the epochs timed so far ({@code seconds} over {@code timed} epochs; a
     * resumed run times only its own) times the epochs to go.
     */
    static double secondsLeft(double seconds, int timed, int epochsLeft) {
        return timed <= 0 ? Double.NaN : seconds / timed * epochsLeft;
    }

    /**
     * An epoch as one plain line that fits {@link ConsoleLines#COLUMNS} columns after Maven's {@code [INFO] }: loss and
     * accuracy as train/validation, throughput, time left. Where large numbers leave no room, single spaces
     * separate the parts, then the throughput is left out, then (a run of a million epochs) the accuracy.
     */
    static String line(EpochProgress p, double secondsLeft) {
        EpochRecord r = p.record();
        String total = String.valueOf(p.totalEpochs());
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "Epoch %" + total.length() + "d/%s", r.epoch(), total));
        parts.add("loss " + loss(r.trainLoss()) + (Double.isNaN(r.validationLoss()) ? "" : "/" + loss(r.validationLoss())));
        if (!Double.isNaN(r.trainAccuracy()) || !Double.isNaN(r.validationAccuracy())) {
            parts.add("acc " + accuracy(r.trainAccuracy()) + (Double.isNaN(r.validationAccuracy()) ? ""
                    : "/" + accuracy(r.validationAccuracy())));
        }
        String speed = String.format(Locale.ROOT, "%.0f %s/s", p.pairsPerSecond(), p.unit());
        String left = Double.isNaN(secondsLeft) ? "" : duration(secondsLeft) + " left";
        int width = ConsoleLines.COLUMNS - ConsoleLines.INFO_PREFIX.length();
        for (String separator : List.of("  ", " ")) {
            String all = join(separator, parts, speed, left);
            if (all.length() <= width) {
                return all;
            }
        }
        String withoutSpeed = join(" ", parts, left);
        return withoutSpeed.length() <= width ? withoutSpeed : join(" ", parts.subList(0, 2), left);
    }

    private static String join(String separator, List<String> parts, String... more) {
        List<String> all = new ArrayList<>(parts);
        for (String m : more) {
            if (!m.isEmpty()) {
                all.add(m);
            }
        }
        return String.join(separator, all);
    }

    /** Four significant digits, the exponent without leading zeros: {@code 0.2924}, {@code 6.667e-8}. */
    private static String loss(double v) {
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("e([-+])0+(\\d)", "e$1$2").replace("e+", "e");
    }

    private static String accuracy(double a) {
        return Double.isNaN(a) ? "n/a" : String.format(Locale.ROOT, "%.3f", a);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    /** Plain lines through Maven's log. */
    static final class Lines extends ProgressDisplay {
        /** Says once how to read the lines. */
        static final String KEY = "Training: loss and accuracy as train/validation, then throughput and the time"
                + " left (from the epochs' durations)";
        private final Log log;
        private final int total;
        private final int every;
        private double elapsed;
        private int timed;

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
            timed++;
            if (timed == 1) {
                ConsoleLines.fit(KEY, ConsoleLines.INFO_PREFIX).forEach(log::info);
            }
            if (epoch == 1 || epoch == total || epoch % every == 0) {
                log.info(line(p, secondsLeft(elapsed, timed, total - epoch)));
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
        /** Seconds the epochs took so far, what the time left is reckoned from. */
        private volatile double elapsed;
        private volatile int timed;
        private volatile int epoch;

        Bar(Log log, int total, int width, PrintStream out) {
            this.log = log;
            this.out = out;
            this.width = width;
            this.bar = new ProgressBarBuilder().setTaskName("Training").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" epochs", 1).setMaxRenderedLength(width - 1)
                    .setEtaFunction(state -> eta(total)).setConsumer(new Line(width - 1)).build();
        }

        /** The time left from the epochs' durations; none before the first epoch ends. */
        Optional<Duration> eta(int total) {
            double left = secondsLeft(elapsed, timed, total - epoch);
            return Double.isNaN(left) ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(left * 1000)));
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
            elapsed += p.seconds();
            timed++;
            epoch = p.record().epoch();
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
