package dev.siamese.maven;

import dev.siamese.train.EpochProgress;
import dev.siamese.history.EpochRecord;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;

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
    void aNetworkTrainedByFingerCountsImagesAndSkipsTheAccuracyOfEpochsItDidNotScore() {
        String line = ProgressDisplay.describe(new EpochProgress(new EpochRecord(1, 19.2, Double.NaN, Double.NaN, Double.NaN),
                16, 38, 210, EpochProgress.IMAGES));
        assertEquals("loss 19.20  210 images/s", line);
    }
}
