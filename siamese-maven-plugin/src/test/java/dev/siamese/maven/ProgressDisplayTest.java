package dev.siamese.maven;

import dev.siamese.train.EpochProgress;
import dev.siamese.history.EpochRecord;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressDisplayTest {
    private static final String CLEAR = "\r\u001b[K";

    /** A Maven log printing "[level] text" lines to {@code out}, as Maven's console does. */
    static Log printingTo(PrintStream out) {
        return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[]{Log.class}, (proxy, method, args) -> {
            if (method.getName().startsWith("is")) {
                return true;
            }
            out.print("[" + method.getName() + "] " + args[0] + "\n");
            out.flush();
            return null;
        });
    }

    static EpochProgress epoch(int epoch) {
        return new EpochProgress(new EpochRecord(epoch, 0.25, 0.2, 0.6, 0.7), 10, 0.1, 480);
    }

    @Test
    void aLogLineIsPrintedAboveTheBarNeverOverIt() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay.Bar bar = new ProgressDisplay.Bar(printingTo(out), 10, 200, out);
        Log log = bar.log();
        bar.onEpoch(epoch(3));
        // the library draws on its own thread: wait for a first drawing
        for (int i = 0; i < 100 && !bytes.toString(StandardCharsets.UTF_8).contains("Training"); i++) {
            Thread.sleep(50);
        }
        log.warn("Siamese network: 42 parameters");
        String text = bytes.toString(StandardCharsets.UTF_8);
        int line = text.indexOf("[warn] Siamese network: 42 parameters\n");
        assertTrue(line > 0, text);
        assertTrue(text.substring(0, line).endsWith(CLEAR), "the bar is cleared before the line: " + text);
        String after = text.substring(line + "[warn] Siamese network: 42 parameters\n".length());
        assertTrue(after.startsWith("\rTraining"), "and drawn again below it: " + after);

        bar.close();
        String closed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(closed.endsWith(CLEAR + "[info] Epoch 3/10  " + ProgressDisplay.describe(epoch(3)) + "\n"),
                "no bar stranded above the closing line: " + closed.substring(Math.max(0, closed.length() - 200)));
        for (String row : closed.split("\n")) {
            String visible = row.substring(row.lastIndexOf('\r') + 1).replace("\u001b[K", "");
            assertTrue(visible.length() <= 200, "never wider than the terminal: " + visible.length());
        }
    }

    @Test
    void figuresShrinkToTheWidthAndNarrowTerminalsGetPlainLines() {
        String full = ProgressDisplay.Bar.figures(epoch(1), 200);
        assertTrue(full.contains("val acc") && full.contains("pairs/s"), full);
        String narrow = ProgressDisplay.Bar.figures(epoch(1), 120);
        assertEquals("loss 0.2500  val 0.2000", narrow);
        assertTrue(ProgressDisplay.Bar.FRAME + narrow.length() + ProgressDisplay.Bar.MIN_BAR_CELLS <= 120, "the bar keeps cells");
        String widest = ProgressDisplay.Bar.figures(new EpochProgress(new EpochRecord(1, 6.667e-8, 8.333e-8, 1, 1), 1, 1, 1), 120);
        assertTrue(widest.length() <= ProgressDisplay.Bar.SHORT_FIGURES, widest);
        assertTrue(ProgressDisplay.MIN_BAR_WIDTH > 80, "80 columns get plain lines");
        assertTrue(ProgressDisplay.create(printingTo(System.out), 10, true, 200) instanceof ProgressDisplay.Lines,
                "no console (a test, CI): plain lines");
    }

    @Test
    void plainLinesFitEightyColumnsAndNeverBreakANumber() {
        assertEquals("Epoch  3/10  loss 0.2500/0.2000  acc 0.600/0.700  480 pairs/s  7s left",
                ProgressDisplay.line(epoch(3), 7));
        int width = ConsoleLines.COLUMNS - ConsoleLines.INFO_PREFIX.length();
        List<EpochProgress> hard = List.of(
                new EpochProgress(new EpochRecord(100, 6.667e-8, 8.333e-8, 1, 1), 100, 0.05, 242),
                new EpochProgress(new EpochRecord(1000, 6.667e-8, 8.333e-8, 0.99, 0.987), 1000, 12, 123456),
                new EpochProgress(new EpochRecord(999999, 1.234e-12, 1.234e-12, 0.5, 0.5), 1000000, 3600, 123456789,
                        EpochProgress.IMAGES));
        for (EpochProgress p : hard) {
            String line = ProgressDisplay.line(p, 1e6);
            assertTrue(line.length() <= width, line.length() + ": " + line);
            assertTrue(line.startsWith("Epoch ") && line.contains(" loss 1.234e-12/") || line.contains(" loss 6.667e-8/"),
                    line);
        }
        assertEquals("Epoch 100/100 loss 6.667e-8/8.333e-8 acc 1.000/1.000 242 pairs/s 0s left",
                ProgressDisplay.line(hard.get(0), 0), "the goals page's example (src/site/markdown/goals.md), in 73 characters: single spaces");
    }

    @Test
    void timeLeftCountsTheEpochsOnlyNotTheJvmStart() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay.Lines lines = new ProgressDisplay.Lines(printingTo(out), 10);
        Thread.sleep(300); // the JVM starting, the data loading: not an epoch
        for (int e = 1; e <= 3; e++) {
            lines.onEpoch(new EpochProgress(new EpochRecord(e, 0.25, 0.2, 0.6, 0.7), 10, 3.0, 480));
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("[info] Training: loss and accuracy as train/validation"), text);
        assertTrue(text.contains("Epoch  3/10  loss 0.2500/0.2000  acc 0.600/0.700  480 pairs/s  21s left\n"),
                "7 epochs of 3 s to go: " + text);
        ProgressDisplay.Bar bar = new ProgressDisplay.Bar(printingTo(out), 10, 200, out);
        Thread.sleep(300);
        assertTrue(bar.eta(10).isEmpty(), "no time left to say before an epoch ends");
        bar.onEpoch(new EpochProgress(new EpochRecord(1, 0.25, 0.2, 0.6, 0.7), 10, 0.1, 480));
        assertEquals(Duration.ofMillis(900), bar.eta(10).orElseThrow(), "9 epochs of 0.1 s, whatever the wall clock");
        bar.close();
    }

    @Test
    void longProseBreaksAtSpacesWithinEightyColumns() {
        String verdict = "Verdict: generalisation gap: TRIGGERED; validation at chance while training learned: the"
                + " network tells its training pairs apart but not the validation pairs; ROC AUC 0.971 on the training"
                + " pairs, 0.526 on the validation pairs (gap 0.445) /a/very/long/path/that/cannot/be/broken/at/all/x.json";
        List<String> lines = ConsoleLines.fit(verdict, ConsoleLines.WARNING_PREFIX);
        assertTrue(lines.size() > 2, lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean longWord = line.trim().length() > 70 && !line.trim().contains(" ");
            assertTrue(line.length() <= 70 || longWord, line);
            assertEquals(i > 0, line.startsWith("  "), "continuations indented: " + line);
        }
        assertEquals(List.of(verdict.split(" ")), lines.stream().flatMap(l -> List.of(l.trim().split(" ")).stream()).toList(),
                "every word whole and in order: 0.971 never becomes 0.9 / 71");
        assertEquals(List.of("a", "", "b"), ConsoleLines.wrap("a\n\nb", 80));
    }

    @Test
    void aNetworkTrainedByFingerCountsImagesAndSkipsTheAccuracyOfEpochsItDidNotScore() {
        String line = ProgressDisplay.describe(new EpochProgress(new EpochRecord(1, 19.2, Double.NaN, Double.NaN, Double.NaN),
                16, 38, 210, EpochProgress.IMAGES));
        assertEquals("loss 19.20  210 images/s", line);
    }
}
